"""Titles written with their field, and the bodies news writes right before them.

Real news writes a firm's or an association's officer as body + title + name, the title often
with a field or a grade (某某地产设计总监王某, 某某证券高级分析师李某, 某协会名誉会长赵某), the
body often a name no lexicon knows. One small function per construction:

* ``field_titles``      — 高级|分析师 → 高级分析师, 首席|投资总监 → 首席投资总监: a title grown
  leftwards over the field or grade written before it (uncovered, or read as a title of its own);
* ``titles_before_names`` — 某某公司行政主管|王某: a known title nothing covers, right before a
  name, is a title;
* ``bodies_before_titles`` — 某某拍卖公司|董事长: the stretch nothing covers before a title, back
  to a boundary (punctuation, a word that opens a clause, a person), is a body when it ends in
  an organisation's suffix (公司, 集团, 博物馆, 研究所, 协会), or in a trade word before a
  company's title (某某地产|副总经理); a body followed by its unit (某银行|个人业务部|理财师) is the
  body with that unit.

>>> from fairgraph.model import Mention
>>> t = "会上，某某拍卖公司董事长王某说"
>>> ms = [Mention(9, 12, "董事长", "Role"), Mention(12, 14, "王某", "Person")]
>>> [(m.text, m.type) for m in title_bodies(t, ms)]
[('某某拍卖公司', 'Organization'), ('董事长', 'Role'), ('王某', 'Person')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.sentences import MentionEdits
from fairgraph.zh.extract.titles import known_titles
from fairgraph.zh.lexicon.titles import ORG_SUFFIXES

#: the origin of a title grown over its field, or found before a name
FIELD_TITLE = "field-title"
#: the origin of a body read before a title
BODY_BEFORE_TITLE = "body-before-title"

#: titles that are also words of another kind before a name (代表 the verb, 专家 a description)
_NOT_BEFORE_NAMES = frozenset({"代表", "专家", "首席", "顾问", "秘书", "助理", "记者"})
#: the longest field and grade written before a title (首席投资|总监, 高级行业|分析师)
_LONGEST_FIELD = 6
#: numerals before a title that count its holders (两大队长: two captains)
_NUMERALS = frozenset("一二两三四五六七八九十几多数")
#: characters a name of a body before a title is made of (Chinese, Latin letters, digits)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&·]")
#: words that open a clause or a phrase before a body's name: the name begins after them
#: (我是某某网主编, 据某某研究所所长, 邀请某某公司董事长, 收藏专家、某某公司董事长)
_OPENERS = frozenset(
    str.split(
        "我是 他是 她是 就是 作为 身为 邀请 有请 欢迎 表示 认为 透露 介绍 指出 担任 出任 现任 曾任 "
        "原任 兼任 专注于 旗下 其中 包括 以及 还有 来自 通过 针对 对此 此外 另据 随后 首先 其次 "
        "最后 致电 年任 据 由 在 是 为 与 和 及 跟 向 对 给 被 把 将 从 的 了 等 称 说"
    )
)
#: a one-character opener also stands inside names (广和证券, 中国与东盟中心): it opens the
#: name only when what follows it is a name of this length at least
_AFTER_ONE_CHARACTER = 4
#: the last word of a unit of a firm or body, written after its name (某银行个人业务部, 某公司
#: 市场研究部, 某集团华北区, 某网论坛, 某院研究所): the post is the unit's
_UNIT_ENDS = (
    "部",
    "处",
    "科",
    "室",
    "中心",
    "研究所",
    "研究院",
    "分公司",
    "分行",
    "支行",
    "分部",
    "分院",
    "分会",
    "委员会",
    "专业委员会",
    "事业部",
    "总队",
    "支队",
    "大队",
)
#: armed forces and their commands, written after their country (某国空军, 某国武装部队)
_FORCES = ("武装力量", "武装部队", "空军", "海军", "陆军", "陆战队", "司令部", "军区")
#: suffixes of bodies that a title may follow besides the organisation suffixes: a unit of
#: police or enforcement (某某执法大队), a studio (某某工作室), a sports club or team
#: (某某俱乐部, 某国国家队), a museum or gallery, a website (某某网: 4+ characters)
_MORE_SUFFIXES = (
    "大队",
    "总队",
    "支队",
    "工作室",
    "国家队",
    "俱乐部",
    "美术馆",
    "博物馆",
    "纪念馆",
    "科技馆",
    "研究中心",
    "网",
    "院",
    "队",
    *_FORCES,
)
#: a trade word that ends a firm's short name written before one of its officers' titles
#: (某某地产副总经理, 某某咨询分析师, 某某投资合伙人, 某某国际执行董事)
_TRADE_ENDS = tuple(
    str.split(
        "地产 置业 房产 咨询 投资 资本 基金 证券 期货 经纪 顾问 传媒 媒介 广告 科技 电子 网络 "
        "软件 信息 通信 能源 药业 医药 物流 实业 控股 股份 国际 建设 建工 置地 控股 集团 "
        "银行 保险 信托 租赁 拍卖 文化 影视 娱乐 兄弟 设计 装饰 家居 酒业 食品 汽车 电器"
    )
)
#: the longest firm's short name read by its trade word alone (中国某某地产: 6)
_LONGEST_SHORT_NAME = 8
#: titles only a firm's (or an investment house's) people hold: a trade word before them is
#: the end of the firm's short name
_FIRM_TITLE = re.compile(
    r"(?:董事长|总经理|总裁|董事|总监|经理|主管|合伙人|分析师|分析员|经济学家|首席执行官|"
    r"执行官|顾问|工程师|设计师|理财师)$"
)
#: titles a report also gives people of no named body (企业代表, 参展嘉宾, 相关负责人): the
#: stretch before them is a description, not a body's name
_DESCRIBED = ("代表", "嘉宾", "专家", "负责人", "记者", "人员", "干部", "官员", "员工")
#: suffixes of descriptions rather than names (签约企业, 国际组织, 合作平台)
_GENERIC_SUFFIXES = ("企业", "组织", "平台", "联合体", "部门", "单位", "机构")
#: words that make a stretch a description of several bodies (各部门, 有关单位, 相关企业)
_DETERMINERS = re.compile(
    r"各|有关|相关|[一两几多数这那每][家名个只位]"
    r"|^(?:每|全省|全市|全县|全区|全国|多家|一些|部分|这|那|[该本其我](?=[省市县区州国公司行院所会厂局部]))"
)
#: titles only a team has (a person before them is the team's name: 某某主帅王某)
_TEAM_TITLES = frozenset({"主帅", "主教练", "领队"})
#: a firm's regional unit between its name and a title (某某地产华北区总经理)
_REGIONAL = re.compile(
    r"^(?:大中华|亚太|中国|欧洲|北美|亚洲|东南亚|华东|华南|华北|华中|西南|西北|东北)区$"
)
#: what stands before a name's first character: punctuation or the start
_BOUNDARIES = frozenset("，。、；：？！“”‘’（）《》「」 \u3000,.;:?!()\"'")
#: the suffixes of named units of a body (某网某某论坛, 某院某某研究所)
_OTHER_SUFFIXES = frozenset(("论坛", "研究所", "研究院", "研究中心", "实验室", "工作室"))
#: a body's name is at least this long, its suffix counted (某某公司)
_SHORTEST_BODY = 3


def _titles() -> frozenset[str]:
    return known_titles()


def field_titles_grown(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each title grown leftwards over the field or grade written before it, when the whole is
    a known title and what it takes in is uncovered or titles of their own.

    >>> t = "某证券高级分析师王某说"
    >>> ms = [Mention(0, 3, "某证券", "Organization"), Mention(5, 8, "分析师", "Role")]
    >>> [m.text for m in field_titles_grown(t, ms)]
    ['某证券', '高级分析师']
    >>> t = "某网首席投资总监王某"
    >>> ms = [Mention(2, 4, "首席", "Role"), Mention(4, 8, "投资总监", "Role")]
    >>> [m.text for m in field_titles_grown(t, ms)]
    ['首席投资总监']
    >>> [m.text for m in field_titles_grown("王某分析师", [Mention(0, 2, "王某", "Person"),
    ...  Mention(2, 5, "分析师", "Role")])]
    ['王某', '分析师']
    """
    titles = _titles()
    edits = MentionEdits(mentions)
    for role in sorted(mentions):
        if role.type != "Role":
            continue
        for size in range(_LONGEST_FIELD, 0, -1):
            start = role.start - size
            if start < 0 or text[start : role.end] not in titles:
                continue
            if start > 0 and text[start - 1] in _NUMERALS:
                continue  # 两大|队长: a count of the titles' holders, not a grade
            inside = [m for m in edits.overlapping(start, role.start) if m != role]
            if any(m.type != "Role" or m.start < start for m in inside):
                continue
            grown = Mention(start, role.end, text[start : role.end], "Role", None, FIELD_TITLE)
            edits.replace([*inside, role], [grown])
            break
    return edits.result()


def titles_before_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each known title that nothing covers, written right before a name.

    >>> t = "某某邮政行政主管王某表示"
    >>> ms = [Mention(0, 4, "某某邮政", "Organization"), Mention(8, 10, "王某", "Person")]
    >>> [(m.text, m.type) for m in titles_before_names(t, ms)]
    [('某某邮政', 'Organization'), ('行政主管', 'Role'), ('王某', 'Person')]
    >>> t = "他代表王某致辞"
    >>> [m.text for m in titles_before_names(t, [Mention(3, 5, "王某", "Person")])]
    ['王某']
    """
    titles = _titles()
    edits = MentionEdits(mentions)
    ordered = sorted(mentions)
    for k, person in enumerate(ordered):
        if person.type != "Person":
            continue
        floor = max((m.end for m in ordered[:k] if m.end <= person.start), default=0)
        for size in range(min(_LONGEST_FIELD + 3, person.start - floor), 1, -1):
            start = person.start - size
            word = text[start : person.start]
            if word in titles and word not in _NOT_BEFORE_NAMES:
                edits.replace([], [Mention(start, person.start, word, "Role", None, FIELD_TITLE)])
                break
    return edits.result()


def _body_start(text: str, end: int, floor: int) -> int:
    """Where a body's name written before ``end`` begins: back over name characters to
    ``floor`` or punctuation, then after the last word that opens a clause (a year, 2010年, too).

    >>> t = "随后，他邀请某某公司"
    >>> t[_body_start(t, len(t), 0):]
    '某某公司'
    >>> [t[_body_start(t, len(t), 0) :] for t in ("广和证券", "甲乙和丙丁公司")]
    ['广和证券', '丙丁公司']
    """
    start = end
    while start > floor and _NAME_CHAR.match(text[start - 1]):
        start -= 1
    for cut in range(end - 1, start, -1):
        if text[cut - 1] == "年" and text[cut - 2 : cut - 1].isdigit():
            return cut
        for size in (3, 2, 1):
            if (
                cut - size >= start
                and text[cut - size : cut] in _OPENERS
                and (size > 1 or end - cut >= _AFTER_ONE_CHARACTER)
            ):
                return cut
    return start


def _suffix_of(name: str, title: str) -> str | None:
    """The organisation suffix, or the trade word before a firm's title, ``name`` ends in; a
    unit's last word counts after a body's name (某部某研究中心某处: 处).

    >>> _suffix_of("某部政策研究中心规划处", "处长"), _suffix_of("规划处", "处长")
    ('处', None)
    """
    suffix = next((s for s in (*ORG_SUFFIXES, *_MORE_SUFFIXES) if name.endswith(s)), None)
    if suffix is None:
        unit = next((u for u in _UNIT_ENDS if name.endswith(u)), None)
        head = name[: -len(unit)] if unit else ""
        if unit and any(s in head[2:] for s in ORG_SUFFIXES if len(s) > 1):
            return unit
    if suffix in ("网", "院") and len(name) < 4:
        return None
    if suffix is None and _FIRM_TITLE.search(title) and len(name) <= _LONGEST_SHORT_NAME:
        suffix = next((s for s in _TRADE_ENDS if name.endswith(s)), None)
    return suffix


def bodies_before_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The body written right before each title: the stretch nothing covers, back to a
    boundary, when it ends in an organisation's suffix (or a trade word before a firm's title);
    a place or country right before it is the beginning of its name. A body right before a unit
    of its own (某银行个人业务部, 某集团华北区) takes the unit in.

    >>> t = "此外，某某地产副总经理王某认为"
    >>> ms = [Mention(7, 11, "副总经理", "Role"), Mention(11, 13, "王某", "Person")]
    >>> [m.text for m in bodies_before_titles(t, ms)]
    ['某某地产', '副总经理', '王某']
    >>> t = "某某银行个人业务部理财师王某说"
    >>> ms = [Mention(0, 4, "某某银行", "Organization"), Mention(9, 12, "理财师", "Role")]
    >>> [m.text for m in bodies_before_titles(t, ms)]
    ['某某银行个人业务部', '理财师']
    >>> t = "王某表示公司董事长李某"
    >>> ms = [Mention(0, 2, "王某", "Person"), Mention(6, 9, "董事长", "Role")]
    >>> [m.text for m in bodies_before_titles(t, ms)]
    ['王某', '董事长']
    """
    edits = MentionEdits(mentions)
    ordered = sorted(mentions)
    for k, role in enumerate(ordered):
        if role.type != "Role" or role.text.endswith(_DESCRIBED):
            continue
        before = next((m for m in reversed(ordered[:k]) if m.end <= role.start), None)
        after = ordered[k + 1] if k + 1 < len(ordered) else None
        end = role.start
        if before is not None and before.end == end and _REGIONAL.match(before.text):
            # 某某地产华北区总经理: the firm's regional unit, the firm's name before it
            end = before.start
            before = next((m for m in reversed(ordered[:k]) if m.end <= end), None)
        if before is not None and before.end == end:
            if (
                before.type in ("Person", "Place")
                and role.text in _TEAM_TITLES
                and after is not None
                and after.type == "Person"
                and after.start == role.end
            ):
                # 某某主帅王某: a person or a city has no 主帅; the name before is the team's
                team = Mention(before.start, before.end, before.text, "Organization", None,
                               BODY_BEFORE_TITLE)  # fmt: skip
                edits.replace([before], [team])
            continue
        edit = _body_before(text, role, before, end)
        if edit is not None:
            edits.replace(*edit)
    return edits.result()


def _body_before(
    text: str, role: Mention, before: Mention | None, end: int
) -> tuple[list[Mention], list[Mention]] | None:
    """The mentions to replace and the body read before ``end`` for ``role``, or None."""
    floor = before.end if before is not None else 0
    start = _body_start(text, end, floor)
    name = text[start:end]
    if not name:
        return None
    adjacent = before is not None and start == before.end
    if adjacent and before is not None and before.type == "Organization":
        if end != role.start or not _unit_of(name, before, role):
            return None
        unit = Mention(before.start, end, text[before.start : end], "Organization",
                       before.subtype, BODY_BEFORE_TITLE)  # fmt: skip
        return [before], [unit]
    if text[end - 1 : end + 1] == "部门":
        return None  # 某某部门将…: the department word, not a title after a body
    suffix = _suffix_of(name, role.text)
    if suffix is None or name.endswith(_GENERIC_SUFFIXES) or _DETERMINERS.search(name):
        return None
    taken: list[Mention] = []
    if adjacent and before is not None and _begins_name(text, before, name, suffix):
        taken, start = [before], before.start  # 北京某某设计公司: the place begins the name
    elif adjacent:
        return None  # a person or a title right before: the stretch is no body's whole name
    if end - start < max(_SHORTEST_BODY, len(suffix) + 2):
        return None
    kind = "Company" if suffix in _TRADE_ENDS or "公司" in suffix else None
    return taken, [Mention(start, end, text[start:end], "Organization", kind, BODY_BEFORE_TITLE)]


#: words that begin a title, not a unit's name, after a body (某公司原总经理, 某集团前任董事长,
#: 某公司驻华首席代表, 某集团全球副总裁)
_NOT_UNITS = re.compile(r"^(?:原|前|现|新|老|驻|全球|首任|时任|代理|国内|国外|海外|境内|境外)")


def _unit_of(name: str, body: Mention, role: Mention) -> bool:
    """Whether ``name``, written between a body and a title, is a unit of that body: a
    department or office (某银行个人业务部), a named unit (某网某某论坛), or a firm's brand of two
    or three characters before a firm's or an editor's title (某公司某某频道主编 → 某公司某某).

    >>> b = Mention(0, 2, "某网", "Organization", "Company")
    >>> r = Mention(4, 6, "主编", "Role")
    >>> _unit_of("乐游", b, r), _unit_of("原", b, r), _unit_of("全球", b, r)
    (True, False, False)
    """
    if _NOT_UNITS.match(name) or _DETERMINERS.search(name):
        return False
    if name.endswith(_UNIT_ENDS) and len(name) >= 2:
        return True
    if len(name) >= 4 and _suffix_of(name, role.text) in _OTHER_SUFFIXES:
        return True
    return (
        body.subtype == "Company"
        and 2 <= len(name) <= 3
        and all("\u4e00" <= c <= "\u9fff" and c not in _OPENERS for c in name)
        and (_FIRM_TITLE.search(role.text) is not None or role.text.endswith(("编辑", "主编")))
    )


def _begins_name(text: str, before: Mention, name: str, suffix: str) -> bool:
    """Whether the mention right before a body's stretch is the beginning of its name: a place
    or country (北京某某设计公司, 某国空军), or the model's person or unknown place before a trade
    word alone (艾瑞|咨询 before a firm's title), after a boundary.

    >>> from fairgraph.model import Mention
    >>> _begins_name("北京某某公司", Mention(0, 2, "北京", "Place"), "某某公司", "公司")
    True
    >>> t = "，金星咨询"
    >>> _begins_name(t, Mention(1, 3, "金星", "Person", origin="crf"), "咨询", "咨询")
    True
    >>> t = "王某咨询"
    >>> _begins_name(t, Mention(0, 2, "王某", "Person", origin="rule"), "咨询", "咨询")
    False
    """
    if before.type in ("Place", "Country") and (name != suffix or suffix not in _TRADE_ENDS):
        return True
    if name != suffix or suffix not in _TRADE_ENDS or before.origin not in ("crf", "lac"):
        return False
    if before.type not in ("Person", "Place") or len(before.text) > 4:
        return False
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    if lexicon.place_of(before.text) is not None or lexicon.country_of(before.text) is not None:
        return False
    return before.start == 0 or text[before.start - 1] in _BOUNDARIES


def titles_out_of_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A body's span that ran on over the title of the person named right after it (某银行某
    中心CEO|王某) gives the title back.

    >>> t = "某某银行信用卡中心CEO王某说"
    >>> ms = [Mention(0, 12, "某某银行信用卡中心CEO", "Organization"),
    ...       Mention(12, 14, "王某", "Person")]
    >>> [(m.text, m.type) for m in titles_out_of_bodies(t, ms)]
    [('某某银行信用卡中心', 'Organization'), ('CEO', 'Role'), ('王某', 'Person')]
    """
    titles = known_titles()
    starts = {m.start for m in mentions if m.type == "Person"}
    edits = MentionEdits(mentions)
    for m in mentions:
        if m.type != "Organization" or m.end not in starts:
            continue
        for size in range(min(_LONGEST_FIELD + 3, len(m.text) - 3), 1, -1):
            title, rest = m.text[-size:], m.text[:-size]
            if title in titles and title not in _NOT_BEFORE_NAMES and _suffix_of(rest, title):
                cut = m.end - size
                body = Mention(m.start, cut, rest, m.type, m.subtype, m.origin)
                edits.replace([m], [body, Mention(cut, m.end, title, "Role", None, FIELD_TITLE)])
                break
    return edits.result()


#: what follows a person's name as the clause goes on (王某表示, 王某昨天强调, 王某，)
_AFTER_SPEAKER = re.compile(
    r"[，,：:]|(?:否认|表示|强调|指出|认为|介绍|透露|说|称|昨|今|日前|近日|也|还|曾|已)"
)


def names_after_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A two- or three-character name right after a title, beginning with a surname and
    followed by what a speaker says, is the person's, though the model read a company of that
    name (某行副行长苏某否认…: the official, not the retailer).

    >>> t = "某行副行长苏宁否认此事"
    >>> ms = [Mention(2, 5, "副行长", "Role"), Mention(5, 7, "苏宁", "Organization", origin="crf")]
    >>> [(m.text, m.type) for m in names_after_titles(t, ms)]
    [('副行长', 'Role'), ('苏宁', 'Person')]
    >>> ms = [Mention(2, 5, "副行长", "Role"), Mention(5, 7, "苏宁", "Organization", origin="crf")]
    >>> [m.type for m in names_after_titles("某行副行长苏宁集团", ms)]
    ['Role', 'Organization']
    """
    from fairgraph.zh.ner.names import starts_with_surname

    out = sorted(mentions)
    for i in range(1, len(out)):
        role, m = out[i - 1], out[i]
        if (
            m.type == "Organization"
            and m.origin in ("crf", "lac")
            and 2 <= len(m.text) <= 3
            and role.type == "Role"
            and role.end == m.start
            and role.text not in _NOT_BEFORE_NAMES
            and starts_with_surname(m.text, rare=False)
            and _AFTER_SPEAKER.match(text, m.end)
        ):
            out[i] = Mention(m.start, m.end, m.text, "Person", None, FIELD_TITLE)
    return out


def title_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """All repairs of this module, in order."""
    out = names_after_titles(text, titles_out_of_bodies(text, mentions))
    out = titles_before_names(text, out)
    out = field_titles_grown(text, out)
    return bodies_before_titles(text, out)
