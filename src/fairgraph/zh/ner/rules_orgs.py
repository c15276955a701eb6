"""Place, country and organisation rules: country/region splits, organisation span growth,
delegations, lexicon types and organisation subtypes.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "甘肃省人民政府"
>>> found = place_with_org_suffix([mention(text, 0, 3, "Place")], text, load_lexicon())
>>> [(m.text, m.type) for m in found]
[('甘肃省人民政府', 'Organization')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.titles import INVESTMENT_SHORT_FORMS as _INVESTMENT
from fairgraph.zh.ner.rules_common import (
    ALNUM,
    HOME,
    PROJECT_HEADS,
    PUNCT,
    REGION_ENDS,
    STOP_IN_ORG,
    long_suffixes,
    mention,
    span_mention,
    suffix_re,
)

#: the short forms of local investment groups (交投, 城投, 建投 …)
INVESTMENT_SHORT_FORMS = tuple(_INVESTMENT.split())

DELEGATIONS = ("代表团", "考察团", "访问团", "经贸团", "交易团", "代表处")
#: groups a place sends to a fair, named by their sender: no organisations (某州参展团)
_SENT_GROUPS = ("代表团", "考察团", "访问团", "参展团", "招商团", "招商团队", "采购团")


def _country_prefix(s: str, lex: Lexicon) -> str | None:
    for k in range(min(len(s) - 2, 16), 1, -1):
        if s[:k] in lex.countries and s[:k] not in HOME:
            return s[:k]
    return None


def _region_after_country(country: str, rest: str) -> bool:
    """A long country name, then a region of 3+ characters ending in a region word."""
    return (
        len(country) >= 4
        and len(rest) >= 3
        and rest[0] not in "驻的人"
        and rest.endswith(REGION_ENDS)
    )


def split_country_region(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """吉尔吉斯共和国伊塞克湖州 → Country 吉尔吉斯共和国 + Place 伊塞克湖州.

    Only a country name of 4+ characters followed by a region of 3+ characters ending in a
    region word (州, 省, 邦, 市 …) is split, and so is any country before a foreign city or
    region the lexicon knows (哈萨克斯坦阿拉木图); 美国某某县 stays one place.
    """
    out = []
    for m in ms:
        if m.type in ("Place", "Country") and m.text not in lex.countries:
            pre = _country_prefix(m.text, lex)
            rest = m.text[len(pre) :] if pre else ""
            if pre and rest.startswith("驻"):  # 蒙古国驻华 (大使) → 蒙古国
                out.append(span_mention(m, text, m.start, m.start + len(pre), type="Country"))
                continue
            if pre and (lex.foreign_place_of(rest) or _region_after_country(pre, rest)):
                cut = m.start + len(pre)
                out += [
                    mention(text, m.start, cut, "Country", origin=m.origin),
                    span_mention(m, text, cut, m.end, type="Place"),
                ]
                continue
        out.append(m)
    return out


def _place_before(text: str, pos: int, lex: Lexicon) -> int | None:
    """Start of a place/country name ending at ``pos`` (longest), or None."""
    for k in range(min(pos, 12), 1, -1):
        name = text[pos - k : pos]
        if name in lex.places or name in lex.countries or name in lex.foreign_places:
            return pos - k
    return None


#: last characters of a government body's name (商务部, 商务厅, 投资局 …)
BODY_LAST = set("部厅局署委办院")
#: conjunctions that join two names in a list
LIST_JOINERS = set("和与及、同跟")
#: verbs joining two partners (A携手B, A联手B, A会同B)
_PARTNERING = frozenset(("携手", "联手", "牵手", "会同", "协同", "联合"))


def ends_body(text: str, pos: int) -> bool:
    """Whether a body's name ends at ``pos`` and a list goes on after it (商务部|和越南工贸部).

    >>> ends_body("巴基斯坦商务部和越南工贸部", 6), ends_body("青海省工业和信息化厅", 4)
    (True, False)
    """
    return text[pos] in BODY_LAST and pos + 1 < len(text) and text[pos + 1] in LIST_JOINERS


def extend_org_left(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Grow an organisation leftwards over 360/ABC prefixes and over place prefixes.

    信息化厅 after 青海省工业和 → 青海省工业和信息化厅 (a place, then up to 5 Han
    characters with no function word, then a short government-body span); 人民法院 after
    深圳福田区 → 深圳福田区人民法院; 数字安全集团有限公司 after 360 → 360数字安全集团有限公司.
    """
    out = []
    for m in ms:
        if m.type == "Organization":
            s = m.start
            alnum = ALNUM.search(text, max(0, s - 8), s)
            if (
                alnum
                and alnum.end() == s
                and (alnum.start() == 0 or not ALNUM.match(text[alnum.start() - 1]))
                and m.text.endswith(tuple(x for x in lex.org_suffixes if len(x) >= 2))
                and any(c.isdigit() or c.isupper() for c in alnum.group())
            ):
                s = alnum.start()
            if s == m.start and len(m.text) <= 5 and m.text.endswith(lex.gov_suffixes):
                for k in range(1, 6):
                    q = s - k
                    if q < 0 or text[q] in PUNCT or text[q] in STOP_IN_ORG or ends_body(text, q):
                        break
                    if text[q] in LIST_JOINERS and text[:q].endswith(long_suffixes(lex)):
                        break  # 某省人民政府和|中国外交部: a whole body ends before the joiner
                    if text[q - 1 : q + 1] in _PARTNERING:
                        break  # 中国贸促会携手|兰州海关: two bodies
                    p = _place_before(text, q, lex)
                    if p is not None:
                        s = p
                        break
            for _ in range(3 if s == m.start else 0):
                p = _place_before(text, s, lex)
                if p is None:
                    break
                s = p
            if s != m.start:
                m = span_mention(m, text, s, m.end)
        out.append(m)
    return out


#: the endings of institutes and associations whose fields may stand between the country and
#: the ending (中国|城市发展|研究院)
INSTITUTE_ENDS = (
    "研究院",
    "研究所",
    "研究中心",
    "研究会",
    "协会",
    "学会",
    "商会",
    "促进会",
    "联合会",
    "基金会",
)
#: what never stands in an institute's field: function words, time words, joiners
_NOT_IN_FIELD = STOP_IN_ORG | set("年月日今昨明和、")


def country_institutes(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """中国 + a field the model left bare + an institute it cut (展研究院) is one institute:
    中国城市发展研究院, not the country and a fragment. The field is 1–6 Han characters with no
    function or time word and no mention of its own.

    >>> text = "主持中国城市发展研究院常务副院长"
    >>> ms = [mention(text, 2, 4, "Country"), mention(text, 7, 11, "Organization")]
    >>> [(m.text, m.type) for m in country_institutes(ms, text, None)]
    [('中国城市发展研究院', 'Organization')]
    >>> text = "中国与东盟商会签约"  # a joiner: two parties
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 3, 7, "Organization")]
    >>> [m.text for m in country_institutes(ms, text, None)]
    ['中国', '东盟商会']
    """
    ordered = sorted(ms)
    out = list(ordered)
    for country, body in zip(ordered, ordered[1:], strict=False):
        if (
            country.type not in ("Country", "Place")  # (the model may call 中国 a place)
            or country.text not in HOME
            or body.type != "Organization"
            or not body.text.endswith(INSTITUTE_ENDS)
            or country not in out
        ):
            continue
        field = text[country.end : body.start]
        if not 1 <= len(field) <= 6 or any(
            not "\u4e00" <= c <= "\u9fff" or c in _NOT_IN_FIELD for c in field
        ):
            continue
        out.remove(country)
        out[out.index(body)] = span_mention(body, text, country.start, body.end)
    return sorted(out)


def extend_org_right(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """青海省人民 + 政府 → 青海省人民政府: take an organisation suffix that follows directly."""
    out = []
    for m in ms:
        if m.type == "Organization" and not m.text.endswith(("公司", "集团", "政府", "银行")):
            hit = suffix_re(lex).match(text, m.end)
            # (某局|组织企业参展: a body that organises; 组织 names a body only after words of
            # its own, 国际劳工组织)
            verb = hit is not None and hit.group() == "组织" and _whole_body(m.text, lex)
            if hit and hit.group() not in DELEGATIONS and not verb:
                e = hit.end()
                if not (e < len(text) and text[e] == "长"):
                    m = span_mention(m, text, m.start, e)
        out.append(m)
    return out


#: one-character prepositions a model may read as a place's abbreviation (以色列's 以)
_ONE_CHAR_WORDS = frozenset("以在从向对为于与和及由")
#: words after a place that name a kind of thing or a part of the place, not a body
_KINDS_AFTER_PLACES = frozenset(("企业", "组织", "中心", "平台", "园区", "论坛"))


def _whole_body(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` ends like a body's whole name or is a known body (so that 组织 or 主办
    after it is the verb)."""
    return name.endswith(_BODY_BEFORE_VERB) or lex.org_of(name) is not None


def place_with_org_suffix(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """甘肃省 + 人民政府 → Organization 甘肃省人民政府 (a place directly followed by an
    organisation suffix of 2+ characters, not a title such as 省长)."""
    out = []
    for m in ms:
        # (中国政府 stays 中国 + 政府; 以|政府的名义: a preposition, no place)
        if m.type == "Place" and m.text not in lex.countries and m.text not in _ONE_CHAR_WORDS:
            end = _known_place_end(m, text, lex)
            hit = suffix_re(lex).match(text, end)
            # (香港企业: the place's firms, no body; 甘肃省组织…: the place organises; 兰州市中心,
            # 甘肃省平台/园区/论坛: a part of the place or a kind of thing, no body's name)
            if hit and hit.group() not in _KINDS_AFTER_PLACES:
                e = hit.end()
                # (甘肃省保险|业: an industry; 兰州市委|托: the verb 委托)
                invests = hit.group().endswith("投") and text[e : e + 1] == "资"
                invests |= text[e : e + 1] == "业" or (
                    hit.group().endswith("委") and text[e : e + 1] == "托"
                )
                # (某新区产业园|项目: the project, the place stays a place)
                project = hit.group().endswith(PROJECT_HEADS) and text.startswith("项目", e)
                if not (e < len(text) and text[e] == "长") and not invests and not project:
                    m = span_mention(m, text, m.start, e, type="Organization")
        out.append(m)
    return out


def _known_place_end(m: Mention, text: str, lex: Lexicon) -> int:
    """Where a place ends when the model took the first character of a local investment
    group's short form into it (贵阳城|投 → 贵阳 + 城投): else the mention's own end.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "贵阳城投与某集团签约"
    >>> _known_place_end(mention(text, 0, 3, "Place"), text, load_lexicon())
    2
    """
    head = m.text[:-1]
    if (
        lex.place_of(m.text) is None
        and lex.place_of(head) is not None
        and text.startswith(INVESTMENT_SHORT_FORMS, m.end - 1)
    ):
        return m.end - 1
    return m.end


#: what a delegation may say about itself before 代表团 (韩国某某道经济代表团)
DELEGATION_FIELDS = (
    "经济",
    "经贸",
    "商务",
    "贸易",
    "投资",
    "工商",
    "企业",
    "政府",
    "官方",
    "商业",
    "党政",
    "友好",
)


def _sender(head: str, lex: Lexicon) -> list[tuple[int, str]] | None:
    """How a delegation's sender splits: ``(length, type)`` pieces, or None if unknown.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> _sender("吉尔吉斯共和国伊塞克湖州", load_lexicon())
    [(7, 'Country'), (5, 'Place')]
    """
    if head in lex.countries:
        return [(len(head), "Country")]
    if head in lex.places or head in lex.foreign_places:
        return [(len(head), "Place")]
    pre = _country_prefix(head, lex)
    if pre and lex.foreign_place_of(head[len(pre) :]):
        return [(len(pre), "Country"), (len(head) - len(pre), "Place")]
    if head in lex.organizations or head.endswith(lex.org_suffixes):
        return [(len(head), "Organization")]
    return None


def strip_delegation(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """新疆生产建设兵团代表团 → 新疆生产建设兵团: a delegation names its sender.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "海西州参展团展示了产品"
    >>> [(m.text, m.type) for m in strip_delegation([mention(text, 0, 6, "Organization")], text,
    ...  load_lexicon())]
    [('海西州', 'Place')]

    A sender written as country and region becomes both (吉尔吉斯共和国伊塞克湖州代表团);
    a field word before 代表团 goes with the delegation (韩国某某道经济代表团).
    """
    out = []
    for m in ms:
        ending = next((e for e in (*_SENT_GROUPS, *DELEGATIONS[3:5]) if m.text.endswith(e)), None)
        if m.type != "Organization" or ending is None:
            out.append(m)
            continue
        head = m.text[: -len(ending)]
        pieces = _sender(head, lex)
        field = next((f for f in DELEGATION_FIELDS if head.endswith(f)), None)
        if pieces is None and field and len(head) > len(field):
            head = head[: -len(field)]
            found = _sender(head, lex)
            pieces = found if found and found[0][1] != "Organization" else None
        if pieces is None:
            if ending not in _SENT_GROUPS:
                out.append(m)  # 某某交易团, 某某代表处: bodies of a kind
            continue  # a delegation whose sender is not a known name is no organisation
        at = m.start
        for size, kind in pieces:
            sub = m.subtype if kind == "Organization" else None
            out.append(span_mention(m, text, at, at + size, type=kind, subtype=sub))
            at += size
    return out


#: a kind of body named by its kind alone (国际组织, 大型商协会, 评审委员会, 博览会组委会)
_GENERIC_BODY = re.compile(
    r"^(?:国际|大型|中小|各类|各级|有关|相关|评审|专家|(?:洽谈|博览|交易|展览)会)?"
    r"(?:组织|商协会|协会|商会|委员会|组委会|执委会|秘书处)$"
)
#: what a fair's name ends with: a body named so is the fair (its series), not an organisation
_FAIR_ENDS = ("博览会", "洽谈会", "交易会", "展览会", "采购会", "交易博览会")
#: verbs an organisation span may run on into (商务部投促局|组织的活动), after a body's suffix
_ORG_VERB_TAIL = re.compile(r"(?:组织|主办|举办|承办|协办)$")
#: what a body's name ends with before such a verb (政府|组织, 分行|组织, 大使馆|组织 …); names
#: that end in 组织 (世界贸易组织, 上海合作组织) have no body's ending before it
_BODY_BEFORE_VERB = tuple("局部委厅办会司社院府署行学所馆室团处心盟关")


#: a country's government after its name, with the kind of government it is
_COUNTRY_GOVERNMENT = re.compile(r"(?:临时|过渡|联邦|王国|中央)?政府")


def bodies_named_as_fairs(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A fair named without its edition (某某国际经济贸易洽谈会, 渝洽会) read as an organisation
    is a fair mention; a bare 中共 is no organisation; a body that ran on into the verb after
    it (某某局组织的) ends before the verb; a country's government (某国政府) is a body.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> [m.text for m in bodies_named_as_fairs([mention("国际组织", 0, 4, "Organization")],
    ...     "国际组织", load_lexicon())]
    []
    >>> t = "西北电子公文库"  # a word cut inside another
    >>> bodies_named_as_fairs([mention(t, 0, 5, "Organization")], t, load_lexicon())
    []
    >>> t = "某某国际经济贸易洽谈会由商务部投促局组织，中国政府支持，中共"
    >>> ms = [mention(t, 0, 11, "Organization"), mention(t, 12, 20, "Organization"),
    ...       mention(t, 21, 23, "Country"), mention(t, 28, 30, "Organization")]
    >>> [(m.text, m.type) for m in bodies_named_as_fairs(ms, t, load_lexicon())][1:]
    [('商务部投促局', 'Organization'), ('中国政府', 'Organization')]
    >>> bodies_named_as_fairs(ms, t, load_lexicon())[0].type
    'Fair'
    """
    out = []
    for i, m in enumerate(ms):
        if m.type == "Organization" and (m.text == "中共" or _GENERIC_BODY.match(m.text)):
            continue  # 中共 alone, 国际组织, 大型商协会, 洽谈会组委会: kinds of bodies, no names
        if m.type == "Organization" and m.text.endswith("公") and not text.startswith("司", m.end):
            continue  # 某某电子公|文库: a word cut inside another, not a company (…公司)
        if m.type == "Organization" and (m.text.endswith(_FAIR_ENDS) or lex.fair_of(m.text)):
            m = replace(m, type="Fair", subtype=None)
        elif (
            m.type == "Organization"
            and m.text.endswith("委")
            and text.startswith("托", m.end)
            and lex.place_of(m.text[:-1]) is not None
        ):  # 兰州市委|托: the place entrusts (委托), no Party committee
            m = span_mention(m, text, m.start, m.end - 1, type="Place", subtype=None)
        elif (
            m.type == "Organization"
            and (tail := _ORG_VERB_TAIL.search(m.text))
            and _whole_body(m.text[: tail.start()], lex)
            and lex.org_of(m.text) is None
        ):
            m = span_mention(m, text, m.start, m.start + tail.start())
        elif (
            m.type == "Country"
            and (government := _COUNTRY_GOVERNMENT.match(text, m.end)) is not None
            and not any(x.start < government.end() and x.end > m.end for x in ms[i + 1 :])
        ):  # 某国政府, 某国临时政府, 某国联邦政府
            m = span_mention(
                m, text, m.start, government.end(), type="Organization", subtype="Government"
            )
        out.append(m)
    return out


#: a country's own state bodies and parties (老挝国会, 中国国民党), which are organisations
_STATE_BODIES = ("党", "国会", "议会", "议院", "内阁", "王室", "军", "海军", "空军")


def country_and_noun(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A country followed by a common noun of one to three characters (中国家电, 俄罗斯海鲜,
    蒙古国六国) read as an organisation names no body: the span is dropped. A known body, a
    name with a body's ending (俄罗斯联邦储蓄银行) or a declared name stays.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> t = "中国家电企业和俄罗斯海鲜，日本电通公司"
    >>> ms = [mention(t, 0, 4, "Organization"), mention(t, 7, 12, "Organization"),
    ...       mention(t, 13, 19, "Organization")]
    >>> [m.text for m in country_and_noun(ms, t, load_lexicon())]
    ['日本电通公司']
    >>> t = "来源：中国甘肃网"
    >>> [m.text for m in country_and_noun([mention(t, 3, 8, "Organization")], t, load_lexicon())]
    ['中国甘肃网']
    """
    out = []
    for m in ms:
        if m.type == "Organization" and lex.org_of(m.text) is None:
            head = next(
                (k for k in range(min(len(m.text) - 1, 8), 1, -1) if lex.country_of(m.text[:k])),
                None,
            )
            rest = m.text[head:] if head else ""
            # (中国甘肃网, 中国江西网: a news portal named after a province is a body)
            portal = rest.endswith("网") and lex.place_of(rest[:-1]) is not None
            bodily = rest.endswith(_STATE_BODIES + lex.org_suffixes) or portal
            if head and 1 <= len(rest) <= 3 and not bodily:
                continue
        out.append(m)
    return out


def fix_types(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Lexicon knowledge wins on exact names: countries → Country, divisions → Place."""
    out = []
    for m in ms:
        if m.type in ("Place", "Organization", "Country"):
            if lex.country_of(m.text) is not None:
                m = replace(m, type="Country", subtype=None)
            elif m.type == "Country":
                m = replace(m, type="Place")
            elif m.type == "Organization" and lex.place_of(m.text) is not None:
                m = replace(m, type="Place", subtype=None)
        out.append(m)
    return out


def name_kind(name: str, lex: Lexicon) -> str | None:
    """Government / Company / Other of a body's name: the lexicon, then the name's suffix;
    None when neither says."""
    entry = lex.org_of(name)
    if entry is not None:
        return str(entry.kind)
    for kind, suffixes in (
        ("Company", lex.company_suffixes),
        ("Government", lex.gov_suffixes),
        ("Other", lex.org_suffixes),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def org_subtype(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Government / Company / Other from the lexicon, then from the name's suffix."""
    out = []
    for m in ms:
        if m.type == "Organization":
            m = replace(m, subtype=name_kind(m.text, lex) or m.subtype)
        out.append(m)
    return out


#: a level's own government named without its place; the resolver names the place
LEVEL_GOVERNMENTS = tuple(
    f"{level}{body}"
    for body in ("人民政府", "政府")
    for level in ("自治区", "省", "市", "州", "县", "区")
)
#: any of them at a position (a lookahead: 自治区政府 and its 区政府 are both found)
_LEVEL_GOVERNMENT = re.compile("(?=(" + "|".join(LEVEL_GOVERNMENTS) + "))")
#: words after which such a government may stand too (某某代表县政府与…, 与区政府签约)
_BEFORE_GOVERNMENT = ("代表", "与", "同", "和")


def level_governments(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """省政府/市政府/州政府/县政府/区政府 opening a clause (其中，县政府与某公司签约), after
    代表/与/同/和, or right after the same level's Party committee (某省委省政府) is an
    Organization.

    Only where no mention covers it and no longer body name goes on (县政府办公室).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "其中，县政府与企业签约"
    >>> [(m.text, m.type) for m in level_governments([], text, load_lexicon())]
    [('县政府', 'Organization')]
    >>> text = "某某省委省政府高度重视"
    >>> ms = [mention(text, 0, 4, "Organization")]
    >>> [m.text for m in level_governments(ms, text, load_lexicon())]
    ['某某省委', '省政府']
    """
    out = list(ms)
    committees = {m.end: m.text for m in ms if m.type == "Organization"}
    for hit in _LEVEL_GOVERNMENT.finditer(text):  # every start, overlapping ones too
        start, word = hit.start(), hit.group(1)
        after_committee = committees.get(start, "").endswith(word[0] + "委")
        if (
            start
            and text[start - 1] not in PUNCT
            and not text.endswith(_BEFORE_GOVERNMENT, 0, start)
            and not after_committee
        ):
            continue
        end = start + len(word)
        if suffix_re(lex).match(text, end) or text[end : end + 1] == "长":
            continue
        if any(m.start < end and start < m.end for m in out):
            continue
        out.append(mention(text, start, end, "Organization", "Government"))
    return sorted(out)


#: a connector the model may read as an organisation's first character (同某省某公司签订)
_CONNECTORS = "同与和跟及向"


def connector_heads(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """An organisation that begins with a connector followed by a place or country name is that
    name's body, the connector left out (某州政府同|江苏某某集团股份有限公司 → 江苏某某集团…);
    so is one whose rest is a known organisation, with or without a place in front
    (同|国家电网有限公司, 跟|中核集团). A name that begins with such a character (同方股份,
    和记黄埔) is not followed by a place, nor is its rest a known name.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某州政府同江苏某某集团股份有限公司签约"
    >>> [m.text for m in connector_heads([mention(text, 4, 17, "Organization")], text,
    ...  load_lexicon())]
    ['江苏某某集团股份有限公司']
    >>> text = "某县人民政府同国家电网有限公司签约，西宁跟中核集团签约"
    >>> [m.text for m in connector_heads([mention(text, 6, 15, "Organization"),
    ...  mention(text, 20, 25, "Organization")], text, load_lexicon())]
    ['国家电网有限公司', '中核集团']
    >>> text = "同方股份有限公司参展"
    >>> [m.text for m in connector_heads([mention(text, 0, 8, "Organization")], text,
    ...  load_lexicon())]
    ['同方股份有限公司']
    """
    out = []
    for m in ms:
        if (
            m.type == "Organization"
            and m.text[0] in _CONNECTORS
            and (_place_after_connector(m, lex) or _known_after_connector(m, lex))
        ):
            m = span_mention(m, text, m.start + 1, m.end)
        out.append(m)
    return out


def _place_after_connector(m: Mention, lex: Lexicon) -> bool:
    return len(m.text) >= 6 and any(
        lex.place_of(m.text[1 : 1 + k]) is not None or lex.country_of(m.text[1 : 1 + k]) is not None
        for k in (2, 3, 4)
    )


def _known_after_connector(m: Mention, lex: Lexicon) -> bool:
    """The rest of a connector-led name is a known organisation and the whole is none."""
    return len(m.text) >= 3 and lex.org_of(m.text[1:]) is not None and lex.org_of(m.text) is None


def one_character_places_in_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A one-character place the model cut from the head of a body right after another place is
    the body's first character (湖南 + 湘 + 江新区管理委员会 → 湘江新区管理委员会, which the
    place before it then joins as a prefix).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "湖南湘江新区管理委员会签约"
    >>> ms = [mention(text, 0, 2, "Place"), mention(text, 2, 3, "Place"),
    ...       mention(text, 3, 11, "Organization")]
    >>> [m.text for m in one_character_places_in_bodies(ms, text, load_lexicon())]
    ['湖南', '湘江新区管理委员会']
    """
    out: list[Mention] = []
    for m in sorted(ms):
        prev = out[-1] if out else None
        before = out[-2] if len(out) > 1 else None
        if (
            m.type == "Organization"
            and prev is not None
            and prev.type == "Place"
            and len(prev.text) == 1
            and prev.end == m.start
            and before is not None
            and before.type == "Place"
            and before.end == prev.start
        ):
            out[-1] = span_mention(m, text, prev.start, m.end)
            continue
        out.append(m)
    return out


#: a parent's subsidiary written between two companies (A控股子公司B, A全资子公司B), or
#: opening the subsidiary's span after its parent (A的子公司B, A下属企业B)
_SUBSIDIARY = re.compile(
    r"(?:旗下)?(?:控股|全资|旗下)子公司|^(?:子公司|下属公司|下属企业|所属企业)"
)


def split_subsidiaries(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A parent, 控股子公司/全资子公司 and a company read as one organisation are two (某集团
    控股子公司某某股份有限公司 → 某集团, 某某股份有限公司).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某铜集团控股子公司某某铜业股份有限公司参展"
    >>> [m.text for m in split_subsidiaries([mention(text, 0, 19, "Organization")], text,
    ...  load_lexicon())]
    ['某铜集团', '某某铜业股份有限公司']
    >>> text = "某铜集团旗下控股子公司某某铜业股份有限公司参展"
    >>> [m.text for m in split_subsidiaries([mention(text, 0, 21, "Organization")], text,
    ...  load_lexicon())]
    ['某铜集团', '某某铜业股份有限公司']
    >>> text = "某集团的子公司某某物流公司参展"
    >>> [m.text for m in split_subsidiaries([mention(text, 4, 13, "Organization")], text,
    ...  load_lexicon())]
    ['某某物流公司']
    """
    out = []
    for m in ms:
        found = _SUBSIDIARY.search(m.text) if m.type == "Organization" else None
        if found is not None and found.start() == 0 and len(m.text) - found.end() >= 4:
            out.append(span_mention(m, text, m.start + found.end(), m.end))
            continue  # (某集团的)子公司|某某物流公司: the subsidiary alone
        if found is not None and found.start() >= 2 and len(m.text) - found.end() >= 4:
            out.append(span_mention(m, text, m.start, m.start + found.start()))
            out.append(span_mention(m, text, m.start + found.end(), m.end))
            continue
        out.append(m)
    return out


def districts_typed_as_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A city and one of its districts or counties read as an organisation is a place (深圳市
    南山区 before 副区长: the title's body is that district's government, named later).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "深圳市南山区副区长某某出席"
    >>> [(m.text, m.type) for m in districts_typed_as_bodies(
    ...     [mention(text, 0, 6, "Organization")], text, load_lexicon())]
    [('深圳市南山区', 'Place')]
    """
    out = []
    for m in ms:
        city, sep, rest = m.text.partition("市")
        entry = lex.place_of(city + sep) if sep and m.type == "Organization" else None
        if (
            entry is not None
            and entry.level == "city"
            and 1 < len(rest) <= 6
            and rest.endswith(("区", "县", "旗"))
        ):
            m = span_mention(m, text, m.start, m.end, type="Place", subtype=None)
        out.append(m)
    return out
