"""Sentences of an English report: spaCy's blank English tokenizer and rule-based sentencizer
(no model), with a line break, a tab or a gap of three spaces always ending a sentence.

>>> [s.text for s in split_sentences("The 5th Expo opened in Xining on July 11. It closed.")]
['The 5th Expo opened in Xining on July 11.', 'It closed.']
>>> [s.text for s in split_sentences("ABC Co., Ltd. signed a deal.\\nHEADING")]
['ABC Co., Ltd. signed a deal.', 'HEADING']
>>> [s.text for s in split_sentences("X signed with ABC Co., Ltd. The city also signed.")]
['X signed with ABC Co., Ltd.', 'The city also signed.']
>>> [s.text for s in split_sentences("ABC S.p.A. signed a deal.")]
['ABC S.p.A. signed a deal.']
>>> [s.text for s in split_sentences("Acme Holdings Ltd     Food park     RMB 3 billion")]
['Acme Holdings Ltd', 'Food park', 'RMB 3 billion']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from fairgraph.model import Span

#: a line, or a cell of a line laid out in columns: a run of three spaces or more, or a tab,
#: ends a sentence as a line break does (a table's columns: Local party   Investor   Project)
_LINE = re.compile(r"(?:[^\n\t ]| (?!  ))+")


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
    return _after_suffixes(_rejoin(text, out))


#: a company's closing suffix that also closes its sentence: a word that opens sentences
#: follows (… with ABC Co., Ltd. The city also signed …), where spaCy reads on
_SUFFIX_END = re.compile(
    r"\b(?:Ltd|Inc|Corp|Co|PLC|LLC|S\.A|AG)\.\s+(?=(?:The|A|An|It|Its|This|These|They|He|She"
    r"|We|In|On|At|Both|According|Under|After|Before|During|Meanwhile|Also|Earlier|Later"
    r"|Separately|Together|Among|Besides|However)\s)"
)


def _after_suffixes(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        at = 0
        for end in _SUFFIX_END.finditer(span.text):
            cut = end.start() + len(end.group().rstrip())
            out.append(Span(span.start + at, span.start + cut, span.text[at:cut]))
            at = end.end()
        out.append(Span(span.start + at, span.end, span.text[at:]))
    return out


#: a sentence "ended" by one of these is not ended (spaCy splits after a company suffix)
_NOT_AN_END = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|Corp|No|St|Mr|Mrs|Ms|Dr|Prof|U\.S|U\.N)\.|\b[A-Z]\.)$"
)


#: a dotted abbreviation going on (S.p.A., S.r.l.): a lower-case letter and its dot after another
_DOTTED = re.compile(r"\b[A-Z]\.[a-z]\.$")


def _rejoin(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if (
            out
            and "\n" not in text[out[-1].end : span.start]
            and (
                (_NOT_AN_END.search(out[-1].text) and span.text[:1].islower())
                or (_DOTTED.search(out[-1].text) and re.match(r"[A-Z]\.", span.text))
            )
        ):  # … Acme S.p.A. (spaCy splits after "S.p."): one abbreviation, no end
            prev = out.pop()
            span = Span(prev.start, span.end, text[prev.start : span.end])
        out.append(span)
    return out
