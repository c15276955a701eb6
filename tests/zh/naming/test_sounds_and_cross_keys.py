"""The keys a Chinese name meets other languages' names by: a transliteration's consonant
skeleton, a Cantonese reading, a family name's other readings, and a company's or zone's place,
words and kind (names written for these tests)."""

from __future__ import annotations

import pytest

from fairgraph.zh.naming.cross import cross_keys
from fairgraph.zh.naming.sounds import (
    cantonese_keys,
    surname_readings,
    transliteration_key,
)


@pytest.mark.parametrize(
    ("name", "skeleton"),
    [
        ("萨米拉·哈利迪", "SMLT"),
        ("伊万·彼得罗夫", "FNPTLF"),
        ("艾哈迈德·纳赛尔", "MTNSL"),
        ("罗伯特·米勒", "LPTML"),
    ],
)
def test_a_transliterated_name_keeps_its_consonants(name: str, skeleton: str) -> None:
    assert transliteration_key(name) == skeleton


def test_a_chinese_name_has_no_skeleton_and_a_short_one_none() -> None:
    assert transliteration_key("王建国") is None
    assert transliteration_key("阿拉·伊") is None  # too short to tell names apart


def test_a_chinese_name_in_cantonese() -> None:
    assert "chanchiwa" in cantonese_keys("陈志华")
    assert "leungkwokhung" in cantonese_keys("梁国雄")
    assert cantonese_keys("萨米拉·哈利迪") == ()


def test_family_names_read_otherwise() -> None:
    assert "shanxiaoming" in surname_readings("单小明")
    assert "zengli" in surname_readings("曾丽")
    assert surname_readings("李丽") == ()


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [
        (
            "Organization",
            "甘肃祥云机械股份有限公司",
            "Organization|甘肃省|xiangyun machinery|co ltd",
        ),
        (
            "Organization",
            "宁夏新材料投资集团有限公司",
            "Organization|宁夏回族自治区|new materials investment|group co ltd",
        ),
        # a zone or body by its place and kind alone (its name is no more); a company never
        (
            "Place",
            "兰州高新技术产业开发区",
            "Place|兰州市||high tech industrial development zone",
        ),
        ("Organization", "兰州股份有限公司", None),
    ],
)
def test_a_companys_place_words_and_kind(kind: str, name: str, key: str | None) -> None:
    keys = [k for _, k in cross_keys(kind, name)]
    assert (key in keys) if key else keys == []


def test_a_trade_name_and_a_word_with_no_place_are_keyed_so() -> None:
    """祥云机械股份有限公司: xiangyun (pinyin) machinery, with the place written ``-``."""
    keys = [k for _, k in cross_keys("Organization", "祥云机械股份有限公司")]
    assert "Organization|-|xiangyun machinery|co ltd" in keys


def test_no_place_or_no_kind_no_key() -> None:
    # a trade name alone: only by that name in pinyin, which an English name must spell so
    assert cross_keys("Organization", "祥云股份有限公司") == (
        ("trade-name-across-languages", "Organization|-|xiangyun"),
    )
    assert cross_keys("Organization", "机械股份有限公司") == ()  # words alone, no name of its own
    # a kind the table lacks: no key of place, words and kind (its words in any order only)
    rules = {rule for rule, _ in cross_keys("Organization", "甘肃祥云机械厂")}
    assert "translated-name-across-languages" not in rules
    assert cross_keys("Person", "甘肃祥云机械股份有限公司") == ()
