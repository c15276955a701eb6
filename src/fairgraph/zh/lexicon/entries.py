"""Frozen records of the lexicons and the text normalisation they share.

>>> CountryEntry("IS", "冰岛", ("冰岛", "冰岛共和国")).iso2
'IS'
>>> normalize("中国-东盟博览会") == normalize("中国—东盟博览会")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PlaceLevel = Literal["province", "city", "county", "zone"]
OrgKind = Literal["Government", "Company", "Other"]
MatchType = Literal["Country", "Place", "Organization", "Fair", "Role"]

# one-to-one character folding (offsets are kept): dash and dot variants, ASCII brackets
_DASHES = "-－–‐‑‒―─━﹣−"
_DOTS = "•・‧∙⋅"
_FOLD = str.maketrans(_DASHES + _DOTS + "()", "—" * len(_DASHES) + "·" * len(_DOTS) + "（）")
#: characters that may be left out of a name ("中国东盟博览会" = "中国—东盟博览会")
SEPARATORS = "—·"


def normalize(text: str) -> str:
    """Fold dash, dot and bracket variants to one form each; the length never changes.

    >>> normalize("中国(青海)藏毯国际展览会")
    '中国（青海）藏毯国际展览会'
    """
    return text.translate(_FOLD)


@dataclass(frozen=True)
class CountryEntry:
    """A sovereign state: ISO 3166-1 alpha-2 code, common Chinese name, every variant."""

    iso2: str
    name: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class PlaceEntry:
    """A Chinese administrative division; ``parent`` is the canonical parent's name."""

    name: str
    short: str | None
    level: PlaceLevel
    parent: str | None


ForeignKind = Literal["capital", "city", "region"]


@dataclass(frozen=True)
class ForeignPlaceEntry:
    """A city or region outside China and the ISO 3166-1 alpha-2 code of its country."""

    name: str
    iso2: str
    kind: ForeignKind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgEntry:
    """A well-known organisation with its aliases."""

    name: str
    aliases: tuple[str, ...]
    kind: OrgKind


@dataclass(frozen=True)
class FairSeriesEntry:
    """A fair series (no edition number), its short names, host city and English name."""

    name: str
    short_names: tuple[str, ...]
    city: str | None
    english: str | None


@dataclass(frozen=True, order=True)
class LexiconMatch:
    """A lexicon name found in a text; ``key`` is the canonical name (or the title)."""

    start: int
    end: int
    text: str
    type: MatchType
    subtype: OrgKind | None
    key: str
