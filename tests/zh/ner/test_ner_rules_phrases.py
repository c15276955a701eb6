"""Ordinary phrases read as names and names cut short (sentences and names written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import crf
from ner_helpers import sorted_spans as spans


@pytest.mark.parametrize(
    "text, end",
    [
        ("浙江省投资贸易推介会在杭州举行", 10),
        ("某省代表团新闻发布会举行", 10),
        ("打造现代物流产业集群", 10),
    ],
)
def test_events_and_clusters_are_no_organisations(lex, text, end):
    start = 2 if text.startswith("打造") else 0
    assert rules.drop_phrases([crf(text, start, end, "Organization")], text, lex) == []


def test_a_fragment_of_a_base_being_set_up_is_dropped(lex):
    text = "双方共建校企协同创新基地"
    assert rules.drop_phrases([crf(text, 4, 8, "Organization")], text, lex) == []


def test_a_centre_being_set_up_is_dropped(lex):
    text = "设立医疗器械研发中心"
    assert rules.drop_phrases([crf(text, 2, 10, "Organization")], text, lex) == []


def test_a_named_base_and_a_named_centre_stay(lex):
    text = "远航集团研发中心与某某航天基地签约"
    ms = [crf(text, 0, 8, "Organization"), crf(text, 9, 15, "Organization")]
    assert len(rules.drop_phrases(ms, text, lex)) == 2


def test_a_district_and_its_investment_is_the_district(lex):
    text = "温江区投资环境优越"
    found = rules.drop_phrases([crf(text, 0, 5, "Organization")], text, lex)
    assert spans(found) == [("温江区", "Place")]


def test_a_company_named_investment_stays(lex):
    text = "远航投资宣布"
    found = rules.drop_phrases([crf(text, 0, 4, "Organization")], text, lex)
    assert spans(found) == [("远航投资", "Organization")]


def test_china_x_compounds_name_no_country(lex):
    text = "中非经贸博览会和中阿论坛"
    ms = [crf(text, 0, 1, "Place"), crf(text, 1, 2, "Country")]
    ms += [crf(text, 8, 9, "Place"), crf(text, 9, 10, "Country")]
    assert [t for _, t in spans(rules.china_compounds(ms, text, lex))] == ["Place"] * 4
    whole = [crf(text, 0, 2, "Country")]
    assert rules.china_compounds(whole, text, lex) == []


def test_the_central_african_republic_stays(lex):
    text = "中非共和国驻华大使出席"
    assert spans(rules.china_compounds([crf(text, 0, 2, "Country")], text, lex)) == [
        ("中非", "Country")
    ]


def test_single_character_names_outside_compounds_stay(lex):
    text = "美方表示"
    assert spans(rules.china_compounds([crf(text, 0, 1, "Country")], text, lex)) == [
        ("美", "Country")
    ]


def test_a_venue_after_its_city_is_one_place(lex):
    text = "在武汉国际博览中心开幕"
    ms = [crf(text, 1, 3, "Place"), crf(text, 3, 9, "Place")]
    assert spans(rules.venues_after_cities(ms, text, lex)) == [("武汉国际博览中心", "Place")]


def test_a_venue_after_a_city_uncovered_by_the_model(lex):
    text = "在杭州会展中心开幕"
    ms = [crf(text, 1, 3, "Place")]
    assert spans(rules.venues_after_cities(ms, text, lex)) == [("杭州会展中心", "Place")]


def test_a_university_cut_at_a_person_is_one_body(lex):
    text = "尼泊尔安达卡布大学校长出席"
    ms = [crf(text, 0, 3, "Country"), crf(text, 3, 5, "Person"), crf(text, 5, 9, "Organization")]
    assert spans(rules.bodies_cut_at_persons(ms, text, lex)) == [
        ("尼泊尔安达卡布大学", "Organization")
    ]


def test_a_person_before_a_long_body_stays(lex):
    text = "王某某远航轨道科技有限公司总经理"
    ms = [crf(text, 0, 3, "Person"), crf(text, 3, 13, "Organization")]
    assert [t for _, t in spans(rules.bodies_cut_at_persons(ms, text, lex))] == [
        "Person",
        "Organization",
    ]


def test_a_trading_delegation_names_its_sender(lex):
    text = "浙江交易团签约"
    found = rules.strip_delegation([crf(text, 0, 5, "Organization")], text, lex)
    assert spans(found) == [("浙江", "Place")]


def test_a_byline_keeps_its_outlets_without_datelines(lex):
    text = "浙江日报杭州讯（新浙江·浙江日报记者某某）"
    found = rules.dateline_outlets([crf(text, 0, 16, "Organization")], text, lex)
    assert spans(found) == [("浙江日报", "Organization"), ("浙江日报", "Organization")]
    assert [m.start for m in sorted(found)] == [0, 12]


def test_an_outlet_and_its_app_keep_the_outlet(lex):
    text = "浙江新闻网·某某客户端讯 1月5日"
    found = rules.dateline_outlets([crf(text, 0, 12, "Organization")], text, lex)
    assert spans(found) == [("浙江新闻网", "Organization")]


def test_a_body_with_a_dot_but_no_outlet_stays(lex):
    text = "中国·东盟商务理事会成立"
    found = rules.dateline_outlets([crf(text, 0, 10, "Organization")], text, lex)
    assert spans(found) == [("中国·东盟商务理事会", "Organization")]


def test_an_unknown_place_before_a_body_is_part_of_its_name(lex):
    text = "两岸四地经贸交流协会成立"
    ms = [crf(text, 0, 4, "Place"), crf(text, 4, 10, "Organization")]
    assert spans(rules.place_runs_into_body(ms, text, lex)) == [
        ("两岸四地经贸交流协会", "Organization")
    ]


def test_a_known_place_before_a_body_stays_apart(lex):
    text = "杭州远航集团"  # the other rules decide on known places
    ms = [crf(text, 0, 2, "Place"), crf(text, 2, 6, "Organization")]
    assert len(rules.place_runs_into_body(ms, text, lex)) == 2


def test_a_country_and_an_uncovered_company_name_are_one_company(lex):
    text = "哈萨克斯坦粮食合同公司与某某集团签约"
    found = rules.country_company([crf(text, 0, 5, "Country")], text, lex)
    assert spans(found) == [("哈萨克斯坦粮食合同公司", "Organization")]


def test_a_country_before_generic_enterprises_stays(lex):
    text = "中国民营企业参展"
    found = rules.country_company([crf(text, 0, 2, "Country")], text, lex)
    assert spans(found) == [("中国", "Country")]


def test_a_district_after_its_city_is_a_place(lex):
    text = "成都市温江区的企业"
    found = rules.districts_after_cities([crf(text, 0, 3, "Place")], text, lex)
    assert spans(found) == [("成都市", "Place"), ("温江区", "Place")]


def test_a_district_body_is_not_cut(lex):
    text = "成都市温江区人民政府"
    found = rules.districts_after_cities([crf(text, 0, 3, "Place")], text, lex)
    assert spans(found) == [("成都市", "Place")]


def test_a_country_the_model_called_a_place_takes_its_company(lex):
    text = "某某集团分别与俄罗斯联合粮食公司、哈萨克斯坦粮食合同公司签署协议"
    found = rules.country_company([crf(text, 17, 22, "Place")], text, lex)
    assert spans(found) == [("哈萨克斯坦粮食合同公司", "Organization")]


@pytest.mark.parametrize("text", ["美国一家小型咨询公司倒闭", "香港上市公司公告"])
def test_a_country_before_a_described_company_stays(lex, text):
    found = rules.country_company([crf(text, 0, 2, "Country")], text, lex)
    assert [m.text for m in found] == [text[:2]]


@pytest.mark.parametrize("name", ["组委会", "大会组委会", "商协会", "性商协会"])
def test_a_body_named_by_its_kind_alone_is_no_name(lex, name):
    text = f"感谢{name}的支持"
    assert rules.drop_phrases([crf(text, 2, 2 + len(name), "Organization")], text, lex) == []


def test_a_committee_with_its_fair_stays(lex):
    text = "感谢某洽会组委会的支持"
    found = rules.drop_phrases([crf(text, 2, 8, "Organization")], text, lex)
    assert spans(found) == [("某洽会组委会", "Organization")]


def test_a_china_x_compound_is_no_body_but_its_centre_is(lex):
    text = "启动中国—东盟技术交易平台，设立中国—东盟中心"
    ms = [crf(text, 2, 7, "Organization"), crf(text, 16, 21, "Organization")]
    assert [m.start for m in rules.drop_phrases(ms, text, lex)] == [16]


def test_a_summit_is_no_body(lex):
    text = "某国—东盟商务与投资峰会在南宁闭幕"
    assert rules.drop_phrases([crf(text, 0, 7, "Organization")], text, lex) == []


def test_a_zone_after_its_city_is_one_place(lex):
    text = "项目将落户厦门火炬高新区。"
    found = rules.zones_after_places([crf(text, 5, 7, "Place")], text, lex)
    assert spans(found) == [("厦门火炬高新区", "Place")]


def test_a_zones_committee_is_left_to_the_body(lex):
    text = "厦门火炬高新区管委会主任出席"
    found = rules.zones_after_places([crf(text, 0, 2, "Place")], text, lex)
    assert spans(found) == [("厦门", "Place")]


def test_a_base_set_up_under_an_agreement_is_no_body(lex):
    text = "双方签署共建校企协同创新基地协议"
    assert rules.drop_phrases([crf(text, 6, 14, "Organization")], text, lex) == []


def test_a_bare_suffix_is_no_name(lex):
    text = "该集团表示"
    assert rules.drop_phrases([crf(text, 1, 3, "Organization")], text, lex) == []


def test_a_person_tag_cut_from_a_phrase_is_dropped(lex):
    text = "推动共建陆海新通道建设"
    assert rules.drop_phrases([crf(text, 4, 7, "Person")], text, lex) == []
    text = "会见了陆海新先生"
    assert len(rules.drop_phrases([crf(text, 3, 6, "Person")], text, lex)) == 1


def test_policy_slogans_are_no_names(lex):
    text = "各界关注“碳达峰、碳中和”，张华表示"
    ms = [crf(text, 5, 8, "Person"), crf(text, 9, 12, "Organization"), crf(text, 14, 16, "Person")]
    assert spans(rules.drop_phrases(ms, text, lex)) == [("张华", "Person")]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("这座口岸已成为甘肃联通全球的重要通道", 7, 13),  # 联通 as the verb "connect"
        ("展会集中展示了联通全国、汇聚产业的成果", 7, 11),
        ("为建设新时代新甘肃贡献力量", 6, 9),  # 新 + a province: a slogan
        ("主题为“共建共享合作共赢”的论坛举行", 4, 8),  # inside a quoted theme
    ],
)
def test_slogan_words_are_no_organisations(lex, text, start, end):
    assert rules.drop_phrases([crf(text, start, end, "Organization")], text, lex) == []


def test_the_company_named_lian_tong_stays(lex):
    text = "中国联通与某省政府签署协议"
    kept = rules.drop_phrases([crf(text, 0, 4, "Organization")], text, lex)
    assert spans(kept) == [("中国联通", "Organization")]


@pytest.mark.parametrize("goods", ["羊绒", "海鲜", "葡萄酒", "羊绒披肩"])
def test_goods_after_a_country_are_no_brand(lex, goods):
    text = f"展区汇集了蒙古国{goods}、日本电器等商品"
    found = rules.split_country_brand([crf(text, 5, 8 + len(goods), "Organization")], text, lex)
    assert spans(found) == [("蒙古国", "Country")]


def test_a_brand_after_a_country_is_still_a_company(lex):
    text = "展区有美国某某、德国某某参展"
    found = rules.split_country_brand([crf(text, 3, 7, "Organization")], text, lex)
    assert ("某某", "Organization") in spans(found)


def test_the_verb_connect_is_no_company_even_from_the_lexicon(lex):
    text = "这里是中国联通东南亚的陆路通道"
    found = rules.drop_phrases([mention(text, 3, 7, "Organization", origin="lexicon")], text, lex)
    assert found == []


def test_a_known_name_wins_over_a_person_cut_from_it(lex):
    text = "展区吸引了某某公司、彭博资讯等企业参展"
    found = rules.known_orgs_over_places([crf(text, 10, 12, "Person")], text, lex)
    assert spans(found) == [("彭博资讯", "Organization")]


def test_a_zone_after_a_city_the_model_missed_is_a_place(lex):
    text = "白银高新区同某某公司签订了项目合同"  # 白银 alone is no place (silver); 白银市 is
    assert spans(rules.zones_after_places([], text, lex)) == [("白银高新区", "Place")]
    text = "城市新区建设加快"  # no city before the zone word
    assert rules.zones_after_places([], text, lex) == []
    text = "白银高新区管委会与某某公司签约"  # the zone's body: no city read for it either
    assert rules.zones_after_places([], text, lex) == []


@pytest.mark.parametrize("word", ["会谈纪要", "合作意向", "换文", "友好协定"])
def test_a_country_in_a_signed_papers_title_is_the_country(lex, word):
    """《中国与某国…纪要》 names the country that signs: a paper's title (a word of
    agreement_nouns.tsv's title use) keeps its countries."""
    text = f"双方发表了《中国和乙国{word}》"
    ms = [mention(text, 6, 8, "Country"), mention(text, 9, 11, "Country")]
    assert rules.countries_in_names(ms, text, lex) == ms


def test_a_country_in_a_publications_title_is_part_of_its_name(lex):
    text = "双方发表了《中国和乙国发展报告》"
    ms = [mention(text, 6, 8, "Country"), mention(text, 9, 11, "Country")]
    assert rules.countries_in_names(ms, text, lex) == []
