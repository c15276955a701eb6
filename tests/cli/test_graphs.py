"""query, queries, validate and explain from the command line (fairgraph.cli.graphs)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import Build, run_cli


def test_validate_the_sample_build_exits_zero(sample_build: Build) -> None:
    result = run_cli("validate", sample_build.ttl)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


# ---- query -----------------------------------------------------------------------------------

SAVED = ("officials", "agreements", "fairs")


def _entity_label(sample_build: Build) -> str:
    rows = json.loads(run_cli("query", sample_build.ttl, "officials", "--format", "json").stdout)
    return rows["results"]["bindings"][0]["organization"]["value"]


@pytest.mark.parametrize("name", [*SAVED, "entity"])
def test_saved_query_json_has_rows(sample_build: Build, name: str) -> None:
    extra = ("--bind", f"label={_entity_label(sample_build)}") if name == "entity" else ()
    result = run_cli("query", sample_build.ttl, name, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["head"]["vars"]
    bindings = data["results"]["bindings"]
    assert bindings, f"saved query {name} returned no rows"
    assert all(set(row) <= set(data["head"]["vars"]) for row in bindings)


@pytest.mark.parametrize("name", [*SAVED, "entity"])
def test_saved_query_csv_and_table_have_the_same_rows(sample_build: Build, name: str) -> None:
    extra = ("--bind", f"label={_entity_label(sample_build)}") if name == "entity" else ()
    as_json = json.loads(
        run_cli("query", sample_build.ttl, name, "--format", "json", *extra).stdout
    )
    n = len(as_json["results"]["bindings"])
    result = run_cli("query", sample_build.ttl, name, "--format", "csv", *extra)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == as_json["head"]["vars"]
    assert len(rows) == n + 1
    tsv = run_cli("query", sample_build.ttl, name, "--format", "tsv", *extra).stdout
    tsv_rows = [line.split("\t") for line in tsv.rstrip("\n").split("\n")]
    assert tsv_rows[0] == ["?" + v for v in as_json["head"]["vars"]] and len(tsv_rows) == n + 1
    jsonl = run_cli("query", sample_build.ttl, name, "--format", "jsonl", *extra).stdout
    objects = [json.loads(line) for line in jsonl.splitlines() if line]
    assert len(objects) == n
    for obj, row in zip(objects, as_json["results"]["bindings"], strict=True):
        assert set(obj) == set(row)  # every bound variable, IRIs in full as in json
        assert all(str(obj[k]) == row[k]["value"] for k in row if row[k]["type"] == "uri")
    table = run_cli("query", sample_build.ttl, name, *extra)
    assert table.exit_code == 0, table.output
    lines = table.stdout.rstrip("\n").split("\n")
    assert lines[0].split() == as_json["head"]["vars"]
    assert set(lines[1]) <= {"-", " "}
    assert len(lines) == n + 2
    assert table.stdout.endswith("\n"), "the table should end with a newline"


def test_entity_query_only_shows_the_bound_entity(sample_build: Build) -> None:
    label = _entity_label(sample_build)
    data = json.loads(
        run_cli(
            "query", sample_build.ttl, "entity", "--format", "json", "--bind", f"label={label}"
        ).stdout
    )
    entities = {row["entity"]["value"] for row in data["results"]["bindings"]}
    assert len(entities) == 1
    labels = [
        row["value"]["value"]
        for row in data["results"]["bindings"]
        if row["property"]["value"].endswith("#label")
    ]
    assert label in labels


def test_fairs_query_works_when_a_fair_has_no_location(tiny_build: Build) -> None:
    """A fair without schema:location must not break the saved `fairs` query."""
    result = run_cli("query", tiny_build.ttl, "fairs", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"]


def test_query_sparql_text_and_rq_file(sample_build: Build, tmp_path: Path) -> None:
    sparql = "SELECT ?c ?iso WHERE { ?c a schema:Country ; fg:isoCode ?iso } ORDER BY ?iso"
    inline = run_cli("query", sample_build.ttl, sparql, "--format", "csv")
    assert inline.exit_code == 0, inline.output
    codes = [row[1] for row in csv.reader(io.StringIO(inline.stdout))][1:]
    assert codes and all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    (tmp_path / "q.rq").write_text(sparql, encoding="utf-8")
    from_file = run_cli("query", sample_build.ttl, tmp_path / "q.rq", "--format", "csv")
    assert from_file.stdout == inline.stdout


def test_queries_lists_the_saved_queries() -> None:
    result = run_cli("queries")
    assert result.exit_code == 0
    names = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert {"officials", "agreements", "fairs", "entity"} <= names


# ---- explain ---------------------------------------------------------------------------------


def test_explain_prints_types_and_mentions(tiny_build: Build) -> None:
    from rdflib import RDF, RDFS

    from fairgraph.namespaces import ORG

    graph = tiny_build.graph()
    member = sorted(graph.subjects(RDF.type, ORG.Membership))[0]
    person = graph.value(member, ORG.member)
    label = str(graph.value(person, RDFS.label))
    result = run_cli("explain", label, "-g", tiny_build.ttl)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(label)
    assert "schema:Person" in result.stdout
    assert re.search(r"mentions \(\d+\):", result.stdout)
    role = graph.value(graph.value(member, ORG.role), RDFS.label)
    assert str(role) in result.stdout


def test_explain_unknown_label_is_a_one_line_error(tiny_build: Build) -> None:
    from conftest import assert_one_line_error

    result = run_cli("explain", "不存在的实体名称", "-g", tiny_build.ttl)
    assert_one_line_error(result, exit_code=1, naming="不存在的实体名称")
