"""A line crediting a reporter who helped (A contributed to this story): a reporter of the
report's outlet, as its byline names it. Report written for these tests."""

from __future__ import annotations

from en_helpers import posts

TEXT = """Hanford signs deals at spring fair

By Mary Dunne in Hanford | China Daily | Updated: 2024-05-02 07:52

Hanford signed 40 deals at the fair on Monday.

Tom Okafor contributed to this story."""


def test_a_contributor_is_a_reporter_of_the_bylines_outlet() -> None:
    found = posts(TEXT)
    assert ("Tom Okafor", "reporter", "China Daily", None) in found
    assert ("Mary Dunne", "reporter", "China Daily", None) in found


def test_a_contribution_in_running_text_is_no_credit() -> None:
    text = TEXT.replace(
        "Tom Okafor contributed to this story.", "Tom Okafor contributed to this story, he said."
    )
    assert not any(p == "Tom Okafor" for p, *_ in posts(text))
