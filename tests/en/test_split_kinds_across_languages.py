"""Kinds of shared entities that stayed on two nodes when a Chinese and an English report of one
event were built together, and now meet (sentences written for these tests): a county whose
English name two counties share, a Party committee first named in English, a foreign name whose
word ends in an r its transliteration writes, a federal ministry of a portfolio of several
words, an exhibition centre named by place, words and kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from en_helpers import built_pair, nodes_with

from fairgraph.en.names import transliteration_keys
from fairgraph.namespaces import FG
from fairgraph.zh.naming import transliteration_key


def _people(g) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from rdflib import RDF, RDFS, SKOS

    from fairgraph.namespaces import SCHEMA

    out = {}
    for node in g.subjects(RDF.type, SCHEMA.Person):
        for prop in (RDFS.label, SKOS.altLabel):
            for label in g.objects(node, prop):
                out[str(label)] = node
    return out


def _rules(g) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(o) for o in g.objects(None, FG.mergeRule)}


def test_a_party_chief_of_a_county_two_counties_name_alike_meets(tmp_path: Path) -> None:
    """Haiyan County is 海盐县 (Zhejiang) and 海晏县 (Qinghai): a title at the county of a
    report about Qinghai names 海晏县's committee, and its secretary meets the Chinese one."""
    g = built_pair(
        tmp_path,
        "青海省海北藏族自治州举行招商推介会。海晏县人民政府与某某新能源公司签署合作协议，"
        "海晏县委书记陈立山代表县政府签约。",
        "Qinghai's Haibei Tibetan Autonomous Prefecture held an investment promotion event. The "
        "Haiyan County People's Government signed a cooperation agreement with a new energy "
        "company. Chen Lishan, Party chief of Haiyan County, signed for the county.",
    )
    people = _people(g)
    assert people["陈立山"] == people["Chen Lishan"]
    committee = nodes_with(g, "中国共产党海晏县委员会", "zh") | nodes_with(g, "中共海晏县委", "zh")
    assert len(committee) == 1
    assert committee == nodes_with(g, "Haiyan County CPC Committee", "en")
    assert not nodes_with(g, "中国共产党海盐县委员会", "zh")  # never Zhejiang's county
    assert "pinyin-name-shared-organization" in _rules(g)


@pytest.mark.parametrize(
    ("zh_city", "en_city"), [("汉中", "Hanzhong"), ("安康", "Ankang"), ("宝鸡", "Baoji")]
)
def test_a_committee_named_in_english_first_keeps_its_chinese_short_names(
    tmp_path: Path, zh_city: str, en_city: str
) -> None:
    """Whichever report names the body first (the Chinese one writes only 市委), the node
    carries the Chinese short form 中共X市委 as well."""
    g = built_pair(
        tmp_path,
        f"{zh_city}市举行项目签约仪式。市委书记赵安民出席。",
        f"Zhao Anmin, secretary of the {en_city} Municipal CPC Committee, attended the signing.",
    )
    node = nodes_with(g, f"{en_city} Municipal CPC Committee", "en")
    assert node and node == nodes_with(g, f"中共{zh_city}市委", "zh")
    assert node == nodes_with(g, f"中国共产党{zh_city}市委员会", "zh")


def test_a_word_final_r_its_transliteration_writes_still_meets() -> None:
    assert transliteration_key("阿米尔·萨迪科夫") in transliteration_keys("Amir Sadykov")
    assert transliteration_key("阿米尔·萨迪科夫") not in transliteration_keys("Amin Sadykov")
    # the r of Peter stays unwritten, as 彼得 writes it
    assert transliteration_key("彼得·沃尔科夫") in transliteration_keys("Peter Volkov")


def test_a_foreign_official_whose_name_ends_a_word_in_r_meets_with_the_country(
    tmp_path: Path,
) -> None:
    g = built_pair(
        tmp_path,
        "哈萨克斯坦副总理阿米尔·萨迪科夫率团出席开幕式。",
        "Kazakh Deputy Prime Minister Amir Sadykov led a delegation to the opening ceremony.",
    )
    people = _people(g)
    assert people["阿米尔·萨迪科夫"] == people["Amir Sadykov"]
    assert "transliterated-name-shared-organization" in _rules(g)


def test_a_federal_ministry_of_several_portfolio_words_meets(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "湖南省商务厅与索马里联邦畜牧和渔业部签署合作备忘录。",
        "The Hunan Provincial Department of Commerce signed a memorandum of understanding with "
        "Somalia's Federal Ministry of Livestock and Fisheries.",
    )
    zh = nodes_with(g, "索马里联邦畜牧和渔业部", "zh")
    assert zh and zh == nodes_with(
        g, "Federal Ministry of Livestock and Fisheries of Somalia", "en"
    )


def test_an_exhibition_centre_meets_by_place_words_and_kind(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "第九届某某产品博览会在厦门海峡国际会展中心开幕。福建省人民政府与某某公司签署协议。",
        "The 9th product expo opened at the Xiamen Straits International Convention and "
        "Exhibition Center. The Fujian Provincial People's Government signed an agreement.",
    )
    zh = nodes_with(g, "厦门海峡国际会展中心", "zh")
    assert zh and zh == nodes_with(
        g, "Xiamen Straits International Convention and Exhibition Center", "en"
    )
    assert "translated-name-across-languages" in _rules(g)


def test_a_county_level_city_is_one_place_and_its_government_one_body(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "浙江省义乌市人民政府与某某物流公司签署合作协议，项目落户义乌。",
        "The Yiwu Municipal People's Government signed a cooperation agreement with a logistics "
        "company. The project will be built in Yiwu, Zhejiang.",
    )
    place = nodes_with(g, "Yiwu", "en")
    assert place and place == nodes_with(g, "义乌", "zh") | nodes_with(g, "义乌市", "zh")
    government = nodes_with(g, "浙江省义乌市人民政府", "zh")  # labelled as written
    assert government and government == nodes_with(g, "Yiwu Municipal People's Government", "en")


def test_county_level_cities_two_share_an_english_name_are_not_keyed_by_it() -> None:
    from fairgraph.en.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.place("Fuqing City").chinese == "福清市"
    assert lex.place("Fu'an").chinese == lex.place("Fuan").chinese == "福安市"
    assert lex.place("Xinyi") is None  # 新沂市 and 信宜市
    assert lex.place("Jinzhou").chinese == "锦州市"  # the prefecture, never 晋州市
    assert lex.place("Longjing") is None  # a tea's name as well


def test_a_reporter_of_the_paper_a_dateline_names_meets_its_byline(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "中国能源报讯（记者 王立新）6月3日，甘肃省人民政府与某某电力公司在兰州签署合作协议。",
        "By Wang Lixin, China Energy News\n\nThe Gansu Provincial People's Government signed a "
        "cooperation agreement with a power company in Lanzhou on June 3.",
    )
    people = _people(g)
    assert people["王立新"] == people["Wang Lixin"]
    paper = nodes_with(g, "China Energy News", "en")
    assert paper and paper == nodes_with(g, "中国能源报", "zh") | nodes_with(
        g, "中国能源报社", "zh"
    )


def test_a_reporter_of_our_own_paper_stays_the_reports(tmp_path: Path) -> None:
    """本报讯 names no paper: its reporter meets no byline of another report by name alone."""
    g = built_pair(
        tmp_path,
        "本报讯（记者 王立新）6月3日，甘肃省人民政府与某某电力公司在兰州签署合作协议。",
        "By Wang Lixin, China Energy News\n\nThe Gansu Provincial People's Government signed a "
        "cooperation agreement with a power company in Lanzhou on June 3.",
    )
    people = _people(g)
    assert people["王立新"] != people["Wang Lixin"]


def test_people_of_one_citys_government_family_meet_across_languages(tmp_path: Path) -> None:
    """An editor credited under the city government's office in Chinese and under the city's
    government in English: one government family, as same-named people of one language."""
    zh = "宝鸡市人民政府与某某公司签署合作协议。\n\n来源：宝鸡市人民政府办公室\n编辑：钱晓燕"
    g = built_pair(
        tmp_path,
        zh,
        "The Baoji Municipal People's Government signed a cooperation agreement with a company."
        "\n\nSource: Baoji Municipal People's Government\nEditor: Qian Xiaoyan",
    )
    people = _people(g)
    assert people["钱晓燕"] == people["Qian Xiaoyan"]
    assert "same-name-same-jurisdiction" in _rules(g)
    other = built_pair(
        tmp_path / "other",
        zh,
        "The Xianyang Municipal People's Government signed a cooperation agreement with a "
        "company.\n\nSource: Xianyang Municipal People's Government\nEditor: Qian Xiaoyan",
    )
    people = _people(other)
    assert people["钱晓燕"] != people["Qian Xiaoyan"]  # another city's government


def test_a_district_named_as_a_county_level_city_is_the_district() -> None:
    from fairgraph.en.naming import key_of
    from fairgraph.model import Mention

    def key(text: str) -> str:
        return key_of(Mention(0, len(text), text, "Organization"), None)[0]

    assert key("Jinjiang District People's Government") == "Organization|锦江区人民政府"
    assert key("Jinjiang Municipal People's Government") == "Organization|晋江市人民政府"


def test_a_bay_is_one_place_across_languages_and_a_longer_name_none(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "福建省人民政府与某某海上风电公司签署协议，双方将在湄洲湾建设海上风电场。",
        "The Fujian Provincial People's Government signed an agreement with an offshore wind "
        "company to build a wind farm in Meizhou Bay, part of the Greater Bay Area plan.",
    )
    bay = nodes_with(g, "湄洲湾", "zh")
    assert bay and bay == nodes_with(g, "Meizhou Bay", "en")
    assert not nodes_with(g, "Greater Bay", "en")
    assert not nodes_with(g, "Meizhou", "en")  # the bay, not the city of Meizhou


def test_a_districts_government_in_lower_case_is_the_body_not_the_place(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "陕西省西安市灞桥区人民政府与某某物流公司签署合作协议。",
        "In Xi'an, Shaanxi, the Baqiao District government signed a cooperation agreement with "
        "a logistics company.",
    )
    body = nodes_with(g, "陕西省西安市灞桥区人民政府", "zh")  # labelled as written
    assert body and body == nodes_with(g, "Baqiao District government", "en")


def test_a_zones_administrative_committee_meets_by_place_words_and_kind(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "海口江东新区管理委员会与某某航运公司签署合作协议。",
        "The Haikou Jiangdong New Area Administration signed a cooperation agreement with a "
        "shipping company.",
    )
    zh = nodes_with(g, "海口江东新区管理委员会", "zh")
    assert zh and zh == nodes_with(g, "Haikou Jiangdong New Area Administration", "en")


def test_a_banners_government_meets_across_languages(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "内蒙古自治区赤峰市敖汉旗人民政府与某某农业公司签署合作协议。",
        "In Chifeng, Inner Mongolia, the Aohan Banner People's Government signed a cooperation "
        "agreement with an agricultural company.",
    )
    body = nodes_with(g, "敖汉旗人民政府", "zh") | nodes_with(
        g, "内蒙古自治区赤峰市敖汉旗人民政府", "zh"
    )
    assert body and body == nodes_with(g, "Aohan Banner People's Government", "en")
