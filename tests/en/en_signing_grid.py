"""What the English signing grids share: the party pairs a sentence of theirs gives.

The grids (tests/en/test_english_agreement_grid.py, tests/en/test_agreement_constructions_grid.py)
also run as scripts listing their misses, so this module imports nothing from the test tree.
"""

from __future__ import annotations

from fairgraph.evaluate.gold import normalise
from fairgraph.languages import extract_document
from fairgraph.model import Document
from fairgraph.resolve import resolve


def signed_pairs(text: str, names: set[str]) -> set[frozenset[str]]:
    """The party pairs of ``text`` built alone: each party by the one of ``names`` that its
    label or an alternative label is (as gold matches them), else ``?label``."""
    document = Document.from_text(text, source="grid.txt", language="en")
    result = resolve([extract_document(document)])
    wanted = {normalise(n): n for n in names}
    written: dict[str, str] = {}
    for entity in result.entities:
        found = [
            wanted[normalise(x)]
            for x in (entity.label, *entity.alt_labels)
            if normalise(x) in wanted
        ]
        written[entity.key] = found[0] if found else f"?{entity.label}"
    return {frozenset(written[p] for p in a.parties) for a in result.agreements}
