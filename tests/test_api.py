"""The Python API as the README shows it: build, rdf, to_networkx, query, save, load, extract."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import fairgraph
from fairgraph.errors import QueryError
from web_helpers import Web


@pytest.fixture(scope="module")
def kg() -> fairgraph.KnowledgeGraph:
    return fairgraph.build()  # the bundled sample


def test_build_gives_the_graph_the_cli_writes(kg, tmp_path: Path) -> None:
    paths = kg.save(tmp_path)
    assert [p.name for p in paths] == [
        "graph.ttl",
        "graph.jsonld",
        "graph.graphml",
        "graph.html",
        "report.html",
    ]
    from click.testing import CliRunner

    from fairgraph.cli import main

    result = CliRunner().invoke(main, ["build", "-o", str(tmp_path / "cli")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cli" / "graph.ttl").read_bytes() == (tmp_path / "graph.ttl").read_bytes()


def test_rdf_networkx_and_load(kg, tmp_path: Path) -> None:
    assert isinstance(kg.rdf, Graph) and len(kg) == len(kg.rdf) > 100
    projection = kg.to_networkx()
    assert isinstance(projection, nx.MultiDiGraph) and projection.number_of_nodes() > 10
    kg.save(tmp_path)
    loaded = fairgraph.load(tmp_path / "graph.ttl")
    assert isomorphic(loaded.rdf, kg.rdf)


def test_query_saved_text_and_bindings(kg) -> None:
    officials = kg.query("officials")
    assert officials and {"person", "role", "organization"} <= set(officials[0])
    people = kg.query("SELECT ?p WHERE { ?p a schema:Person }")
    assert len(people) >= len({r["person"] for r in officials})
    label = officials[0]["organization"]
    about = kg.query("entity", label=label)
    assert about and all(isinstance(r, dict) for r in about)
    assert kg.query("ASK { ?p a schema:Person }") is True
    with pytest.raises(QueryError):
        kg.query("SELECT ?x WHERE {")


def test_explain_and_notebook_view(kg) -> None:
    label = kg.query("officials")[0]["person"]
    assert label in kg.explain(label)
    assert "<table>" in kg._repr_html_()


def test_extract_gives_exact_offsets() -> None:
    text = "青海省副省长王某出席。"
    ex = fairgraph.extract(text)
    assert [(e.type, e.text) for e in ex.entities] == [("Place", "青海省"), ("Person", "王某")]
    for e in ex.entities:
        assert text[e.start : e.end] == e.text


def test_build_reads_urls(web: Web) -> None:
    pytest.importorskip("aiohttp", reason="the remote extra is not installed (fairgraph[remote])")
    kg = fairgraph.build([web.url("reports/*.txt")], ner="rules")
    rows = kg.query("SELECT ?s WHERE { ?d a fg:Document ; dcterms:source ?s } ORDER BY ?s")
    assert [str(r["s"]) for r in rows] == [web.url("reports/10.txt"), web.url("reports/2.txt")]
