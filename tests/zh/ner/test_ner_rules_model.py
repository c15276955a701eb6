"""Model spans that join, stretch or mistype names (sentences and names written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import rules
from ner_helpers import crf
from ner_helpers import sorted_spans as spans


def test_two_bodies_joined_by_yu_are_split(lex):
    text = "青禾经济开发区与远航轨道科技有限公司签署了项目协议"
    ms = [crf(text, 0, 18, "Organization")]
    assert spans(rules.split_joined_bodies(ms, text, lex)) == [
        ("青禾经济开发区", "Organization"),
        ("远航轨道科技有限公司", "Organization"),
    ]


def test_a_body_named_with_he_stays_whole(lex):
    text = "青海省工业和信息化厅发布"
    ms = [crf(text, 0, 10, "Organization")]
    found = spans(rules.split_joined_bodies(ms, text, lex))
    assert found == [("青海省工业和信息化厅", "Organization")]


def test_a_place_running_on_into_its_predicate_is_the_place(lex):
    text = "某集团在重庆投资建设智能制造基地"
    ms = [crf(text, 4, 12, "Organization")]
    assert spans(rules.place_before_predicate(ms, text, lex)) == [("重庆", "Place")]


def test_a_place_and_a_brand_stay_one_company(lex):
    text = "北京远航在成都打造科创园"
    ms = [crf(text, 0, 4, "Organization")]
    assert spans(rules.place_before_predicate(ms, text, lex)) == [("北京远航", "Organization")]


def test_a_region_and_mutual_benefit_is_no_name(lex):
    text = "深化中国与东亚国家互利合作"
    ms = [crf(text, 5, 11, "Organization")]
    assert rules.place_before_predicate(ms, text, lex) == []


def test_zones_and_venues_are_places(lex):
    text = "青禾经济开发区与滨江国际会展中心"
    ms = [crf(text, 0, 7, "Organization"), crf(text, 8, 16, "Organization")]
    assert [t for _, t in spans(rules.zones_are_places(ms, text, lex))] == ["Place", "Place"]


def test_country_before_a_brand_in_a_list_is_split(lex):
    text = "以及法国佳美、德国福莱等跨国企业"
    ms = [crf(text, 2, 6, "Organization"), crf(text, 7, 11, "Organization")]
    assert spans(rules.split_country_brand(ms, text, lex)) == [
        ("法国", "Country"),
        ("佳美", "Organization"),
        ("德国", "Country"),
        ("福莱", "Organization"),
    ]


@pytest.mark.parametrize(
    "text, end",
    [
        ("哈萨克斯坦粮食合同公司签约", 11),  # a company suffix: one organisation
        ("日本远山株式会社签约", 4),  # the name runs on
        ("美国国会通过", 4),  # a body, not a brand
    ],
)
def test_country_and_a_full_name_stay_whole(lex, text, end):
    ms = [crf(text, 0, end, "Organization")]
    assert spans(rules.split_country_brand(ms, text, lex)) == [(text[:end], "Organization")]


def test_brands_read_as_persons_or_places_in_a_company_list(lex):
    text = "美国佳美、德国福莱、瑞典安家等企业"
    ms = [crf(text, 0, 2, "Country"), crf(text, 2, 4, "Organization")]
    ms += [crf(text, 5, 7, "Country"), crf(text, 7, 9, "Person")]
    ms += [crf(text, 10, 12, "Country"), crf(text, 12, 14, "Place")]
    found = spans(rules.brands_in_lists(ms, text, lex))
    assert [t for _, t in found] == ["Country", "Organization"] * 3


def test_persons_after_countries_without_a_company_list_stay(lex):
    text = "德国福莱出席"
    ms = [crf(text, 0, 2, "Country"), crf(text, 2, 4, "Person")]
    assert spans(rules.brands_in_lists(ms, text, lex)) == [("德国", "Country"), ("福莱", "Person")]


@pytest.mark.parametrize(
    "text, end, kept",
    [
        ("ABC集团中国区总经理出席", 8, "ABC集团"),
        ("ABC非常荣幸参展", 5, "ABC"),
        ("远航轨道科技有限公司表示", 12, "远航轨道科技有限公司"),
    ],
)
def test_trailing_words_and_divisions_leave_the_name(lex, text, end, kept):
    ms = [crf(text, 0, end, "Organization")]
    assert spans(rules.trim_trailing_words(ms, text, lex)) == [(kept, "Organization")]


def test_a_word_ending_a_name_is_kept(lex):
    text = "远航中国区公司成立"  # 中国区 before a suffix is inside the name
    ms = [crf(text, 0, 5, "Organization")]
    assert spans(rules.trim_trailing_words(ms, text, lex)) == [("远航中国区", "Organization")]


def test_items_of_a_company_list_are_companies(lex):
    text = "引进了远航钢构、福莱生态科技、安和环保等知名企业"
    ms = [crf(text, 3, 7, "Person"), crf(text, 8, 14, "Organization")]
    found = spans(rules.company_lists(ms, text, lex))
    assert found == [
        ("远航钢构", "Organization"),
        ("福莱生态科技", "Organization"),
        ("安和环保", "Organization"),
    ]


def test_a_list_of_persons_is_no_company_list(lex):
    text = "出席的有王某某、李某某等领导"
    ms = [crf(text, 4, 7, "Person"), crf(text, 8, 11, "Person")]
    assert [t for _, t in spans(rules.company_lists(ms, text, lex))] == ["Person", "Person"]


def test_a_zone_running_on_into_a_verb_is_cut(lex):
    text = "计划在滨江经济开发区建设智慧物流产业园项目"
    found = rules.cut_at_verbs([crf(text, 3, 19, "Organization")], text, lex)
    assert spans(found) == [("滨江经济开发区", "Place")]


def test_a_district_running_on_into_investment_is_the_district(lex):
    text = "将在温江区投资建设电池项目"
    found = rules.cut_at_verbs([crf(text, 2, 11, "Organization")], text, lex)
    assert spans(found) == [("温江区", "Place")]


def test_a_body_named_after_construction_stays(lex):
    text = "中国建设银行分行"  # no zone or body before 建设
    found = rules.cut_at_verbs([crf(text, 0, 6, "Organization")], text, lex)
    assert spans(found) == [("中国建设银行", "Organization")]


@pytest.mark.parametrize("name", ["杭州市建设局", "成都市投资控股集团"])
def test_bodies_named_after_a_verb_stay(lex, name):
    found = rules.cut_at_verbs([crf(name, 0, len(name), "Organization")], name, lex)
    assert spans(found) == [(name, "Organization")]


def test_a_body_named_after_a_foreign_city_leaves_its_country(lex):
    text = "与阿联酋迪拜工商会签署备忘录"
    found = rules.split_country_city_body([crf(text, 1, 9, "Organization")], text, lex)
    assert spans(found) == [("阿联酋", "Country"), ("迪拜工商会", "Organization")]


@pytest.mark.parametrize(
    "text, country, body",
    [("与越南海防市人民委员会签署", "越南", "海防市人民委员会"),
     ("与吉尔吉斯斯坦奥什州政府签署", "吉尔吉斯斯坦", "奥什州政府")],
)  # fmt: skip
def test_a_local_government_abroad_leaves_its_country(lex, text, country, body):
    org = crf(text, 1, 1 + len(country) + len(body), "Organization")
    assert spans(rules.split_country_city_body([org], text, lex)) == [
        (country, "Country"),
        (body, "Organization"),
    ]
    whole = rules.apply_rules([org], text, lex)  # the ministry rule does not join them again
    assert (body, "Organization") in spans(whole) and (country, "Country") in spans(whole)


def test_a_country_body_without_a_city_stays(lex):
    text = "与阿联酋经济部签署备忘录"
    found = rules.split_country_city_body([crf(text, 1, 7, "Organization")], text, lex)
    assert spans(found) == [("阿联酋经济部", "Organization")]


def test_a_places_firms_are_the_place(lex):
    text = "为香港企业带来机遇"
    found = rules.place_before_predicate([crf(text, 1, 5, "Organization")], text, lex)
    assert spans(found) == [("香港", "Place")]
    assert spans(rules.place_with_org_suffix([crf(text, 1, 3, "Place")], text, lex)) == [
        ("香港", "Place")
    ]


def test_a_brand_cut_into_single_characters_in_a_company_list(lex):
    text = "美国佳美、法国福莱两家企业签约"
    ms = [crf(text, 0, 2, "Country"), crf(text, 2, 4, "Organization")]
    ms += [crf(text, 5, 7, "Place"), crf(text, 7, 8, "Place")]
    found = spans(rules.brands_in_lists(ms, text, lex))
    assert found == [
        ("美国", "Country"),
        ("佳美", "Organization"),
        ("法国", "Place"),
        ("福莱", "Organization"),
    ]


def test_a_list_of_fields_is_no_company_list(lex):
    text = "集中展示了创意、教育、科技等领域的某国品牌"
    assert rules.company_lists([], text, lex) == []


def test_a_list_closed_by_leading_firms_of_an_industry_is_a_company_list(lex):
    text = "新引进远航国际、福莱希望等一批行业龙头企业"
    found = spans(rules.company_lists([crf(text, 3, 7, "Organization")], text, lex))
    assert found == [("远航国际", "Organization"), ("福莱希望", "Organization")]


def test_a_government_and_a_ministry_named_with_its_country_are_two_bodies(lex):
    text = "某省人民政府和中国外交部共同主办"
    ms = [crf(text, 0, 12, "Organization")]
    assert spans(rules.split_joined_bodies(ms, text, lex)) == [
        ("某省人民政府", "Organization"),
        ("中国外交部", "Organization"),
    ]


@pytest.mark.parametrize("intro", ["参展企业有", "签约企业包括", "入驻的企业主要有"])
def test_items_of_a_list_introduced_by_a_word_for_companies_are_companies(lex, intro):
    text = intro + "华鑫电子、金诺科技、瑞丰新材、博润能源等。"
    at = len(intro)
    ms = [crf(text, at, at + 2, "Place"), crf(text, at + 5, at + 7, "Person")]
    assert spans(rules.company_lists(ms, text, lex)) == [
        ("华鑫电子", "Organization"),
        ("金诺科技", "Organization"),
        ("瑞丰新材", "Organization"),
        ("博润能源", "Organization"),
    ]


def test_the_last_two_items_joined_by_he_are_two_companies(lex):
    text = "现场签约的有鑫源股份、蓝海集团、天祥药业和恒达物流等企业"
    ms = [crf(text, 6, 10, "Organization"), crf(text, 11, 15, "Organization")]
    ms.append(crf(text, 16, 25, "Organization"))
    assert spans(rules.company_lists(ms, text, lex))[2:] == [
        ("天祥药业", "Organization"),
        ("恒达物流", "Organization"),
    ]


def test_a_word_for_companies_before_other_words_introduces_no_list(lex):
    text = "公司有关负责人、专家学者等参加"
    assert rules.company_lists([], text, lex) == []
