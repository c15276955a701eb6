"""Foreign government bodies and ministers' titles named by their fields of work.

A foreign ministry is written as its country, then its fields joined by 、/和/与/及, then the
body word: 马来西亚投资、贸易和工业部, 老挝计划与投资部, 哈萨克斯坦共和国贸易和一体化部.  A model
often keeps only the last field (工业部), or nothing.  The same field list, directly before
大臣 or 部长, is one title (英国商业和贸易大臣: 商业和贸易大臣).

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "老挝计划与投资部、泰国商业部官员出席。"
>>> [(m.text, m.type) for m in foreign_ministries([], text, load_lexicon())]
[('老挝计划与投资部', 'Organization'), ('泰国商业部', 'Organization')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.tables import ABBREVIATED_COUNTRY
from fairgraph.zh.ner.rules_common import (
    HAN_RUN,
    HOME,
    LOCAL_GOVERNMENT,
    PUNCT,
    claim_government,
    find,
    long_suffixes,
    mention,
    span_mention,
)

#: words that end a government body named by its fields, longest first
MINISTRY_ENDS = ("委员会", "部", "局", "署", "厅")
#: characters joining the fields of one body (投资、贸易和工业部)
FIELD_JOINERS = "、和与及"
#: characters that end a body's name: a field ending with one is a body of its own (商务部、外交部)
_BODY_END = set("部局厅署委会院办处司馆团组省市州县区国府")
#: function words and numerals that never stand inside a field
_FIELD_STOP = set("的了在是将由把被从于等并也就都又有个各该本其此这那向为以上下中") | set(
    "二三四五六七八九十两"
)
#: words ending like a body that are verbs or common nouns (签署, 布局, 展厅, 部门)
NOT_BODIES = frozenset(
    str.split(
        "签署 部署 布局 格局 大局 结局 开局 当局 全局 时局 政局 战局 饭局 餐厅 大厅 展厅 "
        "客厅 舞厅 门厅 前厅 部门 全部 内部 外部 局部 东部 西部 南部 北部 中部 干部 腹部"
    )
)
_JOIN_RE = re.compile(f"[{FIELD_JOINERS}]")
#: how far after a country a body's end is looked for
_MAX_BODY = 18


def is_field_list(body: str, lex: Lexicon) -> bool:
    """Whether ``body`` reads as fields of work joined by 、/和/与/及 (投资、贸易和工业).

    Each field has 2–8 Han characters, holds no function word or numeral, does not end like a
    body of its own (商务部、外交 is two bodies) and holds no name or title the lexicon knows.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> is_field_list("投资、贸易和工业", lex), is_field_list("海洋与投资统筹", lex)
    (True, True)
    >>> is_field_list("商务部和越南工贸", lex), is_field_list("有关", lex), is_field_list("东", lex)
    (False, False, False)
    """
    if not body or len(body) > _MAX_BODY:
        return False
    for field in _JOIN_RE.split(body):
        if not 2 <= len(field) <= 8 or not HAN_RUN.fullmatch(field):
            return False
        if field[-1] in _BODY_END or any(c in _FIELD_STOP for c in field):
            return False
    return not lex.find(body)


def ministry_end(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a body named by fields that begins at ``start`` (right after its country).

    The first body word after ``start`` decides: the fields before it must form a field list,
    and a 部 must not begin 部长 or 部门 (商业部长 is a title, 有关部门 no name).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "越南工贸部部长"
    >>> ministry_end(text, 2, load_lexicon())
    5
    >>> ministry_end("泰国商业部长", 2, load_lexicon()) is None
    True
    """
    for pos in range(start + 2, min(len(text), start + _MAX_BODY + 3) + 1):
        if text[pos - 1] in PUNCT and text[pos - 1] != "、":
            return None
        end_word = next((w for w in MINISTRY_ENDS if text.endswith(w, start, pos)), None)
        if end_word is None:
            continue
        if text.startswith(("长", "门"), pos) and end_word == "部":
            return None
        if text[pos - 2 : pos] in NOT_BODIES:
            return None
        body = text[start : pos - len(end_word)]
        return pos if is_field_list(body, lex) else None
    return None


def foreign_ministries(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A foreign country followed by fields and a body word is one Organization.

    Mentions lying inside the name (the country, a cut 工业部) give way to it; a name
    that would cut through another mention or swallow a person or title is not made.
    """
    out = list(ms)
    for country in find(lex, text):
        if country.type != "Country" or country.text in HOME:
            continue
        end = ministry_end(text, country.end, lex)
        # (not 某国|某市人民委员会: a city's)
        if end is not None and not LOCAL_GOVERNMENT.fullmatch(text, country.end, end):
            out = claim_government(out, text, country.start, end)
    return sorted(out)


#: a foreign chamber in China after its country: 中国 + the country (or 欧盟) + 商会
_CHAMBER_IN_CHINA = re.compile(r"中国([\u4e00-\u9fff]{2,6}?)(?:总商会|商会)")


def foreign_chambers_in_china(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """中国 + a foreign country + 商会 (中国德国商会, 中国欧盟商会: a chamber of that country's
    firms in China) is one organisation, not two countries.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "某集团跟中国德国商会达成合作意向"
    >>> ms = [mention(t, 4, 6, "Country"), mention(t, 6, 8, "Country")]
    >>> [(m.text, m.type) for m in foreign_chambers_in_china(ms, t, load_lexicon())]
    [('中国德国商会', 'Organization')]
    """
    out = list(ms)
    for hit in _CHAMBER_IN_CHINA.finditer(text):
        country = hit.group(1)
        if country != "欧盟" and (lex.country_of(country) is None or country in HOME):
            continue
        inside = [m for m in out if m.start < hit.end() and hit.start() < m.end]
        if all(hit.start() <= m.start and m.end <= hit.end() for m in inside):
            out = [m for m in out if m not in inside]
            out.append(mention(text, hit.start(), hit.end(), "Organization"))
    return sorted(out)


def ministries_after_jian(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A body named by fields right after a title and 兼 is one Organization (某国副总理兼经济和
    发展部部长 → 经济和发展部, not 发展部): the concurrent post's ministry, whose country the
    chain of titles gives.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某国副总理兼经济和发展部部长某某"
    >>> ms = [mention(text, 2, 5, "Role"), mention(text, 9, 12, "Organization")]
    >>> [m.text for m in ministries_after_jian(ms, text, load_lexicon())]
    ['副总理', '经济和发展部']
    """
    out = list(ms)
    for role in [m for m in ms if m.type == "Role" and text.startswith("兼", m.end)]:
        end = ministry_end(text, role.end + 1, lex)
        if end is not None:
            out = claim_government(out, text, role.end + 1, end)
    return sorted(out)


def place_departments(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A Chinese division followed by two or more fields joined by 和/与/及/、 and a body word
    is one Organization (某省住房和城乡建设厅), never a place and a cut body; a body word that
    begins a title (文化和旅游厅长) makes none.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "海南省旅游和文化广电体育厅发布"
    >>> ms = [mention(text, 0, 3, "Place"), mention(text, 10, 13, "Organization")]
    >>> [(m.text, m.type) for m in place_departments(ms, text, load_lexicon())]
    [('海南省旅游和文化广电体育厅', 'Organization')]
    """
    out = list(ms)
    for place in find(lex, text):
        if place.type != "Place" or lex.place_of(place.text) is None:
            continue
        end = ministry_end(text, place.end, lex)
        if (
            end is not None
            and _JOIN_RE.search(text, place.end, end)
            and text[end : end + 1] != "长"
        ):
            out = claim_government(out, text, place.start, end)
    return sorted(out)


#: title heads that a field list may precede (商业和贸易大臣, 投资部长)
MINISTER_HEADS = ("大臣", "部长")
_HOLDERS = ("Country", "Place", "Organization")


def extend_minister_title(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """英国 + 商业和贸易 + 大臣 → Role 商业和贸易大臣: a minister's fields belong to the title.

    The fields must stand between a country, place or organisation and a title ending in
    大臣 or 部长, with nothing else found over them.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "英国商业和贸易大臣出席"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 7, 9, "Role")]
    >>> [m.text for m in extend_minister_title(ms, text, load_lexicon())]
    ['英国', '商业和贸易大臣']
    """
    ordered = sorted(ms)
    out = list(ordered)
    for i, role in enumerate(ordered):
        if role.type != "Role" or not role.text.endswith(MINISTER_HEADS) or i == 0:
            continue
        holder = ordered[i - 1]
        if holder.type not in _HOLDERS or holder.end >= role.start:
            continue
        body = text[holder.end : role.start] + role.text[: -len("大臣")]
        if not is_field_list(body, lex):
            continue
        out[out.index(role)] = span_mention(role, text, holder.end, role.end)
    return sorted(out)


def split_country_city_body(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """阿联酋迪拜工商会 → Country 阿联酋 + Organization 迪拜工商会: a body named after a foreign
    city the lexicon knows, or a city's, province's or region's government (越南海防市人民委员会),
    written behind its country."""
    out = []
    for m in ms:
        named = m.type == "Organization" and (
            m.text.endswith(long_suffixes(lex)) or m.text.endswith(("厅", "局"))
        )
        k = _country_len(m.text, lex) if named else 0
        rest = m.text[k:]
        city = k and (
            any(lex.foreign_place_of(rest[:j]) for j in range(2, min(len(rest), 8)))
            or LOCAL_GOVERNMENT.fullmatch(rest) is not None
        )
        if city and len(rest) > 3:
            out.append(mention(text, m.start, m.start + k, "Country", origin=m.origin))
            out.append(span_mention(m, text, m.start + k, m.end))
            continue
        out.append(m)
    return out


def _country_len(name: str, lex: Lexicon) -> int:
    """Length of the foreign country a name starts with, or 0."""
    for k in range(min(len(name) - 2, 10), 1, -1):
        if lex.country_of(name[:k]) is not None and name[:k] not in HOME:
            return k
    return 0


#: two one-character short forms of countries as a pair of sides (中越两国, 中美双方, 中葡两国政府,
#: 中美政府间, a headline's 中美签署…); 两国 after a full name (中国和巴西两国政府): the country
_PAIR_SIDES = re.compile(r"(?:两国(?:政府)?|双方|政府间|(?=签署|签订))")


#: a country, then 两国 and the bodies of both (中国两国商务部): never one body
_BOTH_BODIES = re.compile(r"^([\u4e00-\u9fff]{1,8}?)(?:两国|双方)[\u4e00-\u9fff]{1,10}$")


def abbreviated_country_pairs(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Two countries written by their one-character short forms before 两国, 双方 or 政府间
    (中越两国政府签署…, 俄阿双方签署…) are two countries; whatever a model read over the
    pair gives way. A body read as a country and 两国政府 (巴西两国政府) is the country.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "中越两国政府签署了协定。"
    >>> [(m.text, m.type) for m in abbreviated_country_pairs([], text, load_lexicon())]
    [('中', 'Country'), ('越', 'Country')]
    >>> text = "中国和巴西两国政府签署了协定。"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 3, 9, "Organization")]
    >>> [(m.text, m.type) for m in abbreviated_country_pairs(ms, text, load_lexicon())]
    [('中国', 'Country'), ('巴西', 'Country')]
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 3, 5, "Country"),
    ...       mention(text, 5, 9, "Organization")]
    >>> [m.text for m in abbreviated_country_pairs(ms, text, load_lexicon())]
    ['中国', '巴西']
    >>> abbreviated_country_pairs([], "中中两国", load_lexicon())
    []
    >>> text = "甲和中国两国商务部长签署了备忘录"
    >>> ms = [mention(text, 2, 9, "Organization")]
    >>> [(m.text, m.type) for m in abbreviated_country_pairs(ms, text, load_lexicon())]
    [('中国', 'Country')]

    中方 as a side of a signing is China (中方和某国政府签署…; 中方表示 names no country):

    >>> [m.text for m in abbreviated_country_pairs([], "中方和甲国政府签署了协定", load_lexicon())]
    ['中方']
    >>> abbreviated_country_pairs([], "中方表示欢迎", load_lexicon())
    []

    and the other side by its short form and 方 (中方与沙方签署…) is that country:

    >>> [m.text for m in abbreviated_country_pairs([], "中方与沙方签署了协定", load_lexicon())]
    ['中方', '沙']
    >>> [m.text for m in abbreviated_country_pairs([], "中方与甲方签署了协定", load_lexicon())]
    ['中方']
    """
    from fairgraph.zh.lexicon.tables import (
        ABBREVIATED_COUNTRY,
        ambiguous_country_abbreviations,
        country_abbreviations,
    )

    short = country_abbreviations()
    ambiguous = ambiguous_country_abbreviations()
    out = [m for m in ms if not (m.type == "Organization" and _PAIR_SIDES.fullmatch(m.text))]
    for body in list(out):
        # 中国两国商务部 (…和中国两国商务部长): the country, then the bodies of both countries
        both = _BOTH_BODIES.match(body.text) if body.type == "Organization" else None
        if both is not None and lex.country_of(both.group(1)):
            out = [m for m in out if m is not body]
            out.append(mention(text, body.start, body.start + both.end(1), "Country"))
    for side in _PAIR_SIDES.finditer(text):
        at = side.start()
        named = next(
            (m for m in out if m.type == "Organization" and m.end == side.end() and m.start < at),
            None,
        )
        if named is not None and lex.country_of(text[named.start : at]):
            out = [m for m in out if m is not named]
            out.append(mention(text, named.start, at, "Country"))  # 巴西两国政府 → 巴西
            continue
        pair = text[at - 2 : at] if at >= 2 else ""
        known = all(c in short or c in ambiguous for c in pair)
        if len(pair) < 2 or pair[0] == pair[1] or not known or lex.country_of(pair):
            continue  # (巴西两国: one country's full name, not a pair)
        if (
            at >= 3
            and HAN_RUN.fullmatch(text[at - 3])
            and text[at - 3] not in "，。；、在的与和同于由是了及将使让为对"
        ):
            continue  # (the pair must begin a word: 该中美两国… no, 访华中美… no)
        out = [m for m in out if m.end <= at - 2 or m.start >= at]
        out += [  # (an ambiguous form is named by the report: written_short_forms)
            mention(text, at - 2, at - 1, "Country", origin=ABBREVIATED_COUNTRY),
            mention(text, at - 1, at, "Country", origin=ABBREVIATED_COUNTRY),
        ]
    for side in _CHINESE_SIDE_SIGNS.finditer(text):
        at = side.start("side") if side.group("side") else side.start("side2")
        if any(m.start < at + 2 and at < m.end and m.end - m.start > 2 for m in out):
            continue  # (a longer name holds it)
        out = [m for m in out if not (m.start < at + 2 and at < m.end)]
        out.append(mention(text, at, at + 2, "Country", origin=ABBREVIATED_COUNTRY))
    for side in _ABBREVIATED_SIDE_SIGNS.finditer(text):
        name = "x" if side.group("x") else "x2"
        at = side.start(name)
        if side.group(name) not in short or side.group(name) == "中":
            continue
        if any(m.start <= at < m.end for m in out):
            continue  # (a name holds it)
        out.append(mention(text, at, at + 1, "Country", origin=ABBREVIATED_COUNTRY))
    return sorted(out, key=lambda m: (m.start, m.end))


#: what may stand before a country's one-character short form written before a state title
#: (与叙总统某某, ，美总统某某): a clause's start, punctuation or a function word; never a digit
#: (28日首相某某) or another character of a word (今日总理, 参加总统选举)
_BEFORE_TITLED_SHORT = "，。；：、“”‘’（）《》与和同及跟向对为在据由了将的是"
#: short forms that are also common function words before a title (以总理某某为首: by, with;
#: 新总统某某: the new president; 老总理: the old premier)
_NOT_TITLED_SHORT = frozenset("中以新老")


def titled_country_short_forms(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A country's one-character short form right before a state title and its holder's name
    (叙总统某某, 美总统某某, 伊外长某某): the country (a form of several countries is named by
    the report's full name: :func:`written_short_forms`). The titles are those only a state's
    head, government or minister holds (``name_titles.tsv``: foreign, minister, premier).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "他与叙总统巴萨姆会谈"
    >>> ms = [Mention(3, 5, "总统", "Role"), Mention(5, 8, "巴萨姆", "Person")]
    >>> [(m.text, m.type) for m in titled_country_short_forms(ms, t, load_lexicon())][:2]
    [('叙', 'Country'), ('总统', 'Role')]
    >>> t = "以总理李某为首的代表团"
    >>> ms = [Mention(1, 3, "总理", "Role"), Mention(3, 5, "李某", "Person")]
    >>> len(titled_country_short_forms(ms, t, load_lexicon()))
    2
    """
    from fairgraph.zh.lexicon.tables import (
        ambiguous_country_abbreviations,
        country_abbreviations,
        state_titles,
    )

    short, ambiguous, titles = (
        country_abbreviations(),
        ambiguous_country_abbreviations(),
        state_titles(),
    )
    out = list(ms)
    persons = {m.start for m in ms if m.type == "Person"}
    for role in ms:
        at = role.start - 1
        if role.type != "Role" or role.text not in titles or role.end not in persons or at < 0:
            continue
        char = text[at]
        if char in _NOT_TITLED_SHORT or not (char in short or char in ambiguous):
            continue
        if at > 0 and text[at - 1] not in _BEFORE_TITLED_SHORT and not text[at - 1].isspace():
            continue
        if any(m.start <= at < m.end and (m.start, m.end) != (at, at + 1) for m in ms):
            continue  # (a name holds it; the character read alone as a place is the country)
        out = [m for m in out if (m.start, m.end) != (at, at + 1)]
        out.append(mention(text, at, at + 1, "Country", origin=ABBREVIATED_COUNTRY))
    return sorted(out, key=lambda m: (m.start, m.end))


#: what makes a former state's name a region's (前苏联其它国家, 前南斯拉夫地区, 苏联各共和国)
_AS_REGION = re.compile(r"其它|其他|各国|地区|国家|各共和国|境内")


def former_states_as_regions(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A state that no longer exists (``former_countries.tsv``: an ISO 3166-3 code) written as
    the name of the region it covered (前苏联其它国家, 前南斯拉夫地区): no country mention.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "苏联地区各国和苏联政府"
    >>> ms = [Mention(0, 2, "苏联", "Country"), Mention(7, 9, "苏联", "Country")]
    >>> [m.start for m in former_states_as_regions(ms, t, load_lexicon())]
    [7]
    """
    out = []
    for m in ms:
        entry = lex.country_of(m.text) if m.type == "Country" else None
        if entry is not None and len(entry.iso2) == 4 and _AS_REGION.match(text, m.end):
            continue
        out.append(m)
    return out


def written_short_forms(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The countries a report's pairs of short forms name (中伊两国): a form that stands for
    several countries (伊) as the one of them the report writes in full (伊朗), or no country
    when it writes none or several of them.

    >>> t = "伊朗外长来访。中伊两国签署了协定。"
    >>> ms = [Mention(7, 8, "中", "Country", None, ABBREVIATED_COUNTRY),
    ...       Mention(8, 9, "伊", "Country", None, ABBREVIATED_COUNTRY)]
    >>> [m.text for m in written_short_forms(t, ms)]
    ['中', '伊朗']
    >>> [m.text for m in written_short_forms(t[7:], [dataclasses.replace(m, start=m.start - 7,
    ...  end=m.end - 7) for m in ms])]
    []
    """
    short = [m for m in mentions if m.origin == ABBREVIATED_COUNTRY and len(m.text) == 1]
    names = {m: written_short_form(m.text, text) for m in short}
    # (a pair loses both its sides when one names no country: 中 of an unread 中伊 too)
    dropped = {m.start for m, name in names.items() if name is None}
    dropped |= {m.start for m in short if m.end in dropped or m.start - 1 in dropped}
    out = []
    for m in mentions:
        if m in names:
            if m.start in dropped:
                continue
            m = dataclasses.replace(m, text=names[m] or m.text)  # (the span is the character's)
        out.append(m)
    return out


def written_short_form(char: str, text: str) -> str | None:
    """The name a one-character short form of a country stands for in ``text``: itself when it
    stands for one country (越, ``country_abbreviations.tsv``); for one that stands for several
    (伊, ``ambiguous_country_abbreviations.tsv``), the one of them the text writes in full; else
    None.

    >>> written_short_form("越", "中越两国")
    '越'
    >>> written_short_form("伊", "伊朗外长访华，中伊两国签署了协定")
    '伊朗'
    >>> written_short_form("伊", "中伊两国签署了协定") is None
    True
    >>> written_short_form("伊", "伊朗和伊拉克，中伊两国") is None
    True
    """
    from fairgraph.zh.lexicon.tables import ambiguous_country_abbreviations, country_abbreviations

    if char in country_abbreviations():
        return char
    written = [n for n in ambiguous_country_abbreviations().get(char, ()) if n in text]
    return written[0] if len(written) == 1 else None


#: the other side of 中方 by its one-character short form and 方 (中方与沙方签署…, 越方和中方
#: 签订…): that country
_ABBREVIATED_SIDE_SIGNS = re.compile(
    r"(?:^|[，。；、\s])中方(?:与|和|同|跟)(?P<x>[\u4e00-\u9fff])方[^，。；]{0,30}?(?:签署|签订|签约)"
    r"|(?:^|[，。；、\s])(?P<x2>[\u4e00-\u9fff])方(?:与|和|同|跟)中方[^，。；]{0,30}?(?:签署|签订|签约)"
)


#: 中方 as a side of a signing (中方和某国政府签署…, 某国与中方签订…): China
_CHINESE_SIDE_SIGNS = re.compile(
    r"(?:^|[，。；、\s])(?P<side>中方)(?:与|和|同|跟)[^，。；]{2,30}?(?:签署|签订|签约)"
    r"|(?:与|和|同|跟)(?P<side2>中方)(?:在[^，。；]{1,12}?)?(?:正式|共同)?(?:签署|签订|签约)"
)
