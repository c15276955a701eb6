"""A credit inside a head line of bars (Outlet | date | Reporter: A B) and an author's credit
line (Author: A B): the reporter at the outlet, the author. Reports written for these tests."""

from __future__ import annotations

from en_helpers import posts

BODY = "\n\nAcme signed a deal with Bolt Group in Xining on Monday."


def test_a_reporter_credited_between_bars_is_the_outlets() -> None:
    found = posts("Some Daily | 2024-05-02 | Reporter: Li Xiaomei" + BODY)
    assert ("Li Xiaomei", "Reporter", "Some Daily", None) in found


def test_an_author_line_credits_its_author() -> None:
    found = posts("Xinhua\n\nAuthor: Dana Kerimova" + BODY)
    assert {(p, r) for p, r, _, _ in found} >= {("Dana Kerimova", "Author")}
