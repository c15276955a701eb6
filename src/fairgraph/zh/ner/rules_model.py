"""Model spans that join, stretch or mistype names: two bodies joined by 与, a place running
on into its predicate, a country and a brand read as one company, a zone read as a body.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "某某经济开发区与某某科技有限公司签约"
>>> model = mention(text, 0, 16, "Organization", origin="crf")
>>> found = split_joined_bodies([model], text, load_lexicon())
>>> [(m.text, m.type) for m in found]
[('某某经济开发区', 'Organization'), ('某某科技有限公司', 'Organization')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.tables import rows
from fairgraph.zh.ner.rules_common import (
    HAN_RUN,
    HOME,
    NAME_STOP,
    long_suffixes,
    mention,
    span_mention,
)
from fairgraph.zh.ner.rules_levels import TRADE_ENDS

#: words that join two bodies named in one breath (A与B签约)
JOINERS = set("与和及同")
#: free-trade and bonded zones, and city clusters: places too (海南自贸港, 某某综合保税区)
FREE_ZONE_ENDS = (
    "综合保税区",
    "保税港区",
    "保税区",
    "自贸区",
    "自贸港",
    "自由贸易港",
    "自由贸易试验区",
    "城市群",
)
#: zones and venues: places, whatever a model calls them (经济开发区, 国际会展中心)
ZONE_ENDS = (
    "开发区",
    "高新区",
    "经开区",
    "新区",
    "会展中心",
    "博览中心",
    "博览城",
    "展览中心",
    "国际会展城",
    *FREE_ZONE_ENDS,
)
#: what a place name runs on into when a model keeps going (重庆|投资建设…, 江西|生态环境优美)
PREDICATE_STARTS = ("互利", "投资", "生态", "打造", "合作", "发展")
#: people and firms of a place named by kind (香港企业, 本地客商): the place, no body
GENERIC_TAILS = ("企业", "客商", "商家", "企业家", "本土企业", "知名企业", "民营企业", "外资企业")
#: a body word that ends a name after a country (美国国会, 日本经团联) — never a brand
_BODY_LAST = set("会院部府局署党委办厅军社网台报团盟组处所队道馆")
#: what a model takes after a name: an adverb or a verb of saying (某某集团非常…, 某某称)
TRAILING_WORDS = ("非常", "表示", "认为", "指出", "介绍", "称", "说")
#: a company's regional division written after it (某某集团中国区)
DIVISIONS = ("大中华区", "亚太区", "中国区", "亚洲区")
#: a company's boards written after it (某某执行董事会成员): the company is the body
BOARDS = ("执行董事会", "董事会", "监事会")
#: a group's umbrella written after it (某某集团旗下控股|子公司某某): the group is the body
UMBRELLA = ("旗下控股", "旗下全资", "旗下")
_TRAILING = (*TRAILING_WORDS, *DIVISIONS, *BOARDS, *UMBRELLA)
#: what may follow a brand in a list (a name that runs on, 某某株式会社, is not cut)
_LIST_NEXT = ("", "、", "，", "。", "；", "等", "和", "及", "与", "）", "”")
_REGION_MUTUAL = re.compile(r"[\u4e00-\u9fff]{2,3}(国家|各国)?互利")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&\-. ]*[A-Za-z0-9]")


def _named_body(name: str, lex: Lexicon) -> bool:
    """A body's full name: known (also with the country's 中国/国家 written before a known
    body's short name: 中国商务部), or ending in an organisation or zone suffix (3+ characters).
    """
    if name in lex.organizations:
        return True
    if name.startswith(("中国", "国家")) and name[2:] in lex.organizations:
        return True
    return len(name) >= 3 and name.endswith(long_suffixes(lex))


def split_joined_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A model organisation spanning 与/和/及/同 between two named bodies is two of them.

    某某开发区与某某有限公司 → both; 青海省工业和信息化厅 stays (青海省工业 is no body).
    """
    out = []
    for m in ms:
        cut = None
        if m.type == "Organization" and m.origin in ("crf", "lac") and JOINERS & set(m.text):
            for i, c in enumerate(m.text):
                left, right = m.text[:i], m.text[i + 1 :]
                if c in JOINERS and _named_body(left, lex) and _named_body(right, lex):
                    cut = i
                    break
        if cut is None:
            out.append(m)
            continue
        out.append(span_mention(m, text, m.start, m.start + cut))
        out.append(span_mention(m, text, m.start + cut + 1, m.end))
    return out


def _place_prefix(s: str, lex: Lexicon) -> int:
    """Length of the longest place or country the lexicon knows at the start of ``s`` (or 0)."""
    for k in range(min(len(s) - 1, 10), 1, -1):
        if lex.place_of(s[:k]) is not None or lex.country_of(s[:k]) is not None:
            return k
    return 0


def _no_name_tail(tail: str, lex: Lexicon) -> bool:
    """Whether ``tail`` (after a place) reads as a predicate, not as the rest of a name."""
    if not tail.startswith(PREDICATE_STARTS):
        return False
    return not any(s in tail for s in long_suffixes(lex))


def place_before_predicate(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """重庆投资建设… / 江西生态环境优美 → the place alone: a model organisation without any
    organisation suffix that is a known place followed by a predicate (投资, 建设, 生态 …) is
    the place; 南亚国家互利 (no known place) is dropped; 德国某某医疗 stays.
    """
    out = []
    for m in ms:
        generic = m.text.endswith(GENERIC_TAILS)
        if (
            m.type != "Organization"
            or m.origin not in ("crf", "lac")
            or not (generic or any(p in m.text for p in PREDICATE_STARTS))
            or m.text in lex.organizations
            or (m.text.endswith(lex.org_suffixes) and not generic)
        ):
            out.append(m)
            continue
        k = _place_prefix(m.text, lex)
        tail = m.text[k:]
        if k and (tail in GENERIC_TAILS or _no_name_tail(tail, lex)):
            kind = "Country" if lex.country_of(m.text[:k]) is not None else "Place"
            out.append(span_mention(m, text, m.start, m.start + k, type=kind, subtype=None))
        elif not k and _REGION_MUTUAL.fullmatch(m.text):
            continue  # a region and its 互利 (合作): no name at all
        else:
            out.append(m)
    return out


def zones_are_places(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """经济开发区, 高新区, 新区 and venues (国际会展中心, 博览城) are places, not bodies."""
    return [
        replace(m, type="Place", subtype=None)
        if m.type == "Organization" and len(m.text) > 4 and m.text.endswith(ZONE_ENDS)
        else m
        for m in ms
    ]


def _brand_after_country(name: str, lex: Lexicon) -> int:
    """Length of the foreign country a brand of 2–4 characters follows (法国某某), or 0."""
    for k in range(min(len(name) - 2, 10), 1, -1):
        country, brand = name[:k], name[k:]
        if lex.country_of(country) is None or country in HOME or country[0] == "中":
            continue
        if 2 <= len(brand) <= 4 and HAN_RUN.fullmatch(brand) and brand[-1] not in _BODY_LAST:
            return k
        return 0
    return 0


def split_country_brand(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """法国某某 → Country 法国 + Organization 某某: a foreign country written before a company's
    short name in a list of names (、 before or after it); a name ending in a suffix
    (某国某某集团, 某国粮食合同公司), a body word (美国国会) or running on (某国某某株式会社)
    stays whole.
    """
    out = []
    for m in ms:
        k = 0
        if (
            m.type == "Organization"
            and m.text not in lex.organizations
            and not m.text.endswith(lex.org_suffixes)
            and text[m.end : m.end + 1] in _LIST_NEXT
            and "、" in (text[m.start - 1 : m.start], text[m.end : m.end + 1])
        ):
            k = _brand_after_country(m.text, lex)
        if not k:
            out.append(m)
            continue
        out.append(mention(text, m.start, m.start + k, "Country", origin=m.origin))
        if not m.text[k:].endswith(_products()):  # 蒙古国羊绒, 尼泊尔羊绒披肩: goods, no brand
            out.append(span_mention(m, text, m.start + k, m.end, subtype="Company"))
    return out


@cache
def _products() -> tuple[str, ...]:
    """The goods of ``products.tsv``."""
    return tuple(r[0] for r in rows("products.tsv", 2))


def brands_in_lists(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """In a list of companies after their countries (美国某某、德国某某、瑞典某某), a name the
    model read as a person or a place after its country is a company too."""
    if "、" not in text:
        return ms
    ordered = sorted(ms)
    pairs = [
        (a, b)
        for a, b in zip(ordered, ordered[1:], strict=False)
        if a.type == "Country" and b.start == a.end and a.text not in HOME
    ]
    if not any(b.type == "Organization" for _, b in pairs):
        return ms
    retyped = {
        id(b)
        for _, b in pairs
        if b.type in ("Person", "Place")
        and lex.place_of(b.text) is None
        and lex.foreign_place_of(b.text) is None
        and text[b.end : b.end + 1] in _LIST_NEXT
    }
    out = [
        replace(m, type="Organization", subtype="Company") if id(m) in retyped else m for m in ms
    ]
    return _brand_chunks(out, text, lex)


#: a brand's name after its country, up to a list word (法国|某某|两家企业)
_BRAND = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=[、，。；和与及等]|[两三四几多]家)")


def _brand_chunks(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """In such a list, a country followed by a short name the model left uncovered or cut into
    one-character places is followed by a company (法国 + 欧|尚 两家企业)."""
    out = sorted(ms)
    for c in [m for m in out if m.type in ("Country", "Place") and lex.country_of(m.text)]:
        if c.text in HOME:
            continue
        hit = _BRAND.match(text, c.end)
        if hit is None:
            continue
        inside = [m for m in out if m.start < hit.end() and c.end < m.end]
        if any(m.end > hit.end() or len(m.text) > 1 or m.type == "Organization" for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(mention(text, c.end, hit.end(), "Organization", "Company", origin=c.origin))
    return sorted(out)


#: words for a part of a place the model may take into the place (榆中县中心, 兰州市境内)
_PLACE_PARTS = ("中心", "境内", "一带", "地区", "城区", "市区", "全境")


def trim_trailing_words(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某某集团非常 → 某某集团, 某某集团中国区 → 某某集团: an adverb or a verb of saying the
    model took after an organisation, and a company's regional division, go; so does a part
    of a known place (榆中县|中心).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> t = "展馆位于榆中县中心"
    >>> [m.text for m in trim_trailing_words([mention(t, 4, 9, "Place")], t, load_lexicon())]
    ['榆中县']
    """
    out = []
    for m in ms:
        part = next((w for w in _PLACE_PARTS if m.text.endswith(w)), None)
        if (
            m.type == "Place"
            and part is not None
            and lex.place_of(m.text) is None
            and lex.place_of(m.text[: -len(part)]) is not None
        ):  # 榆中县|中心, 兰州市|境内: the known place, not a place of its own
            m = span_mention(m, text, m.start, m.end - len(part))
        if m.type == "Organization" and m.origin in ("crf", "lac") and m.text.endswith(_TRAILING):
            for word in _TRAILING:
                head = m.text[: -len(word)]
                if m.text.endswith(word) and len(head) >= 2 and _is_name_head(head, word, lex):
                    m = span_mention(m, text, m.start, m.end - len(word))
                    break
        out.append(m)
    return out


def _is_name_head(head: str, word: str, lex: Lexicon) -> bool:
    """Whether ``head`` is the whole name before ``word``: a company before a division, else
    a Latin-letter name or any name ending in a suffix."""
    if word in DIVISIONS:
        return head.endswith(lex.company_suffixes)
    if word in BOARDS:  # (瓦克|执行董事会: a company by its short name)
        return len(head) >= 2 and not head.endswith(("的", "与", "和", "及"))
    return bool(_LATIN.fullmatch(head.strip())) or head.endswith(lex.org_suffixes)


#: a Latin-letter brand, then its Han name up to a joiner, a signing verb or punctuation
_LATIN_BRAND = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?=[与和及同跟、，。；]|签|续签|草签|达成|参展|出席|共同|正式|已)"
)


def latin_brands(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A company the model read only by its Latin letters (SK|海力士与…) is the whole brand:
    the letters and the Han name written right after them, up to a joiner or a verb.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "SK海力士与某市签约"
    >>> [m.text for m in latin_brands([mention(t, 0, 2, "Organization")], t, load_lexicon())]
    ['SK海力士']
    """
    out = []
    for m in ms:
        run = _LATIN_BRAND.match(text, m.end) if m.type == "Organization" else None
        if (
            run is not None
            and _LATIN.fullmatch(m.text)
            and len(m.text) <= 6
            and any(c.isupper() for c in m.text)
            and run.group()[0] not in "同跟"
            and not any(c in NAME_STOP for c in run.group())
            and not any(x.start < run.end() and m.end < x.end for x in ms if x is not m)
        ):
            m = span_mention(m, text, m.start, run.end())
        out.append(m)
    return out


#: a listed company's name under a risk warning (*ST某某, ST某某, S*ST某某): the marks and
#: the Han short name after them (two to four characters, up to a joiner, a verb or a stop)
_RISK_WARNED = re.compile(
    r"(?<![A-Za-z0-9])(?:[*＊]?S?[*＊]?ST)[\u4e00-\u9fff]{2,4}?"
    r"(?=与|和|同|跟|及|、|[，。；：:,;（(）)]|签|公告|发布|宣布|披露|表示|称|今日|昨日|近日|日前"
    r"|当日|周[一二三四五六日]|分别|等|在|于|将|拟|已|还|也|股份|控股|集团|公司|\s|$)"
)


def risk_warned_companies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A listed company named by its short name under a risk warning (*ST某某, ST某某) is one
    company with its marks; whatever the model read over it gives way.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "西宁市人民政府与*ST甲乙签署了协议"
    >>> [m.text for m in risk_warned_companies([], t, load_lexicon())]
    ['*ST甲乙']
    >>> t = "ST丙丁今日公告"
    >>> [m.text for m in risk_warned_companies([mention(t, 2, 4, "Person")], t, load_lexicon())]
    ['ST丙丁']
    """
    out = list(ms)
    for hit in _RISK_WARNED.finditer(text):
        start, end = hit.span()
        inside = [m for m in out if m.start < end and start < m.end]
        longer = [m for m in inside if m.type == "Organization" and m.end > end]
        if longer:  # a longer name that holds it (*ST某某股份有限公司) keeps its marks
            grown = [span_mention(m, text, start, m.end) if m.start > start else m for m in longer]
            out = sorted([m for m in out if m not in longer] + grown)
            continue
        out = [m for m in out if m not in inside]
        out.append(mention(text, start, end, "Organization", "Company", origin="risk-warned"))
    return sorted(out, key=lambda m: (m.start, m.end))


#: the association of Taiwanese investors of a place (某市台商投资企业协会, 某市台商协会)
_TAIWAN_INVESTORS = re.compile(r"台(?:商|资)(?:投资)?(?:企业)?(?:协会|联谊会)")


def taiwan_investors_associations(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A place and the association of its Taiwanese investors after it (东莞台商投资企业协会,
    昆山市台商协会) are one organisation, whatever the model cut there.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "厦门台商投资企业协会与某市签约"
    >>> ms = [mention(t, 0, 2, "Place"), mention(t, 4, 10, "Organization")]
    >>> [(m.text, m.type) for m in taiwan_investors_associations(ms, t, load_lexicon())]
    [('厦门台商投资企业协会', 'Organization')]
    """
    out = list(ms)
    for place in [m for m in ms if m.type == "Place"]:
        body = _TAIWAN_INVESTORS.match(text, place.end)
        if body is None:
            continue
        start, end = place.start, body.end()
        out = [m for m in out if not (m.start < end and start < m.end)]
        out.append(mention(text, start, end, "Organization", "Other", origin="rule"))
    return sorted(out, key=lambda m: (m.start, m.end))


#: a list of companies closed by 等 and a word for companies (甲、乙、丙等知名企业), not of
#: fields (创意、教育、科技等领域的品牌)
_COMPANY_LIST = re.compile(
    r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)+[\u4e00-\u9fffA-Za-z0-9]{2,12})"
    r"等(?!地|国(?!内)|领域|行业|产业|方面|类|方向)"
    r"(?:[0-9一二三四五六七八九十百千]+[余多]?家)?"  # (甲、乙等83家国际知名企业)
    r"[\u4e00-\u9fff0-9]{0,6}?"
    r"(?:企业|公司|集团|央企|外企|品牌|厂商)"
)


#: a list of companies after a word that introduces them (参展企业有甲、乙、丙等; 签约企业包括
#: 甲、乙和丙): its first item starts where the list does
_INTRODUCED_LIST = re.compile(
    r"(?:企业|公司|厂商|品牌)(?:主要)?(?:有|包括|包含|涵盖|分别是|分别为|如)(?!关|望|限)"
    r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)+[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=等|[，。；])"
)
#: the last two items of a list joined by 和 or 及 (…、甲药业和乙物流等企业)
_LAST_JOIN = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{3})[和及](?=[\u4e00-\u9fffA-Za-z0-9]{3})")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list between ``start`` and ``end``: parts between 、, the last one split
    once more where 和 or 及 joins two names of three or more characters."""
    items, at = [], start
    for item in text[start:end].split("、"):
        items.append((at, at + len(item)))
        at += len(item) + 1
    s, e = items[-1]
    joins = list(_LAST_JOIN.finditer(text, s, e))
    if len(joins) == 1:
        items[-1:] = [(s, joins[0].start()), (joins[0].end(), e)]
    return items


#: a verb or word that introduces a list of companies in its clause (吸引了甲、乙等企业)
_LIST_CUE = re.compile(
    r"(?:吸引了?|吸引到|引进了?|引来了?|邀请了?|包括|包含|涵盖|例如|比如|诸如|既有|也有|还有|"
    r"其中|汇聚了?|聚集了?)"
)
#: what never stands in a company's short name (a clause's words before a list)
_NOT_IN_ITEM = re.compile(r"[的了在是与和及对向为将由把被从于等并也就都又说我其该这那]")


def _first_item_start(text: str, start: int, end: int) -> int | None:
    """Where the first item of a list closed by 等 + companies begins, when the text shows it:
    after a word that introduces the list (吸引|甲), or at the list's start when punctuation
    opens it (，甲、乙等企业) and the item is one short name; else None (the match may have
    run over the clause's own words).

    >>> t = "今年，我省吸引甲钢构、乙环保等知名企业落户"
    >>> t[_first_item_start(t, 3, 10):10]
    '甲钢构'
    >>> t = "签约项目134个，甲国际、乙集团等一批企业"
    >>> t[_first_item_start(t, 9, 12):12]
    '甲国际'
    >>> _first_item_start("我们的甲国际、乙集团等企业", 0, 6) is None
    True
    """
    cues = list(_LIST_CUE.finditer(text, start, end))
    if cues and end - cues[-1].end() >= 2:
        at = cues[-1].end()
        return at if not _NOT_IN_ITEM.search(text, at, end) else None
    opened = start == 0 or text[start - 1] in "，。；：！？“\n"
    if opened and end - start <= 8 and not _NOT_IN_ITEM.search(text, start, end):
        return start
    return None


def _fragment(m: Mention, start: int, end: int, lex: Lexicon) -> bool:
    """A model's person or unknown place inside a listed company's name (金诺|科技), or a
    model organisation cut short of it (富士|胶片)."""
    if m.type == "Organization" and lex.org_of(m.text) is not None:
        return False
    return (
        start <= m.start
        and m.end <= end
        and (m.end - m.start < end - start or m.type != "Organization")
        and m.origin in ("crf", "lac")
        and m.type in ("Person", "Place", "Organization")
        and lex.place_of(m.text) is None
        and lex.country_of(m.text) is None
        and lex.foreign_place_of(m.text) is None
    )


def company_lists(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """甲、乙、丙等知名企业, 参展企业有甲、乙和丙等: every item of a list closed by 等 + a word for
    companies, or introduced by one, is a company — one the model read as a person or a place
    is retyped, one it missed is added, one it ran over the 和 of the last two items is split
    (a known place or country, or an item another name cuts across, is left alone)."""
    if "、" not in text:
        return ms
    out = list(ms)
    lists = [(h.start(1), h.end(1), False) for h in _COMPANY_LIST.finditer(text)]
    lists += [(h.start(1), h.end(1), True) for h in _INTRODUCED_LIST.finditer(text)]
    for start, end, introduced in lists:
        items = _list_items(text, start, end)
        first = _first_item_start(text, *items[0]) if not introduced else None
        if first is not None:  # 吸引|甲、乙等企业, ，甲、乙等企业: the first item is known too
            items[0] = (first, items[0][1])
        for n, (s, e) in enumerate(items):
            item = text[s:e]
            ends = {f for _, f in items}
            whole = [m for m in out if m.start == s and m.end > e and m.end in ends]
            if whole and text[e] in "和及" and whole[0].origin in ("crf", "lac"):
                out.remove(whole[0])  # 甲药业和乙物流 read as one name: two companies
            ending = [m for m in out if m.end == e and s <= m.start]
            if len(ending) == 1 and not introduced and first is None:
                # the first item starts where its name does
                s, item = ending[0].start, ending[0].text
            if lex.place_of(item) or lex.country_of(item) or lex.foreign_place_of(item):
                continue
            inside = [m for m in out if m.start < e and s < m.end]
            delimited = introduced or n or first is not None
            if inside and delimited and all(_fragment(m, s, e, lex) for m in inside):
                out = [m for m in out if m not in inside]  # 金诺|科技: the model's piece of it
                inside = []
            if not inside and delimited:
                out.append(mention(text, s, e, "Organization", "Company"))
            elif inside == ending and ending and ending[0].type in ("Person", "Place"):
                out[out.index(ending[0])] = replace(
                    ending[0], type="Organization", subtype="Company"
                )
    return sorted(out)


#: a company by its short name: a name and its trade (明泰|科技, 华新|传媒, 远洋|银行)
_SIDE = (
    r"[A-Za-z\u4e00-\u9fff]{1,8}?(?:"
    + "|".join((*TRADE_ENDS, "银行", "证券", "保险", "信托", "基金", "公司"))
    + ")"
)
#: 与 + a company by its short name + a signing verb (…与华新传媒签署, …和远洋银行已正式签订)
_COUNTERPART = re.compile(
    r"(?:与|和|同|跟)(?P<side>" + _SIDE + r")"
    r"(?:已经|已|还|也|又|共同|正式|成功|于[^，。；与和]{1,12}?|在[^，。；与和]{1,10}?){0,2}"
    r"(?:续签|签署|签订|签约|签下|达成|订立)"
)
#: the first side, ending at the connector: a short name starting a clause (昨日，明泰科技|与…)
_FIRST_SIDE = re.compile(
    r"(?:^|(?<=[，。；：！？、“”\s（(])|(?<=昨日|今日|日前|近日|此前|当天|同日)|(?<=本报讯))"
    r"(?P<side>" + _SIDE + r")$"
)


def signing_companies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """明泰科技与华新传媒签署…: a company named by its short name (a name and its trade) on
    either side of 与/和/同 right before a signing verb is a company — one the model missed is
    added, its person, unknown-place or cut pieces give way, a name it ran over the connector
    (甲电子和乙银行) is split; a known place or country, or a side another name already covers
    whole, is left alone.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "昨日，明泰科技与华新传媒签署战略合作协议"
    >>> ms = [mention(text, 3, 5, "Person", origin="crf")]
    >>> [(m.text, m.type) for m in signing_companies(ms, text, load_lexicon())]
    [('明泰科技', 'Organization'), ('华新传媒', 'Organization')]
    """
    if not any(v in text for v in ("签", "达成", "订立")):
        return ms
    out = list(ms)
    for hit in _COUNTERPART.finditer(text):
        joint = hit.start()
        sides = [hit.span("side")]
        first = _FIRST_SIDE.search(text, max(0, joint - 12), joint)
        if first is not None:
            sides.append(first.span("side"))
        if first is None and (text[joint] == "和" or not any(m.end == joint for m in out)):
            continue  # a connector inside a name (某国电力和水务公司), or after no name
        across = [m for m in out if m.start < joint < m.end]
        if across and (
            first is None  # 某国电力和水务公司: a name holding the connector
            or any(m.origin not in ("crf", "lac") or m.type != "Organization" for m in across)
        ):
            continue
        for s, e in sides:
            side = text[s:e]
            if side.startswith(_NOT_NAMES) or lex.place_of(side) or lex.country_of(side):
                continue
            if lex.foreign_place_of(side):
                continue
            inside = [m for m in out if m.start < e and s < m.end and m not in across]
            if not all(_fragment(m, s, e, lex) or _cut_name(m, s, e) for m in inside):
                continue  # named already (a known body, or a name found whole)
            out = [m for m in out if m not in inside and m not in across]
            out.append(mention(text, s, e, "Organization", "Company"))
    return sorted(out)


#: a company by its short name heading a list of signing parties matched one by one
#: (甲软件、乙科技分别与…签署; 甲软件分别与…签署)
_LISTED_SIDE = re.compile(
    r"(?:^|(?<=[，。；：！？“”\s（(]))(?P<side>" + _SIDE + r")"
    r"(?=(?:[、和及][^，。；、]{2,16}?)?分别(?:与|和|同))"
)


def listed_signing_companies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """甲软件、乙科技分别与丙签署…: a company by its short name (a name and its trade) heading
    one side of a signing matched one by one (分别与) is a company — its person or
    unknown-place pieces give way; a known place or country, or a name already found whole,
    is left alone.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "会上，明泰软件、华新传媒分别与某县人民政府签署协议"
    >>> ms = [mention(text, 3, 5, "Place", origin="crf")]
    >>> [(m.text, m.type) for m in listed_signing_companies(ms, text, load_lexicon())]
    [('明泰软件', 'Organization')]
    """
    if "分别" not in text or not any(v in text for v in ("签", "达成", "订立")):
        return ms
    out = list(ms)
    for hit in _LISTED_SIDE.finditer(text):
        s, e = hit.span("side")
        side = hit.group("side")
        if side.startswith(_NOT_NAMES) or lex.place_of(side) or lex.country_of(side):
            continue
        if lex.foreign_place_of(side):
            continue
        inside = [m for m in out if m.start < e and s < m.end]
        if not all(_fragment(m, s, e, lex) for m in inside):
            continue  # named already, or a name runs across the side's edge
        out = [m for m in out if m not in inside]
        out.append(mention(text, s, e, "Organization", "Company"))
    return sorted(out)


#: words that start a mention of a company without naming it (该公司, 本公司, 各银行, 双方公司)
_NOT_NAMES = ("该", "本", "此", "其", "各", "这", "那", "双方", "多家", "有关", "相关")


def _cut_name(m: Mention, start: int, end: int) -> bool:
    """A model's organisation cut short of the trade after it (ABC|航空, 明泰|科技)."""
    cut = m.start == start < m.end < end
    return cut and m.type == "Organization" and m.origin in ("crf", "lac")


#: verbs a model runs a zone or a body on into (某某开发区|建设…产业园)
_VERBS = ("投资建设", "建设", "投资", "打造", "设立", "落户", "签约", "举办", "共建")
_CUT_ENDS = (*ZONE_ENDS, "区", "县", "市")
#: verbs of two bodies acting together, which no name holds (联合成立, 共同组建)
_JOINT_VERBS = tuple(
    a + b for a in ("联合", "共同", "合作") for b in ("成立", "组建", "设立", "创办", "发起")
)


def cut_at_verbs(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某某经济开发区建设某某产业园 → 某某经济开发区: a model organisation running from a zone,
    district or body on into a verb and its object is the part before the verb; a body or a
    company named so (某市建设局, 某市投资集团) stays."""
    out = []
    for m in ms:
        verb = m.type == "Organization" and any(v in m.text for v in _VERBS[1:])
        named = verb and (
            m.text.endswith(lex.gov_suffixes) or m.text.endswith(lex.company_suffixes)
        )
        strong = m.type == "Organization" and any(v in m.text[2:] for v in _JOINT_VERBS)
        if strong and m.origin in ("crf", "lac"):
            # 某某大学联合成立研究院: no name holds a joint founding, named ending or not
            for i in range(2, len(m.text) - 2):
                head = m.text[:i]
                if m.text.startswith(_JOINT_VERBS, i) and (
                    head.endswith(_CUT_ENDS) or _suffix_end(head, lex)
                ):
                    m = span_mention(m, text, m.start, m.start + i)
                    verb = False
                    break
        if verb and m.origin in ("crf", "lac") and not named:
            for i in range(3, len(m.text) - 2):
                head, rest = m.text[:i], m.text[i:]
                ends = head.endswith(_CUT_ENDS) or _suffix_end(head, lex)
                if ends and rest.startswith(_VERBS):
                    place = head.endswith(_CUT_ENDS)
                    kind = "Place" if place else m.type
                    sub = None if place else m.subtype
                    m = span_mention(m, text, m.start, m.start + i, type=kind, subtype=sub)
                    break
        out.append(m)
    return out


def _suffix_end(head: str, lex: Lexicon) -> bool:
    return head.endswith(long_suffixes(lex))
