"""Keys of fair mentions: one per edition of a series (or per year, for a year-named fair).

A short name is read against the report: it denotes the edition the report names of its
series, and, when the lexicon gives it to another series, the one series the report names in
full that it can abbreviate.

>>> from fairgraph.model import Document, Extraction, Mention
>>> doc = Document.from_text("第3届消博会开幕。本届消博会……", source="a.txt")
>>> ms = (Mention(0, 6, "第3届消博会", "Fair", "3"), Mention(11, 14, "消博会", "Fair"))
>>> sorted(set(fair_keys(Extraction(document=doc, mentions=ms)).values()))
[('Fair|中国国际消费品博览会|3', '第3届中国国际消费品博览会')]
"""

from __future__ import annotations

from collections.abc import Collection

from fairgraph.model import Extraction, Mention
from fairgraph.zh.extract.fair_mentions import (
    abbreviates,
    bare_fair_name,
    mention_year,
    named_in_full,
    series_name,
)
from fairgraph.zh.extract.fair_years import cadences
from fairgraph.zh.lexicon import Lexicon, load_lexicon


def fair_keys(ex: Extraction) -> dict[Mention, tuple[str, str]]:
    """Key of each fair mention: series + edition, or the report's edition of that series."""
    lexicon = load_lexicon()
    out: dict[Mention, tuple[str, str]] = {}
    fairs = [m for m in ex.mentions if m.type == "Fair"]
    # the series the report names: in full, or by a descriptive name (东北亚博览会, not a
    # three-character abbreviation), against which a short name another series has is read
    full = {series_name(m, lexicon) for m in fairs if _names_series(m, lexicon)}
    cities = {m.text for m in ex.mentions if m.type == "Place"}
    text = ex.document.text
    series_of = {
        m: _series_in_report(m, full, lexicon, cities, _sentence_of(text, m)) for m in fairs
    }
    editions: dict[str, str] = {}
    years: dict[str, int] = {}  # 2025数博会 … 本届数博会: the year the report writes
    for m in fairs:
        if m.subtype:
            editions.setdefault(series_of[m], m.subtype)
        if (stated := mention_year(m)) is not None:
            years.setdefault(series_of[m], stated)
    doc_year = ex.document.date.year if ex.document.date and ex.document.date.year else None
    for m in fairs:
        series = series_of[m]
        if not m.subtype and series not in editions:
            # a shared short name (西洽会) denotes the series whose edition the report names
            candidates = lexicon.fair_candidates(bare_fair_name(m.text))
            named = [c.name for c in candidates if c.name in editions]
            series = named[0] if len(named) == 1 else series
        edition = m.subtype or editions.get(series)
        stated = mention_year(m) or years.get(series)
        year = stated or doc_year
        if not edition and stated and (held := edition_in(series, stated)) is not None:
            # 2023中国—东北亚博览会: the edition the series' cadence puts in that year (the
            # 14th), keyed as a report that numbers it keys it, under its own label
            out[m] = (f"Fair|{series}|{held}", f"{stated}年{series}")
        elif edition:
            out[m] = (f"Fair|{series}|{int(edition)}", f"第{int(edition)}届{series}")
        elif year:
            out[m] = (f"Fair|{series}|{year}", f"{year}年{series}")
        else:
            out[m] = (f"Fair|{series}|{ex.document.id}", series)
    return out


def edition_in(series: str, year: int) -> int | None:
    """The edition of a series held in a year, when its cadence (the lexicon's
    fair_cadences.tsv) gives exactly one.

    >>> edition_in("中国—东北亚博览会", 2023), edition_in("中国—东北亚博览会", 1980)
    (14, None)
    """
    found = set()
    for run in cadences().get(series, ()):
        span = (year - run.year) / run.step
        if span != int(span):
            continue
        edition = run.edition + int(span)
        if run.covers(edition):
            found.add(edition)
    return found.pop() if len(found) == 1 else None


def _sentence_of(text: str, m: Mention) -> str:
    """The sentence a mention stands in.

    >>> _sentence_of("甲。第十二届东博会在南宁开幕。乙", Mention(2, 8, "第十二届东博会", "Fair"))
    '第十二届东博会在南宁开幕'
    """
    start = max(text.rfind(c, 0, m.start) for c in "。！？；\n") + 1
    ends = [i for i in (text.find(c, m.end) for c in "。！？；\n") if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _names_series(m: Mention, lexicon: Lexicon) -> bool:
    """Whether a fair mention names its series: in full, or by a descriptive short name of five
    characters or more (东北亚博览会), which no other series is abbreviated to as 东博会 is.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _names_series(Mention(0, 9, "第十届东北亚博览会", "Fair", "10"), lex)
    True
    >>> _names_series(Mention(0, 6, "第十届东博会", "Fair", "10"), lex)
    False
    """
    return named_in_full(m, lexicon) or len(bare_fair_name(m.text)) >= 5


def _series_in_report(
    m: Mention,
    full: set[str],
    lexicon: Lexicon,
    places: Collection[str] = (),
    sentence: str = "",
) -> str:
    """The series of a fair mention; a short name stands for the one series the report names
    in full that it can abbreviate (中博会 → 中国中部投资贸易博览会 in a report naming that
    fair, though the lexicon gives 中博会 to another series), or the one whose host city the
    report names among those sharing it (:func:`series_name`)."""
    series = series_name(m, lexicon, places)
    if series in full or named_in_full(m, lexicon):
        return series
    own = lexicon.fair_of(series)
    if m.subtype and own is not None and own.city and own.city.removesuffix("市") in sentence:
        return series  # 第十二届东博会在南宁开幕: an edition in its own series' host city
    short = bare_fair_name(m.text)
    shared = {c.name for c in lexicon.fair_candidates(short)}
    named = sorted(n for n in full if n in shared or abbreviates(short, n))
    return named[0] if len(named) == 1 else series
