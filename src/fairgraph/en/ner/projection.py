"""Gold names projected onto a report's text: the CRF's training labels.

Every entity name of a gold file and every alias of it (``gold/README.md``) is looked for in
the text, longest first, case-sensitive, at every occurrence that starts and ends on a word's
edge and that no longer name took; a name's label is its entity type's (:data:`LABELS`).
Spans that do not fall on token edges are left out.

>>> text = "Acme Group signed with Beta Power Co. in Lusaka. Acme and Zambia agreed."
>>> names = {"Acme Group": "ORG", "Acme": "ORG", "Beta Power Co.": "ORG", "Zambia": "LOC"}
>>> [(text[s:e], label) for s, e, label in project_names(text, names)]
[('Acme Group', 'ORG'), ('Beta Power Co.', 'ORG'), ('Acme', 'ORG'), ('Zambia', 'LOC')]
>>> sentence_tags("Acme and Zambia agreed.", [(0, 4, "ORG"), (9, 15, "LOC")])
['B-ORG', 'O', 'B-LOC', 'O', 'O']
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from fairgraph.en.ner.features import tokenize

#: a gold entity type → the tagger's label
LABELS = {
    "Person": "PER",
    "Organization": "ORG",
    "Country": "LOC",
    "Place": "LOC",
    "Fair": "FAIR",
}


def gold_names(gold: dict[str, object]) -> dict[str, str]:
    """Every name and alias of a gold file's entities → its label (a name given two labels by
    two entities is left out)."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    entities = gold.get("entities")
    aliases = gold.get("aliases")
    if not isinstance(entities, dict):
        return out
    alias_map = aliases if isinstance(aliases, dict) else {}
    for kind, names in sorted(entities.items()):
        label = LABELS.get(kind)
        if label is None or not isinstance(names, list):
            continue
        for name in names:
            for form in [name, *alias_map.get(name, [])]:
                form = str(form).strip()
                if not form:
                    continue
                if out.get(form, label) != label:
                    clash.add(form)
                out[form] = label
    return {k: v for k, v in out.items() if k not in clash}


def _edge(text: str, at: int) -> bool:
    """No letter or digit on both sides of ``at``."""
    return not (0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum())


def project_names(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every occurrence of the names, longest name first, none
    overlapping; sorted by start."""
    taken = [False] * len(text)
    out: list[tuple[int, int, str]] = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for hit in re.finditer(re.escape(name), text):
            s, e = hit.span()
            if not (_edge(text, s) and _edge(text, e)) or any(taken[s:e]):
                continue
            taken[s:e] = [True] * (e - s)
            out.append((s, e, names[name]))
    return sorted(out)


def sentence_tags(sentence: str, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the sentence's tokens for ``spans`` (offsets into the sentence); a span
    whose edges are not tokens' edges tags nothing."""
    tokens = tokenize(sentence)
    tags = ["O"] * len(tokens)
    starts = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: i for i, (_, e) in enumerate(tokens)}
    for s, e, label in spans:
        if s in starts and e in ends and starts[s] <= ends[e]:
            first, last = starts[s], ends[e]
            tags[first] = f"B-{label}"
            for i in range(first + 1, last + 1):
                tags[i] = f"I-{label}"
    return tags


def document_sequences(
    text: str, sentences: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int, str]]
) -> list[tuple[str, list[str]]]:
    """Each sentence's text and the BIO tags of the spans inside it."""
    out = []
    for s, e in sentences:
        inside = [(a - s, b - s, label) for a, b, label in spans if s <= a and b <= e]
        out.append((text[s:e], sentence_tags(text[s:e], inside)))
    return out


def read_gold(path: Path) -> dict[str, object]:
    """A gold file's JSON."""
    data = json.loads(Path(path).read_text("utf-8"))
    return data if isinstance(data, dict) else {}
