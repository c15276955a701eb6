"""Split a document into sentences, keeping exact character offsets.

>>> [s.text for s in split_sentences("开幕了。签约104个！\\n共计916亿元")]
['开幕了。', '签约104个！', '共计916亿元']
>>> s = split_sentences("甲。乙。")[1]
>>> (s.start, s.end)
(2, 4)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fairgraph.model import Mention, Span

# A sentence ends at 。！？!? (with closing quotes/brackets that follow) or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|\n+")
_MAX_SENTENCE = 400


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` with leading/trailing whitespace trimmed; empty ones dropped."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    # Very long "sentences" (tables, run-on lists) are cut at ；/; so patterns stay local.
    if end - start > _MAX_SENTENCE:
        cut = max(
            text.rfind("；", start, start + _MAX_SENTENCE),
            text.rfind(";", start, start + _MAX_SENTENCE),
        )
        if cut > start:
            _append_trimmed(text, start, cut + 1, out)
            _append_trimmed(text, cut + 1, end, out)
            return
    out.append(Span(start, end, text[start:end]))


@dataclass(frozen=True)
class Sentence:
    """A sentence with the entity mentions that lie inside it."""

    span: Span
    mentions: tuple[Mention, ...]

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start(self) -> int:
        return self.span.start

    def local(self, mention: Mention) -> tuple[int, int]:
        """Offsets of ``mention`` relative to the sentence."""
        return mention.start - self.span.start, mention.end - self.span.start

    def of_type(self, *types: str) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]

    def between(self, start: int, end: int) -> str:
        """Document text between two absolute offsets (clipped to the sentence)."""
        s = max(start, self.span.start) - self.span.start
        e = min(end, self.span.end) - self.span.start
        return self.span.text[s:e] if e > s else ""


def group_mentions(spans: Sequence[Span], mentions: Sequence[Mention]) -> list[Sentence]:
    """Attach each mention to the sentence that contains it (mentions sorted by start)."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    out = []
    for span in spans:
        lo = bisect_left(starts, span.start)
        hi = bisect_right(starts, span.end - 1)
        inside = tuple(m for m in ordered[lo:hi] if m.end <= span.end)
        out.append(Sentence(span, inside))
    return out


class SpanIndex:
    """Mentions sorted by start, answering "which overlap this stretch?" without a scan of all
    of them (a long report has thousands).

    >>> idx = SpanIndex([Mention(0, 3, "甲乙丙", "Place"), Mention(10, 12, "丁戊", "Person")])
    >>> [m.text for m in idx.overlapping(2, 11)], idx.next_start(4)
    (['甲乙丙', '丁戊'], 10)
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions)
        self.starts = [m.start for m in self.mentions]
        self.width = max((m.end - m.start for m in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that share a character with ``start``–``end``."""
        lo = bisect_left(self.starts, start - self.width)
        hi = bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start and m.start < end]

    def next_start(self, pos: int) -> int | None:
        """The start of the first mention that starts at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else None


class MentionEdits:
    """Mentions a rule edits (some replaced, some added) while it looks near each stretch: the
    given ones stay indexed once (:class:`SpanIndex`), the edits are kept apart, so a long
    report costs no rebuild per edit.

    >>> edits = MentionEdits([Mention(0, 2, "甲乙", "Place"), Mention(5, 7, "丙丁", "Person")])
    >>> edits.replace(edits.overlapping(0, 3), [Mention(0, 3, "甲乙丙", "Organization")])
    >>> [m.text for m in edits.overlapping(1, 6)], edits.next_start(4)
    (['丙丁', '甲乙丙'], 5)
    >>> [m.text for m in edits.result()]
    ['甲乙丙', '丙丁']
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._index = SpanIndex(mentions)
        self._gone: set[Mention] = set()
        self._added: list[Mention] = []

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The current mentions that share a character with ``start``–``end``."""
        given = [m for m in self._index.overlapping(start, end) if m not in self._gone]
        return given + [m for m in self._added if m.start < end and start < m.end]

    def next_start(self, pos: int) -> int | None:
        """The start of the first current mention that starts at or after ``pos``."""
        starts = [m.start for m in self._added if m.start >= pos]
        given = self._index.next_start(pos)
        return min([*starts, *([given] if given is not None else [])], default=None)

    def replace(self, old: Iterable[Mention], new: Iterable[Mention]) -> None:
        """``old`` mentions give way to ``new`` ones."""
        removed = set(old)
        self._gone |= removed
        self._added = [m for m in self._added if m not in removed] + list(new)

    def result(self) -> list[Mention]:
        """The mentions after the edits, sorted."""
        kept = [m for m in self._index.mentions if m not in self._gone]
        return sorted(kept + self._added)
