"""Names anchored on titles: the person a title introduces, even when the recogniser missed it.

Constructions of the genre, one small function each:

* ``name_after`` / ``names_after_reporter`` / ``name_before`` — in
  :mod:`~fairgraph.zh.extract.person_names`: 副厅长杨某出席 / 驻华大使易某某表示 /
  总理阿明·卡拉某致辞 (a title, then a name ending at a boundary); 本报记者魏某、刘某摄 /
  （记者张某 滕某） (a reporter list in a byline); 按照钱某某主席… (a name directly before a
  title, honorific order);
* ``dateline_outlet`` — 央广网西宁7月22日消息（记者…）: the outlet that a byline belongs to;
* ``byline_persons`` — （记者张某 滕某）: the byline's names replace whatever the recogniser cut
  there (张 + 某 滕某 read as a place, or two names run together over a space).

>>> from fairgraph.model import Mention
>>> text = "副厅长杨小忠表示"
>>> [m.text for m in title_names(text, [Mention(0, 3, "副厅长", "Role")])]
['杨小忠']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.person_names import (
    name_after,
    name_before,
    names_after_reporter,
    surname_before,
)
from fairgraph.zh.extract.sentences import MentionEdits, SpanIndex

_NOT_AFTER = {"代表"}  # 代表 is a verb far more often than a title
_OUTLET = re.compile(
    r"^[据◎【\s]*(?:文\s+)?(《[^》]{1,8}》(?:杂志|周刊)?|[0-9]{0,4}[\u4e00-\u9fff]{1,8}?"
    r"(?:新闻网|网|社|日报|晚报|早报|商报|时报|电视台|杂志|客户端"
    # a paper named 某某报 or 某某报道 (某某能源报讯, 某某经济报道记者), a site 某某在线
    r"|报道|(?<![本快喜捷简通汇情预])报|在线)网?)(?!站)"
)

#: how many lines (headline, date line, blank lines) may stand above the dateline
_DATELINE_LINES = 5
#: what follows the outlet in a dateline: place and date, then 电/讯/消息 (南方日报讯 has neither)
_DATELINE_TAIL = re.compile(
    r"\s*(?:[\u4e00-\u9fff（）()]{0,12}?[\d〇一二三四五六七八九十]{1,3}月[\d〇一二三四五六七八九十]{1,3}日)?"
    r"\s*(?:电|讯|消息)"
    r"|记者"  # 【某某时报记者 张某】: the outlet and its reporter in one bracket
)
#: the endings of a body (not an outlet) that a government portal gives as a report's source
_BODY_SOURCE = (
    r"(?:融媒体中心|新闻中心|人民政府办公室|政府办公室|人民政府|办公室|管委会|管理委员会"
    r"|委员会|商务局|[局厅委办])"
)
#: a source line above the dateline names the outlet that 本报 stands for (来源：某某日报),
#: as does a date line that ends with the paper's name (2025年5月8日 某某日报)
_SOURCE = re.compile(
    r"(?:来源[:：]\s*《?|^[ \t\u3000]*\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})[ \t\u3000]+)"
    r"([\u4e00-\u9fff]{1,12}?(?:新闻网|网站|网|社|日报|晚报|早报|商报|时报|电视台|客户端)"
    # a government portal's source line names the body that wrote it (来源：某州商务局)
    r"|(?<=[:：])[\u4e00-\u9fff]{2,14}?" + _BODY_SOURCE + ")"
    # the line ends, or a portal's next field follows (来源：某某网 发布时间：…, 作者：…), or the
    # day of publication (来源：某某日报　2025年5月8日)
    # (来源：《某某日报》2023年5月19日: the paper's name in title marks, its day right after)
    r"》?(?:\s*$|(?:[ \t\u3000]+|(?<=》))"
    r"(?:(?:发布时间|发布日期|更新时间|时间|日期|作者|编辑|责任编辑|字号|打印|分享|(?:点击|浏览|阅读)(?:次数|数|量)?)[:：]"
    r"|记者[ \t\u3000]"  # 来源：某某网　记者 张某: the byline on the source line
    r"|\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})))",
    re.MULTILINE,
)
#: a paper's or a site's masthead above the headline: its name, then the day of publication
#: on its line or the next, with the weekday, the page or the time (《某某日报》2025年5月8日
#: 第3版; 某某日报 / 2025年5月8日 星期四 第1版; 某某网 2025年5月8日 16:20; 某某新闻网 /
#: 2025-05-08 10:32)
MASTHEAD = re.compile(
    r"^[ \t\u3000]*《?([\u4e00-\u9fff]{1,10}?(?:日报|晚报|早报|商报|时报|新闻网|网|在线"
    r"|(?<![快喜捷简通汇情预])报))》?[ \t\u3000]*\n?[ \t\u3000]*"
    r"(\d{4})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})日?(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?"
    r"(?:[ \t\u3000]*第?[0-9一二三四五六七八九十]+版)?(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"[ \t\u3000]*$",
    re.MULTILINE,
)
#: a paper's name alone on the report's first line, above its headline (某某日报 / 标题)
PAPER_LINE = re.compile(
    r"\A[ \t\u3000]*《?([\u4e00-\u9fff]{1,10}?(?:日报|晚报|早报|商报|时报))》?[ \t\u3000]*\n"
)
#: a government portal's name above its breadcrumb (某市商务局 / 首页 > 商务动态): the report's
#: own body
PORTAL_OWNER = re.compile(
    r"^[ \t\u3000]*([\u4e00-\u9fff]{2,14}?" + _BODY_SOURCE + r")[ \t\u3000]*\n"
    r"[ \t\u3000]*(?:首页|网站首页|当前位置|您的位置|您当前的位置)",
    re.MULTILINE,
)


def dateline_outlet(text: str, before: int) -> Mention | None:
    r"""The outlet named at the start of the report's dateline, if ``before`` lies on its line.

    The dateline is the first line, or one of the first few lines when a headline and a date
    line stand above it (then it must read as a dateline: outlet, place, date, 电/讯).

    >>> dateline_outlet("央广网西宁7月22日消息（记者张某）", 12).text
    '央广网'
    >>> dateline_outlet("本报讯（记者张某）", 5) is None
    True
    >>> t = "某某会开幕\n2025年5月8日\n\n新华社昆明5月8日电（记者张某）"
    >>> dateline_outlet(t, t.index("记者")).text
    '新华社'
    >>> t = "某某会开幕\n2025年5月8日 来源：某某日报\n\n本报讯（记者张某）"
    >>> dateline_outlet(t, t.index("记者")).text
    '某某日报'
    >>> t = "某某会开幕\n2025年5月8日 某某日报\n\n本报记者 张某"
    >>> dateline_outlet(t, t.index("记者")).text
    '某某日报'
    >>> t = "《某某日报》2025年5月8日 第3版\n\n某某会开幕\n\n本报讯（记者张某）"
    >>> dateline_outlet(t, t.index("记者")).text
    '某某日报'

    >>> t = "某会开幕\n某某网 西宁11月8日电 （记者 张某）"  # a space after the outlet
    >>> dateline_outlet(t, t.index("记者")).text
    '某某网'
    >>> dateline_outlet("【某某商报网讯】记者张某报道", 9).text
    '某某商报网'
    >>> dateline_outlet("【某某时报记者 张某】6日", 6).text
    '某某时报'
    >>> dateline_outlet("某某社兰州七月十九日电（记者张某）", 11).text
    '某某社'
    """
    line_start = text.rfind("\n", 0, before) + 1
    if text.count("\n", 0, line_start) > _DATELINE_LINES:
        return None
    if re.match(
        r"\s*(?:(?:文|图|文图|图文|文/图|图/文)\s*[/｜|：:]?\s*)?本(?:报|网|台)",
        text[line_start:before],
    ):
        return _source_outlet(text, line_start)
    match = _OUTLET.match(text[line_start:])
    if match is None or match.group(1).startswith(("本报", "本网", "本台")):
        return None
    start, end = line_start + match.start(1), line_start + match.end(1)
    if start >= before or (line_start > 0 and not _DATELINE_TAIL.match(text, end)):
        return None
    return Mention(start, end, match.group(1), "Organization", "Other", origin="dateline")


def report_outlet(text: str) -> Mention | None:
    r"""The outlet a report names as its own on a source or masthead line (来源：某某网), if any.

    >>> report_outlet("某某会开幕\n2025-07-12 09:30　来源：某某新闻网\n\n本网讯").text
    '某某新闻网'
    >>> report_outlet("某某会开幕\n来源：某某日报 发布时间：2011-07-07\n本报讯").text
    '某某日报'
    >>> report_outlet("某某会签约\n发布时间：2023-07-16 09:15　来源：某某州商务局\n").text
    '某某州商务局'
    >>> report_outlet("某某会签约\n发布时间：2023-07-16　来源：某某县融媒体中心\n").text
    '某某县融媒体中心'
    >>> report_outlet("某某会开幕\n来源：某某日报　2025年5月8日\n\n本报讯").text
    '某某日报'
    >>> report_outlet("某某会签约\n\n来源：某某网　　记者 张某　　2023-05-19\n\n正文").text
    '某某网'
    >>> report_outlet("某某日报\n\n某某会签约\n\n本报讯 正文").text
    '某某日报'
    >>> report_outlet("某某会开幕\n\n本报讯 正文。\n\n来源：《某某日报》2023年5月19日").text
    '某某日报'

    A portal may put its source line under the report, beside the editor's credit:

    >>> t = "某某会签约\n\n正文。\n\n来源：某某市人民政府办公室\n编辑：张某"
    >>> report_outlet(t).text
    '某某市人民政府办公室'
    """
    head = "\n".join(text.split("\n")[: _DATELINE_LINES + 1])
    found = _source_outlet(text, len(head))
    if found is None:
        lines = text.rstrip().split("\n")
        footer = len("\n".join(lines[:-_FOOTER_LINES])) if len(lines) > _FOOTER_LINES else 0
        found = _tail_source(text, max(footer, len(head)))
    return found


#: how many lines at a report's end may hold a portal's source line (来源, 编辑, 审核 …)
_FOOTER_LINES = 4


def _tail_source(text: str, start: int) -> Mention | None:
    """The outlet of a 来源 line (not a masthead) at or after ``start``: a portal's footer."""
    found = [
        m for m in _SOURCE.finditer(text, start) if text[m.start() : m.start(1)].startswith("来源")
    ]
    return _outlet_of(found[-1]) if found else None


def _source_outlet(text: str, end: int) -> Mention | None:
    """The outlet of a 来源 line among the lines above ``end`` (the report's own outlet)."""
    found = sorted(
        [
            *_SOURCE.finditer(text, 0, end),
            *MASTHEAD.finditer(text, 0, end),
            *PORTAL_OWNER.finditer(text, 0, end),
            *PAPER_LINE.finditer(text, 0, end),
        ],
        key=lambda m: m.start(),
    )[-1:]
    return _outlet_of(found[0]) if found else None


def _outlet_of(line: re.Match[str]) -> Mention:
    """The outlet a source or masthead line names (its first group)."""
    start, stop = line.span(1)
    return Mention(start, stop, line.group(1), "Organization", "Other", origin="dateline")


def title_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Person mentions that titles introduce and the recogniser missed or cut short.

    A candidate that overlaps a mention of another kind is dropped; one that extends a
    person mention starting at the same offset replaces it (the caller merges). A title that
    follows its name (习近平总书记强调, 李某省长说) introduces no name after it: what follows
    is the verb.

    >>> t = "王建国省长强调，要扩大开放"  # 王建国 before the title, not 强调 after it
    >>> [m.text for m in title_names(t, [Mention(0, 3, "王建国", "Person"),
    ...                                  Mention(3, 5, "省长", "Role")])]
    ['王建国']
    """
    taken = sorted(mentions)
    index = SpanIndex(taken)
    named_before = {m.end for m in taken if m.type == "Person"}
    found: list[Mention] = []
    for role in taken:
        if role.type != "Role" or role.text in _NOT_AFTER:
            continue
        if role.text.endswith("记者"):
            spans = names_after_reporter(text, role.end)
        else:
            before = name_before(text, role.start) or surname_before(text, role.start, role.text)
            if before is not None and not _free(index, *before):
                before = None  # 、商务厅厅长: the body, not a name 商某某
            after = (
                None
                if before is not None or role.start in named_before
                else name_after(text, role.end)
            )
            spans = [s for s in (after, before) if s is not None]
        for start, end in spans:
            if not _free(index, start, end):
                continue
            found.append(
                Mention(start, end, text[start:end], "Person", None, origin="title-anchored")
            )
    return found


def _free(index: SpanIndex, start: int, end: int) -> bool:
    """Whether a name may stand at start–end: every mention there gives way to it."""
    return all(_yields(m, start, end) for m in index.overlapping(start, end))


def join_name_pieces(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A transliterated name cut in two (拉维尔·格尼 + 阿图林, or 拉维尔 + ·格尼阿图林) is one
    person: two person mentions that touch, or meet at a ·, when one of them holds a ·.

    >>> t = "州长拉维尔·格尼阿图林出席"
    >>> ms = [Mention(2, 8, "拉维尔·格尼", "Person"), Mention(8, 11, "阿图林", "Person")]
    >>> [m.text for m in join_name_pieces(t, ms)]
    ['拉维尔·格尼阿图林']
    """
    out: list[Mention] = []
    for m in sorted(mentions):
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == m.type == "Person"
            and text[last.end : m.start] in ("", "·")
            and "·" in text[last.start : m.end]
        ):
            out[-1] = Mention(
                last.start, m.end, text[last.start : m.end], "Person", last.subtype, last.origin
            )
            continue
        out.append(m)
    return out


def byline_persons(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the names of each reporter list re-read from the text.

    Persons and places lying wholly inside the list give way to the names it holds.

    >>> t = "（记者周海 滕雨）"
    >>> ms = [Mention(1, 3, "记者", "Role"), Mention(3, 4, "周", "Person"),
    ...       Mention(4, 8, "海 滕雨", "Place")]
    >>> [(m.text, m.type) for m in byline_persons(t, ms)]
    [('记者', 'Role'), ('周海', 'Person'), ('滕雨', 'Person')]
    """
    edits = MentionEdits(mentions)
    for role in [m for m in sorted(mentions) if m.type == "Role" and m.text.endswith("记者")]:
        spans = names_after_reporter(text, role.end)
        if not spans:
            continue
        start, end = spans[0][0], spans[-1][1]
        inside = edits.overlapping(start, end)
        if any(m.type not in ("Person", "Place") or m.start < start or m.end > end for m in inside):
            continue
        names = [Mention(s, e, text[s:e], "Person", None, "byline") for s, e in spans]
        if {(m.start, m.end) for m in inside} == set(spans):
            continue
        edits.replace(inside, names)
    return edits.result()


def _yields(m: Mention, start: int, end: int) -> bool:
    """Whether ``m`` gives way to a name at start–end: a cut name, or a word inside the name
    after its surname (张|海东 read as a place)."""
    if m.type == "Person":
        return m.start == start
    return m.type in ("Place", "Country", "Organization") and start < m.start and m.end <= end


def merge_persons(mentions: Sequence[Mention], extra: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the title-anchored persons added; a longer one replaces a cut name."""
    edits = MentionEdits(mentions)
    for person in extra:
        near = edits.overlapping(person.start, person.end)
        same = [m for m in near if m.type == "Person" and m.start == person.start]
        if same and all(m.end >= person.end for m in same):
            continue
        drop = [
            m
            for m in near
            if m in same
            or (m.type != "Person" and m.type != "Role" and _yields(m, person.start, person.end))
        ]
        keep = not any(m.overlaps(person) for m in near if m not in drop)
        edits.replace(drop, [person] if keep else [])
    return sorted(set(edits.result()))
