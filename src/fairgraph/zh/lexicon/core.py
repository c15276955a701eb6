"""The ``Lexicon``: read-only name tables plus a leftmost-longest matcher over all of them.

>>> lex = load_lexicon()
>>> lex.country_of("吉尔吉斯共和国").iso2
'KG'
>>> lex.province_of("西宁").name
'青海省'
>>> [(m.text, m.type) for m in lex.find("青海省副省长会见冰岛驻华大使")]
[('青海省', 'Place'), ('副省长', 'Role'), ('冰岛', 'Country'), ('驻华大使', 'Role')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

from fairgraph.zh.lexicon import tables
from fairgraph.zh.lexicon.entries import (
    SEPARATORS,
    CountryEntry,
    FairSeriesEntry,
    ForeignPlaceEntry,
    LexiconMatch,
    MatchType,
    OrgEntry,
    OrgKind,
    PlaceEntry,
    normalize,
)
from fairgraph.zh.lexicon.matcher import Matcher
from fairgraph.zh.lexicon.titles import (
    COMPANY_SUFFIXES,
    GOV_SUFFIXES,
    ORG_SUFFIXES,
    ROLE_BLOCKERS,
    build_titles,
)

E = TypeVar("E")
#: division names (mostly short forms) that are also ordinary words or other names; never indexed
PLACE_SHORT_STOPLIST = frozenset(
    str.split(
        "中山 长治 大同 安康 来宾 日照 白银 朝阳 阿里 白山 合作 东方 新民 灯塔 榆树 磐石 龙井 五常 "
        "大安 安宁 永安 永康 江山 天长 无为 樟树 弥勒 安国 南宫 沙河 三河 和平 平安 长寿 太平 "
        "开放 高新 新区 城区 郊区 矿区 开平 北安 宁安 石狮 新乐 高密 阳春 四会 明光 当阳 平度 高平 "
        "开远 乐平 新泰 安达 永济 原平 资兴 常宁 界首 铁力 古交 尚志 北票"
    )
)
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3}


def _ascii_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def _variants(name: str) -> list[str]:
    """The name, its normalised form, and the form without separators (—, ·)."""
    norm = normalize(name)
    bare = norm.translate({ord(c): None for c in SEPARATORS})
    return list(dict.fromkeys(v for v in (name, norm, bare) if len(v) >= 2))


def _table(pairs: Iterable[tuple[str, E]]) -> Mapping[str, E]:
    """First entry given for a name wins; every name is also keyed by its variants."""
    out: dict[str, E] = {}
    for name, entry in pairs:
        for key in _variants(name):
            out.setdefault(key, entry)
    return MappingProxyType(out)


class Lexicon:
    """General-knowledge name tables; build it with :func:`load_lexicon`.

    ``places`` holds China's divisions; ``foreign_places`` cities and regions abroad, which
    :meth:`find` reports as places too.
    """

    def __init__(
        self,
        countries: list[CountryEntry],
        places: list[tuple[PlaceEntry, tuple[str, ...]]],
        organizations: list[OrgEntry],
        fairs: list[FairSeriesEntry],
        titles: frozenset[str],
        foreign_places: list[ForeignPlaceEntry] | None = None,
        features: Iterable[str] = (),
    ) -> None:
        self.countries: Mapping[str, CountryEntry] = _table(
            (n, c) for c in countries for n in (c.name, *c.names)
        )
        ranked = sorted(places, key=lambda p: _LEVEL_RANK[p[0].level])  # stable: keeps file order
        place_names = [(p.name, p) for p, _ in ranked]
        place_names += [(n, p) for p, aliases in ranked for n in (p.short, *aliases) if n]
        self.places: Mapping[str, PlaceEntry] = _table(
            (n, p) for n, p in place_names if n not in PLACE_SHORT_STOPLIST
        )
        self.foreign_places: Mapping[str, ForeignPlaceEntry] = _table(
            (n, f) for f in foreign_places or () for n in (f.name, *f.aliases)
        )
        #: China's major natural features (柴达木盆地, 河西走廊, 贺兰山): places the NER rule
        #: ``natural_features`` reads, kept out of ``places`` (no division, body or title is
        #: built on them)
        self.features: frozenset[str] = frozenset(features)
        self.organizations: Mapping[str, OrgEntry] = _table(
            (n, o) for o in organizations for n in (o.name, *o.aliases)
        )
        self.fairs: Mapping[str, FairSeriesEntry] = _table(
            (n, f) for f in fairs for n in (f.name, *f.short_names)
        )
        shared: dict[str, list[FairSeriesEntry]] = {}
        for f in fairs:
            for n in (f.name, *f.short_names):
                for key in _variants(n):
                    if f not in shared.setdefault(key, []):
                        shared[key].append(f)
        self._fair_candidates = {k: tuple(v) for k, v in shared.items()}
        self.titles: frozenset[str] = frozenset(t for t in titles if len(t) >= 2)
        self.org_suffixes: tuple[str, ...] = ORG_SUFFIXES
        self.gov_suffixes: tuple[str, ...] = GOV_SUFFIXES
        self.company_suffixes: tuple[str, ...] = COMPANY_SUFFIXES
        self._matcher = Matcher(self._index())
        self._blockers: dict[str, tuple[str, ...]] = {
            t: tuple(w for w in ROLE_BLOCKERS if w.startswith(t) and w != t) for t in self.titles
        }

    def _index(self) -> dict[str, tuple[MatchType, OrgKind | None, str]]:
        """Normalised name → (type, subtype, key); earlier tables win a shared name."""
        index: dict[str, tuple[MatchType, OrgKind | None, str]] = {}
        for name, fair in self.fairs.items():
            index.setdefault(normalize(name), ("Fair", None, fair.name))
        for name, org in self.organizations.items():
            index.setdefault(normalize(name), ("Organization", org.kind, org.name))
        for name, country in self.countries.items():
            index.setdefault(normalize(name), ("Country", None, country.name))
        for name, place in self.places.items():
            index.setdefault(normalize(name), ("Place", None, place.name))
        for name, foreign in self.foreign_places.items():
            index.setdefault(normalize(name), ("Place", None, foreign.name))
        for title in sorted(self.titles):
            index.setdefault(normalize(title), ("Role", None, title))
        return index

    def find(self, text: str) -> list[LexiconMatch]:
        """Leftmost-longest, non-overlapping matches of every lexicon name in ``text``.

        Names that begin or end with a Latin letter or digit must not run on into one, and a
        title that begins a body's name (董事会, 委员会 …) is no title.

        >>> [m.key for m in load_lexicon().find("ABBA与ABB集团董事会")]
        ['ABB集团']
        """
        norm = normalize(text)
        return [
            LexiconMatch(start, end, text[start:end], kind, subtype, key)
            for start, end, (kind, subtype, key) in self._matcher.find(norm)
            if not (_ascii_word(text, start - 1) and _ascii_word(text, start))
            and not (_ascii_word(text, end - 1) and _ascii_word(text, end))
            and not (kind == "Role" and norm.startswith(self._blockers.get(key, ()), start))
        ]

    @staticmethod
    def _get(table: Mapping[str, E], name: str) -> E | None:
        name = name.strip()
        return table.get(name) or table.get(normalize(name))

    def fair_candidates(self, name: str) -> tuple[FairSeriesEntry, ...]:
        """Every series a fair name may denote (a short name can be shared: 西洽会)."""
        name = name.strip()
        return self._fair_candidates.get(name) or self._fair_candidates.get(normalize(name), ())

    def country_of(self, name: str) -> CountryEntry | None:
        return self._get(self.countries, name)

    def place_of(self, name: str) -> PlaceEntry | None:
        return self._get(self.places, name)

    def foreign_place_of(self, name: str) -> ForeignPlaceEntry | None:
        """A city or region outside China (曼谷, 阿拉木图, 滨海边疆区), or None.

        >>> load_lexicon().foreign_place_of("阿拉木图").iso2
        'KZ'
        """
        return self._get(self.foreign_places, name)

    def org_of(self, name: str) -> OrgEntry | None:
        return self._get(self.organizations, name)

    def fair_of(self, name: str) -> FairSeriesEntry | None:
        return self._get(self.fairs, name)

    def province_of(self, place_name: str) -> PlaceEntry | None:
        """The province-level division containing a place (itself if it is one)."""
        entry = self.place_of(place_name)
        for _ in range(4):
            if entry is None or entry.level == "province":
                return entry
            entry = self.places.get(entry.parent) if entry.parent else None
        return None


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load (once per process) the lexicon shipped with fairgraph."""
    places = tables.places()
    provinces = {e.short: e.name for e, _ in places if e.level == "province" and e.short}
    return Lexicon(
        tables.countries(),
        places + tables.zones({entry.name for entry, _ in places}),
        tables.organizations() + tables.provincial_soes(provinces),
        tables.fairs(),
        build_titles(),
        tables.foreign_places(),
        tables.natural_features({entry.name for entry, _ in places}),
    )
