"""Titles fused with bodies or cut in two, and names after titles (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import crf, spans


def test_give_back_title_to_a_country(lex):
    text = "泰国国务部长马某出席"
    ms = [mention(text, 0, 5, "Organization")]
    assert spans(rules.give_back_title(ms, text, lex)) == [
        ("泰国", "Country"),
        ("国务部长", "Role"),
    ]


def test_give_back_title_to_a_body(lex):
    text = "省商务厅厅长逯某主持会议"
    ms = [mention(text, 0, 5, "Organization")]
    assert spans(rules.give_back_title(ms, text, lex)) == [
        ("省商务厅", "Organization"),
        ("厅长", "Role"),
    ]


def test_give_back_title_leaves_a_council_of_ministers_whole(lex):
    text = "古巴部长会议副主席出席"
    ms = [mention(text, 0, 3, "Organization")]
    assert spans(rules.give_back_title(ms, text, lex)) == [("古巴部长会议", "Organization")]


def test_give_back_title_needs_a_known_head(lex):
    text = "越南工贸部长出席"
    ms = [mention(text, 0, 5, "Organization")]
    assert spans(rules.give_back_title(ms, text, lex)) == [("越南工贸部", "Organization")]


def test_merge_titles_over_uncovered_characters(lex):
    text = "新加坡贸易和工业部部长级政务部长林某发表讲话"
    ms = [mention(text, 9, 11, "Role"), mention(text, 12, 16, "Role")]
    assert spans(rules.merge_titles(ms, text, lex)) == [("部长级政务部长", "Role")]


def test_merge_titles_keeps_two_titles_that_make_no_title(lex):
    text = "董事长总经理"
    ms = [mention(text, 0, 3, "Role"), mention(text, 3, 6, "Role")]
    assert len(rules.merge_titles(ms, text, lex)) == 2


def test_split_org_at_a_consul_and_name(lex):
    text = "泰国驻成都总领事甘某、越南驻华大使馆参赞出席"
    ms = [mention(text, 0, 10, "Organization"), mention(text, 11, 18, "Organization")]
    assert spans(rules.split_org_at_title(ms, text, lex)) == [
        ("泰国", "Country"),
        ("驻成都总领事", "Role"),
        ("甘某", "Person"),
        ("越南驻华大使馆", "Organization"),
    ]


def test_split_org_at_a_concurrent_post(lex):
    text = "柬埔寨副总理兼商业部部长出席"
    ms = [mention(text, 0, 10, "Organization")]
    assert spans(rules.split_org_at_title(ms, text, lex)) == [
        ("柬埔寨", "Country"),
        ("副总理", "Role"),
        ("商业部", "Organization"),
    ]


def test_split_org_at_title_needs_a_name_after_it(lex):
    text = "西宁市长热线开通"
    ms = [mention(text, 0, 6, "Organization")]
    assert spans(rules.split_org_at_title(ms, text, lex)) == [("西宁市长热线", "Organization")]


@pytest.mark.parametrize(
    "text, start, name",
    [
        ("省商务厅厅长逯明远主持会议", 4, "逯明远"),
        ("副主任澹台明月出席", 0, "澹台明月"),
        ("副主席单于飞出席", 0, "单于飞"),
        ("总经理宇文晓峰表示", 0, "宇文晓峰"),
        ("市长辜文华，", 0, "辜文华"),
    ],
)
def test_person_after_title_with_rare_surnames(lex, text, start, name):
    end = max(i for i in range(start + 2, start + 5) if text[start:i] in lex.titles)
    found = rules.person_after_title([mention(text, start, end, "Role")], text, lex)
    assert (name, "Person") in spans(found)


@pytest.mark.parametrize(
    "text",
    [
        "主任宣布开幕",  # a verb, not a name
        "总统和夫人出席",
        "主任张伟出席",  # a frequent surname is the model's work
        "主任庄严的使命",
    ],
)
def test_no_person_after_title(lex, text):
    end = 2
    found = rules.person_after_title([mention(text, 0, end, "Role")], text, lex)
    assert [m.type for m in found] == ["Role"]


def test_person_after_title_leaves_covered_text(lex):
    text = "副主任澹台明月出席"
    ms = [mention(text, 0, 3, "Role"), mention(text, 3, 5, "Place")]
    assert spans(rules.person_after_title(ms, text, lex)) == spans(ms)


def test_a_surname_alone_after_a_title_takes_its_given_name():

    text = "与某某公司副总裁詹启明座谈。"
    ms = [mention(text, 5, 8, "Role"), mention(text, 8, 9, "Person", origin="crf")]
    found = rules.surname_alone(ms, text, load_lexicon())
    assert [(m.text, m.type) for m in found] == [("副总裁", "Role"), ("詹启明", "Person")]


def test_a_surname_alone_without_a_title_stays():

    text = "有请王大师上台"
    ms = [mention(text, 2, 3, "Person", origin="crf")]
    assert [m.text for m in rules.surname_alone(ms, text, load_lexicon())] == ["王"]


def test_customs_head_splits_from_the_name(lex):
    text = "南宁海关副关长刘建华介绍通关措施"
    ms = [mention(text, 0, 4, "Organization"), mention(text, 4, 10, "Person")]
    assert spans(rules.split_title_person(ms, text, lex)) == [
        ("南宁海关", "Organization"),
        ("副关长", "Role"),
        ("刘建华", "Person"),
    ]


def test_a_body_gives_back_the_head_of_the_title_after_it(lex):
    text = "某国驻华使馆商务参赞某某出席"
    ms = [crf(text, 0, 8, "Organization"), crf(text, 8, 10, "Role")]
    assert spans(rules.titles_taken_by_bodies(ms, text, lex)) == [
        ("某国驻华使馆", "Organization"),
        ("商务参赞", "Role"),
    ]


def test_a_department_keeps_its_name_before_its_heads_title(lex):
    text = "甘肃省商务厅厅长某某出席"
    ms = [crf(text, 0, 6, "Organization"), crf(text, 6, 8, "Role")]
    assert spans(rules.titles_taken_by_bodies(ms, text, lex)) == spans(ms)


def test_a_country_its_post_and_a_name_read_as_one_body_are_split(lex):
    text = "哈萨克斯坦驻西安总领事阿曼出席"
    ms = [crf(text, 0, 13, "Organization")]
    assert spans(rules.country_stationed_titles(ms, text, lex)) == [
        ("哈萨克斯坦", "Country"),
        ("驻西安总领事", "Role"),
        ("阿曼", "Person"),
    ]
    embassy = "哈萨克斯坦驻华大使馆发布"
    kept = [crf(embassy, 0, 10, "Organization")]
    assert spans(rules.country_stationed_titles(kept, embassy, lex)) == spans(kept)
