"""A title with its body and holder, then "and" another person's name before that person's own
title: both people, each with their post. Sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract


def people(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == "Person"}


def test_a_holder_then_and_another_person_are_two_people() -> None:
    text = (
        "Prime Minister of Mongolia Batu Erdene and Aibek Toktar, First Vice Prime Minister of"
        " Kyrgyzstan, attended the opening."
    )
    assert {"Batu Erdene", "Aibek Toktar"} <= people(text)
    holders = {(p.person.text, p.role.text) for p in extract(text).posts}
    assert {("Batu Erdene", "Prime Minister"), ("Aibek Toktar", "First Vice Prime Minister")} <= (
        holders
    )


def test_a_body_name_with_and_stays_one_body() -> None:
    text = "Chairman of Acme Group Li Wei and Zhang Hua attended the forum."
    assert {
        (p.person.text, p.organization.text if p.organization else None)
        for p in extract(text).posts
    } == {("Li Wei", "Acme Group")}


def test_a_two_word_demonym_is_no_person() -> None:
    text = "Sri Lankan Minister of Trade Nalin Perera said Sri Lankan tea sold well."
    assert people(text) == {"Nalin Perera"}


def test_a_country_that_is_also_a_demonym_still_owns_its_body() -> None:
    text = "A deal was signed by Acme Port Authority with New Zealand's Port of Tauranga."
    assert "Port of Tauranga" in {m.text for m in extract(text).mentions}


def test_a_big_data_bureau_is_one_body_and_an_acting_title_keeps_its_word() -> None:
    text = (
        "Wang Hong, acting director of the Xining Municipal Bureau of Big Data Development,"
        " said the city grew."
    )
    assert people(text) == {"Wang Hong"}
    assert {(p.person.text, p.role.text) for p in extract(text).posts} == {
        ("Wang Hong", "acting director")
    }


def test_a_chairperson_after_a_bodys_acronym_is_the_bodys() -> None:
    text = "The delegation was led by ZAM Chairperson Peter Mwila Banda."
    assert {
        (p.person.text, p.organization.text if p.organization else None)
        for p in extract(text).posts
    } == {("Peter Mwila Banda", "ZAM")}
