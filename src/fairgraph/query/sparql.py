"""Resolve, run and format SPARQL queries over a fairgraph graph.

The fairgraph prefixes (``fg:``, ``fgid:``, ``schema:``, ``org:``, ``prov:`` …) are declared for
every query, so users may leave out the PREFIX lines.

>>> from rdflib import Graph
>>> g = Graph().parse(data='<https://w3id.org/fairgraph/id/a> a <https://schema.org/Person> .')
>>> r = run_query(g, "SELECT ?p WHERE { ?p a schema:Person }")
>>> r.vars, len(r.rows)
(('p',), 1)
>>> print(format_result(r, "table"))
p
------
fgid:a
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as TypingLiteral

from pyparsing import ParseBaseException
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from fairgraph.errors import QueryError
from fairgraph.graph.resources import saved_queries
from fairgraph.namespaces import bind_prefixes, sparql_prologue
from fairgraph.query.guard import check_variable_name, refuse_outbound

ResultFormat = TypingLiteral["table", "csv", "tsv", "json", "jsonl"]
#: every result format, in the order the CLI offers them
RESULT_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
_QUERY_START = re.compile(
    r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class QueryResult:
    """The evaluated result of a query: rows for SELECT, a boolean for ASK, a graph otherwise."""

    kind: str  # "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE"
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


@dataclass(frozen=True)
class SavedQuery:
    """A saved query file and the ``# title:`` / ``# description:`` lines at its top."""

    name: str
    title: str
    description: str
    path: Path


def saved_query_info() -> list[SavedQuery]:
    """Every saved query with its title and description, sorted by name.

    >>> [q.name for q in saved_query_info()][:2]
    ['agreements', 'conflicts']
    """
    out = []
    for name, path in saved_queries().items():
        meta = {"title": "", "description": ""}
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"#\s*(title|description)\s*:\s*(.*)", line)
            if m:
                meta[m.group(1)] = m.group(2).strip()
            elif line.strip() and not line.startswith("#"):
                break
        out.append(SavedQuery(name, meta["title"], meta["description"], path))
    return out


def resolve_query(arg: str) -> str:
    """SPARQL text for ``arg``: the query itself, a path to a ``.rq`` file, or a saved query name.

    >>> resolve_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    >>> resolve_query("officials").lstrip().startswith("# title:")
    True
    """
    if _QUERY_START.match(arg):
        return arg
    saved = saved_queries()
    path = Path(arg)
    if arg in saved:
        path = saved[arg]
    elif not path.is_file():
        if path.suffix.lower() in (".rq", ".sparql") or "/" in arg or "\\" in arg:
            raise QueryError("no such query file", source=arg)
        names = ", ".join(saved) or "(none)"
        raise QueryError(
            f"unknown query {arg!r}: not SPARQL, not a file, not a saved query; saved: {names}"
        )
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file: {exc}", source=str(path)) from None


def _term(value: object) -> Identifier:
    if isinstance(value, Identifier):
        return value
    return Literal(value)


def run_query(
    graph: Graph, sparql: str, bindings: Mapping[str, object] | None = None
) -> QueryResult:
    """Run ``sparql`` on ``graph``; ``bindings`` pre-bind variables (plain values → literals).

    Raises :class:`QueryError` with a one-line message on a syntax or evaluation error.
    """
    prologue = sparql_prologue()
    offset = prologue.count("\n")
    init = {check_variable_name(k): _term(v) for k, v in (bindings or {}).items()}
    refuse_outbound(sparql)
    try:
        result = graph.query(prologue + sparql, initBindings=init)
        kind = str(result.type)
        if kind == "SELECT":
            names = tuple(str(v) for v in (result.vars or ()))
            rows = tuple(tuple(row) for row in result)  # type: ignore[arg-type]
            return QueryResult(kind, names, rows)
        if kind == "ASK":
            return QueryResult(kind, boolean=bool(result.askAnswer))
        out = bind_prefixes(Graph(bind_namespaces="core"))
        for triple in result:
            out.add(triple)  # type: ignore[arg-type]
        return QueryResult(kind, graph=out)
    except ParseBaseException as exc:
        line = max(1, exc.lineno - offset)
        where = f"line {line}, column {exc.col}"
        raise QueryError(f"SPARQL syntax error at {where}: {exc.msg}") from None
    except Exception as exc:  # rdflib raises bare Exceptions for e.g. unknown prefixes
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"SPARQL error: {detail}") from None


def _short(term: Node | None, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term).strip("<>")
        except Exception:  # pragma: no cover - odd IRIs
            return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide and full-width (CJK) characters count twice.

    >>> display_width("abc"), display_width("青海")
    (3, 4)
    """
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _table(result: QueryResult) -> str:
    names = bind_prefixes(Graph(bind_namespaces="core"))
    cells = [[_short(v, names).replace("\n", " ") for v in row] for row in result.rows]
    widths = [display_width(v) for v in result.vars]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(result.vars, widths, strict=True))]
    lines.append("  ".join("-" * max(w, 1) for w in widths))
    lines.extend("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)) for row in cells)
    return "\n".join(line.rstrip() for line in lines)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _csv_term(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


_BARE = frozenset({XSD.integer, XSD.decimal, XSD.double, XSD.boolean})


def _tsv_term(term: Node | None) -> str:
    """A term as SPARQL 1.1 TSV writes it: N-Triples syntax (``<iri>``, ``"text"@zh``)."""
    if isinstance(term, Literal) and term.datatype in _BARE:
        return str(term)
    return "" if term is None else term.n3()


def _jsonl_value(term: Node) -> str | int | float | bool:
    """A plain JSON value: IRIs in full, numbers and booleans as themselves, text as text."""
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool | int | float):
            return value
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as an aligned ``table``, SPARQL 1.1 ``csv``, ``tsv`` or ``json``, or
    ``jsonl`` (one JSON object per row, plain values; for pandas ``read_json(lines=True)``).

    Only ``table`` shortens IRIs with the graph's prefixes; the other formats give them in full.
    ASK gives ``true``/``false`` (or a JSON boolean result); CONSTRUCT and DESCRIBE give Turtle
    (JSON-LD for ``json`` and ``jsonl``).

    >>> r = QueryResult("SELECT", ("n", "x"), ((Literal(3), Literal("青海", lang="zh")),))
    >>> format_result(r, "tsv").splitlines()
    ['?n\\t?x', '3\\t"青海"@zh']
    >>> print(format_result(r, "jsonl"))
    {"n": 3, "x": "青海"}
    """
    from fairgraph.graph.io import serialize_graph

    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use {', '.join(RESULT_FORMATS)}")
    if result.kind == "ASK":
        if fmt in ("json", "jsonl"):
            return json.dumps({"head": {}, "boolean": bool(result.boolean)})
        return "true" if result.boolean else "false"
    if result.graph is not None:
        as_json = fmt in ("json", "jsonl")
        return serialize_graph(result.graph, "json-ld" if as_json else "turtle").decode()
    if fmt == "table":
        return _table(result)
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.vars)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
        return "\n".join(lines)
    if fmt == "jsonl":
        return "\n".join(
            json.dumps(
                {
                    v: _jsonl_value(t)
                    for v, t in zip(result.vars, row, strict=True)
                    if t is not None
                },
                ensure_ascii=False,
            )
            for row in result.rows
        )
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=2)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.vars)
    writer.writerows([_csv_term(t) for t in row] for row in result.rows)
    return buffer.getvalue()
