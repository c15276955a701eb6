"""Branches and offices joined to their parent body (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import rules
from ner_helpers import crf
from ner_helpers import sorted_spans as spans


def test_a_branch_after_its_tagged_parent_is_one_body(lex):
    text = "某某银行股份有限公司上海市分行与某公司签约"
    ms = [crf(text, 0, 10, "Organization"), crf(text, 10, 15, "Organization")]
    assert spans(rules.join_branches(ms, text, lex))[0] == (
        "某某银行股份有限公司上海市分行",
        "Organization",
    )


def test_an_office_takes_its_untagged_parent_and_country(lex):
    text = "德国经济促进机构成都代表处首席代表某某出席"
    ms = [crf(text, 0, 2, "Country"), crf(text, 8, 13, "Organization"), crf(text, 13, 17, "Role")]
    assert spans(rules.join_branches(ms, text, lex))[:2] == [
        ("德国经济促进机构成都代表处", "Organization"),
        ("首席代表", "Role"),
    ]


@pytest.mark.parametrize(
    "text, start",
    [("会上，该公司北京分公司与某集团签约", 6),  # 该公司 points back: no parent named here
     ("会上，北京分公司负责人发言", 3)],  # nothing before the branch
)  # fmt: skip
def test_a_branch_without_a_named_parent_stays(lex, text, start):
    branch = crf(text, start, start + 5, "Organization")
    assert spans(rules.join_branches([branch], text, lex)) == [(branch.text, "Organization")]


def test_a_division_and_an_untagged_department_are_one_body(lex):
    text = "甘肃省农业农村厅与某银行签约"
    got = rules.division_departments([crf(text, 0, 3, "Place")], text, lex)
    assert spans(got) == [("甘肃省农业农村厅", "Organization")]
    text = "甘肃省将于明年设立新局"  # words of a clause are no department
    assert spans(rules.division_departments([crf(text, 0, 3, "Place")], text, lex)) == [
        ("甘肃省", "Place")
    ]


def test_a_body_cut_inside_a_known_zone_takes_the_zone(lex):
    text = "与中新天津生态城管理委员会签约"
    got = rules.known_place_heads([crf(text, 3, 13, "Organization")], text, lex)
    assert spans(got) == [("中新天津生态城管理委员会", "Organization")]


def test_a_branch_after_a_place_the_model_tagged_alone(lex):
    text = "中国农业发展银行甘肃省分行与某厅签约"
    ms = [crf(text, 0, 8, "Organization"), crf(text, 8, 11, "Place")]
    assert spans(rules.join_branches(ms, text, lex))[0] == (
        "中国农业发展银行甘肃省分行",
        "Organization",
    )


def test_a_subsidiary_named_after_its_parent_runs_on_over_places(lex):
    text = "与某某集团黄河上游水电开发有限责任公司、某某股份有限公司签署"
    ms = [
        crf(text, 1, 5, "Organization"),
        crf(text, 5, 7, "Place"),
        crf(text, 20, 28, "Organization"),
    ]
    assert spans(rules.subsidiaries(ms, text, lex))[0] == (
        "某某集团黄河上游水电开发有限责任公司",
        "Organization",
    )
    text = "某某集团与青海省人民政府签署协议"  # a function word: two parties, not one name
    ms = [crf(text, 0, 4, "Organization"), crf(text, 5, 8, "Place")]
    assert spans(rules.subsidiaries(ms, text, lex)) == [
        ("某某集团", "Organization"),
        ("青海省", "Place"),
    ]


def test_a_company_read_from_its_bracketed_place_on(lex):
    text = "分别与某某在线技术（北京）有限公司签署"
    got = rules.bracketed_places([crf(text, 10, 17, "Organization")], text, lex)
    assert spans(got) == [("某某在线技术（北京）有限公司", "Organization")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会后，省发展改革委与某公司签约", "省发展改革委"),
        ("市投资促进局、县商务局负责人出席", "市投资促进局"),
        ("省文化和旅游厅发布通知", "省文化和旅游厅"),
        ("自治区发改委主任某某出席", "自治区发改委"),
    ],
)
def test_a_department_after_a_level_written_alone_is_one_body(lex, text, expected):
    found = spans(rules.local_departments([], text, lex))
    assert (expected, "Organization") in found


def test_a_department_after_its_division_takes_the_division(lex):
    text = "四川省住房和城乡建设厅与某银行签约"
    ms = [crf(text, 0, 3, "Place")]
    assert spans(rules.local_departments(ms, text, lex)) == [
        ("四川省住房和城乡建设厅", "Organization")
    ]


def test_a_department_heads_title_and_a_word_inside_a_name_make_no_body(lex):
    assert rules.local_departments([], "副省长兼财政厅长某某出席", lex) == []
    assert rules.local_departments([], "新区商务局负责人出席", lex) == []


@pytest.mark.parametrize(
    ("text", "cut_end", "expected"),
    [
        ("会议由甲省人民政府办公厅和省商务厅主办", 9, "甲省人民政府办公厅"),
        ("乙市政府外事办公室主任某某出席", 4, "乙市政府外事办公室"),
        ("丙市政府合作交流办主任某某介绍", 4, "丙市政府合作交流办"),
        ("丁省政府金融办负责人出席", 4, "丁省政府金融办"),
        ("戊市政府台办与某会签约", 4, "戊市政府台办"),
    ],
)
def test_a_governments_office_is_one_body_with_it(lex, text, cut_end, expected):
    start = 3 if text.startswith("会议由") else 0
    ms = [crf(text, start, cut_end, "Organization")]
    assert spans(rules.government_offices(ms, text, lex))[0] == (expected, "Organization")


def test_local_peoples_organisations_after_their_division(lex):
    text = "甘肃省工商联和市贸促会共同承办"
    ms = [crf(text, 0, 3, "Place")]
    found = spans(rules.local_departments(ms, text, lex))
    assert ("甘肃省工商联", "Organization") in found
    assert ("市贸促会", "Organization") in found


@pytest.mark.parametrize(
    "text",
    [
        "甘肃出入境检验检疫局局长某某出席",
        "兰州市国家税务局局长某某出席",
        "青海省气象局局长某某出席",
    ],
)
def test_a_local_unit_of_a_national_agency_is_one_body_with_its_place(text):
    from fairgraph.zh.ner import recognize

    body = text[: text.index("局长")]
    assert (body, "Organization") in [(m.text, m.type) for m in recognize(text)]


@pytest.mark.parametrize(
    "text, zone",
    [
        ("中国（湖南）自由贸易试验区新设企业三百家", "中国（湖南）自由贸易试验区"),
        ("双方依托中国（云南）自贸试验区昆明片区开展合作", "中国（云南）自贸试验区昆明片区"),
    ],
)
def test_a_free_trade_zone_named_after_its_province_is_one_place(lex, text, zone):
    """中国（某省）自由贸易试验区 is one place, not China and a province (also through the
    whole recogniser)."""
    from fairgraph.zh.ner import recognize

    head = text.index("中国")
    ms = [crf(text, head, head + 2, "Country"), crf(text, head + 3, head + 5, "Place")]
    assert spans(rules.bracketed_zones(ms, text, lex)) == [(zone, "Place")]
    found = {(m.text, m.type) for m in recognize(text)}
    assert (zone, "Place") in found and ("中国", "Country") not in found
