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

The months a series is held in are data too (``fair_months.tsv``): a day written without its
month (19日闭幕) in a report of an edition whose year is known lies in the month that holds it.

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


@dataclass(frozen=True)
class Months:
    """Days of a month a series is held in, in a run of years (and of odd or even editions)."""

    series: str
    first: int  # the first year …
    last: int | None  # … and the last, or None for every later year
    editions: str  # "odd", "even" or "all"
    month: int
    days: tuple[int, int]  # the first and last day of the month it may be held on

    def holds(self, year: int, edition: int | None, day: int) -> bool:
        if not (self.first <= year and (self.last is None or year <= self.last)):
            return False
        if self.editions != "all" and (
            edition is None or (edition % 2 == 1) != (self.editions == "odd")
        ):
            return False
        return self.days[0] <= day <= self.days[1]


@cache
def months() -> dict[str, tuple[Months, ...]]:
    """The rows of ``fair_months.tsv``, by series name."""
    out: dict[str, list[Months]] = {}
    for series, first, last, editions, month, low, high, _source in rows("fair_months.tsv", 8):
        row = Months(
            series,
            int(first),
            int(last) if last else None,
            editions,
            int(month),
            (int(low), int(high)),
        )
        out.setdefault(series, []).append(row)
    return {s: tuple(r) for s, r in out.items()}


def month_of(series: str, year: int, edition: int | None, day: int) -> int | None:
    """The month day ``day`` of ``series``' edition of ``year`` falls in, when its calendar is
    known and a single month holds the day."""
    found = {r.month for r in months().get(series, ()) if r.holds(year, edition, day)}
    return found.pop() if len(found) == 1 else None
