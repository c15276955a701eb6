"""SHACL validation of the contract: the valid fixture conforms, broken variants do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from fairgraph.graph.io import load_graph
from fairgraph.graph.validate import ValidationReport, Violation, format_report, validate_graph
from fairgraph.namespaces import FG, ID, ORG, PROV, SCHEMA

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "graphs" / "valid.ttl"


@pytest.fixture()
def graph() -> Graph:
    return load_graph(VALID)


def test_valid_fixture_conforms(graph: Graph) -> None:
    report = validate_graph(graph)
    assert report.conforms, report.text
    assert report.violations == ()
    assert format_report(report) == "The graph conforms to the fairgraph shapes."


def only(report: ValidationReport) -> Violation:
    assert not report.conforms
    assert len(report.violations) == 1, report.violations
    return report.violations[0]


def test_agreement_with_one_party(graph: Graph) -> None:
    graph.remove((ID["agreement-1"], FG.party, ID["org-cnpc"]))
    v = only(validate_graph(graph))
    assert (v.focus, v.path) == ("fgid:agreement-1", "fg:party")
    assert "two parties" in v.message
    assert v.label == "战略合作框架协议"


def test_amount_without_currency(graph: Graph) -> None:
    amount = graph.value(ID["agreement-1"], FG.investment)
    graph.remove((amount, SCHEMA.currency, None))
    v = only(validate_graph(graph))
    assert v.path == "schema:currency"
    assert v.label == "战略合作框架协议 fg:investment"


def test_bad_currency_code(graph: Graph) -> None:
    amount = graph.value(ID["agreement-1"], FG.investment)
    graph.set((amount, SCHEMA.currency, Literal("yuan")))
    assert only(validate_graph(graph)).path == "schema:currency"


def test_membership_without_role(graph: Graph) -> None:
    graph.remove((ID["post-li-ming"], ORG.role, None))
    v = only(validate_graph(graph))
    assert (v.focus, v.path) == ("fgid:post-li-ming", "org:role")


def test_membership_without_organisation_or_country_conforms(graph: Graph) -> None:
    # a post whose body the report does not state (某某总书记) has neither
    graph.remove((ID["post-andersen"], FG.represents, None))
    assert validate_graph(graph).conforms


def test_membership_with_two_countries(graph: Graph) -> None:
    graph.add((ID["post-andersen"], FG.represents, ID["org-cnpc"]))
    v = only(validate_graph(graph))
    assert (v.focus, v.path) == ("fgid:post-andersen", "fg:represents")


def test_entity_without_provenance(graph: Graph) -> None:
    graph.remove((ID["place-xining"], PROV.wasDerivedFrom, None))
    v = only(validate_graph(graph))
    assert (v.focus, v.path) == ("fgid:place-xining", "prov:wasDerivedFrom")


def test_entity_with_two_labels_or_untagged_label(graph: Graph) -> None:
    rdfs_label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    graph.add((ID["org-cnpc"], rdfs_label, Literal("中国石油", lang="zh")))
    assert only(validate_graph(graph)).path == "rdfs:label"
    graph.remove((ID["org-cnpc"], rdfs_label, Literal("中国石油", lang="zh")))
    graph.set((ID["person-li-ming"], rdfs_label, Literal("李明")))
    assert only(validate_graph(graph)).focus == "fgid:person-li-ming"


@pytest.mark.parametrize(
    ("subject", "prop", "value", "path"),
    [
        ("country-is", FG.isoCode, Literal("ISL"), "fg:isoCode"),
        ("fair-qhf-25", FG.edition, Literal(0), "fg:edition"),
        ("fair-qhf-25", SCHEMA.startDate, Literal("7月11日"), "schema:startDate"),
        ("m-33-35", FG.end, Literal(30), "fg:start"),
        ("doc-69c9f0b887ad0a58", FG.sha256, Literal("abc"), "fg:sha256"),
    ],
)
def test_bad_values(graph: Graph, subject: str, prop: URIRef, value: Literal, path: str) -> None:
    graph.set((ID[subject], prop, value))
    v = only(validate_graph(graph))
    assert (v.focus, v.path) == (f"fgid:{subject}", path)


def test_dataset_is_validated_as_union(graph: Graph) -> None:
    ds = Dataset()
    named = ds.graph(URIRef("https://example.org/g"))
    for triple in graph:
        named.add(triple)
    assert validate_graph(ds).conforms
    named.remove((ID["agreement-1"], FG.agreementType, None))
    assert only(validate_graph(ds)).path == "fg:agreementType"


def test_format_report_lines(graph: Graph) -> None:
    graph.remove((ID["agreement-1"], FG.party, ID["org-cnpc"]))
    graph.remove((ID["place-xining"], PROV.wasDerivedFrom, None))
    report = validate_graph(graph)
    lines = format_report(report).splitlines()
    assert lines[-1] == "2 violations."
    assert any(line.startswith("战略合作框架协议 <fgid:agreement-1> — ") for line in lines)
    assert any(line.endswith("(prov:wasDerivedFrom)") for line in lines)
