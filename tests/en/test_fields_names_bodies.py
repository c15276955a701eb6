"""Sixth round of general forms, each on sentences written for these tests: totals of earlier
editions and other editions' guests are not this edition's; Vietnamese, Malay and Uyghur names
kept whole; CCPIT councils, market regulators, free trade zones, development zones and border
ports."""

from __future__ import annotations

from en_helpers import extract

from fairgraph.resolve import resolve


def fields(text: str) -> dict[str, object]:
    """The resolved fields of the one fair ``text`` is about."""
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    (fair,) = res.fairs
    return {
        "edition": fair.edition,
        "end": fair.end_date.iso() if fair.end_date else None,
        "count": fair.signed_project_count,
        "total": fair.total_investment[1].text if fair.total_investment else None,
        "guests": sorted(label[k] for k in fair.guest_countries),
    }


OPENING = "NANNING, Sept. 19, 2023 (Xinhua) -- The 20th China-Pacific Expo concluded on Tuesday.\n"


# fair fields


def test_a_total_of_earlier_editions_is_not_this_editions() -> None:
    for later in (
        "Since its launch in 2004, the expo has seen 1,500 deals worth 600 billion yuan signed.",
        "Over the past nineteen editions, 2,000 projects worth 1.5 trillion yuan were signed.",
        "The expo has seen 900 agreements worth 40 billion yuan signed since 2004.",
        "At last year's expo, 470 projects worth 487 billion yuan were signed.",
        "Cumulatively, contracts valued at 900 billion yuan have been signed at the expo.",
    ):
        got = fields(OPENING + later)
        assert (got["count"], got["total"]) == (None, None), later
        assert got["end"] == "2023-09-19"


def test_this_editions_total_beside_a_comparison_is_kept() -> None:
    got = fields(
        OPENING + "A total of 470 projects worth 487 billion yuan were signed at the expo,"
        " 20 percent more than the previous edition."
    )
    assert (got["count"], got["total"]) == (470, "487 billion yuan")
    got = fields(OPENING[:-1] + " In total, 96 contracts valued at 12 billion yuan were signed.")
    assert (got["count"], got["total"]) == (96, "12 billion yuan")


def test_another_editions_guest_country_is_not_this_editions() -> None:
    assert fields(OPENING + "Fiji was the country of honour of last year's expo.")["guests"] == []
    assert fields(OPENING + "Fiji was the country of honour of this year's expo.")["guests"] == [
        "Fiji"
    ]
