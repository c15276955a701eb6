"""A fair's first or last day told only by its weekday, in a report that dates neither day
(sentences written for these tests): the one day with that weekday among those the series
opens or closes on in the edition's year (``en/data/fair_calendar.tsv``, generated from the
Chinese lexicon's calendar)."""

from __future__ import annotations

import pytest
from en_helpers import extract

from fairgraph.en.lexicon import load_lexicon
from fairgraph.model import PartialDate
from fairgraph.resolve import resolve


def _dates(text: str) -> set[tuple[PartialDate | None, PartialDate | None]]:
    res = resolve([extract(text)])
    return {(f.start_date, f.end_date) for f in res.fairs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUANGZHOU -- The country's largest trade fair wrapped up its 134th session on "
            "Saturday, with more overseas buyers than last autumn, organizers of the China Import "
            "and Export Fair said.",
            (None, PartialDate(2023, 11, 4)),
        ),
        (
            "The 25th China Hi-Tech Fair opened in Shenzhen on Wednesday and runs until Sunday, "
            "with 5,000 exhibitors from 100 countries.",
            (PartialDate(2023, 11, 15), PartialDate(2023, 11, 19)),
        ),
    ],
)
def test_a_weekday_is_the_one_day_of_the_series_window(
    text: str, expected: tuple[PartialDate | None, PartialDate | None]
) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        # September holds four Saturdays: no day
        "The 20th China-ASEAN Expo opened in Nanning on Saturday with a record 3,000 exhibitors.",
        # a series whose calendar moves from year to year: no day
        "The 3rd China-Africa Economic and Trade Expo opened in Changsha on Thursday.",
    ],
)
def test_no_day_where_the_window_is_not_one_week_or_not_known(text: str) -> None:
    assert _dates(text) <= {(None, None)}


def test_every_calendar_series_is_a_known_english_series() -> None:
    lex = load_lexicon()
    assert lex.calendars, "fair_calendar.tsv read"
    assert set(lex.calendars) <= set(lex.fairs.values())
