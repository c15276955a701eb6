"""Places written right after a known city or province: venues (武汉 + 国际博览中心), zones
(厦门 + 火炬高新区) and districts (成都市 + 某津区) are one place with it.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.rules_common import NAME_STOP, mention, span_mention, suffix_re

#: venue words that follow a city (武汉 + 国际博览中心)
VENUE = re.compile(r"(国际)?(会展中心|博览中心|博览城|展览中心|会议中心|展览馆|会展城)")


def venues_after_cities(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """武汉 + 国际博览中心 → Place 武汉国际博览中心: a venue written right after its city."""
    if not any(w in text for w in ("会展", "博览", "展览", "会议中心")):
        return ms
    out = sorted(ms)
    for m in [x for x in out if x.type == "Place"]:
        hit = VENUE.match(text, m.end)
        if hit is None or lex.place_of(m.text) is None:
            continue
        inside = [x for x in out if m.end <= x.start and x.end <= hit.end()]
        if any(x.start < hit.end() < x.end for x in out):
            continue
        out = [x for x in out if x is not m and x not in inside]
        out.append(span_mention(m, text, m.start, hit.end()))
    return sorted(out)


def districts_after_cities(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """成都市 + 某津区: a district or county (1–3 characters and 区/县) written right after a
    known city or province, that nothing covers, is a place."""
    if "区" not in text and "县" not in text:
        return ms
    out = sorted(ms)
    for m in [x for x in out if x.type == "Place" and lex.place_of(x.text) is not None]:
        hit = _DISTRICT.match(text, m.end)
        if hit is None or any(x.start < hit.end() and m.end < x.end for x in out):
            continue
        after = text[hit.end() : hit.end() + 1]
        if after and after not in "，。、；：！？）” 的与和及等":
            continue
        if hit.group()[-2:] in _COMMON_AREAS or any(c in "等的重" for c in hit.group()):
            continue  # 赛区, 地区, 重灾区: common nouns
        out.append(mention(text, m.end, hit.end(), "Place", origin="rule"))
    return sorted(out)


_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,3}?[区县]")
#: areas that are common nouns, not districts
_COMMON_AREAS = tuple(
    str.split(
        "赛区 地区 灾区 市区 城区 郊区 景区 园区 片区 辖区 社区 校区 展区 街区 小区 矿区 牧区 "
        "山区 专区 战区 营区 禁区 老区 边区"
    )
)


#: a zone named after its city (厦门 + 火炬高新区)
_ZONE = re.compile(
    r"([\u4e00-\u9fff]{0,8}?)(?:高新区|开发区|经开区|新区|自贸区|保税区|示范区|试验区)"
)


def _city(lex: Lexicon, name: str):  # type: ignore[no-untyped-def]
    """The place a city's name or its short form names (白银 → 白银市, a word alone too)."""
    return lex.place_of(name) or lex.place_of(name + "市")


#: a zone's short name right after a city the model missed (白银|高新区, 天水|经开区)
#: a zone's administrative committee written after it
_ZONE_COMMITTEE = re.compile(r"管理委员会|管委会")
_ZONE_RIGHT_AFTER = re.compile(r"(?:高新区|经开区|经济技术开发区|高新技术产业开发区|新区)")


def zones_after_places(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """厦门 + 火炬高新区 → Place 厦门火炬高新区: a zone written right after its known city or
    province (not a body: 某某开发区管委会 stays the body's); a city the model did not read
    before a zone's short name counts too (白银|高新区同某公司签订).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "西宁经济技术开发区与某公司签约"
    >>> [m.text for m in zones_after_places([mention(text, 0, 2, "Place")], text, load_lexicon())]
    ['西宁经济技术开发区']
    """
    if "区" not in text:
        return ms
    out = sorted(ms)
    places = [x for x in out if x.type == "Place" and lex.place_of(x.text) is not None]
    added: list[Mention] = []  # cities read here only for the zone after them
    for zone in _ZONE_RIGHT_AFTER.finditer(text):  # 白银高新区同某公司签订: a city unread
        at = zone.start()
        city = next(
            (
                k
                for k in (4, 3, 2)
                if at >= k
                and (entry := _city(lex, text[at - k : at])) is not None
                and entry.level == "city"
            ),
            None,
        )
        if city is None or any(x.start < at and at - city < x.end for x in out):
            continue
        places.append(mention(text, at - city, at, "Place"))
        out.append(places[-1])
        added.append(places[-1])
    for m in sorted(places):
        hit = _ZONE.match(text, m.end)
        if hit is None or any(c in NAME_STOP for c in hit.group(1)):
            continue
        committee = _ZONE_COMMITTEE.match(text, hit.end())
        if committee is not None and m not in added:
            # 兰州 + 某某开发区管理委员会 with nothing read over it but the model's 委员: the
            # zone's committee, a body
            inside = [x for x in out if m.end <= x.start and x.end <= committee.end()]
            crossing = [x for x in out if x.start < committee.end() < x.end]
            # (without the model's 委员 the committee is left to the body's own rules)
            if (
                inside
                and not crossing
                and all(x.type == "Role" and x.text == "委员" for x in inside)
            ):
                out = [x for x in out if x is not m and x not in inside]
                out.append(span_mention(m, text, m.start, committee.end(), type="Organization"))
            continue
        if suffix_re(lex).match(text, hit.end()) or any(
            x.start < hit.end() < x.end or (x.start < m.end < x.end) for x in out
        ):
            continue
        inside = [x for x in out if m.end <= x.start and x.end <= hit.end()]
        if any(x.type not in ("Place", "Organization") for x in inside):
            continue
        out = [x for x in out if x is not m and x not in inside]
        out.append(span_mention(m, text, m.start, hit.end(), subtype=None))
    return sorted(m for m in out if m not in added)  # (a city whose zone was a body's)
