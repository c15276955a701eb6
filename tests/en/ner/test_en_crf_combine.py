"""The CRF's second opinion on the rules' organisations (fairgraph.en.ner.combine)."""

import pytest

from fairgraph.en.ner.combine import (
    CONFIDENT,
    MOVES,
    chosen_moves,
    second_opinion,
    use_moves,
)
from fairgraph.en.ner.crf import Reading, ScoredSpan, TokenTag
from fairgraph.model import Mention

SURE, UNSURE = 0.99, CONFIDENT - 0.2


def _org(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "Organization", "Company")


def _span(text: str, name: str, sure: float = SURE) -> ScoredSpan:
    at = text.index(name)
    return ScoredSpan(at, at + len(name), "ORG", sure)


def _outside(text: str, word: str, sure: float = SURE) -> TokenTag:
    at = text.index(word)
    return TokenTag(at, at + len(word), "O", sure, sure)


TEXT = "Kestrel Mining and Orvane Power signed with Halvard Steel in Chile."


def test_add_reads_an_organisation_the_rules_missed_where_the_model_is_sure():
    rules = [_org(TEXT, "Kestrel Mining and Orvane Power")]
    out = second_opinion(TEXT, rules, Reading([], [_span(TEXT, "Halvard Steel")]), ("add",))
    assert [m.text for m in out] == ["Kestrel Mining and Orvane Power", "Halvard Steel"]
    assert out[1].origin == "crf"
    unsure = Reading([], [_span(TEXT, "Halvard Steel", UNSURE)])
    assert second_opinion(TEXT, rules, unsure, ("add",)) == rules


def test_add_never_overlaps_a_rule_mention():
    rules = [_org(TEXT, "Halvard Steel")]
    wider = Reading([], [_span(TEXT, "Halvard Steel in Chile")])
    assert second_opinion(TEXT, rules, wider, ("add",)) == rules


def test_split_needs_parts_covering_the_rule_span_end_to_end_and_a_sure_join():
    rules = [_org(TEXT, "Kestrel Mining and Orvane Power")]
    two = [_span(TEXT, "Kestrel Mining"), _span(TEXT, "Orvane Power")]
    joined = Reading([_outside(TEXT, "and")], two)
    assert [m.text for m in second_opinion(TEXT, rules, joined, ("split",))] == [
        "Kestrel Mining",
        "Orvane Power",
    ]
    short = Reading([_outside(TEXT, "and")], [two[0], _span(TEXT, "Orvane")])
    assert second_opinion(TEXT, rules, short, ("split",)) == rules
    unsure = Reading([_outside(TEXT, "and", UNSURE)], two)
    assert second_opinion(TEXT, rules, unsure, ("split",)) == rules


def test_refuse_drops_a_one_word_organisation_the_model_is_sure_is_no_name():
    text = "Payments rose while Kestrel grew and Orvane fell."
    rules = [_org(text, "Payments"), _org(text, "Kestrel"), _org(text, "Orvane")]
    reading = Reading(
        [_outside(text, "Payments"), _outside(text, "Orvane", UNSURE)],
        [_span(text, "Kestrel")],
    )
    out = second_opinion(text, rules, reading, ("refuse",))
    assert [m.text for m in out] == ["Kestrel", "Orvane"]


def test_widen_takes_the_crf_span_over_a_rule_fragment():
    text = "Kestrel Corporation signed."
    rules = [_org(text, "Kestrel")]
    out = second_opinion(text, rules, Reading([], [_span(text, "Kestrel Corporation")]), ("widen",))
    assert [(m.text, m.origin) for m in out] == [("Kestrel Corporation", "crf-widen")]


def test_moves_are_checked_and_kept_in_order():
    before = chosen_moves()
    try:
        use_moves(("add", "refuse"))
        assert chosen_moves() == tuple(m for m in MOVES if m in ("add", "refuse"))
        with pytest.raises(ValueError):
            use_moves(("guess",))
    finally:
        use_moves(before)
