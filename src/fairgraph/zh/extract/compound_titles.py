"""Compound titles of regional leaders, repaired whatever pieces the recogniser returned.

A leader of a province, autonomous region or city is usually written with a chain of Party and
government titles (某某自治区党委副书记、自治区主席某某; 某某市委常委、常务副市长某某).  One
small function per construction:

* ``party_unit_title``       — 董事长、党组|书记 (a bare 党组/党委 tagged as a body) → 党组书记;
* ``region_party_committee`` — 某某自治区|党委副书记 → 某某自治区党委 + 副书记;
* ``place_committee_title``  — 某某市委常委 as one title → 某某市委 + 常委;
* ``region_head_title``      — 自治区|主席 (the 自治区 left uncovered) → 自治区主席, the title
  the resolver maps to the region's government;
* ``committee_read_as_title`` — 省委 tagged as a title, its 副书记 left uncovered → the
  committee 省委 + 副书记; a bare 自治区 before 党委书记 → 自治区党委 + 书记.

>>> from fairgraph.model import Mention
>>> t = "某集团董事长、党组书记王某"
>>> ms = [Mention(0, 3, "某集团", "Organization"), Mention(3, 6, "董事长", "Role"),
...       Mention(7, 9, "党组", "Organization"), Mention(9, 11, "书记", "Role")]
>>> [(m.text, m.type) for m in repair_compound_titles(t, ms)][-1]
('党组书记', 'Role')
"""

from __future__ import annotations

from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.titles import PARTY_TITLES, PARTY_UNITS
from fairgraph.zh.lexicon import load_lexicon

#: Party committee endings written right after a place (某某省委, 某某市委, 某某自治区党委)
COMMITTEE_ENDINGS = ("党委", "省委", "市委", "区委", "州委", "县委")
#: heads of an autonomous region's government (自治区主席, 自治区常务副主席)
REGION_HEADS = ("常务副主席", "副主席", "主席")
_REGION = "自治区"
_PLACE_TYPES = ("Place", "Organization")


def _is_region(text: str) -> bool:
    """A province-level region, prefecture or city named by its full or short name."""
    lexicon = load_lexicon()
    entry = lexicon.place_of(text)
    return entry is not None and entry.level in ("province", "city", "county")


def party_unit_title(mentions: Sequence[Mention]) -> list[Mention]:
    """A bare Party unit (党组, 党委) tagged as a body, directly followed by a Party title, is
    one title with it.

    >>> ms = [Mention(0, 2, "党组", "Organization"), Mention(2, 4, "书记", "Role")]
    >>> [(m.text, m.type, m.start, m.end) for m in party_unit_title(ms)]
    [('党组书记', 'Role', 0, 4)]
    """
    out = sorted(mentions)
    i = 0
    while i < len(out) - 1:
        unit, title = out[i], out[i + 1]
        if (
            unit.type == "Organization"
            and unit.text in PARTY_UNITS
            and title.type == "Role"
            and title.start == unit.end
            and title.text in PARTY_TITLES
        ):
            joined = unit.text + title.text
            out[i : i + 2] = [Mention(unit.start, title.end, joined, "Role", None, "party-unit")]
        i += 1
    return out


def region_party_committee(mentions: Sequence[Mention]) -> list[Mention]:
    """A region followed by a title that begins with 党委 gives the committee to the region:
    某某自治区 + 党委副书记 → 某某自治区党委 (its Party committee) + 副书记.

    >>> ms = [Mention(0, 7, "广西壮族自治区", "Organization"), Mention(7, 12, "党委副书记", "Role")]
    >>> [(m.text, m.type) for m in region_party_committee(ms)]
    [('广西壮族自治区党委', 'Organization'), ('副书记', 'Role')]
    """
    out = sorted(mentions)
    for i in range(len(out) - 1):
        place, title = out[i], out[i + 1]
        if place.type not in _PLACE_TYPES or title.type != "Role" or title.start != place.end:
            continue
        unit = next((u for u in PARTY_UNITS if title.text.startswith(u)), None)
        if unit is None or title.text[len(unit) :] not in PARTY_TITLES:
            continue
        if not _is_region(place.text):
            continue
        cut = title.start + len(unit)
        out[i] = Mention(
            place.start, cut, place.text + unit, "Organization", "Government", "party-committee"
        )
        out[i + 1] = Mention(cut, title.end, title.text[len(unit) :], "Role", None, title.origin)
    return out


def split_place_committee(role: Mention) -> tuple[Mention | None, Mention]:
    """(committee, title) of a title span that begins with a place's Party committee.

    >>> body, title = split_place_committee(Mention(0, 6, "北京市委常委", "Role"))
    >>> body.text, body.type, title.text
    ('北京市委', 'Organization', '常委')
    >>> split_place_committee(Mention(0, 4, "省委常委", "Role"))[0] is None
    True
    """
    for ending in COMMITTEE_ENDINGS:
        at = role.text.find(ending)
        if at < 2:
            continue
        head, rest = role.text[:at], role.text[at + len(ending) :]
        place = head + ending[0] if ending[0] in "省市区州县" else head
        if rest not in PARTY_TITLES or not (_is_region(place) or _is_region(head)):
            continue
        cut = role.start + at + len(ending)
        body = Mention(
            role.start,
            cut,
            role.text[: at + len(ending)],
            "Organization",
            "Government",
            "party-committee",
        )
        return body, Mention(cut, role.end, rest, "Role", role.subtype, role.origin)
    return None, role


def place_committee_title(mentions: Sequence[Mention]) -> list[Mention]:
    """Each title span holding a place's committee and a Party title becomes the two."""
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Role":
            out.append(m)
            continue
        body, title = split_place_committee(m)
        out.extend([body, title] if body is not None else [m])
    return sorted(out)


def region_head_title(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """主席 / 副主席 right after an uncovered 自治区 is the region's head: 自治区主席.

    >>> t = "党委副书记、自治区主席某某"
    >>> [(m.text, m.start) for m in region_head_title(t, [Mention(9, 11, "主席", "Role")])]
    [('自治区主席', 6)]
    """
    out = sorted(mentions)
    for i, m in enumerate(out):
        if m.type != "Role" or m.text not in REGION_HEADS:
            continue
        start = m.start - len(_REGION)
        if start < 0 or text[start : m.start] != _REGION:
            continue
        if i > 0 and out[i - 1].end > start:
            continue  # 某某自治区 is a named region: its own mention holds the title
        out[i] = Mention(start, m.end, _REGION + m.text, "Role", m.subtype, "region-head")
    return sorted(out)


def committee_read_as_title(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A short Party committee the recogniser tagged as a title (省委|副书记, with the real title
    left uncovered) becomes the committee and its title; a bare 自治区 before 党委书记 is the
    region's committee (自治区党委 + 书记), which the resolver names from the report's region.

    >>> t = "省委副书记、省长某某"
    >>> [(m.text, m.type) for m in committee_read_as_title(t, [Mention(0, 2, "省委", "Role")])]
    [('省委', 'Organization'), ('副书记', 'Role')]
    >>> ms = [Mention(0, 3, "自治区", "Organization"), Mention(3, 7, "党委书记", "Role")]
    >>> [(m.text, m.type) for m in committee_read_as_title("自治区党委书记某某", ms)]
    [('自治区党委', 'Organization'), ('书记', 'Role')]
    """
    out = sorted(mentions)
    for i, m in enumerate(list(out)):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if m.type == "Role" and m.text in COMMITTEE_ENDINGS:
            title = next((t for t in PARTY_TITLES if text.startswith(t, m.end)), None)
            if title is None or (nxt is not None and nxt.start < m.end + len(title)):
                continue
            body = Mention(m.start, m.end, m.text, "Organization", "Government", "party-committee")
            role = Mention(m.end, m.end + len(title), title, "Role", None, "party-committee")
            out[i : i + 1] = [body, role]
            return committee_read_as_title(text, out)
        if m.text == _REGION and m.type in _PLACE_TYPES and nxt is not None:
            unit = next((u for u in PARTY_UNITS if nxt.text.startswith(u)), None)
            rest = nxt.text[len(unit) :] if unit else ""
            if nxt.type != "Role" or nxt.start != m.end or unit is None or rest not in PARTY_TITLES:
                continue
            cut = nxt.start + len(unit)
            body = Mention(m.start, cut, m.text + unit, "Organization", "Government", m.origin)
            out[i : i + 2] = [body, Mention(cut, nxt.end, rest, "Role", None, nxt.origin)]
    return out


def repair_compound_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """All repairs of this module, in order."""
    out = party_unit_title(mentions)
    out = region_party_committee(out)
    out = place_committee_title(out)
    out = region_head_title(text, out)
    return committee_read_as_title(text, out)
