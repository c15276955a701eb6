"""Fair venues: halls and centres where fairs are held, and the city a venue's name begins with.

>>> from fairgraph.model import Mention
>>> is_venue(Mention(0, 8, "青海国际会展中心", "Place")), is_venue(Mention(0, 2, "西宁", "Place"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.extract.fair_fields import bracket_city
from fairgraph.lexicon import Lexicon
from fairgraph.model import Mention

VENUE_SUFFIXES = (
    "会展中心",
    "展览中心",
    "博览中心",
    "会议中心",
    "展览馆",
    "博览馆",
    "宾馆",
    "酒店",
    "体育馆",
    "会议展览中心",
    "国际博览中心",
    "展馆",
    "交流中心",
)


def is_venue(mention: Mention) -> bool:
    """A hall or centre where fairs are held (青海国际会展中心)."""
    name = re.sub(r"[（(][^）)]{1,6}[）)]$", "", mention.text)  # 国家会展中心（上海）
    return mention.type in ("Organization", "Place") and name.endswith(VENUE_SUFFIXES)


def city_venues(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A city written right before a venue's name is part of that name (昆明|滇池国际会展中心).

    >>> ms = [Mention(0, 2, "昆明", "Place"), Mention(2, 10, "滇池国际会展中心", "Place")]
    >>> [(m.text, m.type) for m in city_venues("昆明滇池国际会展中心", ms)]
    [('昆明滇池国际会展中心', 'Place')]
    """
    out = sorted(mentions)
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.type == "Place" and prev.end == m.start and is_venue(m):
            merged[-1] = Mention(
                prev.start, m.end, text[prev.start : m.end], m.type, m.subtype, m.origin
            )
            continue
        merged.append(m)
    return merged


def venue_city(venue: Mention, lexicon: Lexicon) -> Mention | None:
    """The city that begins a venue's name (厦门国际会展中心 → 厦门), as a mention inside it."""
    for size in range(min(4, len(venue.text) - 2), 1, -1):
        place = lexicon.place_of(venue.text[:size])
        if place is not None and place.level == "city":
            return Mention(
                venue.start, venue.start + size, venue.text[:size], "Place", origin="venue-prefix"
            )
    bracket = bracket_city(venue)
    if bracket is not None and lexicon.place_of(bracket[1]) is not None:
        start, name = bracket
        return Mention(start, start + len(name), name, "Place", origin="venue-bracket")
    return None
