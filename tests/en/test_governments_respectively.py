"""Places listed after "the municipal governments of" are each its city's government, named as
English news writes it (Xining municipal government), never by the city's bare name; a city's
CPC committee under both English orders. Sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract
from rdflib import RDF, Graph

from fairgraph.graph.build import build_graph
from fairgraph.namespaces import ORG, SKOS

TEXT = (
    "At the opening, the municipal governments of Xining, Baiyin and Dingxi signed deals with"
    " Acme Group, Bolt Co., Ltd. and Corex Group respectively."
)


def org_names(graph: Graph) -> set[str]:
    return {
        str(name)
        for node in graph.subjects(RDF.type, ORG.Organization)
        for name in graph.objects(node, SKOS.altLabel)
    }


def test_each_listed_city_is_its_government_under_its_running_text_name() -> None:
    names = org_names(build_graph([extract(TEXT)]))
    assert {
        "Xining municipal government",
        "Baiyin municipal government",
        "Dingxi municipal government",
    } <= names
    assert not {"Xining", "Baiyin", "Dingxi"} & names


def test_the_governments_sign_with_the_companies_respectively() -> None:
    pairs = {(a.parties[0].text, a.parties[1].text) for a in extract(TEXT).agreements}
    assert pairs == {
        ("Xining", "Acme Group"),
        ("Baiyin", "Bolt Co., Ltd."),
        ("Dingxi", "Corex Group"),
    }


def test_a_city_committee_carries_both_english_orders_on_its_chinese_key() -> None:
    from fairgraph.resolve import resolve

    for text in (
        "Li Ming, secretary of the CPC Xining Municipal Committee, spoke.",
        "Li Ming, Party chief of Xining, spoke.",
    ):
        (body,) = [e for e in resolve([extract(text)]).entities if e.type == "Organization"]
        assert body.key == "Organization|中国共产党西宁市委员会"
        assert {body.label, *body.alt_labels} >= {
            "Xining Municipal CPC Committee",
            "CPC Xining Municipal Committee",
        }
