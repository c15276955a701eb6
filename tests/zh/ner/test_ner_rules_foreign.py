"""Foreign ministries named by their fields, and ministers' titles (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from fairgraph.zh.ner.rules_foreign import is_field_list, ministry_end, place_departments
from ner_helpers import spans


@pytest.mark.parametrize(
    "text, name",
    [
        ("马来西亚投资、贸易和工业部副部长出席开幕式。", "马来西亚投资、贸易和工业部"),
        ("印度尼西亚海洋与投资统筹部部长致辞。", "印度尼西亚海洋与投资统筹部"),
        ("俄罗斯联邦工业和贸易部代表团参观展馆。", "俄罗斯联邦工业和贸易部"),
        ("哈萨克斯坦共和国贸易和一体化部部长出席。", "哈萨克斯坦共和国贸易和一体化部"),
        ("老挝计划与投资部官员参加洽谈。", "老挝计划与投资部"),
        ("新加坡国际企业发展局与会。", "新加坡国际企业发展局"),
        ("泰国投资促进委员会推介项目。", "泰国投资促进委员会"),
    ],
)
def test_foreign_ministry_is_one_organization(lex, text, name):
    found = rules.foreign_ministries([], text, lex)
    assert (name, "Organization") in spans(found)


def test_a_cut_ministry_and_its_country_give_way(lex):
    text = "马来西亚投资、贸易和工业部副部长出席"
    ms = [mention(text, 0, 4, "Country"), mention(text, 10, 13, "Organization")]
    ms.append(mention(text, 13, 16, "Role"))
    assert spans(rules.foreign_ministries(ms, text, lex)) == [
        ("马来西亚投资、贸易和工业部", "Organization"),
        ("副部长", "Role"),
    ]


def test_a_list_of_ministries_stays_a_list(lex):
    text = "泰国商业部、巴基斯坦商务部和越南工贸部的代表出席"
    found = spans(rules.foreign_ministries([], text, lex))
    assert found == [
        ("泰国商业部", "Organization"),
        ("巴基斯坦商务部", "Organization"),
        ("越南工贸部", "Organization"),
    ]


def test_home_ministries_and_lists_without_country_are_left_alone(lex):
    assert rules.foreign_ministries([], "商务部、外交部有关负责人出席", lex) == []
    assert rules.foreign_ministries([], "中国商务部部长出席", lex) == []


@pytest.mark.parametrize(
    "text",
    [
        "泰国商业部长出席",  # a title, not a body
        "泰国有关部门负责人",
        "泰国四国签署宣言",
        "泰国产业布局调整",
        "墨西哥大使王某、外交部副部长",  # a title and a name are no fields
        "泰国东部经济走廊",
    ],
)
def test_no_ministry_where_none_is_named(lex, text):
    assert rules.foreign_ministries([], text, lex) == []


def test_a_ministry_does_not_swallow_a_person(lex):
    text = "日本企业家甘某和经济部代表"
    ms = [mention(text, 5, 7, "Person")]
    assert spans(rules.foreign_ministries(ms, text, lex)) == [("甘某", "Person")]


def test_field_list(lex):
    assert is_field_list("国际贸易及工业", lex)
    assert not is_field_list("商务部和越南工贸", lex)
    assert not is_field_list("", lex)
    assert ministry_end("越南工贸部部长", 2, lex) == 5


def test_extend_org_left_stops_at_a_finished_body(lex):
    text = "巴基斯坦商务部和越南工贸部的代表"
    ms = [mention(text, 4, 7, "Organization"), mention(text, 8, 13, "Organization")]
    found = spans(rules.extend_org_left(ms, text, lex))
    assert ("巴基斯坦商务部", "Organization") in found
    assert ("越南工贸部", "Organization") in found


def test_extend_org_left_still_crosses_a_joined_field(lex):
    text = "青海省工业和信息化厅副厅长"
    ms = [mention(text, 6, 10, "Organization")]
    assert spans(rules.extend_org_left(ms, text, lex)) == [("青海省工业和信息化厅", "Organization")]


def test_minister_title_takes_its_fields(lex):
    text = "英国商业和贸易大臣韩某出席"
    ms = [mention(text, 0, 2, "Country"), mention(text, 7, 9, "Role")]
    assert spans(rules.extend_minister_title(ms, text, lex)) == [
        ("英国", "Country"),
        ("商业和贸易大臣", "Role"),
    ]


def test_minister_title_needs_a_holder_before_the_fields(lex):
    text = "他说商业和贸易大臣"
    ms = [mention(text, 7, 9, "Role")]
    assert spans(rules.extend_minister_title(ms, text, lex)) == [("大臣", "Role")]


def test_rules_backend_reads_a_foreign_ministry():
    from fairgraph.zh.ner import recognize

    found = spans(recognize("老挝计划与投资部副部长出席。", backend="rules"))
    assert ("老挝计划与投资部", "Organization") in found


def test_place_department_with_joined_fields_is_one_body(lex):
    text = "山东省住房和城乡建设厅与企业座谈"
    ms = [mention(text, 0, 3, "Place"), mention(text, 9, 11, "Organization")]
    assert spans(place_departments(ms, text, lex)) == [("山东省住房和城乡建设厅", "Organization")]


def test_place_department_in_the_chain(lex):
    text = "云南省旅游和文化广电体育厅厅长到会"
    ms = [mention(text, 0, 3, "Place"), mention(text, 10, 13, "Organization")]
    assert spans(rules.apply_rules(ms, text, lex)) == [
        ("云南省旅游和文化广电体育厅", "Organization"),
        ("厅长", "Role"),
    ]


@pytest.mark.parametrize(
    "text",
    ["四川省西南部和东部发展较快", "海南省商务厅、旅游厅参加", "甘肃省文化和旅游厅长李明"],
)
def test_place_department_needs_joined_fields_and_a_body(lex, text):
    ms = [mention(text, 0, 3, "Place")]
    assert spans(place_departments(ms, text, lex)) == [(text[:3], "Place")]


def test_words_ending_in_bu_are_no_departments(lex):
    """…地标和设施全部纳入: 全部 (all) ends a phrase, not a department's name."""
    text = "把故宫、金融街等北京重要地标和功能设施全部纳入展会统筹资源。"
    found = place_departments([mention(text, 8, 10, "Place")], text, lex)
    assert all(m.type != "Organization" for m in found)
