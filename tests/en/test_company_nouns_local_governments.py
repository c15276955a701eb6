"""One list of the nouns that describe a company (data/company_nouns.tsv), read before a name,
in apposition and in a list of signers; one owner of a place's government written after the
place (local_government, the pattern find_lower_bodies reads). Sentences written for these
tests."""

from __future__ import annotations

import re

from en_helpers import extract

from fairgraph.en.lexicon import company_nouns, data_rows
from fairgraph.en.recognize import local_government


def kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.subtype) for m in extract(text).mentions}


def test_the_file_marks_each_noun_ahead_or_apposed() -> None:
    rows = data_rows("company_nouns.tsv", 2)
    assert {where for _, where in rows} == {"ahead", "apposed"}
    assert len({noun for noun, _ in rows}) == len(rows)
    assert re.fullmatch(company_nouns(), "start-up")
    assert re.fullmatch(company_nouns(ahead=True), "drugmaker")
    assert not re.fullmatch(company_nouns(ahead=True), "group")


def test_a_noun_before_the_name_makes_it_a_company() -> None:
    assert kinds("Shares of drugmaker Velmora Pharma rose.")["Velmora Pharma"] == (
        "Organization",
        "Company",
    )


def test_a_noun_in_apposition_makes_the_name_a_company() -> None:
    assert kinds("Ardent Cargo, a logistics unicorn, opened a booth.")["Ardent Cargo"] == (
        "Organization",
        "Company",
    )


def test_a_title_after_an_apposed_only_noun_stays_a_title() -> None:
    found = kinds("The bank Governor Ding Hao spoke, and group Chairman Li Wei spoke.")
    assert found["Ding Hao"][0] == "Person" and found["Li Wei"][0] == "Person"
    assert not any(kind == ("Organization", "Company") for kind in found.values())


def test_a_described_party_in_a_list_of_signers_signs() -> None:
    ex = extract("The deal was signed by Velmora Pharma and Croatian food maker Brodvik.")
    assert {(a.parties[0].text, a.parties[1].text) for a in ex.agreements} == {
        ("Velmora Pharma", "Brodvik")
    }


def test_a_places_government_in_capitals_or_lower_case() -> None:
    assert getattr(local_government("Gansu Provincial People's Government"), "name", None) == (
        "Gansu"
    )
    assert getattr(local_government("Xining Municipal CPC Committee"), "name", None) == "Xining"
    assert getattr(local_government("the Xining municipal government"), "name", None) is None
    assert local_government("Velmora Provincial People's Government") is None
