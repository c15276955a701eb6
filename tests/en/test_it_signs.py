""" "It" as the subject of a signing stands for the company named nearest before it in its
paragraph. Sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


def test_it_after_a_company_signs_as_that_company() -> None:
    text = (
        "Quill Motors was among the largest investors. The firm will build a plant in Hanford,"
        " and it signed the investment agreement with the Hanford Trade Bureau on Monday."
    )
    assert pairs(text) == {frozenset({"Quill Motors", "Hanford Trade Bureau"})}
