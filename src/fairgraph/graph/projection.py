"""The NetworkX projection of the graph: entities as nodes, relations as edges, scalars only.

It is what GraphML, the HTML view and the report are made from. Node ids are entity IRIs.

>>> from rdflib import Graph
>>> project(Graph()).number_of_nodes()
0
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _json_text  # json.dumps of a str, ensure_ascii=False

import networkx as nx
import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from fairgraph.graph.build import TERMS, CachedNamespace
from fairgraph.graph.io import union_graph

# terms made once: rdflib's namespaces build and check a new IRI at every attribute access
# (a quarter of the projection's time at 1,000 reports)
DCTERMS, FG, ORG, PROV, SCHEMA, SKOS = (
    TERMS[n] for n in ("DCTERMS", "FG", "ORG", "PROV", "SCHEMA", "SKOS")
)
RDF, RDFS = CachedNamespace(rdflib.RDF), CachedNamespace(rdflib.RDFS)

NODE_CLASSES = (
    (SCHEMA.Person, "Person"),
    (SCHEMA.Country, "Country"),
    (SCHEMA.ExhibitionEvent, "Fair"),
    (FG.Agreement, "Agreement"),
    (ORG.Organization, "Organization"),
    (SCHEMA.NewsMediaOrganization, "Organization"),
    (SCHEMA.Place, "Place"),
)
_EDGES = (
    # (predicate, kind, display label)
    (FG.party, "party", "签约方"),
    (FG.signatory, "signatory", "签约代表"),
    (FG.witness, "witness", "见证"),
    (FG.signedAt, "signedAt", "签约于"),
    (SCHEMA.location, "location", "举办地"),
    (SCHEMA.organizer, "organizer", "主办"),
    (FG.guestCountry, "guestCountry", "主宾国"),
    (FG.participant, "participant", "参与"),
    (SCHEMA.containedInPlace, "containedIn", "位于"),
)


def _text(value: object) -> str:
    return str(value) if value is not None else ""


def _sources(graph: GraphLookups, subject: Node, titles: dict[URIRef, str]) -> str:
    """The documents and sentences ``subject`` is derived from, as JSON: ``[{document,
    text}]``, each once, in the order of their JSON text.

    >>> from rdflib import URIRef as U
    >>> g = TripleIndex([(U("t:a"), PROV.wasDerivedFrom, U("t:m")),
    ...                  (U("t:m"), FG.text, Literal('说"好"'))])
    >>> print(_sources(g, U("t:a"), {}))
    [{"document": "", "text": "说\\"好\\""}]
    """
    # each item's JSON is written as json.dumps(item, ensure_ascii=False, sort_keys=True)
    # writes it (five times faster): it is both the key it is sorted by and its text in the list
    unique = set()
    for mention in graph.objects(subject, PROV.wasDerivedFrom):
        doc = graph.value(mention, FG.document)
        document = titles.get(doc, _text(doc)) if isinstance(doc, URIRef) else ""
        text = _text(graph.value(mention, FG.text))
        unique.add(f'{{"document": {_json_text(document)}, "text": {_json_text(text)}}}')
    return "[" + ", ".join(sorted(unique)) + "]"


def _amount(graph: GraphLookups, node: Node | None) -> tuple[float, str]:
    if node is None:
        return 0.0, ""
    value = graph.value(node, SCHEMA.value)
    return (
        float(value.toPython()) if isinstance(value, Literal) else 0.0,
        _text(graph.value(node, SCHEMA.currency)),
    )


class GraphLookups:
    """The few look-ups the projection (and a build's summary) makes of a graph: a
    :class:`TripleIndex` of triples in memory, or a store read one look-up at a time
    (:class:`fairgraph.store.index.StoreIndex`)."""

    def value(self, subject: Node | None, predicate: Node) -> Node | None:
        """The first object of ``subject`` and ``predicate``, or None."""
        raise NotImplementedError

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        """The objects of ``subject`` and ``predicate``, each once."""
        raise NotImplementedError

    def subjects(self, predicate: Node, obj: Node) -> list[Node]:
        """The subjects of ``predicate`` and ``obj``, each once."""
        raise NotImplementedError

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """Every (subject, object) of ``predicate``."""
        raise NotImplementedError

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of triples."""
        raise NotImplementedError


class TripleIndex(GraphLookups):
    """The few look-ups the projection makes, over triples indexed once in plain dicts.

    rdflib's own look-ups go through its store's three indexes term by term (most of a large
    build's projection time); answers come in the order the triples were added, as rdflib's.
    """

    def __init__(
        self,
        triples: Iterable[tuple[Node, Node, Node]],
        reverse: Iterable[Node] | None = None,
    ) -> None:
        """``reverse``: the predicates whose subjects are looked up by object (all if None)."""
        self.spo: dict[Node, dict[Node, list[Node]]] = {}
        self.pos: dict[Node, dict[Node, list[Node]]] = {}
        self.count = 0
        wanted = None if reverse is None else set(reverse)
        spo, pos = self.spo, self.pos
        for s, p, o in triples:
            props = spo.get(s)
            if props is None:
                props = spo[s] = {}
            objects = props.get(p)
            if objects is None:
                props[p] = [o]
            else:
                objects.append(o)
            if wanted is not None and p not in wanted:
                continue
            by_object = pos.get(p)
            if by_object is None:
                by_object = pos[p] = {}
            subjects = by_object.get(o)
            if subjects is None:
                by_object[o] = [s]
            else:
                subjects.append(s)
        self.count = sum(len(objects) for props in spo.values() for objects in props.values())

    def __len__(self) -> int:
        return self.count

    def value(self, subject: Node | None, predicate: Node) -> Node | None:
        if subject is None:
            return None
        objects = self.spo.get(subject, {}).get(predicate)
        return objects[0] if objects else None

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self.spo.get(subject, {}).get(predicate, [])

    def subjects(self, predicate: Node, obj: Node) -> list[Node]:
        return self.pos.get(predicate, {}).get(obj, [])

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        for o, subjects in self.pos.get(predicate, {}).items():
            for s in subjects:
                yield s, o

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        s, p, o = triple
        return o in self.objects(s, p)


def _document_name(graph: GraphLookups, doc: URIRef) -> str:
    """How a source is shown: its title (else its file), and its date when known
    (某某洽谈会开幕 · 2024-07-11)."""
    name = _text(graph.value(doc, DCTERMS.title) or graph.value(doc, DCTERMS.source))
    date = _text(graph.value(doc, DCTERMS.date))
    if date.startswith("--"):
        date = date[2:]  # a day whose year the report does not give
    return f"{name} · {date}" if date else name


#: the predicates the projection and the build summary look up by object
REVERSE = (RDF.type, FG.claimOf, *(p for p, _, _ in _EDGES))


def index_of(
    graph: Graph | GraphLookups | Iterable[tuple[Node, Node, Node]],
) -> GraphLookups:
    """A :class:`TripleIndex` of an rdflib graph (every named graph of a Dataset) or triples,
    for the projection (subjects looked up by object for :data:`REVERSE` only); look-ups
    given are used as they are."""
    if isinstance(graph, GraphLookups):
        return graph
    if isinstance(graph, Graph):
        return TripleIndex(union_graph(graph).triples((None, None, None)), REVERSE)
    return TripleIndex(graph, REVERSE)


def project(
    graph: Graph | GraphLookups | Iterable[tuple[Node, Node, Node]],
) -> nx.MultiDiGraph:
    """Project an RDF graph in the contract's shape (an rdflib graph, its look-ups such as a
    :class:`TripleIndex`, or the triples themselves) onto a NetworkX multigraph."""
    graph = index_of(graph)  # type: ignore[assignment]
    g = nx.MultiDiGraph()
    titles = {
        doc: _document_name(graph, doc)
        for doc in graph.subjects(RDF.type, FG.Document)
        if isinstance(doc, URIRef)
    }
    g.graph["title"] = "fairgraph"
    g.graph["documents"] = len(titles)
    kinds: dict[URIRef, str] = {}
    for cls, kind in NODE_CLASSES:
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                kinds.setdefault(node, kind)
    for node in sorted(kinds):
        g.add_node(str(node), **_node_attributes(graph, node, kinds[node], titles))
    for predicate, kind, label in _EDGES:
        for s, o in sorted(graph.subject_objects(predicate)):
            if s in kinds and o in kinds:
                g.add_edge(
                    str(s),
                    str(o),
                    key=kind,
                    kind=kind,
                    label=label,
                    sources=_sources(graph, s, titles) if kind != "containedIn" else "[]",
                )
    _add_posts(graph, g, kinds, titles)
    return g


def _node_attributes(
    graph: GraphLookups, node: URIRef, kind: str, titles: dict[URIRef, str]
) -> dict:
    types = set(graph.objects(node, RDF.type))
    attrs: dict[str, object] = {
        "label": _text(graph.value(node, RDFS.label)),
        "type": kind,
        "subtype": (
            "Government"
            if SCHEMA.GovernmentOrganization in types
            else "Company"
            if SCHEMA.Corporation in types
            else ""
        ),
        "altLabels": json.dumps(
            sorted(str(a) for a in graph.objects(node, SKOS.altLabel)), ensure_ascii=False
        ),
        "iri": str(node),
        "sources": _sources(graph, node, titles),
    }
    count = graph.value(node, FG.sourceCount)
    if isinstance(count, Literal):
        attrs["sourceCount"] = int(count.toPython())
    claims = _claims(graph, node, titles)
    if claims != "[]":
        attrs["claims"] = claims
    # numbers the reports do not give are left out (never 0: GraphML readers would average them)
    if kind == "Agreement":
        amount, currency = _amount(graph, graph.value(node, FG.investment))
        count = graph.value(node, FG.projectCount)
        attrs.update(
            agreementType=_text(graph.value(node, FG.agreementType)),
            date=_text(graph.value(node, DCTERMS.date)),
        )
        if currency:
            attrs.update(amount=amount, currency=currency)
        if isinstance(count, Literal):
            attrs["projectCount"] = int(count.toPython())
    elif kind == "Fair":
        amount, currency = _amount(graph, graph.value(node, FG.totalInvestment))
        edition = graph.value(node, FG.edition)
        count = graph.value(node, FG.signedProjectCount)
        attrs.update(
            startDate=_text(graph.value(node, SCHEMA.startDate)),
            endDate=_text(graph.value(node, SCHEMA.endDate)),
        )
        if isinstance(edition, Literal):
            attrs["edition"] = int(edition.toPython())
        if currency:
            attrs.update(totalInvestment=amount, currency=currency)
        if isinstance(count, Literal):
            attrs["signedProjectCount"] = int(count.toPython())
    elif kind == "Country":
        attrs["isoCode"] = _text(graph.value(node, FG.isoCode))
    return attrs


def _claims(graph: GraphLookups, node: URIRef, titles: dict[URIRef, str]) -> str:
    """Every value the reports give for a property they disagree on, as JSON: ``[{property,
    value, currency, sources: [{document, text}]}]`` (``value`` a number or a date as text)."""
    items = []
    for claim in graph.subjects(FG.claimOf, node):
        prop = graph.value(claim, FG.property)
        if prop is None or (node, FG.conflict, prop) not in graph:
            continue
        given = graph.value(claim, FG.value)
        amount, currency = _amount(graph, given) if isinstance(given, URIRef) else (0.0, "")
        named = graph.value(given, RDFS.label) if isinstance(given, URIRef) else None
        items.append(
            {
                "property": str(prop).rsplit("#", 1)[-1].rsplit("/", 1)[-1],
                "value": amount if currency else _text(named if named is not None else given),
                "currency": currency,
                "sources": json.loads(_sources(graph, claim, titles)),
            }
        )
    items.sort(key=lambda i: json.dumps(i, ensure_ascii=False, sort_keys=True))
    return json.dumps(items, ensure_ascii=False)


def _add_posts(
    graph: GraphLookups, g: nx.MultiDiGraph, kinds: dict[URIRef, str], titles: dict[URIRef, str]
) -> None:
    seen: dict[tuple[str, str], int] = defaultdict(int)
    standing: dict[str, set[str]] = defaultdict(set)
    for membership in sorted(graph.subjects(RDF.type, ORG.Membership), key=str):
        person = graph.value(membership, ORG.member)
        org = graph.value(membership, ORG.organization)
        country = graph.value(membership, FG.represents)
        if org is None and country is None and person in kinds:
            # a post whose body the report does not state (习近平总书记): no edge, its title
            # on the person (``titles``)
            title = graph.value(graph.value(membership, ORG.role), RDFS.label)
            standing[str(person)].add(_text(title))
            continue
        target, kind = (org, "post") if org is not None else (country, "represents")
        if person not in kinds or target not in kinds:
            continue
        role = _text(graph.value(graph.value(membership, ORG.role), RDFS.label))
        pair = (str(person), str(target))
        seen[pair] += 1
        g.add_edge(
            pair[0],
            pair[1],
            key=f"{kind}{seen[pair]}",
            kind=kind,
            label=role,
            sources=_sources(graph, membership, titles),
            firstSeen=_text(graph.value(membership, FG.firstSeen)),
            lastSeen=_text(graph.value(membership, FG.lastSeen)),
        )
    for holder, roles in sorted(standing.items()):
        g.nodes[holder]["titles"] = json.dumps(sorted(roles), ensure_ascii=False)
