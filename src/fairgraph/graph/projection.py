"""The NetworkX projection of the graph: entities as nodes, relations as edges, scalars only.

It is what GraphML, the HTML view and the report are made from. Node ids are entity IRIs.

>>> from rdflib import Graph
>>> project(Graph()).number_of_nodes()
0
"""

from __future__ import annotations

import json
from collections import defaultdict

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from fairgraph.namespaces import DCTERMS, FG, ORG, PROV, SCHEMA, SKOS

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


def _sources(graph: Graph, subject: Node, titles: dict[URIRef, str]) -> str:
    items = []
    for mention in sorted(graph.objects(subject, PROV.wasDerivedFrom), key=str):
        doc = graph.value(mention, FG.document)
        items.append(
            {
                "document": titles.get(doc, _text(doc)) if isinstance(doc, URIRef) else "",
                "text": _text(graph.value(mention, FG.text)),
            }
        )
    unique = {json.dumps(i, ensure_ascii=False, sort_keys=True): i for i in items}
    return json.dumps([unique[k] for k in sorted(unique)], ensure_ascii=False)


def _amount(graph: Graph, node: Node | None) -> tuple[float, str]:
    if node is None:
        return 0.0, ""
    value = graph.value(node, SCHEMA.value)
    return (
        float(value.toPython()) if isinstance(value, Literal) else 0.0,
        _text(graph.value(node, SCHEMA.currency)),
    )


def _document_name(graph: Graph, doc: URIRef) -> str:
    """How a source is shown: its title (else its file), and its date when known
    (某某洽谈会开幕 · 2024-07-11)."""
    name = _text(graph.value(doc, DCTERMS.title) or graph.value(doc, DCTERMS.source))
    date = _text(graph.value(doc, DCTERMS.date))
    if date.startswith("--"):
        date = date[2:]  # a day whose year the report does not give
    return f"{name} · {date}" if date else name


def project(graph: Graph) -> nx.MultiDiGraph:
    """Project an RDF graph in the contract's shape onto a NetworkX multigraph."""
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


def _node_attributes(graph: Graph, node: URIRef, kind: str, titles: dict[URIRef, str]) -> dict:
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


def _claims(graph: Graph, node: URIRef, titles: dict[URIRef, str]) -> str:
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
    graph: Graph, g: nx.MultiDiGraph, kinds: dict[URIRef, str], titles: dict[URIRef, str]
) -> None:
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for membership in sorted(graph.subjects(RDF.type, ORG.Membership), key=str):
        person = graph.value(membership, ORG.member)
        org = graph.value(membership, ORG.organization)
        country = graph.value(membership, FG.represents)
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
