"""The lexicon's TSV readers (zh/lexicon/tables.py)."""

from __future__ import annotations


def test_tables_the_rules_ask_for_at_every_sentence_are_read_once() -> None:
    """departments(), honorifics() and country_abbreviations() are asked for by rules run on
    every sentence: each is read from its file once, not at every call."""
    from fairgraph.zh.lexicon import tables

    for table in (tables.departments, tables.honorifics, tables.country_abbreviations):
        assert table() is table(), table.__name__
