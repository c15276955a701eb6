"""Foreign cities and regions against a model's cut or mistyped spans (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import crf, spans


def test_foreign_cities_read_as_persons_are_places(lex):
    text = "来自马尼拉、塔什干和杜尚别的客商"
    ms = [mention(text, 2, 5, "Person"), mention(text, 6, 9, "Person")]
    ms.append(mention(text, 10, 13, "Person"))
    assert [t for _, t in spans(rules.foreign_names_typed(ms, text, lex))] == ["Place"] * 3


def test_short_person_names_stay_persons(lex):
    text = "马里出席"  # a two-character name that is also a country
    ms = [mention(text, 0, 2, "Person")]
    assert spans(rules.foreign_names_typed(ms, text, lex)) == [("马里", "Person")]


def test_lexicon_city_replaces_a_cut_one(lex):
    text = "乌兰巴托和阿拉木图的企业"
    ms = [mention(text, 0, 3, "Place"), mention(text, 5, 9, "Place")]
    assert spans(rules.lexicon_places_win(ms, text, lex)) == [
        ("乌兰巴托", "Place"),
        ("阿拉木图", "Place"),
    ]


def test_lexicon_city_leaves_a_longer_name_alone(lex):
    text = "曼谷银行分行开业"
    ms = [mention(text, 0, 4, "Organization")]
    assert spans(rules.lexicon_places_win(ms, text, lex)) == [("曼谷银行", "Organization")]


@pytest.mark.parametrize(
    "text, start, end, expected",
    [("双方将在张江共建研发中心", 4, 6, "Place"),  # a zone read as a person
     ("企业落户横琴", 4, 6, "Place"),
     ("张江书记出席会议", 0, 2, "Person"),  # a title beside it: a person of that name
     ("会上张江表示", 2, 4, "Person")],  # a verb of saying after it
)  # fmt: skip
def test_a_zone_read_as_a_person(lex, text, start, end, expected):
    ms = [mention(text, start, end, "Person")]
    if "书记" in text:
        ms.append(mention(text, 2, 4, "Role"))
    assert spans(rules.lexicon_places_win(ms, text, lex))[0] == (text[start:end], expected)


@pytest.mark.parametrize(
    "text, parts",
    [
        ("哈萨克斯坦阿拉木图", [("哈萨克斯坦", "Country"), ("阿拉木图", "Place")]),
        ("俄罗斯联邦滨海边疆区", [("俄罗斯联邦", "Country"), ("滨海边疆区", "Place")]),
        ("吉尔吉斯共和国伊塞克湖州", [("吉尔吉斯共和国", "Country"), ("伊塞克湖州", "Place")]),
    ],
)
def test_country_and_region_split(lex, text, parts):
    ms = [mention(text, 0, len(text), "Place")]
    assert spans(rules.split_country_region(ms, text, lex)) == parts


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "吉尔吉斯共和国伊塞克湖州代表团",
            [("吉尔吉斯共和国", "Country"), ("伊塞克湖州", "Place")],
        ),
        ("韩国京畿道经济代表团", [("韩国", "Country"), ("京畿道", "Place")]),
        ("阿联酋迪拜代表团", [("阿联酋", "Country"), ("迪拜", "Place")]),
        ("泰国政府代表团", [("泰国政府", "Organization")]),
    ],
)
def test_delegation_sender_split(lex, text, parts):
    ms = [mention(text, 0, len(text), "Organization")]
    assert spans(rules.strip_delegation(ms, text, lex)) == parts


def test_a_delegation_of_an_unknown_sender_is_no_organisation(lex):
    text = "某某经济代表团"
    ms = [mention(text, 0, len(text), "Organization")]
    assert spans(rules.strip_delegation(ms, text, lex)) == []
    trading = "某某交易团"  # a province's trading group at a fair is a body of its own
    kept = [mention(trading, 0, len(trading), "Organization")]
    assert spans(rules.strip_delegation(kept, trading, lex)) == [(trading, "Organization")]


def test_foreign_city_government_is_one_body(lex):
    text = "河内市人民委员会与阿拉木图市政厅代表座谈"
    ms = [mention(text, 0, 2, "Place"), mention(text, 9, 16, "Place")]
    assert spans(rules.foreign_city_halls(ms, text, lex)) == [
        ("河内市人民委员会", "Organization"),
        ("阿拉木图市政厅", "Organization"),
    ]


def test_foreign_city_government_swallows_a_city_read_as_a_person(lex):
    text = "他代表胡志明市人民委员会致辞"
    ms = [
        mention(text, 1, 3, "Role"),
        mention(text, 3, 6, "Person"),
        mention(text, 6, 12, "Organization"),
    ]
    assert spans(rules.apply_rules(ms, text, lex)) == [
        ("代表", "Role"),
        ("胡志明市人民委员会", "Organization"),
    ]


@pytest.mark.parametrize("text", ["曼谷市长出席开幕式", "曼谷市场需求旺盛", "曼谷政府官员"])
def test_foreign_city_without_a_city_body_stays_a_place(lex, text):
    ms = [mention(text, 0, 2, "Place")]
    assert spans(rules.foreign_city_halls(ms, text, lex)) == [("曼谷", "Place")]


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("项目落户海口江东新区。", [(4, 6, "Place"), (6, 10, "Place")], "海口江东新区"),
        ("重庆两江新区推介会举行", [(0, 2, "Place"), (2, 6, "Organization")], "重庆两江新区"),
    ],
)
def test_city_and_its_new_area_are_one_place(lex, text, cut, whole):
    ms = [mention(text, s, e, kind) for s, e, kind in cut]
    assert spans(rules.apply_rules(ms, text, lex)) == [(whole, "Place")]


def test_a_foreign_place_cut_short_after_its_country_takes_its_head_back(lex):
    text = "兰州市与土耳其开塞利市签署协议"
    ms = [crf(text, 4, 7, "Country"), crf(text, 8, 11, "Place")]
    assert spans(rules.foreign_place_heads(ms, text, lex)) == [
        ("土耳其", "Country"),
        ("开塞利市", "Place"),
    ]


def test_a_word_between_a_country_and_a_chinese_place_is_not_a_name_head(lex):
    text = "韩国驻上海总领事馆"
    ms = [crf(text, 0, 2, "Country"), crf(text, 3, 5, "Place")]
    assert spans(rules.foreign_place_heads(ms, text, lex))[1] == ("上海", "Place")
