"""Ordinary phrases a model reads as names, and names it cuts short: events and groups
(某某推介会, 某某交易团, 产业集群), a place's 投资, China–X compounds (中非, 中阿), a university
cut at a person (特里|布文大学), outlets in datelines, a company after its country.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "湖南省投资贸易推介会举行"
>>> drop_phrases([mention(text, 0, 10, "Organization", origin="crf")], text, load_lexicon())
[]
"""

from __future__ import annotations

import re
from dataclasses import replace

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.tables import agreement_nouns
from fairgraph.zh.ner.rules_common import (
    HOME,
    NAME_STOP,
    PROJECT_HEADS,
    find,
    long_suffixes,
    mention,
    span_mention,
    suffix_re,
    title_prefix,
)

#: heads of events, clusters and projects: never an organisation's name
PHRASE_HEADS = (
    "推介会",
    "发布会",
    "通报会",
    "对接会",
    "说明会",
    "座谈会",
    "签约仪式",
    "产业集群",
    "集群",
    "新通道",
    "峰会",
    "论坛",
    "研讨会",
    "恳谈会",
    "交流会",
    # services and infrastructure (中欧班列, 某某国际陆港): no bodies
    "班列",
    "陆港",
)
#: a China–X compound written with a dash (中国—东盟): a modifier, not a body
_CHINA_X = re.compile(r"中国?[—\-－–][\u4e00-\u9fff]{2,4}")
#: an event's head right after a model organisation (某某商务|与投资峰会)
_EVENT_AFTER = re.compile(r"(?:[与和及][\u4e00-\u9fff]{1,4})?(?:峰会|推介会|发布会|对接会)")
#: first characters of what _EVENT_AFTER matches
_EVENT_STARTS = set("与和及峰推发对")
#: words whose presence near a model organisation calls for a closer look
_PHRASE_CUES = ("会", "集群", "通道", "仪式", "基地")
#: what a base is for when the text sets one up (协同创新基地, 生产基地), unlike a named base
BASE_KINDS = (
    "创新",
    "产业",
    "合作",
    "研发",
    "示范",
    "生产",
    "培训",
    "实践",
    "孵化",
    "服务",
    "物流",
)
#: verbs that set up something new: what follows without a proper name is a common noun
FOUNDING_VERBS = ("设立", "共建", "建设", "打造", "建立", "新建")
#: one-character names of countries and regions in China–X compounds (中非, 中阿, 中俄)
PARTNERS = set("非阿俄美日韩欧法德英意巴蒙哈吉塔乌土泰越老柬缅新马印澳加墨拉")
#: endings of a body a model may cut at a person-looking piece (特里|布文大学)
CUT_BODIES = ("大学", "学院", "公司", "研究院", "医院")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: last characters of divisions and addresses (never the start of a body's name)
_PLACE_WORDS = tuple("省市县区州路街道号镇乡村国")


def _run_end(text: str, pos: int, limit: int = 12) -> int:
    """End of the run of Han characters at ``pos`` (no punctuation, no function word)."""
    end = pos
    while end < min(len(text), pos + limit) and _HAN.match(text[end]):
        if text[end] in NAME_STOP:
            break
        end += 1
    return end


#: a project's phase before 项目 (（一期）项目, 二期项目)
_STAGED_PROJECT = re.compile(
    r"(?:（[一二三四五六七八九十0-9]+期）|[一二三四五六七八九十0-9]+期)(?:工程)?项目"
)
#: a list of fields closed by 等 and a word for fields (新能源、新材料等19个行业领域)
_FIELD_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等(?:[0-9一二三四五六七八九十]+个)?"
    r"[\u4e00-\u9fff]{0,4}?(?:行业|领域|产业|板块)"
)
#: what a company's unit ends with when a project is named after it (某集团西北总部…项目)
_UNIT_ENDS = ("总部", "基地", "产业园", "中心", "工厂")
#: a project's name going on after a unit (…总部|和研发中心项目)
_PROJECT_AFTER = re.compile(r"(?:[和及与][\u4e00-\u9fff]{1,8}?)?项目")


#: areas of a place named by their kind (矿区, 景区, 库区 …)
_AREAS = ("矿区", "景区", "片区", "辖区", "城区", "郊区", "库区", "林区", "牧区", "山区", "灾区")


def _place_head(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is a known place and two more characters (甘肃|矿区)."""
    return lex.place_of(name[:-2]) is not None


#: a web page's navigation trail, a paper's date line and page: no names
_PAGE_PARTS = re.compile(r"[>＞›»]|星期[一二三四五六日天]|第\s*[0-9０-９]+\s*版|^首页")
#: a step of a web page's breadcrumb (新闻中心 > 集团要闻): the separator after or before it
_CRUMB_AFTER = re.compile(r"[ \t\u3000]*[>＞›»]")
_CRUMB_BEFORE = re.compile(r"[>＞›»][ \t\u3000]*$")


def _clause_cut(m: Mention, text: str, lex: Lexicon) -> Mention | None:
    """A model organisation that is a clause: one opening with a verb of founding (共建某某园)
    is the name after the verb when a known name begins it, else none; one holding 是
    (海口是集团) is the known place before 是, else none.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "海口是集团重要的投资目的地"
    >>> _clause_cut(mention(t, 0, 5, "Organization", origin="crf"), t, load_lexicon()).type
    'Place'
    >>> t = "两地将共建大学科技园"
    >>> _clause_cut(mention(t, 3, 10, "Organization", origin="crf"), t, load_lexicon()) is None
    True
    """
    founded = m.text.startswith(FOUNDING_VERBS) and not m.text.endswith(lex.org_suffixes)
    if founded and m.text not in lex.organizations:  # (建设部, 建设银行: bodies)
        rest = m.start + 2
        known = [k for k in find(lex, text) if k.start == rest and k.end <= m.end]
        return span_mention(m, text, rest, m.end) if known else None
    at = m.text.find("是")
    if at > 0 and m.text not in lex.organizations:
        head = m.text[:at]
        if lex.place_of(head) is not None:
            return span_mention(m, text, m.start, m.start + at, type="Place", subtype=None)
        return None
    return m


def _in_field_list(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a model organisation is an item of a list of fields (…、盐湖化工、…等行业领域)."""
    if m.text.endswith(lex.org_suffixes) or m.text in lex.organizations:
        return False
    for hit in _FIELD_LIST.finditer(text, max(0, m.start - 60)):
        if hit.start(1) <= m.start and m.end <= hit.end(1):
            items = hit.group(1).split("、")
            return m.text in items
    return False


def _company_before_project(m: Mention, text: str, lex: Lexicon) -> int | None:
    """Where the company ends in a model organisation that runs on into a unit a project is
    named after (某某集团|甘肃农业总部和研发中心项目): the company is the body; else None."""
    if not m.text.endswith(_UNIT_ENDS) or _PROJECT_AFTER.match(text, m.end) is None:
        return None
    ends = [k.end() for k in re.finditer("集团|公司", m.text)]
    return ends[-1] if ends and 2 <= ends[-1] < len(m.text) else None


def _is_phrase(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a model organisation is an event, a cluster or a bare 投资 (or runs on into one)."""
    if m.text.endswith(PHRASE_HEADS):
        return True
    dashed = any(c in m.text for c in "—-－–")
    if (dashed or text[m.end : m.end + 1] in _EVENT_STARTS) and (
        not m.text.endswith(long_suffixes(lex))
        and suffix_re(lex).match(text, m.end) is None  # 中国—某某|中心 is a body
        and (_CHINA_X.fullmatch(m.text) or _EVENT_AFTER.match(text, m.end))
    ):
        return True  # 中国—某某 (a compound), 某某商务|与投资峰会 (a summit)
    near = text[m.start : m.end + 12]
    if not any(w in near for w in _PHRASE_CUES) and text[max(0, m.start - 2) : m.start] not in (
        FOUNDING_VERBS
    ):
        return False
    if m.text in lex.organizations or m.text.endswith(lex.gov_suffixes):
        return False
    end = _run_end(text, m.start, 16)
    word = text[m.start : end]
    before = text[max(0, m.start - 2) : m.start]
    if word.endswith(PHRASE_HEADS) and not m.text.endswith(lex.org_suffixes):
        return True
    base = word.find("基地") + 2
    kinds = base >= 2 and any(k in word[:base] for k in BASE_KINDS)
    if kinds and (m.start + base > m.end or before in FOUNDING_VERBS):
        return True  # 某某|创新基地, 共建某某基地: a base the text sets up, not a body
    return before in FOUNDING_VERBS and m.text.endswith(("研发中心", "创新中心", "产业园"))


def _into_phrase(m: Mention, text: str) -> bool:
    """Whether a phrase head (新通道, 推介会 …) starts inside ``m`` and ends after it."""
    window = text[m.start : m.end + 4]
    for head in PHRASE_HEADS:
        at = window.find(head)
        if at >= 0 and at < len(m.text) < at + len(head):
            return True
    return False


def _place_like(name: str, lex: Lexicon) -> bool:
    return lex.place_of(name) is not None or name.endswith(("区", "县", "市", "省"))


#: committees and groups named by their kind alone: no names (组委会, 商协会)
GENERIC_BODIES = frozenset(
    str.split(
        "协会 商协会 商会 组委会 执委会 大会组委会 秘书处 主办方 承办方 参展商 "
        "集团 公司 企业 有限公司 集团公司 "
        # a contract's sides (a table's 甲方 / 乙方 columns): no names
        "甲方 乙方 丙方 丁方 "
        # a body's kind alone (合作共建的研究院, 设立的研发中心): no name
        "研究院 研究所 研究中心 研发中心 实验室 学院 基地 总部 分公司 子公司 工厂"
    )
)


#: policy slogans the model can read as a name (“碳达峰、碳中和”): never a person or body
POLICY_TERMS = frozenset(
    str.split(
        "碳达峰 碳中和 双碳 一带一路 乡村振兴 共同富裕 高质量发展 新质生产力 放管服 "
        "西部大开发 东数西算 西电东送 南水北调 双循环 稳外贸 稳外资 专精特新"
    )
)


def drop_phrases(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Model organisations that are events (某某推介会, 新闻发布会), clusters (产业集群), bases
    and centres being set up (设立某某研发中心), or a body's kind alone (组委会, 商协会) are
    no names; a place + bare 投资 is the place; a policy slogan (碳达峰) is no name at all.
    """
    out = []
    for m in ms:
        if m.origin in ("crf", "lac") and m.text in POLICY_TERMS:
            continue
        if m.type == "Organization" and (
            _PAGE_PARTS.search(m.text)
            or _CRUMB_AFTER.match(text, m.end)
            or _CRUMB_BEFORE.search(text, max(0, m.start - 3), m.start)
        ):
            continue  # 首页 > 新闻中心 > 集团, 星期三 第1版: a web page's or a paper's furniture
        if m.type == "Organization" and m.origin in ("crf", "lac"):
            whole = _clause_cut(m, text, lex)
            if whole is None:
                continue  # 共建大学科技园, 海口是集团: a clause, no name
            m = whole
        if m.type == "Organization" and _connects(m, text):
            continue  # 中国联通南亚东南亚: the verb "connect", not the company (whoever read it)
        if m.type == "Person" and m.origin in ("crf", "lac") and _into_phrase(m, text):
            continue  # 陆海新|通道: a person tag cut from a phrase
        if m.type == "Organization" and m.origin in ("crf", "lac"):
            head = m.text[:-2]
            if m.text.endswith("投资") and len(head) >= 2 and _place_like(head, lex):
                out.append(span_mention(m, text, m.start, m.end - 2, type="Place", subtype=None))
                continue
            if m.text in GENERIC_BODIES or m.text[0] == "性" or _is_phrase(m, text, lex):
                continue  # 组委会, 全国|性商协会: a kind, not a name
            if _slogan_word(m, text, lex):
                continue  # 新时代新福建, 主题为“共商共建共享…”: words of a slogan
            project = text.startswith("项目", m.end) and m.text.endswith(PROJECT_HEADS)
            project |= m.text.endswith("项目")  # (研发中心项目: a project's name)
            staged = _STAGED_PROJECT.match(text, m.end) is not None  # 某某文旅（一期）项目
            named = staged and m.text.endswith(lex.org_suffixes)  # (某集团一期项目: the firm)
            if (project or staged) and not named and m.text not in lex.organizations:
                continue  # 某某产业园|项目, 某某数据中心|项目: a project, not a body
            if m.text.endswith(_AREAS) and _place_head(m.text, lex):
                continue  # 甘肃|矿区, 兰州|景区: an area of the place, no body
            if _in_field_list(m, text, lex):
                continue  # 新能源、盐湖化工、新材料等19个行业领域: a field, not a company
            firm = _company_before_project(m, text, lex)
            if firm is not None:
                m = span_mention(m, text, m.start, m.start + firm)  # 某集团|甘肃农业总部…项目
        out.append(m)
    return out


#: 联通 used as the verb "connect" (联通全球, 青海联通全国), not the company's short name
_CONNECT = re.compile(
    r"联通(?:全国|全球|世界|内外|国内外|中外|南北|东西|欧亚|亚欧|陆海|海陆|两岸|四海"
    r"|南亚|东南亚|中亚|西亚|东亚|东北亚|东盟|欧洲|非洲|中东|内陆|沿海)"
)
#: a quoted theme or slogan: 主题为“…”, 以“…”为主题, 口号“…”
_THEME_QUOTE = re.compile(r"(?:主题(?:为|是|：|:)?|口号(?:为|是)?|以)“([^”]{2,40})”")


def connect_verbs(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """An organisation whose 联通 is the verb "connect" (中国联通南亚东南亚, 联通全球) is no
    name, whichever step found it (the lexicon knows 中国联通 the company).

    >>> t = "这里是中国联通东南亚的通道，中国联通参展"
    >>> ms = [mention(t, 3, 7, "Organization"), mention(t, 14, 18, "Organization")]
    >>> [m.start for m in connect_verbs(ms, t, None)]
    [14]
    """
    return [m for m in ms if not (m.type == "Organization" and _connects(m, text))]


def _connects(m: Mention, text: str) -> bool:
    """Whether the 联通 of ``m`` is the verb "connect" (联通全球, 中国联通南亚).

    >>> t = "成为青海联通全国、走向世界的纽带；中国联通与某省签约"
    >>> _connects(mention(t, 2, 8, "Organization"), t), _connects(mention(t, 17, 21, "X"), t)
    (True, False)
    """
    return any(m.start <= c.start() < m.end for c in _CONNECT.finditer(text))


def _slogan_word(m: Mention, text: str, lex: Lexicon) -> bool:
    """A model organisation that is a word of a slogan: a new province (新时代新福建, 助力
    新青海), or any name inside a quoted theme (主题为“…”). (联通 as a verb is dropped before,
    whoever read it: :func:`_connects`.)

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "成为青海联通全国、走向世界的纽带，为建设新福建增添动能"
    >>> _slogan_word(mention(t, 20, 23, "Organization"), t, load_lexicon())
    True
    >>> t = "中国联通与某省签约"
    >>> _slogan_word(mention(t, 0, 4, "Organization"), t, load_lexicon())
    False
    """
    if m.text.startswith("新") and len(m.text) >= 3:
        place = lex.place_of(m.text[1:])
        if place is not None and place.level == "province":
            return True
    return any(q.start(1) <= m.start and m.end <= q.end(1) for q in _THEME_QUOTE.finditer(text))


def _in_compound(m: Mention, text: str) -> bool:
    """Whether a one-character name is half of a China–X compound (中|非经贸, 中|阿博览会)."""
    s = m.start
    if m.text in PARTNERS:
        return s >= 1 and text[s - 1] == "中" and text[s + 1 : s + 2] != "国"
    return m.text == "中" and text[s + 1 : s + 2] in PARTNERS and text[s + 2 : s + 3] != "国"


def china_compounds(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """中非经贸, 中阿博览会: a China–X compound names no country.

    Its one-character halves stay places (the model's abbreviations, which the extraction
    drops), never countries; a two-letter country it spells (中非, the Central African
    Republic) stands only as 中非共和国 or before a title or 驻.
    """
    if "中" not in text:
        return ms
    out = []
    for m in ms:
        if m.type in ("Place", "Country") and len(m.text) == 1 and _in_compound(m, text):
            m = replace(m, type="Place", subtype=None)
        elif (
            m.type in ("Place", "Country")
            and len(m.text) == 2
            and m.text[0] == "中"
            and m.text[1] in PARTNERS
            and not text.startswith(("共和国", "驻", "总统", "总理", "政府"), m.end)
        ):
            continue
        out.append(m)
    return out


#: a dash joining the first half of a compound name to the rest (中国—东盟…, 中国--东北亚…),
#: perhaps after a bracketed province (中国（福建）—印尼…)
_COMPOUND_DASH = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?(?:—|–|－|-){1,2}[\u4e00-\u9fff]")


def compound_halves(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A country written as the first half of a dash compound (中国—东盟传媒港, 中国--东北亚博览会,
    中国（福建）—印尼对接会) names no country of its own: the compound's name is the entity.

    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "中国—东盟传媒港揭牌，中国与东盟合作，中国—东盟建立对话关系，中国—东盟博览会开幕"
    >>> ms = [mention(text, i, i + 2, "Country") for i in (0, 11, 19, 31)]
    >>> [(m.start, m.text, m.type) for m in compound_halves(ms, text, None)]
    [(0, '中国—东盟传媒港', 'Organization'), (11, '中国', 'Country'), (19, '中国', 'Country')]
    >>> text = "中国—东盟技术合作大会举行"  # an event: its second half is no body of its own
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 3, 5, "Organization")]
    >>> compound_halves(ms, text, None)
    []
    """
    out = list(ms)
    for m in [x for x in ms if x.type == "Country" and _compound_name(text, x.end)]:
        out.remove(m)
        end = _compound_body_end(text, m.end)
        if end is None:
            out = [x for x in out if not _inside_event(text, m.end, x)]
        if end is None or any(x.start < m.start < x.end for x in out):
            continue
        inside = [x for x in out if m.start <= x.start and x.end <= end]
        if any(x.start < end < x.end for x in out):
            continue  # the compound runs into another name: leave it to the model
        out = [x for x in out if x not in inside]
        out.append(Mention(m.start, end, text[m.start : end], "Organization", None, m.origin))
    return sorted(out)


#: an event's own name opening with a country (2019年中国某某500强峰会, 首届中国某某论坛): the
#: year or edition before it, the country, then a name with no punctuation or verb up to the
#: event's head
_COUNTRY_EVENT = re.compile(
    r"(?:\d{4}年|第[\d一二三四五六七八九十百]+届|首届)(?P<country>中国)"
    r"[^，。；、：！？\s“”（）()《》将在与和同向为的是了]{1,14}?(?:峰会|论坛|年会|大会)"
)
#: the title of a publication, a list or a ranking, in quotation or book-title marks
#: (“2023中国某某榜单”, 《中国某某3.0》), not a signed paper's (《中华人民共和国某省和某国某省…
#: 协议》, 《…条约》, whose parties the title names) nor a place's honorary name (“中国铜城”,
#: which names the country); a paper's title holds a word of ``agreement_nouns.tsv``
_QUOTED_TITLE = re.compile(
    r"“[^“”\n]{2,40}(?:榜单|名单|案例|报告|白皮书|蓝皮书|指数)”"
    r"|《(?![^《》\n]*(?:" + "|".join(agreement_nouns("title")) + r"))[^《》\n]{2,40}》"
)
#: what makes a country the modifier of a phrase: 中国特色(社会主义)
_MODIFIED = ("特色",)


def countries_in_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A country that is a word of another name, not a mention of the country: opening an
    event's own name after its year or edition (2019年中国某某500强峰会, 第三届中国某某论坛),
    inside the title of a publication, list or ranking (“2023中国某某榜单”, 《中国某某3.0》), or
    the modifier of a fixed phrase (中国特色).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> text = "同主办2021年中国民营经济发展峰会。"
    >>> countries_in_names([mention(text, 8, 10, "Country")], text, lex)
    []
    >>> text = "发布“中国十佳案例”和《中国数谷》，坚持中国特色"
    >>> ms = [mention(text, 3, 5, "Country"), mention(text, 12, 14, "Country"),
    ...       mention(text, 20, 22, "Country")]
    >>> countries_in_names(ms, text, lex)
    []
    >>> text = "2021年中国与东盟签署协议，“中国”二字"
    >>> ms = [mention(text, 5, 7, "Country"), mention(text, 16, 18, "Country")]
    >>> [m.start for m in countries_in_names(ms, text, lex)]
    [5, 16]
    """
    countries = [m for m in ms if m.type == "Country"]
    if not countries:
        return ms
    inside = {hit.start("country") for hit in _COUNTRY_EVENT.finditer(text)}
    titles = [hit.span() for hit in _QUOTED_TITLE.finditer(text)]
    for m in countries:
        titled = any(s < m.start and m.end < e and e - s - 2 > len(m.text) for s, e in titles)
        if titled or text.startswith(_MODIFIED, m.end):
            inside.add(m.start)
    if not inside:
        return ms
    return [m for m in ms if not (m.type == "Country" and m.start in inside)]


#: how an event's name ends (中国—东盟某某合作大会, 中国—某某商务与投资峰会)
_EVENT_ENDS = re.compile(r"大会|峰会|论坛|年会|博览会|洽谈会|交易会|对接会|推介会|研讨会|合作会")


def _inside_event(text: str, end: int, x: Mention) -> bool:
    """Whether ``x`` is the second half of the dash compound after the country ending at
    ``end``, inside the name of an event (中国—|东盟|某某合作大会: the event, not 东盟)."""
    found = _compound_rest(text, end)
    event = _EVENT_ENDS.search(found[1]) if found else None
    if found is None or event is None or x.type != "Organization":
        return False
    return x.start == found[0] and x.end < found[0] + event.start()


#: how a compound body's name ends (中国—东盟技术转移联盟, 中国—东盟传媒港)
_BODY_ENDS = re.compile(r"(?:联盟|学院|中心|商会|协会|秘书处|研究院|基金会|大学|委员会|传媒港)")


def _compound_rest(text: str, end: int) -> tuple[int, str] | None:
    """Where the rest of a dash compound starts after the country at ``end`` (the character
    after the dash), and that rest up to the next punctuation; None if no dash compound."""
    dash = _COMPOUND_DASH.match(text, end)
    if dash is None:
        return None
    start = dash.end() - 1
    rest = re.match(r"[^，。；、：！？\s“”（）()]{0,16}", text[start:])
    return start, rest.group() if rest else ""


def _compound_body_end(text: str, end: int) -> int | None:
    """Where a compound body's name ends after the country at ``end``, if it names a body."""
    found = _compound_rest(text, end)
    ends = list(_BODY_ENDS.finditer(found[1])) if found else []
    return found[0] + ends[-1].end() if found and ends else None


#: how a compound name ends (中国—东盟传媒港, …技术转移联盟, …对接会): not a relation (中国—东盟
#: 建立对话关系, where both sides are named)
_NAME_ENDS = re.compile(r"[港会园网社]|联盟|学院|中心|论坛|合作区|基金|协会|大学|研究院|商会")


def _compound_name(text: str, end: int) -> bool:
    found = _compound_rest(text, end)
    return found is not None and _NAME_ENDS.search(found[1]) is not None


def bodies_cut_at_persons(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某国 + 特里 (person) + 布文大学 → one organisation: a person tag directly followed by a
    fragment ending in 大学/学院/公司 is the start of that body's name (with its country); so is a
    person a company is named after (某某某 + 农业科技股份有限公司), when no title stands before
    the person and the company's part names no place or known body of its own.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> t = "王大明农业科技股份有限公司与乙市签约"
    >>> ms = [mention(t, 0, 3, "Person"), mention(t, 3, 13, "Organization")]
    >>> [(m.text, m.type) for m in bodies_cut_at_persons(ms, t, load_lexicon())]
    [('王大明农业科技股份有限公司', 'Organization')]
    >>> t = "董事长王大明农业科技股份有限公司"
    >>> ms = [mention(t, 0, 3, "Role"), mention(t, 3, 6, "Person")]
    >>> ms.append(mention(t, 6, 16, "Organization"))
    >>> [m.type for m in bodies_cut_at_persons(ms, t, load_lexicon())]
    ['Role', 'Person', 'Organization']
    """
    if not any(b in text for b in CUT_BODIES):
        return ms
    out = sorted(ms)
    for i in range(len(out) - 1):
        person, body = out[i], out[i + 1]
        if person.type != "Person" or body.type != "Organization" or body.start != person.end:
            continue
        short = body.text.endswith(CUT_BODIES) and len(body.text) <= 6
        if not short and not _named_after_person(out, i, text, lex):
            continue
        start = person.start
        if i and out[i - 1].type == "Country" and out[i - 1].end == start:
            start = out[i - 1].start
        merged = mention(text, start, body.end, "Organization", origin=body.origin)
        out[i + 1] = replace(merged, subtype=body.subtype)
        out = [x for x in out if not (start <= x.start and x.end <= person.end)]
        return bodies_cut_at_persons(out, text, lex)
    return out


#: the forms of a registered company's name (a person's name may open it)
_REGISTERED = ("股份有限公司", "有限责任公司", "有限公司", "股份公司")


def _named_after_person(out: list[Mention], i: int, text: str, lex: Lexicon) -> bool:
    """Whether the person at ``out[i]`` opens the registered company after it: a Han name of 2
    to 4 characters with no title or body right before it, and a company part that opens on
    no place, country or known body (某某某 + 农业科技股份有限公司)."""
    person, body = out[i], out[i + 1]
    if not body.text.endswith(_REGISTERED) or not 2 <= len(person.text) <= 4:
        return False
    if not _HAN_NAME.fullmatch(person.text):
        return False
    if i and out[i - 1].end == person.start and out[i - 1].type in ("Role", "Organization"):
        return False  # 董事长某某 + …公司: the title's holder, then his company
    if title_prefix(text[body.end : body.end + 12] + "。", lex) is not None or any(
        m.start == body.end and m.type == "Role" for m in out
    ):
        return False  # 某某 + …有限公司总经理: a person, then the company whose title he holds
    return not any(
        lm.start == 0 and lm.type in ("Place", "Country", "Organization")
        for lm in find(lex, body.text)
    )


def place_runs_into_body(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """海峡两岸 + 经贸交流协会 → one organisation: a place the lexicon does not know, written
    right before a body the model found, is the start of the body's name."""
    places_end = {m.end for m in ms if m.type == "Place"}
    if not any(m.start in places_end for m in ms if m.type == "Organization"):
        return ms
    out = sorted(ms)
    for i in range(len(out) - 1):
        place, body = out[i], out[i + 1]
        if place.type != "Place" or body.type != "Organization" or body.start != place.end:
            continue
        if lex.place_of(place.text) is not None or lex.foreign_place_of(place.text) is not None:
            continue
        if not _HAN_NAME.fullmatch(place.text) or place.text.endswith(_PLACE_WORDS):
            continue  # 某某路86号, 某某街道, 某某省: an address or a division stays apart
        out[i + 1] = span_mention(body, text, place.start, body.end)
        out[i] = out[i + 1]
    return sorted(set(out), key=lambda m: (m.start, m.end, m.type))


#: company suffixes that end a proper name (企业 also ends 民营企业, 知名企业)
_NAMED_COMPANY = ("有限公司", "有限责任公司", "股份公司", "集团公司", "公司", "集团", "银行")


#: numbers, measure words and particles: never inside a company's own name (一家小型…公司)
_NOT_IN_NAME = set("一二三四五六七八九十几某家个位有了些多各该这那其每上下内")


def _company_after(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of a company name (2+ characters and a company suffix) starting at ``pos``."""
    end = _run_end(text, pos, 14)
    for e in range(end, pos + 3, -1):
        word = text[pos:e]
        suffix = next((x for x in _NAMED_COMPANY if word.endswith(x)), None)
        name = word[: -len(suffix)] if suffix else ""
        if 2 <= len(name) <= 6 and not any(c in _NOT_IN_NAME for c in name):
            return e
    return None


def country_company(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """哈萨克斯坦 + 粮食合同公司 → one organisation: a foreign country the model tagged, followed
    by a short name nothing covers that ends in a company suffix, is that company; so is one
    whose transliterated name was read as a person's (波兰 + 阿米卡 + 公司).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "与波兰阿米卡公司签约"
    >>> ms = [Mention(1, 3, "波兰", "Country"), Mention(3, 6, "阿米卡", "Person")]
    >>> [(m.text, m.type) for m in country_company(ms, t, load_lexicon())]
    [('波兰阿米卡公司', 'Organization')]
    """
    if not any(x in text for x in ("公司", "集团", "银行")):
        return ms
    out = sorted(ms)
    countries = [
        x
        for x in out
        if x.type in ("Country", "Place") and x.text not in HOME and lex.country_of(x.text)
    ]
    for m in countries:
        end = _company_after(text, m.end, lex)
        if end is None:
            continue
        inside = [x for x in out if x is not m and x.start < end and m.end < x.end]
        if any(x.type != "Person" or x.start < m.end or x.end > end for x in inside):
            continue
        out = [x for x in out if x is not m and x not in inside]
        out.append(span_mention(m, text, m.start, end, type="Organization", subtype="Company"))
    return sorted(out)
