"""Terms between rdflib and Oxigraph: conversion both ways, quads, digests, graph names.

>>> to_rdflib(TermConverter()(URIRef("https://example.org/a")))
rdflib.term.URIRef('https://example.org/a')
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, Union

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from fairgraph.store.errors import StoreError

#: the named graph holding what no single document owns (entities found in several reports)
MERGED_GRAPH = "https://w3id.org/fairgraph/id/graph/entities"
DOC_GRAPH_PREFIX = "https://w3id.org/fairgraph/id/graph/doc/"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

OxTerm = Union[ox.NamedNode, ox.BlankNode, ox.Literal]  # noqa: UP007
OxTriple = tuple[Any, Any, Any]


def document_graph_iri(source: str) -> str:
    """The stable named-graph IRI of a source (it does not change when the text does).

    >>> iri = document_graph_iri("reports/a.txt")
    >>> iri[-20:] == hashlib.sha256(b"reports/a.txt").hexdigest()[:20]
    True
    """
    return DOC_GRAPH_PREFIX + hashlib.sha256(source.encode("utf-8")).hexdigest()[:20]


class TermConverter:
    """Turns rdflib terms into pyoxigraph terms, sharing repeated IRIs and datatypes.

    IRIs are looked up by their plain string (rdflib's own term hashing is slow Python);
    literals by their text, language and datatype, so a text stated many times (a sentence
    that is the context of several mentions) is held once.
    """

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}
        self._blanks: dict[str, ox.BlankNode] = {}
        self._literals: dict[tuple[str, str | None, str | None], ox.Literal] = {}

    def iri(self, value: str) -> ox.NamedNode:
        found = self._iris.get(value)
        if found is None:
            found = self._iris[value] = ox.NamedNode(value)
        return found

    def __call__(self, term: Any) -> OxTerm:
        kind = type(term)
        if kind is URIRef:
            return self.iri(str.__str__(term))
        if kind is Literal:
            lexical = str.__str__(term)
            datatype = None if term.datatype is None else str.__str__(term.datatype)
            key = (lexical, term.language, datatype)
            found_literal = self._literals.get(key)
            if found_literal is None:
                found_literal = self._literals[key] = _literal(
                    lexical, term.language, None if datatype is None else self.iri(datatype)
                )
            return found_literal
        if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
            return term
        if isinstance(term, BNode):
            label = str.__str__(term)
            found = self._blanks.get(label)
            if found is None:
                found = self._blanks[label] = _blank(label)
            return found
        if isinstance(term, URIRef):
            return self.iri(str.__str__(term))
        if isinstance(term, Literal):
            return self(Literal(str.__str__(term), lang=term.language, datatype=term.datatype))
        raise StoreError(f"cannot store RDF term {term!r}")


def to_ox(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    """An rdflib IRI or literal as the equal pyoxigraph term, made anew (a
    :class:`TermConverter` shares repeated ones, and holds every one it made).

    >>> to_ox(Literal("1", datatype=URIRef("http://www.w3.org/2001/XMLSchema#int")))
    <Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#int>>
    """
    if isinstance(term, Literal):
        datatype = None if term.datatype is None else ox.NamedNode(str(term.datatype))
        return _literal(str.__str__(term), term.language, datatype)
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise StoreError(f"cannot look up RDF term {term!r} in a store")


def _literal(lexical: str, language: str | None, datatype: ox.NamedNode | None) -> ox.Literal:
    if language:
        return ox.Literal(lexical, language=language)
    if datatype is not None:
        return ox.Literal(lexical, datatype=datatype)
    return ox.Literal(lexical)


def _blank(label: str) -> ox.BlankNode:
    try:
        return ox.BlankNode(label)
    except ValueError:
        return ox.BlankNode("h" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:24])


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the equal rdflib term (``xsd:string`` literals become plain).

    >>> to_rdflib(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#int")))
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#int'))
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported query result term {term!r}")


def to_quads(triples: Iterable[Any], graph_iri: str | None) -> Iterator[ox.Quad]:
    """rdflib triples, pyoxigraph triples or quads as quads in ``graph_iri`` (None: default)."""
    graph: Any = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
    convert = TermConverter()
    for item in triples:
        if isinstance(item, (ox.Quad, ox.Triple)):
            yield ox.Quad(item.subject, item.predicate, item.object, graph)
        else:
            s, p, o = item[0], item[1], item[2]
            yield ox.Quad(convert(s), convert(p), convert(o), graph)  # type: ignore[arg-type]


def quads_digest(quads: Iterable[ox.Quad]) -> str:
    """A digest of a set of triples (graph names ignored), independent of their order."""
    lines = sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
