"""Tests of the general-knowledge lexicons (fairgraph.zh.lexicon)."""

from __future__ import annotations

import dataclasses

import pytest

from fairgraph.zh.lexicon import (
    PLACE_SHORT_STOPLIST,
    CountryEntry,
    LexiconMatch,
    PlaceEntry,
    load_lexicon,
    normalize,
)
from paths import SHARED

CORPUS = SHARED / "corpus" / "zh"

# a short text written for these tests in the style of fair news
SENTENCE = (
    "第二十五届中国·青海绿色发展投资贸易洽谈会在西宁开幕，青海省副省长会见吉尔吉斯共和国驻华大使，"
    "国家电网有限公司与海西州签约，冰岛、阿联酋客商参加青洽会。"
)


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def test_load_is_cached(lex):
    assert load_lexicon() is lex


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        ("冰岛", "IS"),
        ("冰岛共和国", "IS"),
        ("吉尔吉斯共和国", "KG"),
        ("吉尔吉斯斯坦", "KG"),
        ("俄罗斯联邦", "RU"),
        ("大韩民国", "KR"),
        ("阿拉伯联合酋长国", "AE"),
        ("中华人民共和国", "CN"),
        ("大不列颠及北爱尔兰联合王国", "GB"),
        ("老挝人民民主共和国", "LA"),
    ],
)
def test_country_variants(lex, name, iso2):
    entry = lex.country_of(name)
    assert isinstance(entry, CountryEntry)
    assert entry.iso2 == iso2
    assert name in entry.names


def test_country_canonical_name(lex):
    assert lex.country_of("吉尔吉斯共和国").name == "吉尔吉斯斯坦"


def test_parts_of_china_are_places_not_countries(lex):
    for name in ("台湾", "香港", "澳门", "中国香港特别行政区"):
        assert lex.country_of(name) is None
    assert lex.place_of("香港").name == "香港特别行政区"
    assert lex.place_of("香港").level == "province"


def test_every_country_code_is_unique(lex):
    by_code: dict[str, str] = {}
    for entry in lex.countries.values():
        assert by_code.setdefault(entry.iso2, entry.name) == entry.name
    assert len(by_code) > 200


def test_place_forms(lex):
    full, short = lex.place_of("青海省"), lex.place_of("青海")
    assert full == short == PlaceEntry("青海省", "青海", "province", None)
    assert lex.place_of("新疆").name == "新疆维吾尔自治区"
    assert lex.place_of("广西").name == "广西壮族自治区"
    assert lex.place_of("西宁") == PlaceEntry("西宁市", "西宁", "city", "青海省")
    assert lex.place_of("海西").name == "海西蒙古族藏族自治州"
    assert lex.place_of("海西州").parent == "青海省"


def test_containment(lex):
    assert lex.province_of("西宁").name == "青海省"
    assert lex.province_of("格尔木市").name == "青海省"
    assert lex.province_of("兰州市").name == "甘肃省"
    assert lex.province_of("浦东新区").name == "上海市"
    assert lex.province_of("青海").name == "青海省"
    assert lex.province_of("火星") is None


def test_provinces_and_prefectures_complete(lex):
    entries = set(lex.places.values())
    assert sum(e.level == "province" for e in entries) == 34
    cities = [e for e in entries if e.level == "city"]
    assert 330 <= len(cities) <= 340
    assert all(e.parent in lex.places and lex.places[e.parent].level == "province" for e in cities)


def test_shared_county_names_have_no_parent(lex):
    entry = lex.place_of("鼓楼区")
    assert entry is not None and entry.parent is None


def test_stoplisted_short_forms_not_indexed(lex):
    assert lex.place_of("合作") is None
    assert lex.place_of("合作市").parent == "甘南藏族自治州"
    assert not PLACE_SHORT_STOPLIST & set(lex.places)


def test_fairs(lex):
    fair = lex.fair_of("青洽会")
    assert fair.name == "中国·青海绿色发展投资贸易洽谈会"
    assert fair.city == "西宁市" and fair.city in lex.places
    assert lex.fair_of("进博会").name == "中国国际进口博览会"
    assert lex.fair_of("中国-东盟博览会") == lex.fair_of("中国—东盟博览会") == lex.fair_of("东博会")
    assert lex.fair_of("中国东盟博览会").short_names[0] == "东博会"
    assert lex.fair_of("中国(青海)藏毯国际展览会") is not None


def test_fair_cities_are_known_places(lex):
    for fair in set(lex.fairs.values()):
        assert fair.city is None or fair.city in lex.places, fair


def test_organizations(lex):
    assert lex.org_of("发改委").name == "国家发展和改革委员会"
    assert lex.org_of("工信部").kind == "Government"
    org = lex.org_of("中国华电")
    assert org.name == "中国华电集团有限公司" and org.kind == "Company"
    assert lex.org_of("贸促会") == lex.org_of("中国国际贸易促进委员会")
    assert lex.org_of("不存在的公司") is None


def test_titles_and_suffixes(lex):
    for title in ("省长", "常务副省长", "省委书记", "党组书记", "驻华大使", "总会计师", "副总裁"):
        assert title in lex.titles
    assert all(len(t) >= 2 for t in lex.titles)
    assert len(lex.titles) > 300
    for suffixes in (lex.org_suffixes, lex.gov_suffixes, lex.company_suffixes):
        lengths = [len(s) for s in suffixes]
        assert lengths == sorted(lengths, reverse=True)
    assert set(lex.gov_suffixes) <= set(lex.org_suffixes)
    assert set(lex.company_suffixes) <= set(lex.org_suffixes)
    assert "公司" in lex.company_suffixes and "公司" not in lex.gov_suffixes


def test_customs_and_administration_heads_are_titles(lex):
    for title in ("关长", "副关长", "署长", "副署长", "局长", "副局长", "常务副局长"):
        assert title in lex.titles


def test_find_leftmost_longest(lex):
    found = [(m.text, m.type, m.key) for m in lex.find(SENTENCE)]
    assert found == [
        ("中国·青海绿色发展投资贸易洽谈会", "Fair", "中国·青海绿色发展投资贸易洽谈会"),
        ("西宁", "Place", "西宁市"),
        ("青海省", "Place", "青海省"),
        ("副省长", "Role", "副省长"),
        ("吉尔吉斯共和国", "Country", "吉尔吉斯斯坦"),
        ("驻华大使", "Role", "驻华大使"),
        ("国家电网有限公司", "Organization", "国家电网有限公司"),
        ("海西州", "Place", "海西蒙古族藏族自治州"),
        ("冰岛", "Country", "冰岛"),
        ("阿联酋", "Country", "阿联酋"),
        ("青洽会", "Fair", "中国·青海绿色发展投资贸易洽谈会"),
    ]
    org = next(m for m in lex.find(SENTENCE) if m.type == "Organization")
    assert org.subtype == "Company"


def test_find_offsets_and_dash_variants(lex):
    text = "中国-东盟博览会与中国－南亚博览会"
    matches = lex.find(text)
    assert [m.key for m in matches] == ["中国—东盟博览会", "中国—南亚博览会"]
    for m in matches:
        assert text[m.start : m.end] == m.text
        assert isinstance(m, LexiconMatch)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_no_single_character_matches(lex):
    text = "省、市、县、局、厅、部、委、办、中、美、俄"
    assert lex.find(text) == []
    for table in (lex.countries, lex.places, lex.organizations, lex.fairs):
        assert all(len(k) >= 2 for k in table)


def test_find_is_deterministic(lex):
    first = lex.find(SENTENCE * 3)
    assert first == lex.find(SENTENCE * 3)
    assert len(first) == 33


def test_entries_frozen_and_tables_read_only(lex):
    entry = lex.place_of("西宁")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.places["火星"] = entry  # type: ignore[index]


def test_normalize_keeps_length():
    text = "中国－东盟•博览会(南宁)"
    assert len(normalize(text)) == len(text)
    assert normalize(text) == "中国—东盟·博览会（南宁）"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus absent")
def test_corpus_matches_are_consistent(lex):
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        for m in lex.find(text):
            assert text[m.start : m.end] == m.text
            assert len(m.text) >= 2


def test_title_inside_body_name_is_not_a_role(lex):
    found = [
        (m.text, m.type)
        for m in lex.find("省人大常委会召开会议，董事会审议，秘书长出席，代表团抵达")
    ]
    assert ("常委", "Role") not in found
    assert ("董事", "Role") not in found and ("代表", "Role") not in found
    assert ("秘书长", "Role") in found


@pytest.mark.parametrize(
    "title",
    ["大臣", "国务大臣", "经济大臣", "贸易大臣", "投资大臣", "经济产业大臣", "外交副大臣",
     "国务部长", "首席部长", "政务部长", "部长级代表", "部长级政务部长", "酋长", "总督",
     "州长", "省长", "驻广州总领事", "驻成都总领事", "驻华商务参赞", "驻上海副总领事", "外长"],
)  # fmt: skip
def test_foreign_official_titles(lex, title):
    assert title in lex.titles


def test_minister_titles_are_found_whole(lex):
    found = [(m.text, m.type) for m in lex.find("荷兰经济大臣与马来西亚首席部长会见")]
    assert found == [
        ("荷兰", "Country"),
        ("经济大臣", "Role"),
        ("马来西亚", "Country"),
        ("首席部长", "Role"),
    ]


def test_council_of_ministers_is_no_title(lex):
    assert [m.type for m in lex.find("部长会议")] == []


@pytest.mark.parametrize(
    "name, iso2",
    [("曼谷", "TH"), ("吉隆坡", "MY"), ("阿拉木图", "KZ"), ("比什凯克", "KG"), ("莫斯科", "RU"),
     ("法兰克福", "DE"), ("迪拜", "AE"), ("纽约", "US"), ("胡志明市", "VN"), ("海参崴", "RU")],
)  # fmt: skip
def test_foreign_places(lex, name, iso2):
    assert lex.foreign_place_of(name).iso2 == iso2
    assert lex.place_of(name) is None  # China's divisions stay apart


def test_foreign_places_belong_to_known_countries_and_not_to_china(lex):
    codes = {c.iso2 for c in lex.countries.values()}
    assert {f.iso2 for f in lex.foreign_places.values()} <= codes
    assert not set(lex.foreign_places) & set(lex.places)
    assert not set(lex.foreign_places) & set(lex.countries)


def test_foreign_places_are_found_as_places(lex):
    found = [(m.text, m.type) for m in lex.find("来自曼谷和吉尔吉斯共和国伊塞克湖州的客商")]
    assert found == [("曼谷", "Place"), ("吉尔吉斯共和国", "Country"), ("伊塞克湖州", "Place")]


@pytest.mark.parametrize("text", ["萨利马湖边", "雅典娜号", "在这里加强合作", "马赛克墙面"])
def test_no_foreign_place_inside_other_words(lex, text):
    assert [m for m in lex.find(text) if m.type == "Place"] == []


def test_autonomous_county_goes_by_its_plain_name(lex):
    assert lex.place_of("互助县").name == "互助土族自治县"
    assert lex.place_of("龙胜县").name == "龙胜各族自治县"
    assert lex.place_of("鄂温克旗").name == "鄂温克族自治旗"
    found = lex.find("来自互助县的企业")
    assert [(m.text, m.type, m.key) for m in found] == [("互助县", "Place", "互助土族自治县")]


def test_autonomous_county_alias_never_takes_a_province_name(lex):
    assert lex.place_of("河南县") is None


def test_county_alias_rule():
    from fairgraph.zh.lexicon.places_gen import add_county_aliases, county_alias

    assert county_alias("大通回族土族自治县") == "大通县"
    assert county_alias("循化撒拉族自治县") == "循化县"
    assert county_alias("西宁市") is None
    rows = [
        ("河南省", "河南", "province", "", "410000", ""),
        ("河南蒙古族自治县", "", "county", "黄南藏族自治州", "632324", ""),
        ("门源回族自治县", "", "county", "海北藏族自治州", "632221", "门源"),
    ]
    assert [r[5] for r in add_county_aliases(rows)] == ["", "", "门源县|门源"]


@pytest.mark.parametrize(
    "name, canonical, province",
    [("雄安新区", "雄安新区", "河北省"), ("中关村科技园区", "中关村", "北京市"),
     ("前海深港现代服务业合作区", "前海", "广东省"), ("光谷", "东湖新技术开发区", "湖北省"),
     ("柴达木循环经济试验区", "柴达木循环经济试验区", "青海省")],
)  # fmt: skip
def test_zones_are_places_inside_their_division(lex, name, canonical, province):
    entry = lex.place_of(name)
    assert (entry.name, entry.level) == (canonical, "zone")
    assert lex.province_of(name).name == province


def test_zones_are_found_in_text_and_do_not_shadow_divisions(lex):
    found = [(m.text, m.key) for m in lex.find("企业落户横琴和浦东新区")]
    assert found == [("横琴", "横琴"), ("浦东新区", "浦东新区")]
    assert lex.place_of("浦东新区").level == "county"


def test_a_zone_inside_an_unknown_division_is_a_model_error(tmp_path, monkeypatch):
    from fairgraph.errors import ModelError
    from fairgraph.zh.lexicon import tables

    monkeypatch.setattr(tables, "rows", lambda name, width: [("某新区", "不存在市", "")])
    with pytest.raises(ModelError, match="某新区"):
        tables.zones({"北京市"})


def test_every_data_file_has_its_source_and_parses() -> None:
    from importlib import resources

    from fairgraph.zh.extract.fair_years import cadences

    data = resources.files("fairgraph.zh.lexicon").joinpath("data")
    sources = data.joinpath("SOURCES.md").read_text("utf-8")
    for entry in data.iterdir():
        if entry.name.endswith(".tsv"):
            assert f"`{entry.name}`" in sources, f"{entry.name} has no row in SOURCES.md"
    runs = cadences()
    assert all(r.first <= (r.last or r.first) and r.step > 0 for rs in runs.values() for r in rs)
