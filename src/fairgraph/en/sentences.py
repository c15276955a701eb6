"""Sentences of an English report: spaCy's blank English tokenizer and rule-based sentencizer
(no model), with a line break always ending a sentence.

>>> [s.text for s in split_sentences("The 5th Expo opened in Xining on July 11. It closed.")]
['The 5th Expo opened in Xining on July 11.', 'It closed.']
>>> [s.text for s in split_sentences("ABC Co., Ltd. signed a deal.\\nHEADING")]
['ABC Co., Ltd. signed a deal.', 'HEADING']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from fairgraph.model import Span

_LINE = re.compile(r"[^\n]+")


@cache
def english() -> Any:
    """A blank English spaCy pipeline with a sentencizer (nothing is downloaded)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` with their offsets (surrounding spaces left out)."""
    nlp = english()
    out: list[Span] = []
    for line in _LINE.finditer(text):
        doc = nlp(line.group())
        for sent in doc.sents:
            start = line.start() + sent.start_char
            end = line.start() + sent.end_char
            chunk = text[start:end]
            stripped = chunk.strip()
            if not stripped:
                continue
            start += len(chunk) - len(chunk.lstrip())
            out.append(Span(start, start + len(stripped), stripped))
    return _rejoin(text, out)


#: a sentence "ended" by one of these is not ended (spaCy splits after a company suffix)
_NOT_AN_END = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|Corp|No|St|Mr|Mrs|Ms|Dr|Prof|U\.S|U\.N)\.|\b[A-Z]\.)$"
)


def _rejoin(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if (
            out
            and _NOT_AN_END.search(out[-1].text)
            and "\n" not in text[out[-1].end : span.start]
            and span.text[:1].islower()
        ):
            prev = out.pop()
            span = Span(prev.start, span.end, text[prev.start : span.end])
        out.append(span)
    return out
