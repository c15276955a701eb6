"""Parties named bare (issue 14, heldout22): a capitalised name signing "with" another is a
body even when no suffix or lexicon entry says so; a ministry whose portfolio runs on after
"and" stays one body. Sentences written for these tests."""

from __future__ import annotations

import pytest
from en_helpers import extract


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


def kinds(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract(text).mentions}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Bidco Africa signed a letter of intent with Acme Agriculture on seed trials.",
            {"Bidco Africa", "Acme Agriculture"},
        ),
        ("Norvale Power signed with Tesmar Grid on Monday.", {"Norvale Power", "Tesmar Grid"}),
        ("Orbix Telecom inked a pact with Kelmar Foods in May.", {"Orbix Telecom", "Kelmar Foods"}),
    ],
)
def test_bare_names_signing_with_are_bodies(text: str, pair: set[str]) -> None:
    assert pairs(text) == {frozenset(pair)}
    assert all(kinds(text)[name] == "Organization" for name in pair)


def test_country_signing_with_country_stays_countries() -> None:
    text = "Kenya signed with China on trade."
    assert kinds(text) == {"Kenya": "Country", "China": "Country"}


def test_person_signing_with_company_stays_person() -> None:
    assert kinds("Zhang Wei signed with Acme Group.")["Zhang Wei"] == "Person"


def test_meeting_with_is_no_signing() -> None:
    assert not extract("Bidco Africa met with Acme Agriculture.").agreements


def test_ministry_portfolio_runs_on_after_and() -> None:
    text = (
        "The Ruritanian Ministry of Agriculture and Land Reclamation signed a deal with Acme Seeds."
    )
    assert pairs(text) == {
        frozenset({"Ruritanian Ministry of Agriculture and Land Reclamation", "Acme Seeds"})
    }


def test_ministry_and_company_stay_two() -> None:
    found = kinds("The Ruritanian Ministry of Commerce and Acme Group signed a deal.")
    assert found.get("Ruritanian Ministry of Commerce") == "Organization"
    assert found.get("Acme Group") == "Organization"
