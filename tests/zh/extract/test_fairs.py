"""Fair facts: src/fairgraph/zh/extract/fairs.py and fair_years.py."""

from __future__ import annotations

from fairgraph.model import Document, PartialDate
from fairgraph.zh.extract.fair_years import year_of
from fairgraph.zh.pipeline import extract_document


def _facts(text: str):  # type: ignore[no-untyped-def]
    return extract_document(Document.from_text(text, source="t.txt"), backend="rules").fairs


def test_edition_in_chinese_numerals() -> None:
    facts = _facts("第二十三届中国兰州投资贸易洽谈会在兰州开幕。")
    assert facts and facts[0].edition == 23


def test_year_from_series_cadence() -> None:
    assert year_of("中国—东盟博览会", 20) == 2023
    assert year_of("中国进出口商品交易会", 133) == 2023
    assert year_of("某某博览会", 3) is None


def test_month_day_dates_get_the_edition_year() -> None:
    facts = _facts("第20届中国—东盟博览会9月16日至19日在南宁举行。")
    dated = [f for f in facts if f.start_date]
    assert dated and dated[0].start_date == PartialDate(2023, 9, 16)
    assert dated[0].end_date == PartialDate(2023, 9, 19)


def test_venue_gives_its_city_as_location() -> None:
    facts = _facts("第20届中国—东盟博览会在南宁国际会展中心开幕。")
    locations = [f.location.text for f in facts if f.location]
    assert locations[:2] == ["南宁", "南宁国际会展中心"]


def test_organiser_written_before_zhuban() -> None:
    facts = _facts("今年，省政府首次单独主办第26届兰洽会。")
    assert any(o.text == "省政府" for f in facts for o in f.organizers)


def test_fair_wide_projects_and_total() -> None:
    facts = _facts("本届兰洽会共签约项目120个，总投资额1500亿元。")
    assert any(f.signed_project_count == 120 for f in facts)
    assert any(f.total_investment and f.total_investment.value == 150000000000 for f in facts)


def test_city_before_venue_is_one_venue() -> None:
    from fairgraph.model import Mention
    from fairgraph.zh.extract.fair_venues import city_venues

    text = "在南宁国际会展中心开幕"
    parts = [Mention(1, 3, "南宁", "Place"), Mention(3, 9, "国际会展中心", "Place")]
    assert [(m.text, m.start, m.end) for m in city_venues(text, parts)] == [
        ("南宁国际会展中心", 1, 9)
    ]
    apart = [Mention(1, 3, "南宁", "Place"), Mention(4, 10, "国际会展中心", "Place")]
    assert city_venues("在南宁的国际会展中心", apart) == apart


def test_venue_with_city_on_every_backend() -> None:
    text = "第20届中国—东盟博览会在南宁国际会展中心开幕。"
    for backend in ("rules", "default"):
        ex = extract_document(Document.from_text(text, source="t.txt"), backend=backend)
        locations = {f.location.text for f in ex.fairs if f.location is not None}
        assert "南宁" in locations, backend


def test_co_held_fairs_share_the_opening_date() -> None:
    text = "9月16日上午，第20届中国—东盟博览会暨中国—东盟商务与投资峰会在南宁开幕。"
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    first = [f for f in ex.fairs if f.edition == 20]
    assert first and first[0].start_date == PartialDate(2023, 9, 16)


def test_signed_projects_after_the_verb() -> None:
    facts = _facts("本届东博会共签订国际、国内合作项目120个，总投资额超2000亿元。")
    assert any(f.signed_project_count == 120 for f in facts)


def test_opened_since_gives_the_main_fair_start() -> None:
    text = "第133届广交会5日在广州闭幕。自4月15日开幕以来，境外采购商踊跃参会。"
    ex = extract_document(
        Document.from_text(text, source="t.txt", date=PartialDate(2023, 5, 5)), backend="rules"
    )
    assert any(f.start_date == PartialDate(2023, 4, 15) for f in ex.fairs)


def test_a_date_before_two_fairs_held_as_one_opens_both() -> None:
    """日期，A暨B在某地开幕: the second fair's name ends far from the date; it opens too."""
    text = "6月19日，第九届中国—南亚博览会暨第二十九届中国昆明进出口商品交易会在昆明开幕。"
    doc = Document.from_text(text, source="t.txt", date=PartialDate(2025, 6, 19))
    ex = extract_document(doc, backend="rules")
    starts = {f.edition: f.start_date for f in ex.fairs if f.start_date}
    assert starts == {9: PartialDate(2025, 6, 19), 29: PartialDate(2025, 6, 19)}


def test_a_year_written_before_a_fair_name_belongs_to_the_mention() -> None:
    from fairgraph.zh.extract.fair_mentions import find_fair_mentions
    from fairgraph.zh.lexicon import load_lexicon

    text = "2025数博会开幕。2024年消博会闭幕。第3届消博会。"
    found = [(m.text, m.subtype) for m in find_fair_mentions(text, load_lexicon())]
    assert found == [("2025数博会", None), ("2024年消博会", None), ("第3届消博会", "3")]


def test_a_first_edition_with_a_bracketed_province_is_edition_one() -> None:
    facts = _facts("首届中国（湖南）国际农产品博览会在长沙开幕，展期至20日。")
    assert any(f.edition == 1 and f.fair.text.startswith("首届中国（湖南）") for f in facts)


def test_a_sentence_about_the_fair_by_its_kind_alone_gives_its_fields() -> None:
    facts = _facts(
        "第三届某某国际贸易博览会在济南开幕。博览会以“开放合作 共赢未来”为主题，韩国为主宾国。"
    )
    assert any(f.theme == "开放合作 共赢未来" for f in facts)
    assert any(g.text == "韩国" for f in facts for g in f.guest_countries)


def test_a_main_hall_set_in_a_venue_is_the_fair_s_venue() -> None:
    facts = _facts(
        "第八届中国西部国际投资贸易洽谈会闭幕。本届西洽会主会场设在重庆国际博览中心，会期4天。"
    )
    assert "重庆国际博览中心" in [f.location.text for f in facts if f.location]
    facts = _facts("第六届中国国际消费品博览会在海南海口开幕，主展馆设在海南国际会展中心。")
    assert {"海口", "海南国际会展中心"} <= {f.location.text for f in facts if f.location}


def test_a_venue_without_a_city_is_in_the_datelines_city() -> None:
    facts = extract_document(
        Document.from_text(
            "新华社天津5月18日电 第四届某某智能产业博览会在某某梅江会展中心开幕。", source="t.txt"
        )
    ).fairs
    assert {f.location.text for f in facts if f.location} == {"某某梅江会展中心", "天津"}


def test_the_dateline_does_not_place_a_fair_no_venue_places() -> None:
    facts = _facts("新华社北京5月18日电 第四届某某智能产业博览会开幕。")
    assert not [f for f in facts if f.location]


def test_a_sports_and_exhibition_centre_where_a_fair_is_held_is_a_place() -> None:
    ex = extract_document(
        Document.from_text(
            "第二十三届中国（哈尔滨）国际经济贸易洽谈会于6月15日至19日在哈尔滨国际会展体育中心举行。",
            source="t.txt",
        )
    )
    venue = [m for m in ex.mentions if m.text == "哈尔滨国际会展体育中心"]
    assert venue and venue[0].type == "Place"


def _totals(body: str) -> tuple[int | None, int | None]:
    facts = _facts("2019年7月10日\n第二十五届中国兰州投资贸易洽谈会今天闭幕。" + body)
    count = next((f.signed_project_count for f in facts if f.signed_project_count), None)
    total = next((f.total_investment for f in facts if f.total_investment), None)
    return count, int(total.value) if total is not None else None


def test_fair_totals_in_the_styles_reports_use() -> None:
    want = (356, 326000000000)
    assert _totals("本届兰洽会共签约项目356个，签约额3260亿元。") == want
    assert _totals("本届兰洽会签约项目356个、金额3260亿元。") == want
    assert _totals("本届兰洽会共签约356个项目，总额3260亿元。") == want
    assert _totals("会上共有356个项目签约，总金额3260亿元。") == want


def test_a_headline_sum_after_signing_is_the_fairs_total() -> None:
    facts = _facts("第二十五届兰洽会签约3260亿元")
    assert [int(f.total_investment.value) for f in facts if f.total_investment] == [326000000000]


def test_the_previous_editions_figures_are_not_this_editions() -> None:
    assert _totals("上届兰洽会共签约项目300个，签约总额2800亿元。") == (None, None)
    assert _totals("本届共签约项目356个，签约总额3260亿元，分别比上届增长12%和15%。") == (
        356,
        326000000000,
    )


def test_a_rough_count_of_projects_is_the_number_stated() -> None:
    assert _totals("本届兰洽会共签订投资合作项目470多个，总投资额超过4870亿元。")[0] == 470


def test_a_signing_nobody_is_named_in_keeps_the_fairs_totals() -> None:
    got = _totals("本届兰洽会共签订合同项目618个，合同金额4680亿元；签订外贸合同金额15.5亿美元。")
    assert got == (618, 468000000000)


def test_a_headlines_count_and_sum_set_apart_by_spaces() -> None:
    facts = _facts("兰洽会闭幕 签约项目356个 金额3260亿元")
    assert [
        (f.signed_project_count, int(f.total_investment.value)) for f in facts if f.total_investment
    ] == [(356, 326000000000)]


def test_the_series_figures_so_far_are_not_this_editions() -> None:
    assert _totals("历届兰洽会共签约项目1.5万个，签约总额2.1万亿元。") == (None, None)


def test_an_opening_day_and_a_closing_day_in_one_sentence() -> None:
    facts = _facts("2019年7月10日\n第二十五届中国兰州投资贸易洽谈会于7月5日开幕，7月9日闭幕。")
    dated = [f for f in facts if f.start_date or f.end_date]
    assert dated and dated[0].start_date == PartialDate(2019, 7, 5)
    assert dated[0].end_date == PartialDate(2019, 7, 9)


def test_figures_of_a_batch_or_of_a_side_event_are_not_the_fairs() -> None:
    assert _totals("首批21个项目集中签约，总金额约186亿元。") == (None, None)
    assert _totals("对接会共达成合作意向9项，意向金额约1.8亿美元。") == (None, None)
    facts = _facts("某省在第八届中国国际进口博览会举办经贸推介会 现场签约约21亿美元")
    assert not [f for f in facts if f.total_investment]


def test_a_citys_own_signings_at_the_fair_are_not_the_fairs_totals() -> None:
    assert _totals("兰洽会期间，天水市共签约项目30个，签约总额101.9亿元。") == (None, None)
    assert _totals("兰洽会期间，全省共签约项目356个，签约总额3260亿元。") == (356, 326000000000)


def test_a_hall_where_the_fair_is_held_leaves_room_for_the_series_city() -> None:
    facts = _facts(
        "第十七届中国哈尔滨国际经济贸易洽谈会在哈尔滨国际会展体育中心开幕。"
        "开幕式后，嘉宾们参观了哈尔滨市的重点企业。"
    )
    assert {f.location.text for f in facts if f.location} == {"哈尔滨国际会展体育中心", "哈尔滨市"}


def test_a_hall_alone_names_no_city() -> None:
    facts = _facts("第十七届中国哈尔滨国际经济贸易洽谈会在哈尔滨国际会展体育中心开幕。")
    assert {f.location.text for f in facts if f.location} == {"哈尔滨国际会展体育中心"}


def test_the_urumqi_fair_is_a_series_of_its_own_with_its_years() -> None:
    facts = _facts("为期5天的第十九届中国乌鲁木齐对外经济贸易洽谈会9月5日闭幕。")
    assert facts and {f.series for f in facts} == {"中国乌鲁木齐对外经济贸易洽谈会"}
    assert next(f.end_date for f in facts if f.end_date) == PartialDate(2010, 9, 5)
    assert year_of("中国—亚欧商品贸易博览会", 19) is None


def test_the_hainan_expo_by_its_bracketed_name_dates_its_editions() -> None:
    assert year_of("中国（海南）国际消费品博览会", 3) == 2023
    assert year_of("中国乌鲁木齐对外经济贸易洽谈会", 25) is None  # the series ended with the 19th


def test_the_series_figures_over_years_are_not_this_editions() -> None:
    assert _totals("十年来，兰洽会共签约项目3200个，总金额6000亿元。") == (None, None)
    assert _totals("多年来，兰洽会共签订合同项目1.2万个。") == (None, None)


def test_a_count_after_a_comparison_with_the_last_edition() -> None:
    got = _totals("本届兰洽会签约项目比上届增加50个，达到350个，签约总额1230亿元。")
    assert got == (350, 123000000000)


def test_a_fair_held_in_two_halls_is_in_both() -> None:
    facts = _facts(
        "第十七届中国西部国际博览会在中国西部国际博览城国际展览展示中心和成都世纪城新国际会展中心分别设展。"
    )
    assert {f.location.text for f in facts if f.location} == {
        "中国西部国际博览城国际展览展示中心",
        "成都世纪城新国际会展中心",
        "成都",
    }
