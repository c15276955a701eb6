"""Strict span precision, recall and F1, by type and overall (micro-averaged).

>>> s = score_sets([{(0, 2, "Person")}], [{(0, 2, "Person"), (3, 5, "Place")}])
>>> (s.overall.precision, s.overall.recall, round(s.overall.f1, 3))
(0.5, 1.0, 0.667)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from fairgraph.evaluate.corpora import GoldSentence

Triple = tuple[int, int, str]


@dataclass(frozen=True)
class PRF:
    """Counts and strict-match precision / recall / F1 of one type."""

    tp: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class NerScores:
    """Scores per type (sorted) plus the micro-average over all scored types."""

    by_type: dict[str, PRF]
    overall: PRF
    sentences: int = 0
    characters: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        rows = {**self.by_type, "overall": self.overall}
        return {
            k: {
                "p": round(v.precision, 4),
                "r": round(v.recall, 4),
                "f1": round(v.f1, 4),
                "gold": v.gold,
                "predicted": v.predicted,
                "tp": v.tp,
            }
            for k, v in rows.items()
        }

    def format_table(self) -> str:
        """A plain-text table: type, gold, predicted, correct, P, R, F1."""
        lines = [f"{'type':<14}{'gold':>7}{'pred':>7}{'tp':>7}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, v in [*self.by_type.items(), ("overall", self.overall)]:
            lines.append(
                f"{name:<14}{v.gold:>7}{v.predicted:>7}{v.tp:>7}"
                f"{v.precision:>8.4f}{v.recall:>8.4f}{v.f1:>8.4f}"
            )
        return "\n".join(lines)


def score_sets(gold: Iterable[set[Triple]], predicted: Iterable[set[Triple]]) -> NerScores:
    """Compare gold and predicted ``(start, end, type)`` sets sentence by sentence."""
    tp: dict[str, int] = {}
    ng: dict[str, int] = {}
    npred: dict[str, int] = {}
    count = 0
    for g, p in zip(gold, predicted, strict=True):
        count += 1
        for _s, _e, t in g:
            ng[t] = ng.get(t, 0) + 1
        for _s, _e, t in p:
            npred[t] = npred.get(t, 0) + 1
        for _s, _e, t in g & p:
            tp[t] = tp.get(t, 0) + 1
    types = sorted(set(ng) | set(npred))
    by_type = {t: PRF(tp.get(t, 0), ng.get(t, 0), npred.get(t, 0)) for t in types}
    overall = PRF(sum(tp.values()), sum(ng.values()), sum(npred.values()))
    return NerScores(by_type, overall, sentences=count)


def score_corpus(
    sentences: list[GoldSentence],
    gold_map: Mapping[str, str],
    tag: Callable[[str], Iterable[Triple]],
    pred_map: Mapping[str, str] | None = None,
) -> NerScores:
    """Score a tagger over gold sentences; labels outside the maps are ignored.

    ``pred_map`` maps predicted labels (default: the values of ``gold_map`` map to themselves).
    """
    pmap = dict(pred_map) if pred_map is not None else {v: v for v in gold_map.values()}
    gold_sets: list[set[Triple]] = []
    pred_sets: list[set[Triple]] = []
    for sent in sentences:
        gold_sets.append(
            {(s.start, s.end, gold_map[s.label]) for s in sent.spans if s.label in gold_map}
        )
        pred_sets.append({(s, e, pmap[t]) for s, e, t in tag(sent.text) if t in pmap})
    scores = score_sets(gold_sets, pred_sets)
    return NerScores(
        scores.by_type, scores.overall, len(sentences), sum(len(s.text) for s in sentences)
    )
