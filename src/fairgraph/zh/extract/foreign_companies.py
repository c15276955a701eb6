"""A foreign company written after its country, as one span: the country, then the company.

Reports write a foreign company's brand behind its country (瑞士某某集团, 巴西某某公司); the
country is a modifier, not part of the name.  A name whose words after the country only say
what the body is (国家石油公司, 铁路股份公司, 联合粮食公司) is the country's own body and stays
whole, as do ministries, chambers and every name that does not end like a company.

>>> from fairgraph.model import Mention
>>> [(m.text, m.type) for m in split_foreign_company(Mention(0, 6, "瑞士某峰集团", "Organization"))]
[('瑞士', 'Country'), ('某峰集团', 'Organization')]
>>> [m.text for m in split_foreign_company(Mention(0, 8, "某国国家石油公司", "Organization"))]
['某国国家石油公司']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.lexicon.tables import time_words

#: endings of a company name (the brand stands before them)
_COMPANY_ENDINGS = (
    "集团公司",
    "股份公司",
    "有限公司",
    "株式会社",
    "集团",
    "公司",
    "银行",
    "大学",
    "控股",
    "商社",
)
#: words that say what kind of university a name is (新加坡国立大学 is the country's own)
_ACADEMIC = ("国立", "理工", "科技", "技术", "管理", "师范", "医科", "外国语", "开放", "友谊")
#: words that say what a body is, not whose brand it is
_GENERIC = (
    "国家",
    "国有",
    "国际",
    "国营",
    "联合",
    "中央",
    "皇家",
    "人民",
    "主权",
    "基础",
    "工业",
    "石油",
    "天然气",
    "电力",
    "能源",
    "原子能",
    "核能",
    "铁路",
    "航空",
    "航运",
    "港口",
    "港务",
    "邮政",
    "电信",
    "粮食",
    "农业",
    "矿业",
    "水务",
    "投资",
    "开发",
    "发展",
    "进出口",
    "出口",
    "进口",
    "贸易",
    "合同",
    "股份",
    "控股",
    "财富",
    "基金",
    *_ACADEMIC,
)
_GENERIC_ONLY = re.compile("^(?:" + "|".join(sorted(_GENERIC, key=len, reverse=True)) + ")+$")
_HOME = ("中国", "中华人民共和国")


def split_foreign_company(m: Mention) -> list[Mention]:
    """COUNTRY + BRAND + company ending → the country and the company; else ``[m]``.

    A known company's name followed by a business line (某国西门子医疗) is split the same way.
    """
    if m.type != "Organization":
        return [m]
    lexicon = load_lexicon()
    if lexicon.org_of(m.text) is not None:
        return [m]
    if _ZONE_AUTHORITY.search(m.text):
        return _split_zone_authority(m)
    if not m.text.endswith(_COMPANY_ENDINGS):
        return _split_known_brand(m)
    for cut in range(len(m.text) - 3, 1, -1):
        head, rest = m.text[:cut], m.text[cut:]
        if head in _HOME or lexicon.country_of(head) is None:
            continue
        ending = next(e for e in _COMPANY_ENDINGS if rest.endswith(e))
        brand = rest[: -len(ending)]
        if len(brand) < 2 or _GENERIC_ONLY.match(brand) or lexicon.country_of(brand):
            return [m]
        end = m.start + cut
        return [
            Mention(m.start, end, head, "Country", None, m.origin),
            Mention(end, m.end, rest, "Organization", m.subtype, m.origin),
        ]
    return [m]


#: the authority of a named zone (某某运河经济区管理总局): its name does not hold its country
_ZONE_AUTHORITY = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:经济区|经济特区|自由区|自贸区|开发区|工业园|产业园|园区)"
    r"(?:管理总局|管理局|管委会|管理委员会)$"
)


def _split_zone_authority(m: Mention) -> list[Mention]:
    """COUNTRY + a zone's authority (某国某某湾经济特区管理局) → the country and the authority.

    >>> m = Mention(0, 12, "埃及某某湾经济特区管理局", "Organization")
    >>> [x.text for x in _split_zone_authority(m)]
    ['埃及', '某某湾经济特区管理局']
    """
    lexicon = load_lexicon()
    for cut in range(2, min(len(m.text) - 6, 8)):
        head = m.text[:cut]
        if head in _HOME or lexicon.country_of(head) is None:
            continue
        end = m.start + cut
        return [
            Mention(m.start, end, head, "Country", None, m.origin),
            Mention(end, m.end, m.text[cut:], "Organization", m.subtype, m.origin),
        ]
    return [m]


def _split_known_brand(m: Mention) -> list[Mention]:
    """COUNTRY + a company the lexicon knows + at most four more characters (德国西门子医疗)."""
    lexicon = load_lexicon()
    for cut in range(2, len(m.text) - 1):
        head, rest = m.text[:cut], m.text[cut:]
        if head in _HOME or lexicon.country_of(head) is None:
            continue
        for size in range(len(rest), 1, -1):
            known = lexicon.org_of(rest[:size])
            if known is not None and known.kind == "Company" and len(rest) - size <= 4:
                end = m.start + cut
                return [
                    Mention(m.start, end, head, "Country", None, m.origin),
                    Mention(end, m.end, rest, "Organization", m.subtype, m.origin),
                ]
        return [m]
    return [m]


def split_foreign_companies(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every country-prefixed foreign company split (see the module)."""
    return [part for m in mentions for part in split_foreign_company(m)]


#: 与 COUNTRY BRAND 签订: an uncovered brand between a counterpart's country and the signing verb
_BRAND_BEFORE_SIGNING = re.compile(
    r"([\u4e00-\u9fffA-Za-z]{2,10}?)(?=(?:正式)?(?:签署|签订|签约|达成|签下))"
)


#: words after a country that name no company
_NOT_BRANDS = (
    "的",
    "等",
    "企业",
    "公司",
    "政府",
    "有关",
    "相关",
    "方面",
    "代表",
    "客商",
    "商家",
    "各",
    "多家",
    "两国",  # 中国和巴西两国政府签署: the two countries sign
    "双方",
    # adverbs and time words before the verb (与中国共同签署, 与某国当天签署)
    "共同",
    "正式",
    *time_words(),
    "再次",
    "首次",
    "成功",
    "现场",
    "已",
    "还",
    "也",
    "又",
    "将",
    "拟",
)


def brands_before_signing(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A company the recogniser missed, written after its country right before a signing verb
    (甲集团和韩国某某摩比斯签订…): the words between the country and the verb name it.

    >>> t = "甲集团和韩国某某摩比斯签订协议"
    >>> ms = [Mention(0, 3, "甲集团", "Organization"), Mention(4, 6, "韩国", "Country")]
    >>> [(m.text, m.type) for m in brands_before_signing(t, ms)]
    [('某某摩比斯', 'Organization')]
    """
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Country" or m.start == 0 or text[m.start - 1] not in "与和同跟、":
            continue
        match = _BRAND_BEFORE_SIGNING.match(text, m.end)
        if match is None or any(n.start < match.end() and m.end < n.end for n in mentions):
            continue
        if match.group(1).startswith(_NOT_BRANDS) or any(c in match.group(1) for c in "就在于对向"):
            continue  # 与韩国企业签约, 与日本就…达成: no name
        out.append(Mention(m.end, match.end(), match.group(1), "Organization", "Company", "brand"))
    return out
