"""The fast Turtle, N-Triples and JSON-LD writers give rdflib's bytes, and rdflib keeps the
graphs they cannot write (blank nodes, predicates needing a generated prefix)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from fairgraph.errors import FormatError
from fairgraph.graph.io import serialize_graph, serialize_stream, serialize_triples
from fairgraph.namespaces import FG, ID, PREFIXES, SCHEMA, bind_prefixes

EX = Namespace("http://example.org/vocab#")


def _rdflib_turtle(graph: Graph) -> bytes:
    return graph.serialize(format="turtle", encoding="utf-8")


def _rdflib_jsonld(graph: Graph) -> bytes:
    """rdflib's JSON-LD sorted the way graph/io.py has always sorted it."""
    context = {p: str(ns) for p, ns in PREFIXES.items()}
    raw = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = raw["@graph"]
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    nodes.sort(key=lambda n: n["@id"])
    doc = {"@context": context, "@graph": nodes}
    return (json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


def _rdflib_nt(graph: Graph) -> bytes:
    lines = sorted({line for line in graph.serialize(format="nt").splitlines() if line})
    return "".join(line + "\n" for line in lines).encode()


def _awkward() -> Graph:
    """Literals and IRIs whose writing has rules: quotes, new lines, numbers, dates, classes,
    qualified names with parentheses or a final dot, objects referenced many times."""
    g = bind_prefixes(Graph(bind_namespaces="core"))
    a, b, c = ID["org/aaa"], ID["person/bbb"], ID["mention/ccc-1-2"]
    g.add((a, RDF.type, FG.Agreement))
    g.add((a, RDF.type, SCHEMA.Thing))
    g.add((a, RDFS.label, Literal('说 "好" \\ 的', lang="zh")))
    g.add((a, FG.text, Literal('第一行\n第二行 with """ quotes\r', lang="zh")))
    g.add((a, FG.text, Literal('ends with a quote"')))
    g.add((a, FG.sourceCount, Literal(3)))
    g.add((a, FG.approximate, Literal(False)))
    g.add((a, SCHEMA.value, Literal(Decimal("12.50"), datatype=XSD.decimal)))
    g.add((a, SCHEMA.value, Literal(1.5e10)))
    g.add((a, SCHEMA.startDate, Literal("2025", datatype=XSD.gYear)))
    g.add((a, SCHEMA.endDate, Literal("--07-11", datatype=XSD.gMonthDay)))
    g.add((a, FG.party, b))
    g.add((a, FG.party, c))
    g.add((c, FG.party, b))
    g.add((b, FG.party, SCHEMA["Thing(x)"]))
    g.add((b, FG.party, SCHEMA["ends."]))
    g.add((b, FG.party, ID["country/IS"]))
    g.add((FG.Agreement, RDF.type, RDFS.Class))
    g.add((FG.Agreement, RDFS.label, Literal("agreement", lang="en")))
    g.add((b, FG.label, Literal("x", datatype=XSD.string)))
    g.add((b, FG["count"], Literal("007", datatype=XSD.integer)))
    return g


def _sample(sample_graph: Graph) -> Graph:
    g = bind_prefixes(Graph(bind_namespaces="core"))
    for triple in sample_graph:
        g.add(triple)
    return g


@pytest.mark.parametrize("which", ["awkward", "sample"])
def test_writers_give_rdflib_bytes(which: str, sample_graph: Graph) -> None:
    graph = _awkward() if which == "awkward" else _sample(sample_graph)
    triples = list(graph)
    assert serialize_triples(triples, "turtle") == _rdflib_turtle(graph)
    assert serialize_triples(triples, "nt") == _rdflib_nt(graph)
    assert serialize_triples(triples, "json-ld") == _rdflib_jsonld(graph)
    # and through serialize_graph, whatever the order the triples were added in
    again = bind_prefixes(Graph())
    for triple in reversed(triples):
        again.add(triple)
    assert serialize_graph(again, "turtle") == _rdflib_turtle(graph)


def test_the_sample_turtle_is_the_build_output(sample_build, sample_graph: Graph) -> None:
    assert serialize_triples(list(sample_graph), "turtle") == sample_build.ttl.read_bytes()


def test_graphs_beyond_the_writers_go_through_rdflib() -> None:
    g = bind_prefixes(Graph(bind_namespaces="core"))
    g.add((ID["x"], EX.unbound, Literal("needs a generated prefix")))
    data = serialize_graph(g, "turtle")
    assert isomorphic(Graph().parse(data=data, format="turtle"), g)
    blank = bind_prefixes(Graph())
    node = BNode()
    blank.add((ID["y"], FG.investment, node))
    blank.add((node, SCHEMA.value, Literal(5)))
    text = serialize_graph(blank, "turtle")
    assert isomorphic(Graph().parse(data=text, format="turtle"), blank)
    assert serialize_graph(blank, "nt").count(b"_:b") == 2


def test_turtle_puts_classes_first_then_the_least_referenced() -> None:
    g = bind_prefixes(Graph(bind_namespaces="core"))
    hub, leaf = URIRef(ID["org/zzz"]), URIRef(ID["org/aaa"])
    for i in range(3):
        g.add((ID[f"person/p{i}"], FG.party, hub))
    g.add((hub, RDFS.label, Literal("hub")))
    g.add((leaf, RDFS.label, Literal("leaf")))
    g.add((FG.Agreement, RDF.type, RDFS.Class))
    text = serialize_triples(list(g), "turtle").decode()
    assert text.index("fg:Agreement a rdfs:Class") < text.index("org/aaa") < text.index("org/zzz")
    assert text.encode() == _rdflib_turtle(g)


def _by_subject(graph: Graph) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for triple in graph:
        grouped.setdefault(str(triple[0]), []).append(triple)
    return grouped


@pytest.mark.parametrize("which", ["awkward", "sample"])
@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_streamed_writers_give_the_same_bytes(which: str, fmt: str, sample_graph: Graph) -> None:
    graph = _awkward() if which == "awkward" else _sample(sample_graph)
    grouped = _by_subject(graph)
    reads: list[str] = []

    def triples_of(subject: str) -> list:
        reads.append(subject)
        return grouped[subject]

    # subjects in any order: the writers order them as the whole-graph writers do
    chunks = serialize_stream(sorted(grouped, reverse=True), triples_of, fmt)
    assert b"".join(chunks) == serialize_triples(list(graph), fmt)
    # Turtle reads every subject twice (the layout first), JSON-LD once
    assert sorted(reads) == sorted(list(grouped) * (2 if fmt == "turtle" else 1))


def test_a_large_graph_streams_in_several_chunks() -> None:
    g = bind_prefixes(Graph(bind_namespaces="core"))
    for i in range(12_000):
        g.add((ID[f"person/p{i:05d}"], RDFS.label, Literal(f"某某某 {i} " + "x" * 80, lang="zh")))
        g.add((ID[f"person/p{i:05d}"], FG.party, ID[f"org/o{i % 7}"]))
    grouped = _by_subject(g)
    for fmt in ("turtle", "json-ld"):
        chunks = list(serialize_stream(list(grouped), grouped.__getitem__, fmt))
        assert len(chunks) > 1
        assert b"".join(chunks) == serialize_triples(list(g), fmt)


def test_streamed_turtle_refuses_before_writing_what_only_rdflib_can_write() -> None:
    g = bind_prefixes(Graph(bind_namespaces="core"))
    g.add((ID["x"], EX.unbound, Literal("needs a generated prefix")))
    grouped = _by_subject(g)
    with pytest.raises(ValueError, match="generated prefix"):
        serialize_stream(list(grouped), grouped.__getitem__, "turtle")
    with pytest.raises(FormatError):
        serialize_stream(list(grouped), grouped.__getitem__, "nt")
