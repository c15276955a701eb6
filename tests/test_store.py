"""The persistent store: round trips, replace/remove semantics, the extraction cache,
fast file queries and incremental builds (with a fake extractor and graph builder)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from fairgraph.errors import FairgraphError, GraphLoadError, QueryError
from fairgraph.model import Document, Extraction, Mention
from fairgraph.store import (
    MERGED_GRAPH,
    GraphStore,
    document_graph_iri,
    fast_query_file,
    incremental_build,
    partition_graph,
    result_rows,
)

EX = Namespace("https://example.org/")
FG = Namespace("https://w3id.org/fairgraph/ontology#")
ID = Namespace("https://w3id.org/fairgraph/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
ORG = Namespace("http://www.w3.org/ns/org#")


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
    store.save_extraction(doc.sha256, extraction)
    assert store.cached_extraction(doc.sha256) == extraction


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


# -- incremental builds with a fake pipeline ------------------------------------------------


@dataclass
class FakePipeline:
    """Extraction = the document; the graph: one person per line, shared across documents."""

    calls: list[str]

    def extract(self, doc: Document) -> Extraction:
        self.calls.append(doc.source)
        return Extraction(doc)

    def build(self, extractions: Sequence[Extraction]) -> Graph:
        g = Graph()
        for ex in extractions:
            doc = ex.document
            d = ID[f"doc/{doc.id}"]
            g.add((d, RDF.type, FG.Document))
            g.add((d, DCT.source, Literal(doc.source)))
            g.add((d, FG.sha256, Literal(doc.sha256)))
            for i, line in enumerate(doc.text.splitlines()):
                m = ID[f"mention/{doc.id}/{i}"]
                g.add((m, RDF.type, FG.Mention))
                g.add((m, FG.document, d))
                g.add((m, FG.text, Literal(line, lang="zh")))
                name, _, role = line.partition(":")
                person = ID[f"person/{hashlib.sha1(name.encode()).hexdigest()[:8]}"]
                g.add((person, RDFS.label, Literal(name, lang="zh")))
                g.add((person, PROV.wasDerivedFrom, m))
                member = BNode()
                g.add((member, ORG.member, person))
                g.add((member, PROV.wasDerivedFrom, m))
                role_node = BNode()
                g.add((member, ORG.role, role_node))
                g.add((role_node, RDFS.label, Literal(role, lang="zh")))
        return g


def corpus(n: int, edit: int | None = None) -> list[Document]:
    docs = []
    for i in range(n):
        lines = [f"人物{i}:厅长", f"共同人物{i % 3}:主任"]
        if i == edit:
            lines.append("新人物:副主任")
        docs.append(Document.from_text("\n".join(lines), source=f"r{i:03d}.txt"))
    return docs


def test_partition_puts_shared_entities_in_the_merged_graph() -> None:
    docs = corpus(4)
    parts = partition_graph(FakePipeline([]).build([Extraction(d) for d in docs]), docs)
    assert set(parts) == {"", *(d.source for d in docs)}
    merged = "\n".join(f"{s} {p} {o}" for s, p, o in parts[""])
    assert "共同人物0" in merged  # found in r000 and r003
    assert "共同人物1" not in merged and '人物2"' not in merged
    # blank nodes stay inside one partition
    seen: dict[str, str] = {}
    for key, part in parts.items():
        for s, _, o in part:
            for term in (s, o):
                if isinstance(term, ox.BlankNode):
                    assert seen.setdefault(term.value, key) == key


def test_incremental_build_reextracts_only_the_edited_report(tmp_path: Path) -> None:
    fake = FakePipeline([])
    with GraphStore.open(tmp_path / "inc") as st:
        first = incremental_build(st, corpus(12), fake.extract, fake.build)
        assert len(first.extracted) == 12 and len(first.replaced) == 12
        fake.calls.clear()
        again = incremental_build(st, corpus(12), fake.extract, fake.build)
        assert fake.calls == [] and again.replaced == () and not again.merged_replaced
        edited = incremental_build(st, corpus(12, edit=5), fake.extract, fake.build)
        assert fake.calls == ["r005.txt"]
        assert edited.replaced == ("r005.txt",)
        shrunk = incremental_build(st, corpus(11, edit=5), fake.extract, fake.build)
        assert shrunk.removed == ("r011.txt",)
        incremental_lines = st.triples_nt()
        assert st.known_documents().keys() == {d.source for d in corpus(11)}
    with GraphStore.open(tmp_path / "full") as full:
        incremental_build(full, corpus(11, edit=5), FakePipeline([]).extract, fake.build)
        assert full.triples_nt() == incremental_lines
    expected = fake.build([Extraction(d) for d in corpus(11, edit=5)])
    assert len(incremental_lines) == len(expected)


def test_removing_a_report_moves_a_shared_entity_back_to_its_document(tmp_path: Path) -> None:
    fake = FakePipeline([])
    with GraphStore.open(tmp_path / "s") as st:
        incremental_build(st, corpus(4), fake.extract, fake.build)
        ask = "ASK { GRAPH <%s> { ?p rdfs:label '共同人物0'@zh } }"
        assert bool(st.query(ask % MERGED_GRAPH))
        incremental_build(st, corpus(3), fake.extract, fake.build)
        assert not bool(st.query(ask % MERGED_GRAPH))
        assert bool(st.query(ask % document_graph_iri("r000.txt")))


def test_format_query_matches_rdflib_formatting(tmp_path: Path) -> None:
    from fairgraph.query import format_result, run_query

    g = Graph()
    g.add((ID["person/a"], RDF.type, URIRef("https://schema.org/Person")))
    g.add((ID["person/a"], RDFS.label, Literal("张三", lang="zh")))
    g.add((ID["person/a"], FG.age, Literal(40)))
    path = tmp_path / "g.ttl"
    g.serialize(path, format="turtle")
    select = "SELECT ?p ?l ?n WHERE { ?p a schema:Person ; rdfs:label ?l ; fg:age ?n }"
    from fairgraph.store import format_query_file

    for fmt in ("table", "csv", "json"):
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
    from fairgraph.query import format_result, resolve_query, run_query
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


def test_bulk_loaded_build_equals_transactional_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fairgraph.store as store_module

    fake = FakePipeline([])
    with GraphStore.open(tmp_path / "plain") as plain:
        incremental_build(plain, corpus(9), fake.extract, fake.build)
        expected = plain.triples_nt()
    monkeypatch.setattr(store_module, "BULK_MIN", 1)
    monkeypatch.setattr(store_module._Writer, "BATCH", 20)
    with GraphStore.open(tmp_path / "bulk") as bulk:
        report = incremental_build(bulk, corpus(9), fake.extract, fake.build)
        assert len(report.replaced) == 9
        assert bulk.triples_nt() == expected
        assert count(bulk, document_graph_iri("r004.txt")) > 0


def test_build_may_stream_triples_instead_of_a_graph(tmp_path: Path) -> None:
    fake = FakePipeline([])

    def streamed(extractions: Sequence[Extraction]):  # duplicates are dropped
        graph = fake.build(extractions)
        yield from graph
        yield from graph

    with GraphStore.open(tmp_path / "graph") as a, GraphStore.open(tmp_path / "stream") as b:
        incremental_build(a, corpus(6), fake.extract, fake.build)
        report = incremental_build(b, corpus(6), fake.extract, streamed)
        assert b.triples_nt() == a.triples_nt()
        assert report.triples == len(a.triples_nt())
