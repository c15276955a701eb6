"""Strict span evaluation of a recogniser on CLUENER2020 JSONL or character BIO files.

CLUENER: name→Person, company/government/organization→Organization, position→Role,
address→Place (book/game/movie/scene ignored); predicted Country counts as Place.
BIO (MSRA, People's Daily): PER/LOC/ORG only (TIME ignored), reported as PER/LOC/ORG;
predicted Country counts as LOC and Role is ignored.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "g.bio"
>>> _ = p.write_text("冰\\tB-LOC\\n岛\\tI-LOC\\n大\\tO\\n使\\tO\\n", "utf-8")
>>> evaluate_ner(p, "bio", backend="rules").overall.f1
1.0
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fairgraph.errors import FormatError, InputError
from fairgraph.ner.corpora import (
    GoldSentence,
    cluener_split,
    read_bio,
    read_cluener,
)
from fairgraph.ner.scoring import PRF, NerScores, score_corpus

__all__ = [
    "CLUENER_GOLD",
    "BIO_GOLD",
    "NerScores",
    "PRF",
    "evaluate_ner",
    "evaluate_sentences",
    "read_bio",
    "read_cluener",
    "load_gold",
]

CLUENER_GOLD = {
    "name": "Person",
    "company": "Organization",
    "government": "Organization",
    "organization": "Organization",
    "position": "Role",
    "address": "Place",
}
CLUENER_PRED = {
    "Person": "Person",
    "Organization": "Organization",
    "Role": "Role",
    "Place": "Place",
    "Country": "Place",
}
BIO_GOLD = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
BIO_PRED = {"Person": "PER", "Place": "LOC", "Country": "LOC", "Organization": "ORG"}
FORMATS = ("cluener", "bio")


def load_gold(path: Path, fmt: str, split: str | None = None) -> list[GoldSentence]:
    """Read gold sentences; ``split='validation'`` keeps our held-out part of CLUENER train."""
    if fmt not in FORMATS:
        raise FormatError(f"unknown NER gold format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", source=str(path))
    if fmt == "bio":
        if split:
            raise FormatError("splits exist only for the cluener format")
        return read_bio(path)
    if split in (None, "all"):
        return read_cluener(path)
    train, dev = cluener_split(path)
    if split == "validation":
        return dev
    if split == "train":
        return train
    raise FormatError(f"unknown split {split!r}; choose one of: all, train, validation")


def evaluate_sentences(
    sentences: list[GoldSentence], fmt: str, tag: Callable[[str], list[tuple[int, int, str]]]
) -> NerScores:
    """Score ``tag`` (text → ``(start, end, fairgraph type)``) on gold sentences."""
    if fmt == "cluener":
        return score_corpus(sentences, CLUENER_GOLD, tag, CLUENER_PRED)
    return score_corpus(sentences, BIO_GOLD, tag, BIO_PRED)


def evaluate_ner(
    path: Path,
    fmt: str,
    backend: str = "default",
    limit: int | None = None,
    split: str | None = None,
) -> NerScores:
    """Strict span P/R/F1 by type and overall of a backend on a gold file."""
    from fairgraph.ner import get_recognizer

    sentences = load_gold(path, fmt, split)
    if limit is not None:
        sentences = sentences[:limit]
    recognizer = get_recognizer(backend)

    def tag(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.type) for m in recognizer.recognize(text)]

    return evaluate_sentences(sentences, fmt, tag)
