"""Title mentions made ready for posts: completed on the left and split from the body they name.

* ``extend_left``  — 总|书记 → 总书记, 省|人大常委会主任 → 省人大常委会主任 (the recogniser cut it);
* ``split_body``   — 省委书记 → 省委 + 书记, 省人大常委会主任 → 省人大常委会 + 主任,
  中共中央政治局常委 → 中共中央政治局 + 常委: a title that begins with a body's short name
  holds that body; the resolver expands 省委/省人大常委会 from the report's province;
* ``split_department`` / ``place_department`` — 黑龙江省|商务厅厅长 → 黑龙江省商务厅 + 厅长: a
  department written between a place and a title is that place's department;
* ``ministry_head`` — 财政部|长 (长 left uncovered) before a name → the title 财政部长.

>>> from fairgraph.model import Mention
>>> text = "省委书记刘某出席"
>>> [(m.text, m.type) for m in refine_roles(text, [Mention(0, 4, "省委书记", "Role")])]
[('省委', 'Organization'), ('书记', 'Role')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.titles import known_titles, split_titled_body
from fairgraph.zh.lexicon import load_lexicon

#: short names of bodies that a title may begin with, longest first
BODY_PREFIXES = (
    "中共中央政治局",
    "全国人大常委会",
    "省人大常委会",
    "市人大常委会",
    "州人大常委会",
    "县人大常委会",
    "区人大常委会",
    "中共中央",
    "全国政协",
    "省政协",
    "市政协",
    "县政协",
    "州政协",
    "省政府",
    "市政府",
    "县政府",
    "省委",
    "市委",
    "县委",
    "区委",
    "州委",
    "国务院",
)
#: titles that may follow a body prefix
BODY_TITLES = frozenset(
    {
        "书记",
        "副书记",
        "常务副书记",
        "常委",
        "委员",
        "主任",
        "副主任",
        "常务副主任",
        "主席",
        "副主席",
        "秘书长",
        "副秘书长",
        "委员长",
        "副委员长",
        "总理",
        "副总理",
        "国务委员",
        "党组书记",
        "党组副书记",
        "党组成员",
        "总书记",
    }
)
_PLACE_CHARS = "省市县区州"
#: endings of a government department's name (商务厅, 外事办公室, 发展和改革委员会)
DEPARTMENT_ENDINGS = ("厅", "局", "办公室", "委员会", "署")
#: titles the lexicon does not list on their own
MORE_TITLES = frozenset(
    {
        "总书记",
        "总经理",
        "总裁",
        "总理",
        "总监",
        "总会计师",
        "总工程师",
        "高级副总裁",
        "资深副总裁",
        "高级副总经理",
    }
)


#: what may qualify a title on its left: a company's regional division (亚太区总裁), or the
#: field of a second title after 兼 (副部长兼国际贸易谈判副代表)
_QUALIFIER = re.compile(
    r"(?:(?<=[的、，])|(?<=^)|(?<=[\u4e00-\u9fff]))"
    r"((?:亚太|大中华|中国|全球|欧洲|北美|亚洲|东南亚|华东|华南|华北|华中|西南|西北|东北)区)$"
    r"|(?<=兼)([\u4e00-\u9fff]{2,8})$"
)


def qualified_title(text: str, role: Mention, taken: Sequence[Mention]) -> Mention:
    """A title grown leftwards over an uncovered qualifier: a regional division (亚太区总裁) or
    the field of a title held concurrently (副部长兼国际贸易谈判副代表).

    >>> qualified_title("某公司亚太区总裁王某", Mention(6, 8, "总裁", "Role"), []).text
    '亚太区总裁'
    >>> t = "某部副部长兼国际贸易谈判副代表王某"
    >>> qualified_title(t, Mention(12, 15, "副代表", "Role"), []).text
    '国际贸易谈判副代表'
    """
    match = _QUALIFIER.search(text, max(0, role.start - 8), role.start)
    if match is None:
        return role
    start = match.start(1) if match.group(1) else match.start(2)
    if any(m.start < role.start and m.end > start for m in taken if m != role):
        return role
    return Mention(start, role.end, text[start : role.end], "Role", role.subtype, role.origin)


#: titles of representatives, kept whole (代表 alone is mostly the verb)
_REPRESENTATIVES = (
    "国际贸易谈判代表",
    "国际贸易谈判副代表",
    "首席代表",
    "特别代表",
    "常驻代表",
    "商务代表",
    "贸易代表",
    "全权代表",
)
#: words that qualify a company executive's title (行政总裁, 常务总监, 全球副总裁), kept with it
_QUALIFIERS = frozenset(("行政", "常务", "执行", "首席", "全球", "高级", "资深", "联席", "区域"))
_EXECUTIVE = re.compile(r"(?:总裁|总监|总经理|经理|董事|主席|官)$")
#: the head titles an acting holder (代省长, 代市长) is named by
_ACTING = re.compile(r"^(?:省|市|县|区|州)长$|^(?:自治区)?主席$")


def extend_left(text: str, role: Mention, taken: Sequence[Mention]) -> Mention:
    """A title grown leftwards over uncovered characters when the longer title is known.

    >>> extend_left("习某总书记", Mention(3, 5, "书记", "Role"), []).text
    '总书记'
    >>> extend_left("某某市代市长", Mention(4, 6, "市长", "Role"), []).text  # acting, as said
    '代市长'
    >>> extend_left("某某集团行政总裁", Mention(6, 8, "总裁", "Role"), []).text
    '行政总裁'
    """
    titles = load_lexicon().titles
    best = role
    if role.text == "代表":  # 国际贸易谈判代表, 首席代表: a representative's title as a whole
        for word in _REPRESENTATIVES:
            start = role.end - len(word)
            if (
                start >= 0
                and text[start : role.end] == word
                and not any(m.start < role.start and m.end > start for m in taken if m != role)
            ):
                return Mention(start, role.end, word, "Role", role.subtype, role.origin)
    for size in (1, 2, 3):
        start = role.start - size
        if start < 0 or any(m.start < role.start and m.end > start for m in taken if m != role):
            break
        word = text[start : role.end]
        if (
            word in titles
            or word in MORE_TITLES
            or (size == 1 and text[start] in _PLACE_CHARS and word.startswith(BODY_PREFIXES))
            or (size == 1 and text[start] == "代" and _ACTING.match(role.text))
            or (size == 2 and word[:2] in _QUALIFIERS and _EXECUTIVE.search(role.text))
        ):
            best = Mention(start, role.end, word, "Role", role.subtype, role.origin)
    return best


def split_body(role: Mention) -> tuple[Mention | None, Mention]:
    """(body, title) of a title that begins with a body's short name, else (None, title).

    >>> body, title = split_body(Mention(0, 8, "省人大常委会主任", "Role"))
    >>> body.text, title.text
    ('省人大常委会', '主任')
    >>> split_body(Mention(0, 2, "省长", "Role"))[0] is None
    True
    """
    for prefix in BODY_PREFIXES:
        rest = role.text[len(prefix) :]
        if role.text.startswith(prefix) and rest in BODY_TITLES:
            cut = role.start + len(prefix)
            body = Mention(
                role.start, cut, prefix, "Organization", "Government", origin="title-body"
            )
            return body, Mention(cut, role.end, rest, "Role", role.subtype, role.origin)
    return None, role


def place_committee(text: str, place: Mention, role: Mention) -> Mention | None:
    """PLACE 委 TITLE: the place and 委 are the place's Party committee (青海省委书记).

    >>> t = "甘肃省委书记"
    >>> place_committee(t, Mention(0, 3, "甘肃省", "Place"), Mention(4, 6, "书记", "Role")).text
    '甘肃省委'
    """
    if place.type != "Place" or role.start != place.end + 1 or text[place.end] != "委":
        return None
    if role.text not in BODY_TITLES:
        return None
    return Mention(
        place.start,
        role.start,
        text[place.start : role.start],
        "Organization",
        "Government",
        origin="title-body",
    )


def split_department(role: Mention) -> tuple[Mention | None, Mention]:
    """(department, title) of a title that begins with a government department's name
    (商务厅厅长 → 商务厅 + 厅长), else (None, title).

    >>> body, title = split_department(Mention(0, 5, "商务厅厅长", "Role"))
    >>> body.text, title.text
    ('商务厅', '厅长')
    >>> split_department(Mention(0, 3, "副厅长", "Role"))[0] is None
    True
    """
    titles = known_titles()
    for cut in range(2, len(role.text) - 1):
        prefix, rest = role.text[:cut], role.text[cut:]
        if rest not in titles or not prefix.endswith(DEPARTMENT_ENDINGS):
            continue
        end = role.start + cut
        body = Mention(role.start, end, prefix, "Organization", "Government", "title-body")
        return body, Mention(end, role.end, rest, "Role", role.subtype, role.origin)
    return None, role


def place_department(place: Mention, body: Mention) -> Mention | None:
    """PLACE + department split from a title, written as one: the place's department
    (黑龙江省|商务厅|厅长 → 黑龙江省商务厅), else None.

    >>> place_department(Mention(0, 3, "甘肃省", "Place"), Mention(3, 6, "商务厅", "Organization",
    ...                  "Government")).text
    '甘肃省商务厅'
    """
    if place.type != "Place" or place.end != body.start or body.subtype != "Government":
        return None
    if body.text.startswith(tuple(_PLACE_CHARS)):
        return None  # 省委, 市政府: a short form of the place's own body
    return Mention(
        place.start, body.end, place.text + body.text, "Organization", "Government", "title-body"
    )


def title_cut_short(body: Mention, role: Mention) -> tuple[Mention, Mention] | None:
    """A department that took the first character of the title after it (某某厅厅|长): the
    character goes back to the title, else None.

    >>> body, role = title_cut_short(Mention(0, 7, "甘肃省商务厅厅", "Organization"),
    ...                              Mention(7, 8, "长", "Role"))
    >>> body.text, role.text
    ('甘肃省商务厅', '厅长')
    """
    if body.type != "Organization" or role.start != body.end or len(body.text) < 3:
        return None
    head, last = body.text[:-1], body.text[-1]
    if not head.endswith(DEPARTMENT_ENDINGS) or last + role.text not in known_titles():
        return None
    return (
        Mention(body.start, body.end - 1, head, body.type, body.subtype, body.origin),
        Mention(role.start - 1, role.end, last + role.text, "Role", role.subtype, role.origin),
    )


def ministry_head(text: str, body: Mention, after: Mention | None) -> Mention | None:
    """A ministry followed by an uncovered 长 and then the name (某国财政部长某某): the title
    X部长, else None.

    >>> body, name = Mention(0, 3, "财政部", "Organization"), Mention(4, 6, "王某", "Person")
    >>> ministry_head("财政部长王某", body, name).text
    '财政部长'
    >>> ministry_head("商务部长期支持", Mention(0, 3, "商务部", "Organization"), None) is None
    True
    """
    if body.type != "Organization" or not body.text.endswith("部") or len(body.text) < 3:
        return None
    if text[body.end : body.end + 1] != "长":
        return None
    named = after is not None and after.type == "Person" and after.start == body.end + 1
    if not named and text[body.end + 1 : body.end + 2] not in ("、", "兼"):
        return None
    return Mention(body.start, body.end + 1, body.text + "长", "Role", None, "ministry-head")


#: how many mentions before a title are looked at when growing it leftwards
_NEAR = 12


def refine_roles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every title extended on the left and split from its body."""
    out: list[Mention] = []
    ordered = sorted(mentions)
    for i, m in enumerate(ordered):
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        m = ministry_head(text, m, after) or m
        if m.type != "Role":
            out.append(m)
            continue
        repaired = title_cut_short(out[-1], m) if out else None
        if repaired is not None:
            out[-1], m = repaired
        # only the mentions just before a title can stand in its way (linear on long reports)
        near = ordered[max(0, i - _NEAR) : i + 1]
        body, title = split_body(qualified_title(text, extend_left(text, m, near), near))
        if body is None:
            body, title = split_titled_body(title)
        if body is None and out and out[-1].type == "Place" and out[-1].end == title.start:
            body, title = split_department(title)
        committee = place_committee(text, out[-1], title) if out and body is None else None
        if committee is not None:
            out[-1] = committee
        joined = place_department(out[-1], body) if out and body is not None else None
        if joined is not None:
            out[-1] = joined
        elif body is not None:
            out.append(body)
        out.append(title)
    return sorted(out)
