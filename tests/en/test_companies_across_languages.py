"""Major companies across languages (issue 14, point 4): the bilingual company rows of the
Chinese lexicon's organizations.tsv and en/data/bodies.tsv put a company a Chinese and an
English report both name on one node, labelled in both languages; its short forms meet its full
name; a registered name behind its city, or with a legal ending the table does not write, is
the company; two companies with similar names stay apart. Reports written for this test."""

from __future__ import annotations

from en_helpers import nodes_with
from rdflib import Graph

from fairgraph.en.lexicon import load_lexicon
from fairgraph.graph.build import build_graph
from fairgraph.languages import extract_document
from fairgraph.model import Document


def _pair(zh: str, en: str) -> Graph:
    docs = [
        Document.from_text(zh, source="zh.txt", language="zh"),
        Document.from_text(en, source="en.txt", language="en"),
    ]
    return build_graph([extract_document(d) for d in docs])


def test_a_company_met_in_both_languages_is_one_node_with_both_labels() -> None:
    g = _pair(
        "福建省人民政府与新疆金风科技股份有限公司签署海上风电合作协议。",
        "The Fujian Provincial People's Government signed an offshore wind power cooperation"
        " agreement with Xinjiang Goldwind Science & Technology Co., Ltd. on Tuesday.",
    )
    zh = nodes_with(g, "新疆金风科技股份有限公司", "zh")
    en = nodes_with(g, "Xinjiang Goldwind Science & Technology Co., Ltd.", "en")
    assert zh and zh == en


def test_a_foreign_company_meets_its_standard_chinese_name() -> None:
    g = _pair(
        "宁夏回族自治区人民政府与沙特国际电力和水务公司签署光伏项目协议。",
        "The Ningxia Hui Autonomous Region People's Government signed a photovoltaic project"
        " agreement with ACWA Power on Tuesday.",
    )
    zh = nodes_with(g, "沙特国际电力和水务公司", "zh")
    assert zh and zh == nodes_with(g, "ACWA Power", "en")


def test_a_short_form_meets_the_full_name_in_the_other_language() -> None:
    g = _pair(
        "广东省人民政府与比亚迪签署战略合作协议。",
        "The Guangdong Provincial People's Government signed a strategic cooperation agreement"
        " with BYD Company Limited on Tuesday.",
    )
    zh = nodes_with(g, "比亚迪", "zh")
    assert zh and zh == nodes_with(g, "BYD Company Limited", "en")
    g = _pair(
        "广西壮族自治区人民政府与上汽通用五菱汽车股份有限公司签署合作协议。",
        "The Guangxi Zhuang Autonomous Region People's Government signed a cooperation"
        " agreement with SAIC-GM-Wuling on Tuesday.",
    )
    zh = nodes_with(g, "上汽通用五菱汽车股份有限公司", "zh")
    assert zh and zh == nodes_with(g, "SAIC-GM-Wuling", "en")


def test_a_registered_name_behind_its_city_is_the_company() -> None:
    g = _pair(
        "陕西省人民政府与隆基绿能科技股份有限公司签署合作协议。",
        "The Shaanxi Provincial People's Government signed a cooperation agreement with"
        " Xi'an Longi Green Energy Technology Co., Ltd. on Tuesday.",
    )
    zh = nodes_with(g, "隆基绿能科技股份有限公司", "zh")
    assert zh and zh == nodes_with(g, "Xi'an Longi Green Energy Technology Co., Ltd.", "en")


def test_two_companies_with_similar_names_stay_apart() -> None:
    g = _pair(
        "广西壮族自治区人民政府分别与上海汽车集团股份有限公司、上汽通用五菱汽车股份有限公司签署合作协议。",
        "The Guangxi Zhuang Autonomous Region People's Government signed cooperation agreements"
        " with SAIC Motor and SAIC-GM-Wuling on Tuesday.",
    )
    saic = nodes_with(g, "上海汽车集团股份有限公司", "zh")
    wuling = nodes_with(g, "上汽通用五菱汽车股份有限公司", "zh")
    assert saic and wuling and saic != wuling
    assert saic == nodes_with(g, "SAIC Motor", "en")
    assert wuling == nodes_with(g, "SAIC-GM-Wuling", "en")


def test_a_legal_ending_or_a_city_alone_does_not_make_a_company() -> None:
    lex = load_lexicon()
    # a stem of one word, another company's words behind a city, a city-led company's words
    assert lex.body("Goldwind Co., Ltd.") is None
    assert lex.body("Xi'an Green Energy Technology Co., Ltd.") is None
    assert lex.body("Shanghai Automobile Group Co., Ltd.") is None
    found = lex.body("Longi Green Energy Technology Company Limited")
    assert found is not None and found.chinese == "隆基绿能科技股份有限公司"


def test_a_short_name_inside_a_longer_word_is_no_company() -> None:
    zh = Document.from_text(
        "项目位于风电装备制造产业园，日本田园风光展区同期开放。", source="zh.txt", language="zh"
    )
    labels = {m.text for m in extract_document(zh).mentions if m.type == "Organization"}
    assert not {"株式会社电装", "电装", "本田", "本田技研工业株式会社"} & labels


def test_nonferrous_internet_and_electronic_words_meet_their_english_names() -> None:
    from fairgraph.en.naming import cross_keys as english_keys
    from fairgraph.zh.naming.cross import cross_keys as chinese_keys

    for chinese, english in (
        ("中国有色矿业集团有限公司", "China Nonferrous Metal Mining (Group) Co., Ltd."),
        ("宁波某胜电子股份有限公司", "Ningbo Mousheng Electronic Co., Ltd."),
        ("陕西工业互联网有限公司", "Shaanxi Industrial Internet Co., Ltd."),
    ):
        shared = set(chinese_keys("Organization", chinese)) & set(
            english_keys("Organization", english)
        )
        assert shared, chinese
