"""Each rule of the NER rule layer on sentences written for the test."""

from __future__ import annotations

import pytest

from fairgraph.model import Mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.ner import rules
from fairgraph.zh.ner.patterns import pattern_mentions
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import spans


def test_trim_punctuation_keeps_inner_bracket(lex):
    text = "“中国（青海）国际展览中心”今天开放"
    ms = [mention(text, 0, 13, "Organization")]
    assert spans(rules.trim_punctuation(ms, text, lex)) == [
        ("中国（青海）国际展览中心", "Organization")
    ]


def test_strip_caption_suffix(lex):
    text = "图为签约现场。新华社记者张伟摄"
    ms = [mention(text, 12, 15, "Person")]
    assert spans(rules.strip_caption_suffix(ms, text, lex)) == [("张伟", "Person")]


def test_caption_suffix_needs_a_two_character_name(lex):
    text = "李摄"
    ms = [mention(text, 0, 2, "Person")]
    assert spans(rules.strip_caption_suffix(ms, text, lex)) == [("李摄", "Person")]


def test_split_title_before_and_after_person(lex):
    text = "副厅长陈晓东与刘芳副市长交谈"
    ms = [mention(text, 0, 6, "Person"), mention(text, 7, 12, "Person")]
    assert spans(rules.split_title_person(ms, text, lex)) == [
        ("副厅长", "Role"),
        ("陈晓东", "Person"),
        ("刘芳", "Person"),
        ("副市长", "Role"),
    ]


def test_split_country_region(lex):
    text = "吉尔吉斯共和国伊塞克湖州代表团抵达西宁"
    ms = [mention(text, 0, 12, "Place")]
    assert spans(rules.split_country_region(ms, text, lex)) == [
        ("吉尔吉斯共和国", "Country"),
        ("伊塞克湖州", "Place"),
    ]


def test_home_country_prefix_is_not_split(lex):
    text = "中国青海省"
    ms = [mention(text, 0, 5, "Place")]
    assert spans(rules.split_country_region(ms, text, lex)) == [("中国青海省", "Place")]


def test_extend_org_left_over_place_and_head(lex):
    text = "来自青海省工业和信息化厅的消息"
    ms = [mention(text, 8, 12, "Organization")]
    assert ms[0].text == "信息化厅"
    assert spans(rules.extend_org_left(ms, text, lex)) == [("青海省工业和信息化厅", "Organization")]


def test_extend_org_left_keeps_digits_and_latin(lex):
    text = "与360数字安全集团有限公司签约"
    ms = [mention(text, 4, 14, "Organization")]
    assert ms[0].text == "数字安全集团有限公司"
    assert spans(rules.extend_org_left(ms, text, lex)) == [
        ("360数字安全集团有限公司", "Organization")
    ]


def test_extend_org_left_ignores_lowercase_and_suffixless_runs(lex):
    text = "曼城vs曼联，与360集团签约"
    ms = [mention(text, 4, 6, "Organization"), mention(text, 11, 13, "Organization")]
    out = spans(rules.extend_org_left(ms, text, lex))
    assert out == [("曼联", "Organization"), ("360集团", "Organization")]


def test_extend_org_left_chains_places(lex):
    text = "由深圳市福田区人民法院审理"
    ms = [mention(text, 7, 11, "Organization")]
    assert spans(rules.extend_org_left(ms, text, lex)) == [("深圳市福田区人民法院", "Organization")]


def test_extend_org_left_stops_at_function_words(lex):
    text = "青海省召开商务厅会议"
    ms = [mention(text, 5, 8, "Organization")]
    assert spans(rules.extend_org_left(ms, text, lex)) == [("商务厅", "Organization")]


def test_extend_org_right_takes_suffix_but_not_a_title(lex):
    text = "甘肃省人民政府和青海省商务厅长"
    ms = [mention(text, 0, 5, "Organization"), mention(text, 8, 13, "Organization")]
    out = rules.extend_org_right(ms, text, lex)
    assert spans(out) == [("甘肃省人民政府", "Organization"), ("青海省商务", "Organization")]


def test_fix_types_from_lexicon(lex):
    text = "冰岛和西宁市"
    ms = [mention(text, 0, 2, "Place"), mention(text, 3, 6, "Organization")]
    assert spans(rules.fix_types(ms, text, lex)) == [("冰岛", "Country"), ("西宁市", "Place")]


def test_org_subtype_by_suffix(lex):
    text = "青海省商务厅、金川集团股份有限公司、青海大学、星光合唱"
    ms = [
        mention(text, 0, 6, "Organization"),
        mention(text, 7, 17, "Organization"),
        mention(text, 18, 22, "Organization"),
        mention(text, 23, 27, "Organization"),
    ]
    assert [m.subtype for m in rules.org_subtype(ms, text, lex)] == [
        "Government",
        "Company",
        "Other",
        None,
    ]


def test_drop_impossible(lex):
    text = "王说的和平发展，张三丰"
    ms = [
        mention(text, 0, 1, "Person"),  # single character
        mention(text, 1, 3, "Organization"),  # ends with 的
        mention(text, 3, 7, "Place"),  # starts with 和
        mention(text, 8, 11, "Person"),
    ]
    assert spans(rules.drop_impossible(ms, text, lex)) == [("张三丰", "Person")]


def test_fill_from_lexicon_only_where_free(lex):
    text = "冰岛驻华大使会见青海省代表"
    ms = [mention(text, 0, 6, "Organization")]
    out = rules.fill_from_lexicon(ms, text, lex)
    assert ("冰岛", "Country") not in spans(out)
    assert ("青海省", "Place") in spans(out)


def test_resolve_overlaps_prefers_model_spans(lex):
    text = "青海省人民政府"
    ms = [
        Mention(0, 3, "青海省", "Place", None, "lexicon"),
        Mention(0, 7, "青海省人民政府", "Organization", None, "crf"),
    ]
    assert spans(rules.resolve_overlaps(ms, text, lex)) == [("青海省人民政府", "Organization")]


def test_apply_rules_output_sorted_and_disjoint(lex):
    text = "副省长刘强与哈萨克斯坦共和国阿拉木图州州长会谈。"
    ms = [mention(text, 0, 5, "Person"), mention(text, 6, 19, "Place")]
    out = rules.apply_rules(ms, text, lex)
    assert out == sorted(out)
    assert all(not a.overlaps(b) for a, b in zip(out, out[1:], strict=False))
    assert ("刘强", "Person") in spans(out)
    assert ("哈萨克斯坦共和国", "Country") in spans(out)


def test_patterns_find_org_after_place_and_person_after_title(lex):
    text = "西宁市商务局局长张建国介绍，宁波舟山港集团有限公司参会。"
    found = spans(pattern_mentions(text, lex))
    assert ("西宁市商务局", "Organization") in found
    assert ("张建国", "Person") in found
    assert ("宁波舟山港集团有限公司", "Organization") in found


def test_place_with_org_suffix_becomes_organisation(lex):
    text = "甘肃省人民政府副省长、美国政府官员和青海省长"
    ms = [
        mention(text, 0, 3, "Place"),
        mention(text, 11, 13, "Country"),
        mention(text, 18, 21, "Place"),
    ]
    out = spans(rules.place_with_org_suffix(ms, text, lex))
    assert out[0] == ("甘肃省人民政府", "Organization")
    assert out[1] == ("美国", "Country")  # a national government stays the country
    assert out[2] == ("青海省", "Place")  # 省长 is a title, not 省 + suffix


def test_strip_delegation_names_the_sender(lex):
    text = "新疆生产建设兵团代表团和冰岛代表团、青海大学访问团"
    ms = [
        mention(text, 0, 11, "Organization"),
        mention(text, 12, 17, "Organization"),
        mention(text, 18, 25, "Organization"),
    ]
    assert spans(rules.strip_delegation(ms, text, lex)) == [
        ("新疆生产建设兵团", "Organization"),
        ("冰岛", "Country"),
        ("青海大学", "Organization"),
    ]


def test_country_before_posting_is_cut(lex):
    text = "蒙古国驻华大使"
    ms = [mention(text, 0, 5, "Place", origin="crf")]
    assert spans(rules.split_country_region(ms, text, lex)) == [("蒙古国", "Country")]


def test_bare_surname_before_honorific_is_dropped(lex):
    text = "黄先生和中美两国"
    ms = [
        Mention(0, 1, "黄", "Person", None, "crf"),
        Mention(4, 5, "中", "Place", None, "crf"),
        Mention(5, 6, "美", "Place", None, "crf"),
        Mention(6, 7, "两", "Place", None, "rule"),
    ]
    assert spans(rules.drop_impossible(ms, text, lex)) == [("中", "Place"), ("美", "Place")]


def test_a_whole_country_name_is_not_split(lex):
    text = "吉尔吉斯共和国和哈萨克斯坦共和国"
    ms = [mention(text, 0, 7, "Place"), mention(text, 8, 16, "Place")]
    assert spans(rules.split_country_region(ms, text, lex)) == spans(ms)


def test_known_title_beats_one_character_place(lex):
    text = "冰岛驻华大使表示"
    ms = [Mention(0, 2, "冰岛", "Country", None, "crf"), Mention(3, 4, "华", "Place", None, "crf")]
    out = spans(rules.prefer_lexicon_titles(ms, text, lex))
    assert ("驻华大使", "Role") in out and ("华", "Place") not in out
    assert ("冰岛", "Country") in out


def test_split_person_list(lex):
    from fairgraph.zh.ner.names import split_person_list

    text = "主席团成员王群韦钰、刘国光关山月和司马相如"
    ms = [
        Mention(5, 9, "王群韦钰", "Person", None, "crf"),
        Mention(10, 16, "刘国光关山月", "Person", None, "crf"),
        Mention(17, 21, "司马相如", "Person", None, "crf"),
    ]
    assert [m.text for m in split_person_list(ms, text, lex)] == [
        "王群",
        "韦钰",
        "刘国光",
        "关山月",
        "司马相如",
    ]


def test_person_list_split_needs_surnames(lex):
    from fairgraph.zh.ner.names import split_person_list

    text = "阿沛·阿旺晋美和布赫铁木尔"
    ms = [Mention(0, 7, "阿沛·阿旺晋美", "Person"), Mention(8, 13, "布赫铁木尔", "Person")]
    assert split_person_list(ms, text, lex) == ms


def test_a_known_short_name_running_into_a_longer_company_name_takes_it():
    text = "潍柴动力股份有限公司董事长出席"  # the lexicon knows 潍柴 (general knowledge)
    found = rules.fill_from_lexicon([], text, load_lexicon())
    assert [(m.text, m.type) for m in found] == [
        ("潍柴动力股份有限公司", "Organization"),
        ("董事长", "Role"),
    ]


def test_a_known_short_name_before_a_title_stays_short():
    text = "潍柴董事长出席"
    found = rules.fill_from_lexicon([], text, load_lexicon())
    assert [m.text for m in found] == ["潍柴", "董事长"]


@pytest.mark.parametrize(
    ("text", "body"),
    [("其中，县政府与两家企业签订协议", "县政府"), ("会上，市人民政府与客商座谈", "市人民政府"),
     ("其中，区政府与企业签约", "区政府"), ("某某代表州政府与企业签约", "州政府")],
)  # fmt: skip
def test_level_government_opening_a_clause_is_a_body(lex, text, body):
    assert (body, "Organization") in spans(rules.apply_rules([], text, lex))


@pytest.mark.parametrize("text", ["其中，县政府办公室牵头", "全区政府投资", "全县政府投资"])
def test_level_government_needs_a_clause_start_and_no_longer_name(lex, text):
    from fairgraph.zh.ner.rules_orgs import level_governments

    assert level_governments([], text, lex) == []


def test_a_ministry_does_not_grow_over_a_government_named_before_it(lex):
    text = "甘肃省人民政府和中国外交部共同主办"
    ms = [
        mention(text, 0, 7, "Organization", origin="crf"),
        mention(text, 8, 13, "Organization", origin="crf"),
    ]
    assert spans(rules.extend_org_left(ms, text, lex)) == [
        ("甘肃省人民政府", "Organization"),
        ("中国外交部", "Organization"),
    ]


def test_a_government_is_no_field_of_a_ministry(lex):
    text = "甘肃省人民政府和国家商务部共同主办"
    ms = [
        mention(text, 0, 7, "Organization", origin="crf"),
        mention(text, 8, 13, "Organization", origin="crf"),
    ]
    found = spans(rules.place_departments(ms, text, lex))
    assert ("甘肃省人民政府和国家商务部", "Organization") not in found


def test_a_meeting_verb_after_a_place_is_no_part_of_a_company(lex):
    text = "省长在兰州会见了中国华能集团有限公司董事长"
    ms = [
        mention(text, 3, 5, "Place", origin="crf"),
        mention(text, 8, 18, "Organization", origin="crf"),
    ]
    found = spans(rules.join_fragments(ms, text, lex))
    assert ("中国华能集团有限公司", "Organization") in found


def test_a_title_then_a_name_with_the_surname_qiu_is_a_person(lex):
    text = "某某局局长丘明远出席"
    found = spans(rules.person_after_title([mention(text, 3, 5, "Role")], text, lex))
    assert ("丘明远", "Person") in found


def test_a_place_and_a_bracketed_place_head_a_bodys_name(lex):
    text = "中国（甘肃）国际贸易投资促进中心主任出席"
    ms = [
        mention(text, 0, 2, "Country", origin="crf"),
        mention(text, 3, 5, "Place", origin="crf"),
        mention(text, 6, 16, "Organization", origin="crf"),
    ]
    assert spans(rules.bracketed_place_bodies(ms, text, lex)) == [
        ("中国（甘肃）国际贸易投资促进中心", "Organization")
    ]


@pytest.mark.parametrize(
    ("text", "end", "org"),
    [
        ("成都交投与某集团签约", 2, "成都交投"),
        ("临夏州国投与某新区签署协议", 3, "临夏州国投"),
        # the suffix rule takes 城投; 集团 is extend_org_right's
        ("某某市城投集团", 3, "某某市城投"),
    ],
)
def test_a_place_before_an_investment_short_form_is_a_company(lex, text, end, org):
    ms = [mention(text, 0, end, "Place")]
    assert spans(rules.place_with_org_suffix(ms, text, lex))[0] == (org, "Organization")


def test_a_place_the_model_ran_into_an_investment_short_form_gives_it_back(lex):
    text = "贵阳城投、遵义交投分别与某集团签约"
    ms = [mention(text, 0, 3, "Place")]
    assert spans(rules.place_with_org_suffix(ms, text, lex)) == [("贵阳城投", "Organization")]


def test_a_place_that_invests_is_no_investment_group(lex):
    text = "甘肃省能投资建设新项目"
    ms = [mention(text, 0, 3, "Place")]
    assert spans(rules.place_with_org_suffix(ms, text, lex)) == [("甘肃省", "Place")]


@pytest.mark.parametrize("verb", ["签署协议", "签约", "分别与某市签约"])
def test_a_known_name_the_model_ran_into_a_signing_verb_ends_before_it(lex, verb):
    text = "某市与中国建筑" + verb
    ms = [mention(text, 3, 9, "Organization", origin="crf")]
    assert spans(rules.known_orgs_before_verbs(ms, text, lex)) == [("中国建筑", "Organization")]
