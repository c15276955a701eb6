"""Agreement pairs on real financial news: recall of FinRE's 签约 (signing) relations.

FinRE (Li et al., 2019; ``../shared/datasets/finre``, MIT) labels pairs of companies in
sentences of Sina financial news with relations; its ``签约`` pairs are two parties that signed
something with each other. Each sentence is extracted alone (as a one-sentence report) and a
gold pair counts as found when one agreement fairgraph extracts from that sentence has both
companies among its parties (a party matches a company when one's name holds the other's:
FinRE names parties as written, often by short forms, fairgraph by its canonical names, with
the written forms among their alternative labels).

This is a recall check on text nobody here tuned on, written in another register than fair
reports (listed companies' announcements), with FinRE's own conventions: it counts signings
announced for a later day (将于…签署) and orders (签下订单), which fairgraph's gold guideline
does not; those are listed apart. FinRE writes every number as ``<N>``; it is read as 8.

    python benchmarks/finre.py                  # the test split
    python benchmarks/finre.py --split train --misses
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fairgraph.languages import extract_document  # noqa: E402
from fairgraph.model import Document  # noqa: E402
from fairgraph.resolve import Resolution, resolve  # noqa: E402

SHARED = Path(os.environ.get("FAIRGRAPH_SHARED", ROOT.parent / "shared"))
#: signings FinRE counts that fairgraph's guideline does not: still to come, or orders
OTHER_CONVENTION = re.compile(r"将于|将与|拟与|拟于|计划|有望|订单|签下")


def gold_pairs(split: str) -> dict[str, set[frozenset[str]]]:
    """Each sentence with a 签约 relation, and its unordered pairs of parties."""
    pairs: dict[str, set[frozenset[str]]] = defaultdict(set)
    path = SHARED / "datasets" / "finre" / f"{split}.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 4 and fields[2] == "签约" and fields[0] != fields[1]:
            pairs[fields[3]].add(frozenset(fields[:2]))
    return dict(pairs)


def resolved(sentence: str, source: str) -> tuple[Resolution, dict[str, set[str]]]:
    """One sentence extracted alone, as a one-sentence report, and resolved; with the names of
    each of its entities by key (its label, alternative labels and the surfaces it was found
    under), what the sentence benchmarks match gold names against."""
    resolution = resolve([extract_document(Document.from_text(sentence, source=source))])
    names: dict[str, set[str]] = {}
    for entity in resolution.entities:
        found = {entity.label, *entity.alt_labels}
        found |= {e.mention.text for e in entity.evidence if e.mention is not None}
        names[entity.key] = found
    return resolution, names


def party_names(sentence: str) -> list[list[set[str]]]:
    """The agreements fairgraph extracts from one sentence: for each, the names of each party
    (its label, alternative labels and the surfaces it was found under)."""
    resolution, names = resolved(sentence.replace("<N>", "8"), "finre.txt")
    return [[names.get(p, {p}) for p in a.parties] for a in resolution.agreements]


def matches(company: str, names: set[str]) -> bool:
    return any(company in n or (len(n) >= 2 and n in company) for n in names)


def found(pair: frozenset[str], agreements: list[list[set[str]]]) -> bool:
    a, b = sorted(pair)
    for parties in agreements:
        for i, first in enumerate(parties):
            for j, second in enumerate(parties):
                if i != j and matches(a, first) and matches(b, second):
                    return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=("train", "valid", "test"))
    parser.add_argument("--misses", action="store_true", help="print each missed pair")
    args = parser.parse_args()
    gold = gold_pairs(args.split)
    counts = {"fairgraph's convention": [0, 0], "FinRE's only (future, orders)": [0, 0]}
    extracted = 0
    for sentence in sorted(gold):
        agreements = party_names(sentence)
        extracted += len(agreements)
        row = (
            "FinRE's only (future, orders)"
            if OTHER_CONVENTION.search(sentence)
            else ("fairgraph's convention")
        )
        for pair in sorted(gold[sentence], key=sorted):
            hit = found(pair, agreements)
            counts[row][0] += hit
            counts[row][1] += 1
            if args.misses and not hit:
                print(f"miss [{row}] {' / '.join(sorted(pair))}: {sentence}")
    total_hit = sum(h for h, _ in counts.values())
    total = sum(n for _, n in counts.values())
    print(
        f"FinRE {args.split}: {len(gold)} sentences with a 签约 pair, "
        f"{extracted} agreements extracted"
    )
    for row, (hit, n) in counts.items():
        print(f"  {row}: {hit}/{n} pairs found, recall {hit / n if n else 0:.3f}")
    print(f"RESULT: recall {total_hit / total if total else 0:.3f} ({total_hit}/{total} pairs)")


if __name__ == "__main__":
    main()
