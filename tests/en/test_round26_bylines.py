"""Issue 14, session 19: how foreign and wire outlets print their staff — a wire's dateline
agency with a one-hyphen dash and its "(Reporting by A in X and B in Y; Editing by C)" credit, a
masthead in capitals naming a paper by its article and one word (THE STAR | Business | date), a
masthead in capitalised words (Some Online) with a section line, and a reporter's name alone
(or with its date) under the headline; "Interview by A". Every report written for this test."""

from __future__ import annotations

import pytest

from fairgraph.languages import extract_document
from fairgraph.model import Document
from fairgraph.resolve import resolve

BODY = (
    "The 9th China-South Asia Expo opened in Kunming on Monday, drawing firms from 80 countries.\n"
)


def _outlet(name: str | None) -> str | None:
    """An outlet's name as the scorer compares it: case and a leading article aside."""
    return name.lower().removeprefix("the ") if name else None


def staff(text: str) -> set[tuple[str, str, str | None]]:
    result = resolve([extract_document(Document.from_text(text, source="t.txt", language="en"))])
    label = {e.key: e.label for e in result.entities}
    return {
        (label[p.person], p.role, _outlet(label.get(p.organization) if p.organization else None))
        for p in result.posts
        if p.role in ("reporter", "editor")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KUNMING, China, June 9 (Reuters) - "
            + BODY
            + "(Reporting by Zhou Lan in Kunming and Arjun Mehta in New Delhi; "
            "Editing by Paul Grant)\n",
            {
                ("Zhou Lan", "reporter", "Reuters"),
                ("Arjun Mehta", "reporter", "Reuters"),
                ("Paul Grant", "editor", "Reuters"),
            },
        ),
        (
            "THE STAR | Business | Tuesday, June 10, 2025\n\n"
            "Kunming expo draws South Asian firms\n\nMeera Pillai\n\n" + BODY,
            {("Meera Pillai", "reporter", "The Star")},
        ),
        (
            "Nile Online\nBusiness > Economy\n\nKunming expo draws South Asian firms\n\n"
            "Omar Abdel-Rahman, Monday 9 Jun 2025\n\n" + BODY,
            {("Omar Abdel-Rahman", "reporter", "Nile Online")},
        ),
        (
            "THE HARBOUR TIMES\n\nQ&A: what Kunming showed us\n\nInterview by Ana Costa Lima\n\n"
            + BODY,
            {("Ana Costa Lima", "reporter", "The Harbour Times")},
        ),
    ],
)
def test_staff_of_foreign_and_wire_outlets(text: str, expected: set) -> None:
    assert staff(text) == {(person, role, _outlet(outlet)) for person, role, outlet in expected}
