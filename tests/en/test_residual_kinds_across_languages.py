"""Kinds of shared entities that stayed apart when a Chinese and an English report of one
event were built together, each now met in general form, and the wrong merges each must not
make (sentences written for these tests): a body abroad by its country (a foreign chamber of
commerce), a company or zone with no place at its head by its words (a trade name in pinyin and
a translated word), a venue writing its city in brackets, a lexicon company's branch at a place,
a county or district named bare in a report about its province, China's stock exchanges."""

from __future__ import annotations

from pathlib import Path

from en_helpers import nodes_with
from rdflib import Graph

from conftest import run_cli
from fairgraph.graph.build import build_graph
from fairgraph.languages import extract_document
from fairgraph.model import Document
from fairgraph.namespaces import FG


def _pair(zh: str, en: str) -> Graph:
    docs = [
        Document.from_text(zh, source="zh.txt", language="zh"),
        Document.from_text(en, source="en.txt", language="en"),
    ]
    return build_graph([extract_document(d) for d in docs])


def _one(g: Graph, zh: str, en: str) -> bool:
    """Whether the Chinese and the English name are labels of one node (each of some node)."""
    a, b = nodes_with(g, zh, "zh"), nodes_with(g, en, "en")
    assert a, f"no node {zh}"
    assert b, f"no node {en}"
    return a == b


def _rules(g: Graph) -> set[str]:
    return {str(o) for o in g.objects(None, FG.mergeRule)}


_ZH_CHAMBER = "湖南某某机械股份有限公司与乌干达全国工商会签署合作协议。"


def test_a_chamber_abroad_meets_by_its_country_and_words() -> None:
    """乌干达全国工商会: the country (乌干达, Uganda's), 全国 national, 工商会 chamber of
    commerce and industry: one node, merged by translated-name-across-languages."""
    g = _pair(
        _ZH_CHAMBER,
        "Hunan Moumou Machinery Co., Ltd. signed a cooperation agreement with the Uganda "
        "National Chamber of Commerce and Industry on Monday.",
    )
    assert _one(g, "乌干达全国工商会", "Uganda National Chamber of Commerce and Industry")
    assert "translated-name-across-languages" in _rules(g)


def test_a_chamber_of_another_country_stays_apart() -> None:
    g = _pair(
        _ZH_CHAMBER,
        "Hunan Moumou Machinery Co., Ltd. signed a cooperation agreement with the Kenya "
        "National Chamber of Commerce and Industry on Monday.",
    )
    assert not _one(g, "乌干达全国工商会", "Kenya National Chamber of Commerce and Industry")


_ZH_MOTORS = "江西省人民政府与恒岳汽车集团公司签署新能源汽车项目合作协议。"


def test_a_company_without_a_place_meets_by_its_trade_name_and_words(tmp_path: Path) -> None:
    """恒岳汽车集团公司: hengyue (pinyin) motors (汽车), group corporation: one node, which
    ``explain`` shows merged by translated-name-across-languages."""
    en = (
        "The Jiangxi Provincial People's Government signed a new energy vehicle cooperation "
        "agreement with Hengyue Motors Group Corporation on Friday."
    )
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "zh.txt").write_text(_ZH_MOTORS, encoding="utf-8")
    (corpus / "en.txt").write_text(en, encoding="utf-8")
    assert run_cli("build", corpus, "-o", tmp_path / "out").exit_code == 0
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert _one(g, "恒岳汽车集团公司", "Hengyue Motors Group Corporation")
    result = run_cli(
        "explain", "Hengyue Motors Group Corporation", "-g", tmp_path / "out" / "graph.ttl"
    )
    assert result.exit_code == 0, result.output
    assert "translated-name-across-languages" in result.output


def test_firms_sharing_a_syllable_or_other_words_stay_apart() -> None:
    """Other words (machinery, not motors), a name sharing only a syllable (Heng): never one
    node; a trade name with only its legal form (恒岳有限公司, Hengyue Co., Ltd.) meets by that
    name in pinyin alone (trade-name-across-languages), one such company in each report."""
    other_words = _pair(
        _ZH_MOTORS,
        "The Jiangxi Provincial People's Government signed a cooperation agreement with Hengyue "
        "Machinery Group Corporation on Friday.",
    )
    assert not _one(other_words, "恒岳汽车集团公司", "Hengyue Machinery Group Corporation")
    syllable = _pair(
        _ZH_MOTORS,
        "The Jiangxi Provincial People's Government signed a cooperation agreement with Heng "
        "Motors Group Corporation on Friday.",
    )
    assert not _one(syllable, "恒岳汽车集团公司", "Heng Motors Group Corporation")
    bare = _pair(
        "江西省人民政府与恒岳有限公司签署合作协议。",
        "The Jiangxi Provincial People's Government signed a cooperation agreement with Hengyue "
        "Co., Ltd. on Friday.",
    )
    assert _one(bare, "恒岳有限公司", "Hengyue Co., Ltd.")
    assert "trade-name-across-languages" in _rules(bare)


def test_a_subsidiary_named_with_its_place_in_its_words_meets() -> None:
    """三峡新能源青岛有限公司 and Three Gorges New Energy Qingdao Co., Ltd.: the place (青岛) as
    a modifier among the words, read in pinyin."""
    g = _pair(
        "青岛市人民政府与三峡新能源青岛有限公司签署海上风电合作协议。",
        "The Qingdao Municipal People's Government signed an offshore wind cooperation agreement "
        "with Three Gorges New Energy Qingdao Co., Ltd. on Monday.",
    )
    assert _one(g, "三峡新能源青岛有限公司", "Three Gorges New Energy Qingdao Co., Ltd.")


def test_a_zone_without_a_place_meets_by_its_name_in_pinyin() -> None:
    g = _pair(
        "南昌市人民政府与华为技术有限公司签约，项目落户九龙湖新区。",
        "The Nanchang Municipal People's Government signed with Huawei Technologies Co., Ltd. "
        "for a project in Jiulonghu New Area.",
    )
    assert _one(g, "九龙湖新区", "Jiulonghu New Area")


_ZH_VENUE = "第五届某某智能博览会在国家会展中心（天津）开幕。"


def test_a_venue_with_its_city_in_brackets_meets() -> None:
    g = _pair(
        _ZH_VENUE,
        "The fifth Moumou Intelligence Expo opened at the National Convention and Exhibition "
        "Center (Tianjin) on Tuesday.",
    )
    assert _one(g, "国家会展中心（天津）", "National Convention and Exhibition Center (Tianjin)")


def test_a_venue_of_another_city_stays_apart() -> None:
    g = _pair(
        _ZH_VENUE,
        "The fifth Moumou Intelligence Expo opened at the National Convention and Exhibition "
        "Center (Shanghai) on Tuesday.",
    )
    assert not _one(
        g, "国家会展中心（天津）", "National Convention and Exhibition Center (Shanghai)"
    )


_ZH_BRANCH = "浙江省人民政府与中国移动通信集团浙江有限公司签署数字经济合作协议。"


def test_a_lexicon_company_s_branch_at_a_place_meets() -> None:
    """中国移动通信集团浙江有限公司 and China Mobile Zhejiang: the parent (the lexicon's China
    Mobile) and the place, rule branch-name-across-languages; not the parent's node."""
    g = _pair(
        _ZH_BRANCH,
        "The Zhejiang Provincial People's Government signed a digital economy cooperation "
        "agreement with China Mobile Zhejiang and China Mobile on Monday.",
    )
    assert _one(g, "中国移动通信集团浙江有限公司", "China Mobile Zhejiang")
    assert "branch-name-across-languages" in _rules(g)
    assert nodes_with(g, "China Mobile", "en") != nodes_with(g, "China Mobile Zhejiang", "en")


def test_a_branch_at_another_place_stays_apart() -> None:
    g = _pair(
        _ZH_BRANCH,
        "The Zhejiang Provincial People's Government signed a digital economy cooperation "
        "agreement with China Mobile Jiangsu on Monday.",
    )
    assert not _one(g, "中国移动通信集团浙江有限公司", "China Mobile Jiangsu")


_EN_COUNTIES = (
    "SHAOXING, May 6 -- A Shaoxing delegation attended the fair in Shanghai. The district and "
    "county governments of Shangyu and Xinchang signed projects with Moumou Textile Co., Ltd."
)


def test_a_county_named_bare_in_a_report_about_its_province_meets() -> None:
    """Shangyu and Xinchang in a report about Shaoxing (Zhejiang): 上虞区 and 新昌县."""
    g = _pair(
        "绍兴市代表团赴上海参会。上虞区、新昌县分别与某某纺织股份有限公司签约。", _EN_COUNTIES
    )
    assert _one(g, "上虞区", "Shangyu")
    assert _one(g, "新昌县", "Xinchang")


def test_a_bare_county_name_no_province_tells_stays_unkeyed() -> None:
    """Named bare in a report whose places lie in no province with a county so named, or in two
    provinces that each have one (Pujiang: 浦江县 of Zhejiang, 蒲江县 of Sichuan), a name is
    no county's."""
    g = _pair(
        "成都市代表团赴杭州参会。浦江县与某某食品有限公司签约。",
        "CHENGDU, May 6 -- A Chengdu delegation attended the fair in Hangzhou, Zhejiang "
        "Province. The county government of Pujiang signed a project with Moumou Food Co., Ltd.",
    )
    zh = nodes_with(g, "浦江县", "zh")
    assert zh and not zh & nodes_with(g, "Pujiang", "en")


def test_the_stock_exchanges_meet() -> None:
    g = _pair(
        "某某能源股份有限公司在深圳证券交易所上市，并与上海证券交易所签署合作协议。",
        "Moumou Energy Co., Ltd., listed on the Shenzhen Stock Exchange, signed a cooperation "
        "agreement with the Shanghai Stock Exchange.",
    )
    assert _one(g, "上海证券交易所", "Shanghai Stock Exchange")
    assert not _one(g, "深圳证券交易所", "Shanghai Stock Exchange")


def test_a_company_named_by_its_words_alone_meets_its_registered_name() -> None:
    """恒岳汽车集团有限公司 and "Hengyue Motors" (no legal form): its words alone; two firms of
    one pinyin name in one report (恒岳, 恒越) can't say which is meant, and neither meets."""
    en = (
        "The Jiangxi Provincial People's Government signed a cooperation agreement with Hengyue "
        "Motors on Friday."
    )
    g = _pair("江西省人民政府与恒岳汽车集团有限公司签署合作协议。", en)
    assert _one(g, "恒岳汽车集团有限公司", "Hengyue Motors")
    two = _pair("江西省人民政府与恒岳汽车有限公司、恒越汽车有限公司签署合作协议。", en)
    assert not _one(two, "恒岳汽车有限公司", "Hengyue Motors")
    assert not _one(two, "恒越汽车有限公司", "Hengyue Motors")


def test_a_group_s_subsidiary_meets_by_the_group_s_short_form_and_its_place() -> None:
    """国网湖南省电力有限公司: 国网 State Grid at its head, 湖南省 Hunan among its words; the
    same group's company of another province stays apart."""
    zh = "湖南省人民政府与国网湖南省电力有限公司签署合作协议。"
    g = _pair(
        zh,
        "The Hunan Provincial People's Government signed a cooperation agreement with State Grid "
        "Hunan Electric Power Company.",
    )
    assert _one(g, "国网湖南省电力有限公司", "State Grid Hunan Electric Power Company")
    other = _pair(
        zh,
        "The Hunan Provincial People's Government signed a cooperation agreement with State Grid "
        "Hubei Electric Power Company.",
    )
    assert not _one(other, "国网湖南省电力有限公司", "State Grid Hubei Electric Power Company")


def test_a_branch_and_its_parent_stay_two() -> None:
    g = _pair(
        "湖南省人民政府与中国移动通信集团湖南有限公司签署合作协议。",
        "The Hunan Provincial People's Government signed a cooperation agreement with China "
        "Mobile.",
    )
    assert not _one(g, "中国移动通信集团湖南有限公司", "China Mobile")


def test_an_investment_promotion_body_abroad_meets_by_its_country() -> None:
    zh = "中国国际贸易促进委员会湖南省分会与肯尼亚投资促进局签署合作协议。"
    g = _pair(
        zh,
        "The Hunan Sub-council of CCPIT signed a cooperation agreement with the Kenya Investment "
        "Authority.",
    )
    assert _one(g, "肯尼亚投资促进局", "Kenya Investment Authority")
    other = _pair(
        zh,
        "The Hunan Sub-council of CCPIT signed a cooperation agreement with the Uganda "
        "Investment Authority.",
    )
    assert not _one(other, "肯尼亚投资促进局", "Uganda Investment Authority")


def test_a_fair_named_by_its_year_meets_the_edition_of_that_year() -> None:
    """2023中国—东北亚博览会 is the 14th edition (the series' cadence): one node with "the 2023
    China-Northeast Asia Expo"; not with the 15th."""
    zh = "2023中国—东北亚博览会在长春开幕。"
    g = _pair(zh, "The 2023 China-Northeast Asia Expo opened in Changchun on Thursday.")
    assert _one(g, "2023中国—东北亚博览会", "2023 China-Northeast Asia Expo")
    numbered = _pair(zh, "The 14th China-Northeast Asia Expo opened in Changchun on Thursday.")
    assert _one(numbered, "2023中国—东北亚博览会", "14th China-Northeast Asia Expo")
    other = _pair(zh, "The 15th China-Northeast Asia Expo opened in Changchun on Thursday.")
    assert not _one(other, "2023中国—东北亚博览会", "15th China-Northeast Asia Expo")


def test_associations_and_universities_of_a_province_meet_by_place_and_words() -> None:
    g = _pair(
        "湖南农业大学与浙江省进出口商会签署合作协议。",
        "Hunan Agricultural University signed a cooperation agreement with the Zhejiang Import "
        "and Export Chamber of Commerce.",
    )
    assert _one(g, "湖南农业大学", "Hunan Agricultural University")
    assert _one(g, "浙江省进出口商会", "Zhejiang Import and Export Chamber of Commerce")
    other = _pair(
        "湖南大学与某某科技有限公司签署合作协议。",
        "Changsha University signed a cooperation agreement with Moumou Technology Co., Ltd.",
    )
    assert not _one(other, "湖南大学", "Changsha University")


def test_a_name_with_its_place_meets_the_english_name_without_it() -> None:
    """南昌小蓝经济技术开发区 and "the Xiaolan Economic and Technological Development Zone", 江西
    江铃汽车集团有限公司 and "Jiangling Motors": the English report leaves the place out; a zone
    written behind another city (Zhongshan Xiaolan …) stays apart."""
    zh = "南昌小蓝经济技术开发区与江西江铃汽车集团有限公司签署合作协议。"
    g = _pair(
        zh,
        "The Xiaolan Economic and Technological Development Zone signed a cooperation agreement "
        "with Jiangling Motors.",
    )
    assert _one(g, "南昌小蓝经济技术开发区", "Xiaolan Economic and Technological Development Zone")
    assert _one(g, "江西江铃汽车集团有限公司", "Jiangling Motors")
    other = _pair(
        zh,
        "The Zhongshan Xiaolan Economic and Technological Development Zone signed a cooperation "
        "agreement with Jiangling Motors.",
    )
    zone = "Zhongshan Xiaolan Economic and Technological Development Zone"
    assert not _one(other, "南昌小蓝经济技术开发区", zone)


def test_a_city_s_body_abroad_meets_by_the_city() -> None:
    """河内市人民委员会 / Hanoi People's Committee: a city abroad at the head, keyed by its
    Chinese name (the lexicons' foreign places); another city's committee stays apart."""
    zh = "越南河内市人民委员会与广西壮族自治区人民政府签署合作协议。"
    g = _pair(
        zh,
        "The Hanoi People's Committee signed a cooperation agreement with the Guangxi Zhuang "
        "Autonomous Region People's Government.",
    )
    assert _one(g, "河内市人民委员会", "Hanoi People's Committee")
    other = _pair(
        zh,
        "The Ho Chi Minh City People's Committee signed a cooperation agreement with the Guangxi "
        "Zhuang Autonomous Region People's Government.",
    )
    assert not _one(other, "河内市人民委员会", "Ho Chi Minh City People's Committee")
