"""Signings of official news: a pair of one-character short forms where one stands for several
countries (中伊两国, 中巴双方), and a signer with titles joined by 兼 standing for the body named
before them. Every sentence here is invented."""

from __future__ import annotations

from extract_helpers import labelled_pairs, resolved_text


def _pairs(text: str) -> set[frozenset[str]]:
    return labelled_pairs(resolved_text(text, "zh", backend="crf"))


def test_an_ambiguous_short_form_is_the_country_the_report_writes_in_full() -> None:
    got = _pairs("伊朗外长今天抵京访问。中伊两国政府签署了文化合作协定。")
    assert frozenset({"中国", "伊朗"}) in got


def test_an_ambiguous_short_form_with_no_country_written_names_none() -> None:
    assert not _pairs("中伊两国政府签署了文化合作协定。")


def test_an_ambiguous_short_form_with_two_of_its_countries_written_names_none() -> None:
    text = "伊朗和伊拉克的代表也到会。中伊两国政府签署了文化合作协定。"
    assert not any("中国" in pair for pair in _pairs(text))


def test_a_full_name_before_liangguo_is_no_pair_of_short_forms() -> None:
    # 巴西两国: 巴 and 西 are no two countries
    got = _pairs("中国和巴西两国政府签署了文化合作协定。")
    assert got == {frozenset({"中国", "巴西"})}


def test_a_signer_with_titles_joined_by_jian_signs_for_the_body_before() -> None:
    text = "华东电力公司董事长兼总裁孙立平与江南重工集团总裁赵德明签订了供货协议。"
    assert frozenset({"华东电力公司", "江南重工集团"}) in _pairs(text)


def test_countries_officials_written_with_no_name_sign_for_them() -> None:
    got = _pairs("马里外长与塞内加尔外长今天签署了两国合作备忘录。")
    assert frozenset({"马里", "塞内加尔"}) in got
