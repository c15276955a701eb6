"""Date expressions, ranges, relative words and their resolution."""

from __future__ import annotations

import pytest

from fairgraph.model import PartialDate
from fairgraph.zh.extract.dates import document_date, find_dates, resolve_date

REF = PartialDate(2024, 7, 12)

# (text, reference, [(surface, start iso, end iso or None), ...])
CASES: list[tuple[str, PartialDate | None, list[tuple[str, str, str | None]]]] = [
    ("2024年7月11日开幕", None, [("2024年7月11日", "2024-07-11", None)]),
    ("7月11日，大会开幕", REF, [("7月11日", "2024-07-11", None)]),
    ("7月11日，大会开幕", None, [("7月11日", "--07-11", None)]),
    ("于11日晚闭幕", REF, [("11日", "2024-07-11", None)]),
    ("7月11日至15日在西宁举行", REF, [("7月11日至15日", "2024-07-11", "2024-07-15")]),
    ("7月11日—15日在西宁举行", REF, [("7月11日—15日", "2024-07-11", "2024-07-15")]),
    ("7月11日至7月15日举行", REF, [("7月11日至7月15日", "2024-07-11", "2024-07-15")]),
    ("7月11—15日举行", REF, [("7月11—15日", "2024-07-11", "2024-07-15")]),
    ("9月5日至8日，第二十三届", None, [("9月5日至8日", "--09-05", "--09-08")]),
    ("7月30日至8月2日", REF, [("7月30日至8月2日", "2024-07-30", "2024-08-02")]),
    ("12月30日至1月2日", REF, [("12月30日至1月2日", "2024-12-30", "2025-01-02")]),
    ("2024-07-11发布", None, [("2024-07-11", "2024-07-11", None)]),
    ("2024/7/1发布", None, [("2024/7/1", "2024-07-01", None)]),
    ("二〇二四年七月十一日", None, [("二〇二四年七月十一日", "2024-07-11", None)]),
    ("七月十一日上午", REF, [("七月十一日", "2024-07-11", None)]),
    ("十一日上午", REF, [("十一日", "2024-07-11", None)]),
    ("２０２４年７月１１日", None, [("２０２４年７月１１日", "2024-07-11", None)]),
    ("7月11号上午", REF, [("7月11号", "2024-07-11", None)]),
    ("2024年7月，青海", None, [("2024年7月", "2024-07", None)]),
    ("今年9月5日", REF, [("今年9月5日", "2024-09-05", None)]),
    ("去年7月", REF, [("去年7月", "2023-07", None)]),
    ("2月29日", REF, [("2月29日", "2024-02-29", None)]),
    ("2月29日", None, [("2月29日", "--02-29", None)]),
    ("今日，昨日，明日", REF, [
        ("今日", "2024-07-12", None),
        ("昨日", "2024-07-11", None),
        ("明日", "2024-07-13", None),
    ]),
    ("前日、今天、昨天", PartialDate(2024, 3, 1), [
        ("前日", "2024-02-28", None),
        ("今天", "2024-03-01", None),
        ("昨天", "2024-02-29", None),
    ]),
    ("昨天", PartialDate(None, 7, 12), [("昨天", "--07-11", None)]),
]  # fmt: skip

NOT_DATES: list[tuple[str, PartialDate | None]] = [
    ("第24届青洽会", REF),
    ("30家企业", REF),
    ("第3天", REF),
    ("2月30日", REF),
    ("2023年2月29日", None),
    ("13月1日", REF),
    ("2024年", REF),  # a year alone is not emitted
    ("3日游线路", REF),
    ("15日内完成", REF),
    ("11号馆", REF),
    ("11日", None),  # a day alone needs a reference month
    ("11日", PartialDate(2024, None, None)),
    ("今日", None),  # a relative word needs a reference day
    ("今日", PartialDate(2024, 7, None)),
    ("目前日益增长", REF),
    ("表明日本企业", REF),
    ("今年4月", None),  # a relative year needs a reference year
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_find_dates(
    text: str, reference: PartialDate | None, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_dates(text, reference)
    got = [(d.text, d.date.iso(), d.end_date.iso() if d.end_date else None) for d in found]
    assert got == expected
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(("text", "reference"), NOT_DATES)
def test_not_dates(text: str, reference: PartialDate | None) -> None:
    assert find_dates(text, reference) == []


def test_reversed_range_is_two_dates_not_one() -> None:
    found = find_dates("7月15日至11日", REF)
    assert all(d.end_date is None for d in found)


def test_explicit_end_year_is_kept() -> None:
    (d,) = find_dates("2023年12月30日至2024年1月2日")
    assert d.end_date == PartialDate(2024, 1, 2)


def test_offset_shifts_positions() -> None:
    text = "青洽会7月11日开幕"
    (plain,) = find_dates(text, REF)
    (shifted,) = find_dates(text, REF, offset=50)
    assert (shifted.start, shifted.end) == (plain.start + 50, plain.end + 50)


def test_several_dates_in_order() -> None:
    text = "7月10日报到，11日开幕，7月15日闭幕。"
    assert [d.date.day for d in find_dates(text, REF)] == [10, 11, 15]


@pytest.mark.parametrize(
    ("value", "reference", "expected"),
    [
        ("7月11日", REF, PartialDate(2024, 7, 11)),
        ("7月11日", None, PartialDate(None, 7, 11)),
        ("11日", REF, PartialDate(2024, 7, 11)),
        ("今日", REF, REF),
        (" 2024年7月11日 ", None, PartialDate(2024, 7, 11)),
        ("第3天", REF, None),
        ("7月11日开幕", REF, None),
        ("2月30日", REF, None),
        (PartialDate(None, 7, 11), PartialDate(2023, 1, 1), PartialDate(2023, 7, 11)),
        (PartialDate(None, None, 11), REF, PartialDate(2024, 7, 11)),
        (PartialDate(None, 2, 30), REF, None),
        (PartialDate(2024, 7, 11), PartialDate(2020, 1, 1), PartialDate(2024, 7, 11)),
    ],
)
def test_resolve_date(
    value: str | PartialDate, reference: PartialDate | None, expected: PartialDate | None
) -> None:
    assert resolve_date(value, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青洽会开幕\n2024年7月12日\n本报讯", PartialDate(2024, 7, 12)),
        ("新华社西宁7月11日电 第25届青洽会", PartialDate(None, 7, 11)),
        ("本报南宁9月13日讯（记者）", PartialDate(None, 9, 13)),
        ("央广网兰州7月9日消息", PartialDate(None, 7, 9)),
        ("没有日期的标题\n正文", None),
    ],
)
def test_document_date(text: str, expected: PartialDate | None) -> None:
    assert document_date(text) == expected


@pytest.mark.parametrize(
    "text, month, day",
    [
        ("新华社西宁7月11日电 某会开幕", 7, 11),
        ("本报南宁9月13日讯（记者 某某）", 9, 13),
        ("中新社某地十二月五日消息", 12, 5),
        ("某报 地５月２日电。新华社某地6月3日电", 6, 3),  # the first after a name of two or more
        ("某社某地6月3日专电。新华社某地6月4日电", 6, 4),  # 专电: not the day counted from
        ("某地6月3日 电。新华社某地6月4日电", 6, 4),  # nor a word set apart from the day
    ],
)
def test_a_reports_day_is_its_first_close_dateline_after_a_name(text, month, day):
    from fairgraph.zh.extract.dates import dateline_day

    assert dateline_day(text) == PartialDate(None, month, day)
    assert document_date(text) == PartialDate(None, month, day)


@pytest.mark.parametrize("text", ["新华社某地13月5日电，某地7月1日电", "7月1日电 某会开幕"])
def test_no_reports_day_from_an_impossible_first_dateline_or_none_after_a_name(text):
    from fairgraph.zh.extract.dates import dateline_day

    assert dateline_day(text) is None


@pytest.mark.parametrize(
    "text, month, day",
    [
        ("某社某地6月3日专电 某会开幕", 6, 3),
        ("某地 6月3日 电 某会开幕", 6, 3),
        ("7月1日电 某会开幕", 7, 1),
        ("某地13月5日电，某地7月1日电", 7, 1),  # the first possible one
        ("某地网讯 （记者 某某） 6月12日，某会开幕", 6, 12),
    ],
)
def test_a_publication_date_reads_every_dateline_of_the_same_pattern(text, month, day):
    """zh.meta reads the dateline of zh.extract.dates.DATELINE more widely than the report's day
    is read: any word after it, set apart or not, with no place's name before it."""
    from fairgraph.zh.meta import find_publication_date

    assert find_publication_date(text) == PartialDate(None, month, day)


def test_a_month_is_never_read_inside_a_longer_numeral():
    from fairgraph.zh.meta import find_publication_date, find_title

    assert find_publication_date("某地15月3日电") is None
    assert find_publication_date("某地一十二月3日电") is None
    assert find_title("某会一十二月3日电") == "某会一十二月3日电"
    assert find_title("某会十二月3日电") is None
