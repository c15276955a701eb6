"""``fairgraph explain LABEL``: an entity's names, types, posts, agreements, sources and merges."""

from __future__ import annotations

from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from fairgraph.errors import QueryError
from fairgraph.namespaces import DCTERMS, FG, ORG, PROV, SCHEMA, SKOS


def find_entities(graph: Graph, label: str) -> list[URIRef]:
    """Entities whose label or alternative label is ``label`` (ignoring language tags)."""
    found = {
        s
        for p in (RDFS.label, SKOS.altLabel)
        for s, o in graph.subject_objects(p)
        if isinstance(s, URIRef) and isinstance(o, Literal) and str(o) == label
    }
    found = {
        s
        for s in found
        if (s, RDF.type, FG.Mention) not in graph and (s, RDF.type, ORG.Role) not in graph
    }
    return sorted(found)


def _name(graph: Graph, node: Any) -> str:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def _short_type(graph: Graph, uri: Any) -> str:
    return graph.namespace_manager.normalizeUri(uri)


def explain_entity(graph: Graph, node: URIRef) -> str:
    lines = [f"{_name(graph, node)}  <{node}>"]
    types = sorted(_short_type(graph, t) for t in graph.objects(node, RDF.type))
    lines.append("  types: " + ", ".join(types))
    alts = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
    if alts:
        lines.append("  also called: " + "、".join(alts))
    parties = sorted(_name(graph, p) for p in graph.objects(node, FG.party))
    if parties:
        lines.append("  parties: " + "、".join(parties))
    count = graph.value(node, FG.sourceCount)
    if count is not None:
        lines.append(f"  reports: {count}")
    lines += _differences(graph, node)
    posts = []
    for m in graph.subjects(ORG.member, node):
        role = _name(graph, graph.value(m, ORG.role))
        where = graph.value(m, ORG.organization) or graph.value(m, FG.represents)
        # a post whose body the report does not state (习近平总书记): the title alone
        posts.append(f"{role} — {_name(graph, where)}" if where is not None else role)
    for m in graph.subjects(ORG.organization, node):
        posts.append(
            f"{_name(graph, graph.value(m, ORG.member))}: {_name(graph, graph.value(m, ORG.role))}"
        )
    for m in graph.subjects(FG.represents, node):
        posts.append(
            f"{_name(graph, graph.value(m, ORG.member))}: {_name(graph, graph.value(m, ORG.role))}"
        )
    if posts:
        lines.append("  posts:")
        lines += [f"    {p}" for p in sorted(posts)]
    agreements = []
    for a in graph.subjects(FG.party, node):
        others = sorted(_name(graph, p) for p in graph.objects(a, FG.party) if p != node)
        agreements.append(f"{_name(graph, a)} with {'、'.join(others)}")
    if agreements:
        lines.append("  agreements:")
        lines += [f"    {a}" for a in sorted(agreements)]
    mentions: list[tuple[str, int, str, str]] = []
    for mention in graph.objects(node, PROV.wasDerivedFrom):
        doc = graph.value(mention, FG.document)
        origin = graph.value(doc, DCTERMS.source) if doc is not None else None
        offset = graph.value(mention, FG.start)
        mentions.append(
            (
                str(origin),
                int(str(offset)) if offset is not None else 0,
                str(graph.value(mention, FG.surface) or ""),
                str(graph.value(mention, FG.text) or ""),
            )
        )
    if mentions:
        lines.append(f"  mentions ({len(mentions)}):")
        for src, start, surface, text in sorted(mentions)[:20]:
            lines.append(f"    {src}@{start} «{surface}» {text[:80]}")
        if len(mentions) > 20:
            lines.append(f"    … {len(mentions) - 20} more")
    records = list(graph.objects(node, FG.mergeRecord))
    if records:
        lines.append("  merged because:")
        for record in sorted(records, key=str):
            rule = graph.value(record, FG.mergeRule)
            labels = "、".join(sorted(str(x) for x in graph.objects(record, FG.mergedLabel)))
            labels = labels or "(implied by a title or the report's place)"
            docs = sorted(
                str(graph.value(d, DCTERMS.source)) for d in graph.objects(record, FG.mergedFrom)
            )
            lines.append(f"    {rule}: {labels} (in {', '.join(docs)})")
    return "\n".join(lines)


def _differences(graph: Graph, node: URIRef) -> list[str]:
    """Each property the reports disagree on, with every value and the reports giving it."""
    out = []
    for prop in sorted(graph.objects(node, FG.conflict), key=str):
        values = []
        for claim in graph.subjects(FG.claimOf, node):
            if (claim, FG.property, prop) not in graph:
                continue
            value = graph.value(claim, FG.value)
            shown = str(value)
            if graph.value(value, SCHEMA.value) is not None:
                shown = f"{graph.value(value, SCHEMA.value)} {graph.value(value, SCHEMA.currency)}"
            elif graph.value(value, RDFS.label) is not None:
                shown = str(graph.value(value, RDFS.label))  # a venue
            docs = sorted(
                str(graph.value(graph.value(m, FG.document), DCTERMS.source))
                for m in graph.objects(claim, PROV.wasDerivedFrom)
            )
            values.append(f"{shown} (in {', '.join(docs)})")
        out.append(f"  reports differ on {_short_type(graph, prop)}:")
        out += [f"    {v}" for v in sorted(values)]
    return out


def explain_label(graph: Graph, label: str) -> str:
    """Explanations of every entity called ``label``; QueryError when there is none."""
    nodes = find_entities(graph, label)
    if not nodes:
        raise QueryError(
            f"no entity is called {label!r} (try `fairgraph query GRAPH entity --bind label=…`)"
        )
    return "\n\n".join(explain_entity(graph, n) for n in nodes)
