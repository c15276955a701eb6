"""The lexicon's TSV readers (zh/lexicon/tables.py)."""

from __future__ import annotations


def test_tables_the_rules_ask_for_at_every_sentence_are_read_once() -> None:
    """departments(), honorifics() and country_abbreviations() are asked for by rules run on
    every sentence: each is read from its file once, not at every call."""
    from fairgraph.zh.lexicon import tables

    for table in (tables.departments, tables.honorifics, tables.country_abbreviations):
        assert table() is table(), table.__name__


def test_field_titles_are_grade_field_base() -> None:
    from fairgraph.zh.lexicon.titles import field_titles

    titles = field_titles()
    assert {"销售总监", "首席经济学家", "高级行业分析师", "名誉副会长", "代表理事"} <= titles
    # a grade-only title takes no field (投资合伙人 is a firm's name + 合伙人), and the parts
    # alone are no titles
    assert not {"投资合伙人", "设计会长", "高级", "设计", "总监"} & titles


def test_agreement_nouns_are_one_list_read_by_each_use() -> None:
    """agreement_nouns.tsv holds each word once; each use reads its own part of it."""
    from fairgraph.zh.lexicon.tables import agreement_nouns, rows

    nouns = [row[0] for row in rows("agreement_nouns.tsv", 3)]
    assert len(nouns) == len(set(nouns))
    signed, paper, title = (agreement_nouns(u) for u in ("signed", "paper", "title"))
    assert {"协议", "合同", "备忘录", "意向书", "订单", "项目"} <= set(signed)
    assert set(paper) <= set(signed) and "订单" not in paper
    # a title word may name no signing (会议纪要) and a signed word need not mark a title (项目)
    assert "纪要" in title and "纪要" not in signed and "项目" not in title


def test_signed_agreement_nouns_put_a_longer_word_before_the_one_it_begins_with() -> None:
    """A signing verb's noun is matched in the file's order: 框架协议书 must be tried before
    框架协议, 协议书 before 协议, or the shorter would cut the name short."""
    from fairgraph.zh.lexicon.tables import agreement_nouns

    signed = agreement_nouns("signed")
    for i, short in enumerate(signed):
        assert not [long for long in signed[i + 1 :] if long.startswith(short)], short


def test_agreement_nouns_know_no_other_use() -> None:
    import pytest

    from fairgraph.zh.lexicon.tables import agreement_nouns

    with pytest.raises(ValueError):
        agreement_nouns("ceremony")
