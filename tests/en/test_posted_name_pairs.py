"""A title posted to a country followed by two names joined by "and" (Portuguese Ambassador to
China A B and C D, president of …): both are people, the first holds the title. Names and
sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract


def test_both_names_after_a_posted_title_are_people() -> None:
    ex = extract(
        "Portuguese Ambassador to China Rui Barros and Ana Teixeira, president of the Lisbon"
        " Cork Association, led a delegation."
    )
    people = {m.text for m in ex.mentions if m.type == "Person"}
    assert {"Rui Barros", "Ana Teixeira"} <= people
    assert ("Rui Barros", "Ambassador") in {(p.person.text, p.role.text) for p in ex.posts}


def test_one_name_after_a_posted_title_is_still_read() -> None:
    ex = extract("Portuguese Ambassador to China Rui Barros attended the opening.")
    assert [m.text for m in ex.mentions if m.type == "Person"] == ["Rui Barros"]
