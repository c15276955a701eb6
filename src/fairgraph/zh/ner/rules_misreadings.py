"""Common misreadings of the model that one small rule each puts right.

马方愿… is no person (马方 is "the Malaysian side"); a slogan in a theme's quotes names nobody;
某公司携新品亮相 ends the company at 携; 州委常委 is a committee and a title; 某公司高级|副总裁
gives 高级 back to the title.  Every rule is ``rule(mentions, text, lex) -> mentions`` (see
:mod:`fairgraph.zh.ner.rules`).
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.rules_common import HAN_RUN, NAME_STOP, mention, span_mention
from fairgraph.zh.ner.rules_spans import NAME_WITH_CONJUNCTION
from fairgraph.zh.ner.rules_titles import title_at

#: one-character names of a country or party before 方 ("side"): 中方, 马方, 俄方, 双方
SIDES = set("中外双我对马俄美日韩泰越老柬缅印巴哈吉乌塔土蒙新法德英意澳加非阿")
_SIDE_WORDS = {c + "方" for c in SIDES}
#: a share in tenths (约一成, 近两成), which a model can read as a name
_SHARE = re.compile(r"[约近超逾]?[一二两三四五六七八九几]成")
#: a theme in quotes: 以“…”为主题
_THEME = re.compile(r"以[“\"「]([^”\"」]{2,40})[”\"」]为(?:年度)?主题")
#: title words and regional units a model leaves on a company's name (某公司高级|副总裁,
#: 某集团大中华区|总裁): they go with the title, the company keeps its own name
_TITLE_HEADS = ("高级", "首席", "执行", "常务", "党组", "大中华区", "中国区", "亚太区", "全球")


def not_sides(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A person span that begins with a side (马方愿…, 中方代表) or is a share (约一成, 两成)
    is no person.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "马方愿与中方合作，增长约一成"
    >>> ms = [mention(text, 0, 3, "Person"), mention(text, 11, 14, "Person")]
    >>> not_sides(ms, text, load_lexicon())
    []
    """
    return [
        m
        for m in ms
        if not (m.type == "Person" and (m.text[:2] in _SIDE_WORDS or _SHARE.fullmatch(m.text)))
    ]


#: verbs a model can take as a name's last character (王某作|推介, 孙某称|…)
#: (李某陪|同, 王某会|见, 张某主|持, 赵某出|席, 刘某致|辞: an official's verbs in news)
_VERBS_AFTER_NAMES = (
    "作推介",
    "作报告",
    "作主旨",
    "作讲话",
    "作发言",
    "作介绍",
    "作总结",
    "称",
    "陪同",
    "会见",
    "主持",
    "出席",
    "致辞",
)


def names_before_verbs(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A person span whose last character begins a verb (王立作推介, 孙某称) ends before it.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "厅长王立作推介"
    >>> [m.text for m in names_before_verbs([mention(text, 2, 5, "Person")], text,
    ...     load_lexicon())]
    ['王立']
    >>> text = "在副省长李某陪同下"
    >>> [m.text for m in names_before_verbs([mention(text, 4, 7, "Person")], text,
    ...     load_lexicon())]
    ['李某']
    """
    out = []
    for m in ms:
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and "·" not in m.text
            and text.startswith(_VERBS_AFTER_NAMES, m.end - 1)
        ):
            m = span_mention(m, text, m.start, m.end - 1)
        out.append(m)
    return out


def not_in_themes(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Persons and organisations a model finds inside a theme's quotes are words of a slogan.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "本届博览会以“数智赋能 共筑繁荣家园”为主题"
    >>> not_in_themes([mention(text, 12, 18, "Organization")], text, load_lexicon())
    []
    """
    themes = [hit.span(1) for hit in _THEME.finditer(text)]
    return [
        m
        for m in ms
        if not (
            m.type in ("Person", "Organization")
            and any(s <= m.start and m.end <= e for s, e in themes)
        )
    ]


def cut_at_bringing(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某公司携新品亮相: a model organisation running on past 携 ("bringing") ends before it.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "新华三携智算网络方案亮相"
    >>> [m.text for m in cut_at_bringing([mention(text, 0, 8, "Organization")], text,
    ...     load_lexicon())]
    ['新华三']
    """
    out = []
    for m in ms:
        at = m.text.find("携", 2)
        if m.type == "Organization" and at > 0 and m.text[at + 1 : at + 2] != "程":
            m = span_mention(m, text, m.start, m.start + at)
        out.append(m)
    return out


def committee_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """州委常委 read as one organisation is the committee and the title 常委 (or 委员).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "州委常委、常务副州长某某出席"
    >>> found = committee_titles([mention(text, 0, 4, "Organization")], text, load_lexicon())
    >>> [(m.text, m.type) for m in found]
    [('州委', 'Organization'), ('常委', 'Role')]
    """
    out = []
    for m in ms:
        title = next((t for t in ("常委", "委员") if m.text.endswith("委" + t)), None)
        if m.type == "Organization" and title and len(m.text) > len(title) + 1:
            cut = m.end - len(title)
            out += [span_mention(m, text, m.start, cut), mention(text, cut, m.end, "Role")]
            continue
        out.append(m)
    return out


def title_heads_back(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某公司高级 + 副总裁 → 某公司 + 高级副总裁: a title's first word left on the company.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "新华三高级副总裁某某"
    >>> ms = [mention(text, 0, 5, "Organization"), mention(text, 5, 8, "Role")]
    >>> [(m.text, m.type) for m in title_heads_back(ms, text, load_lexicon())]
    [('新华三', 'Organization'), ('高级副总裁', 'Role')]
    """
    out = sorted(ms)
    for i, m in enumerate(out[:-1]):
        role = out[i + 1]
        head = next((h for h in _TITLE_HEADS if m.text.endswith(h)), None)
        if m.type != "Organization" or role.type != "Role" or role.start != m.end or not head:
            continue
        if len(m.text) - len(head) < 2:
            continue
        cut = m.end - len(head)
        out[i] = span_mention(m, text, m.start, cut)
        out[i + 1] = span_mention(role, text, cut, role.end)
    return out


#: verbs of meeting that follow a place (在兰州会见…): never the middle of a company's name
_MEETING_VERBS = ("会见", "会晤", "考察", "调研", "走访", "拜会", "参观", "看望")


def join_fragments(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A company name the model cut into pieces is whole again: one-character pieces (and the
    place they follow) right before a name ending in a company suffix (安徽|江|淮|汽车集团…),
    or one untagged character between a country and the name (白俄罗斯|别|拉斯公司 keeps the
    country apart).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "与安徽江淮汽车集团股份有限公司签约"
    >>> ms = [mention(text, 1, 3, "Place"), mention(text, 3, 4, "Place"),
    ...       mention(text, 4, 5, "Place"), mention(text, 5, 15, "Organization")]
    >>> [m.text for m in join_fragments(ms, text, load_lexicon())]
    ['安徽江淮汽车集团股份有限公司']
    """
    out = sorted(ms)
    suffixes = lex.company_suffixes
    i = len(out) - 1
    while i >= 0:
        m = out[i]
        if m.type != "Organization" or not m.text.endswith(suffixes):
            i -= 1
            continue
        j = i
        while j > 0 and out[j - 1].end == out[j].start and len(out[j - 1].text) == 1:
            j -= 1
        if j < i and j > 0 and out[j - 1].end == out[j].start and out[j - 1].type == "Place":
            j -= 1
        if j < i:
            out[j : i + 1] = [span_mention(m, text, out[j].start, m.end)]
            i = j - 1
            continue
        before = out[i - 1] if i > 0 else None
        gap = text[before.end : m.start] if before is not None else ""
        if (
            before is not None
            and lex.place_of(before.text) is not None
            and 1 <= len(gap) <= 4
            and HAN_RUN.fullmatch(gap)
            and not any(c in NAME_STOP or c in "和与同及跟了" for c in gap)
            and not gap.startswith(_MEETING_VERBS)
            and lex.place_of(m.text[:2]) is None
            and lex.org_of(m.text) is None  # a known company is whole (在兰州会见了|某集团)
        ):
            out[i - 1 : i + 1] = [span_mention(m, text, before.start, m.end)]  # 宁波|均胜|电子股份…
            i -= 2
            continue
        if (
            before is not None
            and lex.country_of(before.text) is not None
            and len(gap) == 1
            and "\u4e00" <= gap <= "\u9fff"
            and gap not in NAME_STOP
            and gap not in "和与同及跟"
        ):
            out[i] = span_mention(m, text, m.start - 1, m.end)
        i -= 1
    return out


#: conjunctions a name can end with (闵某和, 白某和): followed by punctuation or a verb of
#: saying they cannot join two things, so they belong to the name
_NAME_ENDING_CONJUNCTIONS = "和与为"
#: (not words that may follow 和/与 as a conjunction: 与会, 与签约企业, 和陪同人员, 和在座)
_AFTER_NAME = (
    "表示",
    "说",
    "指出",
    "介绍",
    "强调",
    "致辞",
    "出席",
    "主持",
    "讲话",
    "发言",
    "一行",
    "等",
)


def names_ending_in_conjunctions(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """省长闵某 + 和， → 闵某和: a name followed by 和/与 and then punctuation or a verb of
    saying ends with that character.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "省长闵庆和，副总理某某"
    >>> [m.text for m in names_ending_in_conjunctions([mention(text, 2, 4, "Person")], text,
    ...     load_lexicon())]
    ['闵庆和']
    >>> text = "市长张某为致辞"
    >>> [m.text for m in names_ending_in_conjunctions([mention(text, 2, 4, "Person")], text,
    ...     load_lexicon())]
    ['张某为']
    """
    out = []
    for m in ms:
        end = m.end + 1
        if (
            m.type == "Person"
            and len(m.text) == 2
            and text[m.end : end] in tuple(_NAME_ENDING_CONJUNCTIONS)
            and end <= len(text)
            and _name_ends_at(text, end)
            and not any(x.start == m.end for x in ms if x is not m)
        ):
            m = mention(text, m.start, end, "Person", origin=NAME_WITH_CONJUNCTION)
        elif (  # the model's own 王某和 before 出席: kept whole (not a name cut at 和)
            m.type == "Person"
            and m.origin in ("crf", "lac")
            and len(m.text) == 3
            and m.text[-1] in _NAME_ENDING_CONJUNCTIONS
            and _name_ends_at(text, m.end)
        ):
            m = mention(text, m.start, m.end, "Person", origin=NAME_WITH_CONJUNCTION)
        out.append(m)
    return out


def _name_ends_at(text: str, end: int) -> bool:
    """Whether a name ending with the character before ``end`` may end there: punctuation or
    a verb of its holder follows (after 为 only a verb of saying: 某某为出席者颁奖 is 为 for)."""
    after = _AFTER_WEI if text[end - 1 : end] == "为" else _AFTER_NAME
    return end == len(text) or text[end] in "，。；、" or text.startswith(after, end)


#: what may follow a name ending in 为 (张某为致辞), where 为 cannot be the preposition
_AFTER_WEI = ("表示", "说", "指出", "强调", "致辞", "讲话", "发言")


def stationed_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某机构驻 + 华 + 首席代表 → 某机构 + 驻华首席代表: 驻 and where to begin the title.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某国贸易署驻华首席代表某某说"
    >>> ms = [mention(text, 0, 6, "Organization"), mention(text, 6, 7, "Place")]
    >>> [(m.text, m.type) for m in stationed_titles(ms, text, load_lexicon())]
    [('某国贸易署', 'Organization'), ('驻华首席代表', 'Role')]
    """
    out = sorted(ms)
    for m in [x for x in out if x.type == "Organization" and x.text.endswith("驻")]:
        for size in range(1, 5):
            title_start = m.end + size
            title = title_at(text, title_start, lex)
            if title is None:
                continue
            end = title_start + len(title)
            inside = [x for x in out if x is not m and m.end <= x.start and x.end <= end]
            crossing = [x for x in out if x.start < end < x.end or x.start < m.end < x.end]
            if crossing and crossing != [m]:
                break
            out = [x for x in out if x is not m and x not in inside]
            out += [
                span_mention(m, text, m.start, m.end - 1),
                mention(text, m.end - 1, end, "Role"),
            ]
            out.sort()
            break
    return out


#: what a mission's own name goes on with (驻华大使馆, 驻成都总领事馆, 驻华代表处): a body
_MISSION_BODY = ("馆", "处", "团")


def country_stationed_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某国 + 驻某地 + a mission's post (+ a name), read as one organisation, is the country,
    the post from 驻 on, and the person (哈萨克斯坦驻西安总领事某某 → 哈萨克斯坦 + 驻西安总领事 +
    某某); a mission's own name (某国驻华大使馆) stays whole.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "哈萨克斯坦驻西安总领事阿曼出席"
    >>> ms = [mention(text, 0, 13, "Organization")]
    >>> [(m.text, m.type) for m in country_stationed_titles(ms, text, load_lexicon())]
    [('哈萨克斯坦', 'Country'), ('驻西安总领事', 'Role'), ('阿曼', 'Person')]
    """
    out = sorted(ms)
    for m in [x for x in out if x.type == "Organization"]:
        at = m.text.find("驻")
        if at < 2 or lex.country_of(m.text[:at]) is None:
            continue
        title = title_at(text, m.start + at, lex)
        end = m.start + at + len(title) if title else m.end + 1
        if title is None or not title.startswith("驻") or end > m.end:
            continue
        rest = text[end : m.end]
        if rest.startswith(_MISSION_BODY) or (rest and not 2 <= len(rest) <= 8):
            continue
        parts = [
            mention(text, m.start, m.start + at, "Country", origin=m.origin),
            mention(text, m.start + at, end, "Role", origin=m.origin),
        ]
        if rest:
            parts.append(mention(text, end, m.end, "Person", origin=m.origin))
        out = sorted([x for x in out if x is not m] + parts)
    return out


#: a representative's or ambassador's post at an international organisation (常驻联合国代表)
_MISSION_POSTS = ("副代表", "代表", "特命全权大使", "大使")
_STATIONED = re.compile(r"(?:常驻|驻)$")


def posts_at_international_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某国 + 常驻/驻 + an international organisation + 代表/大使 is the country and one post
    from 驻 on (中国常驻联合国代表某某 → 中国 + 常驻联合国代表 + 某某): the person represents the
    country, at no Chinese body. The organisation may be read with the country and 驻 in one
    span (中国驻联合国).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某国常驻联合国代表某某发言"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 4, 7, "Organization"),
    ...       mention(text, 7, 9, "Role"), mention(text, 9, 11, "Person")]
    >>> [(m.text, m.type) for m in posts_at_international_bodies(ms, text, load_lexicon())]
    [('某国', 'Country'), ('常驻联合国代表', 'Role'), ('某某', 'Person')]
    """
    out = sorted(ms)
    for role in [x for x in out if x.type == "Role" and x.text in _MISSION_POSTS]:
        body = next((x for x in out if x.end == role.start and x.type == "Organization"), None)
        if body is None:
            continue
        at = body.text.rfind("驻")
        name = body.text[at + 1 :] if at >= 0 else body.text
        entry = lex.org_of(name)
        if entry is None or entry.kind != "Other":
            continue
        if at >= 0:  # 中国驻联合国 in one span
            start = body.start + at - (1 if body.text[:at].endswith("常") else 0)
            head = body.text[: start - body.start]
            country = lex.country_of(head) if head else None
            if country is None:
                continue
            extra = [mention(text, body.start, start, "Country", origin=body.origin)]
        else:
            stationed = _STATIONED.search(text, max(0, body.start - 2), body.start)
            before = next((x for x in out if stationed and x.end == stationed.start()), None)
            if stationed is None or before is None or before.type != "Country":
                continue
            start, extra = stationed.start(), []
        out = [x for x in out if x is not body and x is not role]
        out = sorted(out + extra + [mention(text, start, role.end, "Role", origin=role.origin)])
    return out


#: words that join or point to a party, which a model can take as a name's first character
_LEADING_WORDS = "同与和向在由及跟"


def leading_conjunctions(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """同江苏某某集团… → 江苏某某集团…: a conjunction or preposition the model took into an
    organisation's name goes when what follows begins with a known place or body (同仁堂 stays).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "广河县同江苏某某集团股份有限公司签约"
    >>> [m.text for m in leading_conjunctions([mention(text, 3, 16, "Organization")], text,
    ...     load_lexicon())]
    ['江苏某某集团股份有限公司']
    """
    out = []
    for m in ms:
        if m.type == "Organization" and len(m.text) > 3 and m.text[0] in _LEADING_WORDS:
            rest = m.text[1:]
            known = any(lex.place_of(rest[:k]) or lex.org_of(rest[:k]) for k in range(2, 8))
            if known:
                m = span_mention(m, text, m.start + 1, m.end)
        out.append(m)
    return out
