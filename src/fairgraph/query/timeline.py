"""``fairgraph timeline LABEL``: a person's or a body's posts, or a fair series' editions, in
date order with the reports that state them.

A post is dated by the reports that assert it (``fg:firstSeen`` … ``fg:lastSeen``) and, where a
report states it, by the start of its tenure; an edition by its start date, else its reports'.
Undated entries come last.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from fairgraph.errors import QueryError
from fairgraph.namespaces import DCTERMS, FG, ORG, PROV, SCHEMA, TIME
from fairgraph.query.explain import find_entities


@dataclass(frozen=True)
class Source:
    """A report that states an entry: its path or URL and its date (ISO, partial or None)."""

    source: str
    date: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One post or one edition, with the dates the reports give it."""

    subject: str  # IRI of the person, body or series the timeline is of
    subject_label: str
    what: str  # 省长 — 甘肃省人民政府, 张三: 省长, 第25届…
    start: str | None  # ISO date (partial where the reports are): first seen, tenure, start
    end: str | None  # last seen, or the edition's end
    sources: tuple[Source, ...]
    node: str  # IRI of the post or the edition
    ended: bool = False  # a report calls the post former (原任, 已调任)

    def format(self) -> str:
        when = self.start or "(undated)"
        if self.end and self.end != self.start:
            when += f" … {self.end}"
        sources = ", ".join(f"{s.source}{' ' + s.date if s.date else ''}" for s in self.sources)
        former = " (former)" if self.ended else ""
        return f"{when:<25}  {self.what}{former}\n{'':<25}  from: {sources}"


def _label(graph: Graph, node: Node | None) -> str:
    value = graph.value(node, RDFS.label) if node is not None else None
    return str(value) if value is not None else str(node)


def _text(value: Node | None) -> str | None:
    return str(value) if isinstance(value, Literal) else None


def _sources(graph: Graph, node: Node) -> tuple[Source, ...]:
    docs = {graph.value(m, FG.document) for m in graph.objects(node, PROV.wasDerivedFrom)}
    found = {
        Source(str(graph.value(d, DCTERMS.source)), _text(graph.value(d, DCTERMS.date)))
        for d in docs
        if d is not None
    }
    return tuple(sorted(found, key=lambda s: (_order(s.date), s.source)))


def _order(date: str | None) -> tuple[int, str]:
    """Dated before undated, dates with a year before month-days, then by text."""
    if date is None:
        return (2, "")
    return (1, date) if date.startswith("--") else (0, date)


def _tenure_start(graph: Graph, post: Node) -> str | None:
    for interval in graph.objects(post, ORG.memberDuring):
        for begin in graph.objects(interval, TIME.hasBeginning):
            for prop in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear):
                value = _text(graph.value(begin, prop))
                if value:
                    return value
    return None


def _ended(graph: Graph, post: Node) -> bool:
    return any(
        True
        for interval in graph.objects(post, ORG.memberDuring)
        for _ in graph.objects(interval, TIME.hasEnd)
    )


def _posts(graph: Graph, node: URIRef) -> list[TimelineEntry]:
    out = []
    held = [(m, "member") for m in graph.subjects(ORG.member, node)]
    for prop in (ORG.organization, FG.represents):
        held += [(m, "body") for m in graph.subjects(prop, node)]
    for post, side in held:
        role = _label(graph, graph.value(post, ORG.role))
        if side == "member":
            where = graph.value(post, ORG.organization) or graph.value(post, FG.represents)
            # a post whose body the report does not state (习近平总书记): the title alone
            what = f"{role} — {_label(graph, where)}" if where is not None else role
        else:
            what = f"{_label(graph, graph.value(post, ORG.member))}: {role}"
        first = _text(graph.value(post, FG.firstSeen))
        start = _tenure_start(graph, post) or first
        sources = _sources(graph, post)
        if start is None and sources:
            start = sources[0].date  # a report dated without a year (--07-15)
        out.append(
            TimelineEntry(
                subject=str(node),
                subject_label=_label(graph, node),
                what=what,
                start=start,
                end=_text(graph.value(post, FG.lastSeen)),
                sources=sources,
                node=str(post),
                ended=_ended(graph, post),
            )
        )
    return out


def _editions(graph: Graph, node: URIRef) -> list[TimelineEntry]:
    series = node if (node, RDF.type, FG.FairSeries) in graph else graph.value(node, FG.editionOf)
    if series is None:
        return []
    out = []
    for edition in graph.subjects(FG.editionOf, series):
        sources = _sources(graph, edition)
        start = _text(graph.value(edition, SCHEMA.startDate))
        if start is None and sources:
            start = sources[0].date
        out.append(
            TimelineEntry(
                subject=str(series),
                subject_label=_label(graph, series),
                what=_label(graph, edition),
                start=start,
                end=_text(graph.value(edition, SCHEMA.endDate)),
                sources=sources,
                node=str(edition),
            )
        )
    return out


def timeline(graph: Graph, label: str) -> list[TimelineEntry]:
    """The posts (of a person or held in a body) and the editions (of a fair series, or of the
    series of a fair) of every entity called ``label``, in date order; QueryError when no
    entity is called so."""
    nodes = find_entities(graph, label)
    if not nodes:
        raise QueryError(
            f"no entity is called {label!r} (try `fairgraph query GRAPH entity --bind label=…`)"
        )
    out: list[TimelineEntry] = []
    seen: set[tuple[str, str]] = set()
    for node in nodes:
        found = [*_posts(graph, node), *_editions(graph, node)]
        found = [e for e in found if (e.subject, e.node) not in seen]
        seen |= {(e.subject, e.node) for e in found}
        out += sorted(found, key=lambda e: (_order(e.start), e.end or "", e.what, e.node))
    return out


def format_timeline(entries: list[TimelineEntry], label: str) -> str:
    """The timeline as text: each entity called ``label`` (namesakes apart), then its entries,
    each with the reports that state it."""
    if not entries:
        return f"{label}: no posts or editions in the graph"
    lines: list[str] = []
    current = None
    for entry in entries:
        if entry.subject != current:
            lines += [""] if lines else []
            lines.append(f"{entry.subject_label}  <{entry.subject}>")
            current = entry.subject
        lines.append("  " + entry.format().replace("\n", "\n  "))
    return "\n".join(lines)
