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
