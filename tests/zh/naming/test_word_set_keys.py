"""The keys a Chinese name meets an English one by whatever the order of its words: the set of
its words (place, translated or pinyin words, the kind's words), a company's trade name with
any choice of its other words, a fair edition's number and words (names written for these
tests)."""

from __future__ import annotations

from fairgraph.en.words import word_form
from fairgraph.zh.naming.cross import cross_keys, fair_word_keys, word_set_keys


def _keys(kind: str, name: str) -> set[str]:
    return {key for _, key in word_set_keys(kind, name)}


def test_a_federation_is_keyed_by_its_words_in_any_order() -> None:
    keys = _keys("Organization", "中国冷链与仓储联合会")
    assert "Organization|中国|words:chain cold federation warehousing" in keys


def test_a_ministry_abroad_by_its_country_and_its_words() -> None:
    assert "Organization|智利|words:mining ministry" in _keys("Organization", "智利矿业部")


def test_a_group_is_keyed_with_and_without_its_group() -> None:
    keys = _keys("Organization", "甘肃鑫隆果业集团有限公司")
    assert "Organization|甘肃省|words:fruit industry xinlong" in keys
    assert "Organization|甘肃省|words:fruit industry xinlong +group" in keys


def test_a_trade_name_with_any_choice_of_its_other_words() -> None:
    keys = _keys("Organization", "恒泰农垦集团有限公司")
    assert {"Organization|-|group hengtai", "Organization|-|hengtai"} <= keys
    assert "Organization|-|group" not in keys  # never the other words without the name


def test_no_trade_name_no_trade_key_and_a_place_is_no_trade_name() -> None:
    rules = {rule for rule, _ in word_set_keys("Organization", "陕西果业集团")}
    assert "trade-name-across-languages" not in rules
    assert word_set_keys("Person", "恒泰农垦集团有限公司") == ()


def test_a_fair_edition_by_its_number_and_words() -> None:
    keys = {key for _, key in fair_word_keys("第5届中国（鹰潭）国际陶瓷产业博览会")}
    assert "Fair|5|ceramic china fair industry international yingtan" in keys
    # the series' translated words may be left out, never its place or its number
    assert "Fair|5|ceramic china fair yingtan" in keys
    assert not any(k.startswith("Fair|6|") for k in keys)
    assert all("yingtan" in k for k in keys)
    assert cross_keys("Fair", "中国（鹰潭）国际陶瓷产业博览会") == ()  # no edition


def test_english_words_as_both_namings_key_them() -> None:
    assert [word_form(w) for w in ("Logistics", "Centre", "Industries", "hi")] == [
        "logistic",
        "center",
        "industry",
        "high",
    ]
