"""Short names of the report's own bodies (省政府, 省委, 市政府 …) as organisation mentions.

The resolver expands them from the report's province or city (省政府 → 青海省人民政府); here
they are only found, where they stand on their own (not inside a longer name).

>>> [(m.text, m.start) for m in short_bodies("省政府与某集团签署协议。", [])]
[('省政府', 0)]
>>> short_bodies("省委省政府高度重视。", [])[0].text
'省委'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.sentences import SpanIndex
from fairgraph.zh.lexicon.tables import departments

SHORT_BODIES = (
    "省人民政府",
    "市人民政府",
    "省人大常委会",
    "市人大常委会",
    "省政府",
    "市政府",
    "省政协",
    "市政协",
    "省委",
    "市委",
)
_BODY = re.compile("|".join(SHORT_BODIES))
#: after a government only its offices make a longer name (省政府秘书长 is the body + a title)
_GOVERNMENT_BAD = ("办公厅", "办公室", "系统")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: single characters that make the body part of a longer word (全省政府系统, 本市委托)
_LEFT_BAD = set("全本我该各外")
#: characters after which the body name is part of a longer word (省委书记 is a title)
_RIGHT_BAD = (
    "书记",
    "副书记",
    "常委",
    "委员",
    "主任",
    "副主任",
    "主席",
    "副主席",
    "秘书长",
    "办公厅",
    "宣传部",
    "组织部",
    "统战部",
    "政法委",
)


def short_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Short body names in ``text`` that overlap none of ``mentions``."""
    out: list[Mention] = []
    index = SpanIndex(mentions)
    for match in _BODY.finditer(text):
        start, end = match.span()
        if start > 0 and (
            text[start - 1] in _LEFT_BAD
            or text[start - 1] == "委"
            and not text.endswith(SHORT_BODIES, 0, start)
        ):
            continue  # 全省政府…; 省委省政府 is two bodies, 党委 is not 省委
        if text.startswith(_GOVERNMENT_BAD if match.group().endswith("政府") else _RIGHT_BAD, end):
            continue
        near = index.overlapping(start - 1, end)
        if any(m.type != "Role" for m in near):
            continue  # overlapped, or named with its place right before (青海省政府)
        if any(m.start < end and start < m.end for m in near):
            continue
        out.append(
            Mention(start, end, match.group(), "Organization", "Government", origin="short-body")
        )
    return out


#: a kind of department named by its field alone (商务部门, 税务部门, 监管部门): no one body
_GENERIC_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,4}部门")
#: several divisions' departments of one kind (两省的发展和改革委员会, 各市州商务局, 双方的外事部门)
_SEVERAL_BEFORE = re.compile(
    r"(?:两|各|双方|三|四)(?:省区市|省市|省区|市州|省|市|区|县|地|方)?的?$"
)


def drop_generic_departments(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Organisation mentions that name a kind of department rather than one body are no
    organisation of the graph: a field and 部门 alone (各市州商务部门, 有关监管部门), or a bare
    department's name after several divisions (两省的发展和改革委员会). A department named with its
    place (某市商务部门) is left to the resolver.

    >>> t = "省商务厅及各市州商务部门，两省的发展和改革委员会、工业和信息化厅"
    >>> ms = [Mention(0, 4, "省商务厅", "Organization"), Mention(8, 12, "商务部门", "Organization"),
    ...       Mention(16, 24, "发展和改革委员会", "Organization"),
    ...       Mention(25, 32, "工业和信息化厅", "Organization")]
    >>> [m.text for m in drop_generic_departments(t, ms)]
    ['省商务厅']
    >>> one = [Mention(0, 7, "兰州市商务部门", "Organization")]
    >>> [m.text for m in drop_generic_departments("兰州市商务部门", one)]
    ['兰州市商务部门']
    """
    names = departments()

    def several(start: int) -> bool:  # (back over the list's earlier departments: A、B、m)
        while start > 0 and text[start - 1] in "、和及与":
            prev = next((n for n in names if text.endswith(n, 0, start - 1)), None)
            if prev is None:
                break
            start -= len(prev) + 1
        return _SEVERAL_BEFORE.search(text, 0, start) is not None

    return [
        m
        for m in mentions
        if not (
            m.type == "Organization"
            and (_GENERIC_DEPARTMENT.fullmatch(m.text) or (m.text in names and several(m.start)))
        )
    ]
