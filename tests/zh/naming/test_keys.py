"""Canonical names of bodies (zh/naming/keys.py), through the whole pipeline."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.naming.keys import place_body
from fairgraph.zh.pipeline import extract_document


def _organizations(text: str) -> set[str]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    return {e.label for e in res.entities if e.type == "Organization"}


def test_a_special_administrative_regions_government_is_no_peoples_government() -> None:
    found = _organizations("香港特别行政区行政长官李某某致辞。")
    assert "香港特别行政区政府" in found
    assert "香港特别行政区人民政府" not in found
    assert "澳门特别行政区政府" in _organizations("澳门特区政府代表团参加。")


def test_liaison_offices_and_trade_bodies_of_hong_kong_and_macao() -> None:
    assert "中央人民政府驻澳门特别行政区联络办公室" in _organizations(
        "中央政府驻澳门联络办公室副主任出席。"
    )
    assert "香港贸易发展局" in _organizations("香港贸发局主席致辞。")


def test_a_party_committee_and_its_government_written_together_are_two_bodies() -> None:
    found = _organizations("甘肃省委省政府高度重视。")
    assert {"中国共产党甘肃省委员会", "甘肃省人民政府"} <= found


def test_a_ministry_named_with_guojia_before_it_is_the_ministry() -> None:
    found = _organizations("甘肃省人民政府和国家商务部共同主办。")
    assert found == {"甘肃省人民政府", "中华人民共和国商务部"}


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # the level the suffix writes wins over the prefecture its head alone names (临夏 → 临夏州)
        ("临夏县委", "中国共产党临夏县委员会"),
        ("临夏县政府", "临夏县人民政府"),
        ("临夏市委", "中国共产党临夏市委员会"),
        ("临夏州委", "中国共产党临夏回族自治州委员会"),
        # a banner (旗) of Inner Mongolia: its Party committee and government
        ("阿拉善左旗旗委", "中国共产党阿拉善左旗委员会"),
        ("阿拉善左旗委", "中国共产党阿拉善左旗委员会"),
        ("阿拉善左旗政府", "阿拉善左旗人民政府"),
    ],
)
def test_county_and_banner_bodies_take_their_full_names(name: str, body: str) -> None:
    assert place_body(name) == body


def test_a_banners_bare_titles_and_bodies_name_the_banner() -> None:
    text = "阿拉善左旗旗委书记王军、旗长李强出席签约仪式。旗政府与某某公司签约。"
    assert {"中国共产党阿拉善左旗委员会", "阿拉善左旗人民政府"} <= _organizations(text)


def test_a_departments_forms_are_one_body() -> None:
    """甘肃省人民政府外事办公室, 甘肃省政府外事办公室 and 甘肃省外办 are one office, named in
    full; the government's own 办公厅 is not one of its departments."""
    text = (
        "甘肃省人民政府外事办公室主任张某出席。甘肃省外办副主任李某陪同。"
        "甘肃省政府外事办公室、甘肃省发改委和甘肃省发展和改革委员会派员参加。甘肃省人民政府办公厅发文。"
    )
    resolution = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    orgs = {e.label for e in resolution.entities if e.type == "Organization"}
    assert {"甘肃省外事办公室", "甘肃省发展和改革委员会"} <= orgs
    assert not orgs & {"甘肃省外办", "甘肃省人民政府外事办公室", "甘肃省发改委"}
    assert "甘肃省人民政府办公厅" in orgs


def test_a_place_council_for_the_promotion_of_trade_is_one_body_in_every_form() -> None:
    from fairgraph.zh.naming.keys import trade_council

    full = "中国国际贸易促进委员会新疆维吾尔自治区分会"
    for written in ("中国贸促会新疆分会", "新疆维吾尔自治区贸促会", "新疆贸促会", full):
        assert trade_council(written) == full, written
    assert trade_council("中国贸促会") is None  # the national council itself
    assert trade_council("某某贸促会") is None  # no place of China
