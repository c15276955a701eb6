"""A store read as the projection reads a graph, one look-up at a time, holding none of it.

:class:`StoreIndex` answers the look-ups of :class:`~fairgraph.graph.projection.GraphLookups`
(and gives each subject's triples, for the streamed Turtle and JSON-LD writers) from the quads
of an Oxigraph store: the union of its named graphs, each triple once. ``fairgraph export``
writes its five files through it, so its memory does not grow with the triples of the corpus.

>>> from rdflib import Literal, URIRef
>>> from fairgraph.store import GraphStore, document_graph_iri, to_quads
>>> store = GraphStore.in_memory()
>>> s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
>>> for source in ("a.txt", "b.txt"):  # the same triple in two documents' graphs
...     store.ox.extend(to_quads([(s, p, Literal("x"))], document_graph_iri(source)))
>>> index = StoreIndex(store.ox)
>>> index.objects(s, p), len(index), index.subject_iris()
([rdflib.term.Literal('x')], 1, ['https://example.org/s'])
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from fairgraph.graph.projection import GraphLookups
from fairgraph.store.terms import XSD_STRING, to_ox, to_rdflib

Triple = tuple[Node, Node, Node]


class StoreIndex(GraphLookups):
    """The look-ups of the projection, answered by the quads of ``store`` (every graph; a
    triple stated in several graphs counts once). Answers come in the store's order."""

    def __init__(self, store: ox.Store, triples: int | None = None) -> None:
        """``triples``: the number of distinct triples when known (else counted when asked)."""
        self.ox = store
        self._count = triples
        self._predicates: dict[str, URIRef] = {}  # few: made once each
        self._subjects: list[str] | None = None

    def _quads(self, s: URIRef | None, p: Node | None, o: Node | None) -> Iterator[ox.Quad]:
        subject = None if s is None else ox.NamedNode(str(s))
        predicate = None if p is None else ox.NamedNode(str(p))
        obj = None if o is None else to_ox(o)  # type: ignore[arg-type]
        return self.ox.quads_for_pattern(subject, predicate, obj, None)

    def value(self, subject: Node | None, predicate: Node) -> Node | None:
        if not isinstance(subject, URIRef):
            return None
        for quad in self._quads(subject, predicate, None):
            return to_rdflib(quad.object)  # type: ignore[no-any-return]
        return None

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        if not isinstance(subject, URIRef):
            return []
        quads = self._quads(subject, predicate, None)
        return list(dict.fromkeys(to_rdflib(q.object) for q in quads))

    def subjects(self, predicate: Node, obj: Node) -> list[Node]:
        return list(dict.fromkeys(to_rdflib(q.subject) for q in self._quads(None, predicate, obj)))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        pairs = dict.fromkeys((q.subject, q.object) for q in self._quads(None, predicate, None))
        for s, o in pairs:
            yield to_rdflib(s), to_rdflib(o)

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        s, p, o = triple
        if not isinstance(s, URIRef):
            return False
        return next(iter(self._quads(s, p, o)), None) is not None

    def __len__(self) -> int:
        """The number of distinct triples (counted once, subject by subject)."""
        if self._count is None:
            count = 0
            for subject in self.subject_iris():
                quads = self.ox.quads_for_pattern(ox.NamedNode(subject), None, None, None)
                count += len({(q.predicate, q.object) for q in quads})
            self._count = count
        return self._count

    def subject_iris(self) -> list[str]:
        """Every subject's IRI, once each, sorted (queried once, then kept)."""
        if self._subjects is None:
            rows = self.ox.query(
                "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }",
                use_default_graph_as_union=True,
            )
            self._subjects = sorted(row[0].value for row in rows)  # type: ignore[index, union-attr]
        return self._subjects

    def triples_of(self, subject: str) -> list[Triple]:
        """The distinct triples of the subject ``subject`` (an IRI), in the store's order."""
        quads = self.ox.quads_for_pattern(ox.NamedNode(subject), None, None, None)
        pairs = dict.fromkeys((q.predicate, q.object) for q in quads)
        s = URIRef(subject)
        predicates = self._predicates
        out: list[Triple] = []
        for p, o in pairs:
            predicate = predicates.get(p.value)
            if predicate is None:
                predicate = predicates[p.value] = URIRef(p.value)
            out.append((s, predicate, to_rdflib(o)))
        return out

    def outline_of(self, subject: str) -> list[tuple[str, str | None, str | None]]:
        """The distinct triples of the subject ``subject`` in outline, without making rdflib
        terms: (predicate IRI, object IRI or None for a literal, the literal's datatype IRI
        or None) each (see :func:`fairgraph.graph.writers.turtle_stream`)."""
        quads = self.ox.quads_for_pattern(ox.NamedNode(subject), None, None, None)
        rows: list[tuple[str, str | None, str | None]] = []
        for p, o in dict.fromkeys((q.predicate, q.object) for q in quads):
            if type(o) is ox.Literal:
                datatype = None if o.language else o.datatype.value
                rows.append((p.value, None, None if datatype == XSD_STRING else datatype))
            elif type(o) is ox.NamedNode:
                rows.append((p.value, o.value, None))
            else:
                raise ValueError("blank nodes are written by rdflib's own serialiser")
        return rows

    def has_blank_nodes(self) -> bool:
        """Whether any triple has a blank node (the streamed writers cannot write those)."""
        answer = self.ox.query(
            "ASK { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }",
            use_default_graph_as_union=True,
        )
        return bool(answer)
