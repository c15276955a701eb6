"""Strict span evaluation of a recogniser on CLUENER2020 JSONL or character BIO files.

CLUENER: name→Person, company/government/organization→Organization, position→Role,
address→Place (book/game/movie/scene ignored); predicted Country counts as Place.
BIO (MSRA, People's Daily): PER/LOC/ORG only (TIME ignored), reported as PER/LOC/ORG;
predicted Country counts as LOC and Role is ignored.

CLUENER's ``address`` is a sub-national place: in its train split a country standing on its
own is labelled ``address`` in only ~1 in 5 occurrences (193 of 901), so a predicted Country
is not scored against it (it is neither a hit nor a false alarm).  BIO files follow the
MSRA/People's Daily convention: a CRF trained on several conventions follows ``clue`` on
CLUENER and ``msra`` on BIO files (``convention=`` overrides; the pipeline runs the model's
``run_domain``).

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
from fairgraph.evaluate.corpora import (
    GoldSentence,
    cluener_split,
    read_bio,
    read_cluener,
)
from fairgraph.evaluate.ner import PRF, NerScores, score_corpus

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


def default_convention(fmt: str, backend: str = "default") -> str | None:
    """The annotation convention the CRF follows on a gold format (None: the model's own).

    CLUENER files are scored in CLUENER's convention and BIO files in MSRA's, when the shipped
    model knows them (a model trained on one convention has only its own).

    >>> default_convention("cluener", backend="rules") is None
    True
    """
    from fairgraph.trained import model_metadata
    from fairgraph.zh.ner import default_backend
    from fairgraph.zh.ner.backends import model_path
    from fairgraph.zh.ner.features import CLUE_DOMAIN, MSRA_DOMAIN

    if (backend if backend != "default" else default_backend()) != "crf":
        return None
    wanted = CLUE_DOMAIN if fmt == "cluener" else MSRA_DOMAIN
    domains = model_metadata(model_path()).get("domains")
    return wanted if isinstance(domains, list) and wanted in domains else None


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
    convention: str | None = None,
) -> NerScores:
    """Strict span P/R/F1 by type and overall of a backend on a gold file."""
    from fairgraph.zh.ner import get_recognizer

    sentences = load_gold(path, fmt, split)
    if limit is not None:
        sentences = sentences[:limit]
    recognizer = get_recognizer(backend, convention or default_convention(fmt, backend))

    def tag(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.type) for m in recognizer.recognize(text)]

    return evaluate_sentences(sentences, fmt, tag)
