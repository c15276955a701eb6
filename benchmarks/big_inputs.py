"""Cost of one big input: `fairgraph extract` on one report of 100 KB, 400 KB and 1 MB, where
the time goes, and the HTML reader on deeply nested pages.

    python benchmarks/big_inputs.py                  # 100 KB, 400 KB, 1 MB; profile of 400 KB
    python benchmarks/big_inputs.py --sizes 100 800  # sizes in KB
    python benchmarks/big_inputs.py --html-only      # only the HTML nesting rows

A big report is invented reports from ``gen_corpus.py`` run together into one file (UTF-8).
Each extract runs as the real command, ``fairgraph extract FILE``, in its own process (wall
time, includes about 1 s of start-up), with the text-length limit (``MAX_TEXT_CHARS``)
lifted. The profile attributes the in-process time of one size to packages
(``fairgraph/zh``, ``fairgraph/ingest`` …) and lists the functions with the most time of
their own. The last lines state the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(SRC))
sys.path.append(str(HERE))

from gen_corpus import report  # noqa: E402


def big_report(kilobytes: int, seed: int = 7) -> str:
    """Invented reports joined until the text is ``kilobytes`` KB of UTF-8."""
    rng = random.Random(seed)
    parts: list[str] = []
    size, index = 0, 0
    while size < kilobytes * 1024:
        index += 1
        text = report(rng, index) + "\n"
        parts.append(text)
        size += len(text.encode("utf-8"))
    return "".join(parts)


def time_extract(path: Path, timeout: float) -> float | None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    # the command itself, with the text-length limit lifted so that its cost can be measured
    code = (
        "import sys, fairgraph.ingest.documents as d; d.MAX_TEXT_CHARS = 10**12; "
        "from fairgraph.cli import main; main(['extract', sys.argv[1]])"
    )
    began = time.perf_counter()
    try:
        subprocess.run(
            [sys.executable, "-c", code, str(path)],
            env=env,
            stdout=subprocess.DEVNULL,
            check=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - began


def profile_extract(text: str, top: int) -> str:
    import fairgraph.ingest.documents as documents
    from fairgraph.ingest import document_from_bytes
    from fairgraph.languages import extract_document

    documents.MAX_TEXT_CHARS = 10**12  # measure the cost the limit guards against
    doc = document_from_bytes(text.encode("utf-8"), source="big.txt")
    extract_document(doc)  # warm: models and word lists load once
    profiler = cProfile.Profile()
    began = time.perf_counter()
    profiler.enable()
    extract_document(doc)
    profiler.disable()
    total = time.perf_counter() - began
    stats = pstats.Stats(profiler)
    by_package: dict[str, float] = defaultdict(float)
    own: list[tuple[float, str]] = []
    for (filename, line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = filename.replace("\\", "/")
        if "/fairgraph/" in where:
            package = "fairgraph/" + where.split("/fairgraph/", 1)[1].split("/")[0]
            if package.endswith(".py"):
                package = "fairgraph (top level)"
            short = "fairgraph/" + where.split("/fairgraph/", 1)[1]
        else:
            package = "outside fairgraph (regex, stdlib, libraries)"
            short = Path(where).name
        by_package[package] += tottime
        own.append((tottime, f"{short}:{line} {name}"))
    out = io.StringIO()
    out.write(f"in-process extract: {total:.2f} s; time by package (own time):\n")
    for package, seconds in sorted(by_package.items(), key=lambda kv: -kv[1]):
        out.write(f"  {package:48s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %\n")
    out.write(f"functions with the most own time (top {top}):\n")
    for seconds, name in sorted(own, reverse=True)[:top]:
        out.write(f"  {seconds:7.2f} s  {name}\n")
    return out.getvalue()


def nested_html(depth: int) -> str:
    """A page whose article sits under ``depth`` nested elements that look like content,
    navigation and date boxes by turns (the worst case for the reader's searches)."""
    kinds = ('<div class="content">', '<div class="nav-wrap">', '<div class="pubtime">')
    opening = "".join(kinds[i % 3] for i in range(depth))
    para = "<p>第一届示例高原博览会在西宁开幕，来自多个国家和地区的代表团出席。</p>"
    return (
        "<!DOCTYPE html><html><head><title>示例博览会开幕</title></head><body>"
        + opening
        + para * 3
        + "</div>" * depth
        + "</body></html>"
    )


def time_html(depth: int) -> float:
    from fairgraph.ingest.html import extract_article

    page = nested_html(depth)
    began = time.perf_counter()
    article = extract_article(page)
    elapsed = time.perf_counter() - began
    assert "博览会" in article.text, article.text[:100]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1024])
    parser.add_argument("--profile-size", type=int, default=400, help="KB; 0 for none")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--depths", type=int, nargs="+", default=[10_000, 50_000, 200_000])
    parser.add_argument("--html-only", action="store_true")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()

    lines: list[str] = []
    for depth in args.depths:
        seconds = time_html(depth)
        lines.append(f"HTML nesting depth {depth:>7,}: {seconds:6.2f} s")
        print(lines[-1], flush=True)
    if not args.html_only:
        folder = Path(tempfile.mkdtemp(prefix="fairgraph-big-"))
        timings: dict[int, float | None] = {}
        for kb in args.sizes:
            path = folder / f"big-{kb}k.txt"
            path.write_text(big_report(kb), encoding="utf-8")
            timings[kb] = time_extract(path, args.timeout)
            shown = f"{timings[kb]:7.1f} s" if timings[kb] is not None else "timed out"
            lines.append(f"extract {kb:>5} KB report: {shown}")
            print(lines[-1], flush=True)
        base = timings.get(args.sizes[0])
        for kb in args.sizes[1:]:
            if base and timings[kb]:
                ratio = timings[kb] / base  # type: ignore[operator]
                lines.append(
                    f"{kb} KB / {args.sizes[0]} KB: x{ratio:.1f} the time for "
                    f"x{kb / args.sizes[0]:.1f} the text"
                )
        if args.profile_size:
            print(profile_extract(big_report(args.profile_size), args.top), flush=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
