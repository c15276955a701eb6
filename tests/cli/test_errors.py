"""Bad inputs and requests: one ``Error: …`` line naming the input, exit 1 or 2, no traceback."""

from __future__ import annotations

import functools
import shutil
import zlib
from pathlib import Path

import pytest
from rdflib import RDF, Graph

from conftest import Build, assert_one_line_error, run_cli
from fairgraph.namespaces import FG


def _png() -> bytes:
    """A real 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 6, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00\x00"))
        + chunk(b"IEND", b"")
    )


BAD_FILES = {
    "empty": b"",
    "blank": b" \n\r\n\t\n",
    "png": _png(),
    # bytes ≥ 0x80 that are not valid UTF-8, UTF-16 or GB18030 text
    "undecodable": bytes(range(0x80, 0x100)) * 8,
}


@pytest.fixture
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"bad-{request.param}.txt"
    path.write_bytes(BAD_FILES[request.param])
    return path


@pytest.mark.parametrize("bad_file", sorted(BAD_FILES), indirect=True)
@pytest.mark.parametrize("command", ["build", "extract"])
def test_bad_file_is_a_one_line_error(bad_file: Path, command: str, tmp_path: Path) -> None:
    args = ("-o", tmp_path / "out") if command == "build" else ()
    result = run_cli(command, bad_file, *args, "--ner", "rules")
    assert_one_line_error(result, exit_code=1, naming=bad_file.name)
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.parametrize("bad_file", sorted(BAD_FILES), indirect=True)
def test_bad_file_among_good_ones_is_skipped(
    bad_file: Path, tmp_path: Path, tiny_corpus: Path
) -> None:
    good = tiny_corpus / "02-lanzhou-signing.txt"
    result = run_cli("build", good, bad_file, "-o", tmp_path / "out", "--ner", "rules")
    assert result.exit_code == 0, result.output
    assert "documents: 1 built, 1 skipped" in result.stdout
    reported = [line for line in result.stderr.splitlines() if bad_file.name in line]
    assert len(reported) == 1, result.stderr
    strict = run_cli(
        "build", good, bad_file, "-o", tmp_path / "strict", "--ner", "rules", "--strict"
    )
    assert_one_line_error(strict, exit_code=1, naming=bad_file.name)


@pytest.mark.parametrize("command", ["build", "extract"])
def test_missing_path(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-report.txt"
    args = ("-o", tmp_path / "out") if command == "build" else ()
    result = run_cli(command, missing, *args, "--ner", "rules")
    assert_one_line_error(result, exit_code=1, naming="no-such-report.txt")


def test_missing_path_among_good_ones_is_fatal(tmp_path: Path, tiny_corpus: Path) -> None:
    """A path the user typed that names nothing is a mistake, not a bad file to skip."""
    result = run_cli(
        "build", tiny_corpus, tmp_path / "typo", "-o", tmp_path / "out", "--ner", "rules"
    )
    assert_one_line_error(result, exit_code=1, naming="typo")


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    result = run_cli("build", path, "-o", tmp_path / "out", "--ner", "rules")
    assert_one_line_error(result, exit_code=1, naming="report.pdf")
    assert ".txt" in result.stderr


def test_glob_matching_nothing(tmp_path: Path) -> None:
    result = run_cli("build", str(tmp_path / "*.txt"), "-o", tmp_path / "out", "--ner", "rules")
    assert_one_line_error(result, exit_code=1, naming="*.txt")


def test_huge_file(tmp_path: Path, tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fairgraph.jobs.build
    from fairgraph.ingest import read_document

    source = tiny_corpus / "02-lanzhou-signing.txt"
    limit = source.stat().st_size - 1
    monkeypatch.setattr(
        fairgraph.jobs.build, "read_document", functools.partial(read_document, max_bytes=limit)
    )
    result = run_cli("build", source, "-o", tmp_path / "out", "--ner", "rules", "--strict")
    line = assert_one_line_error(result, exit_code=1, naming=source.name)
    assert "too large" in line
    small = tiny_corpus / "more" / "03-qinghai-delegation.md"
    assert small.stat().st_size <= limit
    mixed = run_cli("build", source, small, "-o", tmp_path / "out", "--ner", "rules")
    assert mixed.exit_code == 0, mixed.output
    assert "documents: 1 built, 1 skipped" in mixed.stdout


# ---- query -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?x WHERE { ?x a }",
        "SELECT ?x WHERE { ?x a schema:Person ",
        "SELECT ?x WHERE { ?x a nosuchprefix:Thing }",
    ],
)
def test_malformed_sparql(sample_build: Build, sparql: str) -> None:
    result = run_cli("query", sample_build.ttl, sparql)
    line = assert_one_line_error(result, exit_code=1)
    assert "SPARQL" in line


def test_unknown_saved_query_lists_the_valid_names(sample_build: Build) -> None:
    from fairgraph.query.sparql import saved_query_info

    result = run_cli("query", sample_build.ttl, "offcials")
    line = assert_one_line_error(result, exit_code=1, naming="offcials")
    for q in saved_query_info():
        assert q.name in line


def test_missing_query_file(sample_build: Build, tmp_path: Path) -> None:
    result = run_cli("query", sample_build.ttl, tmp_path / "nope.rq")
    assert_one_line_error(result, exit_code=1, naming="nope.rq")


def test_query_on_a_missing_graph(tmp_path: Path) -> None:
    result = run_cli("query", tmp_path / "gone.ttl", "officials")
    assert_one_line_error(result, exit_code=2, naming="gone.ttl")


def test_bad_binding_syntax(sample_build: Build) -> None:
    result = run_cli("query", sample_build.ttl, "entity", "--bind", "novalue")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "NAME=VALUE" in result.stderr


# ---- convert ---------------------------------------------------------------------------------


def test_unknown_convert_extension_lists_the_valid_ones(
    sample_build: Build, tmp_path: Path
) -> None:
    from fairgraph.graph.convert import output_suffixes

    target = tmp_path / "graph.xyz"
    result = run_cli("convert", sample_build.ttl, "-o", target)
    line = assert_one_line_error(result, exit_code=1, naming="graph.xyz")
    for suffix in output_suffixes():
        assert suffix in line
    assert not target.exists()


def test_convert_from_an_unloadable_graph(tmp_path: Path) -> None:
    source = tmp_path / "broken.ttl"
    source.write_text("this is @not turtle .", encoding="utf-8")
    result = run_cli("convert", source, "-o", tmp_path / "g.nt")
    assert_one_line_error(result, exit_code=2, naming="broken.ttl")
    assert not (tmp_path / "g.nt").exists()


# ---- validate --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("broken.ttl", b"<a> <b> "),
        ("image.ttl", _png()),
        ("graph.xyz", b"<urn:a> <urn:b> <urn:c> ."),
        ("missing.ttl", None),
    ],
)
def test_validate_an_unloadable_file_exits_2(tmp_path: Path, name: str, data: bytes | None) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    result = run_cli("validate", path)
    assert_one_line_error(result, exit_code=2, naming=name)


def test_validate_a_graph_with_a_violation_exits_1(sample_build: Build, tmp_path: Path) -> None:
    graph = Graph().parse(sample_build.ttl, format="turtle")
    agreement = sorted(graph.subjects(RDF.type, FG.Agreement))[0]
    parties = sorted(graph.objects(agreement, FG.party))
    assert len(parties) >= 2
    graph.remove((agreement, FG.party, parties[0]))
    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    result = run_cli("validate", broken)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert str(agreement) in result.stdout or agreement.n3(graph.namespace_manager) in result.stdout
    # the untouched copy still conforms, so the violation is the removed party
    intact = tmp_path / "intact.ttl"
    shutil.copy(sample_build.ttl, intact)
    assert run_cli("validate", intact).exit_code == 0


def test_explain_on_a_missing_graph(tmp_path: Path) -> None:
    result = run_cli("explain", "青洽会", "-g", tmp_path / "none.ttl")
    assert_one_line_error(result, exit_code=2, naming="none.ttl")
