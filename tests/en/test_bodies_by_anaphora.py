"""Bodies of posts and signings named by anaphora or by a short form (round 9 of issue 14),
each on sentences written for these tests: "the company" after a company is named, a
company's possessive before a title and a name, "X, whose vice-president A", a company named
again without its legal ending, and a government with the city it sits in glued on."""

from __future__ import annotations

import pytest
from en_helpers import extract
from test_more_general_forms import resolved_posts

from fairgraph.resolve import resolve

ACME = "Acme Solar (Group) Co., Ltd."
DATELINE = "SHENZHEN, May 3 (Xinhua) -- "  # a report's first line that names no company


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            DATELINE
            + f"The province signed an agreement with {ACME} on Monday. Ding Hao, chairwoman of"
            " the company, attended.",
            ("Ding Hao", "chairwoman", ACME),
        ),
        (
            DATELINE
            + f"{ACME} signed a deal with Beta Bank. Ding Hao, the company's general manager, and"
            " Ana Lopes, president of Beta Bank, attended.",
            ("Ding Hao", "general manager", ACME),
        ),
        (
            "The deal was signed by Ana Lopes for Beta Bank and by Gamma Steel's general manager,"
            " Ding Hao.",
            ("Ding Hao", "general manager", "Gamma Steel"),
        ),
        (
            "The city also signed a framework agreement with Delta Power Investment Corp, whose"
            " vice-president Ding Hao said the plant would open in May.",
            ("Ding Hao", "vice-president", "Delta Power Investment Corp"),
        ),
    ],
)
def test_a_posts_body_named_by_anaphora_or_a_possessive(
    text: str, post: tuple[str, str, str]
) -> None:
    assert post in resolved_posts(text), resolved_posts(text)


def test_a_company_named_again_without_its_legal_ending_is_the_company() -> None:
    text = (
        DATELINE
        + f"{ACME} signed a deal with Beta Bank on Monday. Ding Hao, Party secretary and chairman"
        " of the board of Acme Solar, signed it."
    )
    x = extract(text)
    assert not any(m.type == "Person" and "Acme" in m.text for m in x.mentions)
    assert ("Ding Hao", "chairman of the board", ACME) in resolved_posts(text)


def test_the_company_signs_as_the_company_the_report_names() -> None:
    text = (
        DATELINE
        + f"{ACME} opened a plant in Ordos. The Ordos Municipal People's Government also signed"
        " a project agreement with the company on a hydrogen project."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    signed = {frozenset(label[k] for k in a.parties) for a in res.agreements}
    assert frozenset({"Ordos Municipal People's Government", ACME}) in signed, signed


def test_the_company_with_no_company_named_names_nobody() -> None:
    text = (
        DATELINE
        + "Ding Hao, chairwoman of the company, said the city signed an agreement with the company."
    )
    assert not any(m.origin == "anaphora" for m in extract(text).mentions)


def test_a_government_with_the_city_it_sits_in_is_the_government_and_the_city() -> None:
    text = (
        DATELINE
        + f"{ACME} signed a cooperation agreement with the Ningxia Hui Autonomous Region People's"
        " Government in Yinchuan on Thursday."
    )
    found = {(m.text, m.type) for m in extract(text).mentions}
    assert ("Ningxia Hui Autonomous Region People's Government", "Organization") in found, found
    assert ("Yinchuan", "Place") in found, found


def test_an_owner_in_apposition_before_the_verb_signs_nothing() -> None:
    text = (
        DATELINE
        + f"{ACME}, the listed solar arm of Acme Holdings Corporation, on Thursday signed an"
        " agreement with Beta Bank."
    )
    signed = {frozenset(m.text for m in a.parties) for a in extract(text).agreements}
    assert signed == {frozenset({ACME, "Beta Bank"})}, signed


#: one rule for "the company" (a signing's or a post's body) and for "the company's"/"its"
#: before a title: the company named nearest before in the paragraph, else the report's first
BETA = "Beta Wind Power Co., Ltd."


def test_the_company_in_a_paragraph_naming_a_second_company_is_the_nearest() -> None:
    text = (
        DATELINE + f"{ACME} signed a deal with Beta Bank on Monday.\n\nThe Ordos Municipal People's"
        f" Government signed a contract with {BETA}. Ding Hao, chairwoman of the company,"
        " attended, and the city also signed a project agreement with the company."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    signed = {frozenset(label[k] for k in a.parties) for a in res.agreements}
    assert frozenset({"Ordos Municipal People's Government", BETA}) in signed, signed
    assert not any(
        ACME in pair and "Ordos Municipal People's Government" in pair for pair in signed
    )
    assert ("Ding Hao", "chairwoman", BETA) in resolved_posts(text)


def test_the_company_in_a_paragraph_naming_none_is_the_reports_first() -> None:
    text = (
        DATELINE
        + f"{ACME} signed a deal with the Ordos Municipal People's Government on Monday. Ding"
        f" Hao, deputy general manager of {BETA}, attended.\n\nThe Baotou Municipal People's"
        " Government also signed a project agreement with the company. Li Na, the company's"
        " general manager, said the plant would open in May."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    signed = {frozenset(label[k] for k in a.parties) for a in res.agreements}
    assert frozenset({"Baotou Municipal People's Government", ACME}) in signed, signed
    assert ("Li Na", "general manager", ACME) in resolved_posts(text)


def test_its_title_takes_the_nearest_company_of_the_paragraph() -> None:
    text = (
        DATELINE
        + f"{ACME} signed a deal with the Ordos Municipal People's Government. {BETA} and its"
        " chairman Wang Qiang attended."
    )
    assert ("Wang Qiang", "chairman", BETA) in resolved_posts(text)
