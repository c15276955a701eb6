"""Saved queries, query resolution, errors and result formatting."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from fairgraph.errors import QueryError
from fairgraph.graph.io import load_graph
from fairgraph.graph.resources import saved_queries
from fairgraph.query.sparql import (
    display_width,
    format_result,
    resolve_query,
    run_query,
    saved_query_info,
)

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "graphs" / "valid.ttl"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return load_graph(VALID)


def rows(graph: Graph, name: str, **bindings: object) -> list[dict[str, str]]:
    result = run_query(graph, resolve_query(name), bindings or None)
    return [
        {k: str(v) for k, v in zip(result.vars, row, strict=True) if v is not None}
        for row in result.rows
    ]


def test_every_saved_query_parses(graph: Graph) -> None:
    for name in saved_queries():
        assert run_query(graph, resolve_query(name)).kind == "SELECT"
    assert [q.name for q in saved_query_info()] == list(saved_queries())
    assert all(q.title and q.description for q in saved_query_info())


def test_officials(graph: Graph) -> None:
    got = [
        (r["person"], r["role"], r["organization"], r["source"]) for r in rows(graph, "officials")
    ]
    assert got == [
        ("安德森", "驻华大使", "冰岛", "fixtures/fair-report.txt"),
        ("李明", "副厅长", "青海省商务厅", "fixtures/fair-report.txt"),
    ]


def test_agreements(graph: Graph) -> None:
    (row,) = rows(graph, "agreements")
    assert row["parties"] == "中国石油天然气集团有限公司; 青海省人民政府"
    assert (row["amount"], row["currency"], row["projects"]) == ("5000000000", "CNY", "3")
    assert (row["type"], row["date"]) == ("战略合作框架协议", "2024-07-11")
    assert row["fair"].startswith("第25届")


def test_fairs(graph: Graph) -> None:
    (row,) = rows(graph, "fairs")
    assert (row["edition"], row["start"], row["end"]) == ("25", "2024-07-11", "2024-07-15")
    assert (row["location"], row["projects"]) == ("西宁市", "104")
    assert (row["investment"], row["currency"]) == ("91600000000", "CNY")


def test_countries_and_documents(graph: Graph) -> None:
    (country,) = rows(graph, "countries")
    assert (country["label"], country["iso"], country["facts"]) == ("冰岛", "IS", "2")
    (doc,) = rows(graph, "documents")
    assert doc["mentions"] == str(len(list(graph.subjects(None, doc_iri(graph)))))
    assert len(doc["sha256"]) == 64


def doc_iri(graph: Graph):  # type: ignore[no-untyped-def]
    (iri,) = graph.subjects(predicate=None, object=Literal("fixtures/fair-report.txt"))
    return iri


@pytest.mark.parametrize("label", ["青海省政府", Literal("青海省人民政府", lang="zh")])
def test_entity_by_label_or_alt_label(graph: Graph, label: object) -> None:
    got = rows(graph, "entity", label=label)
    assert {r["entity"] for r in got} == {"https://w3id.org/fairgraph/id/org-qh-gov"}
    incoming = [r for r in got if r["direction"] == "in"]
    assert [r["property"].rsplit("#")[-1] for r in incoming] == ["party"]
    assert rows(graph, "entity", label="不存在的机构") == []


def test_resolve_query_variants(tmp_path: Path) -> None:
    text = "SELECT * WHERE { ?s ?p ?o }"
    assert resolve_query(text) == text
    assert resolve_query("# comment\nprefix x: <http://x/>\nASK {}").endswith("ASK {}")
    rq = tmp_path / "mine.rq"
    rq.write_text("ASK { ?s a fg:Agreement }", encoding="utf-8")
    assert resolve_query(str(rq)) == "ASK { ?s a fg:Agreement }"
    with pytest.raises(QueryError, match="officials"):
        resolve_query("no-such-query")
    with pytest.raises(QueryError, match="no such query file"):
        resolve_query(str(tmp_path / "absent.rq"))


def test_syntax_error_reports_user_line_and_column(graph: Graph) -> None:
    with pytest.raises(QueryError) as info:
        run_query(graph, "SELECT ?s\nWHERE {\n  ?s ?p ?o\n  FILTER( }")
    message = str(info.value)
    assert "line 4" in message and "\n" not in message
    with pytest.raises(QueryError, match="nope"):
        run_query(graph, "SELECT * WHERE { ?s nope:p ?o }")


def test_ask_and_construct(graph: Graph) -> None:
    yes = run_query(graph, "ASK { ?a a fg:Agreement ; fg:party ?p }")
    assert format_result(yes) == "true"
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    no = run_query(graph, "ASK { ?a a schema:Nothing }")
    assert format_result(no, "csv") == "false"
    built = run_query(graph, "CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }")
    assert built.graph is not None and len(built.graph) == 2
    again = Graph().parse(data=format_result(built), format="turtle")
    assert len(again) == 2


def test_table_aligns_cjk_columns(graph: Graph) -> None:
    text = format_result(run_query(graph, resolve_query("officials")), "table")
    lines = text.splitlines()
    assert len(lines) == 4 and set(lines[1]) <= {"-", " "}
    role_col = display_width(lines[0][: lines[0].index("role")])
    for line in lines[2:]:
        role = line.split()[1]
        assert display_width(line[: line.index(role)]) == role_col


def test_json_and_csv_follow_sparql_results_formats(graph: Graph) -> None:
    result = run_query(
        graph, "SELECT ?c ?l ?iso WHERE { ?c a schema:Country ; rdfs:label ?l ; fg:isoCode ?iso } "
    )
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"] == ["c", "l", "iso"]
    (b,) = doc["results"]["bindings"]
    assert b["c"] == {"type": "uri", "value": "https://w3id.org/fairgraph/id/country-is"}
    assert b["l"] == {"type": "literal", "value": "冰岛", "xml:lang": "zh"}
    assert b["iso"]["type"] == "literal"
    text = format_result(result, "csv")
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text))) == [
        ["c", "l", "iso"],
        ["https://w3id.org/fairgraph/id/country-is", "冰岛", "IS"],
    ]
    with pytest.raises(QueryError):
        format_result(result, "xml")


def test_display_width() -> None:
    assert display_width("第25届") == 6
    assert display_width("·") == 1
