"""Agreement pairs in the official news register of 1998: MSRA NER train's signing sentences.

MSRA NER (SIGHAN 2006; ``../shared/datasets/msra_ner/train.bio``) is People's Daily-style news
of 1998, one character per line. Its ~240 sentences with 签署/签订/签约 are read alone (each as
a one-sentence report) and their agreements compared with ``gold/msra/signings_train.tsv``,
annotated by hand after ``gold/README.md`` (only signed, named parties; a person signing for a
named body is the body). A pair is found when one extracted agreement has both parties (names
matched as in ``benchmarks/finre.py``: one holds the other, alternatives joined by ``|``);
precision counts extracted agreements that are a gold pair of their sentence.

Only the train split is read here; the test files are a held-out set.

    python benchmarks/msra_signings.py            # the figures
    python benchmarks/msra_signings.py --show     # every sentence, what was extracted, misses
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from finre import matches, party_names  # noqa: E402
from news_signings import sentences  # noqa: E402

SIGNING = re.compile("签署|签订|签约")
GOLD = ROOT / "gold" / "msra" / "signings_train.tsv"


def gold() -> dict[int, list[tuple[str, str]]]:
    pairs: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            number, a, b = line.split("\t")
            pairs[int(number)].append((a, b))
    return pairs


def _one(names: str, found: set[str]) -> bool:
    return any(matches(name, found) for name in names.split("|"))


def _hit(pair: tuple[str, str], parties: list[set[str]]) -> bool:
    return any(
        i != j and _one(pair[0], x) and _one(pair[1], y)
        for i, x in enumerate(parties)
        for j, y in enumerate(parties)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every sentence and its pairs")
    show = parser.parse_args().show
    expected = gold()
    n = stated = found = extracted = right = 0
    for sentence in sentences("msra_ner/train.bio"):
        if not SIGNING.search(sentence):
            continue
        n += 1
        agreements = party_names(sentence)
        pairs = expected.get(n, [])
        hits = sum(any(_hit(p, a) for a in agreements) for p in pairs)
        good = sum(any(_hit(p, a) for p in pairs) for a in agreements)
        stated, found = stated + len(pairs), found + hits
        extracted, right = extracted + len(agreements), right + good
        if show:
            shown = [[min(names, key=len) for names in a] for a in agreements]
            flag = ("MISS " if hits < len(pairs) else "") + (
                "WRONG" if good < len(agreements) else ""
            )
            print(f"## {n} {sentence}\n   extracted {shown}  gold {pairs}  {flag}")
    precision, recall = right / max(extracted, 1), found / max(stated, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"MSRA train: {n} signing sentences, {stated} annotated pairs, {extracted} extracted")
    print(
        f"RESULT: recall {recall:.3f} ({found}/{stated}), precision {precision:.3f} "
        f"({right}/{extracted}), F1 {f1:.3f}"
    )


if __name__ == "__main__":
    main()
