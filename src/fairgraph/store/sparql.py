"""SPARQL on an Oxigraph store: fairgraph's prefixes, pre-bound variables, and results as
the rdflib terms that :func:`fairgraph.query.sparql.format_result` renders.

>>> st = ox.Store()
>>> st.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("v")))
>>> bool(run_query(st, "ASK { ?s ?p 'v' }"))
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Union

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Identifier

from fairgraph.errors import QueryError
from fairgraph.namespaces import PREFIXES
from fairgraph.query.guard import check_variable_name, refuse_outbound
from fairgraph.store.errors import first_line
from fairgraph.store.terms import TermConverter, to_rdflib

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]  # noqa: UP007


def sparql_prefixes() -> dict[str, str]:
    """Prefix → namespace of every prefix fairgraph predeclares in queries."""
    return {p: str(ns) for p, ns in PREFIXES.items()}


def run_query(
    oxstore: ox.Store, sparql: str, bindings: Mapping[str, object] | None = None
) -> QueryResult:
    """Run ``sparql`` on ``oxstore`` with the union default graph; QueryError when malformed.

    ``bindings`` pre-bind variables (rdflib terms, or plain values taken as literals).
    """
    if bindings:
        sparql = bind_values(sparql, bindings)
    refuse_outbound(sparql)
    try:
        return oxstore.query(sparql, prefixes=sparql_prefixes(), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL query: {first_line(exc)}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {first_line(exc)}") from exc


_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def bind_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """Pre-bind variables the way rdflib's ``initBindings`` does: a ``VALUES`` block opening
    the query's WHERE group, so FILTERs and the projection all see the value.

    >>> bind_values("SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?v) }", {"v": "甲"})
    'SELECT ?s WHERE { VALUES (?v) { ("甲") } ?s ?p ?o FILTER(?o = ?v) }'
    """
    convert = TermConverter()
    names = " ".join(f"?{check_variable_name(k)}" for k in bindings)
    terms = " ".join(
        str(convert(v if isinstance(v, Identifier) else Literal(v))) for v in bindings.values()
    )
    at = _where_brace(sparql)
    return f"{sparql[: at + 1]} VALUES ({names}) {{ ({terms}) }}{sparql[at + 1 :]}"


def _where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the outermost WHERE group (skipping a CONSTRUCT template,
    comments, strings and IRIs)."""
    i, depth, skip_template = 0, 0, None
    while i < len(sparql):
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = len(sparql) if end < 0 else end
            continue
        if ch in "\"'":
            j = i + 1
            while j < len(sparql) and sparql[j] != ch:
                j += 2 if sparql[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "<":
            iri = _IRI.match(sparql, i)
            if iri:
                i = iri.end()
                continue
        if skip_template is None and ch.isalpha():
            word = re.match(r"[A-Za-z]+", sparql[i:])
            if word and word.group(0).upper() in ("SELECT", "ASK", "DESCRIBE", "CONSTRUCT"):
                rest = sparql[i + len(word.group(0)) :].lstrip()
                skip_template = word.group(0).upper() == "CONSTRUCT" and rest.startswith("{")
            if word:
                i += len(word.group(0))
                continue
        if ch == "{":
            if skip_template and depth == 0:
                depth = 1
            elif depth:
                depth += 1
            else:
                return i
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                skip_template = False
        i += 1
    raise QueryError("cannot bind variables: the query has no WHERE group")


def result_rows(result: QueryResult) -> tuple[list[str], list[tuple[Any, ...]]]:
    """SELECT solutions as (variable names, rows of rdflib terms) for rdflib-style formatters.

    >>> st = ox.Store()
    >>> st.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("v")))
    >>> result_rows(run_query(st, "SELECT ?s ?o { ?s ?p ?o }"))
    (['s', 'o'], [(rdflib.term.URIRef('http://e/a'), rdflib.term.Literal('v'))])
    """
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT results have rows")
    names = [v.value for v in result.variables]
    return names, [tuple(to_rdflib(row[i]) for i in range(len(names))) for row in result]


def to_query_result(result: QueryResult) -> Any:
    """A pyoxigraph result as the :class:`fairgraph.query.sparql.QueryResult` that ``format_result``
    renders (SELECT rows, ASK boolean, or CONSTRUCT/DESCRIBE graph, all rdflib terms)."""
    from rdflib import Graph

    from fairgraph.namespaces import bind_prefixes
    from fairgraph.query.sparql import QueryResult as Result

    if isinstance(result, ox.QueryBoolean):
        return Result("ASK", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = bind_prefixes(Graph(bind_namespaces="core"))
        for t in result:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return Result("CONSTRUCT", graph=graph)
    names, rows = result_rows(result)
    return Result("SELECT", tuple(names), tuple(rows))
