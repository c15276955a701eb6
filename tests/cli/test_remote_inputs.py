"""``fairgraph build URL…`` and ``fairgraph extract URL`` against a real HTTP server on loopback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from rdflib import DCTERMS, RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from conftest import OUTPUTS, assert_one_line_error, run_cli
from fairgraph.namespaces import FG, SCHEMA
from web_helpers import COUNTRIES, Web

pytest.importorskip("aiohttp", reason="the remote extra is not installed (fairgraph[remote])")

COUNTRY = "https://w3id.org/fairgraph/id/country/"


def _sources(graph: Graph) -> set[str]:
    return {
        str(s)
        for d in graph.subjects(RDF.type, FG.Document)
        for s in graph.objects(d, DCTERMS.source)
    }


def _build(web: Web, out: Path, *extra: str) -> Graph:
    result = run_cli(
        "build", web.url("a.txt"), web.url("reports/*.txt"), "-o", out, "--ner", "rules", *extra
    )
    assert result.exit_code == 0, result.output
    assert "documents: 3 built, 0 skipped" in result.stdout
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_a_build_from_urls_names_each_document_by_its_url(web: Web, tmp_path: Path) -> None:
    graph = _build(web, tmp_path / "out")
    assert _sources(graph) == {web.url(name) for name in COUNTRIES}
    countries = {str(c).removeprefix(COUNTRY) for c in graph.subjects(RDF.type, SCHEMA.Country)}
    assert countries == set(COUNTRIES.values())
    assert str(web.root) not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_two_builds_from_the_same_urls_are_byte_identical(web: Web, tmp_path: Path) -> None:
    _build(web, tmp_path / "one")
    _build(web, tmp_path / "two", "--jobs", "2")
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (
        tmp_path / "two" / "graph.ttl"
    ).read_bytes()


def test_the_graph_of_urls_is_the_graph_of_the_same_files_on_disk(web: Web, tmp_path: Path) -> None:
    """Only the documents' sources differ: named by URL, or by path below the folder."""
    by_url = _build(web, tmp_path / "url")
    local = run_cli(
        "build",
        web.root / "a.txt",
        web.root / "reports" / "2.txt",
        web.root / "reports" / "10.txt",
        "-o",
        tmp_path / "local",
        "--ner",
        "rules",
    )
    assert local.exit_code == 0, local.output
    by_path = Graph().parse(tmp_path / "local" / "graph.ttl", format="turtle")
    renamed = Graph()
    for s, p, o in by_url:
        if p == DCTERMS.source:
            o = Literal("site/" + str(o).removeprefix(web.base + "/"))
        renamed.add((s, p, o))
    assert isomorphic(renamed, by_path)


def test_file_urls_build_the_graph_of_the_paths(web: Web, tmp_path: Path) -> None:
    folder = web.root / "reports"
    assert run_cli("build", folder, "-o", tmp_path / "p", "--ner", "rules").exit_code == 0
    by_url = run_cli("build", folder.as_uri() + "/", "-o", tmp_path / "u", "--ner", "rules")
    assert by_url.exit_code == 0, by_url.output
    for name in OUTPUTS[:2]:
        assert (tmp_path / "u" / name).read_bytes() == (tmp_path / "p" / name).read_bytes()


def test_a_missing_url_among_others_is_skipped_with_one_line(web: Web, tmp_path: Path) -> None:
    result = run_cli(
        "build", web.url("a.txt"), web.url("nope.txt"), "-o", tmp_path, "--ner", "rules"
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"skipped {web.url('nope.txt')}: HTTP 404 File not found"]
    assert "documents: 1 built, 1 skipped" in result.stdout


def test_a_missing_url_with_strict_stops_the_build(web: Web, tmp_path: Path) -> None:
    result = run_cli(
        "build", web.url("a.txt"), web.url("nope.txt"), "-o", tmp_path / "o", "--strict"
    )
    line = assert_one_line_error(result, exit_code=1)
    assert line == f"Error: {web.url('nope.txt')}: HTTP 404 File not found"
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_an_unknown_scheme_alone_is_one_line(tmp_path: Path) -> None:
    result = run_cli("build", "foo://host/a.txt", "-o", tmp_path / "o")
    line = assert_one_line_error(result, exit_code=1)
    assert line == "Error: no readable input (foo://host/a.txt: unknown URL scheme foo://)"


def test_without_fsspec_a_url_asks_for_the_extra(
    web: Web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fsspec", None)  # import fsspec now fails, as uninstalled
    result = run_cli("build", web.url("a.txt"), "-o", tmp_path / "o")
    line = assert_one_line_error(result, exit_code=1)
    assert line == "Error: URL inputs need the remote extra: pip install 'fairgraph[remote]'"
    result = run_cli("extract", web.url("a.txt"))
    assert_one_line_error(result, exit_code=1, naming="pip install 'fairgraph[remote]'")


def test_a_store_build_from_urls_reuses_unchanged_reports(web: Web, tmp_path: Path) -> None:
    args = ("build", web.url("reports/"), "--store", tmp_path / "st", "--no-outputs")
    first = run_cli(*args, "--ner", "rules")
    assert first.exit_code == 0, first.output
    assert "3 extracted, 0 unchanged" in first.stdout
    (web.root / "reports" / "2.txt").write_text(
        "Peru and Qinghai sign trade pact\n\nA delegation from Peru visited Xining.\n",
        encoding="utf-8",
    )
    second = run_cli(*args, "--ner", "rules")
    assert second.exit_code == 0, second.output
    assert "1 extracted, 2 unchanged" in second.stdout
    exported = run_cli("export", tmp_path / "st", "-o", tmp_path / "out")
    assert exported.exit_code == 0, exported.output
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert web.url("reports/2.txt") in _sources(graph)
    assert URIRef(COUNTRY + "PE") in set(graph.subjects(RDF.type, SCHEMA.Country))


def test_extract_reads_a_url(web: Web) -> None:
    result = run_cli("extract", web.url("a.txt"), "--ner", "rules")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["id"] == web.url("a.txt")
    assert {"格鲁吉亚", "甘肃省商务厅"} <= {e["text"] for e in record["entities"]}
    per_line = run_cli("extract", web.url("a.txt"), "--per-line", "--ner", "rules")
    assert per_line.exit_code == 0, per_line.output
    ids = [json.loads(line)["id"] for line in per_line.stdout.splitlines()]
    assert ids == [f"{web.url('a.txt')}:1", f"{web.url('a.txt')}:3"]


def test_extract_of_a_missing_url_is_one_line(web: Web) -> None:
    result = run_cli("extract", web.url("nope.txt"))
    line = assert_one_line_error(result, exit_code=1)
    assert line == f"Error: {web.url('nope.txt')}: HTTP 404 File not found"
