"""The persistent store: round trips, replace/remove semantics, the extraction cache and
fast file queries (fairgraph.store.graphstore, .sparql and .files)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from fairgraph.errors import FairgraphError, GraphLoadError, QueryError
from fairgraph.model import Document, Extraction, Mention
from fairgraph.store import (
    MERGED_GRAPH,
    GraphStore,
    document_graph_iri,
    fast_query_file,
    result_rows,
)

EX = Namespace("https://example.org/")
FG = Namespace("https://w3id.org/fairgraph/ontology#")
ID = Namespace("https://w3id.org/fairgraph/id/")


def triples(n: int, tag: str) -> list[tuple[URIRef, URIRef, Literal]]:
    return [(EX[f"{tag}{i}"], EX.p, Literal(f"{tag}-{i}")) for i in range(n)]


def count(store: GraphStore, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(next(iter(result))["n"].value)


@pytest.fixture()
def store(tmp_path: Path):
    st = GraphStore.open(tmp_path / "store")
    yield st
    st.close()


def test_round_trip_survives_reopening(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with GraphStore.open(folder) as st:
        st.replace_document("a.txt", "h1", document_graph_iri("a.txt"), triples(3, "a"))
        st.replace_merged(triples(2, "m"))
    with GraphStore.open(folder, create=False) as st:
        assert st.known_documents() == {"a.txt": "h1"}
        assert count(st) == 5
        assert count(st, document_graph_iri("a.txt")) == 3
        assert count(st, MERGED_GRAPH) == 2


def test_open_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(FairgraphError, match="not a fairgraph store"):
        GraphStore.open(tmp_path / "nothing", create=False)


def test_replace_document_replaces_only_its_graph(store: GraphStore) -> None:
    store.replace_document("a.txt", "h1", document_graph_iri("a.txt"), triples(3, "a"))
    store.replace_document("b.txt", "h2", document_graph_iri("b.txt"), triples(4, "b"))
    store.replace_document("a.txt", "h3", document_graph_iri("a.txt"), triples(1, "z"))
    assert store.known_documents() == {"a.txt": "h3", "b.txt": "h2"}
    assert count(store, document_graph_iri("a.txt")) == 1
    assert count(store, document_graph_iri("b.txt")) == 4
    assert not bool(store.query("ASK { ?s ?p 'a-0' }"))
    assert bool(store.query("ASK { ?s ?p 'z-0' }"))


def test_remove_document(store: GraphStore) -> None:
    store.replace_document("a.txt", "h1", document_graph_iri("a.txt"), triples(3, "a"))
    store.replace_document("b.txt", "h2", document_graph_iri("b.txt"), triples(2, "b"))
    store.remove_document("a.txt")
    store.remove_document("never-seen.txt")
    assert store.known_documents() == {"b.txt": "h2"}
    assert count(store) == 2


def test_accepts_pyoxigraph_quads(store: GraphStore) -> None:
    quad = ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode(EX.p), ox.Literal("q"))
    store.replace_document("q.txt", "h", document_graph_iri("q.txt"), [quad])
    assert count(store, document_graph_iri("q.txt")) == 1


def test_extraction_cache(store: GraphStore) -> None:
    doc = Document.from_text("某省代表团在洽谈会上签约。", source="x.txt")
    extraction = Extraction(doc, mentions=(Mention(0, 2, "某省", "Place"),))
    assert store.cached_extraction(doc.sha256) is None
    assert not store.has_extraction(doc.sha256)
    store.save_extraction(doc.sha256, extraction)
    assert store.cached_extraction(doc.sha256) == extraction
    assert store.has_extraction(doc.sha256)
    assert not store.has_extraction("0" * 64)


def test_malformed_query_is_a_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError):
        store.query("SELECT WHERE {")


def test_fast_query_file_turtle_and_union(tmp_path: Path) -> None:
    g = Graph()
    g.add((EX.a, RDFS.label, Literal("甲", lang="zh")))
    g.add((EX.b, RDFS.label, Literal("乙", lang="zh")))
    ttl = tmp_path / "g.ttl"
    g.serialize(ttl, format="turtle")
    names, rows = result_rows(
        fast_query_file(ttl, "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l")
    )
    assert names == ["l"]
    assert {r[0] for r in rows} == {Literal("甲", lang="zh"), Literal("乙", lang="zh")}
    trig = tmp_path / "g.trig"
    trig.write_text("<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 }")
    assert bool(fast_query_file(trig, "ASK { ?s ?p 1 }"))  # named graphs join the default


def test_fast_query_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<not closed")
    with pytest.raises(GraphLoadError):
        fast_query_file(bad, "ASK {}")
    with pytest.raises(GraphLoadError):
        fast_query_file(tmp_path / "x.unknown", "ASK {}")


def test_format_query_matches_rdflib_formatting(tmp_path: Path) -> None:
    from fairgraph.query.sparql import format_result, run_query

    g = Graph()
    g.add((ID["person/a"], RDF.type, URIRef("https://schema.org/Person")))
    g.add((ID["person/a"], RDFS.label, Literal("张三", lang="zh")))
    g.add((ID["person/a"], FG.age, Literal(40)))
    path = tmp_path / "g.ttl"
    g.serialize(path, format="turtle")
    select = "SELECT ?p ?l ?n WHERE { ?p a schema:Person ; rdfs:label ?l ; fg:age ?n }"
    from fairgraph.store import format_query_file

    for fmt in ("table", "csv", "tsv", "json", "jsonl"):
        assert format_query_file(path, select, fmt) == format_result(run_query(g, select), fmt)
    ask = "ASK { ?p rdfs:label ?l }"
    assert format_query_file(path, ask) == "true"
    bound = format_query_file(path, "SELECT ?p WHERE { ?p rdfs:label ?l }", "csv", {"l": "李四"})
    assert bound.splitlines() == ["p"]
    construct = "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p rdfs:label ?l }"
    out = Graph().parse(data=format_query_file(path, construct), format="turtle")
    assert len(out) == 1
    with GraphStore.open(tmp_path / "st") as st:
        st.replace_document("a", "h", document_graph_iri("a"), g)
        assert st.format_query(select, "csv") == format_result(run_query(g, select), "csv")


def test_bindings_behave_like_rdflib_init_bindings(tmp_path: Path) -> None:
    from fairgraph.query.sparql import format_result, resolve_query, run_query
    from fairgraph.store import format_query_file

    g = Graph()
    for i, name in enumerate(["甲公司", "乙公司"]):
        g.add((ID[f"org/{i}"], RDFS.label, Literal(name, lang="zh")))
        g.add((ID[f"org/{i}"], FG.partner, ID[f"org/{1 - i}"]))
    path = tmp_path / "g.ttl"
    g.serialize(path, format="turtle")
    entity = resolve_query("entity")
    for fmt in ("csv", "table"):
        expected = format_result(run_query(g, entity, {"label": "甲公司"}), fmt)
        assert format_query_file(path, entity, fmt, {"label": "甲公司"}) == expected
        assert len(expected.splitlines()) >= 4
    construct = (
        "# a { comment }\nCONSTRUCT { ?o <https://example.org/named> ?l } "
        "WHERE { ?o rdfs:label ?n FILTER(STR(?n) = ?l) }"
    )
    out = Graph().parse(
        data=format_query_file(path, construct, "table", {"l": "乙公司"}), format="turtle"
    )
    assert {str(o) for o in out.objects()} == {"乙公司"}
