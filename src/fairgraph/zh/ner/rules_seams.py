"""Organisations at the seams of names: two known bodies the model ran into one, a company
named as its parent and its city, and the next government of a list of foreign cities.

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "某省与中国宝武中国五矿签署协议"
>>> ms = [mention(text, 3, 11, "Organization", origin="crf")]
>>> [m.text for m in joined_known_bodies(ms, text, load_lexicon())]
['中国宝武', '中国五矿']
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.tables import agreement_nouns
from fairgraph.zh.ner.rules_common import find, mention

#: the model's own readings, which the rules here may take apart
_MODEL = ("crf", "lac")


def joined_known_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """中国宝武中国五矿 (a headline leaves out the 、): a model's organisation that is exactly
    two or more bodies the lexicon knows, one after the other, is those bodies."""
    out = list(ms)
    known = [m for m in find(lex, text) if m.type == "Organization"]
    for m in [m for m in ms if m.type == "Organization" and m.origin in _MODEL]:
        if lex.org_of(m.text) is not None:
            continue
        parts: list[Mention] = []
        at = m.start
        while at < m.end:
            here = [k for k in known if k.start == at and k.end <= m.end]
            if not here:
                break
            longest = max(here, key=lambda k: k.end)
            parts.append(mention(text, longest.start, longest.end, "Organization"))
            at = longest.end
        if at == m.end and len(parts) >= 2:
            out.remove(m)
            out.extend(parts)
    return sorted(out)


#: what ends a company's name after the city of its branch (某某能源青岛有限公司)
_COMPANY_TAILS = ("有限责任公司", "股份有限公司", "有限公司", "分公司")


def branch_companies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某某能源|青岛有限公司: a body the lexicon knows written right before a city and a
    company's ending is that body's company in the city, one organisation (the model's
    pieces inside it give way).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "其子公司三峡新能源青岛有限公司与某港签约"
    >>> ms = [mention(text, 4, 6, "Place", origin="crf"), mention(text, 9, 15, "Organization",
    ...     origin="crf")]
    >>> [(m.text, m.type) for m in branch_companies(ms, text, load_lexicon())]
    [('三峡新能源青岛有限公司', 'Organization')]
    """
    if not any(t in text for t in _COMPANY_TAILS):
        return ms
    out = list(ms)
    for known in [k for k in find(lex, text) if k.type == "Organization"]:
        tail = next(
            (
                m
                for m in out
                if m.start == known.end and m.type == "Organization" and m.origin in _MODEL
            ),
            None,
        )
        if tail is None:
            continue
        ending = next((t for t in _COMPANY_TAILS if tail.text.endswith(t)), None)
        city = tail.text[: -len(ending)] if ending else ""
        if not city or lex.place_of(city) is None:
            continue
        inside = [m for m in out if m.start < tail.end and known.start < m.end]
        if any(m.start < known.start or (m.type == "Role") for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(mention(text, known.start, tail.end, "Organization", "Company"))
    return sorted(out)


#: a city government, the item a list of them repeats (甲市政府、乙市政府)
_CITY_HALLS = ("市人民政府", "市政府", "市政厅")
#: the next item of a list of city governments: joiner, the city's name, its government
_NEXT_HALL = re.compile(
    r"[、和及与](?P<hall>(?:(?![、和及与的在等])[\u4e00-\u9fff·]){2,6}?(?:"
    + "|".join(_CITY_HALLS)
    + r"))"
)


def listed_city_halls(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某国甲市政府、乙市政府: a city government listed right after another is one too, though
    the lexicon does not know the city (a foreign one the model cut into places).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某市与某国甲城市政府、乌乐德市政府签订协议"
    >>> ms = [mention(text, 5, 10, "Organization", origin="rule"),
    ...     mention(text, 11, 13, "Place", origin="crf"), mention(text, 13, 14, "Place",
    ...     origin="crf")]
    >>> [m.text for m in listed_city_halls(ms, text, load_lexicon()) if m.type == "Organization"]
    ['甲城市政府', '乌乐德市政府']
    """
    if not any(h in text for h in _CITY_HALLS):
        return ms
    out = list(ms)
    queue = sorted(ms)
    for first in queue:  # (an item found is the first of the next)
        if first.type != "Organization" or not first.text.endswith(_CITY_HALLS):
            continue
        hit = _NEXT_HALL.match(text, first.end)
        if hit is None:
            continue
        s, e = hit.span("hall")
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue  # a name runs across the item's edge
        if any(m.type == "Organization" and (m.start, m.end) == (s, e) for m in inside):
            continue
        if any(m.origin not in _MODEL or m.type not in ("Place", "Person") for m in inside):
            continue  # a known name inside: not a plain item
        out = [m for m in out if m not in inside]
        out.append(mention(text, s, e, "Organization", "Government"))
        queue.append(out[-1])
    return sorted(out)


#: how a foreign body's name ends, when the model leaves it bare between its country and
#: its head's title (俄罗斯|出口中心|总经理)
_BODY_ENDS = ("中心", "协会", "商会", "委员会", "基金会", "署", "局", "银行", "公司", "集团")
#: titles only the head of a body holds
_HEAD_TITLES = (
    "总经理",
    "副总经理",
    "主席",
    "副主席",
    "会长",
    "副会长",
    "主任",
    "副主任",
    "署长",
    "局长",
    "行长",
    "董事长",
    "总裁",
    "首席执行官",
    "秘书长",
)
#: what a body's bare name never holds (a function word, a verb of meeting)
_NOT_IN_NAME = set("的与和及同跟在于对向为是将把被从由等并也就都又、，。；：会见")


def foreign_bodies_before_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某国 + a body's name the model left bare + its head's title (俄罗斯出口中心总经理):
    the country and the name are one foreign body, whose head the title names.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "厅长与乌兹别克斯坦出口促进中心总经理某某签署备忘录"
    >>> ms = [mention(text, 3, 9, "Country"), mention(text, 15, 18, "Role")]
    >>> [(m.text, m.type) for m in foreign_bodies_before_titles(ms, text, load_lexicon())]
    [('乌兹别克斯坦出口促进中心', 'Organization'), ('总经理', 'Role')]
    """
    ordered = sorted(ms)
    out = list(ordered)
    for country, role in zip(ordered, ordered[1:], strict=False):
        if country.type != "Country" or role.type != "Role" or role.text not in _HEAD_TITLES:
            continue
        if country.text in ("中国", "中华人民共和国"):
            continue
        name = text[country.end : role.start]
        if not 3 <= len(name) <= 8 or not name.endswith(_BODY_ENDS):
            continue
        if any(not "\u4e00" <= c <= "\u9fff" or c in _NOT_IN_NAME for c in name):
            continue
        if lex.place_of(name) is not None or lex.foreign_place_of(name) is not None:
            continue
        out.remove(country)
        out.append(mention(text, country.start, role.start, "Organization"))
    return sorted(out)


#: the document words a signed paper's name ends in (…合作框架|协议: ``agreement_nouns.tsv``)
_PAPERS = agreement_nouns("paper")
#: how the name of a signed paper ends before its document word, never a body's name
_PAPER_HEADS = ("合作", "框架", "框架性", "战略", "发展", "投资", "交流", "共建")


def paper_names_as_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """《甲乙商务合作框架协议》: what the model reads as a body right before the document word,
    ending as a paper's name does (合作, 框架), is the paper's name, not a body; so is the
    topic of a paper signed right before it (签署港航物流战略合作协议, :func:`_signed_topic`).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "双方签署了《甲乙商务合作框架协议》"
    >>> ms = [mention(text, 6, 14, "Organization", origin="crf")]
    >>> paper_names_as_bodies(ms, text, load_lexicon())
    []
    """
    return [
        m
        for m in ms
        if not (
            m.type == "Organization"
            and m.origin in _MODEL
            and lex.org_of(m.text) is None
            and (
                (m.text.endswith(_PAPER_HEADS) and text.startswith(_PAPERS, m.end))
                or _signed_topic(m, text, lex)
            )
        )
    ]


#: a signing verb right before a paper's topic, and what the paper founds (签署共建…协议)
_SIGNED_BEFORE = re.compile(
    r"(?:签署|签订|签约|签定)了?(?P<founds>共建|共同建设|合作共建|联合共建|共同设立|设立|成立)?$"
)
#: the rest of a paper's name and its document word after its topic (…战略合作协议)
_PAPER_AFTER = re.compile(
    "(?:" + "|".join(_PAPER_HEADS) + ")*(?:" + "|".join(map(re.escape, _PAPERS)) + ")"
)


def _signed_topic(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a model organisation is the topic of a paper signed right before it (签署|港航物流|
    战略合作协议, 签署共建|联合实验室|协议): a topic or what the paper founds, not a signing body;
    a name ending as a body's does stays, unless the paper founds it.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "甲与乙签署共建联合实验室协议"
    >>> _signed_topic(mention(text, 7, 12, "Organization"), text, load_lexicon())
    True
    >>> text = "甲与乙签署港航物流战略合作协议"
    >>> _signed_topic(mention(text, 5, 9, "Organization"), text, load_lexicon())
    True
    >>> text = "双方签署丙丁集团合作协议"
    >>> _signed_topic(mention(text, 4, 8, "Organization"), text, load_lexicon())
    False
    """
    before = _SIGNED_BEFORE.search(text, max(0, m.start - 8), m.start)
    if before is None or _PAPER_AFTER.match(text, m.end) is None:
        return False
    return bool(before.group("founds")) or not m.text.endswith(lex.org_suffixes)


#: how a foreign region's name ends (某国|某某内区, 某某斯克州)
_REGION_ENDS = ("区", "州", "省", "市", "县", "镇")


def foreign_regions_read_as_persons(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某国 + a name of four or more characters ending as a region does (俄罗斯波格拉尼奇内区):
    a foreign region the model read as a person is a place.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某市与俄罗斯乌斯季卡缅区结为友好城市"
    >>> ms = [mention(text, 3, 6, "Country"), mention(text, 6, 12, "Person", origin="crf")]
    >>> [(m.text, m.type) for m in foreign_regions_read_as_persons(ms, text, load_lexicon())]
    [('俄罗斯', 'Country'), ('乌斯季卡缅区', 'Place')]
    """
    ordered = sorted(ms)
    out = list(ordered)
    for country, name in zip(ordered, ordered[1:], strict=False):
        if (
            country.type == "Country"
            and name.type == "Person"
            and name.origin in _MODEL
            and name.start == country.end
            and len(name.text) >= 4
            and name.text.endswith(_REGION_ENDS)
            and "·" not in name.text
        ):
            out[out.index(name)] = mention(text, name.start, name.end, "Place", origin=name.origin)
    return sorted(out)
