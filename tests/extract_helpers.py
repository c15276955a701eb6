"""Helpers shared by the extraction tests."""

from __future__ import annotations

from fairgraph.languages import extract_document as extract_any
from fairgraph.model import Document
from fairgraph.resolve import Resolution, resolve
from fairgraph.zh.pipeline import extract_document


def post_triples(text: str, backend: str = "rules") -> set[tuple[str, str, str | None]]:
    """(person, role, organisation or represented country) of every post found in ``text``."""
    ex = extract_document(Document.from_text(text, source="t.txt"), backend=backend)
    out = set()
    for p in ex.posts:
        holder = p.organization or p.represents
        out.add((p.person.text, p.role.text, holder.text if holder else None))
    return out


#: a resolved post as the tests compare it: (person, role, organisation, represented country),
#: each entity by its label
LabelledPost = tuple[str, str, str | None, str | None]


def labelled_posts(result: Resolution) -> set[LabelledPost]:
    """The posts of a resolution, each entity by its label."""
    label = {e.key: e.label for e in result.entities}
    return {
        (
            label[p.person],
            p.role,
            label.get(p.organization) if p.organization else None,
            label.get(p.represents) if p.represents else None,
        )
        for p in result.posts
    }


def labelled_pairs(result: Resolution) -> set[frozenset[str]]:
    """The party pairs of a resolution's agreements, each party by its label."""
    label = {e.key: e.label for e in result.entities}
    return {frozenset(label[k] for k in a.parties) for a in result.agreements}


def resolved_text(text: str, language: str, backend: str = "default") -> Resolution:
    """``text`` extracted alone as one report in ``language`` and resolved."""
    document = Document.from_text(text, source="t.txt", language=language)
    return resolve([extract_any(document, backend=backend)])
