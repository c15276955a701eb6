"""A fair's dates where the report leaves out its year or month (sentences written for these
tests): the year written before a fair's name, a dateline in Chinese numerals, a lead sentence
dated by its dateline, and a day written alone in the month its series is held in
(``zh/lexicon/data/fair_calendar.tsv``)."""

from __future__ import annotations

import pytest

from fairgraph.model import Document, PartialDate, calendar_weekday
from fairgraph.resolve import resolve
from fairgraph.resolve.records import ResolvedFair
from fairgraph.zh.extract.fair_years import calendars, month_of
from fairgraph.zh.lexicon.tables import rows
from fairgraph.zh.meta import find_publication_date
from fairgraph.zh.pipeline import extract_document


def _fairs(text: str) -> list[ResolvedFair]:
    return list(resolve([extract_document(Document.from_text(text, source="t.txt"))]).fairs)


def _dates(text: str) -> set[tuple[PartialDate | None, PartialDate | None]]:
    return {(f.start_date, f.end_date) for f in _fairs(text)}


def test_a_dateline_in_chinese_numerals_dates_the_report() -> None:
    text = "中新社沧州十月九日电 （记者 某某）第五届沧州投资洽谈会今天在沧州开幕。"
    assert find_publication_date(text) == PartialDate(None, 10, 9)


def test_the_year_written_before_a_fair_dates_its_yesterday() -> None:
    text = (
        "厦洽会首日东川市签下12个项目\n"
        "东川网9月9日讯 （记者 某某）2019厦门国际投资贸易洽谈会暨丝路投资大会"
        "（简称“厦洽会”）于昨日在厦门开幕。"
    )
    assert (PartialDate(2019, 9, 8), None) in _dates(text)


def test_a_lead_sentence_opening_a_fair_is_dated_by_its_dateline() -> None:
    text = "中新社哈尔滨6月16日电 第十八届哈尔滨国际经济贸易洽谈会在哈尔滨国际会展中心揭幕。"
    assert (PartialDate(2007, 6, 16), None) in _dates(text)


@pytest.mark.parametrize("told", ["日前", "将于近期", "已经"])
def test_a_lead_sentence_telling_of_another_day_is_not(told: str) -> None:
    text = f"中新社哈尔滨6月16日电 第十八届哈尔滨国际经济贸易洽谈会{told}在哈尔滨揭幕。"
    assert _dates(text) <= {(None, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "第114届中国进出口商品交易会4日在广州闭幕，到会采购商18万人。",
            (None, PartialDate(2013, 11, 4)),
        ),
        ("第113届中国进出口商品交易会15日在广州开幕。", (PartialDate(2013, 4, 15), None)),
        ("第19届中国—东盟博览会于19日在南宁闭幕。", (None, PartialDate(2022, 9, 19))),
        (
            "第21届中国国际投资贸易洽谈会于昨天（11日）闭幕，为期4天。",
            (PartialDate(2021, 9, 8), PartialDate(2021, 9, 11)),
        ),
    ],
)
def test_a_day_alone_lies_in_the_month_the_series_is_held_in(
    text: str, expected: tuple[PartialDate | None, PartialDate | None]
) -> None:
    assert expected in _dates(text)


def test_no_month_where_the_series_moved_or_the_day_falls_outside_its_weeks() -> None:
    assert _dates("第127届中国进出口商品交易会15日在网上开幕。") <= {(None, None)}  # 2020
    assert _dates("第21届中国国际投资贸易洽谈会25日在厦门闭幕。") <= {(None, None)}


def test_every_calendar_row_names_a_known_series_and_real_days() -> None:
    series = {row[0] for row in rows("fairs.tsv", 5)}
    for name, runs in calendars().items():
        assert name in series, name
        for run in runs:
            assert run.editions in ("odd", "even", "all"), run
            assert run.opens or run.closes, run
            for year in (run.first, run.last or 2024):
                assert run.days(year, "open") or run.days(year, "close"), run
    assert month_of("中国国际进口博览会", 2023, 6, 5) == 11


def test_a_weekday_is_the_one_day_of_the_window_with_it() -> None:
    hi_tech, caexpo = calendars()["中国国际高新技术成果交易会"], calendars()["中国—东盟博览会"]
    assert str(calendar_weekday(hi_tech, 2017, 19, "open", 3)) == "2017-11-16"  # a Thursday
    assert calendar_weekday(caexpo, 2022, 19, "close", 0) is None  # several Mondays
