"""Model place mentions checked against the lexicon and the shape of place names."""

from __future__ import annotations

import pytest

from fairgraph.model import Mention
from fairgraph.zh.extract.places import plausible_place, plausible_places, split_country_prefix


def _crf(text: str) -> Mention:
    return Mention(0, len(text), text, "Place", origin="crf")


@pytest.mark.parametrize("text", ["海口", "海口市", "长春净月高新区", "南京国际博览中心", "峨眉山"])
def test_named_places_are_kept(text: str) -> None:
    assert plausible_place(_crf(text))


@pytest.mark.parametrize(
    "text", ["港", "东南亚", "两岸", "各省区", "省区市", "创业园区", "一号 馆", "3号"]
)
def test_fragments_and_regions_are_dropped(text: str) -> None:
    assert not plausible_place(_crf(text))


def test_lexicon_and_rule_places_are_never_dropped() -> None:
    rule = Mention(0, 2, "两岸", "Place", origin="rule")
    assert plausible_places([rule]) == [rule]


def test_foreign_city_after_its_country_is_split() -> None:
    parts = split_country_prefix(Mention(5, 10, "法国里昂市", "Place", origin="crf"))
    assert [(m.text, m.type, m.start, m.end) for m in parts] == [
        ("法国", "Country", 5, 7),
        ("里昂市", "Place", 7, 10),
    ]


def test_chinese_place_is_not_split_after_china() -> None:
    m = Mention(0, 4, "中国海南", "Place", origin="crf")
    assert split_country_prefix(m) == [m]


def test_a_country_before_a_known_company_is_split_but_not_before_other_names() -> None:
    from fairgraph.zh.extract.places import split_country_from_known_org

    split = split_country_from_known_org(Mention(0, 5, "德国西门子", "Organization"))
    assert [(m.text, m.type) for m in split] == [("德国", "Country"), ("西门子", "Organization")]
    assert split[1].start == 2 and split[1].end == 5
    whole = Mention(0, 9, "柬埔寨国家电力公司", "Organization")
    assert split_country_from_known_org(whole) == [whole]
    bank = Mention(0, 4, "中国银行", "Organization")
    assert split_country_from_known_org(bank) == [bank]
    ministry = Mention(0, 7, "巴基斯坦商务部", "Organization")
    assert split_country_from_known_org(ministry) == [ministry]


@pytest.mark.parametrize("text", ["曼谷", "法兰克福", "清迈府", "古吉拉特邦", "滨海边疆区"])
def test_foreign_cities_and_regions_are_kept(text: str) -> None:
    assert plausible_place(_crf(text))


@pytest.mark.parametrize("text", ["泰国政府", "总统府", "美国联邦"])
def test_bodies_ending_like_regions_are_dropped(text: str) -> None:
    assert not plausible_place(_crf(text))


@pytest.mark.parametrize(
    "name, ok", [("温江区", True), ("浦东新区", True), ("创业园区", False), ("产业园区", False)]
)
def test_a_district_is_plausible_an_area_by_kind_is_not(name, ok):
    assert plausible_place(Mention(0, len(name), name, "Place", None, "crf")) is ok
