"""The CRF's organisation spans as a second opinion on the rules' mentions of a report.

Moves (each measured leave-one-set-out by ``benchmarks/en_crf_cv.py``); the model's word
counts only where it is sure (:data:`CONFIDENT`: the marginal probability of each tag read,
or of O where it reads no name):

- ``add``: an organisation the CRF sees where the rules read no name at all;
- ``split``: a rule organisation the CRF reads as two or more, joined by "and", "&" or a comma,
  that cover it end to end (A and B);
- ``refuse``: a rule organisation of one capitalised word the CRF gives no name at all;
- ``widen``: a CRF organisation that holds a rule organisation and runs on over words the
  rules read as no name (Acme Corporation where the rules read Acme).

>>> from fairgraph.model import Mention
>>> from fairgraph.en.ner.crf import Reading, ScoredSpan, TokenTag
>>> text = "Acme Mining and Beta Power signed with Gamma Group."
>>> rules = [Mention(0, 26, "Acme Mining and Beta Power", "Organization", "Company")]
>>> spans = [ScoredSpan(0, 11, "ORG", 0.97), ScoredSpan(16, 26, "ORG", 0.95),
...          ScoredSpan(39, 50, "ORG", 0.99)]
>>> reading = Reading([TokenTag(12, 15, "O", 0.99, 0.99)], spans)
>>> [(m.text, m.origin) for m in second_opinion(text, rules, reading, ("add", "split"))]
[('Acme Mining', 'crf-split'), ('Beta Power', 'crf-split'), ('Gamma Group', 'crf')]
>>> one = [Mention(0, 4, "Acme", "Organization", "Company")]
>>> second_opinion("Acme signed.", one, Reading([TokenTag(0, 4, "O", 0.95, 0.95)], []), ("refuse",))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from fairgraph.en.ner.crf import Reading, TokenTag, active_tagger
from fairgraph.model import Mention

#: the least marginal probability of the model's reading that a move acts on
CONFIDENT = 0.9
#: every move, in the order applied
MOVES: tuple[str, ...] = ("refuse", "split", "widen", "add")
#: the moves the English reader makes by default (chosen by the cross-validation figures)
DEFAULT_MOVES: tuple[str, ...] = ()
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?")
_NAME = re.compile(r"[A-Z0-9]")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_ORG_KINDS = ("Organization",)
_CHOSEN: dict[str, tuple[str, ...]] = {"moves": DEFAULT_MOVES}
_SURE: dict[str, float] = {"confident": CONFIDENT}


def use_moves(moves: Iterable[str], confident: float = CONFIDENT) -> None:
    """Make ``moves`` from now on in this process, where the model's marginal probability is
    at least ``confident`` (the benchmark tries each)."""
    unknown = set(moves) - set(MOVES)
    if unknown:
        raise ValueError(f"unknown moves: {', '.join(sorted(unknown))}")
    _CHOSEN["moves"] = tuple(m for m in MOVES if m in set(moves))
    _SURE["confident"] = confident


def chosen_moves() -> tuple[str, ...]:
    """The moves made in this process."""
    return _CHOSEN["moves"]


def _org(text: str, start: int, end: int, origin: str) -> Mention:
    from fairgraph.en.recognize import org_kind

    name = text[start:end]
    return Mention(start, end, name, "Organization", org_kind(name) or "Company", origin)


def _over(tokens: Sequence[TokenTag], start: int, end: int) -> list[TokenTag]:
    return [t for t in tokens if t.start < end and start < t.end]


def second_opinion(
    text: str,
    mentions: Sequence[Mention],
    reading: Reading,
    moves: Iterable[str] | None = None,
    confident: float | None = None,
) -> list[Mention]:
    """``mentions`` with the ``moves`` made from the CRF's ``reading`` of ``text`` where its
    marginals are at least ``confident`` (by default those :func:`use_moves` chose), sorted."""
    chosen = set(chosen_moves() if moves is None else moves)
    sure = _SURE["confident"] if confident is None else confident
    orgs = [s for s in reading.spans if s.label == "ORG" and s.confidence >= sure]
    out = list(mentions)
    if "refuse" in chosen:
        out = [
            m
            for m in out
            if not (
                m.type in _ORG_KINDS
                and _ONE_WORD.fullmatch(m.text)
                and (over := _over(reading.tokens, m.start, m.end))
                and all(t.tag == "O" and t.outside >= sure for t in over)
            )
        ]
    if "split" in chosen:
        new: list[Mention] = []
        for m in out:
            parts = (
                [s for s in orgs if m.start <= s.start and s.end <= m.end]
                if m.type in _ORG_KINDS
                else []
            )
            if (
                len(parts) >= 2
                and parts[0].start == m.start
                and parts[-1].end == m.end
                and all(
                    _JOIN.fullmatch(text[a.end : b.start])
                    and all(
                        t.tag == "O" and t.outside >= sure
                        for t in _over(reading.tokens, a.end, b.start)
                    )
                    for a, b in zip(parts, parts[1:], strict=False)
                )
            ):
                new.extend(_org(text, s.start, s.end, "crf-split") for s in parts)
            else:
                new.append(m)
        out = new
    if "widen" in chosen:
        for s in orgs:
            held = [m for m in out if m.start < s.end and s.start < m.end]
            if (
                len(held) == 1
                and held[0].type in _ORG_KINDS
                and s.start <= held[0].start
                and held[0].end <= s.end
                and (held[0].start, held[0].end) != (s.start, s.end)
            ):
                out = [m for m in out if m not in held]
                out.append(_org(text, s.start, s.end, "crf-widen"))
    if "add" in chosen:
        for s in orgs:
            name = text[s.start : s.end]
            if (
                _NAME.match(name)
                and "  " not in name
                and not any(m.start < s.end and s.start < m.end for m in out)
            ):
                out.append(_org(text, s.start, s.end, "crf"))
    return sorted(out)


def reread(
    text: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """The chosen moves made with the process's tagger (:func:`~fairgraph.en.ner.crf.
    active_tagger`) on a report cut into ``sentences``; ``mentions`` as they are when no move is
    chosen or there is no model."""
    if not chosen_moves():
        return mentions
    tagger = active_tagger()
    if tagger is None:
        return mentions
    return second_opinion(text, mentions, tagger.read(text, sentences))
