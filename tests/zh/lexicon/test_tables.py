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
