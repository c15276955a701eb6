"""Check a graph against the fairgraph SHACL shapes (``ontology/shapes.ttl``).

>>> from fairgraph.graph.io import load_graph
>>> from fairgraph.graph.resources import ontology_dir
>>> report = validate_graph(load_graph(ontology_dir().parent / "tests/fixtures/graphs/valid.ttl"))
>>> report.conforms, report.violations
(True, ())
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyshacl
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from fairgraph.errors import FairgraphError
from fairgraph.graph.io import union_graph
from fairgraph.graph.resources import shapes_file
from fairgraph.namespaces import ORG, bind_prefixes

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class Violation:
    """One failed rule: the node it concerns, the property path, what is wrong, how bad."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"  # "Violation", "Warning" or "Info"
    label: str = ""  # a readable name of the focus node


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The parsed SHACL shapes (cached)."""
    path = shapes_file()
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # pragma: no cover - a broken installation
        raise FairgraphError(f"cannot parse the SHACL shapes: {exc}", source=str(path)) from None


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return graph.namespace_manager.normalizeUri(node).strip("<>")
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _label(data: Graph, names: Graph, node: Node) -> str:
    """The node's rdfs:label, or for a blank node "<owner label> <property>"."""
    labels = sorted(str(o) for o in data.objects(node, RDFS.label) if isinstance(o, Literal))  # type: ignore[arg-type]
    if labels:
        return labels[0]
    member = data.value(node, ORG.member)  # type: ignore[arg-type]
    if member is not None:  # a post: "person role"
        role = data.value(data.value(node, ORG.role), RDFS.label)  # type: ignore[arg-type]
        return f"{_label(data, names, member)} {role or ''}".strip() + " post"
    if isinstance(node, BNode):
        owners = sorted(data.subject_predicates(node), key=lambda sp: (str(sp[0]), str(sp[1])))  # type: ignore[arg-type]
        if owners:
            owner, prop = owners[0]
            return f"{_label(data, names, owner)} {_short(names, prop)}"
        kinds = sorted(_short(names, t) for t in data.objects(node, RDF.type))  # type: ignore[arg-type]
        return f"a {kinds[0]}" if kinds else "a blank node"
    return _short(names, node)


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate ``graph`` (a Dataset is validated as the union of its graphs), no inference."""
    data = union_graph(graph)
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        meta_shacl=False,
        advanced=True,
        js=False,
        inplace=True,
    )
    names = bind_prefixes(Graph(bind_namespaces="core"))
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        found.add(
            Violation(
                focus=_short(names, focus) if not isinstance(focus, BNode) else "_:blank",
                path=_short(names, path) if not isinstance(path, BNode) else "(complex path)",
                message=str(message) if message is not None else "constraint not met",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                label=_label(data, names, focus) if focus is not None else "",
            )
        )
    ordered = tuple(sorted(found, key=lambda v: (v.label, v.focus, v.path, v.message)))
    return ValidationReport(conforms=bool(conforms), violations=ordered, text=str(text))


def format_report(report: ValidationReport) -> str:
    """Readable lines, ``focus label — message (path)``, then a summary line.

    >>> print(format_report(ValidationReport(True, (), "")))
    The graph conforms to the fairgraph shapes.
    >>> v = Violation("fgid:a1", "fg:party", "Needs two parties.", label="协议")
    >>> print(format_report(ValidationReport(False, (v,), "")))
    协议 <fgid:a1> — Needs two parties. (fg:party)
    1 violation.
    """
    if report.conforms and not report.violations:
        return "The graph conforms to the fairgraph shapes."
    lines = []
    for v in report.violations:
        who = v.label if v.label == v.focus else f"{v.label} <{v.focus}>"
        if v.focus == "_:blank":
            who = v.label
        prefix = "" if v.severity == "Violation" else f"[{v.severity}] "
        path = f" ({v.path})" if v.path else ""
        lines.append(f"{prefix}{who} — {v.message}{path}")
    count = sum(1 for v in report.violations if v.severity == "Violation")
    lines.append(f"{count} violation{'s' if count != 1 else ''}.")
    return "\n".join(lines)
