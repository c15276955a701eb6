"""Date expressions: ``2024年7月11日``, ``7月11日至15日``, ``11日``, ``今日`` → ``DateMention``.

Recognised, with Arabic, full-width or Chinese numerals (``二〇二四年七月十一日``):

* ``Y年M月D日`` (also ``号``), ``M月D日``, ``Y年M月`` (month precision), ``D日`` (day only);
* ISO-like ``2024-07-11``, ``2024/7/11``, ``2024.7.11``;
* ranges ``7月11日至15日``, ``7月11日—15日``, ``7月11—15日``, ``7月11日至8月2日``
  (one mention with ``end_date``);
* ``今年/去年/明年`` as a year; relative days and months (``今日``, ``昨天``, ``本月15日``,
  ``上月``, ``当天``, ``同日``, ``次日``) in :mod:`~fairgraph.zh.extract.dates_relative`.

Resolution against *reference* (usually the document date):

* a missing year is the reference year (no guessing of the previous year for a
  month-day later than the reference: reports rarely look more than a few weeks back,
  and a wrong guess is worse than the plain rule);
* a day alone (``11日``) takes the reference month and year, and is dropped when the
  reference has no month;
* relative words need a reference day (or month; 当天 also takes the last date written
  before it) and are dropped otherwise;
* impossible dates (``2月30日``) are rejected; a year-less ``2月29日`` is allowed.

Year-only expressions (``2024年``) and counts (``24届``, ``30家``, ``第3天``) are not dates.

>>> [(d.text, d.date.iso(), d.end_date.iso()) for d in find_dates("7月11日至15日在西宁举行",
...     PartialDate(2024, 7, 12))]
[('7月11日至15日', '2024-07-11', '2024-07-15')]
>>> [d.date.iso() for d in find_dates("昨日，11日", PartialDate(2024, 7, 12))]
['2024-07-11', '2024-07-11']
"""

from __future__ import annotations

import calendar
import re

from fairgraph.model import DateMention, PartialDate
from fairgraph.zh.extract.dates_relative import RELATIVE_DAYS, relative_dates
from fairgraph.zh.extract.numbers import parse_number

__all__ = [
    "DATELINE",
    "RELATIVE_DAYS",
    "dateline_day",
    "document_date",
    "find_dates",
    "head_date",
    "resolve_date",
]

_RELATIVE_YEARS: dict[str, int] = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}

_A = r"[0-9０-９]{1,2}"
_C = r"[一二三四五六七八九十]{1,3}"
#: a year with its 年 (2024年, 二〇二四年) or a relative year word (今年)
_YEAR = r"(?:(?:[12][0-9]{3}|[１２][０-９]{3}|[〇零○一二三四五六七八九]{4})年|今年|去年|明年|前年)"


def _date(tag: str) -> str:
    """A (year?)(month?)day pattern whose groups are suffixed with *tag*."""
    return (
        rf"(?P<y{tag}>{_YEAR})?"
        rf"(?:(?P<m{tag}>{_A}|{_C})月)?"
        rf"(?P<d{tag}>{_A}|{_C})"
    )


_SEP = r"[ \u3000]?(?:至|到|—{1,2}|–|－|-|~|～)[ \u3000]?"
_DATE_RE = re.compile(
    r"(?<![0-9０-９第〇零○一二三四五六七八九十])"
    r"(?:"
    # ISO-like 2024-07-11, 2024/7/11, 2024.7.11
    r"(?P<iy>[12][0-9]{3})(?P<isep>[-/.])(?P<im>[01]?[0-9])(?P=isep)(?P<id>[0-3]?[0-9])(?![0-9])"
    # 7月11—15日: range with one 日
    rf"|(?P<ry>{_YEAR})?(?P<rm>{_A}|{_C})月(?P<rd1>{_A}|{_C}){_SEP}(?P<rd2>{_A}|{_C})[日号]"
    # full date with optional range tail
    rf"|{_date('1')}(?P<u1>[日号])(?:(?P<tail>{_SEP}){_date('2')}(?P<u2>[日号]))?"
    # year and month
    rf"|(?P<yy>{_YEAR})(?P<ym>{_A}|{_C})月(?![0-9０-９一二三四五六七八九十份])"
    r")"
)
# 3日游, 15日内, 11号馆: a number before 日/号 that is not a date
_NOT_DAY_RE = re.compile(r"游|内|以内|之内|均|馆|楼|线|厅|门|展|位|桥|令|文|台|车|院|场")


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    value = parse_number(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _year(text: str | None, reference: PartialDate | None) -> int | None:
    if text is None:
        return reference.year if reference else None
    if text in _RELATIVE_YEARS:
        if reference is None or reference.year is None:
            return None
        return reference.year + _RELATIVE_YEARS[text]
    return _num(text.removesuffix("年"))


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return year is None or 1000 <= year <= 2999
    # a year-less date is checked against a leap year so that 2月29日 passes
    check_year = year if year is not None else 2000
    if not 1000 <= check_year <= 2999:
        return False
    return 1 <= day <= calendar.monthrange(check_year, month)[1]


def _make(
    year: int | None, month: int | None, day: int | None, reference: PartialDate | None
) -> PartialDate | None:
    """A resolved date, or ``None`` when it is impossible or cannot be placed."""
    if month is None and day is not None:  # day only: borrow the reference month
        if reference is None or reference.month is None:
            return None
        month = reference.month
    if not _valid(year, month, day):
        return None
    return PartialDate(year, month, day)


def _range_end(start: PartialDate, end: PartialDate) -> PartialDate:
    """A range end whose year was borrowed from the start rolls over: 12月30日至1月2日."""
    if end.year is not None and end.month is not None and not _after(end, start):
        year = end.year + 1
        if _valid(year, end.month, end.day):
            return PartialDate(year, end.month, end.day)
    return end


def _after(end: PartialDate, start: PartialDate) -> bool:
    """Is *end* later than *start*?  Year-less dates compare by month and day."""
    if end.year is not None and start.year is not None and end.year != start.year:
        return end.year > start.year
    return (end.month or 0, end.day or 0) > (start.month or 0, start.day or 0)


def _from_match(m: re.Match[str], reference: PartialDate | None) -> tuple[int, DateMention] | None:
    """Build the mention for one match; returns (end index, mention)."""
    text = m.string
    if m.group("iy"):
        date = _make(_num(m.group("iy")), _num(m.group("im")), _num(m.group("id")), None)
        return (m.end(), DateMention(m.start(), m.end(), m.group(0), date)) if date else None
    if m.group("rd1"):
        year = _year(m.group("ry"), reference)
        month = _num(m.group("rm"))
        start = _make(year, month, _num(m.group("rd1")), reference)
        end = _make(year, month, _num(m.group("rd2")), reference)
        if start is None or end is None or not _after(end, start):
            return None
        return m.end(), DateMention(m.start(), m.end(), m.group(0), start, end)
    if m.group("d1"):
        month_text = m.group("m1")
        day_text = m.group("d1")
        stop = m.end("u1")
        if month_text is None:
            # a bare day: Chinese numerals need 十 or two characters (一日 is "one day")
            if re.fullmatch(_C, day_text) and len(day_text) < 2:
                return None
            if m.group("u1") == "号" or _NOT_DAY_RE.match(text, stop):
                return None
        elif m.group("u1") == "号" and _NOT_DAY_RE.match(text, stop):
            return None
        start = _make(_year(m.group("y1"), reference), _num(month_text), _num(day_text), reference)
        if start is None:
            return None
        end_date = None
        if m.group("d2"):
            y2 = _year(m.group("y2"), reference) if m.group("y2") else start.year
            m2 = _num(m.group("m2")) if m.group("m2") else start.month
            end_candidate = _make(y2, m2, _num(m.group("d2")), None)
            if end_candidate is not None and not _NOT_DAY_RE.match(text, m.end("u2")):
                if m.group("m2") and not m.group("y2"):
                    end_candidate = _range_end(start, end_candidate)
                # a year-less 12月30日至1月2日 crosses the new year: keep it
                crosses = start.year is None and m.group("m2") is not None
                if _after(end_candidate, start) or crosses:
                    end_date = end_candidate
                    stop = m.end("u2")
        return stop, DateMention(m.start(), stop, text[m.start() : stop], start, end_date)
    if m.group("yy"):
        year = _year(m.group("yy"), reference)
        date = _make(year, _num(m.group("ym")), None, reference) if year is not None else None
        return (m.end(), DateMention(m.start(), m.end(), m.group(0), date)) if date else None
    return None  # pragma: no cover - every alternative is handled above


#: what may stand between a full date and a bare day in the same sentence that takes its month
_NEAR_DAY = re.compile(r"[^。！？\n]{0,40}")


def find_dates(
    text: str, reference: PartialDate | None = None, offset: int = 0
) -> list[DateMention]:
    """All date expressions in *text*, in order, resolved against *reference*.

    >>> [d.date for d in find_dates("二〇二四年七月十一日开幕")]
    [PartialDate(year=2024, month=7, day=11)]
    >>> find_dates("第24届，30家，第3天，2月30日")
    []
    >>> [d.date for d in find_dates("7月5日开幕，9日结束")][1]
    PartialDate(year=None, month=7, day=9)
    """
    found: list[DateMention] = []
    pos = 0
    while True:
        m = _DATE_RE.search(text, pos)
        if m is None:
            break
        built = _from_match(m, reference)
        if built is None and found and _NEAR_DAY.fullmatch(text, found[-1].end, m.start()):
            # 7月5日开幕，9日结束: a bare day takes the month of the date just before it
            built = _from_match(m, found[-1].end_date or found[-1].date)
        if built is None:  # not a date (2月30日, 3日游): skip it whole, parts included
            pos = m.end()
            continue
        pos, mention = built
        found.append(mention)
    found = relative_dates(text, found, reference)
    if offset:
        found = [
            DateMention(d.start + offset, d.end + offset, d.text, d.date, d.end_date) for d in found
        ]
    return found


def resolve_date(
    value: str | PartialDate, reference: PartialDate | None = None
) -> PartialDate | None:
    """Resolve one date: a string that is wholly one date expression, or a partial date.

    Missing year (and, for a day alone, month) are taken from *reference*.

    >>> resolve_date("7月11日", PartialDate(2024, 7, 12))
    PartialDate(year=2024, month=7, day=11)
    >>> resolve_date(PartialDate(None, 7, 11), PartialDate(2023, 1, 1))
    PartialDate(year=2023, month=7, day=11)
    >>> resolve_date("第3天") is None
    True
    """
    if isinstance(value, PartialDate):
        year = value.year if value.year is not None else (reference.year if reference else None)
        if value.month is None and value.day is None:
            return value if year is not None else None
        return _make(year, value.month, value.day, reference)
    stripped = value.strip()
    mentions = find_dates(stripped, reference)
    if len(mentions) == 1 and mentions[0].text == stripped:
        return mentions[0].date
    return None


#: a dateline: the month and day a report was sent, in digits or characters, and the word after
#: them (新华社西宁7月11日电, 中新社兰州七月十九日电, 本报南宁9月13日讯, 某地7月11日 专电); the one
#: pattern of a dateline, which ``zh.meta`` reads too
DATELINE = re.compile(
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"(?P<gap>\s*)(?P<word>讯|电|消息|报道|专电)"
)
#: a dateline right after the name of its outlet or place (新华社西宁|7月11日电)
_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff]{2})" + DATELINE.pattern)
#: a dateline's month or day as the day of a report is read: digits (of either width) or characters
_DL_NUM = re.compile(r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}")


def _dateline(text: str) -> PartialDate | None:
    """The day of the first dateline right after its outlet's or place's name, with 电, 讯 or
    消息 written close to the day (7月11日电, not 7月11日 专电), year-less; ``None`` when there is
    none or its date is impossible.

    >>> _dateline("据报 7月1日电。某地6月2日 专电。新华社西宁七月十一日讯")
    PartialDate(year=None, month=7, day=11)
    >>> _dateline("新华社西宁13月11日电 某地7月1日电") is None
    True
    """
    pos = 0
    while (m := _AFTER_NAME.search(text, pos)) is not None:
        if (
            not m["gap"]
            and m["word"] in ("电", "讯", "消息")
            and _DL_NUM.fullmatch(m["m"])
            and _DL_NUM.fullmatch(m["d"])
        ):
            return _make(None, _num(m["m"]), _num(m["d"]), None)
        pos = m.start() + 1
    return None


def document_date(text: str, head: int = 400) -> PartialDate | None:
    """The date a report was written, from a full date line or a dateline in its first lines.

    A complete ``Y年M月D日`` in the first *head* characters wins; otherwise a dateline such
    as ``西宁7月11日电`` (or ``…日讯``, ``…日消息``) gives a year-less date.

    >>> document_date("青洽会开幕\\n2024年7月12日\\n本报讯……")
    PartialDate(year=2024, month=7, day=12)
    >>> document_date("新华社西宁7月11日电 第25届……")
    PartialDate(year=None, month=7, day=11)
    >>> document_date("中新社东川十月九日电 （记者某某）某会开幕")
    PartialDate(year=None, month=10, day=9)
    """
    top = text[:head]
    for mention in find_dates(top):
        if mention.date.complete:
            return mention.date
    return _dateline(top)


#: a date written in digits with dashes or slashes (a page's 发布时间：2011-10-22 09:30)
_NUMERIC_DATE = re.compile(r"(?<![\d.])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])")
#: a year written out (not 今年, 去年 …)
_WRITTEN_YEAR = re.compile(r"[0-9０-９〇零○一二三四五六七八九]{4}年")
#: how far into a report its publication line may stand
HEAD_CHARS = 120


def head_date(text: str, head: int = HEAD_CHARS) -> PartialDate | None:
    """The full date (with its year) written nearest the top of a report: a publication line
    (发布时间：2011-10-22, 来源：某报 2011年10月22日) or a dateline's bracket, the date that the
    report's year-less dates (22日, 7月5日) take their year and month from.

    >>> head_date("某会开幕\\n发布时间：2011-10-22 09:30\\n本报讯 某会22日开幕")
    PartialDate(year=2011, month=10, day=22)
    >>> head_date("某会开幕\\n来源：某报 2011年10月22日\\n正文"), head_date("某会7月5日开幕")
    (PartialDate(year=2011, month=10, day=22), None)
    """
    top = text[:head]
    found: list[tuple[int, PartialDate]] = []
    for m in _NUMERIC_DATE.finditer(top):
        date = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), None)
        if date is not None and date.complete:
            found.append((m.start(), date))
    found += [
        (mention.start, mention.date)
        for mention in find_dates(top)
        if mention.date.complete and mention.end_date is None and _WRITTEN_YEAR.match(mention.text)
    ]
    return min(found, key=lambda f: f[0])[1] if found else None


def dateline_day(text: str, head: int = 400) -> PartialDate | None:
    """The day of the report's dateline (某地7月11日电, 本报某地7月11日讯), year-less: the day
    that 今天 and 昨日 of the text count from.

    >>> dateline_day("某某会闭幕\\n2024-04-19 来源：某网\\n新华社海口4月18日电 今天闭幕")
    PartialDate(year=None, month=4, day=18)
    """
    return _dateline(text[:head])
