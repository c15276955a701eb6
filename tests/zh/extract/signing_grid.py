"""What the Chinese signing grids (``test_agreement_grid.py``, ``test_agreement_news_grid.py``)
share: a case's form, the pairs the extractor reads, the cases as pytest parameters, and the
misses listed when a grid is run as a script
(``python tests/zh/extract/test_agreement_grid.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document

#: a sentence, the pairs of parties it states (by their written names), and why the extractor
#: does not read it yet (a strict xfail) or None
Case = tuple[str, set[frozenset[str]], str | None]


def found_pairs(text: str, source: str = "grid.txt") -> set[frozenset[str]]:
    """The pairs of parties the extractor reads in ``text``, by their written names."""
    extraction = extract_document(Document.from_text(text, source=source))
    return {frozenset(m.text for m in a.parties) for a in extraction.agreements}


def grid_params(cases: Sequence[Case]) -> list[object]:
    """The cases as pytest parameters, each with its reason as a strict xfail."""
    return [
        pytest.param(
            text,
            pairs,
            id=text,
            marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
        )
        for text, pairs, reason in cases
    ]


def print_misses(
    cases: Sequence[Case], read: Callable[[str], set[frozenset[str]]], show: Callable[[str], str]
) -> None:
    """Each case ``read`` does not read as expected (MISS; GAP for a known one), then the count."""
    misses = 0
    for text, pairs, reason in cases:
        got = read(text)
        if got != pairs:
            misses += 1
            print("MISS" if reason is None else "GAP ", show(text), sorted(map(sorted, got)))
    print(f"{len(cases) - misses}/{len(cases)} read as expected")
