"""The CRF's second opinion on the rules' organisations (fairgraph.en.ner.combine)."""

import pytest

from fairgraph.en.ner.combine import MOVES, chosen_moves, second_opinion, use_moves
from fairgraph.model import Mention


def _org(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "Organization", "Company")


TEXT = "Kestrel Mining and Orvane Power signed with Halvard Steel in Chile."


def test_add_reads_an_organisation_the_rules_missed():
    rules = [_org(TEXT, "Kestrel Mining and Orvane Power")]
    at = TEXT.index("Halvard")
    out = second_opinion(TEXT, rules, [(at, at + 13, "ORG")], ("add",))
    assert [m.text for m in out] == ["Kestrel Mining and Orvane Power", "Halvard Steel"]
    assert out[1].origin == "crf"


def test_add_never_overlaps_a_rule_mention():
    rules = [_org(TEXT, "Halvard Steel")]
    at = TEXT.index("Halvard")
    assert second_opinion(TEXT, rules, [(at, at + 22, "ORG")], ("add",)) == rules


def test_split_needs_parts_covering_the_rule_span_end_to_end():
    rules = [_org(TEXT, "Kestrel Mining and Orvane Power")]
    a, b = TEXT.index("Orvane"), TEXT.index("Power")
    two = [(0, 14, "ORG"), (a, b + 5, "ORG")]
    assert [m.text for m in second_opinion(TEXT, rules, two, ("split",))] == [
        "Kestrel Mining",
        "Orvane Power",
    ]
    short = [(0, 14, "ORG"), (a, a + 6, "ORG")]
    assert second_opinion(TEXT, rules, short, ("split",)) == rules


def test_refuse_drops_a_one_word_organisation_the_crf_reads_as_no_name():
    text = "Payments rose while Kestrel grew."
    rules = [_org(text, "Payments"), _org(text, "Kestrel")]
    at = text.index("Kestrel")
    out = second_opinion(text, rules, [(at, at + 7, "ORG")], ("refuse",))
    assert [m.text for m in out] == ["Kestrel"]


def test_widen_takes_the_crf_span_over_a_rule_fragment():
    text = "Kestrel Corporation signed."
    rules = [_org(text, "Kestrel")]
    out = second_opinion(text, rules, [(0, 19, "ORG")], ("widen",))
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
