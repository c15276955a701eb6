"""Other names an entity is known by, kept as its alternative labels: the short names the
lexicon gives a well-known body (国务院), the standard short names of a local Party committee
(中共X省委), a venue's name without its city, and the name of
an organisation joined to the foreign country written before it (越南|海防市人民委员会).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fairgraph.model import Mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.naming.keys import clean

_PARTY_COMMITTEE = re.compile(r"^中国共产党(.+?(?:省|市|县|区|州))委员会$")


_VENUE_ENDS = ("会展中心", "展览中心", "博览中心", "会议中心", "展览馆", "博览城", "会展城")


def venue_without_city(label: str) -> str | None:
    """A venue's own name when its label begins with the city or country it stands in
    (昆明滇池国际会展中心 → 滇池国际会展中心); None when what is left is generic (国际会展中心).

    >>> venue_without_city("西宁青海国际会展中心"), venue_without_city("厦门国际会展中心")
    ('青海国际会展中心', None)
    """
    if not label.endswith(_VENUE_ENDS):
        return None
    lexicon = load_lexicon()
    for cut in range(len(label) - 5, 1, -1):
        head, rest = label[:cut], label[cut:]
        known = lexicon.place_of(head) or lexicon.foreign_place_of(head)
        country = lexicon.country_of(head) if head not in ("中国", "中华人民共和国") else None
        if (known or country) and not rest.startswith(("国际", "会展", "展览")):
            return rest
    return None


def standard_variants(label: str) -> tuple[str, ...]:
    """Other standard names of an entity, kept as alternative labels: the short names of a
    local Party committee (written 中共X省委 in reports and in our gold), a venue's name
    without its city; other names have none.

    >>> standard_variants("中国共产党贵州省委员会")
    ('中共贵州省委', '中共贵州省委员会')
    >>> standard_variants("中国共产党洋县委员会")  # a two-character county: 洋县县委 too
    ('中共洋县委', '中共洋县县委', '中共洋县委员会')
    >>> standard_variants("贵州省人民政府"), standard_variants("昆明滇池国际会展中心")
    ((), ('滇池国际会展中心',))
    >>> standard_variants("中华人民共和国国务院")
    ('国务院',)
    """
    entry = load_lexicon().org_of(label)
    if entry is not None and entry.name == label and entry.aliases:
        return entry.aliases  # 中华人民共和国国务院 → 国务院: the names the lexicon knows it by
    match = _PARTY_COMMITTEE.match(label)
    if match is None:
        venue = venue_without_city(label)
        return (venue,) if venue else ()
    place = match.group(1)
    forms = [f"中共{place}委"]
    if len(place) == 2 and place.endswith("县"):
        forms.append(f"中共{place}县委")
    return (*forms, f"中共{place}委员会")


def country_prefixed(mentions: Iterable[Mention]) -> dict[tuple[int, int], str]:
    """An organisation written right behind a foreign country (越南|海防市人民委员会) is also
    known by the joined name: (start, end) of the organisation → the joined name.

    >>> ms = [Mention(0, 2, "越南", "Country"), Mention(2, 9, "海防市人民委员会", "Organization")]
    >>> country_prefixed(ms)
    {(2, 9): '越南海防市人民委员会'}
    """
    out, previous = {}, None
    for m in sorted(mentions):
        if (
            previous is not None
            and previous.type == "Country"
            and previous.end == m.start
            and m.type == "Organization"
            and clean(previous.text) not in ("中国", "中华人民共和国")
        ):
            out[(m.start, m.end)] = clean(previous.text + m.text)
        previous = m
    return out
