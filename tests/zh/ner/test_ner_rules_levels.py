"""Titles a model cut apart from their holder (sentences and names written here)."""

from __future__ import annotations

from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import sorted_spans as spans


def test_the_level_of_a_governor_goes_back_to_the_title(lex):
    text = "浙江省长齐某某，市长某某出席"
    ms = [mention(text, 0, 3, "Place"), mention(text, 3, 5, "Place")]
    assert spans(rules.level_title_back(ms, text, lex)) == [
        ("浙江", "Place"),
        ("省长", "Role"),
        ("齐某某", "Person"),
    ]


def test_a_place_before_a_word_with_chang_stays(lex):
    text = "浙江省长期坚持开放"  # 长期: no name after a title
    ms = [mention(text, 0, 3, "Place")]
    assert spans(rules.level_title_back(ms, text, lex)) == [("浙江省", "Place")]


def test_a_company_board_goes_to_its_chairs_title(lex):
    text = "远航集团董事会主席某某某出席"
    ms = [mention(text, 0, 7, "Organization"), mention(text, 7, 9, "Role")]
    assert spans(rules.board_titles(ms, text, lex)) == [
        ("远航集团", "Organization"),
        ("董事会主席", "Role"),
    ]


def test_a_council_keeps_its_name(lex):
    text = "某国发展理事会主席某某出席"
    ms = [mention(text, 0, 7, "Organization"), mention(text, 7, 9, "Role")]
    assert spans(rules.board_titles(ms, text, lex)) == [
        ("某国发展理事会", "Organization"),
        ("主席", "Role"),
    ]


def test_board_titles_are_titles(lex):
    assert {"董事会主席", "董事总经理", "首席秘书"} <= lex.titles


def test_every_reporter_in_a_byline_is_a_person(lex):
    text = "（记者 冼海宁、邝明远 通讯员 祁某某）"
    ms = [mention(text, 1, 3, "Role"), mention(text, 6, 8, "Place")]
    ms.append(mention(text, 12, 15, "Role"))
    found = spans(rules.reporter_names(ms, text, lex))
    assert [n for n, t in found if t == "Person"] == ["冼海宁", "邝明远", "祁某某"]


def test_a_photo_credit_is_not_part_of_the_name(lex):
    text = "本报记者 王某摄"
    found = spans(rules.reporter_names([mention(text, 2, 4, "Role")], text, lex))
    assert ("王某", "Person") in found


def test_reporters_without_a_name_after_them_add_nothing(lex):
    text = "记者从发布会获悉"
    assert spans(rules.reporter_names([mention(text, 0, 2, "Role")], text, lex)) == [
        ("记者", "Role")
    ]


def test_a_reporter_spoken_to_has_no_byline(lex):
    text = "工作人员向记者解释了原因"
    found = spans(rules.reporter_names([mention(text, 5, 7, "Role")], text, lex))
    assert found == [("记者", "Role")]


def test_a_reporter_the_model_read_as_a_body_is_a_person(lex):
    text = "（记者 冼明燕 邝文博）"
    ms = [mention(text, 1, 3, "Role"), mention(text, 4, 7, "Organization", origin="crf")]
    found = spans(rules.reporter_names(ms, text, lex))
    assert [n for n, t in found if t == "Person"] == ["冼明燕", "邝文博"]


def test_a_company_cut_before_a_board_title_is_whole_again(lex):
    text = "华鑫电子董事长张某某签约，会上，金诺科技总经理王某出席"
    ms = [
        mention(text, 0, 2, "Place", origin="crf"),
        mention(text, 4, 7, "Role"),
        mention(text, 7, 10, "Person"),
        mention(text, 16, 18, "Person", origin="crf"),
        mention(text, 20, 23, "Role"),
        mention(text, 23, 25, "Person"),
    ]
    found = spans(rules.companies_before_board_titles(ms, text, lex))
    assert [m for m in found if m[1] == "Organization"] == [
        ("华鑫电子", "Organization"),
        ("金诺科技", "Organization"),
    ]


def test_a_person_before_a_board_title_or_a_known_place_stays(lex):
    text = "刘某董事长表示，兰州科技总经理出席"
    ms = [
        mention(text, 0, 2, "Person", origin="crf"),
        mention(text, 2, 5, "Role"),
        mention(text, 8, 10, "Place", origin="crf"),
        mention(text, 12, 15, "Role"),
    ]
    found = spans(rules.companies_before_board_titles(ms, text, lex))
    assert ("刘某", "Person") in found and ("兰州", "Place") in found
