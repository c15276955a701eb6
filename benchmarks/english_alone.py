"""Pooled figures of the English reports alone in the gold sets that mix English and Chinese.

    python benchmarks/english_alone.py                 # heldout17, heldout18, heldout19
    python benchmarks/english_alone.py heldout19       # one set

Each English report (its language as `fairgraph.languages.detect_language` reads it) is built
alone and scored against its gold, pooled as `benchmarks/accuracy.py` pools a set
(`fairgraph.evaluate.gate.measure`); the Chinese reports of the set are left out. These are the
"English reports alone" figures the README quotes for the rounds of issue 14.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the benchmarks folder holds scripts such as html.py, which would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from fairgraph.evaluate.gate import PARTS, GoldSet, measure  # noqa: E402
from fairgraph.languages import detect_language  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SETS = ("heldout17", "heldout18", "heldout19")


def english_alone(name: str) -> tuple[int, dict[str, float]]:
    """(the number of English reports, their pooled figures) of one set."""
    corpus, gold = REPO / "benchmarks" / name, REPO / "gold" / name
    with tempfile.TemporaryDirectory() as tmp:
        reports, golds = Path(tmp) / "reports", Path(tmp) / "gold"
        reports.mkdir()
        golds.mkdir()
        count = 0
        for report in sorted(corpus.glob("*.txt")):
            annotated = gold / f"{report.stem}.json"
            if not annotated.exists():
                continue
            if detect_language(report.read_text("utf-8")) != "en":
                continue
            shutil.copy(report, reports / report.name)
            shutil.copy(annotated, golds / annotated.name)
            count += 1
        return count, measure(GoldSet(name, reports, golds, "alone"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Pooled figures of each set's English reports, each built alone.",
        epilog="example: python benchmarks/english_alone.py heldout23 heldout24",
    )
    parser.add_argument(
        "sets", nargs="*", default=list(SETS), help="gold sets (benchmarks/NAME, gold/NAME)"
    )
    names = parser.parse_args().sets
    for name in names:
        if not (REPO / "benchmarks" / name).is_dir() or not (REPO / "gold" / name).is_dir():
            parser.error(f"no set {name!r}: benchmarks/{name} and gold/{name} must both exist")
    print("| set | English reports | " + " | ".join(PARTS) + " | wrong merges |")
    print("|" + " --- |" * (len(PARTS) + 3))
    for name in names:
        count, figures = english_alone(name)
        cells = " | ".join(f"{figures[p]:.3f}" for p in PARTS)
        print(f"| {name} | {count} | {cells} | {int(figures['wrong_merges'])} |")


if __name__ == "__main__":
    main()
