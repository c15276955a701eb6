"""A store read look-up by look-up (fairgraph.store.index.StoreIndex) answers as the graph's
triples held in memory do: the projection, the streamed writers and the counts agree."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef

from fairgraph.graph.io import serialize_stream, serialize_triples
from fairgraph.graph.projection import REVERSE, TripleIndex, project
from fairgraph.namespaces import FG, ID, RDFS, SCHEMA
from fairgraph.store import GraphStore, document_graph_iri, to_quads
from fairgraph.store.index import StoreIndex


def _stored(triples: list, duplicated: int = 0) -> GraphStore:
    """A store holding ``triples`` spread over three documents' graphs, the first
    ``duplicated`` of them stated in a fourth graph as well."""
    store = GraphStore.in_memory()
    for i, source in enumerate(("a.txt", "b.txt", "c.txt")):
        store.ox.extend(to_quads(triples[i::3], document_graph_iri(source)))
    store.ox.extend(to_quads(triples[:duplicated], document_graph_iri("d.txt")))
    return store


def _same_projection(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(
        b.edges(keys=True, data=True), key=repr
    )


def test_the_store_answers_as_the_triples_do(sample_graph: Graph) -> None:
    triples = sorted(sample_graph, key=lambda t: tuple(x.n3() for x in t))
    store = _stored(triples, duplicated=40)
    index, memory = StoreIndex(store.ox), TripleIndex(triples, REVERSE)
    assert len(store.ox) == len(triples) + 40
    assert len(index) == len(memory) == len(triples)  # a triple in two graphs counts once
    for s, p, o in triples[:200]:
        assert sorted(index.objects(s, p)) == sorted(memory.objects(s, p))
        assert index.value(s, p) in memory.objects(s, p)
        assert (s, p, o) in index
        if p in REVERSE:
            assert sorted(index.subjects(p, o)) == sorted(memory.subjects(p, o))
    assert (URIRef(ID["nobody"]), RDFS.label, Literal("x")) not in index
    assert index.value(URIRef(ID["nobody"]), RDFS.label) is None
    for p in (RDF.type, FG.party):
        assert sorted(index.subject_objects(p)) == sorted(memory.subject_objects(p))
    _same_projection(project(index), project(memory))


def test_streamed_from_the_store_the_outputs_are_the_same_bytes(sample_graph: Graph) -> None:
    triples = list(sample_graph)
    index = StoreIndex(_stored(triples, duplicated=25).ox)
    subjects = index.subject_iris()
    assert subjects == sorted({str(s) for s, _, _ in triples})
    for fmt in ("turtle", "json-ld"):
        streamed = serialize_stream(subjects, index.triples_of, fmt, index.outline_of)
        assert b"".join(streamed) == serialize_triples(triples, fmt)
    assert not index.has_blank_nodes()


def test_an_outline_is_what_the_triples_say() -> None:
    org = URIRef(ID["org/x"])
    triples = [
        (org, RDF.type, SCHEMA.Organization),
        (org, RDFS.label, Literal("某某公司", lang="zh")),
        (org, FG.sourceCount, Literal(2)),
        (org, SCHEMA.name, Literal("plain")),
    ]
    index = StoreIndex(_stored(triples, duplicated=1).ox)
    assert sorted(index.outline_of(str(org)), key=repr) == sorted(
        [
            (str(RDF.type), str(SCHEMA.Organization), None),
            (str(RDFS.label), None, None),
            (str(FG.sourceCount), None, "http://www.w3.org/2001/XMLSchema#integer"),
            (str(SCHEMA.name), None, None),
        ],
        key=repr,
    )
    assert len(index.triples_of(str(org))) == 4
