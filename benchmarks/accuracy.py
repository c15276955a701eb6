"""Measure every gold set and record the figures the CI accuracy gate holds us to.

    python benchmarks/accuracy.py            # print the figures of every set present
    python benchmarks/accuracy.py --write    # …and record them in gold/FIGURES.json

Besides the gold sets of reports, the real news sentences annotated for their signings
(FinRE's splits, MSRA's train split, the blind 1998 sentences: ``fairgraph.evaluate.gate.
SENTENCE_SETS``) are measured and recorded under ``sentences`` when ../shared/datasets is there.

Run --write only when figures rose (or a set was added); the gate fails a change that lowers
any recorded figure by more than 0.02 (tests/evaluate/test_accuracy_gate.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the benchmarks folder holds scripts such as html.py, which would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from fairgraph.evaluate.across import measure_pairs  # noqa: E402
from fairgraph.evaluate.gate import (  # noqa: E402
    PARTS,
    SENTENCE_SETS,
    SENTENCES,
    gold_sets,
    measure,
    measure_sentences,
    pair_sets,
    sentence_sets_present,
)

REPO = Path(__file__).resolve().parents[1]
FIGURES = REPO / "gold" / "FIGURES.json"


def main() -> None:
    recorded = json.loads(FIGURES.read_text("utf-8")) if FIGURES.exists() else {}
    head = "| set | mode | " + " | ".join(PARTS) + " | wrong merges |"
    print(head)
    print("|" + " --- |" * (len(PARTS) + 3))
    for gold_set in gold_sets(REPO):
        figures = measure(gold_set)
        recorded[gold_set.name] = figures
        cells = " | ".join(f"{figures[p]:.3f}" for p in PARTS)
        print(f"| {gold_set.name} | {gold_set.mode} | {cells} | {figures['wrong_merges']} |")
    for pair_set in pair_sets(REPO):
        across = measure_pairs(pair_set.pairs, pair_set.base, REPO / "gold")
        recorded[pair_set.name] = across
        print(
            f"\n{pair_set.name} ({pair_set.pairs.relative_to(REPO)}, each pair built together): "
            f"{across['shared_on_one_node']:.3f} of the shared entities on one node, "
            f"{across['wrong_cross_merges']} wrong cross-language merges"
        )
    if sentence_sets_present(REPO):
        sentences = {name: measure_sentences(REPO, name) for name in SENTENCE_SETS}
        recorded[SENTENCES] = sentences
        print(
            "\nreal sentence sets (F1, else recall of the signed pairs): "
            + ", ".join(f"{name} {value:.3f}" for name, value in sentences.items())
        )
    if "--write" in sys.argv:
        text = json.dumps(recorded, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        FIGURES.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
