"""Place mentions a statistical recogniser proposes, kept only when they look like places.

A model tags many words as places that the graph should not hold: abbreviations (中, 美, 赣),
regions and figures of speech (南亚, 西部, 两岸, 神州), rivers named as policy areas, fragments
of names cut at a space, company names.  A model place is kept when the lexicon knows it
(foreign cities included), or when it ends like an administrative division, a development
zone or a venue and names something before that ending (海口市, 长春净月高新区,
厦门国际会展中心).  A place written right after its foreign country in one span
(土耳其某某市) is split into the two.  Places from the lexicon or the rules are never
dropped here.

>>> from fairgraph.model import Mention
>>> ms = [Mention(0, 2, "西部", "Place", origin="crf")]
>>> ms.append(Mention(3, 6, "贺兰山", "Place", origin="crf"))
>>> [m.text for m in plausible_places(ms)]
['贺兰山']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.ner.rules_model import FREE_ZONE_ENDS

#: origins of statistical recognisers, whose places are checked
MODEL_ORIGINS = frozenset({"crf", "lac"})
#: endings of divisions, zones, landmarks and venues, longest first
PLACE_ENDINGS = (
    "国际会展中心",
    "国际博览中心",
    "国际展览中心",
    "特别行政区",
    "经济开发区",
    "会展中心",
    "会议中心",
    "博览中心",
    "展览中心",
    "体育中心",
    "自治区",
    "自治州",
    "自治县",
    "边疆区",
    "开发区",
    "高新区",
    "经开区",
    "保税区",
    "自贸区",
    "示范区",
    "试验区",
    "新区",
    "区",
    "宾馆",
    "酒店",
    "饭店",
    "大厦",
    "会堂",
    "广场",
    "省",
    "邦",
    "府",
    "市",
    "县",
    "州",
    "镇",
    "乡",
    "村",
    "旗",
    "盟",
    "岛",
    "山",
    "湖",
)
#: areas named by kind, never a district's name (园区, 地区, 赛区 …)
COMMON_AREAS = frozenset(
    str.split(
        "园区 地区 赛区 灾区 市区 城区 郊区 景区 片区 辖区 社区 校区 展区 街区 小区 矿区 牧区 "
        "山区 专区 战区 营区 禁区 老区 边区 港区 厂区 湾区 库区 林区 垦区 商区 保护区"
    )
)
#: characters that make a span a phrase rather than a name (大陆各省, 省区市)
_PHRASE_CHARS = set("各等全本该其省区市")
#: what stands before 府/邦 in a body or a word rather than a region's name
_NOT_REGION_HEADS = ("政", "统", "理", "相", "王", "督", "首", "联", "城")
_NOT_NAME = set(" \u3000、，,0123456789０１２３４５６７８９")


def plausible_place(m: Mention) -> bool:
    """Whether a place mention may stand: known, or shaped like a named place.

    >>> plausible_place(Mention(0, 1, "赣", "Place", origin="crf"))
    False
    >>> plausible_place(Mention(0, 4, "广西南宁", "Place", origin="crf"))
    True
    >>> plausible_place(Mention(0, 6, "西安唐城宾馆", "Place", origin="crf"))
    True
    >>> plausible_place(Mention(0, 4, "创业园区", "Place", origin="crf"))
    False
    >>> plausible_place(Mention(0, 2, "曼谷", "Place", origin="crf"))
    True
    >>> plausible_place(Mention(0, 3, "清迈府", "Place", origin="crf"))
    True
    >>> plausible_place(Mention(0, 4, "泰国政府", "Place", origin="crf"))
    False
    """
    if m.type != "Place" or m.origin not in MODEL_ORIGINS:
        return True
    lex = load_lexicon()
    text = m.text
    if lex.place_of(text) or lex.country_of(text) or lex.foreign_place_of(text):
        return True
    if len(text) < 2 or any(c in _NOT_NAME for c in text):
        return False
    if _known_parts(text) or _zone_of_known_place(text):
        return True
    ending = next((e for e in PLACE_ENDINGS if text.endswith(e)), None)
    if ending is None or (ending == "区" and text[-2:] in COMMON_AREAS):
        return False
    name = text[: -len(ending)]
    if ending in ("府", "邦") and name.endswith(_NOT_REGION_HEADS):
        return False  # 泰国政府, 总统府, 美国联邦 are no regions
    return len(name) >= 2 and not any(c in _PHRASE_CHARS for c in name)


#: the endings of a zone's or a cluster's name after its place (海南自贸港, 兰州新区综合保税区)
ZONE_NAME_ENDS = (
    *FREE_ZONE_ENDS,
    "经济开发区",
    "开发区",
    "高新区",
    "经开区",
)


def _zone_of_known_place(text: str) -> bool:
    """A zone or city cluster named after a known place (海南自贸港, 兰州新区综合保税区).

    >>> _zone_of_known_place("海南自贸港"), _zone_of_known_place("创业综合保税区")
    (True, False)
    """
    ending = next((e for e in ZONE_NAME_ENDS if text.endswith(e)), None)
    if ending is None:
        return False
    head = text[: -len(ending)]
    lex = load_lexicon()
    return any(lex.place_of(head[:k]) for k in range(len(head), 1, -1))


def _known_parts(text: str) -> bool:
    """A province followed by a known place inside it (广西南宁, 云南昆明)."""
    lex = load_lexicon()
    for cut in range(2, len(text) - 1):
        if lex.place_of(text[:cut]) is not None and lex.place_of(text[cut:]) is not None:
            return True
    return False


def split_country_prefix(m: Mention) -> list[Mention]:
    """A place written after its (foreign) country, as one span: the country, then the place.

    >>> [(x.text, x.type) for x in split_country_prefix(Mention(0, 7, "土耳其埃某内市", "Place"))]
    [('土耳其', 'Country'), ('埃某内市', 'Place')]
    """
    if m.type == "Organization":
        return split_country_from_known_org(m)
    if m.type != "Place":
        return [m]
    lex = load_lexicon()
    for cut in range(len(m.text) - 2, 1, -1):
        head = m.text[:cut]
        entry = lex.country_of(head)
        if entry is None or head in ("中国", "中华人民共和国"):
            continue
        end = m.start + cut
        return [
            Mention(m.start, end, head, "Country", None, m.origin),
            Mention(end, m.end, m.text[cut:], "Place", m.subtype, m.origin),
        ]
    return [m]


def split_country_from_known_org(m: Mention) -> list[Mention]:
    """A well-known organisation written after its (foreign) country, as one span.

    Split only when the rest is a company the lexicon knows (德国西门子 → 德国 + 西门子); names
    that merely start with a country (柬埔寨国家电力公司) and foreign government bodies
    (巴基斯坦商务部) stay whole.

    >>> [(x.text, x.type) for x in split_country_from_known_org(
    ...     Mention(0, 6, "美国通用电气", "Organization"))]
    [('美国', 'Country'), ('通用电气', 'Organization')]
    """
    lex = load_lexicon()
    if lex.org_of(m.text) is not None:
        return [m]
    for cut in range(len(m.text) - 2, 1, -1):
        head, rest = m.text[:cut], m.text[cut:]
        if head in ("中国", "中华人民共和国") or lex.country_of(head) is None:
            continue
        entry = lex.org_of(rest)
        if entry is None or entry.kind != "Company":
            return [m]  # 巴基斯坦商务部 is Pakistan's ministry, not China's 商务部
        end = m.start + cut
        return [
            Mention(m.start, end, head, "Country", None, m.origin),
            Mention(end, m.end, rest, "Organization", entry.kind, m.origin),
        ]
    return [m]


def plausible_places(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with country-prefixed places split and implausible model places dropped."""
    out = [part for m in mentions for part in split_country_prefix(m)]
    return [m for m in out if plausible_place(m)]


#: 我省/我市/我区 standing as a party of a signing: right before or after 与 (同, 和, 跟), or
#: opening a clause of its signings (我省共签约项目426个)
_OWN_PARTY = re.compile(
    r"(?<=[与同和跟])(我省|我市|我区)|(我省|我市|我区)(?=(?:还|也|先后|共|当天|分别)?[与同和跟])"
    r"|(?<=[，。；\n])(我省|我市|我区)(?=(?:共|累计|此次|本届)?(?:签约|签订|签署))"
)
#: what the report's own province or city is written as (我省 → the province, 我市 → the city,
#: 我区 → the autonomous region a regional daily reports from)
OWN_PLACE_WORDS = {"我省": "province", "我市": "city", "我区": "region"}


def own_place_parties(text: str, mentions: Sequence[Mention], known: set[str]) -> list[Mention]:
    """我省与某集团签署…: the report's own province (我市: city) as a place mention where it is
    a party of a signing (its sentence has 签), so the agreement has both its parties; only
    for the levels in ``known`` (the report's context names that province or city), and never
    over another mention.

    >>> t = "我省与某集团签署了合作协议。我市经济发展迅速。"
    >>> [(m.text, m.start) for m in own_place_parties(t, [], {"province", "city"})]
    [('我省', 0)]
    >>> own_place_parties(t, [], {"city"})
    []
    >>> [m.text for m in own_place_parties("某集团同我区签约。", [], {"province", "region"})]
    ['我区']
    """
    out = []
    for match in _OWN_PARTY.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        word, start = match.group(group), match.start(group)
        end = start + len(word)
        if OWN_PLACE_WORDS[word] not in known:
            continue
        lo = max(text.rfind(c, 0, start) for c in "。；！？\n") + 1
        hi = min(
            (i for i in (text.find(c, end) for c in "。；！？\n") if i >= 0), default=len(text)
        )
        if "签" not in text[lo:hi]:
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue
        out.append(Mention(start, end, word, "Place", None, "own-place"))
    return out
