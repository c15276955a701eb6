"""Readers of the labelled NER corpora: CLUENER2020 JSONL and character BIO files.

Spans are returned end-EXCLUSIVE (CLUENER stores them end-inclusive).

>>> import json, tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "c.json"
>>> _ = p.write_text(json.dumps({"text": "王某任厅长", "label": {"name": {"王某": [[0, 1]]}}}))
>>> read_cluener(p)[0].spans
(GoldSpan(start=0, end=2, label='name'),)
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from fairgraph.errors import InputError


@dataclass(frozen=True, order=True)
class GoldSpan:
    """A labelled span, end exclusive, with the corpus' own label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class GoldSentence:
    """One labelled sentence."""

    text: str
    spans: tuple[GoldSpan, ...]


def _open(path: Path) -> str:
    try:
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", source=str(path)) from exc


def read_cluener(path: Path) -> list[GoldSentence]:
    """Read CLUENER2020 JSONL (``label → {surface: [[start, end_inclusive], …]}``)."""
    out: list[GoldSentence] = []
    for lineno, line in enumerate(_open(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj["text"]
            spans = []
            for label, surfaces in sorted((obj.get("label") or {}).items()):
                for surface, offsets in sorted(surfaces.items()):
                    for start, end in offsets:
                        if text[start : end + 1] != surface:
                            raise ValueError(f"offsets {start}-{end} do not give {surface!r}")
                        spans.append(GoldSpan(start, end + 1, label))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"line {lineno}: not CLUENER JSON ({exc})", source=str(path)) from exc
        out.append(GoldSentence(text, tuple(sorted(set(spans)))))
    return out


def bio_to_spans(tags: list[str]) -> list[GoldSpan]:
    """Spans of a BIO (or BIOES) tag sequence; a stray ``I-X`` opens a new span.

    >>> bio_to_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "E-ORG", "S-LOC"])
    [GoldSpan(start=0, end=2, label='PER'), GoldSpan(start=3, end=4, label='LOC'), \
GoldSpan(start=4, end=6, label='ORG'), GoldSpan(start=6, end=7, label='LOC')]
    """
    spans: list[GoldSpan] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        head, _, kind = tag.partition("-")
        inside = head in ("I", "M", "E") and kind == label and start >= 0
        if inside:
            if head == "E":
                spans.append(GoldSpan(start, i + 1, label))
                start, label = -1, ""
            continue
        if start >= 0:
            spans.append(GoldSpan(start, i, label))
            start, label = -1, ""
        if head == "S":
            spans.append(GoldSpan(i, i + 1, kind))
        elif head in ("B", "I", "M", "E") and kind:
            start, label = i, kind
    return spans


def read_bio(path: Path) -> list[GoldSentence]:
    """Read ``char<TAB>tag`` lines (or ``char tag``), sentences separated by blank lines."""
    out: list[GoldSentence] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            out.append(GoldSentence("".join(chars), tuple(bio_to_spans(tags))))
            chars.clear()
            tags.clear()

    for lineno, line in enumerate(_open(path).split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            flush()
            continue
        if "\t" in line:
            ch, _, tag = line.partition("\t")
        else:
            ch, _, tag = line.rpartition(" ")
        tag = tag.strip()
        if len(ch) != 1 or not tag:
            raise InputError(f"line {lineno}: expected 'char<TAB>tag'", source=str(path))
        chars.append(ch)
        tags.append(tag)
    flush()
    return out


def is_validation(index: int) -> bool:
    """Whether CLUENER train sentence ``index`` (0-based) belongs to our held-out split (~10%).

    >>> sum(is_validation(i) for i in range(10000)) in range(900, 1100)
    True
    """
    return hashlib.sha256(f"cluener-{index}".encode()).digest()[0] % 10 == 0


def cluener_split(path: Path) -> tuple[list[GoldSentence], list[GoldSentence]]:
    """CLUENER ``train.json`` split into (training, validation) sentences, deterministically."""
    train: list[GoldSentence] = []
    dev: list[GoldSentence] = []
    for i, sent in enumerate(read_cluener(path)):
        (dev if is_validation(i) else train).append(sent)
    return train, dev
