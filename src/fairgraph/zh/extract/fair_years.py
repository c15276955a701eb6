"""The year of a fair edition, from the series' founding and cadence (general knowledge).

A report that names 第25届青洽会 but states no year still dates the fair: editions of a
regular series fall in known years. The cadences are data, ``zh/lexicon/data/fair_cadences.tsv``
(one row per run of editions with a steady cadence; a series whose numbering broke has two).

>>> year_of("中国·青海绿色发展投资贸易洽谈会", 25), year_of("中国进出口商品交易会", 136)
(2024, 2024)
>>> year_of("中国—阿拉伯国家博览会", 4), year_of("中国西部国际博览会", 16) is None
(2019, True)
>>> year_of("中国国际投资贸易洽谈会", 13), year_of("中国国际投资贸易洽谈会", 25)  # numbering reset
(2009, 2025)
>>> year_of("中国国际投资贸易洽谈会", 18) is None  # between the two known runs
True

When a series opens and closes is data too (``fair_calendar.tsv``): a day written without its
month (19日闭幕) in a report of an edition whose year is known lies in the month whose opening
or closing days hold it.

>>> month_of("中国进出口商品交易会", 2013, 114, 4), month_of("中国进出口商品交易会", 2013, 114, 15)
(11, 10)
>>> cifit = "中国国际投资贸易洽谈会"
>>> month_of(cifit, 2021, 21, 11), month_of(cifit, 2021, 21, 25)
(9, None)
>>> month_of("中国进出口商品交易会", 2020, 127, 15) is None  # a year the series moved
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from fairgraph.model import FairCalendar, calendar_month
from fairgraph.zh.lexicon.tables import rows


@dataclass(frozen=True)
class Cadence:
    """A run of editions of one series held at a steady interval."""

    series: str
    edition: int  # an edition of the run …
    year: int  # … and the year it was held
    step: float  # years between editions (0.5 = twice a year)
    first: int  # the first edition the cadence holds for
    last: int | None  # the last one, or None for every later edition

    def covers(self, edition: int) -> bool:
        return self.first <= edition and (self.last is None or edition <= self.last)


@cache
def cadences() -> dict[str, tuple[Cadence, ...]]:
    """The cadences of every series in ``fair_cadences.tsv``, by series name."""
    out: dict[str, list[Cadence]] = {}
    for series, edition, year, step, first, last, _source in rows("fair_cadences.tsv", 7):
        run = Cadence(
            series, int(edition), int(year), float(step), int(first), int(last) if last else None
        )
        out.setdefault(series, []).append(run)
    return {s: tuple(r) for s, r in out.items()}


def year_of(series: str, edition: int | None) -> int | None:
    """The year edition ``edition`` of ``series`` was held, when the cadence is known."""
    if edition is None:
        return None
    run = next((r for r in cadences().get(series, ()) if r.covers(edition)), None)
    if run is None:
        return None
    return run.year + int((edition - run.edition) * run.step)


@cache
def calendars() -> dict[str, tuple[FairCalendar, ...]]:
    """The rows of ``fair_calendar.tsv``, by series name."""
    out: dict[str, list[FairCalendar]] = {}
    for series, first, last, editions, opens, closes, _source in rows("fair_calendar.tsv", 7):
        out.setdefault(series, []).append(
            FairCalendar.from_cells(first, last, editions, opens, closes)
        )
    return {s: tuple(r) for s, r in out.items()}


def month_of(series: str, year: int, edition: int | None, day: int) -> int | None:
    """The month a day written alone (19日) of the series' edition of ``year`` falls in."""
    return calendar_month(calendars().get(series, ()), year, edition, day)
