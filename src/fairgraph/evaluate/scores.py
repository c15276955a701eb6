"""Score records of graph evaluation: counts, per-document scores, and their table/JSON.

>>> c = Counts(tp=3, fp=1, fn=1)
>>> c.precision, c.recall, c.f1
(0.75, 0.75, 0.75)
>>> DocumentScores("a.txt").entities["Person"].to_json()["f1"]  # nothing to find, none found
1.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fairgraph.evaluate.gold import ENTITY_TYPES


@dataclass
class Counts:
    """True positives, false positives, false negatives and the scores derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class DocumentScores:
    """The scores of one gold document (or, for ``overall``, their micro-averaged sum)."""

    document: str
    entities: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ENTITY_TYPES})
    posts: Counts = field(default_factory=Counts)
    agreements: Counts = field(default_factory=Counts)
    amounts: Counts = field(default_factory=Counts)
    fair_fields: Counts = field(default_factory=Counts)
    duplicates: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # what was missed or extra, one per line

    def add(self, other: DocumentScores) -> None:
        for t in ENTITY_TYPES:
            self.entities[t] += other.entities[t]
        self.posts += other.posts
        self.agreements += other.agreements
        self.amounts += other.amounts
        self.fair_fields += other.fair_fields

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "entities": {t: c.to_json() for t, c in self.entities.items()},
            "posts": self.posts.to_json(),
            "agreements": self.agreements.to_json(),
            "amounts": self.amounts.to_json(),
            "fair_fields": {
                **self.fair_fields.to_json(),
                "score": round(self.fair_fields.recall, 4),
            },
            "duplicates": self.duplicates,
            "wrong_merges": self.wrong_merges,
            "errors": self.errors,
        }


@dataclass
class GraphScores:
    """Per-document scores, their micro-averaged sum and the resolution checks of issue #5."""

    documents: list[DocumentScores]
    duplicates: list[str]  # one gold entity split over several nodes of one type (any documents)
    wrong_merges: list[str]  # one node holding several gold entities (any documents)

    @property
    def overall(self) -> DocumentScores:
        total = DocumentScores(
            "overall", duplicates=self.duplicates, wrong_merges=self.wrong_merges
        )
        for d in self.documents:
            total.add(d)
        return total

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "documents": [d.to_json() for d in self.documents],
        }

    def format_table(self, errors: bool = False) -> str:
        """A plain-text table: the overall scores by part, then one line per document.

        With ``errors``, each document's misses and extras follow, one per line.
        """
        o = self.overall
        rows = [f"{'part':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        parts = [(f"entity:{t}", c) for t, c in o.entities.items()]
        parts += [("posts", o.posts), ("agreements", o.agreements), ("amounts", o.amounts)]
        for name, c in parts:
            rows.append(
                f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                f"{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        f = o.fair_fields
        rows.append(f"{'fair fields':<22}{f.recall:>7.3f}  ({f.tp} of {f.tp + f.fn} stated fields)")
        rows.append(f"duplicates: {len(o.duplicates)}   wrong merges: {len(o.wrong_merges)}")
        rows += [f"  duplicate  {d}" for d in o.duplicates]
        rows += [f"  wrong merge {w}" for w in o.wrong_merges]
        head = [
            "document",
            "Per",
            "Org",
            "Cty",
            "Plc",
            "Fair",
            "posts",
            "agr",
            "amtR",
            "fair",
            "dup",
            "wm",
        ]
        rows += ["", f"{head[0]:<24}" + "".join(f"{h:>6}" for h in head[1:])]
        for d in self.documents:
            cells = [d.entities[t].f1 for t in ENTITY_TYPES] + [
                d.posts.f1,
                d.agreements.f1,
                d.amounts.recall,
                d.fair_fields.recall,
            ]
            rows.append(
                f"{d.document[:24]:<24}"
                + "".join(f"{x:>6.2f}" for x in cells)
                + f"{len(d.duplicates):>6}{len(d.wrong_merges):>6}"
            )
        if errors:
            for d in self.documents:
                rows += ["", f"{d.document}: {len(d.errors)} errors"] if d.errors else []
                rows += [f"  {e}" for e in d.errors]
        return "\n".join(rows)
