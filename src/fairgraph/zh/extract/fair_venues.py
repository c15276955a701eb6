"""Fair venues: halls and centres where fairs are held, and the city a venue's name begins with.

>>> from fairgraph.model import Mention
>>> is_venue(Mention(0, 8, "青海国际会展中心", "Place")), is_venue(Mention(0, 2, "西宁", "Place"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.fair_fields import bracket_city
from fairgraph.zh.extract.sentences import MentionEdits
from fairgraph.zh.lexicon import Lexicon

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
    "博览城",
    "会展城",
)
#: halls that hold fairs too, though their names end like other places' (某某会展体育中心,
#: 某某展览展示中心): places where an event is held in them, not venues a city is read from
HELD_ONLY_SUFFIXES = ("体育中心", "展示中心", "博览园", "创意园区", "文化产业园", "产业园区")
#: a fair said to be in progress in a hall (某会在某某中心进入第二天, 在某某中心继续举行)
IN_PROGRESS = r"进入第[二三四五六七八九十\d]天|迎来第[二三四五六七八九十\d]天|继续(?:举行|进行)"
#: 在 VENUE 开幕/举行…: a hall named where an event is held, with a short bracketed place
_HELD_AT = re.compile(
    r"(?<=[在于])(?!\d{1,2}月)((?:(?!在|的)[\u4e00-\u9fffA-Za-z0-9·])"
    r"(?:(?!在|的|和|与|及|、)[\u4e00-\u9fffA-Za-z0-9·]){0,15}?(?:"  # (one hall: no joiner)
    + "|".join(sorted((*VENUE_SUFFIXES, *HELD_ONLY_SUFFIXES), key=len, reverse=True))
    + r")(?:[（(][\u4e00-\u9fff]{2,4}[）)])?)"
    r"(?=(?:隆重|盛大|顺利|正式|分别|同时|同步)?(?:开幕|举行|举办|闭幕|召开|启幕|开展|开馆|落幕|拉开|落下|设展|布展"
    rf"|{IN_PROGRESS}))"
)
_HALLS = "|".join(sorted((*VENUE_SUFFIXES, *HELD_ONLY_SUFFIXES), key=len, reverse=True))
#: 在 A 和 B 分别设展: two halls an event is held in
_FIRST_OF_TWO = re.compile(
    r"(?<=[在于])(?!\d{1,2}月)((?:(?!在|的|和|与|及)[\u4e00-\u9fffA-Za-z0-9·]){1,16}?"
    rf"(?:{_HALLS}))(?:和|与|及|、)((?:(?!在|的)[\u4e00-\u9fffA-Za-z0-9·]){{1,16}}?(?:{_HALLS}))"
    r"(?=(?:分别|同时|同步)?(?:开幕|举行|举办|设展|布展|开展))"
)


#: a fair's main hall, said to be set in its venue (主会场设在…)
MAIN_HALLS = "主会场|主展馆|主场馆|主展场|主展区"
#: a fair's main hall or the fair itself said to be set in its venue (主会场设在…, 主会场为…,
#: 本届展会设在…)
SET_IN = rf"(?:(?:{MAIN_HALLS})(?:设在|设于|位于|为)|(?:本届)?展会(?:设在|设于|位于))"
#: 主会场设在某某国际博览中心: a fair's venue named as where its main hall is
_SET_AT = re.compile(
    rf"(?:{SET_IN}|会场(?:设在|设于|位于))"
    r"((?:(?!在|的)[\u4e00-\u9fffA-Za-z0-9·]){1,16}?(?:"
    + "|".join(sorted(VENUE_SUFFIXES, key=len, reverse=True))
    + r")(?:[（(][\u4e00-\u9fff]{2,4}[）)])?)"
)


def is_venue(mention: Mention) -> bool:
    """A hall or centre where fairs are held (青海国际会展中心)."""
    name = re.sub(r"[（(][^）)]{1,6}[）)]$", "", mention.text)  # 国家会展中心（上海）
    return mention.type in ("Organization", "Place") and name.endswith(VENUE_SUFFIXES)


def is_hall(mention: Mention) -> bool:
    """A venue, or a hall that holds fairs though its name ends like another place's
    (某某国际会展体育中心, 某某展览展示中心).

    >>> hall, city = Mention(0, 10, "某某国际会展体育中心", "Place"), Mention(0, 2, "某市", "Place")
    >>> is_hall(hall), is_hall(city)
    (True, False)
    """
    name = re.sub(r"[（(][^）)]{1,6}[）)]$", "", mention.text)
    return is_venue(mention) or (mention.type == "Place" and name.endswith(HELD_ONLY_SUFFIXES))


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


def held_venues(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A venue written where an event is held (在某某国际博览城开幕, 在国家会展中心（上海）举行)
    is a place, whatever the recogniser cut inside it (a fair's name, a city, a country).

    >>> t = "展会于5月8日至12日在某某国际会展中心举办"
    >>> [(m.text, m.type) for m in held_venues(t, [])]
    [('某某国际会展中心', 'Place')]
    >>> t = "主会场设在某某国际博览中心，会期4天"
    >>> [(m.text, m.type) for m in held_venues(t, [])]
    [('某某国际博览中心', 'Place')]
    >>> t = "本届展会在某某国际博览城和某某国际会展中心分别设展"
    >>> [m.text for m in held_venues(t, [])]
    ['某某国际博览城', '某某国际会展中心']
    >>> t = "甲博览会在某某国际会展中心进入第三天。乙洽谈会在某某文化创意园区举行"
    >>> [m.text for m in held_venues(t, [])]
    ['某某国际会展中心', '某某文化创意园区']
    >>> t = "展会在某某进出口商品交易会展馆开幕"
    >>> [(m.text, m.type) for m in held_venues(t, [Mention(3, 13, "某某进出口商品交易会", "Fair")])]
    [('某某进出口商品交易会展馆', 'Place')]
    """
    edits = MentionEdits(mentions)
    halls = [(m, 1) for m in [*_HELD_AT.finditer(text), *_SET_AT.finditer(text)]]
    halls += [(m, g) for m in _FIRST_OF_TWO.finditer(text) for g in (1, 2)]
    for match, group in halls:
        start, end = match.span(group)
        near = edits.overlapping(start, end)
        if any(not start <= m.start < m.end <= end for m in near):
            continue  # a mention runs across the venue's edge: leave the recogniser's reading
        if any(m.start == start and m.end == end and m.type == "Place" for m in near):
            continue
        venue = Mention(start, end, match.group(group), "Place", None, origin="held-at")
        edits.replace(near, [venue])
    out = edits.result()
    return out


def venue_city(venue: Mention, lexicon: Lexicon) -> Mention | None:
    """The city that begins a venue's name (厦门国际会展中心 → 厦门), after its province if the
    name begins with one (湖南省长沙市国际会展中心 → 长沙市), as a mention inside it.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> v = Mention(0, 13, "湖南省长沙市国际会展中心", "Place")
    >>> venue_city(v, load_lexicon()).text
    '长沙市'
    """
    skip = 0
    for size in range(min(8, len(venue.text) - 2), 1, -1):
        place = lexicon.place_of(venue.text[:size])
        if place is not None and place.level == "province":
            skip = size
            break
    text = venue.text[skip:]
    for size in range(min(4, len(text) - 2), 1, -1):
        place = lexicon.place_of(text[:size])
        if place is not None and place.level == "city":
            start = venue.start + skip
            return Mention(start, start + size, text[:size], "Place", origin="venue-prefix")
    bracket = bracket_city(venue)
    if bracket is not None and lexicon.place_of(bracket[1]) is not None:
        start, name = bracket
        return Mention(start, start + len(name), name, "Place", origin="venue-bracket")
    return None
