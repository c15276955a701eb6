"""A person's name, then an organisation's name alone before a title in apposition (A B, KAM
Chief Executive, said): the person holds the title at that organisation, its short form read
again where the report wrote it before. Sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract, posts

TEXT = """Hanford makers eye new markets

HANFORD, May 3 -- Forty firms went to the fair this year. The Hanford Association of Makers
(HAM) led the delegation. Ruth Akinyi Wanjala, HAM Chief Executive, said the fair mattered."""


def test_a_name_before_an_organisations_title_is_a_person() -> None:
    assert "Ruth Akinyi Wanjala" in {m.text for m in extract(TEXT).mentions if m.type == "Person"}


def test_the_title_is_held_at_the_organisation_named_between() -> None:
    assert ("Ruth Akinyi Wanjala", "Chief Executive", "HAM", None) in posts(TEXT)
