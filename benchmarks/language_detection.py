"""Time language detection (fairgraph.languages.detect_language) on the real reports.

    python benchmarks/language_detection.py

Prints the first call (lingua loads the models of its restricted set of languages), the mean
per report afterwards, and the detected language of every report of each corpus.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from fairgraph.evaluate.gate import shared_dir
from fairgraph.languages import detect_language

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    shared = shared_dir(REPO)
    corpora = [shared / "corpus" / p for p in ("zh", "en", "more/zh", "more/en")]
    texts = {
        c.name if c.parent.name == "corpus" else f"more/{c.name}": [
            p.read_text("utf-8") for p in sorted(c.glob("*.txt"))
        ]
        for c in corpora
        if c.is_dir()
    }
    start = time.perf_counter()
    detect_language("The fair opened in Xining on Tuesday, and it runs for five days.")
    first = time.perf_counter() - start
    total, count = 0.0, 0
    for name, items in texts.items():
        t0 = time.perf_counter()
        found = Counter(detect_language(t) for t in items)
        total += time.perf_counter() - t0
        count += len(items)
        print(f"{name:8} {len(items):3} reports: {dict(found)}")
    per_report = 1000 * total / max(count, 1)
    print(f"first call (models loaded): {first:.2f} s; then {per_report:.1f} ms per report")


if __name__ == "__main__":
    main()
