"""Read the TSV data files shipped in ``fairgraph/zh/lexicon/data`` (via importlib.resources)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources

from fairgraph.errors import ModelError
from fairgraph.zh.lexicon.entries import (
    CountryEntry,
    FairSeriesEntry,
    ForeignPlaceEntry,
    OrgEntry,
    PlaceEntry,
)

_KINDS = ("Government", "Company", "Other")
_LEVELS = ("province", "city", "county")
_FOREIGN_KINDS = ("capital", "city", "region")


def rows(filename: str, width: int) -> Iterator[list[str]]:
    """Data rows of a TSV file, padded to ``width`` columns; ``#`` lines are comments."""
    text = resources.files("fairgraph.zh.lexicon").joinpath("data", filename).read_text("utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > width or not cells[0]:
            raise ModelError(f"{filename}:{number}: malformed row")
        yield cells + [""] * (width - len(cells))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x for x in cell.split("|") if x))


def countries() -> list[CountryEntry]:
    return [CountryEntry(c, n, _split(v) or (n,)) for c, n, v in rows("countries.tsv", 3)]


#: the origin of a country mention written by its one-character short form in a pair (中越两国)
ABBREVIATED_COUNTRY = "country-pair-abbreviation"


@cache
def country_abbreviations() -> Mapping[str, str]:
    """One-character short forms of countries (越 → VN), read only in pairs (中越两国); read
    once (the rules ask for it at every sentence)."""
    return {short: code for short, code in rows("country_abbreviations.tsv", 2)}


#: the kinds of ``time_words.tsv``: with an offset in days (report-day, same-day) or without
_TIME_KINDS = {
    "report-day": True,
    "same-day": True,
    "recent": False,
    "part": False,
    "sequence": False,
}


@cache
def _time_table() -> tuple[tuple[str, str, int | None], ...]:
    table = []
    for word, kind, offset, _meaning in rows("time_words.tsv", 4):
        if kind not in _TIME_KINDS or _TIME_KINDS[kind] != bool(offset):
            raise ModelError(f"time_words.tsv: {word}: bad kind or offset")
        table.append((word, kind, int(offset) if offset else None))
    return tuple(table)


@cache
def time_words(*kinds: str) -> tuple[str, ...]:
    """The words of ``time_words.tsv`` that name a time (today, that day, recently, in the
    morning, then …), of the given kinds (all with none), in the file's order.

    >>> time_words("part")
    ('上午', '下午', '中午', '晚间', '晚上')
    >>> "次日" in time_words() and "次日" not in time_words("report-day")
    True
    """
    return tuple(w for w, kind, _offset in _time_table() if not kinds or kind in kinds)


def time_words_pattern(*kinds: str) -> str:
    """:func:`time_words` as a regular expression's group (no word begins another, so its
    order does not matter).

    >>> time_words_pattern("recent")
    '(?:日前|近日|近期)'
    """
    return "(?:" + "|".join(re.escape(w) for w in time_words(*kinds)) + ")"


@cache
def day_offsets(kind: str) -> Mapping[str, int]:
    """The days a ``report-day`` word counts from the report's day (昨天 → -1) or a
    ``same-day`` word from the last date written (次日 → 1).

    >>> day_offsets("report-day")["昨天"], day_offsets("same-day")["次日"]
    (-1, 1)
    """
    return {w: offset for w, k, offset in _time_table() if k == kind and offset is not None}


@cache
def state_titles() -> frozenset[str]:
    """The titles of ``name_titles.tsv`` only a state's head, government or minister holds
    (kinds foreign, minister, premier: 总统, 首相, 外长, 总理 …).

    >>> "总统" in state_titles(), "外长" in state_titles(), "主席" in state_titles()
    (True, True, False)
    """
    kinds = ("foreign", "minister", "premier")
    return frozenset(
        t for t, kind, _meaning, _before in rows("name_titles.tsv", 4) if kind in kinds
    )


@cache
def ambiguous_country_abbreviations() -> Mapping[str, tuple[str, ...]]:
    """One-character short forms that stand for several countries (伊 → 伊朗, 伊拉克), with the
    full names of those countries; read only in a pair, as the one the text writes in full."""
    table = rows("ambiguous_country_abbreviations.tsv", 2)
    return {short: tuple(names.split()) for short, names in table}


#: the origin of a city read by its one-character short form (某会在沪开幕: 沪 is 上海市 there)
CITY_SHORT_FORM = "city-short-form"


@cache
def city_short_forms() -> Mapping[str, str]:
    """One-character short forms of cities (沪 → 上海市), read only where a fair is held."""
    return {short: city for short, city in rows("city_short_forms.tsv", 2)}


def places() -> list[tuple[PlaceEntry, tuple[str, ...]]]:
    """Places with their extra aliases."""
    out = []
    for name, short, level, parent, _code, aliases in rows("places.tsv", 6):
        if level not in _LEVELS:
            raise ModelError(f"places.tsv: bad level {level!r} for {name}")
        entry = PlaceEntry(name, short or None, level, parent or None)  # type: ignore[arg-type]
        out.append((entry, _split(aliases)))
    return out


#: the characters that join parties (A与B, A同B, A和B, A跟B)
CONNECTOR_CHARACTERS = "与同和跟"


@cache
def connector_place_names() -> tuple[str, ...]:
    """Names of places that hold a character joining parties (呼和浩特市, 大同, 和田地区):
    a place phrase (A在呼和浩特与B签署) runs over them. Full names of every level, and the
    short forms of cities and prefectures (a county's, 和平 or 同心, is a common word).

    >>> names = connector_place_names()
    >>> "呼和浩特" in names and "大同市" in names and "和平" not in names
    True
    """
    out: set[str] = set()
    for entry, aliases in places():
        full = [entry.name, *aliases]
        short = [entry.short] if entry.short and entry.level in ("city", "prefecture") else []
        out.update(n for n in (*full, *short) if len(n) >= 2 and set(n) & set(CONNECTOR_CHARACTERS))
    return tuple(sorted(out, key=lambda n: (-len(n), n)))


def zones(known: set[str]) -> list[tuple[PlaceEntry, tuple[str, ...]]]:
    """National-level new areas and well-known development zones, each inside a division.

    ``known`` holds the divisions' names: a zone's parent must be one of them.
    """
    out = []
    for name, parent, aliases in rows("zones.tsv", 3):
        if parent not in known:
            raise ModelError(f"zones.tsv: {name}'s parent {parent!r} is not in places.tsv")
        out.append((PlaceEntry(name, None, "zone", parent), _split(aliases)))
    return out


def natural_features(known: set[str]) -> list[str]:
    """China's major natural features (柴达木盆地, 青海湖, 天山 …) and their aliases; a feature's
    province-level division, when it lies in one, must be one of ``known``."""
    out = []
    for name, parent, aliases in rows("natural_features.tsv", 3):
        if parent and parent not in known:
            raise ModelError(f"natural_features.tsv: {name}'s division {parent!r} is unknown")
        out += [name, *_split(aliases)]
    return out


def organizations() -> list[OrgEntry]:
    out = []
    for name, kind, aliases, _source in rows("organizations.tsv", 4):
        if kind not in _KINDS:
            raise ModelError(f"organizations.tsv: bad kind {kind!r} for {name}")
        out.append(OrgEntry(name, _split(aliases), kind))  # type: ignore[arg-type]
    return out


def provincial_soes(provinces: Mapping[str, str]) -> list[OrgEntry]:
    """Major provincial state-owned enterprises (``provincial_soes.tsv``) as companies.

    ``provinces`` maps a province's short name to its full name (甘肃 → 甘肃省); the province
    column must be one of them. A short form that begins with the short name of a 省 is also
    known with the full name written out (甘肃电投 → 甘肃省电投), as reports write both.
    """
    out = []
    for name, province, aliases in rows("provincial_soes.tsv", 3):
        full = provinces.get(province)
        if full is None:
            raise ModelError(f"provincial_soes.tsv: {name}'s province {province!r} is unknown")
        forms = _split(aliases)
        if full.endswith("省"):
            forms += tuple(
                full + a[len(province) :]
                for a in forms
                if a.startswith(province) and not a.startswith(full)
            )
        out.append(OrgEntry(name, tuple(dict.fromkeys(forms)), "Company"))
    return out


@cache
def departments() -> tuple[str, ...]:
    """The names of local government departments and people's organisations as written after
    a place (``departments.tsv``: 商务厅, 发改委, 工商联 …), longest first (read once)."""
    return tuple(sorted({r[0] for r in rows("departments.tsv", 2)}, key=lambda n: (-len(n), n)))


@cache
def honorifics() -> tuple[str, ...]:
    """Honorifics written before a person's name (``honorifics.tsv``: 拿督, 丹斯里, 敦 …),
    longest first (read once).

    >>> honorifics()[:3]
    ('拿汀斯里', '拿督斯里', '丹斯里')
    """
    names = {h for h, country, _title in rows("honorifics.tsv", 3) if len(country) == 2}
    return tuple(sorted(names, key=lambda h: (-len(h), h)))


#: what reads a word of ``agreement_nouns.tsv`` (its ``uses`` column)
_AGREEMENT_USES = ("signed", "paper", "title")


@cache
def agreement_nouns(use: str) -> tuple[str, ...]:
    """The words naming a signed paper (``agreement_nouns.tsv``) that ``use`` reads, in the
    file's order: ``signed`` after a signing verb, ``paper`` ending a paper's name after 合作 or
    框架, ``title`` in a 《title》 that is a paper's (read once).

    >>> agreement_nouns("paper")
    ('协议', '备忘录', '合同', '意向书', '协定', '议定书')
    >>> agreement_nouns("signed")[:3]
    ('框架协议书', '协议书', '框架协议')
    """
    if use not in _AGREEMENT_USES:
        raise ValueError(f"agreement_nouns.tsv: no use {use!r}")
    out = []
    for noun, uses, _note in rows("agreement_nouns.tsv", 3):
        if not set(uses.split("|")) <= set(_AGREEMENT_USES):
            raise ModelError(f"agreement_nouns.tsv: bad uses {uses!r} for {noun}")
        if use in uses.split("|"):
            out.append(noun)
    return tuple(out)


def fairs() -> list[FairSeriesEntry]:
    """The fair series; a name with its place in brackets (中国（天津）投资贸易洽谈会) is also
    written with a middle dot (中国·天津投资贸易洽谈会), as organisers often write it."""
    out = []
    for name, shorts, city, english, _source in rows("fairs.tsv", 5):
        names = _split(shorts)
        dotted = re.sub(r"^中国（([^）]{2,6})）", r"中国·\1", name)
        if dotted != name and dotted not in names:
            names = (*names, dotted)
        out.append(FairSeriesEntry(name, names, city or None, english or None))
    return out


def foreign_places() -> list[ForeignPlaceEntry]:
    """Capitals, commercial cities and a few regions outside China."""
    out = []
    for name, iso2, kind, aliases in rows("foreign_places.tsv", 4):
        if kind not in _FOREIGN_KINDS or len(iso2) != 2:
            raise ModelError(f"foreign_places.tsv: bad row for {name}")
        out.append(ForeignPlaceEntry(name, iso2, kind, _split(aliases)))  # type: ignore[arg-type]
    return out
