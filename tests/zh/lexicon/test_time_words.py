"""The one list of Chinese time words (lexicon/data/time_words.tsv) and the rules that read it."""

from __future__ import annotations

import re

from fairgraph.model import DateMention, PartialDate
from fairgraph.zh.extract.dates_relative import relative_day, same_day
from fairgraph.zh.lexicon.tables import day_offsets, rows, time_words, time_words_pattern


def test_time_words_are_well_formed() -> None:
    words = time_words()
    assert len(words) == len(set(words)) == len(list(rows("time_words.tsv", 4)))
    # no word begins another: a pattern built from the list matches the same in any order
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    assert set(time_words("report-day")) == set(day_offsets("report-day"))
    assert set(time_words("same-day")) == set(day_offsets("same-day"))
    assert {"今天", "昨天", "日前", "近日", "次日", "翌日", "上午", "下午"} <= set(words)


def test_pattern_matches_each_word_whole() -> None:
    pattern = re.compile(time_words_pattern() + "$")
    assert all(pattern.match(w) for w in time_words())
    assert pattern.match("上午好") is None


def test_days_are_counted_from_the_file() -> None:
    report = PartialDate(2025, 3, 1)
    assert relative_day("前天", report) == PartialDate(2025, 2, 27)
    written = DateMention(0, 6, "6月30日", PartialDate(2025, 6, 30))
    assert same_day("翌日", [written], report) == PartialDate(2025, 7, 1)
