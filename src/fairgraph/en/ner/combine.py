"""The CRF's organisation spans as a second opinion on the rules' mentions of a report.

Moves (each measured leave-one-set-out by ``benchmarks/en_crf_cv.py``):

- ``add``: an organisation the CRF sees where the rules read no name at all;
- ``split``: a rule organisation the CRF reads as two or more, joined by "and", "&" or a comma,
  that cover it end to end (A and B);
- ``refuse``: a rule organisation of one capitalised word the CRF gives no name at all;
- ``widen``: a CRF organisation that holds a rule organisation and runs on over words the
  rules read as no name (Acme Corporation where the rules read Acme).

>>> from fairgraph.model import Mention
>>> text = "Acme Mining and Beta Power signed with Gamma Group."
>>> rules = [Mention(0, 26, "Acme Mining and Beta Power", "Organization", "Company")]
>>> crf = [(0, 11, "ORG"), (16, 26, "ORG"), (39, 50, "ORG")]
>>> [(m.text, m.origin) for m in second_opinion(text, rules, crf, ("add", "split"))]
[('Acme Mining', 'crf-split'), ('Beta Power', 'crf-split'), ('Gamma Group', 'crf')]
>>> one = [Mention(0, 4, "Acme", "Organization", "Company")]
>>> second_opinion("Acme signed.", one, [], ("refuse",))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from fairgraph.model import Mention

#: every move, in the order applied
MOVES: tuple[str, ...] = ("refuse", "split", "widen", "add")
#: the moves the English reader makes by default (chosen by the cross-validation figures)
DEFAULT_MOVES: tuple[str, ...] = ()
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?")
_NAME = re.compile(r"[A-Z0-9]")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_ORG_KINDS = ("Organization",)
_CHOSEN: dict[str, tuple[str, ...]] = {"moves": DEFAULT_MOVES}


def use_moves(moves: Iterable[str]) -> None:
    """Make ``moves`` from now on in this process (the benchmark tries each)."""
    unknown = set(moves) - set(MOVES)
    if unknown:
        raise ValueError(f"unknown moves: {', '.join(sorted(unknown))}")
    _CHOSEN["moves"] = tuple(m for m in MOVES if m in set(moves))


def chosen_moves() -> tuple[str, ...]:
    """The moves made in this process."""
    return _CHOSEN["moves"]


def _org(text: str, start: int, end: int, origin: str) -> Mention:
    from fairgraph.en.recognize import org_kind

    name = text[start:end]
    return Mention(start, end, name, "Organization", org_kind(name) or "Company", origin)


def _inside(spans: Iterable[tuple[int, int, str]], m: Mention) -> list[tuple[int, int, str]]:
    return [s for s in spans if m.start <= s[0] and s[1] <= m.end]


def second_opinion(
    text: str,
    mentions: Sequence[Mention],
    crf: Sequence[tuple[int, int, str]],
    moves: Iterable[str] | None = None,
) -> list[Mention]:
    """``mentions`` with the ``moves`` (by default :func:`chosen_moves`) made from the CRF's
    spans ``crf`` (offsets into ``text``), sorted."""
    chosen = set(chosen_moves() if moves is None else moves)
    orgs = [s for s in crf if s[2] == "ORG"]
    out = list(mentions)
    if "refuse" in chosen:
        out = [
            m
            for m in out
            if not (
                m.type in _ORG_KINDS
                and _ONE_WORD.fullmatch(m.text)
                and not any(s[0] < m.end and m.start < s[1] for s in crf)
            )
        ]
    if "split" in chosen:
        new: list[Mention] = []
        for m in out:
            parts = _inside(orgs, m) if m.type in _ORG_KINDS else []
            if (
                len(parts) >= 2
                and parts[0][0] == m.start
                and parts[-1][1] == m.end
                and all(
                    _JOIN.fullmatch(text[a[1] : b[0]]) for a, b in zip(parts, parts[1:])
                )
            ):
                new.extend(_org(text, s, e, "crf-split") for s, e, _ in parts)
            else:
                new.append(m)
        out = new
    if "widen" in chosen:
        for s, e, _ in orgs:
            held = [m for m in out if m.start < e and s < m.end]
            if (
                held
                and all(m.type in _ORG_KINDS and s <= m.start and m.end <= e for m in held)
                and (held[0].start, held[-1].end) != (s, e)
                and len(held) == 1
            ):
                out = [m for m in out if m not in held]
                out.append(_org(text, s, e, "crf-widen"))
    if "add" in chosen:
        for s, e, _ in orgs:
            if _NAME.match(text[s:e]) and not any(m.start < e and s < m.end for m in out):
                out.append(_org(text, s, e, "crf"))
    return sorted(out)


def reread(text: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The chosen moves made with the process's tagger (:func:`~fairgraph.en.ner.crf.
    active_tagger`) on a report cut into ``sentences``; ``mentions`` as they are when no move is
    chosen or there is no model."""
    from fairgraph.en.ner.crf import active_tagger

    if not chosen_moves():
        return mentions
    tagger = active_tagger()
    if tagger is None:
        return mentions
    return second_opinion(text, mentions, tagger.spans(text, sentences))
