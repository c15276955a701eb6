"""Partitioning and incremental builds of the store (fairgraph.store.partition and
.incremental), with a fake extractor and graph builder."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace

from fairgraph.model import Document, Extraction
from fairgraph.store import (
    MERGED_GRAPH,
    GraphStore,
    document_graph_iri,
    incremental_build,
    partition_graph,
)

FG = Namespace("https://w3id.org/fairgraph/ontology#")
ID = Namespace("https://w3id.org/fairgraph/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
ORG = Namespace("http://www.w3.org/ns/org#")


def count(store: GraphStore, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(next(iter(result))["n"].value)


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


def test_bulk_loaded_build_equals_transactional_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fairgraph.store.graphstore as graphstore_module
    import fairgraph.store.incremental as incremental_module

    fake = FakePipeline([])
    with GraphStore.open(tmp_path / "plain") as plain:
        incremental_build(plain, corpus(9), fake.extract, fake.build)
        expected = plain.triples_nt()
    monkeypatch.setattr(graphstore_module, "BULK_MIN", 1)
    monkeypatch.setattr(incremental_module._Writer, "BATCH", 20)
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


def test_streamed_triples_are_partitioned_without_holding_the_graph(tmp_path: Path) -> None:
    """A graph written twice on demand (StreamedTriples, each triple twice, blank nodes
    included) fills the store as the built graph does, first build and incremental rebuild,
    and leaves no spill file behind."""
    from fairgraph.store.partition import StreamedTriples
    from fairgraph.store.terms import TermConverter

    fake = FakePipeline([])
    passes: list[int] = []

    def streamed(extractions: Sequence[Extraction]) -> StreamedTriples:
        graph = fake.build(extractions)  # each pass writes the same terms (blank nodes too)

        def write(sink) -> None:  # type: ignore[no-untyped-def]
            passes.append(1)
            convert = TermConverter()
            for s, p, o in graph:
                sink((convert(s), convert(p), convert(o)))
                sink((convert(s), convert(p), convert(o)))

        return StreamedTriples(write)

    with GraphStore.open(tmp_path / "graph") as a, GraphStore.open(tmp_path / "stream") as b:
        incremental_build(a, corpus(6), fake.extract, fake.build)
        report = incremental_build(b, corpus(6), fake.extract, streamed)
        assert passes == [1, 1]  # provenance, then the spill
        assert b.triples_nt() == a.triples_nt()
        assert report.triples == len(a.triples_nt())
        assert count(b, MERGED_GRAPH) == count(a, MERGED_GRAPH) > 0
        incremental_build(a, corpus(5, edit=2), fake.extract, fake.build)
        again = incremental_build(b, corpus(5, edit=2), fake.extract, streamed)
        assert again.replaced == ("r002.txt",) and again.removed == ("r005.txt",)
        assert b.triples_nt() == a.triples_nt()
    assert not list((tmp_path / "stream").glob(".partitions-*"))
