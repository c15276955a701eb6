"""`build --store DIR --no-outputs` streams into the store only; `fairgraph export STORE`
writes the five files from it, byte for byte those of a plain build."""

from __future__ import annotations

from pathlib import Path

from conftest import OUTPUTS, TESTS, assert_one_line_error, run_cli


def test_store_only_then_export_gives_the_plain_build(tmp_path: Path) -> None:
    inputs = TESTS / "fixtures" / "trust"
    plain = run_cli("build", inputs, "-o", tmp_path / "plain", "--ner", "rules")
    assert plain.exit_code == 0, plain.output
    stored = run_cli(
        "build",
        inputs,
        "--store",
        tmp_path / "st",
        "--no-outputs",
        "-o",
        tmp_path / "none",
        "--ner",
        "rules",
    )
    assert stored.exit_code == 0, stored.output
    assert not (tmp_path / "none").exists()
    assert "documents: 4 built" in stored.stdout
    assert stored.stdout.split("\n")[1] == plain.stdout.split("\n")[1]  # the same entity counts
    exported = run_cli("export", tmp_path / "st", "-o", tmp_path / "out")
    assert exported.exit_code == 0, exported.output
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()


def test_no_outputs_needs_a_store(tmp_path: Path) -> None:
    result = run_cli("build", "--no-outputs", "-o", tmp_path)
    assert result.exit_code == 2
    assert "--no-outputs needs --store" in result.output


def test_exporting_a_folder_that_is_no_store_is_one_line(tmp_path: Path) -> None:
    result = run_cli("export", tmp_path / "nothing", "-o", tmp_path / "out")
    assert_one_line_error(result, exit_code=1, naming="not a fairgraph store")
    assert not (tmp_path / "out").exists()


def test_export_counts_a_triple_stated_in_two_graphs_once(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from fairgraph.store import GraphStore, document_graph_iri

    inputs = TESTS / "fixtures" / "trust"
    plain = run_cli("build", inputs, "-o", tmp_path / "plain", "--ner", "rules")
    stored = run_cli("build", inputs, "--store", tmp_path / "st", "--no-outputs", "--ner", "rules")
    assert stored.exit_code == 0, stored.output
    with GraphStore.open(tmp_path / "st") as store:
        recorded = store.distinct_triples()
        assert recorded is not None and recorded == len(store.ox)  # disjoint graphs
        # someone states a stored triple again in a graph of their own
        quad = next(iter(store.ox))
        store.ox.add(
            ox.Quad(
                quad.subject,
                quad.predicate,
                quad.object,
                ox.NamedNode(document_graph_iri("elsewhere.txt")),
            )
        )
        assert store.distinct_triples() is None  # the store changed since the build
    exported = run_cli("export", tmp_path / "st", "-o", tmp_path / "out", "--jobs", "1")
    assert exported.exit_code == 0, exported.output
    assert f"triples: {recorded}" in exported.stdout
    assert exported.stdout.split("\n")[1:3] == plain.stdout.split("\n")[1:3]
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()


def test_a_store_build_with_two_jobs_extracts_only_what_it_has_not_seen(tmp_path: Path) -> None:
    """With --jobs 2 the reports go to the workers as they are read, those the store already
    holds never: a second build after one report changed extracts that one alone, and the
    store exports what a plain build of the changed reports writes."""
    import shutil

    inputs = tmp_path / "in"
    shutil.copytree(TESTS / "fixtures" / "trust", inputs)
    store = tmp_path / "st"
    args = ("--store", store, "--no-outputs", "--ner", "rules", "--jobs", "2")
    first = run_cli("build", inputs, *args)
    assert first.exit_code == 0, first.output
    assert "4 extracted, 0 unchanged" in first.stdout
    report = sorted(inputs.glob("*.txt"))[0]
    report.write_text(
        report.read_text(encoding="utf-8") + "\n补记：双方表示将继续合作。\n", encoding="utf-8"
    )
    second = run_cli("build", inputs, *args)
    assert second.exit_code == 0, second.output
    assert "1 extracted, 3 unchanged" in second.stdout
    plain = run_cli("build", inputs, "-o", tmp_path / "plain", "--ner", "rules")
    assert plain.exit_code == 0, plain.output
    assert run_cli("export", store, "-o", tmp_path / "out").exit_code == 0
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
