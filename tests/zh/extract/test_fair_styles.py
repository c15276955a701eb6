"""Fair fields written the ways real reports write them (sentences written for these tests):
a fair convened (召开) on a day, foreign-funded totals with their 人民币 equivalent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fairgraph.model import Document, PartialDate
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document


def _fair(text: str):  # type: ignore[no-untyped-def]
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    named = [f for f in res.fairs if f.edition is not None]
    assert named, res.fairs
    return named[0]


def test_fair_convened_on_a_day_opened_on_it() -> None:
    fair = _fair("第十八届中国东西部合作与投资贸易洽谈会5月23日在西安召开。")
    assert fair.start_date == PartialDate(2014, 5, 23)


def test_date_leading_the_sentence_of_a_convened_fair() -> None:
    fair = _fair("新华社西安5月23日电 23日上午，第十八届西洽会在西安曲江国际会议中心召开。")
    assert fair.start_date == PartialDate(2014, 5, 23)


def test_a_meeting_named_after_the_fair_is_not_its_opening() -> None:
    fair = _fair("第二十三届中国兰州投资贸易洽谈会闭幕通报会7月9日下午在兰州召开。")
    assert fair.start_date is None


def test_foreign_funded_total_with_its_renminbi_equivalent() -> None:
    fair = _fair(
        "第五届中国—南亚博览会在昆明开幕。截至闭幕，本届南博会共签订外资项目92个，"
        "合同外资金额25.6亿美元，折合人民币约170亿元。"
    )
    assert fair.signed_project_count == 92
    amount = fair.total_investment[1]
    assert (amount.value, amount.currency) == (Decimal("2560000000"), "USD")


def test_more_series_date_their_editions() -> None:
    from fairgraph.zh.extract.fair_years import year_of

    assert year_of("中国—南亚博览会", 2) == 2014
    assert year_of("中国—东北亚博览会", 8) == 2012
    assert year_of("中国—东北亚博览会", 10) == 2015
    assert year_of("中国—南亚博览会", 6) == 2022  # the run after the gap


def test_a_yearless_date_takes_the_editions_year() -> None:
    fair = _fair("新华社昆明6月12日电 第二届中国—南亚博览会12日在昆明开幕。")
    assert fair.start_date == PartialDate(2014, 6, 12)


def test_length_stated_in_a_sentence_of_its_own_gives_the_end() -> None:
    fair = _fair(
        "新华社长春8月30日电 第九届中国—东北亚博览会30日在长春开幕，韩国为主宾国。"
        "本届博览会为期5天。"
    )
    assert fair.start_date == PartialDate(2013, 8, 30)
    assert fair.end_date == PartialDate(2013, 9, 3)


def test_length_and_closing_day_give_the_start() -> None:
    fair = _fair("第九届中国—东北亚博览会9月3日在长春闭幕。本届博览会历时5天。")
    assert fair.start_date == PartialDate(2013, 8, 30)


def test_the_length_of_an_event_held_at_the_fair_is_not_the_fairs() -> None:
    fair = _fair("第九届中国—东北亚博览会8月30日在长春开幕。同期举办的东北亚合作高层论坛为期两天。")
    assert fair.start_date == PartialDate(2013, 8, 30)
    assert fair.end_date is None


@pytest.mark.parametrize("cue", ["协议引资", "引资额", "涉及资金", "签约总额达", "合同总金额"])
def test_older_words_for_the_signed_sum(cue: str) -> None:
    fair = _fair(
        f"第二十届中国兰州投资贸易洽谈会在兰州闭幕。本届兰洽会共签约项目356个，{cue}3260亿元。"
    )
    assert fair.signed_project_count == 356
    assert fair.total_investment[1].value == Decimal("326000000000")


@pytest.mark.parametrize(
    "second",
    [
        "本届兰洽会主办单位为商务部、中国国际贸易促进委员会和甘肃省人民政府。",
        "主办单位：商务部、中国国际贸易促进委员会、甘肃省人民政府。",
        "本届兰洽会的主办方是商务部、中国国际贸易促进委员会和甘肃省人民政府，兰州市人民政府承办。",
    ],
)
def test_organisers_listed_after_the_word(second: str) -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州开幕。" + second)
    names = set(fair.organizers)
    assert len(names) == 3
    assert not any("兰州市" in n for n in names)  # the co-organiser (承办) is not an organiser


def test_a_fair_ending_on_a_later_day_closed_on_it() -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会于7月5日在兰州开幕，至7月9日结束。")
    assert (fair.start_date, fair.end_date) == (PartialDate(2014, 7, 5), PartialDate(2014, 7, 9))


def test_a_ceremony_ending_is_not_the_fairs_end() -> None:
    fair = _fair(
        "第二十届中国兰州投资贸易洽谈会7月5日在兰州开幕。7月5日，开幕式结束后举行了签约仪式。"
    )
    assert fair.end_date is None


@pytest.mark.parametrize(
    "series_so_far",
    [
        "迄今为止，兰洽会共签约项目1.5万个，签约总额2万亿元。",
        "兰洽会已成功举办十九届，共签约项目1.5万个，签约总额2万亿元。",
        "过去十九届兰洽会签约项目1.5万个，签约总额2万亿元。",
    ],
)
def test_the_series_totals_so_far_are_not_this_editions(series_so_far: str) -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州开幕。" + series_so_far)
    assert fair.total_investment is None


def _guests(second: str) -> set[str]:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州开幕。" + second)
    return set(fair.guest_countries)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("来自巴基斯坦、印度等50多个国家的客商参会，本届主宾国为泰国。", {"Country|TH"}),
        ("上届主宾国为印度，本届主宾国为泰国。", {"Country|TH"}),
        ("作为主宾国，泰国派出代表团，与中国企业签约。", {"Country|TH"}),
        ("本届首次设置主宾国，由泰国、马来西亚担任。", {"Country|TH", "Country|MY"}),
        (
            "泰国、马来西亚担任本届兰洽会主宾国，来自印度的企业也参展。",
            {"Country|TH", "Country|MY"},
        ),
    ],
)
def test_guest_countries_are_those_the_cue_names(second: str, expected: set[str]) -> None:
    assert _guests(second) == expected


@pytest.mark.parametrize(
    ("second", "count", "value"),
    [
        (
            "本届兰洽会共签约内资项目300个，签约金额2000亿元；外资项目50个，合同外资20亿美元；"
            "合计签约金额2130亿元。",
            None,
            "213000000000",
        ),
        (
            "本届兰洽会签约国内合作项目300个、投资总额2000亿元，国际合作项目50个、投资总额20亿美元，"
            "总计签约项目350个、金额2130亿元。",
            350,
            "213000000000",
        ),
        (
            "本届兰洽会共签约项目350个，签约总额2130亿元，其中内资项目300个、金额2000亿元。",
            350,
            "213000000000",
        ),
    ],
)
def test_the_stated_sum_not_a_part(second: str, count: int | None, value: str) -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州闭幕。" + second)
    assert fair.signed_project_count == count
    assert fair.total_investment[1].value == Decimal(value)


@pytest.mark.parametrize(
    "head",
    ["发布时间：2011-10-22 09:30", "2011-10-22", "来源：某某日报 2011年10月22日"],
)
def test_a_publication_line_dates_the_reports_yearless_days(head: str) -> None:
    fair = _fair(f"第十二届西博会开幕\n{head}\n本报讯 第十二届中国西部国际博览会22日在成都开幕。")
    assert fair.start_date == PartialDate(2011, 10, 22)


def test_without_any_year_a_yearless_day_stays_without_one() -> None:
    res = resolve(
        [
            extract_document(
                Document.from_text("第十二届中国西部国际博览会10月22日在成都开幕。", source="t")
            )
        ]
    )
    (fair,) = [f for f in res.fairs if f.edition == 12]
    assert fair.start_date is None or fair.start_date.year is None


@pytest.mark.parametrize(
    "second",
    [
        "本届兰洽会围绕“开放合作，共赢发展”主题，举办了系列活动。",
        "本届兰洽会秉持“开放合作，共赢发展”的主题。",
        "大会主题：开放合作，共赢发展。",
    ],
)
def test_the_theme_written_the_ways_reports_write_it(second: str) -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州开幕。" + second)
    assert fair.theme == "开放合作，共赢发展"


@pytest.mark.parametrize(
    "text",
    [
        "第二十届中国兰州投资贸易洽谈会7月5日在兰州开幕，9日结束。",
        "第二十届中国兰州投资贸易洽谈会7月5日在兰州开幕。本届兰洽会将持续5天。",
    ],
)
def test_the_end_from_a_bare_day_or_a_length(text: str) -> None:
    assert _fair(text).end_date == PartialDate(2014, 7, 9)


def test_a_series_written_with_its_city_in_brackets_is_one_fair() -> None:
    text = (
        "第二十三届中国（哈尔滨）国际经济贸易洽谈会开幕\n"
        "6月15日，第二十三届中国哈尔滨国际经济贸易洽谈会在哈尔滨开幕。"
    )
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    assert len([e for e in res.entities if e.type == "Fair"]) == 1


@pytest.mark.parametrize(
    ("second", "count"),
    [
        (  # the whole count first, then parts with their own sums and no sum of the sums
            "本届兰洽会共签约项目320个，其中内资项目300个，签约金额1500亿元；"
            "外资项目20个，合同外资5亿美元。",
            320,
        ),
        ("本届兰洽会签约内资项目280个，总投资1200亿元，签约外资项目15个，总投资8亿美元。", None),
        (
            "本届兰洽会共签订国际经济合作项目120个，总投资额60亿美元；"
            "国内合作项目200个，总投资1800亿元。",
            None,
        ),
    ],
)
def test_parts_with_no_stated_sum_give_no_total(second: str, count: int | None) -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州闭幕。" + second)
    assert fair.signed_project_count == count
    assert fair.total_investment is None  # no part is the fair's total, no sum is invented


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("本届兰洽会签约国际、国内合作项目共320个，总投资额1800亿元。", "180000000000"),
        ("本届兰洽会共签约内外资项目320个，总投资1800亿元。", "180000000000"),
        ("本届兰洽会签约项目总投资1800亿元，其中外资项目投资额5亿美元。", "180000000000"),
    ],
)
def test_both_parts_named_together_or_one_part_after_the_total_keep_it(
    second: str, value: str
) -> None:
    fair = _fair("第二十届中国兰州投资贸易洽谈会在兰州闭幕。" + second)
    assert fair.total_investment[1].value == Decimal(value)


def test_renminbi_and_dollar_totals_side_by_side_keep_the_first_as_written() -> None:
    fair = _fair(
        "第二十届中国兰州投资贸易洽谈会在兰州闭幕。本届兰洽会签约总额达500亿元人民币和10亿美元。"
    )
    assert fair.total_investment[1].currency == "CNY"
    assert fair.total_investment[1].value == Decimal("50000000000")


_OPENED = "第二十届中国兰州投资贸易洽谈会7月10日在兰州开幕。"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a headline's rough count, when the report states no exact one: the number as stated
        ("第二十届中国兰州投资贸易洽谈会签约逾千个项目\n\n" + _OPENED, 1000),
        ("第二十届中国兰州投资贸易洽谈会现场签约近百个项目\n\n" + _OPENED, 100),
        # an exact count anywhere wins over the headline's
        (
            "第二十届中国兰州投资贸易洽谈会签约逾千个项目\n\n"
            + _OPENED
            + "本届兰洽会共签约项目1036个，签约总金额3000亿元。",
            1036,
        ),
        # a city's rough count at the fair is not the fair's
        ("兰州市在第二十届中国兰州投资贸易洽谈会上签约逾百个项目\n\n" + _OPENED, None),
    ],
)
def test_a_rough_headline_count_is_the_fairs_only_without_an_exact_one(text: str, count) -> None:
    assert _fair(text).signed_project_count == count


def test_a_venue_without_a_city_is_in_a_dateline_below_a_date_line() -> None:
    fair = _fair(
        "2009年8月26日 某某网\n某某网银川8月26日电 第一届中国（宁夏）国际投资贸易洽谈会"
        "于8月22日至26日在宁夏国际会展中心举行，今天下午闭幕。"
    )
    assert "Place|银川市" in fair.locations
    assert fair.end_date == PartialDate(2009, 8, 26)


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("本届西洽会上，甘肃省共签约项目56个，总金额320亿元。", None),
        ("本届东西部合作与投资贸易洽谈会上，甘肃省代表团共签约项目56个，签约金额320亿元。", None),
        ("本届西洽会上，陕西省共签约项目560个，总金额3200亿元。", 560),  # the host's
    ],
)
def test_a_visiting_provinces_signings_are_not_the_fairs(second: str, count: int | None) -> None:
    fair = _fair("第二十届中国东西部合作与投资贸易洽谈会7月8日在西安开幕。" + second)
    assert fair.signed_project_count == count
    assert (fair.total_investment is None) == (count is None)


def test_the_host_provinces_signings_at_its_own_fair_are_the_fairs() -> None:
    fair = _fair(
        "第二十届中国·青海绿色发展投资贸易洽谈会7月8日在西宁开幕。"
        "本届青洽会期间，青海省共签约项目187个，总金额2000亿元。"
    )
    assert fair.signed_project_count == 187


@pytest.mark.parametrize(
    "signing",
    [
        "8月20日的开幕当天，吉林省人民政府与中国宝武签署战略合作协议。",
        "在8月20日的开幕式上，吉林省人民政府与中国宝武签署战略合作协议。",
        "8月20日开幕当日，吉林省人民政府与中国宝武签署战略合作协议。",
    ],
)
def test_an_opening_day_named_by_its_date_alone_gives_the_start(signing: str) -> None:
    text = f"8月24日，第十二届中国—东北亚博览会在长春闭幕。\n\n{signing}"
    fair = _fair(text)
    assert (fair.start_date, fair.end_date) == (PartialDate(2019, 8, 20), PartialDate(2019, 8, 24))


def test_an_opening_day_weeks_before_the_close_is_another_events() -> None:
    text = (
        "8月24日，第十二届中国—东北亚博览会在长春闭幕。\n\n"
        "7月2日的开幕当天，吉林省人民政府与中国宝武签署战略合作协议。"
    )
    assert _fair(text).start_date is None


def test_a_date_line_closing_an_older_report_dates_it() -> None:
    text = (
        "第十二届中国—东北亚博览会昨日闭幕\n\n"
        "本报长春讯 第十二届中国—东北亚博览会昨日在长春闭幕。本届博览会于8月23日开幕。\n\n"
        "（2019年8月28日）"
    )
    fair = _fair(text)
    assert (fair.start_date, fair.end_date) == (PartialDate(2019, 8, 23), PartialDate(2019, 8, 27))


@pytest.mark.parametrize(
    ("headline", "city"),
    [
        ("首届中国国际供应链促进博览会在京揭幕", "北京市"),
        ("第三届中国国际服务贸易交易会在京隆重开幕", "北京市"),
        ("第五届中国国际进口博览会在沪开幕", "上海市"),
        ("第133届中国进出口商品交易会在穗闭幕", "广州市"),
        ("第二十届中国西部国际博览会在蓉举行", "成都市"),
    ],
)
def test_a_fair_held_in_a_city_named_by_its_short_form(headline: str, city: str) -> None:
    fair = _fair(f"{headline}\n\n本届展会吸引了众多企业参展。")
    assert fair.locations == (f"Place|{city}",)


def test_a_short_form_not_after_held_is_no_city() -> None:
    fair = _fair("首届中国国际供应链促进博览会开幕\n\n京津冀企业踊跃参展。")
    assert fair.locations == ()


CLOSING = (
    "第二十三届中国兰州投资贸易洽谈会闭幕\n\n"
    "本报讯 7月10日，第二十三届中国兰州投资贸易洽谈会在兰州闭幕。本届兰洽会成果丰硕。\n\n"
)


@pytest.mark.parametrize(
    "totals",
    [
        "据统计，共签订合同项目1108个，总金额4958亿元。",
        "截至闭幕，共签约项目1108个，签约总额4958亿元。",
        "据了解，期间共签约项目1108个，签约总额4958亿元，其中外资项目12个。",
    ],
)
def test_totals_in_a_paragraph_of_their_own_are_the_fairs(totals: str) -> None:
    fair = _fair(CLOSING + totals)
    assert fair.signed_project_count == 1108
    assert fair.total_investment is not None
    assert fair.total_investment[1].value == Decimal("495800000000")


@pytest.mark.parametrize(
    "totals",
    [
        "据统计，共签订国内合作项目1000个，金额4000亿元；签订外资项目108个，金额50亿美元。",
        "据统计，兰州市共签约项目108个，签约总额458亿元。",
    ],
)
def test_parts_or_a_places_totals_are_not_the_fairs(totals: str) -> None:
    fair = _fair(CLOSING + totals)
    assert fair.signed_project_count is None and fair.total_investment is None
