"""Helpers shared by the rule-layer tests (tests/test_ner_rules*.py)."""

from __future__ import annotations

from fairgraph.model import Mention
from fairgraph.zh.ner.rules_common import mention


def crf(text: str, start: int, end: int, type_: str) -> Mention:
    """A mention as the CRF would give it."""
    return mention(text, start, end, type_, origin="crf")


def spans(ms: list[Mention]) -> list[tuple[str, str]]:
    """(text, type) of mentions, in the order given."""
    return [(m.text, m.type) for m in ms]


def sorted_spans(ms: list[Mention]) -> list[tuple[str, str]]:
    """(text, type) of mentions, by position."""
    return [(m.text, m.type) for m in sorted(ms)]
