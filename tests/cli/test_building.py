"""``fairgraph build`` and ``fairgraph extract`` from the command line (fairgraph.cli.building)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import OUTPUTS, Build, run_cli

ENTITY_TYPES = {"Person", "Organization", "Country", "Place", "Role", "Fair", "Money", "Date"}


# ---- build -----------------------------------------------------------------------------------


def test_build_sample_writes_the_five_outputs(sample_build: Build) -> None:
    for name in OUTPUTS:
        path = sample_build.out / name
        assert path.is_file(), name
        assert path.stat().st_size > 0, name
    assert not [p for p in sample_build.out.iterdir() if p.name not in OUTPUTS]


def test_build_prints_a_summary_whose_counts_match_the_graph(sample_build: Build) -> None:
    from rdflib import RDF

    from fairgraph.namespaces import FG, ORG, SCHEMA

    out = sample_build.result.stdout
    graph = sample_build.graph()
    documents = len(set(graph.subjects(RDF.type, FG.Document)))
    assert re.search(rf"^documents: {documents} built, 0 skipped$", out, re.MULTILINE), out
    assert documents >= 3
    counts = {
        "persons": SCHEMA.Person,
        "organisations": ORG.Organization,
        "countries": SCHEMA.Country,
        "fairs": SCHEMA.ExhibitionEvent,
    }
    entities = re.search(r"^entities: (.*)$", out, re.MULTILINE)
    assert entities, out
    for word, cls in counts.items():
        n = len(set(graph.subjects(RDF.type, cls)))
        assert n > 0, word
        assert f"{n} {word}" in entities.group(1)
    posts = len(set(graph.subjects(RDF.type, ORG.Membership)))
    agreements = len(set(graph.subjects(RDF.type, FG.Agreement)))
    amounts = len(set(graph.subjects(RDF.type, SCHEMA.MonetaryAmount)))
    assert re.search(rf"posts: {posts}\s+agreements: {agreements}\s+amounts: {amounts}\b", out), out
    for name in OUTPUTS:
        assert f"wrote {sample_build.out / name}" in out


def test_outputs_are_as_readable_as_any_file_the_user_creates(sample_build: Build) -> None:
    """Outputs respect the umask like any new file (not the 0600 of a private temp file)."""
    import os

    umask = os.umask(0)
    os.umask(umask)
    for name in OUTPUTS:
        mode = (sample_build.out / name).stat().st_mode & 0o777
        assert mode == 0o666 & ~umask, f"{name}: {oct(mode)}"


def test_build_a_single_file(tmp_path: Path, tiny_corpus: Path) -> None:
    source = tiny_corpus / "02-lanzhou-signing.txt"
    result = run_cli("build", source, "-o", tmp_path / "out", "--ner", "rules")
    assert result.exit_code == 0, result.output
    assert "documents: 1 built, 0 skipped" in result.stdout
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "02-lanzhou-signing.txt" in ttl
    assert "01-expo-opening.txt" not in ttl


def test_build_a_folder_is_recursive(tiny_build: Build, tiny_corpus: Path) -> None:
    files = sorted(p for p in tiny_corpus.rglob("*") if p.suffix in (".txt", ".md"))
    assert any(p.parent != tiny_corpus for p in files), "fixture needs a nested file"
    assert f"documents: {len(files)} built, 0 skipped" in tiny_build.result.stdout
    ttl = tiny_build.ttl.read_text(encoding="utf-8")
    for path in files:
        assert path.name in ttl, path.name


def test_build_a_glob(tmp_path: Path, tiny_corpus: Path) -> None:
    pattern = str(tiny_corpus / "**" / "0*.md")
    result = run_cli("build", pattern, "-o", tmp_path / "out", "--ner", "rules")
    assert result.exit_code == 0, result.output
    assert "documents: 1 built, 0 skipped" in result.stdout
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "03-qinghai-delegation.md" in ttl
    assert "02-lanzhou-signing.txt" not in ttl


def test_rebuilding_in_place_does_not_read_its_own_outputs(
    tmp_path: Path, tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`fairgraph build .` twice: the default ./output holds graph.html and report.html."""
    for path in tiny_corpus.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(tmp_path)
    # (-q: no progress lines, which a slow machine prints, so that stderr holds only warnings)
    first = run_cli("-q", "build", ".", "--ner", "rules")
    assert first.exit_code == 0, first.output
    assert (tmp_path / "output" / "graph.html").is_file()
    second = run_cli("-q", "build", ".", "--ner", "rules")
    assert second.exit_code == 0, second.output
    assert second.stderr == ""  # no "skipped output/graph.html" warning
    assert "documents: 2 built, 0 skipped" in second.stdout
    assert second.stdout.splitlines()[:3] == first.stdout.splitlines()[:3]


def _corpus_with_bad_file(tmp_path: Path, tiny_corpus: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("01-expo-opening.txt", "02-lanzhou-signing.txt"):
        (folder / name).write_bytes((tiny_corpus / name).read_bytes())
    (folder / "03-empty.txt").write_bytes(b"")
    return folder


def test_without_strict_a_bad_file_is_reported_and_skipped(
    tmp_path: Path, tiny_corpus: Path
) -> None:
    folder = _corpus_with_bad_file(tmp_path, tiny_corpus)
    result = run_cli("build", folder, "-o", tmp_path / "out", "--ner", "rules")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "03-empty.txt" in line]
    assert len(skipped) == 1 and "empty" in skipped[0], result.stderr
    assert "documents: 2 built, 1 skipped" in result.stdout
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "02-lanzhou-signing.txt" in ttl and "03-empty.txt" not in ttl


def test_strict_makes_one_bad_file_fatal(tmp_path: Path, tiny_corpus: Path) -> None:
    from conftest import assert_one_line_error

    folder = _corpus_with_bad_file(tmp_path, tiny_corpus)
    result = run_cli("build", folder, "-o", tmp_path / "out", "--ner", "rules", "--strict")
    assert_one_line_error(result, exit_code=1, naming="03-empty.txt")
    assert not (tmp_path / "out" / "graph.ttl").exists()


def _fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    "target", ["fairgraph.export.graphml.write_graphml", "fairgraph.jobs.build.serialize_triples"]
)
@pytest.mark.parametrize(
    "error", [OSError("disk on fire"), KeyboardInterrupt()], ids=["error", "interrupt"]
)
def test_a_failed_build_leaves_previous_outputs_intact(
    tmp_path: Path,
    tiny_corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    error: BaseException,
) -> None:
    out = tmp_path / "out"
    first = run_cli("build", tiny_corpus / "02-lanzhou-signing.txt", "-o", out, "--ner", "rules")
    assert first.exit_code == 0, first.output
    before = _fingerprint(out)

    def explode(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(target, explode)
    # a different input, so that a partial write would change graph.ttl (in this process: the
    # forked writers of --jobs 2 are tests/jobs/test_build_jobs.py's); quiet, so that a phase
    # that runs 2 s on a loaded machine adds no progress line beside the error
    result = run_cli(
        "-q",
        "build",
        tiny_corpus / "01-expo-opening.txt",
        "-o",
        out,
        "--ner",
        "rules",
        "--jobs",
        "1",
    )
    assert result.exit_code == (130 if isinstance(error, KeyboardInterrupt) else 1)
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Error:") and len(result.stderr.strip().splitlines()) == 1
    assert ("disk on fire" if isinstance(error, OSError) else "interrupted") in result.stderr
    assert _fingerprint(out) == before, "outputs changed or temporary files were left behind"


def test_progress_on_stderr_only_for_many_documents(
    tmp_path: Path, tiny_corpus: Path, sample_build: Build
) -> None:
    # a short phase says nothing; one that ran 2 s or more (a slow or loaded machine) says so
    for line in sample_build.result.stderr.splitlines():
        said = re.fullmatch(r"\w[\w .]*: \d+/\d+ done in ([\d.]+) s", line.strip())
        assert said is None or float(said.group(1)) >= 2.0, line
    folder = tmp_path / "many"
    folder.mkdir()
    text = (tiny_corpus / "more" / "03-qinghai-delegation.md").read_text(encoding="utf-8")
    for i in range(30):
        (folder / f"{i:02d}.txt").write_text(
            text.replace("6月18日", f"6月{i % 28 + 1}日"), encoding="utf-8"
        )
    result = run_cli("build", folder, "-o", tmp_path / "out", "--ner", "rules")
    assert result.exit_code == 0, result.output
    assert "documents: 30 built" in result.stdout
    assert "extract" not in result.stdout
    assert "extract: 30/30 done in" in result.stderr
    assert "\r" not in result.stderr


# ---- extract ---------------------------------------------------------------------------------


def _check_entities(entities: list[dict[str, object]], text: str) -> None:
    for e in entities:
        start, end = e["start"], e["end"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        assert text[start:end] == e["text"], e
        assert e["type"] in ENTITY_TYPES, e


def test_extract_per_line_gives_one_record_per_line_with_offsets(tiny_corpus: Path) -> None:
    source = tiny_corpus / "01-expo-opening.txt"
    lines = [ln for ln in source.read_text(encoding="utf-8").split("\n") if ln.strip()]
    result = run_cli("extract", source, "--per-line", "--ner", "rules")
    assert result.exit_code == 0, result.output
    records = [json.loads(ln) for ln in result.stdout.splitlines() if ln.strip()]
    assert len(records) == len(lines)
    assert len({r["id"] for r in records}) == len(records)
    types = set()
    for record, line in zip(records, lines, strict=True):
        assert set(record) >= {"id", "entities", "relations"}
        _check_entities(record["entities"], line)
        types |= {e["type"] for e in record["entities"]}
    assert {"Person", "Organization", "Country", "Place", "Role", "Fair", "Date"} <= types


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_extract_per_line_offsets_and_numbers_refer_to_the_raw_lines(
    tmp_path: Path, tiny_corpus: Path, encoding: str
) -> None:
    """Blank lines, indentation with ideographic spaces, CRLF and trailing blanks are kept."""
    body = [
        ln
        for ln in (tiny_corpus / "02-lanzhou-signing.txt").read_text(encoding="utf-8").split("\n")
        if ln.strip()
    ]
    raw_lines = [
        "",
        "",
        "\u3000\u3000" + body[1],
        "",
        "",
        "",
        "",
        body[2] + "  ",
        "",
        "\u3000\u3000" + body[3],
    ]
    path = tmp_path / "lines.txt"
    path.write_bytes("\r\n".join(raw_lines).encode(encoding))
    result = run_cli("extract", path, "--per-line", "--ner", "rules")
    assert result.exit_code == 0, result.output
    records = [json.loads(ln) for ln in result.stdout.splitlines()]
    numbers = [int(r["id"].rsplit(":", 1)[1]) for r in records]
    assert numbers == [i for i, ln in enumerate(raw_lines, 1) if ln.strip()]
    for record, number in zip(records, numbers, strict=True):
        assert record["entities"]
        _check_entities(record["entities"], raw_lines[number - 1])


def test_extract_json_is_a_list_of_documents(tiny_corpus: Path) -> None:
    from fairgraph.ingest import read_document

    source = tiny_corpus / "02-lanzhou-signing.txt"
    result = run_cli("extract", source, "--format", "json", "--ner", "rules")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 1
    text = read_document(source).text
    _check_entities(data[0]["entities"], text)
    assert "Money" in {e["type"] for e in data[0]["entities"]}
    kinds = {r["type"] for r in data[0]["relations"]}
    assert {"post", "agreement"} <= kinds
