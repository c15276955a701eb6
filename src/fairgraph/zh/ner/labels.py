"""Training labels: corpus labels mapped onto the CRF's tags, BIO/BIOES, silver titles.

CLUENER name→PER, company/government/organization→ORG, position→ROLE, address→LOC
(book/game/movie/scene ignored); MSRA PER/LOC/ORG as they are.
"""

from __future__ import annotations

from fairgraph.evaluate.corpora import GoldSentence
from fairgraph.zh.ner.features import Gazetteer

CLUENER_LABELS = {
    "name": "PER",
    "company": "ORG",
    "government": "ORG",
    "organization": "ORG",
    "position": "ROLE",
    "address": "LOC",
}
MSRA_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}


def bio_tags(sent: GoldSentence, labels: dict[str, str]) -> list[str]:
    """BIO tags of a gold sentence after label mapping; overlapping spans: the first wins.

    >>> from fairgraph.evaluate.corpora import GoldSpan
    >>> bio_tags(GoldSentence("王某任厅长", (GoldSpan(0, 2, "name"),)), CLUENER_LABELS)
    ['B-PER', 'I-PER', 'O', 'O', 'O']
    """
    tags = ["O"] * len(sent.text)
    for span in sent.spans:
        kind = labels.get(span.label)
        if kind is None or any(t != "O" for t in tags[span.start : span.end]):
            continue
        tags[span.start] = "B-" + kind
        for i in range(span.start + 1, span.end):
            tags[i] = "I-" + kind
    return tags


def to_bioes(tags: list[str]) -> list[str]:
    """BIO → BIOES (single-character spans S-, last characters E-).

    >>> to_bioes(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"])
    ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC', 'B-ORG', 'E-ORG']
    """
    out = list(tags)
    for i, tag in enumerate(tags):
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        ends = not (nxt.startswith("I-") and nxt[2:] == tag[2:])
        if tag.startswith("B-") and ends:
            out[i] = "S-" + tag[2:]
        elif tag.startswith("I-") and ends:
            out[i] = "E-" + tag[2:]
    return out


def add_silver_roles(text: str, tags: list[str], gaz: Gazetteer) -> list[str]:
    """Tag gazetteer titles (category TTL) as ROLE where the gold tags leave them ``O``.

    MSRA does not annotate titles; without this it would teach the model that they are O.

    >>> from fairgraph.zh.ner.features import gazetteer
    >>> add_silver_roles("省长李明", ["O", "O", "B-PER", "I-PER"], gazetteer())
    ['B-ROLE', 'I-ROLE', 'B-PER', 'I-PER']
    """
    out = list(tags)
    pattern = gaz.get("TTL")
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        s, e = m.span()
        if e - s >= 2 and all(t == "O" for t in out[s:e]):
            out[s] = "B-ROLE"
            for i in range(s + 1, e):
                out[i] = "I-ROLE"
    return out
