"""Tibetan and Japanese names, and names after a Malaysian honorific (names invented here)."""

from __future__ import annotations

from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import crf
from ner_helpers import sorted_spans as spans


def test_a_tibetan_name_after_a_title_is_one_person(lex):
    text = "副州长扎西多杰出席活动"
    ms = [mention(text, 0, 3, "Role"), crf(text, 4, 7, "Person")]
    assert spans(rules.tibetan_names(ms, text, lex)) == [("副州长", "Role"), ("扎西多杰", "Person")]


def test_a_tibetan_name_the_model_missed_is_found_between_boundaries(lex):
    text = "会上，索南达杰表示，合作前景广阔"
    assert spans(rules.tibetan_names([], text, lex)) == [("索南达杰", "Person")]


def test_syllables_inside_other_words_are_no_name(lex):
    text = "达瓦多杰牌青稞酒"  # no boundary after the syllables
    assert rules.tibetan_names([], text, lex) == []
    place = "扎西卓玛"  # a mention of another type keeps its text
    assert spans(rules.tibetan_names([mention(place, 0, 4, "Place")], place, lex)) == [
        ("扎西卓玛", "Place")
    ]


def test_a_japanese_family_name_takes_its_given_name(lex):
    text = "株式会社社长田中一郎表示"
    got = rules.japanese_names([crf(text, 6, 8, "Person")], text, lex)
    assert spans(got) == [("田中一郎", "Person")]
    text = "田中说"  # nothing more to take
    assert spans(rules.japanese_names([crf(text, 0, 2, "Person")], text, lex)) == [
        ("田中", "Person")
    ]


def test_a_tibetan_name_after_a_title_the_model_did_not_tag(lex):
    text = "州委书记扎西多杰，州长出席"
    got = rules.tibetan_names([crf(text, 0, 2, "Organization")], text, lex)
    assert ("扎西多杰", "Person") in spans(got)


def test_a_verb_after_a_japanese_family_name_is_no_given_name(lex):
    text = "小林表示，合作前景广阔"
    assert spans(rules.japanese_names([crf(text, 0, 2, "Person")], text, lex)) == [
        ("小林", "Person")
    ]


def test_a_name_after_an_honorific_is_the_person_kept_whole(lex):
    text = "主席拿督斯里黄家泉表示欢迎"  # the model read the honorific as a name, cut the name
    ms = [mention(text, 0, 2, "Role"), crf(text, 2, 6, "Person"), crf(text, 6, 7, "Person")]
    assert spans(rules.honorific_names(ms, text, lex)) == [("主席", "Role"), ("黄家泉", "Person")]
    text = "会长丹斯里林国璋致辞"  # honorific and name read as one
    ms = [mention(text, 0, 2, "Role"), crf(text, 2, 8, "Person")]
    assert spans(rules.honorific_names(ms, text, lex)) == [("会长", "Role"), ("林国璋", "Person")]
    text = "前总理敦马哈蒂尔会见了代表团"
    ms = [mention(text, 0, 3, "Role"), crf(text, 3, 8, "Person")]
    assert spans(rules.honorific_names(ms, text, lex)) == [
        ("前总理", "Role"),
        ("马哈蒂尔", "Person"),
    ]


def test_a_one_character_honorific_needs_the_model_s_person(lex):
    text = "敦煌市副市长出席"
    ms = [crf(text, 0, 3, "Place"), mention(text, 3, 6, "Role")]
    assert spans(rules.honorific_names(ms, text, lex)) == [("敦煌市", "Place"), ("副市长", "Role")]
