"""Fair fields: the constructions of fairgraph/zh/extract/fair_fields.py, through the pipeline."""

from __future__ import annotations

import pytest

from fairgraph.model import Document, PartialDate
from fairgraph.zh.pipeline import extract_document


def _facts(text: str):  # type: ignore[no-untyped-def]
    return extract_document(Document.from_text(text, source="t.txt"), backend="rules").fairs


def _field(facts, name: str) -> list:  # type: ignore[no-untyped-def]
    return [getattr(f, name) for f in facts if getattr(f, name) not in (None, ())]


def test_exhibition_period_gives_the_end_date() -> None:
    facts = _facts("2024年6月3日\n第十届某某国际博览会3日开幕，展期至6月7日。")
    assert PartialDate(2024, 6, 7) in _field(facts, "end_date")


def test_curtain_raising_opens_and_curtain_falling_closes() -> None:
    opened = _facts("2024年6月3日\n第十届中国—南亚博览会3日在昆明拉开帷幕。")
    assert PartialDate(2024, 6, 3) in _field(opened, "start_date")
    closed = _facts("2024年6月7日\n第十届中国—南亚博览会7日在昆明落下帷幕。")
    assert PartialDate(2024, 6, 7) in _field(closed, "end_date")


def test_theme_country_is_a_guest() -> None:
    facts = _facts("第十届中国—南亚博览会以“共享机遇”为主题，主题国为斯里兰卡。")
    guests = [m.text for g in _field(facts, "guest_countries") for m in g]
    assert "斯里兰卡" in guests


def test_first_day_figures_are_not_the_fair_total() -> None:
    facts = _facts("第十届中国—南亚博览会首日签约项目金额逾50亿元。")
    assert _field(facts, "total_investment") == []


def test_investment_and_trade_total_is_the_fair_total() -> None:
    facts = _facts("本届中国—南亚博览会共签约项目120个，计划投资和贸易总额860亿元。")
    totals = _field(facts, "total_investment")
    assert [t.value for t in totals] == [86_000_000_000]


def test_venue_with_city_in_brackets_gives_the_city() -> None:
    facts = _facts("第三届某某国际消费博览会在国家会展中心（天津）开幕。")
    locations = {m.text for m in _field(facts, "location")}
    assert "天津" in locations


def test_summit_without_edition_is_not_a_fair() -> None:
    ex = extract_document(
        Document.from_text(
            "第十届中国—东盟博览会和中国—东盟商务与投资峰会在南宁开幕。", source="t.txt"
        ),
        backend="rules",
    )
    assert [m.text for m in ex.mentions if m.type == "Fair"] == ["第十届中国—东盟博览会"]


def test_a_fair_that_lasts_until_a_day_ends_then() -> None:
    facts = _facts("2024年6月3日\n第十届某某国际博览会3日开幕，展会将持续至6月7日。")
    assert PartialDate(2024, 6, 7) in _field(facts, "end_date")


def test_a_venue_named_where_the_fair_opens_is_its_venue() -> None:
    facts = _facts("2025年10月15日\n第五届某某商品博览会在某某进出口商品交易会展馆开幕。")
    venues = [m.text for m in _field(facts, "location")]
    assert "某某进出口商品交易会展馆" in venues
    facts = _facts("2025年5月24日\n第二届某某博览会在成都西部国际博览城开幕。")
    assert "成都西部国际博览城" in [m.text for m in _field(facts, "location")]


def test_a_venue_keeps_its_bracketed_district() -> None:
    facts = _facts("2024年11月14日\n第三届某某交易会在深圳会展中心（福田）开幕。")
    assert "深圳会展中心（福田）" in [m.text for m in _field(facts, "location")]


def test_a_venue_after_the_dates_of_the_fair_leaves_the_dates_out() -> None:
    facts = _facts("2025年3月2日\n第五届某某国际博览会于4月8日至12日在武汉国际博览中心举办。")
    assert "武汉国际博览中心" in [m.text for m in _field(facts, "location")]
    assert PartialDate(2025, 4, 12) in _field(facts, "end_date")


def test_guest_countries_named_without_the_fair_are_the_main_fair_s() -> None:
    facts = _facts(
        "2025年11月6日\n第八届某某国际进口博览会今天开幕。今年共有60多个国家参加国家展，"
        "秘鲁、挪威和肯尼亚为主宾国。"
    )
    guests = {m.text for f in facts for m in f.guest_countries}
    assert guests == {"秘鲁", "挪威", "肯尼亚"}


def test_a_day_after_the_fair_s_name_opens_it_even_after_a_dateline() -> None:
    facts = _facts(
        "2025年6月12日\n新华社哈尔滨6月12日电（记者 周某）以“深化互利合作，共享发展机遇”为主题的"
        "第九届中国—俄罗斯博览会12日在哈尔滨国际会展中心开幕。"
    )
    assert PartialDate(2025, 6, 12) in _field(facts, "start_date")


def test_a_participant_s_or_a_ceremony_s_figures_are_not_the_fair_s() -> None:
    facts = _facts(
        "2025年7月9日\n某某县在第十一届中国某某投资贸易洽谈会上签约项目12个，总投资46亿元。"
    )
    assert facts and _field(facts, "signed_project_count") == []
    facts = _facts("2025年7月9日\n第十一届中国某某投资贸易洽谈会重大项目集中签约 总投资逾千亿元")
    assert facts and _field(facts, "total_investment") == []


def test_a_fair_that_lasts_n_days_ends_on_the_last_of_them() -> None:
    facts = _facts("2024年8月30日\n第八届中国—某某博览会今天在某某国际会展中心开幕，为期5天。")
    assert PartialDate(2024, 9, 3) in _field(facts, "end_date")


def test_a_day_after_the_fair_s_name_closes_it_even_after_a_dateline() -> None:
    facts = _facts(
        "2022年7月25日\n中新网某地7月25日电 （记者 周某某）第九届中国（某某）国际绿色产业博览会、"
        "第三届中国（某某）国际生态博览会24日晚落幕。"
    )
    assert PartialDate(2022, 7, 24) in _field(facts, "end_date")
    assert PartialDate(2022, 7, 25) not in _field(facts, "end_date")


def test_today_in_a_wire_report_is_the_dateline_s_day_not_the_page_s() -> None:
    text = (
        "某某会闭幕\n2024-06-09 来源：某某网\n\n"
        "新华社某地6月8日电（记者 周某某）为期5天的第六届中国—某某博览会今天闭幕。"
    )
    ex = extract_document(Document.from_text(text, source="t.txt", date=PartialDate(2024, 6, 9)))
    ends = [f.end_date for f in ex.fairs if f.end_date]
    assert ends == [PartialDate(2024, 6, 8)]


def test_unveiling_opens_and_gives_the_venue() -> None:
    facts = _facts("2023年7月6日\n第九届中国—南亚博览会6日在昆明揭幕。")
    assert PartialDate(2023, 7, 6) in _field(facts, "start_date")
    assert "昆明" in [m.text for m in _field(facts, "location")]


def test_a_date_opening_the_sentence_is_the_opening_however_long_the_theme() -> None:
    text = (
        "2023年7月8日\n7月6日，以“合作共赢、携手同行、共同开创更加美好的未来”为主题的"
        "第九届中国—南亚博览会在昆明揭幕。"
    )
    assert PartialDate(2023, 7, 6) in _field(_facts(text), "start_date")


def test_a_dated_dateline_before_the_fair_is_not_its_opening() -> None:
    text = (
        "2025年9月6日，某市——以“数智赋能、融合发展、开放合作、共建共享、携手共进”为主题的"
        "第九届中国—南亚博览会9月5日在昆明开幕。"
    )
    assert _field(_facts(text), "start_date") == [PartialDate(2025, 9, 5)]


def test_projects_signed_with_xia_and_the_fair_named_by_its_kind() -> None:
    facts = _facts(
        "第九届中国—南亚博览会在昆明闭幕。此次博览会成果丰硕：会期内共签下合作项目312个，"
        "涉及金额1200亿元。"
    )
    assert 312 in _field(facts, "signed_project_count")
    assert [a.value for a in _field(facts, "total_investment")] == [120000000000]


def test_projects_before_the_verb() -> None:
    facts = _facts("第九届中国—南亚博览会闭幕，本届重大合作项目共签下41个，签约总额为55.44亿元。")
    assert 41 in _field(facts, "signed_project_count")


@pytest.mark.parametrize(
    "text",
    [
        "本届南博会围绕“开放合作，共享未来”这一主题，展出新品。",
        "第九届中国—南亚博览会的主题定为“开放合作，共享未来”，重点关注贸易。",
        "本届南博会紧扣「开放合作，共享未来」这一主题。",
    ],
)
def test_theme_constructions(text: str) -> None:
    facts = _facts("第九届中国—南亚博览会开幕。" + text)
    assert "开放合作，共享未来" in _field(facts, "theme")


def test_yu_places_the_fair_but_not_a_date() -> None:
    facts = _facts("9月20日，第九届中国—南亚博览会于云南昆明拉开帷幕。")
    assert "昆明" in [m.text for m in _field(facts, "location")]
    dated = _facts("第九届中国—南亚博览会于9月20日开幕。")
    assert _field(dated, "location") == []


def test_a_long_list_of_organisers_and_the_host_unit_form() -> None:
    facts = _facts(
        "第九届中国—南亚博览会由商务部、国家税务总局、国家市场监督管理总局、中国国际贸易促进委员会、"
        "中华全国工商业联合会、中国工业经济联合会等国家部委和单位以及云南省人民政府联合主办。"
    )
    organisers = {m.text for group in _field(facts, "organizers") for m in group}
    assert {"商务部", "中国国际贸易促进委员会", "云南省人民政府"} <= organisers
    hosts = _facts("第九届中国—南亚博览会由商务部和云南省人民政府担任主办单位。")
    assert {"商务部", "云南省人民政府"} <= {m.text for g in _field(hosts, "organizers") for m in g}


def test_totals_later_in_a_paragraph_about_the_fair_are_its_totals() -> None:
    text = (
        "第九届中国—南亚博览会在昆明闭幕。本届博览会的论坛注重务实。"
        "经贸合作讲求实效：签下投资合同项目235个，合同引资额为2243亿元人民币。"
    )
    facts = _facts(text)
    assert 235 in _field(facts, "signed_project_count")
    assert [a.value for a in _field(facts, "total_investment")] == [224300000000]
    other = _facts("第九届中国—南亚博览会在昆明闭幕。\n另一段：签下投资合同项目235个。")
    assert _field(other, "signed_project_count") == []  # a new paragraph


def test_contract_projects_and_a_cue_without_an_amount_first() -> None:
    facts = _facts(
        "本届南博会签约合同项目共计1181个，签约总额为6500.82亿元。"
        "会期内投资签约总额刷新纪录，重大项目共签下41个，签约总额为55.44亿元。"
    )
    assert {1181, 41} <= set(_field(facts, "signed_project_count"))
    assert 5544000000 in [a.value for a in _field(facts, "total_investment")]


def test_projects_that_reached_agreement_count() -> None:
    facts = _facts(
        "第九届中国—南亚博览会闭幕，会期中共有512个项目达成合作协议，总投资额为3920亿元。"
    )
    assert 512 in _field(facts, "signed_project_count")


def test_an_outlets_report_date_is_not_the_closing_date() -> None:
    facts = _facts("2023年5月6日\n某报5月6日报道称，第133届中国进出口商品交易会于5日闭幕。")
    assert _field(facts, "end_date") == [PartialDate(2023, 5, 5)]


def test_lasting_until_a_day_gives_the_end() -> None:
    facts = _facts("2025年5月25日\n第二十届中国—南亚博览会25日在昆明开幕，展会将一直持续到29日。")
    assert PartialDate(2025, 5, 29) in _field(facts, "end_date")


def test_a_body_shared_by_a_list_of_provinces_is_each_provinces() -> None:
    facts = _facts("第九届中国—南亚博览会由商务部以及云南、四川、贵州等三省人民政府联合主办。")
    organisers = {m.text for group in _field(facts, "organizers") for m in group}
    assert {"云南省人民政府", "四川省人民政府", "贵州省人民政府", "商务部"} <= organisers


def test_cumulative_totals_of_earlier_editions_are_not_this_editions() -> None:
    facts = _facts("第十届中国—南亚博览会闭幕。历届南博会累计签约项目3000个，总投资额2万亿元。")
    assert _field(facts, "signed_project_count") == []
    this = _facts("第十届中国—南亚博览会闭幕，共签订项目179个，总投资额为历届最高。")
    assert 179 in _field(this, "signed_project_count")


def test_hosts_before_the_fair_named_again_in_its_sentence() -> None:
    facts = _facts(
        "第九届中国—南亚博览会开幕。按照“办好南博会”的部署，云南省人民政府首次单独主办南博会。"
    )
    assert "云南省人民政府" in {m.text for g in _field(facts, "organizers") for m in g}


def test_the_verb_after_the_date_says_whether_it_opened_or_closed() -> None:
    """开展 earlier in the sentence is no opening: the fair closed on the date it names."""
    facts = _facts(
        "2024年7月10日\n集中开展洽谈交流的第十四届中国兰州投资贸易洽谈会，7月9日在兰州顺利落幕。"
    )
    assert _field(facts, "end_date") == [PartialDate(2024, 7, 9)]
    assert _field(facts, "start_date") == []


def test_a_shared_short_name_is_the_series_hosted_in_the_reports_city() -> None:
    """西洽会 names two series; a report from 西安 means the one held there, and that series'
    cadence gives the report its year."""
    doc = Document.from_text(
        "新华社西安5月23日电 第十八届西洽会暨丝博会23日在西安开幕。", source="t.txt"
    )
    ex = extract_document(doc, backend="rules")
    assert ex.document.date is not None and ex.document.date.year == 2014
    from fairgraph.resolve import resolve

    labels = sorted(e.label for e in resolve([ex]).entities if e.type == "Fair")
    assert labels == ["2014年丝绸之路国际博览会", "第18届中国东西部合作与投资贸易洽谈会"]


def test_fairs_held_as_one_event_share_the_place() -> None:
    facts = _facts("2024年6月3日\n第九届中国—南亚博览会暨2024年中国国际消费品博览会3日在昆明开幕。")
    places = {(f.fair.text, f.location.text) for f in facts if f.location is not None}
    assert places == {("第九届中国—南亚博览会", "昆明"), ("2024年中国国际消费品博览会", "昆明")}


def test_a_closing_date_and_a_stated_length_give_the_opening() -> None:
    facts = _facts("2025年7月8日\n为期五天的第九届某某国际博览会8日在西宁闭幕。")
    assert _field(facts, "start_date") == [PartialDate(2025, 7, 4)]
