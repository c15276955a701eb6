"""Foreign cities and countries the lexicon knows win over a model's cut or mistyped spans.

A model trained on Chinese news reads many foreign city names as persons (马尼拉, 塔什干) or
cuts them short (乌兰巴|托).  Every rule is ``rule(mentions, text, lex) -> mentions`` (see
:mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> from fairgraph.zh.ner.rules_common import mention
>>> text = "来自塔什干的客商"
>>> [(m.text, m.type) for m in foreign_names_typed([mention(text, 2, 5, "Person")], text,
...     load_lexicon())]
[('塔什干', 'Place')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.rules_common import find, mention

#: the shortest person span that may be read as a foreign city or a country (马里 stays a name)
_MIN_RETYPED = 3


def foreign_names_typed(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A person span that is exactly a foreign city or a country the lexicon knows is one."""
    out = []
    for m in ms:
        if m.type == "Person" and len(m.text) >= _MIN_RETYPED:
            if lex.country_of(m.text) is not None:
                m = replace(m, type="Country", subtype=None)
            elif lex.foreign_place_of(m.text) is not None:
                m = replace(m, type="Place", subtype=None)
        out.append(m)
    return out


def lexicon_places_win(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A foreign place, zone or country the lexicon finds replaces the shorter spans inside it.

    Only places and persons lying wholly inside the lexicon name give way (乌兰巴 in
    乌兰巴托); a name that another mention runs across is left alone. A person span that is
    exactly such a name becomes the place unless a title stands beside it or a verb of saying
    follows (在张江共建 is the zone, 张江书记 and 张江说 a person).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "乌兰巴托的企业"
    >>> [m.text for m in lexicon_places_win([mention(text, 0, 3, "Place")], text,
    ...     load_lexicon())]
    ['乌兰巴托']
    >>> text = "双方将在张江共建研发中心"
    >>> [(m.text, m.type) for m in lexicon_places_win([mention(text, 4, 6, "Person")], text,
    ...     load_lexicon())]
    [('张江', 'Place')]
    """
    out = list(ms)
    for lm in find(lex, text):
        if lm.type not in ("Place", "Country"):
            continue
        division = lex.place_of(lm.text)
        if division is not None and division.level != "zone":
            continue  # China's own divisions are the model's and the other rules' work
        overlapping = [m for m in out if m.start < lm.end and lm.start < m.end]
        inside = [m for m in overlapping if lm.start <= m.start and m.end <= lm.end]
        if not inside or len(inside) != len(overlapping):
            continue
        same = [m for m in inside if (m.start, m.end) == (lm.start, lm.end)]
        zone = division is not None and same and same[0].type == "Organization"
        if any(m.type not in ("Place", "Person") for m in inside) and not zone:
            continue  # a zone read as a body (北京首钢园) is the zone all the same
        if same and (same[0].type == "Place" or _said_of_a_person(out, text, lm.start, lm.end)):
            continue  # already a place, or a person who shares a place's name (张江书记)
        out = [m for m in out if m not in inside]
        out.append(Mention(lm.start, lm.end, lm.text, lm.type, None, "lexicon"))
    return sorted(out)


#: words after a feature's name that make it part of a strategy's, a region's or a body's name
#: (长江经济带, 黄河流域, 湘江新区, 天山网): no place of its own
_FEATURE_WORDS_AFTER = (
    "经济带",
    "流域",
    "上游",
    "中游",
    "下游",
    "中下游",
    "城市群",
    "三角洲",
    "新区",
    "沿线",
    "沿岸",
    "国家文化公园",
    "网",
)


def natural_features(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """China's major natural features the lexicon knows (柴达木盆地, 河西走廊, 贺兰山:
    ``natural_features.tsv``) are places, where no other name runs across them: a body's name
    holding one (中国长江三峡集团有限公司, 昆明滇池国际会展中心) keeps it, and so does a strategy's
    (长江经济带, 黄河流域); a person the model read over one becomes the place unless a title
    stands beside it or a verb of saying follows; a place the model read is kept as known.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "双方将在柴达木盆地建设光伏基地，相聚贺兰山下"
    >>> [(m.text, m.type) for m in natural_features([mention(text, 18, 21, "Person")], text,
    ...     load_lexicon())]
    [('柴达木盆地', 'Place'), ('贺兰山', 'Place')]
    >>> text = "推进长江经济带建设"
    >>> natural_features([], text, load_lexicon())
    []
    """
    names, pattern = _feature_names(lex.features)
    if pattern.search(text) is None:
        return sorted(ms)  # (most sentences name none: one search, not one per feature)
    out = list(ms)
    for name in names:
        at = text.find(name)
        while at >= 0:
            start, end = at, at + len(name)
            at = text.find(name, end)
            if text.startswith(_FEATURE_WORDS_AFTER, end):
                continue
            overlapping = [m for m in out if m.start < end and start < m.end]
            if any(
                m.type not in ("Place", "Person") or m.start < start or m.end > end
                for m in overlapping
            ):
                continue  # inside a body's or a longer name, or read as one already
            same = [m for m in overlapping if (m.start, m.end) == (start, end)]
            if same and same[0].type == "Person" and _said_of_a_person(out, text, start, end):
                continue  # 贺兰山说: a person of that name
            out = [m for m in out if m not in overlapping]  # the model's place: a known one now
            out.append(Mention(start, end, name, "Place", None, "lexicon"))
    return sorted(out)


@cache
def _feature_names(features: frozenset[str]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The features longest first, and a pattern that finds any of them."""
    names = tuple(sorted(features, key=lambda n: (-len(n), n)))
    return names, re.compile("|".join(map(re.escape, names)) or r"(?!)")


#: verbs of saying that make the name before them a person's (张江说, 张江表示)
_SAYING = ("说", "表示", "指出", "称", "介绍", "强调", "认为", "致辞", "讲话", "透露")


def _said_of_a_person(ms: list[Mention], text: str, start: int, end: int) -> bool:
    """A title beside the span, or a verb of saying right after it."""
    beside = any(m.type == "Role" and (m.end == start or m.start == end) for m in ms)
    return beside or text.startswith(_SAYING, end)


#: what follows a foreign city's name to make its government (吉大港市政府, 胡志明市人民委员会)
CITY_BODIES = ("政府", "政厅", "人民委员会", "议会")


def foreign_city_halls(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A foreign city the lexicon knows, then 市政府/市政厅/市人民委员会/市议会, is one
    government Organization; the place, person or body spans inside it give way.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "会见了曼谷市政府官员"
    >>> [(m.text, m.type) for m in foreign_city_halls([mention(text, 3, 5, "Place")], text,
    ...     load_lexicon())]
    [('曼谷市政府', 'Organization')]
    """
    out = list(ms)
    for lm in find(lex, text):
        if lm.type != "Place" or lex.foreign_place_of(lm.text) is None:
            continue
        city = lm.end if lm.text.endswith("市") else lm.end + 1
        if city > lm.end and not text.startswith("市", lm.end):
            continue
        body = next((b for b in CITY_BODIES if text.startswith(b, city)), None)
        if body is None:
            continue
        start, end = lm.start, city + len(body)
        overlapping = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.type == "Role" for m in overlapping):
            continue
        out = [m for m in out if m not in overlapping]
        out.append(mention(text, start, end, "Organization", "Government"))
    return sorted(out)


#: what may stand between a country and a region of it without being part of the region's name
_NOT_NAME_HEAD = set("驻国的和与及同跟、在于对向为是将把被从由等并也就都又")
#: the longest stretch of a foreign region's name a model may leave uncovered before its tail
_MAX_HEAD = 3


def foreign_place_heads(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A foreign place a model cut short right after its country takes back the uncovered
    characters between them (土耳其 + 开 + 塞利市 → 土耳其 + 开塞利市).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "兰州市与土耳其开塞利市签署协议"
    >>> ms = [mention(text, 4, 7, "Country"), mention(text, 8, 11, "Place")]
    >>> [m.text for m in foreign_place_heads(ms, text, load_lexicon())]
    ['土耳其', '开塞利市']
    """
    out = sorted(ms)
    for i in range(1, len(out)):
        country, place = out[i - 1], out[i]
        if country.type != "Country" or place.type != "Place" or lex.place_of(place.text):
            continue
        gap = text[country.end : place.start]
        if not 1 <= len(gap) <= _MAX_HEAD or any(
            not "\u4e00" <= c <= "\u9fff" or c in _NOT_NAME_HEAD for c in gap
        ):
            continue
        out[i] = mention(text, country.end, place.end, "Place", None, place.origin)
    return out


def former_after_places(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A place the model ran into the 原/前 (former) of the title after it (兰州市原|市长 read
    as the place 兰州市原) ends before it, when what is left is a place the lexicon knows and a
    title follows.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "兰州市原市长某某出席"
    >>> [m.text for m in former_after_places([mention(text, 0, 4, "Place")], text,
    ...     load_lexicon())]
    ['兰州市']
    >>> text = "河套平原市场"
    >>> [m.text for m in former_after_places([mention(text, 0, 4, "Place")], text,
    ...     load_lexicon())]
    ['河套平原']
    """
    out = []
    for m in ms:
        if (
            m.type == "Place"
            and m.text.endswith(("原", "前"))
            and lex.place_of(m.text[:-1]) is not None
            and _title_at(lex, text, m.end)
        ):
            m = mention(text, m.start, m.end - 1, "Place", m.subtype, m.origin)
        out.append(m)
    return out


def _title_at(lex: Lexicon, text: str, pos: int) -> bool:
    """Whether one of the lexicon's titles begins at ``pos``."""
    return any(text[pos : pos + n] in lex.titles for n in range(2, 8))
