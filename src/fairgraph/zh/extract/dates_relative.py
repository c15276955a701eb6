"""Relative date words: 今天/昨日 …, 本月15日/上月/下月, 当天/同日/次日.

Each is resolved only when what it is relative to is known; otherwise it is no date at all
(a wrong date is worse than none):

* ``今日 今天 昨日 昨天 前日 前天 明日 明天`` count days from the document's day;
* ``本月 上月 下月`` (with or without a day: ``本月15日``, ``上月20号``) count months from the
  document's month; the year follows when the document's year is known;
* ``当天 当日 同日 同一天`` are the day of the last date written before them (a range gives
  no single day), else the document's day; ``次日 翌日`` are the day after that date.

>>> from fairgraph.model import PartialDate
>>> [(d.text, d.date.iso()) for d in relative_dates("上月20日签约，本月开幕", [],
...     PartialDate(2024, 1, 12))]
[('上月20日', '2023-12-20'), ('本月', '2024-01')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from fairgraph.model import DateMention, PartialDate
from fairgraph.zh.extract.numbers import parse_number
from fairgraph.zh.lexicon.tables import day_offsets, time_words_pattern

#: relative day words → offset in days from the reference (``time_words.tsv``)
RELATIVE_DAYS: Mapping[str, int] = day_offsets("report-day")
#: relative month words → offset in months from the reference
RELATIVE_MONTHS: dict[str, int] = {"本月": 0, "上月": -1, "下月": 1, "上个月": -1, "下个月": 1}
#: words for the day of the last date written (当天), or the day after it (次日)
SAME_DAY: Mapping[str, int] = day_offsets("same-day")

_RELATIVE_RE = re.compile(
    r"(?<![目提此以之当空事眼面跟表说证声申指阐查标注透简光文英聪鲜开公发如])"
    r"(?P<rel>" + time_words_pattern("report-day") + ")"
    r"(?![益趋均常渐臻本方企资籍语元韩美中])"
)
_MONTH_RE = re.compile(
    r"(?P<rel>本月|上个?月|下个?月)(?:(?P<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号])?"
    r"(?![0-9０-９份底初末中旬])"
)
# 相当天然, 每当天亮, 不可同日而语: the same characters inside other words
_SAME_RE = re.compile(
    r"(?<![相每适恰妥充担正承抵勾便应])(?P<rel>" + time_words_pattern("same-day") + ")(?!然|而语)"
)


def shift_days(reference: PartialDate, days: int) -> PartialDate | None:
    """``reference`` moved by ``days`` (a year-less day is moved within a leap year)."""
    if reference.month is None or reference.day is None:
        return None
    base_year = reference.year if reference.year is not None else 2000
    try:
        day = dt.date(base_year, reference.month, reference.day) + dt.timedelta(days=days)
    except ValueError:
        return None
    return PartialDate(day.year if reference.year is not None else None, day.month, day.day)


def relative_day(word: str, reference: PartialDate | None) -> PartialDate | None:
    """今天/昨日 … against the reference day; None without one.

    >>> relative_day("昨天", PartialDate(2024, 3, 1))
    PartialDate(year=2024, month=2, day=29)
    >>> relative_day("今天", PartialDate(2024)) is None
    True
    """
    return shift_days(reference, RELATIVE_DAYS[word]) if reference else None


def relative_month(word: str, day: int | None, reference: PartialDate | None) -> PartialDate | None:
    """本月/上月/下月 (and a day in it) against the reference month; None without one.

    >>> relative_month("上月", 20, PartialDate(2024, 1, 5))
    PartialDate(year=2023, month=12, day=20)
    >>> relative_month("本月", None, PartialDate(None, 7, 11))
    PartialDate(year=None, month=7, day=None)
    >>> relative_month("上月", 31, PartialDate(2024, 3, 5)) is None
    True
    """
    if reference is None or reference.month is None:
        return None
    index = reference.month - 1 + RELATIVE_MONTHS[word]
    year = reference.year + index // 12 if reference.year is not None else None
    month = index % 12 + 1
    if day is None:
        return PartialDate(year, month)
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def same_day(
    word: str, before: Sequence[DateMention], reference: PartialDate | None
) -> PartialDate | None:
    """当天/同日 (and 次日): the day of the last date in ``before``, else the reference day.

    >>> d = DateMention(0, 5, "7月9日", PartialDate(2024, 7, 9))
    >>> same_day("当天", [d], PartialDate(2024, 7, 12)), same_day("次日", [d], None)
    (PartialDate(year=2024, month=7, day=9), PartialDate(year=2024, month=7, day=10))
    """
    last = before[-1] if before else None
    if last is not None:
        if last.end_date is not None or last.date.day is None:
            return None  # 11日至15日 … 当天: which day is not said
        anchor: PartialDate | None = last.date
    else:
        anchor = reference
    return shift_days(anchor, SAME_DAY[word]) if anchor else None


#: 开幕当天 / 开幕式当日: the day of the opening, wherever later dates were written
_OPENING_BEFORE = re.compile(r"开幕(?:式)?(?:的)?$")


def opening_dates(text: str, before: Sequence[DateMention], at: int) -> list[DateMention]:
    """The dates 当天 at ``at`` may refer to: for 开幕当天, only those an opening follows in
    their sentence (…24日开幕，展会持续至28日。开幕当天 → 24日); else ``before`` itself.

    >>> t = "博览会24日开幕，持续至28日。开幕当天签约"
    >>> ds = [DateMention(3, 6, "24日", PartialDate(2024, 8, 24)),
    ...       DateMention(12, 15, "28日", PartialDate(2024, 8, 28))]
    >>> [d.text for d in opening_dates(t, ds, t.index("当天"))]
    ['24日']
    """
    if not _OPENING_BEFORE.search(text, max(0, at - 4), at):
        return list(before)
    opened = []
    for d in before:
        rest = re.split(r"[。；！？\n]", text[d.end : d.end + 40], maxsplit=1)[0]
        if "开幕" in rest:
            opened.append(d)
    return opened or list(before)


def _day_number(text: str | None) -> int | None:
    value = parse_number(text) if text else None
    return int(value) if value is not None and value == value.to_integral_value() else None


def relative_dates(
    text: str, absolute: Sequence[DateMention], reference: PartialDate | None
) -> list[DateMention]:
    """Relative date mentions of ``text`` that can be resolved, with ``absolute`` (the
    calendar dates found in it) minus those a relative month contains (本月|15日), in order."""
    found: list[DateMention] = []
    for m in _MONTH_RE.finditer(text):
        word = m.group("rel").replace("个", "")
        date = relative_month(word, _day_number(m.group("d")), reference)
        if date is not None:
            found.append(DateMention(m.start(), m.end(), m.group(0), date))
    kept = [d for d in absolute if not any(f.start <= d.start < f.end for f in found)]
    for m in _RELATIVE_RE.finditer(text):
        date = relative_day(m.group("rel"), reference)
        if date is not None:
            found.append(DateMention(m.start(), m.end(), m.group(0), date))
    out = sorted(kept + found, key=lambda d: (d.start, d.end))
    for m in _SAME_RE.finditer(text):
        before = opening_dates(text, [d for d in out if d.end <= m.start()], m.start())
        date = same_day(m.group("rel"), before, reference)
        if date is not None:
            out.append(DateMention(m.start(), m.end(), m.group(0), date))
            out.sort(key=lambda d: (d.start, d.end))
    return out
