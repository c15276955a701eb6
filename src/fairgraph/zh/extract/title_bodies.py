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
        "我是 他是 她是 就是 作为 邀请 有请 欢迎 表示 认为 透露 介绍 指出 担任 出任 现任 曾任 "
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
#: titles only a firm's (or an investment house's) people hold: a trade word before them is
#: the end of the firm's short name
_FIRM_TITLE = re.compile(
    r"(?:董事长|总经理|总裁|董事|总监|经理|主管|合伙人|分析师|分析员|经济学家|首席执行官|"
    r"执行官|顾问|工程师|设计师|理财师)$"
)
#: titles a report also gives people of no named body (企业代表, 参展嘉宾, 相关负责人): the
#: stretch before them is a description, not a body's name
_DESCRIBED = ("代表", "嘉宾", "专家", "负责人", "记者", "人员", "干部")
#: suffixes of descriptions rather than names (签约企业, 国际组织, 合作平台)
_GENERIC_SUFFIXES = ("企业", "组织", "平台", "联合体", "部门", "单位", "机构")
#: words that make a stretch a description of several bodies (各部门, 有关单位, 相关企业)
_DETERMINERS = re.compile(
    r"各|有关|相关|[一两几多数这那每]家|^(?:全省|全市|全县|全区|全国|多家|一些|部分|这|那|[该本其我](?=[省市县区州国公司行院所会厂局部]))"
)
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
    """The organisation suffix, or the trade word before a firm's title, ``name`` ends in."""
    suffix = next((s for s in (*ORG_SUFFIXES, *_MORE_SUFFIXES) if name.endswith(s)), None)
    if suffix in ("网", "院") and len(name) < 4:
        return None
    if suffix is None and _FIRM_TITLE.search(title):
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
        floor = before.end if before is not None else 0
        if floor == role.start:
            continue
        start = _body_start(text, role.start, floor)
        name = text[start : role.start]
        if not name:
            continue
        adjacent = before is not None and start == before.end
        if adjacent and before is not None and before.type == "Organization":
            if name.endswith(_UNIT_ENDS) and len(name) >= 2:
                unit = Mention(
                    before.start,
                    role.start,
                    text[before.start : role.start],
                    "Organization",
                    before.subtype,
                    BODY_BEFORE_TITLE,
                )
                edits.replace([before], [unit])
            continue
        if text[role.start - 1 : role.start + 1] == "部门":
            continue  # 某某部门将…: the department word, not a title after a body
        suffix = _suffix_of(name, role.text)
        if suffix is None or name.endswith(_GENERIC_SUFFIXES) or _DETERMINERS.search(name):
            continue
        taken: list[Mention] = []
        if adjacent and before is not None and before.type in ("Place", "Country"):
            taken, start = [before], before.start  # 北京某某设计公司: the place begins the name
        elif adjacent:
            continue  # a person or a title right before: the stretch is no body's whole name
        if role.start - start < max(_SHORTEST_BODY, len(suffix) + 2):
            continue
        kind = "Company" if suffix in _TRADE_ENDS or "公司" in suffix else None
        body = Mention(
            start,
            role.start,
            text[start : role.start],
            "Organization",
            kind,
            BODY_BEFORE_TITLE,
        )
        edits.replace(taken, [body])
    return edits.result()


def title_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """All repairs of this module, in order."""
    out = titles_before_names(text, mentions)
    out = field_titles_grown(text, out)
    return bodies_before_titles(text, out)
