"""Kinds of shared entities that stayed on two nodes when Chinese and English reports of one
event were built together (the heldout20 pairs), and now meet (sentences written for these
tests): the mayor of a municipality (Tianjin, Chongqing) named by a bare title."""

from __future__ import annotations

from pathlib import Path

from en_helpers import built_pair
from rdflib import RDF, RDFS, SKOS

from fairgraph.namespaces import FG, ORG, SCHEMA


def _nodes(g, kind) -> dict[str, object]:  # type: ignore[no-untyped-def]
    out = {}
    for node in g.subjects(RDF.type, kind):
        for prop in (RDFS.label, SKOS.altLabel):
            for label in g.objects(node, prop):
                out[str(label)] = node
    return out


_EN_MAYOR = (
    "CHONGQING, May 3 -- The Chongqing Municipal People's Government signed a cooperation "
    "agreement with a software company on Tuesday. Mayor Tang Hailin and Vice-Mayor Ke Minghui "
    "attended the signing."
)


def test_the_mayor_of_a_municipality_by_a_bare_title_meets(tmp_path: Path) -> None:
    """Chongqing is a municipality (province level, no city above it): "Mayor X" and
    "Vice-Mayor Y" of a report about it head its government, and meet 市长/副市长 of it."""
    g = built_pair(
        tmp_path,
        "重庆市人民政府与某某软件公司签署合作协议。市长唐海林、副市长柯明辉出席签约仪式。",
        _EN_MAYOR,
    )
    people = _nodes(g, SCHEMA.Person)
    assert people["唐海林"] == people["Tang Hailin"]
    assert people["柯明辉"] == people["Ke Minghui"]
    assert list(g.subjects(RDF.type, FG.MergeRecord))


def test_the_mayor_of_another_municipality_stays_apart(tmp_path: Path) -> None:
    """The same pinyin name as mayor of another municipality is another person."""
    g = built_pair(
        tmp_path,
        "天津市人民政府与某某软件公司签署合作协议。市长唐海林出席签约仪式。",
        _EN_MAYOR,
    )
    people = _nodes(g, SCHEMA.Person)
    assert people["唐海林"] != people["Tang Hailin"]


def test_a_new_area_of_a_municipality_and_the_intelligence_expo_meet(tmp_path: Path) -> None:
    """A district of a municipality (滨海新区 of Tianjin: Binhai New Area) and the World
    Intelligence Expo (世界智能产业博览会), each named in both reports, are one node each."""
    g = built_pair(
        tmp_path,
        "第5届世界智能产业博览会在天津开幕。某某数据公司与滨海新区签署合作协议。",
        "TIANJIN, June 2 -- The 5th World Intelligence Expo opened in Tianjin on Thursday. A data "
        "company signed a cooperation agreement with the Binhai New Area.",
    )
    fairs = _nodes(g, SCHEMA.ExhibitionEvent)
    assert fairs["第5届世界智能产业博览会"] == fairs["5th World Intelligence Expo"]
    places = _nodes(g, SCHEMA.Place)
    assert places["滨海新区"] == places["Binhai New Area"]


def test_counties_are_read_as_their_official_pinyin() -> None:
    """A leading 长 is read chang in county names (长宁 Changning, not Zhangning), 长子 keeps
    Zhangzi; a municipality's districts are there (闵行区 Minhang District, Shanghai)."""
    from fairgraph.en.lexicon import load_lexicon

    lex = load_lexicon()
    assert [c.chinese for c in lex.counties_named["Changning District"]] == ["长宁区"]
    assert [c.chinese for c in lex.counties_named["Minhang District"]] == ["闵行区"]
    assert [c.chinese for c in lex.counties_named["Zhangzi County"]] == ["长子县"]
    assert "Zhangning District" not in lex.counties_named


_EN_AMBASSADOR = (
    "NANCHANG, May 18 -- A trade fair opened in Nanchang on Thursday. Ethiopian Ambassador to "
    "China Dawit Getachew led a delegation. Kenyan Ambassador to China Joseph Kamau Mungu "
    "attended."
)


def test_ambassadors_whose_names_read_otherwise_meet(tmp_path: Path) -> None:
    """A w ending a word is unwritten (Getachew 格塔丘), an ng before a vowel keeps its g and
    a u after a vowel is written 乌 (Kamau Mungu 卡马乌·蒙古): ambassadors of one country meet."""
    g = built_pair(
        tmp_path,
        "某某博览会在南昌开幕。埃塞俄比亚驻华大使达维特·格塔丘、肯尼亚驻华大使约瑟夫·卡马乌·蒙古"
        "率团参会。",
        _EN_AMBASSADOR,
    )
    people = _nodes(g, SCHEMA.Person)
    assert people["达维特·格塔丘"] == people["Dawit Getachew"]
    assert people["约瑟夫·卡马乌·蒙古"] == people["Joseph Kamau Mungu"]


def test_an_ambassador_of_another_country_stays_apart(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "某某博览会在南昌开幕。坦桑尼亚驻华大使达维特·格塔丘率团参会。",
        _EN_AMBASSADOR,
    )
    people = _nodes(g, SCHEMA.Person)
    assert people["达维特·格塔丘"] != people["Dawit Getachew"]


def test_a_port_group_a_commodities_city_and_a_greenland_centre_meet(tmp_path: Path) -> None:
    """Words of company and venue names read into English (港 port at the end of a name's
    run, 小商品城 Commodities City, 绿地 Greenland, 中国 China), and a group company named
    without its legal form: each one node."""
    g = built_pair(
        tmp_path,
        "合肥绿地国际博览中心举行签约仪式。厦门港（集团）有限公司与江苏中国小商品城集团股份有限公司"
        "签署合作协议。",
        "HEFEI, April 9 -- A signing ceremony was held at the Hefei Greenland International Expo "
        "Center on Tuesday. Xiamen Port Group signed a cooperation agreement with Jiangsu China "
        "Commodities City Group Co., Ltd.",
    )
    orgs = _nodes(g, ORG.Organization)
    assert orgs["厦门港（集团）有限公司"] == orgs["Xiamen Port Group"]
    assert (
        orgs["江苏中国小商品城集团股份有限公司"]
        == orgs["Jiangsu China Commodities City Group Co., Ltd."]
    )
    places = _nodes(g, SCHEMA.Place)
    assert places["合肥绿地国际博览中心"] == places["Hefei Greenland International Expo Center"]
