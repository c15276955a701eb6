"""Agreement pairs on real 1998 news sentences, annotated blind: recall and precision.

Every sentence with a signing verb (签署, 签订, 签约, 签字) of two news test sets that nothing
here was tuned on — People's Daily 1998 (``peoples_daily_1998_nerpy/test.char.bio.tsv``) and
MSRA's test (``msra_ner/test.bio``), 53 sentences — was annotated for the agreements it says were
signed between named parties, following gold/README.md, by an annotator who never read the code
and before fairgraph ran on them (``gold/sentences/signings-1998.json``: dataset, sentence index,
pairs; names only, never the sentences). Most are diplomatic news (heads of state signing joint
statements), a register beside fair reports; every sentence counts, also those with no pair, so
an agreement fairgraph finds where the annotator found none is a false pair.

Each sentence is extracted alone, as a one-sentence report; a gold pair is found when one
extracted agreement has both parties (names matched as in ``benchmarks/finre.py``: one holds the
other). An extracted pair is right when it matches a gold pair of its sentence.

    python benchmarks/news_signings.py            # recall, precision, F1
    python benchmarks/news_signings.py --misses   # each missed and each false pair
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from finre import SHARED, found, matches, party_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "sentences" / "signings-1998.json"


def sentences(dataset: str) -> list[str]:
    """The sentences of a character-per-line BIO file, in order (blank lines between)."""
    found_: list[str] = []
    current: list[str] = []
    path = SHARED / "datasets" / dataset
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                found_.append("".join(current))
            current = []
            continue
        current.append(line.split("\t")[0] if "\t" in line else line.split(" ")[0])
    if current:
        found_.append("".join(current))
    return found_


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print missed and false pairs")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {name: sentences(name) for name in sorted({s["dataset"] for s in gold["sentences"]})}
    hits = total = right = extracted = 0
    for entry in gold["sentences"]:
        sentence = texts[entry["dataset"]][entry["index"]]
        agreements = party_names(sentence)
        pairs = [frozenset(p) for p in entry["pairs"]]
        for pair in pairs:
            hit = found(pair, agreements)
            hits += hit
            total += 1
            if args.misses and not hit:
                print(f"miss {' / '.join(sorted(pair))}: {sentence}")
        for parties in agreements:
            for i, first in enumerate(parties):
                for second in parties[i + 1 :]:
                    extracted += 1
                    ok = any(
                        (matches(a, first) and matches(b, second))
                        or (matches(b, first) and matches(a, second))
                        for a, b in (sorted(p) for p in pairs)
                    )
                    right += ok
                    if args.misses and not ok:
                        names = " / ".join(sorted(min(n, key=len) for n in (first, second)))
                        print(f"false {names}: {sentence}")
    recall = hits / total if total else 0.0
    precision = right / extracted if extracted else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    print(f"{len(gold['sentences'])} sentences, {total} gold pairs, {extracted} extracted pairs")
    print(
        f"RESULT: recall {recall:.3f} ({hits}/{total}), precision {precision:.3f} "
        f"({right}/{extracted}), F1 {f1:.3f}"
    )


if __name__ == "__main__":
    main()
