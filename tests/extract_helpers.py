"""Helpers shared by the extraction tests."""

from __future__ import annotations

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document


def post_triples(text: str, backend: str = "rules") -> set[tuple[str, str, str | None]]:
    """(person, role, organisation or represented country) of every post found in ``text``."""
    ex = extract_document(Document.from_text(text, source="t.txt"), backend=backend)
    out = set()
    for p in ex.posts:
        holder = p.organization or p.represents
        out.add((p.person.text, p.role.text, holder.text if holder else None))
    return out
