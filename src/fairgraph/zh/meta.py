"""Title and publication date of a plain-text Chinese report (its dateline and byline).

>>> find_title("第25届青洽会闭幕\\n\\n新华社西宁7月15日电 本届青洽会签约项目……")
'第25届青洽会闭幕'
>>> find_publication_date("新华社西宁7月15日电（记者 张三）本届青洽会……")
PartialDate(year=None, month=7, day=15)
>>> find_publication_date("发布时间：2024-07-16 09:30\\n新华社西宁7月15日电 ……")
PartialDate(year=2024, month=7, day=16)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fairgraph.ingest.meta import FULL_DATE_WINDOW, parse_full_date, valid_date
from fairgraph.model import PartialDate
from fairgraph.zh.extract.dates import DATELINE
from fairgraph.zh.extract.numbers import parse_number

#: how far into the text a dateline (…7月15日电) is looked for
DATELINE_WINDOW = 200
MAX_TITLE_CHARS = 60
#: how far from the end of the text a source line (来源：《某报》2023年5月19日) is looked for
TRAILER_WINDOW = 200

#: a dateline after no numeral (not 5月 of 15月), or the date right after the reporter's bracket
#: (…讯 （记者 某某） 6月12日，), not a range's start
_DATELINE = re.compile(
    r"(?<![\d一二三四五六七八九十])(?:" + DATELINE.pattern + r")"
    r"|[（(][^（()）\n]{0,20}记者[^（()）\n]{0,40}[）)]\s*(?P<bm>\d{1,2})月(?P<bd>\d{1,2})日"
    r"(?!\s*(?:至|到|[-—～~]))"
)
#: a source or publication line closing a report: 来源：… / 原载… / 发布时间：… / 日期：…
_TRAILER_LINE = re.compile(r"^\s*[（(【\[]?\s*(?:来源|稿源|原载|刊于|发布时间|发布日期|日期)")
_BYLINE = re.compile(r"记者|通讯员|本报|文/图|图/文|编辑|来源[:：]|责任编辑|^据|^◎|^【")
_NEWS_LEAD = re.compile(r"(?:讯|电|消息)\s*[（(]|^\d{1,2}月\d{1,2}日|^\d{1,2}日[，,]")


def find_publication_date(text: str) -> PartialDate | None:
    """Publication date: a full date near the top, else a dateline (month and day only).

    >>> find_publication_date("本报南宁9月13日讯（记者 李四）13日下午……")
    PartialDate(year=None, month=9, day=13)
    >>> find_publication_date("青海新闻网讯 （记者 王五） 6月12日，推进会召开。")
    PartialDate(year=None, month=6, day=12)
    >>> find_publication_date("中新社某地七月十九日电 （记者 某某）某会开幕")
    PartialDate(year=None, month=7, day=19)
    >>> find_publication_date("7月2日上午，签约仪式在兰州举行。") is None
    True
    """
    full = parse_full_date(text[:FULL_DATE_WINDOW]) or _trailer_date(text)
    if full is not None:
        return full
    for match in _datelines(text[:DATELINE_WINDOW]):
        month = _number(match["m"] or match["bm"])
        day = _number(match["d"] or match["bd"])
        if month is not None and day is not None and valid_date(None, month, day):
            return PartialDate(None, month, day)
    return None


def _datelines(text: str) -> Iterator[re.Match[str]]:
    """The datelines of ``text`` and the dates after a reporter's bracket, a month in
    characters two at the most (十二月, not 一十二月).

    >>> [m.group() for m in _datelines("某地一十二月五日电，某地十二月五日电")]
    ['十二月五日电']
    """
    for match in _DATELINE.finditer(text):
        if match["m"] is None or len(match["m"]) < 3:
            yield match


def _trailer_date(text: str) -> PartialDate | None:
    """The full date of a source line closing the report (a paper's date, a portal's date).

    >>> _trailer_date("正文。\\n\\n来源：《某某日报》2023年5月19日\\n")
    PartialDate(year=2023, month=5, day=19)
    >>> _trailer_date("来源：某某网　　2021-04-14") is not None
    True
    >>> _trailer_date("正文说2023年5月19日签约。") is None
    True
    """
    for line in reversed(text[-TRAILER_WINDOW:].split("\n")):
        if _TRAILER_LINE.match(line):
            found = parse_full_date(line)
            if found is not None:
                return found
    return None


def _number(text: str) -> int | None:
    """A dateline's month or day, in digits or characters.

    >>> _number("19"), _number("十九"), _number("二十一"), _number("七")
    (19, 19, 21, 7)
    """
    value = parse_number(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


def find_title(text: str) -> str | None:
    """The first non-empty line when it reads like a headline, else ``None``.

    A headline is at most 60 characters, has no full stop, and is not a byline or a
    dateline opening the report body.

    >>> find_title("7月2日上午，签约仪式在兰州举行。") is None
    True
    >>> find_title("本报记者 张三\\n正文") is None
    True
    """
    for raw in text.split("\n"):
        line = raw.strip().lstrip("#").strip()  # a Markdown heading is a title too
        if not line:
            continue
        if not 2 <= len(line) <= MAX_TITLE_CHARS:
            return None
        if "。" in line or _BYLINE.search(line) or _NEWS_LEAD.search(line):
            return None
        if next(_datelines(line), None) or parse_full_date(line) is not None and len(line) < 25:
            return None
        return line
    return None
