"""Sums of money and dates in English.

>>> found = find_amounts("about $505 million; 9.16 billion yuan (1.27 billion U.S. dollars)")
>>> [(str(a.value), a.currency, a.approximate) for a in found]
[('505000000', 'USD', True), ('9160000000', 'CNY', False), ('1270000000', 'USD', False)]
>>> [a.text for a in find_amounts("a 10-billion-yuan plant and a 2-million-U.S.-dollar deal")]
['10-billion-yuan', '2-million-U.S.-dollar']
>>> found = find_amounts("US$1.2 billion, RMB 9.16 billion, 30 billion yuan")
>>> [(str(a.value), a.currency) for a in found]
[('1200000000', 'USD'), ('9160000000', 'CNY'), ('30000000000', 'CNY')]
>>> dates = find_dates("July 11 to 15", PartialDate(2024))
>>> [(d.text, d.date.iso(), d.end_date.iso()) for d in dates]
[('July 11 to 15', '2024-07-11', '2024-07-15')]
>>> monday = PartialDate(2020, 11, 30)
>>> [d.date for d in find_dates("The expo, which runs until Friday, opened.", monday)]
[PartialDate(year=2020, month=12, day=4)]
>>> [d.date for d in find_dates("It wrapped up Monday.", PartialDate(2020, 11, 30))]
[PartialDate(year=2020, month=11, day=30)]
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal

from fairgraph.en.lexicon import data_rows, load_lexicon
from fairgraph.en.meta import MONTH, month_number
from fairgraph.ingest.meta import valid_date
from fairgraph.model import Amount, DateMention, PartialDate

_SCALE = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mln": 10**6,
    "bln": 10**9,
    "bn": 10**9,
    "mn": 10**6,
    "b": 10**9,
    "m": 10**6,
}
_APPROX = (
    r"(?:about|around|some|nearly|almost|approximately|roughly|over|more than|at least"
    r"|up to|close to|upwards of)"
)
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_UNIT = r"(?:(?:\s*|-)(thousand|million|billion|trillion|mln|bln)\b|(bn|mn|b|m)\b)?"
#: the symbols and abbreviations written before a number (en/data/currency_symbols.tsv): each
#: with its code, or with the codes of the several countries that write it (Rs)
_SYMBOLS: dict[str, dict[str, str]] = {}
for _symbol, _code, _country in data_rows("currency_symbols.tsv", 3):
    _SYMBOLS.setdefault(_symbol, {})[_country] = _code
#: ISO 4217 codes written before a number (NPR 2.6 billion, MYR 5 million)
_CODES = sorted({code for _name, code in data_rows("currencies.tsv", 2)} | {"USD", "CNY", "EUR"})


def _symbol_pattern(symbol: str) -> str:
    escaped = re.escape(symbol).replace(r"\ ", r"\s?")
    return rf"(?<![A-Za-z]){escaped}"  # NT$5: no U.S. dollars


_PREFIX = (
    "("
    + "|".join(
        [_symbol_pattern(s) for s in sorted(_SYMBOLS, key=lambda s: (-len(s), s))]
        + [rf"(?<![A-Za-z]){code}(?=\s?\d)" for code in _CODES]
    )
    + r")(?=\s?\d)"
)
#: a currency named after the number (en/data/currencies.tsv), with its country's adjective
#: where the word alone is several countries' (Kenyan shillings, Pakistani rupees); its words
#: may be joined by hyphens (a 2-million-U.S.-dollar deal)
_WRITTEN = {name: code for name, code in data_rows("currencies.tsv", 2)}
_SUFFIX = (
    "("
    + "|".join(
        re.escape(name).replace(r"\ ", r"[\s-]+")
        for name in sorted(_WRITTEN, key=lambda n: (-len(n), n))
    )
    + ")"
)
_AMOUNT = re.compile(
    rf"(?:\b({_APPROX})\s+)?(?:{_PREFIX}\s?{_NUM}{_UNIT}(?:\s+(?:yuan|dollars))?|{_NUM}{_UNIT}(?:\s+(?:of\s+)?|-){_SUFFIX}\b)"
)
#: the symbols and codes written before the number, and every name written after it
_CURRENCY = {
    **{code: code for code in _CODES},
    **{s: codes[""] for s, codes in _SYMBOLS.items() if "" in codes},
    **_WRITTEN,
}


def _country_counts(text: str) -> dict[str, int]:
    """How often the text names each country (by name or demonym), by ISO code."""
    lex = load_lexicon()
    counts: dict[str, int] = {}
    for m in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", text):
        words = m.group()
        found = lex.country(words) or lex.demonym(words)
        if found is None and " " in words:  # Nepal Electricity: Nepal
            first = words.split()[0]
            found = lex.country(first) or lex.demonym(first)
        if found is not None:
            counts[found.iso2] = counts.get(found.iso2, 0) + 1
    return counts


def _shared_symbol(symbol: str, text: str) -> str | None:
    """The code of a symbol several countries write (Rs): that of the country the text names
    most among them; None when it names none of them, or two as often."""
    lex = load_lexicon()
    counts = _country_counts(text)
    ranked = sorted(
        (
            (counts.get(state.iso2, 0), code)
            for country, code in _SYMBOLS[symbol].items()
            if (state := lex.country(country)) is not None
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def find_amounts(text: str) -> list[Amount]:
    """Every sum of money with a currency.

    >>> [(str(a.value), a.currency) for a in find_amounts("Nepal sold Rs2.6 billion; RM5 million")]
    [('2600000000', 'NPR'), ('5000000', 'MYR')]
    >>> find_amounts("It cost Rs2.6 billion.")  # whose rupees, the text does not say
    []
    """
    out = []
    for m in _AMOUNT.finditer(text):
        approx, prefix, num, unit, short, num2, unit2, short2, suffix = m.groups()
        number, scale = (num, unit or short) if prefix else (num2, unit2 or short2)
        unit_name = re.sub(r"[\s-]+", " ", (prefix or suffix).strip()).replace("U.S. $", "U.S.$")
        if unit_name.endswith("dollar"):  # a 1.2-billion-U.S.-dollar project
            unit_name += "s"
        currency = _CURRENCY.get(unit_name)
        if currency is None and unit_name in _SYMBOLS:
            currency = _shared_symbol(unit_name, text)
        if currency is None:
            continue
        value = Decimal(number.replace(",", "")) * _SCALE.get(scale or "", 1)
        start = m.start(1) if approx else m.start(2) if prefix else m.start(6)
        out.append(
            Amount(
                value.normalize() if value % 1 else Decimal(int(value)),
                currency,
                text[start : m.end()],
                start,
                m.end(),
                bool(approx),
            )
        )
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b({MONTH})\s+{_DAY}(?:\s*(?:to|through|until|till|-|–)\s*(?:({MONTH})\s+)?{_DAY})?"
    rf"(?:,?\s+((?:19|20)\d\d))?(?!\d)"
    rf"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b"
)


#: a present or future tense before a weekday: the day is on or after the report's
_AHEAD = re.compile(
    r"\b(?:until|till|through|runs?|will|shall|is\s+(?:set|scheduled|due|slated)\s+to"
    r"|are\s+(?:set|scheduled|due)\s+to|scheduled\s+to|begins|starts|opens|closes|ends|lasts"
    r"|concludes|finishes|continues"
    r"|wraps\s+up|running|tomorrow|next)\b(?![^.;]*\b(?:opened|closed|began|started|ended"
    r"|kicked|wrapped|concluded|was|were|had)\b)[^.;]*$",
    re.IGNORECASE,
)


#: a weekday that ends a span (running through Sunday, until Friday): counted from the day
#: the same sentence names before it, when it names one
_RANGE_END = re.compile(r"\b(?:through|until|till|to)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]\s+(?=[A-Z])|\n")


def _weekday(name: str, ref: PartialDate, ahead: bool = False) -> PartialDate | None:
    """The day called ``name`` in the week up to the reference day (the dateline's), or from
    it on when ``ahead`` (the fair runs until Friday)."""
    if ref.year is None or ref.month is None or ref.day is None:
        return None
    day = _dt.date(ref.year, ref.month, ref.day)
    if name == "yesterday":
        day -= _dt.timedelta(days=1)
    elif name == "tomorrow":
        day += _dt.timedelta(days=1)
    elif name != "today" and ahead:
        day += _dt.timedelta(days=(_WEEKDAYS.index(name) - day.weekday()) % 7)
    elif name != "today":
        day -= _dt.timedelta(days=(day.weekday() - _WEEKDAYS.index(name)) % 7)
    return PartialDate(day.year, day.month, day.day)


#: 18 May, 18 to 21 May 2024, 12-16 October (day first, as portals and British style write)
_DAY_FIRST = re.compile(
    rf"\b{_DAY}(?:\s*(?:to|-|–)\s*{_DAY})?\s+(?:of\s+)?({MONTH})(?!\w)(?:,?\s+((?:19|20)\d\d))?"
)


def _day_first(text: str, year0: int | None, taken: list[DateMention]) -> list[DateMention]:
    out = []
    for m in _DAY_FIRST.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in taken):
            continue
        month = month_number(m.group(3))
        year = int(m.group(4)) if m.group(4) else year0
        day = int(m.group(1))
        if not valid_date(year, month, day):
            continue
        end = None
        if m.group(2) and valid_date(year, month, int(m.group(2))):
            end = PartialDate(year, month, int(m.group(2)))
        out.append(DateMention(m.start(), m.end(), m.group(), PartialDate(year, month, day), end))
    return out


def find_dates(text: str, reference: PartialDate | None) -> list[DateMention]:
    """Dates and ranges; a missing year is the reference's; weekdays count back from it.

    >>> found = find_dates("from 18 to 21 May", PartialDate(2024))
    >>> [(d.date.iso(), d.end_date.iso()) for d in found]
    [('2024-05-18', '2024-05-21')]
    """
    out: list[DateMention] = []
    year0 = reference.year if reference else None
    between = _between(text, year0) + _weekday_ranges(text, reference)
    for m in _DATE.finditer(text):
        if any(b.start <= m.start() < b.end for b in between):
            continue
        if m.group(6):
            clause = text[max(0, m.start() - 80) : m.start()]
            ahead = _AHEAD.search(clause) is not None
            ref = reference
            opening = out[-1] if out and _RANGE_END.search(clause) else None
            if opening is not None and not _SENTENCE_END.search(text, opening.end, m.start()):
                ref, ahead = opening.end_date or opening.date, True  # opened Thursday … to Sunday
            weekday = _weekday(m.group(6).lower(), ref, ahead) if ref else None
            if weekday is not None:
                out.append(DateMention(m.start(), m.end(), m.group(), weekday))
            continue
        month, day = month_number(m.group(1)), int(m.group(2))
        year = int(m.group(5)) if m.group(5) else year0
        if not valid_date(year, month, day):
            continue
        end = None
        if m.group(4):
            month2 = month_number(m.group(3)) if m.group(3) else month
            if valid_date(year, month2, int(m.group(4))):
                end = PartialDate(year, month2, int(m.group(4)))
        out.append(DateMention(m.start(), m.end(), m.group(), PartialDate(year, month, day), end))
    out += between
    return sorted(out + _day_first(text, year0, out), key=lambda d: d.start)


_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: from Wednesday to Sunday, Wednesday through Sunday, Wednesday-Sunday: a range of days
_WEEKDAY_RANGE = re.compile(
    rf"\b(?:from\s+)?({_WEEKDAY_NAMES})\s*(?:to|through|till|until|-|–)\s*({_WEEKDAY_NAMES})\b"
)


def _weekday_ranges(text: str, reference: PartialDate | None) -> list[DateMention]:
    """Ranges of weekdays (from Wednesday to Sunday) placed around the report's date: the
    week that holds the report's day when the range does, else the one before it (a past
    tense) or after it (a future one).

    >>> def spans(text):
    ...     found = _weekday_ranges(text, PartialDate(2024, 6, 26))  # a Wednesday
    ...     return [(d.date.iso(), d.end_date.iso()) for d in found]
    >>> spans("held from Monday to Friday"), spans("will run Thursday-Monday")
    ([('2024-06-24', '2024-06-28')], [('2024-06-27', '2024-07-01')])
    """
    if reference is None or None in (reference.year, reference.month, reference.day):
        return []
    ref = _dt.date(reference.year, reference.month, reference.day)  # type: ignore[arg-type]
    out = []
    for m in _WEEKDAY_RANGE.finditer(text):
        first, last = _WEEKDAYS.index(m.group(1).lower()), _WEEKDAYS.index(m.group(2).lower())
        span = (last - first) % 7
        start = ref - _dt.timedelta(days=(ref.weekday() - first) % 7)
        if start + _dt.timedelta(days=span) < ref:  # the range lies before the report's day
            clause = text[max(0, m.start() - 80) : m.start()]
            if _AHEAD.search(clause) is not None:
                start += _dt.timedelta(days=7)
        end = start + _dt.timedelta(days=span)
        out.append(
            DateMention(
                m.start(),
                m.end(),
                m.group(),
                PartialDate(start.year, start.month, start.day),
                PartialDate(end.year, end.month, end.day),
            )
        )
    return out


#: between July 11 and 15 (between June 28 and July 2, 2024): a range
_BETWEEN = re.compile(
    rf"\bbetween\s+({MONTH})\s+{_DAY}\s+and\s+(?:({MONTH})\s+)?{_DAY}(?:,?\s+((?:19|20)\d\d))?"
    r"(?!\d)"
)


def _between(text: str, year0: int | None) -> list[DateMention]:
    out = []
    for m in _BETWEEN.finditer(text):
        year = int(m.group(5)) if m.group(5) else year0
        month, day = month_number(m.group(1)), int(m.group(2))
        month2 = month_number(m.group(3)) if m.group(3) else month
        if not (valid_date(year, month, day) and valid_date(year, month2, int(m.group(4)))):
            continue
        start = m.start(1)
        out.append(
            DateMention(
                start,
                m.end(),
                text[start : m.end()],
                PartialDate(year, month, day),
                PartialDate(year, month2, int(m.group(4))),
            )
        )
    return out
