"""Relative date words resolved against the document's date (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.model import DateMention, PartialDate
from fairgraph.zh.extract.dates import find_dates
from fairgraph.zh.extract.dates_relative import relative_month, same_day

REF = PartialDate(2024, 7, 11)


def found(text: str, ref: PartialDate | None) -> list[tuple[str, str]]:
    return [(d.text, d.date.iso()) for d in find_dates(text, ref)]


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("今天上午，洽谈会开幕。", REF, [("今天", "2024-07-11")]),
        ("昨日下午抵达西宁。", PartialDate(None, 7, 11), [("昨日", "--07-10")]),
        ("本月15日闭幕。", REF, [("本月15日", "2024-07-15")]),
        ("上月20日，双方会谈。", REF, [("上月20日", "2024-06-20")]),
        ("上月20号签约。", PartialDate(2024, 1, 3), [("上月20号", "2023-12-20")]),
        ("下个月举行推介会。", PartialDate(2024, 12, 3), [("下个月", "2025-01")]),
        ("本月签约12个项目。", REF, [("本月", "2024-07")]),
        ("当天下午举行签约仪式。", REF, [("当天", "2024-07-11")]),
        (
            "7月9日开幕。当天签约10个项目，同日举行论坛，次日闭幕。",
            REF,
            [("7月9日", "2024-07-09"), ("当天", "2024-07-09"), ("同日", "2024-07-09"),
             ("次日", "2024-07-10")],
        ),
    ],
)  # fmt: skip
def test_relative_dates_with_a_document_date(text, ref, expected):
    assert found(text, ref) == expected


@pytest.mark.parametrize(
    "text, ref",
    [
        ("今天上午，洽谈会开幕。", None),
        ("今天上午，洽谈会开幕。", PartialDate(2024)),  # a year alone gives no day
        ("本月15日闭幕。", None),
        ("当天签约", None),
        ("相当天然的产品，不可同日而语", REF),
        ("本月底完成", REF),
    ],
)
def test_no_date_without_what_it_is_relative_to(text, ref):
    assert find_dates(text, ref) == []


def test_a_day_after_a_range_is_not_guessed():
    assert found("7月11日至15日举行，当天签约", REF) == [("7月11日至15日", "2024-07-11")]


def test_relative_month_and_same_day():
    assert relative_month("上月", 31, PartialDate(2024, 3, 5)) is None
    assert relative_month("下月", None, PartialDate(None, 12, 5)) == PartialDate(None, 1)
    before = [DateMention(0, 4, "9日", PartialDate(2024, 7, 9))]
    assert same_day("次日", before, None) == PartialDate(2024, 7, 10)
    assert same_day("同日", [], REF) == REF


def test_the_opening_day_is_the_day_the_fair_opened_not_the_last_date_written() -> None:
    text = "第三届某某博览会6日在某某会展中心开幕，展会将持续至10日。开幕当天签约项目20个。"
    dates = find_dates(text, PartialDate(2025, 6, 6))
    same = [d for d in dates if d.text == "当天"]
    assert [d.date for d in same] == [PartialDate(2025, 6, 6)]
