"""Benchmark the NER backends side by side: strict span F1 and characters per second.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/ner.py            # full: CLUENER validation, MSRA, PD
    PYTHONPATH=src python benchmarks/ner.py --quick    # 300 sentences per data set
    PYTHONPATH=src python benchmarks/ner.py --backends crf,rules,lac --markdown

Every backend runs on one thread (OMP/onnxruntime threads = 1) over the same sentences; the
timing covers ``recognize()`` only (reading the gold files is not timed).  The news-sentence
throughput line uses 1,300 sentences of real and written fair reports (``../shared/corpus/zh``,
``benchmarks/heldout``, the bundled sample; cycled to 1,300) and reports the best of
``--repeat`` passes (default 5), since the machine is shared and one pass takes ~0.5 s.
The last block times the issue's measure itself: ``fairgraph extract --per-line`` on those
1,300 lines, one process per backend pinned to one core (``taskset``), whole command included.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "ORT_NUM_THREADS"):
    os.environ[_var] = "1"

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from fairgraph.zh.ner import get_recognizer  # noqa: E402
from fairgraph.zh.ner.crf import split_sentences  # noqa: E402
from fairgraph.zh.ner.evaluate import default_convention, evaluate_sentences, load_gold  # noqa: E402

SHARED = REPO.parent / "shared"
DATASETS = [
    ("CLUENER validation (ours)", "cluener2020/train.json", "cluener", "validation"),
    ("MSRA test (SIGHAN 2006)", "msra_ner/test_official_sighan2006.bio", "bio", None),
    ("People's Daily 1998 test", "peoples_daily_1998_nerpy/test.char.bio.tsv", "bio", None),
]


NEWS_DIRS = [
    SHARED / "corpus" / "zh",
    REPO / "benchmarks" / "heldout",
    REPO / "src/fairgraph/sample",
]


def news_sentences(count: int) -> list[str]:
    """``count`` sentences of fair reports, one per line as ``extract --per-line`` gets them."""
    out: list[str] = []
    for folder in NEWS_DIRS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            out += [" ".join(text[s:e].split()) for s, e in split_sentences(text)]
    return list(islice(cycle(out), count)) if out else []


def time_extract_per_line(backend: str, lines: list[str], repeat: int) -> float:
    """Best wall time of ``fairgraph extract --per-line`` on ``lines``, pinned to one core."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "news.txt"
        src.write_text("\n".join(lines) + "\n", "utf-8")
        cmd = [
            sys.executable,
            "-m",
            "fairgraph",
            "extract",
            str(src),
            "--per-line",
            "--ner",
            backend,
        ]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
            best = min(best, time.perf_counter() - start)
    return best


def timed(
    backend: str, texts: list[str], repeat: int = 1, convention: str | None = None
) -> tuple[list[list[tuple[int, int, str]]], float]:
    """Predictions and the best wall time of ``repeat`` passes (the machine is shared)."""
    rec = get_recognizer(backend, convention)
    rec.recognize("预热：青海省人民政府。")  # load models outside the timing
    best = float("inf")
    preds: list[list[tuple[int, int, str]]] = []
    for _ in range(repeat):
        start = time.perf_counter()
        preds = [[(m.start, m.end, m.type) for m in rec.recognize(t)] for t in texts]
        best = min(best, time.perf_counter() - start)
    return preds, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="300 sentences per data set")
    parser.add_argument("--limit", type=int, default=None, help="sentences per data set")
    parser.add_argument("--backends", default="crf,lac", help="comma-separated backends")
    parser.add_argument("--datasets", type=Path, default=SHARED / "datasets")
    parser.add_argument("--repeat", type=int, default=5, help="timing passes over the news")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = parser.parse_args(argv)
    limit = 300 if args.quick and args.limit is None else args.limit
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    rows: list[tuple[str, str, str, float, float]] = []
    for title, rel, fmt, split in DATASETS:
        path = args.datasets / rel
        if not path.is_file():
            print(f"skip {title}: {path} not found")
            continue
        sents = load_gold(path, fmt, split)[:limit] if limit else load_gold(path, fmt, split)
        chars = sum(len(s.text) for s in sents)
        print(f"\n== {title}: {len(sents)} sentences, {chars} characters")
        for backend in backends:
            conv = default_convention(fmt, backend)
            preds, secs = timed(backend, [s.text for s in sents], convention=conv)
            it = iter(preds)
            scores = evaluate_sentences(sents, fmt, lambda _t, it=it: next(it))
            print(f"-- {backend}: {chars / secs:,.0f} chars/s")
            print(scores.format_table())
            f1s = " ".join(f"{k}={v.f1:.3f}" for k, v in scores.by_type.items())
            rows.append((title, backend, f1s, scores.overall.f1, chars / secs))
    news = news_sentences(1300 if not limit else min(limit * 4, 1300))
    per_line: dict[str, float] = {}
    if news:
        chars = sum(len(t) for t in news)
        print(f"\n== news sentences: {len(news)} sentences, {chars} characters")
        speed = {}
        for backend in backends:
            _preds, secs = timed(backend, news, repeat=args.repeat)
            speed[backend] = chars / secs
            print(f"-- {backend}: {speed[backend]:,.0f} chars/s")
            rows.append(("news sentences (speed only)", backend, "", float("nan"), speed[backend]))
        if "crf" in speed and "lac" in speed:
            print(f"crf / lac speed ratio: {speed['crf'] / speed['lac']:.1f}x")
        print(f"\n== fairgraph extract --per-line, {len(news)} lines, one core, whole command")
        for backend in backends:
            secs = time_extract_per_line(backend, news, max(1, min(args.repeat, 3)))
            per_line[backend] = chars / secs
            print(f"-- {backend}: {secs:.2f} s, {per_line[backend]:,.0f} chars/s")
            rows.append(
                (
                    "`extract --per-line` (whole command)",
                    backend,
                    "",
                    float("nan"),
                    per_line[backend],
                )
            )
        if "crf" in per_line and "lac" in per_line:
            print(f"crf / lac extract --per-line ratio: {per_line['crf'] / per_line['lac']:.1f}x")
    if args.markdown:
        print("\n| data | backend | F1 by type | overall F1 | chars/s |")
        print("| --- | --- | --- | --- | --- |")
        for title, backend, f1s, overall, cps in rows:
            ov = "" if overall != overall else f"{overall:.3f}"
            print(f"| {title} | {backend} | {f1s} | {ov} | {cps:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
