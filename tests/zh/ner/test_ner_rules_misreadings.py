"""Common misreadings of the model (sentences written here)."""

from __future__ import annotations

from fairgraph.zh.ner import rules
from fairgraph.zh.ner.rules_common import mention
from ner_helpers import crf
from ner_helpers import sorted_spans as spans


def test_a_side_is_no_person_but_a_name_is(lex):
    text = "俄方愿加强合作，方明表示"
    ms = [crf(text, 0, 3, "Person"), crf(text, 8, 10, "Person")]
    assert spans(rules.not_sides(ms, text, lex)) == [("方明", "Person")]


def test_slogans_in_a_theme_name_nobody_but_places_stay(lex):
    text = "本届展会以“携手东盟 共建家园”为主题，在南宁举行"
    ms = [crf(text, 8, 10, "Place"), crf(text, 13, 15, "Organization"), crf(text, 21, 23, "Place")]
    assert spans(rules.not_in_themes(ms, text, lex)) == [("东盟", "Place"), ("南宁", "Place")]


def test_a_company_bringing_a_product_ends_before_bringing(lex):
    text = "某某科技携新品亮相，携程集团参展"
    ms = [crf(text, 0, 7, "Organization"), crf(text, 10, 14, "Organization")]
    assert spans(rules.cut_at_bringing(ms, text, lex)) == [
        ("某某科技", "Organization"),
        ("携程集团", "Organization"),
    ]


def test_committee_and_title_read_as_one_body(lex):
    text = "市委常委某某出席"
    got = rules.committee_titles([crf(text, 0, 4, "Organization")], text, lex)
    assert spans(got) == [("市委", "Organization"), ("常委", "Role")]
    text = "某某委员会出席"  # a body's own name stays
    assert spans(rules.committee_titles([crf(text, 0, 5, "Organization")], text, lex)) == [
        ("某某委员会", "Organization")
    ]


def test_title_heads_go_back_to_the_title(lex):
    text = "某某集团首席执行官某某"
    ms = [crf(text, 0, 6, "Organization"), mention(text, 6, 9, "Role")]
    assert spans(rules.title_heads_back(ms, text, lex)) == [
        ("某某集团", "Organization"),
        ("首席执行官", "Role"),
    ]


def test_shares_are_no_persons(lex):
    text = "出口增长近两成，张成出席"
    ms = [crf(text, 4, 7, "Person"), crf(text, 8, 10, "Person")]
    assert spans(rules.not_sides(ms, text, lex)) == [("张成", "Person")]


def test_known_companies_read_as_persons_or_places(lex):
    text = "与赛诺菲、诺和诺德签约，诺和诺德大中华区总裁出席"
    ms = [crf(text, 1, 4, "Person"), crf(text, 5, 9, "Place")]
    assert spans(rules.known_companies_win(ms, text, lex)) == [
        ("赛诺菲", "Organization"),
        ("诺和诺德", "Organization"),
    ]


def test_a_company_cut_into_pieces_is_whole_again(lex):
    text = "与安徽江淮汽车集团股份有限公司签约"
    ms = [crf(text, 1, 3, "Place"), crf(text, 3, 4, "Place"), crf(text, 4, 5, "Place")]
    ms.append(crf(text, 5, 15, "Organization"))
    assert spans(rules.join_fragments(ms, text, lex)) == [
        ("安徽江淮汽车集团股份有限公司", "Organization")
    ]
    text = "与白俄罗斯别拉斯公司签约"  # one untagged character after the country
    ms = [crf(text, 1, 5, "Place"), crf(text, 6, 10, "Organization")]
    assert spans(rules.join_fragments(ms, text, lex))[1] == ("别拉斯公司", "Organization")
    text = "美国和某某公司签约"  # a conjunction stays out
    ms = [crf(text, 0, 2, "Country"), crf(text, 3, 7, "Organization")]
    assert spans(rules.join_fragments(ms, text, lex))[1] == ("某某公司", "Organization")
    text = "青海省某某公司签约"  # a place before a whole name stays apart
    ms = [crf(text, 0, 3, "Place"), crf(text, 3, 7, "Organization")]
    assert spans(rules.join_fragments(ms, text, lex)) == [
        ("青海省", "Place"),
        ("某某公司", "Organization"),
    ]


def test_a_name_ending_in_a_conjunction_before_punctuation_or_saying(lex):
    for text, name in (("省长闵某和，副省长出席", "闵某和"), ("副主席白某和表示，", "白某和")):
        start = text.index(name)
        got = rules.apply_rules([crf(text, start, start + 2, "Person")], text, lex)
        assert (name, "Person") in spans(got)
    text = "王明和李强出席"  # a real conjunction between two names
    ms = [crf(text, 0, 2, "Person"), crf(text, 3, 5, "Person")]
    assert spans(rules.names_ending_in_conjunctions(ms, text, lex)) == [
        ("王明", "Person"),
        ("李强", "Person"),
    ]


def test_a_division_and_its_government_from_the_lexicon(lex):
    text = "与长沙市望城区人民政府签约"
    got = rules.fill_from_lexicon([crf(text, 1, 4, "Place")], text, lex)
    assert ("长沙市望城区人民政府", "Organization") in spans(got)


def test_a_stationed_title_leaves_the_body_its_name(lex):
    text = "某国贸易投资署驻华首席代表某某说"
    ms = [crf(text, 0, 8, "Organization"), crf(text, 8, 9, "Place")]
    assert spans(rules.stationed_titles(ms, text, lex)) == [
        ("某国贸易投资署", "Organization"),
        ("驻华首席代表", "Role"),
    ]


def test_a_company_name_cut_after_its_city_is_whole_again(lex):
    text = "宁波均胜电子股份有限公司同某集团签署"
    ms = [crf(text, 0, 2, "Place"), crf(text, 4, 12, "Organization")]
    assert spans(rules.join_fragments(ms, text, lex)) == [
        ("宁波均胜电子股份有限公司", "Organization")
    ]
    text = "在宁波与某某股份有限公司签约"  # a function word between: two mentions
    ms = [crf(text, 1, 3, "Place"), crf(text, 4, 12, "Organization")]
    assert len(rules.join_fragments(ms, text, lex)) == 2


def test_a_leading_conjunction_leaves_a_body_s_name(lex):
    text = "某县同江苏某某集团股份有限公司签约，同仁堂集团参展"
    ms = [crf(text, 2, 15, "Organization"), crf(text, 18, 23, "Organization")]
    assert spans(rules.leading_conjunctions(ms, text, lex)) == [
        ("江苏某某集团股份有限公司", "Organization"),
        ("同仁堂集团", "Organization"),
    ]


def test_three_character_names_ending_in_he_or_wei_stay_whole():
    """The model's own 王某和 before 出席 survives the rule that drops names ending in 和, and a
    name the model cut before 为 + a verb of saying gets its last character back."""
    from fairgraph.zh.ner import recognize

    for text, name in [
        ("副市长王永和出席。", "王永和"),
        ("会长孙文和说，合作前景广阔。", "孙文和"),
        ("副市长王永和等出席。", "王永和"),
        ("市长张宏为致辞。", "张宏为"),
    ]:
        assert [m.text for m in recognize(text) if m.type == "Person"] == [name], text


def test_he_and_wei_before_other_words_stay_out_of_names():
    from fairgraph.zh.ner import recognize

    for text, wrong in [
        ("副市长王永和李明出席。", "王永和"),
        ("副省长李明与与会嘉宾交流。", "李明与"),
        ("副省长李明和陪同人员合影。", "李明和"),
        ("市长李明为出席活动的嘉宾颁奖。", "李明为"),
    ]:
        found = [m.text for m in recognize(text) if m.type == "Person"]
        assert "李明" in found and wrong not in found, text
