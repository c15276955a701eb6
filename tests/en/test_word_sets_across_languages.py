"""Names that meet across languages whatever the order of their words (issue 14, point 4): a
federation and a ministry abroad by their place and the set of their words, a company by its
trade name in pinyin with some of its words left out in English, a fair edition by its number
and its series' words; a different trade name, a word the Chinese name lacks or another
edition stay apart. Names and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from en_helpers import built_pair, extract, nodes_with

from fairgraph.en.lexicon import load_lexicon
from fairgraph.en.naming import fair_word_keys, word_set_keys


def test_english_word_sets_match_the_chinese_keys() -> None:
    keys = {
        k
        for _, k in word_set_keys("Organization", "China Federation of Cold Chain and Warehousing")
    }
    assert "Organization|中国|words:chain cold federation warehousing" in keys
    keys = {k for _, k in word_set_keys("Organization", "Ministry of Mining of Chile")}
    assert "Organization|智利|words:mining ministry" in keys
    keys = {
        k for _, k in word_set_keys("Organization", "Gansu Provincial Xinlong Fruit Industry Group")
    }
    assert "Organization|甘肃省|words:fruit industry xinlong +group" in keys
    assert fair_word_keys("5th China (Yingtan) International Ceramic Industry Expo") == (
        (
            "name-words-any-order-across-languages",
            "Fair|5|ceramic china fair industry international yingtan",
        ),
    )


def _signing_nodes(tmp_path: Path, chinese: str, english: str) -> tuple[set, set]:  # type: ignore[type-arg]
    """The nodes named ``chinese`` (@zh) and ``english`` (@en) when a Chinese and an English
    report each say the Gansu government signed with that body."""
    g = built_pair(
        tmp_path,
        f"甘肃省人民政府与{chinese}签署合作协议。",
        f"The Gansu Provincial People's Government signed a cooperation agreement with {english}"
        " on Monday.",
    )
    return nodes_with(g, chinese, "zh"), nodes_with(g, english, "en")


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("中国冷链物流联合会", "China Federation of Cold Chain Logistics"),
        ("恒泰农垦集团有限公司", "Hengtai Group"),
        ("宏达动力股份有限公司", "Hongda Power"),
    ],
)
def test_names_meet_by_their_words(tmp_path: Path, chinese: str, english: str) -> None:
    zh, en = _signing_nodes(tmp_path, chinese, english)
    assert zh and zh == en


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("宏达动力股份有限公司", "Hongda Group"),  # a word the Chinese name lacks
        ("宏达动力股份有限公司", "Hongtai Power"),  # another trade name
    ],
)
def test_other_names_stay_apart(tmp_path: Path, chinese: str, english: str) -> None:
    zh, en = _signing_nodes(tmp_path, chinese, english)
    assert zh and not zh & en


@pytest.mark.parametrize(("edition", "meets"), [("5th", True), ("6th", False)])
def test_a_fair_edition_meets_by_its_number_and_words(
    tmp_path: Path, edition: str, meets: bool
) -> None:
    g = built_pair(
        tmp_path,
        "第五届中国（鹰潭）国际陶瓷产业博览会于10月12日在鹰潭开幕。",
        f"The {edition} China (Yingtan) International Ceramic Industry Expo opened in Yingtan on"
        " Oct 12.",
    )
    zh = nodes_with(g, "第5届中国（鹰潭）国际陶瓷产业博览会", "zh")
    en = nodes_with(g, f"{edition} China (Yingtan) International Ceramic Industry Expo", "en")
    assert zh and en and (zh == en) is meets


def test_a_body_with_its_legal_word_spelt_otherwise_or_its_country_after_it() -> None:
    lex = load_lexicon()
    assert lex.body("State Grid Corp of China") == lex.body("State Grid Corporation of China")
    assert lex.body("Toyota Motor Corporation of Japan") == lex.body("Toyota Motor Corporation")
    assert lex.body("Ministry of Mining of Chile") is None


def test_the_cells_of_a_table_are_names_of_their_own() -> None:
    text = (
        "The contracts signed were:\n"
        "Yingtan Municipal People's Government     Hengtai Group        Copper park\n"
    )
    labels = {m.text for m in extract(text).mentions if m.type == "Organization"}
    assert {"Yingtan Municipal People's Government", "Hengtai Group"} <= labels


def test_a_short_name_declared_after_a_lexicon_body_names_it(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "中国海洋大学与宏达动力股份有限公司签署合作协议。",
        "Ocean University of China (OUC) signed a research agreement with Hongda Power on"
        " Monday. OUC will open a joint laboratory next year.",
    )
    assert nodes_with(g, "OUC", "en") == nodes_with(g, "Ocean University of China", "en")


def test_a_trade_name_written_in_syllables_meets_its_chinese_name() -> None:
    keys = {k for _, k in word_set_keys("Organization", "Heng Tai Group Co., Ltd.")}
    assert "Organization|-|group hengtai" in keys


def test_a_body_the_lexicon_knows_is_no_trade_name() -> None:
    rules = {r for r, _ in word_set_keys("Organization", "Xinhua")}
    assert "trade-name-across-languages" not in rules
