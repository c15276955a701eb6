"""Regions named right after their foreign country (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.model import Mention
from fairgraph.zh.extract.regions import foreign_regions


def _after_country(text: str, country: str) -> list[tuple[str, str]]:
    found = foreign_regions(text, [Mention(0, len(country), country, "Country")])
    return [(m.text, m.type) for m in found]


@pytest.mark.parametrize(
    "text, country, region",
    [
        ("日本静冈县客商到会", "日本", "静冈县"),
        ("印度古吉拉特邦代表出席", "印度", "古吉拉特邦"),
        ("俄罗斯联邦滨海边疆区代表出席", "俄罗斯联邦", "滨海边疆区"),
        ("土耳其埃迪尔内市与西宁市结好", "土耳其", "埃迪尔内市"),
    ],
)
def test_region_after_country(text, country, region):
    assert _after_country(text, country) == [(country, "Country"), (region, "Place")]


@pytest.mark.parametrize("text", ["美国联邦政府官员", "美国各州代表", "中国浙江省"])
def test_no_region(text):
    country = "中国" if text.startswith("中国") else "美国"
    assert _after_country(text, country) == [(country, "Country")]


def test_region_named_after_its_city_replaces_the_city():
    text = "甘肃省与哈萨克斯坦阿拉木图州结好"
    ms = [Mention(4, 9, "哈萨克斯坦", "Country"), Mention(9, 13, "阿拉木图", "Place")]
    found = [(m.text, m.type) for m in foreign_regions(text, ms)]
    assert found == [("哈萨克斯坦", "Country"), ("阿拉木图州", "Place")]
