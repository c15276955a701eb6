"""The accuracy gate: build each gold set, score it, compare with the figures recorded in the repo.

``benchmarks/accuracy.py`` measures every set and writes ``gold/FIGURES.json``; the test
``tests/evaluate/test_accuracy_gate.py`` (run by ``.ci/run``) fails when any part of any set
falls more than :data:`TOLERANCE` below its recorded figure, or wrong merges rise.

Two ways of building a set are measured: ``together`` (one build of the whole set, as a user
builds a corpus) and ``alone`` (each report built on its own, as the blind rounds on real
reports were measured).

>>> regressions({"posts": 0.90, "wrong_merges": 0}, {"posts": 0.87, "wrong_merges": 1})
['posts 0.870 < recorded 0.900 - 0.02', 'wrong_merges 1 > recorded 0']
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from fairgraph.languages import detect_language

TOLERANCE = 0.02
#: the key of the cross-language figures (gold/pairs) in gold/FIGURES.json; the pairs of a
#: held-out set (gold/pairs-<set>) are recorded as ``across-languages-<set>``
ACROSS = "across-languages"
PARTS = (
    "Person",
    "Organization",
    "Country",
    "Place",
    "Fair",
    "posts",
    "agreements",
    "amounts",
    "fair_fields",
)


#: the key of the real sentence sets' figures in gold/FIGURES.json
SENTENCES = "sentences"
#: real news sentences annotated for their signings (posts-1998: for their posts; cluener-posts:
#: posts read off CLUENER's labels): each set's benchmark script (and its arguments) in
#: ``benchmarks/``, which prints ``RESULT: … F1 x`` or ``RESULT: recall x``
SENTENCE_SETS = {
    "cluener-posts-dev": ("cluener_posts.py", "--split", "dev"),
    "cluener-posts-train": ("cluener_posts.py",),
    "finre-test": ("finre.py",),
    "finre-train": ("finre.py", "--split", "train"),
    "finre-valid": ("finre.py", "--split", "valid"),
    "msra-signings-train": ("msra_signings.py",),
    "posts-1998": ("news_posts.py",),
    "posts-1998-dev": ("news_posts.py", "--split", "dev"),
    "posts-1998-dev2": ("news_posts.py", "--split", "dev2"),
    "signings-1998": ("news_signings.py",),
}
_RESULT = re.compile(r"^RESULT: recall ([0-9.]+)(?:.*\bF1 ([0-9.]+))?", re.M)


def sentence_sets_present(repo: Path) -> bool:
    """Whether the datasets the sentence sets read (``../shared/datasets``) are there."""
    return (shared_dir(repo) / "datasets" / "finre").is_dir()


def measure_sentences(repo: Path, name: str) -> float:
    """The figure of one real sentence set (:data:`SENTENCE_SETS`): F1 where its script gives
    precision too, else recall; its script run as ``python benchmarks/SCRIPT ARGS``."""
    script, *args = SENTENCE_SETS[name]
    env = dict(os.environ, FAIRGRAPH_SHARED=str(shared_dir(repo)))
    done = subprocess.run(
        [sys.executable, str(repo / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    found = _RESULT.search(done.stdout)
    if found is None:
        raise ValueError(f"no RESULT line from benchmarks/{script}")
    return float(found.group(2) or found.group(1))


@dataclass(frozen=True)
class GoldSet:
    """A folder of reports and the folder of their gold files."""

    name: str
    corpus: Path
    gold: Path
    mode: str = "together"  # or "alone"


def shared_dir(repo: Path) -> Path:
    """``../shared`` beside the repository, or ``$FAIRGRAPH_SHARED``."""
    return Path(os.environ.get("FAIRGRAPH_SHARED") or repo.parent / "shared")


def gold_sets(repo: Path) -> list[GoldSet]:
    """Every gold set whose reports are present (the shared ones only where ../shared is)."""
    shared = shared_dir(repo)
    sets = [
        GoldSet("zh", shared / "corpus" / "zh", repo / "gold" / "zh"),
        GoldSet("more-zh", shared / "corpus" / "more" / "zh", repo / "gold" / "more-zh", "alone"),
        GoldSet("en", shared / "corpus" / "en", repo / "gold" / "en", "alone"),
        GoldSet("more-en", shared / "corpus" / "more" / "en", repo / "gold" / "more-en", "alone"),
    ]
    for folder in sorted((repo / "benchmarks").glob("heldout*")):
        # a set of reports in two languages (with or without pairs of one event in
        # gold/pairs-<set>) is built report by report: its golds name one entity in each
        # language (the Ministry of Commerce and 商务部 are one node, two gold entities), and
        # what building a pair together does is what its pairs measure
        paired = (repo / "gold" / f"pairs-{folder.name}").is_dir()
        mode = "alone" if paired or len(_languages(folder)) > 1 else "together"
        sets.append(GoldSet(folder.name, folder, repo / "gold" / folder.name, mode))
    return [s for s in sets if s.corpus.is_dir() and s.gold.is_dir()]


def _languages(folder: Path) -> set[str]:
    """The languages of the reports of a folder."""
    return {
        detect_language(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))
    }


@dataclass(frozen=True)
class PairSet:
    """Pair files (``gold/pairs*/``) and the folder their ``documents`` paths are relative to."""

    name: str
    pairs: Path
    base: Path


def pair_sets(repo: Path) -> list[PairSet]:
    """``gold/pairs`` (reports in ../shared/corpus, present only where ../shared is) and each
    held-out set's ``gold/pairs-<set>`` (reports in the repo's benchmarks/<set>)."""
    sets = [PairSet(ACROSS, repo / "gold" / "pairs", shared_dir(repo) / "corpus")]
    for folder in sorted((repo / "gold").glob("pairs-*")):
        sets.append(PairSet(f"{ACROSS}-{folder.name[len('pairs-') :]}", folder, repo))
    return [s for s in sets if s.base.is_dir() and any(s.pairs.glob("*.json"))]


def _figures(scores) -> dict[str, float]:  # type: ignore[no-untyped-def]
    overall = scores.overall
    out = {t: round(c.f1, 3) for t, c in overall.entities.items()}
    out["posts"] = round(overall.posts.f1, 3)
    out["agreements"] = round(overall.agreements.f1, 3)
    out["amounts"] = round(overall.amounts.recall, 3)
    out["fair_fields"] = round(overall.fair_fields.recall, 3)
    out["wrong_merges"] = len(overall.wrong_merges)
    return out


def measure(gold_set: GoldSet) -> dict[str, float]:
    """The figures of one set (F1 per entity type, posts and agreements; recall of amounts and
    fair fields; the count of wrong merges)."""
    from fairgraph.evaluate.gold import load_gold
    from fairgraph.evaluate.graph import evaluate_graph
    from fairgraph.evaluate.scores import GraphScores
    from fairgraph.graph.build import build_graph
    from fairgraph.jobs.build import extract_all, read_documents

    reports = sorted(gold_set.corpus.glob("*.txt"))
    annotated = {d.document for d in load_gold(gold_set.gold)}
    reports = [r for r in reports if r.name in annotated]
    documents, _ = read_documents([str(r) for r in reports], strict=True)
    extractions = extract_all(documents)
    if gold_set.mode == "together":
        return _figures(evaluate_graph(build_graph(extractions), gold_set.gold))
    per_doc, duplicates, wrong = [], [], []
    for ex in extractions:
        gold = gold_set.gold / f"{Path(ex.document.source).stem}.json"
        scores = evaluate_graph(build_graph([ex]), gold)
        per_doc.extend(scores.documents)
        duplicates += scores.duplicates
        wrong += scores.wrong_merges
    return _figures(GraphScores(per_doc, duplicates, wrong))


def regressions(recorded: dict[str, float], measured: dict[str, float]) -> list[str]:
    """What fell: each part more than :data:`TOLERANCE` below its record; more wrong merges."""
    out = []
    for part in PARTS:
        if part in recorded and measured.get(part, 0.0) < recorded[part] - TOLERANCE:
            out.append(
                f"{part} {measured.get(part, 0.0):.3f} < recorded {recorded[part]:.3f} - 0.02"
            )
    if measured.get("wrong_merges", 0) > recorded.get("wrong_merges", 0):
        out.append(f"wrong_merges {measured['wrong_merges']} > recorded {recorded['wrong_merges']}")
    return out
