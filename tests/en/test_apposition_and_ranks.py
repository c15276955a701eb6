"""A country's name or demonym in apposition before a title (one reader for persons and posts),
and the rank words before a title (one list, data/title_leads.tsv). Sentences written for these
tests."""

from __future__ import annotations

from en_helpers import extract, posts


def people(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == "Person"}


def test_a_country_name_in_apposition_keeps_the_person_and_the_post() -> None:
    text = "Tomas Varga, the Slovakia Minister of Trade, said exports had grown."
    assert "Tomas Varga" in people(text)
    found = {(p, r) for p, r, _, _ in posts(text)}
    assert ("Tomas Varga", "Minister of Trade") in found


def test_a_demonym_in_apposition_keeps_the_post() -> None:
    text = "Peter Mwale, Zambian ambassador to China, toured the hall."
    assert {(p, r) for p, r, _, _ in posts(text)} == {("Peter Mwale", "ambassador")}


def test_a_firm_word_in_apposition_is_no_country() -> None:
    text = "Rob Kettle, the Acme Minister of Fun, said nothing."
    assert not any(c == "Acme" for _, _, _, c in posts(text))


def test_rank_words_belong_to_the_title_and_open_no_name() -> None:
    text = "Interim Deputy Director of the Hanford Trade Bureau Jonas Pike spoke at the fair."
    assert any(r.startswith("Interim Deputy Director") for _, r, _, _ in posts(text))
    assert not any(name.split()[0] == "Interim" for name in people(text))


def test_national_before_a_title_is_part_of_it() -> None:
    text = (
        "The Hanford Trade Council (HTC) sent a team. HTC National President Mary Dunne led the"
        " delegation."
    )
    assert ("Mary Dunne", "National President", "HTC", None) in posts(text)
