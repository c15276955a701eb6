"""One node per entity across languages: reports of one event in two languages, built together.

A pair file (``gold/pairs/*.json``, or ``gold/pairs-<set>/*.json`` for a held-out set) names two
reports of the same event and the entities both name, as (name in the first report's gold, name
in the second's). The share of those entities that end on one node is the figure; a node that
carries names of two entities that are not such a pair (nor a ``compatible`` pair: two golds'
conventions for one thing) is a wrong cross-language merge.

>>> share({"a": (1, 1), "b": (3, 4)})
0.8
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDFS, SKOS, Graph
from rdflib.term import Node

from fairgraph.evaluate.gold import load_gold, normalise


@dataclass
class PairScores:
    """What one pair (or all pairs) of reports gave: shared entities on one node, of all shared,
    and the wrong cross-language merges."""

    together: int = 0
    shared: int = 0
    apart: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def share(counts: dict[str, tuple[int, int]]) -> float:
    """Pooled share of (together, shared) counts."""
    together = sum(t for t, _ in counts.values())
    shared = sum(s for _, s in counts.values())
    return round(together / shared, 3) if shared else 1.0


def _names(graph: Graph) -> dict[str, set[Node]]:
    out: dict[str, set[Node]] = {}
    for prop in (RDFS.label, SKOS.altLabel):
        for node, label in graph.subject_objects(prop):
            out.setdefault(normalise(str(label)), set()).add(node)
    return out


def score_pair(graph: Graph, pair: dict, gold_dir: Path) -> PairScores:
    """Score one pair file against ``graph`` (the two reports built together)."""
    golds = [load_gold(gold_dir / name)[0] for name in pair["gold"]]
    names = _names(graph)
    scores = PairScores()

    def nodes_of(gold_index: int, name: str) -> set[Node]:
        gold = golds[gold_index]
        canonical = gold.index.get(normalise(name), normalise(name))
        forms = {k for k, v in gold.index.items() if v == canonical} | {normalise(name)}
        return set().union(*(names.get(f, set()) for f in forms))

    for first, second in pair["shared"]:
        scores.shared += 1
        if nodes_of(0, first) & nodes_of(1, second):
            scores.together += 1
        else:
            scores.apart.append(f"{first} / {second}")
    allowed = {
        (normalise(a), normalise(b)) for a, b in [*pair["shared"], *pair.get("compatible", [])]
    }
    owners: dict[Node, list[set[str]]] = {}
    for i, gold in enumerate(golds):
        for form, canonical in gold.index.items():
            for node in names.get(form, ()):
                owners.setdefault(node, [set(), set()])[i].add(normalise(canonical))
    for node, (ones, twos) in sorted(owners.items(), key=lambda t: str(t[0])):
        for a in ones:
            for b in twos:
                if (a, b) not in allowed and a != b:
                    scores.wrong.append(f"{node}: {a} + {b}")
    return scores


def measure_pairs(pairs: Path, base: Path, gold_dir: Path) -> dict[str, float]:
    """Build each pair file of the folder ``pairs`` together (its ``documents`` relative to
    ``base``, its ``gold`` to ``gold_dir``) and pool: ``shared_on_one_node`` (share of the
    entities both reports name that end on one node) and ``wrong_cross_merges``."""
    from fairgraph.graph.build import build_graph
    from fairgraph.jobs.build import extract_all, read_documents

    counts: dict[str, tuple[int, int]] = {}
    wrong = 0
    for path in sorted(pairs.glob("*.json")):
        pair = json.loads(path.read_text("utf-8"))
        documents, _ = read_documents([str(base / d) for d in pair["documents"]], strict=True)
        scores = score_pair(build_graph(extract_all(documents)), pair, gold_dir)
        counts[path.stem] = (scores.together, scores.shared)
        wrong += len(scores.wrong)
    return {"shared_on_one_node": share(counts), "wrong_cross_merges": wrong}
