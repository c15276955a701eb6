"""Lexicon rules and overlap resolution: fill gaps from the lexicon, prefer known titles,
keep one mention per character.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> from fairgraph.zh.ner.rules_common import mention
>>> text = "甲乙"
>>> ms = [mention(text, 0, 2, "Person"), mention(text, 1, 2, "Person", origin="lexicon")]
>>> [m.text for m in resolve_overlaps(ms, text, load_lexicon())]
['甲乙']
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.entries import LexiconMatch
from fairgraph.zh.lexicon.tables import time_words
from fairgraph.zh.ner.rules_common import DEICTIC, NAME_STOP, find


def fill_from_lexicon(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Add lexicon countries, places, organisations and titles where nothing was found; a
    place followed by its government (某某县人民政府) is that government."""
    taken = [False] * (len(text) + 1)
    for m in ms:
        for i in range(m.start, m.end):
            taken[i] = True
    out = list(ms)
    for lm in [_former_name(text, lm, lex) for lm in find(lex, text)]:
        if lm.type == "Fair" or any(taken[lm.start : lm.end]) or lm.text[0] in DEICTIC:
            continue  # 我国, 本市, 该省 refer to a name but are not one
        end, kind, subtype = lm.end, lm.type, lm.subtype
        if lm.type == "Organization":
            end = _longer_name_end(text, lm.end, lex) or lm.end
            if any(taken[lm.end : end]):
                end = lm.end
            place = _place_named_unit(out, text, lm.end, lex) if end == lm.end else None
            if place is not None:  # 国网|甘肃省|电力公司: the parent's unit in that place
                out.remove(place[0])
                end = place[1]
        start = lm.start
        government = next((g for g in _GOVERNMENTS if text.startswith(g, lm.end)), None)
        if lm.type == "Place" and government and not any(taken[lm.end : lm.end + len(government)]):
            end, kind, subtype = lm.end + len(government), "Organization", "Government"
            city = next((m for m in out if m.end == lm.start and m.type == "Place"), None)
            if city is not None and lex.place_of(city.text) is not None:
                out.remove(city)  # 长沙市 + 望城区人民政府: the district's full official name
                start = city.start
        out.append(Mention(start, end, text[start:end], kind, subtype, "lexicon"))
    return out


#: a company's unit named by its place after the parent's short name (某网甘肃省电力公司,
#: 某移动甘肃公司, 某银行兰州分行): up to four characters of its line, then the unit's word
_PLACE_UNIT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:分公司|公司|分行|支行)")


def _place_named_unit(
    ms: list[Mention], text: str, end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The known place the model tagged right after a known short company name, and where the
    unit named by that place ends (国网 + 甘肃省 + 电力公司), or None.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "以及国网甘肃省电力公司的代表"
    >>> ms = [Mention(4, 7, "甘肃省", "Place")]
    >>> place, unit_end = _place_named_unit(ms, t, 4, load_lexicon())
    >>> t[4:unit_end]
    '甘肃省电力公司'
    """
    place = next((m for m in ms if m.start == end and m.type == "Place"), None)
    if place is None or lex.place_of(place.text) is None:
        return None
    unit = _PLACE_UNIT.match(text, place.end)
    if unit is None or any(c in NAME_STOP for c in unit.group()):
        return None
    if any(m.start < unit.end() and place.end < m.end for m in ms if m is not place):
        return None
    return place, unit.end()


#: the level a county or county-level city has under its later name (崇礼县 -> 崇礼区)
_RENAMED_LEVELS = {"县": ("区", "市"), "市": ("区",)}


def _former_name(text: str, lm: LexiconMatch, lex: Lexicon) -> LexiconMatch:
    """A place the lexicon found at the end of a longer place's former name (礼县 in 崇礼县,
    a county now 崇礼区) is that longer place, under the name the text gives it: one or two
    characters before the match that, with its last character swapped for the later level,
    name a known place.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> text = "与崇礼县政府签署"
    >>> lm = next(m for m in lex.find(text) if m.text == "礼县")
    >>> _former_name(text, lm, lex).text
    '崇礼县'
    >>> text = "陇南市礼县"
    >>> _former_name(text, lex.find(text)[-1], lex).text
    '礼县'
    """
    if lm.type != "Place" or lm.text[-1] not in _RENAMED_LEVELS:
        return lm
    for k in (1, 2):
        start = lm.start - k
        if start < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[start : lm.start]):
            break
        stem = text[start : lm.end - 1]
        if any(lex.place_of(stem + level) for level in _RENAMED_LEVELS[lm.text[-1]]):
            name = text[start : lm.end]
            return LexiconMatch(start, lm.end, name, "Place", None, name)
    return lm


def known_orgs_over_places(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A lexicon organisation whose name begins with a country or place the model cut off on
    its own (俄罗斯|卫星通讯社, 日本|经济新闻) is that organisation: the model's country or place
    gives way when it lies wholly inside the known name and nothing else overlaps it; so do the
    model's fragments of a long known name (国务院|振兴东北办公室).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "据俄罗斯卫星通讯社报道"
    >>> [(m.text, m.type) for m in known_orgs_over_places([mention(text, 1, 4, "Country")],
    ...     text, load_lexicon())]
    [('俄罗斯卫星通讯社', 'Organization')]
    >>> text = "由国务院振兴东北办公室主办"
    >>> ms = [mention(text, 1, 4, "Organization"), mention(text, 6, 11, "Organization")]
    >>> [m.text for m in known_orgs_over_places(ms, text, load_lexicon())]
    ['国务院振兴东北办公室']
    >>> text = "吸引了微软、彭博资讯等企业"
    >>> [(m.text, m.type) for m in known_orgs_over_places([mention(text, 6, 8, "Person")], text,
    ...     load_lexicon())]
    [('彭博资讯', 'Organization')]
    >>> text = "中国电子商务发展迅速"  # a short name as the head of a longer word stays apart
    >>> [m.text for m in known_orgs_over_places([mention(text, 0, 2, "Country")], text,
    ...     load_lexicon())]
    ['中国']
    """
    out = list(ms)
    known = find(lex, text)
    # where a party's name begins (a known name or the model's body, place or country)
    party_starts = {k.start for k in known if k.type in ("Organization", "Place", "Country")}
    party_starts |= {m.start for m in ms if m.type in ("Organization", "Place", "Country")}
    # where a body begins (a known body or the model's): a short name joined to it by a
    # connector is one of two bodies (中国石油和|中国某某商会共同主办), signing or not
    body_starts = {k.start for k in known if k.type == "Organization"}
    body_starts |= {m.start for m in ms if m.type == "Organization"}
    for lm in known:
        if lm.type != "Organization":
            continue
        joined = _joined_party(text, lm, party_starts) or _joined_body(text, lm, body_starts)
        if _runs_on(text, lm) and not joined:
            continue  # 中国电子|商务: a short name that is only the head of a longer word
        inside = [m for m in out if m.start < lm.end and lm.start < m.end]
        # the model's fragments of a long known name (国务院|振兴|东北办公室) give way too, and
        # so does a "person" the model cut from a known name (彭博|资讯)
        kinds: tuple[str, ...] = ("Country", "Place")
        kinds += ("Organization",) if len(lm.text) >= 6 else ()
        kinds += ("Person",) if len(lm.text) >= 4 else ()
        if not inside or any(
            m.type not in kinds or m.start < lm.start or m.end > lm.end for m in inside
        ):
            continue
        if all(m.start == lm.start and m.end == lm.end for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(lm.start, lm.end, lm.text, "Organization", lm.subtype, "lexicon"))
    return sorted(out)


#: what joins a party to the next one (中国电建同|白银市人民政府: a name, not 中国 + a word)
_CONNECTORS = ("与", "同", "和", "跟", "及")


def _joined_party(text: str, lm: LexiconMatch, party_starts: set[int]) -> bool:
    """Whether a known short name is a party joined to the next one in a signing: a connector,
    then a name, and a signing later in the sentence (中国电建同|白银市人民政府就…签订).

    >>> from fairgraph.zh.lexicon.entries import LexiconMatch
    >>> lm = LexiconMatch(0, 4, "中国电建", "Organization", "Company", "中国电建")
    >>> _joined_party("中国电建同白银市政府签订协议", lm, {5})
    True
    >>> _joined_party("中国电建同白银市政府合作", lm, {5}), _joined_party("中国电建同样", lm, set())
    (False, False)
    """
    if text[lm.end : lm.end + 1] not in _CONNECTORS or lm.end + 1 not in party_starts:
        return False
    stop = text.find("。", lm.end)
    return "签" in text[lm.end : stop if stop >= 0 else len(text)]


def _joined_body(text: str, lm: LexiconMatch, body_starts: set[int]) -> bool:
    """Whether a known short name is joined by a connector (和, 及, 与, 以及 …) to a body's name
    right after it (中国石油和|中国某某商会): two bodies, not one longer word.

    >>> from fairgraph.zh.lexicon.entries import LexiconMatch
    >>> lm = LexiconMatch(0, 4, "中国石油", "Organization", "Company", "中国石油")
    >>> _joined_body("中国石油和中国某某商会", lm, {5})
    True
    >>> _joined_body("中国石油和化学工业", lm, set())
    False
    >>> _joined_body("中国石油以及中国某某商会", lm, {6})
    True
    """
    for joiner in ("以及", *_CONNECTORS):
        if text.startswith(joiner, lm.end):
            return lm.end + len(joiner) in body_starts
    return False


#: how the name of a body ends, so that another name may follow it directly (…通讯社北京电)
_BODY_END = (
    "社",
    "集团",
    "公司",
    "银行",
    "新闻",
    "网",
    "局",
    "部",
    "委员会",
    "组织",
    "联盟",
    "室",
    "厅",
    "院",
    "中心",
    "处",
    "署",
    "办",
    "会",  # 某某协会/商会/理事会|执行理事长
    "报",  # a newspaper (某某文汇报|报道)
    "省",  # a Japanese ministry (经济产业省|副大臣)
)


def _runs_on(text: str, lm: LexiconMatch) -> bool:
    """A known short name that is only the head of a longer word (中国电子|商务): a Han
    character follows that is not a function word (中国电子|的优势 is the company).

    >>> from fairgraph.zh.lexicon.entries import LexiconMatch
    >>> lm = LexiconMatch(0, 4, "中国电子", "Organization", "Company", "中国电子集团")
    >>> _runs_on("中国电子商务", lm), _runs_on("中国电子的优势", lm), _runs_on("中国电子。", lm)
    (True, False, False)
    >>> _runs_on("中国电子签署协议", lm), _runs_on("中国电子董事长", lm)
    (False, False)
    >>> _runs_on("中国电子分别与", lm), _runs_on("中国电子和信息产业", lm)
    (False, True)
    """
    nxt = text[lm.end : lm.end + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in NAME_STOP:
        return False
    if text.startswith(_AFTER_NAMES, lm.end):
        return False  # 中国石化|签署, 中国电子|董事长: a verb or a title follows the name
    return not lm.text.endswith(_BODY_END)


#: verbs and titles that follow an organisation's name (a known short name ends before them)
_AFTER_NAMES = (
    "签署",
    "签订",
    "签约",
    "签了",  # (中国石油|签了, 达成, 缔结, 草签…: the other signing verbs)
    "签下",
    "达成",
    "缔结",
    "草签",
    "续签",
    *time_words(),  # (中国石化|当天与…, 中国石化|上午签约)
    "现场",
    "完成",
    "合作签约",
    "旗下",  # 中国电建|旗下的某公司: its subsidiary follows
    "下属",
    "所属",
    "分别",
    "此次",  # (中国石化|此次与多家单位签约)
    "本次",
    "已",
    "正式",
    "成功",
    "今年",
    "战略合作",
    "合作协议",
    "框架协议",
    "携手",
    "联合",
    "共同",
    "表示",
    "参加",
    "出席",
    "举办",
    "参与",
    "董事长",
    "总经理",
    "党组",
    "党委",
    "副总",
    "总裁",
    "委托",  # 受中国石油|委托, 据中国石油|介绍, 中国石油|展台: the genre's nouns and verbs
    "介绍",
    "展台",
    "展位",
    "展区",
    "组织",
    "主办",
    "承办",
    "协办",
    "有关",
    "相关",
    "负责人",
    "一行",
    "授牌",  # (为中国石油|授牌)
    "颁奖",
)


#: a division's government written right after its name (某某县人民政府)
_GOVERNMENTS = ("人民政府", "政府")


def _longer_name_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of the longer name a known short name runs straight on into (某某|动力股份有限公司):
    up to 10 Han characters without a function word, ending in a registered company suffix.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某某动力股份有限公司董事长"
    >>> _longer_name_end(text, 2, load_lexicon())
    10
    """
    end = pos
    while end < min(len(text), pos + _MAX_RUN_ON) and "\u4e00" <= text[end] <= "\u9fff":
        if text[end] in NAME_STOP:
            break
        end += 1
    for e in range(end, pos, -1):
        if text[pos:e].endswith(REGISTERED):
            return e
    return None


#: how far a known short name may run on into a longer registered name (国家电投|集团黄河上游
#: 水电开发有限责任公司: a subsidiary named after its parent)
_MAX_RUN_ON = 18


#: the suffixes of a registered company's full name (never of a clause: 某行发布…公司)
REGISTERED = ("有限公司", "有限责任公司", "股份公司", "集团公司")


def known_companies_win(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A person or place span that is exactly a company the lexicon knows is that company
    (赛诺菲 read as a person, 诺和诺德 as a place).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "与阿斯利康、赛诺菲签署协议"
    >>> [(m.text, m.type) for m in known_companies_win([mention(text, 6, 9, "Person")], text,
    ...     load_lexicon())]
    [('赛诺菲', 'Organization')]
    """
    out = []
    for m in ms:
        org = lex.org_of(m.text) if m.type in ("Person", "Place") else None
        if org is not None and org.kind == "Company" and lex.place_of(m.text) is None:
            m = Mention(m.start, m.end, m.text, "Organization", "Company", m.origin)
        out.append(m)
    return out


def known_orgs_before_verbs(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A model organisation that is a known name run on into the verb after it (中国建筑|签署,
    某集团|分别与) is the known name.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "某市与中国建筑签署协议"
    >>> [m.text for m in known_orgs_before_verbs([mention(text, 3, 9, "Organization",
    ...     origin="crf")], text, load_lexicon())]
    ['中国建筑']
    """
    known = [lm for lm in find(lex, text) if lm.type == "Organization"]
    out = []
    for m in ms:
        if m.type == "Organization" and m.origin in ("crf", "lac"):
            lm = next((k for k in known if k.start == m.start and k.end < m.end), None)
            verb = lm is not None and text.startswith(_VERBS_AFTER_NAMES, lm.end)
            # (中国石油|推进新能源, 中国石油|合作共建的研究院: a clause, not a longer name)
            clause = (
                lm is not None
                and text.startswith(_CLAUSE_VERBS, lm.end)
                and (
                    any(c in NAME_STOP for c in text[lm.end : m.end])
                    or not m.text.endswith(lex.org_suffixes)
                )
            )
            if lm is not None and (verb or clause):
                m = Mention(m.start, lm.end, text[m.start : lm.end], m.type, m.subtype, m.origin)
        out.append(m)
    for lm in known:  # 中国|铁建现场签约, 中国|电建双方: the model's pieces of the name and after
        # (甲市—国家电|投战略合作协议: the name before the agreement it signs, in a list)
        if not text.startswith((*_ADVERBS_BEFORE_SIGNING, "双方", *_AGREEMENTS_AFTER), lm.end):
            continue
        pieces = [m for m in out if m.start < lm.end and lm.start < m.end]
        if (
            pieces
            and all(m.origin in ("crf", "lac") for m in pieces)
            and all(lm.start <= m.start and m.end <= lm.end + 2 for m in pieces)
        ):
            out = [m for m in out if m not in pieces]
            out.append(Mention(lm.start, lm.end, lm.text, "Organization", "Company", "lexicon"))
    return sorted(out)


#: adverbs of a signing right after a party's name (A与中国铁建现场签约, 集中签约, 正式签署)
_ADVERBS_BEFORE_SIGNING = tuple(
    a + v for a in ("现场", "集中", "正式", "成功") for v in ("签约", "签署", "签订")
)


#: the agreement a party's name runs straight on into (某某—国家电投战略合作协议)
_AGREEMENTS_AFTER = (
    "战略合作",
    "合作协议",
    "合作框架",
    "框架协议",
    "投资协议",
    "投资合同",
    "合作备忘录",
)


#: verbs of a clause a known name's span may run on into (中国石油|推进新能源), cut where the
#: span has a function word or no body's ending
_CLAUSE_VERBS = ("合作", "推进", "共建", "开展", "启动", "发布", "推动", "建设", "打造", "布局")


#: verbs that begin right after a party's name (a known name the model ran on into them ends)
_VERBS_AFTER_NAMES = (
    "签署",
    "签订",
    "签约",
    "分别与",
    "分别同",
    "携手",
    "共同签",
    "此次与",  # (中国石化|此次与多家单位签约)
    "本次与",
    "这次与",
    *_ADVERBS_BEFORE_SIGNING,
)


def prefer_lexicon_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """驻华大使: a known title of 3+ characters wins over one-character names inside it."""
    titles = [t for t in find(lex, text) if t.type == "Role" and t.end - t.start >= 3]
    if not titles:
        return ms
    out = list(ms)
    for t in titles:
        inside = [m for m in out if m.overlaps(Mention(t.start, t.end, t.text, "Role"))]
        if inside and all(len(m.text) == 1 and t.start <= m.start for m in inside):
            out = [m for m in out if m not in inside]
            out.append(Mention(t.start, t.end, t.text, "Role", None, "lexicon"))
    return out


def resolve_overlaps(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Keep non-overlapping mentions: model and rule spans first, then longer ones."""
    prio = {"crf": 0, "lac": 0, "rule": 1, "lexicon": 2}
    ranked = sorted(ms, key=lambda m: (prio.get(m.origin, 3), m.start - m.end, m.start, m.type))
    kept: list[Mention] = []
    for m in ranked:
        if not any(m.overlaps(k) for k in kept):
            kept.append(m)
    return sorted(kept)


def group_short_names_before_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A place and a word or two before a title, that with 集团 is a known group's name, is that
    group written without 集团 (浙江|国贸|党委书记: 浙江国贸集团, the model's place 浙江 with the
    rest left unread).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "浙江国贸党委书记王某出席"
    >>> ms = [mention(text, 0, 2, "Place"), mention(text, 4, 8, "Role")]
    >>> [(m.text, m.type) for m in group_short_names_before_titles(ms, text, load_lexicon())]
    [('浙江国贸', 'Organization'), ('党委书记', 'Role')]
    """
    starts = {m.start for m in ms if m.type == "Role"}
    taken = {i for m in ms for i in range(m.start, m.end)}
    out = []
    for m in ms:
        if m.type == "Place":
            for end in range(m.end + 1, m.end + 4):
                rest = range(m.end, end)
                if end in starts and not taken.intersection(rest):
                    name = text[m.start : end]
                    if lex.org_of(name + "集团") is not None:
                        m = Mention(m.start, end, name, "Organization", "Company", "lexicon")
                    break
        out.append(m)
    return out
