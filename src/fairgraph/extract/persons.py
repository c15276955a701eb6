"""Names anchored on titles: the person a title introduces, even when the recogniser missed it.

Constructions of the genre, one small function each:

* ``name_after`` — 副厅长杨某出席 / 驻华大使易某某表示 / 总理阿明·卡拉某致辞: a title, then a
  name (surname + one or two characters, or a transliterated name with ·) ending at a boundary;
* ``names_after_reporter`` — 本报记者魏某、刘某摄 / （记者张某 滕某）: a reporter list in a byline;
* ``name_before`` — 按照钱某某主席…: a name directly before a title (honorific order);
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
from fairgraph.ner.patterns import DOUBLE_SURNAMES, SURNAMES

#: real surnames missing from the recogniser's frequent list (general knowledge, not names)
MORE_SURNAMES = frozenset("习栗鞠谌阙雒仝蔺郁厉强阎訾逄冼晁芮衡揭靖宿巴怀亓银隆")
_PUNCT = set("，。、；：？！“”‘’（）《》【】「」…—,.;:?!\"'()[] \u3000\t\n/")
#: words that may follow a name in a sentence (a name ends where one of them begins)
_CUES = (
    "表示",
    "说",
    "介绍",
    "指出",
    "强调",
    "致辞",
    "主持",
    "出席",
    "讲话",
    "宣布",
    "会见",
    "参加",
    "参观",
    "在",
    "与",
    "和",
    "及",
    "等",
    "一行",
    "代表",
    "分别",
    "同",
    "对",
    "为",
    "率",
    "带领",
    "看望",
    "调研",
    "见证",
    "签",
    "共同",
    "先后",
    "也",
    "还",
    "都",
    "则",
    "发表",
    "通报",
    "作",
    "向",
    "就",
    "告诉",
    "认为",
    "希望",
    "答",
    "透露",
    "坦言",
    "谈",
    "回答",
    "提出",
    "接受",
    "将",
    "是",
    "的",
    "摄",
    "报道",
    "巡馆",
    "来",
    "到",
    "赴",
    "会",
    "致",
    "寄语",
    "宣读",
    "介紹",
    "说道",
)
_CUE_HEADS = frozenset(c[0] for c in _CUES)
_NOT_GIVEN = set("的了在是与和及对向为将由把被从于等并也就都又说表示指出暨摄省市县区委会长")
#: words that may stand right before a name that precedes its title (按照钱某某主席)
_LEFT_WORDS = (
    "按照",
    "落实",
    "贯彻",
    "学习",
    "践行",
    "遵循",
    "根据",
    "依照",
    "牢记",
    "感谢",
    "向",
    "对",
    "与",
    "同",
    "和",
    "在",
    "由",
    "及",
    "据",
    "是",
    "听取",
)
_NOT_AFTER = {"代表"}  # 代表 is a verb far more often than a title
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,4}")
_OUTLET = re.compile(
    r"^[据◎\s]*(?:文\s+)?(《[^》]{1,8}》(?:杂志|周刊)?|[\u4e00-\u9fff]{1,8}?"
    r"(?:新闻网|网|社|日报|晚报|早报|商报|时报|电视台|杂志|客户端))"
)

#: how many lines (headline, date line, blank lines) may stand above the dateline
_DATELINE_LINES = 5
#: what follows the outlet in a dateline: place, date and 电/讯/消息
_DATELINE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯|消息)")


def _is_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not word or not all(_HAN.match(c) for c in word):
        return False
    given = word[2:] if word.startswith(DOUBLE_SURNAMES) else word[1:]
    if (
        word[0] not in SURNAMES
        and word[0] not in MORE_SURNAMES
        and not word.startswith(DOUBLE_SURNAMES)
    ):
        return False
    return 1 <= len(given) <= 2 and not any(c in _NOT_GIVEN for c in given)


def _boundary(text: str, pos: int) -> bool:
    """Whether a name may end at ``pos``: end of text, punctuation or a following cue word."""
    if pos >= len(text) or text[pos] in _PUNCT:
        return True
    return text[pos] in _CUE_HEADS and text.startswith(_CUES, pos)


def name_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a name starting at ``pos`` (a space after a byline title is skipped).

    >>> name_after("易小雷表示感谢", 0), name_after("钱某说", 0)
    ((0, 3), (0, 2))
    >>> name_after("阿明·卡拉瓦尼致辞", 0)
    (0, 7)
    >>> name_after("出席会议", 0) is None
    True
    """
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1
    foreign = _FOREIGN.match(text, pos)
    if foreign:
        last = foreign.group().rfind("·") + pos
        for end in range(last + 2, foreign.end() + 1):
            if _boundary(text, end):
                return pos, end
    for size in (4, 3, 2):
        end = pos + size
        if end <= len(text) and _is_name(text, pos, end) and _boundary(text, end):
            return pos, end
    return None


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a name ending at ``pos`` that stands right before a title.

    >>> name_before("按照钱立群主席", 5), name_before("，钱强董事长", 3)
    ((2, 5), (1, 3))
    >>> name_before("全省人民", 2) is None
    True
    """
    for size in (3, 2):
        start = pos - size
        if start < 0 or not _is_name(text, start, pos):
            continue
        if start == 0 or text[start - 1] in _PUNCT or text.endswith(_LEFT_WORDS, 0, start):
            return start, pos
    return None


def names_after_reporter(text: str, pos: int) -> list[tuple[int, int]]:
    """Names listed after 记者: separated by 、 or spaces, up to 摄/报道/a bracket/line end.

    >>> t = "记者魏小琪、刘祎摄"
    >>> [t[s:e] for s, e in names_after_reporter(t, 2)]
    ['魏小琪', '刘祎']
    """
    out: list[tuple[int, int]] = []
    while True:
        span = name_after(text, pos)
        if span is None:
            return out
        out.append(span)
        pos = span[1]
        if pos < len(text) and text[pos] == "、":
            pos += 1
        elif not (pos < len(text) and text[pos] in " \u3000"):
            return out


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
    """
    line_start = text.rfind("\n", 0, before) + 1
    if text.count("\n", 0, line_start) > _DATELINE_LINES:
        return None
    match = _OUTLET.match(text[line_start:])
    if match is None or match.group(1).startswith("本报"):
        return None
    start, end = line_start + match.start(1), line_start + match.end(1)
    if start >= before or (line_start > 0 and not _DATELINE_TAIL.match(text, end)):
        return None
    return Mention(start, end, match.group(1), "Organization", "Other", origin="dateline")


def title_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Person mentions that titles introduce and the recogniser missed or cut short.

    A candidate that overlaps a mention of another kind is dropped; one that extends a
    person mention starting at the same offset replaces it (the caller merges).
    """
    taken = sorted(mentions)
    found: list[Mention] = []
    for role in taken:
        if role.type != "Role" or role.text in _NOT_AFTER:
            continue
        if role.text.endswith("记者"):
            spans = names_after_reporter(text, role.end)
        else:
            after = name_after(text, role.end)
            before = name_before(text, role.start)
            spans = [s for s in (after, before) if s is not None]
        for start, end in spans:
            if any(m.start < end and start < m.end and not _yields(m, start, end) for m in taken):
                continue
            found.append(
                Mention(start, end, text[start:end], "Person", None, origin="title-anchored")
            )
    return found


def byline_persons(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the names of each reporter list re-read from the text.

    Persons and places lying wholly inside the list give way to the names it holds.

    >>> t = "（记者周海 滕雨）"
    >>> ms = [Mention(1, 3, "记者", "Role"), Mention(3, 4, "周", "Person"),
    ...       Mention(4, 8, "海 滕雨", "Place")]
    >>> [(m.text, m.type) for m in byline_persons(t, ms)]
    [('记者', 'Role'), ('周海', 'Person'), ('滕雨', 'Person')]
    """
    out = sorted(mentions)
    for role in [m for m in out if m.type == "Role" and m.text.endswith("记者")]:
        spans = names_after_reporter(text, role.end)
        if not spans:
            continue
        start, end = spans[0][0], spans[-1][1]
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.type not in ("Person", "Place") or m.start < start or m.end > end for m in inside):
            continue
        names = [Mention(s, e, text[s:e], "Person", None, "byline") for s, e in spans]
        if {(m.start, m.end) for m in inside} == set(spans):
            continue
        out = sorted([m for m in out if m not in inside] + names)
    return out


def _yields(m: Mention, start: int, end: int) -> bool:
    """Whether ``m`` gives way to a name at start–end: a cut name, or a word inside the name
    after its surname (张|海东 read as a place)."""
    if m.type == "Person":
        return m.start == start
    return m.type in ("Place", "Country", "Organization") and start < m.start and m.end <= end


def merge_persons(mentions: Sequence[Mention], extra: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the title-anchored persons added; a longer one replaces a cut name."""
    out = list(mentions)
    for person in extra:
        same = [m for m in out if m.type == "Person" and m.start == person.start]
        if same and all(m.end >= person.end for m in same):
            continue
        out = [
            m
            for m in out
            if m not in same
            and not (
                m.type != "Person" and m.type != "Role" and _yields(m, person.start, person.end)
            )
        ]
        if not any(m.overlaps(person) for m in out):
            out.append(person)
    return sorted(set(out))
