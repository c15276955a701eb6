"""The graph as the scorer reads it: the public contract's labels, types and provenance.

>>> from rdflib import Graph, Literal
>>> from fairgraph.namespaces import ID
>>> g = Graph()
>>> _ = g.add((ID.p1, RDF.type, SCHEMA.Person)).add((ID.p1, RDFS.label, Literal("张 三")))
>>> view = View(g, ["a.txt"])
>>> view.of_type("Person") == [ID.p1], view.labels(ID.p1), view.docs(ID.p1)
(True, {'张三'}, {'a.txt'})
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.term import Node

from fairgraph.evaluate.gold import CLASSES, GoldDocument, normalise
from fairgraph.namespaces import DCTERMS, FG, PROV, SCHEMA, SKOS


def _basename(source: str) -> str:
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1]


class View:
    """The parts of the graph contract the scorer reads, with provenance per node."""

    def __init__(self, graph: Graph, documents: list[str]) -> None:
        self.g = graph
        doc_names = {
            d: _basename(str(s))
            for d, s in graph.subject_objects(DCTERMS.source)
            if (d, RDF.type, FG.Document) in graph
        }
        self.mention_doc = {
            m: doc_names[d] for m, d in graph.subject_objects(FG.document) if d in doc_names
        }
        #: a graph without any fg:Document, scored against a single gold document
        self.everything_in = documents[0] if not doc_names and len(documents) == 1 else None

    def docs(self, node: Node, via: tuple[Node, ...] = ()) -> set[str]:
        if self.everything_in is not None:
            return {self.everything_in}
        found = {
            self.mention_doc[m]
            for m in self.g.objects(node, PROV.wasDerivedFrom)
            if m in self.mention_doc
        }
        for owner in via if not found else ():
            found |= self.docs(owner)
        return found

    def labels(self, node: Node) -> set[str]:
        values = itertools.chain(
            self.g.objects(node, RDFS.label), self.g.objects(node, SKOS.altLabel)
        )
        out = {normalise(str(v)) for v in values}
        if isinstance(node, Literal):
            out.add(normalise(str(node)))
        return out - {""}

    def canon(self, node: Node, gold: GoldDocument) -> set[str]:
        return {gold.index[lab] for lab in self.labels(node) if lab in gold.index}

    def of_type(self, etype: str) -> list[Node]:
        nodes = set(self.g.subjects(RDF.type, CLASSES[etype]))
        if etype == "Place":
            nodes -= set(self.g.subjects(RDF.type, SCHEMA.Country))
        if etype == "Fair":
            nodes -= set(self.g.objects(None, FG.editionOf))
        return sorted(nodes, key=str)

    def number(self, node: Node, prop: Node) -> set[Decimal]:
        out = set()
        for value in self.g.objects(node, prop):
            try:
                out.add(Decimal(str(value)))
            except InvalidOperation:
                continue
        return out

    def money(self, node: Node) -> set[tuple[Decimal, str]]:
        currencies = {str(c) for c in self.g.objects(node, SCHEMA.currency)}
        return {(v, c) for v in self.number(node, SCHEMA.value) for c in currencies}


def same_money(a: tuple[Decimal, str], b: tuple[Decimal, str]) -> bool:
    return a[1] == b[1] and abs(a[0] - b[0]) <= Decimal("1e-9") * max(abs(a[0]), Decimal(1))
