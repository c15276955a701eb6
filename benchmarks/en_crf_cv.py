"""Leave one set out: the English CRF, the rules and their combinations on unseen sets.

    python benchmarks/en_crf_cv.py                           # spans and graph, every move
    python benchmarks/en_crf_cv.py --no-graph                # span figures only
    python benchmarks/en_crf_cv.py --moves add --moves add,split

For each English set (``fairgraph.en.ner.training.SETS``: en, more-en, heldout17 … heldout25)
a CRF is trained on the other sets (``fairgraph.en.ner.training.train``) and tested on it.

Spans: the held-out reports' gold names projected onto their text (as for training; spans on
token edges) are the reference; the CRF's spans, the rules' entity mentions (backend
``rules``) and each combination's (the rules with the fold's model making the moves of
``fairgraph.en.ner.combine``) are scored by exact match per label (PER, ORG, LOC = country or
place, FAIR), pooled over all sets.

Graph: each English report is built alone and scored against its gold (as
``benchmarks/english_alone.py``), pooled over all sets: the rules alone, and each combination
with the fold's model.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the benchmarks folder holds scripts such as html.py, which would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from fairgraph.en.ner import combine  # noqa: E402
from fairgraph.en.ner.crf import CrfTagger, use_model  # noqa: E402
from fairgraph.en.ner.features import tokenize  # noqa: E402
from fairgraph.en.ner.projection import LABELS  # noqa: E402
from fairgraph.en.ner.training import SETS, Report, read_set, set_folders, train  # noqa: E402
from fairgraph.evaluate.gate import PARTS  # noqa: E402
from fairgraph.evaluate.graph import evaluate_graph  # noqa: E402
from fairgraph.evaluate.scores import GraphScores  # noqa: E402
from fairgraph.graph.build import build_graph  # noqa: E402
from fairgraph.jobs.build import extract_all, read_documents  # noqa: E402
from fairgraph.model import Extraction  # noqa: E402

REPO = HERE.parent
SPAN_LABELS = ("PER", "ORG", "LOC", "FAIR")
Spans = set[tuple[int, int, str]]


class Tally:
    """True positives, false positives and false negatives per label."""

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: Spans, found: Spans) -> None:
        for s in found & gold:
            self.tp[s[2]] += 1
        for s in found - gold:
            self.fp[s[2]] += 1
        for s in gold - found:
            self.fn[s[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        labels = [label] if label else list(SPAN_LABELS)
        tp = sum(self.tp[x] for x in labels)
        fp = sum(self.fp[x] for x in labels)
        fn = sum(self.fn[x] for x in labels)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_spans(report: Report) -> Spans:
    """The report's projected gold spans that fall on token edges of one sentence."""
    edges: set[tuple[int, int]] = set()
    starts: set[int] = set()
    ends: set[int] = set()
    spans = report.spans()
    sentences = report.sentences()
    for s, e in sentences:
        for a, b in tokenize(report.text[s:e]):
            starts.add(s + a)
            ends.add(s + b)
    for a, b, _ in spans:
        if a in starts and b in ends and any(s <= a and b <= e for s, e in sentences):
            edges.add((a, b))
    return {x for x in spans if (x[0], x[1]) in edges}


def mention_spans(ex: Extraction) -> Spans:
    return {(m.start, m.end, LABELS[m.type]) for m in ex.mentions if m.type in LABELS}


def extract(report: Report, backend: str) -> Extraction:
    corpus, _ = set_folders(REPO, report.set)
    documents, _ = read_documents([str(corpus / report.name)], strict=True)
    return extract_all(documents, backend=backend)[0]


def graph_scores(report: Report, ex: Extraction) -> GraphScores:
    _, gold = set_folders(REPO, report.set)
    return evaluate_graph(build_graph([ex]), gold / f"{Path(report.name).stem}.json")


def pooled(scores: list[GraphScores]) -> dict[str, float]:
    overall = GraphScores(
        [d for s in scores for d in s.documents],
        [x for s in scores for x in s.duplicates],
        [x for s in scores for x in s.wrong_merges],
    ).overall
    out = {t: c.f1 for t, c in overall.entities.items()}
    out["posts"] = overall.posts.f1
    out["agreements"] = overall.agreements.f1
    out["amounts"] = overall.amounts.recall
    out["fair_fields"] = overall.fair_fields.recall
    out["wrong_merges"] = len(overall.wrong_merges)
    return out


#: the parts whose counts --counts writes and --pool adds up
COUNTED = ("Person", "Organization", "Country", "Place", "Fair", "posts", "agreements")


def counts(scores: list[GraphScores]) -> dict[str, list[int]]:
    """tp, fp, fn of each :data:`COUNTED` part, pooled."""
    overall = GraphScores([d for s in scores for d in s.documents], [], []).overall
    parts = {**overall.entities, "posts": overall.posts, "agreements": overall.agreements}
    return {p: [parts[p].tp, parts[p].fp, parts[p].fn] for p in COUNTED if p in parts}


def print_pooled(runs: list[dict[str, dict[str, list[int]]]]) -> None:
    """F1 of each system over several runs' counts (runs in other code trees)."""
    systems = [s for s in runs[0] if all(s in r for r in runs)]
    print("| system | " + " | ".join(COUNTED) + " |")
    print("|" + " --- |" * (len(COUNTED) + 1))
    for system in systems:
        cells = []
        for part in COUNTED:
            tp, fp, fn = (sum(r[system].get(part, [0, 0, 0])[i] for r in runs) for i in range(3))
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            cells.append(f"{f1:.3f}")
        print(f"| {system} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    parser.add_argument(
        "--moves",
        action="append",
        default=None,
        help="a combination: comma-separated moves of fairgraph.en.ner.combine (repeatable)",
    )
    parser.add_argument(
        "--confident",
        type=float,
        default=combine.CONFIDENT,
        help="the least marginal probability a move acts on (0: wherever the model reads so)",
    )
    parser.add_argument("--no-graph", dest="graph", action="store_false")
    parser.add_argument(
        "--reuse", action="store_true", help="use the fold models already in --models"
    )
    parser.add_argument("--models", type=Path, default=None, help="keep the fold models here")
    parser.add_argument(
        "--counts", type=Path, default=None, help="write each system's pooled graph counts (JSON)"
    )
    parser.add_argument(
        "--pool", type=Path, nargs="+", default=None, help="only pool the --counts files given"
    )
    args = parser.parse_args()
    if args.pool:
        print_pooled([json.loads(p.read_text("utf-8")) for p in args.pool])
        return
    variants = [
        tuple(v.split(",")) for v in (args.moves or [*combine.MOVES, ",".join(combine.MOVES)])
    ]
    reports = {name: read_set(REPO, name) for name in SETS}
    systems = ["rules", "crf", *("+".join(v) for v in variants)]
    spans = {s: Tally() for s in systems}
    graphs: dict[str, list[GraphScores]] = {s: [] for s in systems if s != "crf"}
    per_set: dict[tuple[str, str], list[GraphScores]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.models or Path(tmp)
        for held in args.sets:
            if not reports[held]:
                continue
            model = folder / f"without-{held}.crfsuite"
            if not (args.reuse and model.is_file()):
                train([r for name in SETS if name != held for r in reports[name]], model)
            tagger = CrfTagger(model)
            use_model(model)
            for report in reports[held]:
                gold = gold_spans(report)
                spans["crf"].add(gold, set(tagger.spans(report.text, report.sentences())))
                combine.use_moves(())
                ex = extract(report, "rules")
                spans["rules"].add(gold, mention_spans(ex))
                if args.graph:
                    g = graph_scores(report, ex)
                    graphs["rules"].append(g)
                    per_set.setdefault(("rules", held), []).append(g)
                for v in variants:
                    combine.use_moves(v, args.confident)
                    ex = extract(report, "default")
                    name = "+".join(v)
                    spans[name].add(gold, mention_spans(ex))
                    if args.graph:
                        g = graph_scores(report, ex)
                        graphs[name].append(g)
                        per_set.setdefault((name, held), []).append(g)
            print(f"# {held}: {len(reports[held])} reports", file=sys.stderr, flush=True)
    print("## Spans, leave one set out (pooled; P / R / F1)\n")
    print("| system | " + " | ".join(SPAN_LABELS) + " | all |")
    print("|" + " --- |" * (len(SPAN_LABELS) + 2))
    for s in systems:
        cells = [spans[s].prf(label) for label in [*SPAN_LABELS, None]]
        print(f"| {s} | " + " | ".join(f"{p:.3f} / {r:.3f} / {f:.3f}" for p, r, f in cells) + " |")
    if not args.graph:
        return
    print("\n## Graph, each English report built alone, leave one set out (pooled)\n")
    print("| system | " + " | ".join(PARTS) + " | wrong merges |")
    print("|" + " --- |" * (len(PARTS) + 2))
    for s, scores in graphs.items():
        figures = pooled(scores)
        cells = " | ".join(f"{figures[p]:.3f}" for p in PARTS)
        print(f"| {s} | {cells} | {int(figures['wrong_merges'])} |")
    if args.counts:
        args.counts.write_text(
            json.dumps({s: counts(scores) for s, scores in graphs.items()}, indent=1) + "\n"
        )
    print("\n## Agreements / Organization F1 per held-out set\n")
    print("| set | " + " | ".join(graphs) + " |")
    print("|" + " --- |" * (len(graphs) + 1))
    for held in args.sets:
        cells = []
        for s in graphs:
            figures = pooled(per_set.get((s, held), []))
            cells.append(f"{figures['agreements']:.3f} / {figures['Organization']:.3f}")
        print(f"| {held} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
