"""Store benchmark: build generated fair reports into the persistent store, then compare the
saved queries on rdflib's in-memory engine and on the store's engine (Oxigraph), side by side.

    python benchmarks/store.py            # 1,000 and 10,000 reports
    python benchmarks/store.py --quick    # 200 and 2,000 reports

Each build runs in its own process so that its peak memory (ru_maxrss) is its own. The
smaller corpus also checks incremental rebuilds: one report is edited, the rebuild must
extract only that report, and the store must equal a full rebuild from scratch.
The last line states the figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# the benchmarks folder holds scripts such as html.py: keep it off the import path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent / "src"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_corpus(folder: Path) -> list[Any]:
    from fairgraph.ingest import read_document

    return [read_document(p, source=p.name) for p in sorted(folder.glob("*.txt"))]


class Timed:
    """The lead's pipeline callables, counting calls and time."""

    def __init__(self) -> None:
        from fairgraph.jobs.store import streamed_triples
        from fairgraph.zh.pipeline import extract_document

        # the build streams its triples into the store as Oxigraph terms (no rdflib Graph)
        self._extract, self._build = extract_document, streamed_triples
        self.extracted = 0
        self.extract_s = 0.0
        self.build_s = 0.0

    def extract(self, doc: Any) -> Any:
        started = time.perf_counter()
        self.extracted += 1
        try:
            return self._extract(doc)
        finally:
            self.extract_s += time.perf_counter() - started

    def build(self, extractions: Any) -> Any:
        started = time.perf_counter()
        try:
            return self._build(extractions)
        finally:
            self.build_s += time.perf_counter() - started


def child_build(corpus: Path, store_dir: Path) -> dict[str, Any]:
    from fairgraph.model import Document
    from fairgraph.store import GraphStore, incremental_build

    timed = Timed()
    timed._extract(Document.from_text("青海省人民政府举行签约仪式。", source="warm-up"))
    started = time.perf_counter()  # after loading the lexicon and models
    docs = read_corpus(corpus)
    shutil.rmtree(store_dir, ignore_errors=True)
    with GraphStore.open(store_dir) as store:
        report = incremental_build(store, docs, timed.extract, timed.build)
        quads = len(store)
    seconds = time.perf_counter() - started
    return {
        "docs": len(docs),
        "seconds": seconds,
        "extract_s": timed.extract_s,
        "build_s": timed.build_s,
        "store_s": seconds - timed.extract_s - timed.build_s,
        "triples": report.triples,
        "quads": quads,
        "peak_mb": peak_mb(),
    }


def child_incremental(corpus: Path, store_dir: Path, work: Path) -> dict[str, Any]:
    """Build, edit one report, rebuild; all in one process, so that the extraction code
    cannot change between the two builds while fairgraph is being worked on."""
    from fairgraph.store import GraphStore, incremental_build

    shutil.rmtree(store_dir, ignore_errors=True)
    with GraphStore.open(store_dir) as store:
        first = Timed()
        incremental_build(store, read_corpus(corpus), first.extract, first.build)
    victim = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(
        text.replace("见证签约。", "见证签约，双方还商定每年召开一次联席会议。", 1),
        encoding="utf-8",
    )
    try:
        docs = read_corpus(corpus)
        timed = Timed()
        started = time.perf_counter()
        with GraphStore.open(store_dir) as store:
            report = incremental_build(store, docs, timed.extract, timed.build)
            incremental = store.triples_nt()
        seconds = time.perf_counter() - started
        full_dir = work / "full-rebuild"
        shutil.rmtree(full_dir, ignore_errors=True)
        fresh = Timed()
        with GraphStore.open(full_dir) as full:
            incremental_build(full, docs, fresh.extract, fresh.build)
            rebuilt = full.triples_nt()
        direct = fresh.build([fresh._extract(d) for d in docs])
        shutil.rmtree(full_dir, ignore_errors=True)
    finally:
        victim.write_text(text, encoding="utf-8")
    return {
        "edited": victim.name,
        "reextracted": timed.extracted,
        "replaced_graphs": len(report.replaced),
        "merged_replaced": report.merged_replaced,
        "seconds": seconds,
        "identical": incremental == rebuilt,
        "only_incremental": sorted(set(incremental) - set(rebuilt))[:3],
        "only_rebuilt": sorted(set(rebuilt) - set(incremental))[:3],
        "triples": len(incremental),
        "direct_build_triples": len(direct),
    }


def child_queries(store_dir: Path) -> dict[str, Any]:
    import pyoxigraph as ox
    from rdflib import Graph

    from fairgraph.errors import QueryError
    from fairgraph.graph.resources import saved_queries
    from fairgraph.query.sparql import run_query
    from fairgraph.store import GraphStore, to_query_result

    out: dict[str, Any] = {"queries": {}}
    with GraphStore.open(store_dir, create=False, read_only=True) as store:
        started = time.perf_counter()
        data = store.dump(ox.RdfFormat.N_TRIPLES)
        graph = Graph()
        graph.parse(data=data, format="nt")
        del data
        out["rdflib_load_s"] = time.perf_counter() - started
        out["triples"] = len(graph)
        started = time.perf_counter()
        memory = store.memory_copy()
        out["memory_load_s"] = time.perf_counter() - started
        for name, path in saved_queries().items():
            sparql = path.read_text(encoding="utf-8")
            bindings = {"label": "中国铝业集团有限公司"} if name == "entity" else None
            started = time.perf_counter()
            try:
                slow_rows: int | None = len(run_query(graph, sparql, bindings).rows)
            except QueryError as exc:  # rdflib's engine fails on some valid queries
                slow_rows, out.setdefault("rdflib_errors", {})[name] = None, str(exc)
            rdflib_s = time.perf_counter() - started
            started = time.perf_counter()
            fast = to_query_result(store.query(sparql, bindings))
            disk_s = time.perf_counter() - started
            started = time.perf_counter()
            to_query_result(memory.query(sparql, bindings))
            ox_s = time.perf_counter() - started
            out["queries"][name] = {
                "rdflib_s": rdflib_s,
                "oxigraph_s": ox_s,
                "disk_s": disk_s,
                "rows": len(fast.rows),
                "rdflib_rows": slow_rows,
            }
    return out


def run_child(*args: str) -> dict[str, Any]:
    command = [sys.executable, __file__, *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"benchmark step failed: {' '.join(args)}\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description="fairgraph store benchmark")
    parser.add_argument("--quick", action="store_true", help="200 and 2,000 reports")
    parser.add_argument("--sizes", type=int, nargs=2, metavar=("SMALL", "LARGE"))
    parser.add_argument("--workdir", type=Path, help="keep corpora and stores here")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, *rest = args.child
        paths = [Path(p) for p in rest]
        result = {
            "build": lambda: child_build(paths[0], paths[1]),
            "incremental": lambda: child_incremental(paths[0], paths[1], paths[2]),
            "queries": lambda: child_queries(paths[0]),
        }[step]()
        print(json.dumps(result, ensure_ascii=False))
        return

    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_corpus", HERE / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    gen_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen_corpus)
    generate = gen_corpus.generate

    small, large = args.sizes or ((200, 2000) if args.quick else (1000, 10000))
    work = args.workdir or Path(tempfile.mkdtemp(prefix="fairgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    builds = {}
    for size in (small, large):
        corpus = work / f"corpus-{size}"
        if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != size:
            shutil.rmtree(corpus, ignore_errors=True)
            generate(size, corpus, seed=7)
        builds[size] = run_child("--child", "build", str(corpus), str(work / f"store-{size}"))
        b = builds[size]
        print(
            f"build {size:>6} reports: {b['seconds']:7.1f} s (extract {b['extract_s']:.1f}, "
            f"graph {b['build_s']:.1f}, store {b['store_s']:.1f}), {b['triples']:,} triples, "
            f"peak {b['peak_mb']:.0f} MB",
            flush=True,
        )
    growth = builds[large]["seconds"] / builds[small]["seconds"]
    print(f"time growth {small}→{large}: {growth:.2f}× for {large / small:.0f}× the reports")
    inc = run_child(
        "--child",
        "incremental",
        str(work / f"corpus-{small}"),
        str(work / "store-edit"),
        str(work),
    )
    print(
        f"edit 1 of {small}: re-extracted {inc['reextracted']}, rewrote {inc['replaced_graphs']} "
        f"document graph(s), merged graph rewritten: {inc['merged_replaced']}, "
        f"{inc['seconds']:.1f} s; identical to a full rebuild: {inc['identical']} "
        f"({inc['triples']:,} triples; direct build {inc['direct_build_triples']:,})",
        flush=True,
    )
    q = run_child("--child", "queries", str(work / f"store-{large}"))
    print(
        f"saved queries on {q['triples']:,} triples; load: rdflib {q['rdflib_load_s']:.1f} s, "
        f"oxigraph in memory {q['memory_load_s']:.1f} s; times include turning rows into "
        "rdflib terms for fairgraph's formatter"
    )
    print(f"  {'query':<12} {'rdflib':>9} {'ox memory':>10} {'ox disk':>9} {'ratio':>8}")
    total_rdflib = total_ox = total_disk = 0.0
    for name, r in q["queries"].items():
        ratio = r["rdflib_s"] / max(r["oxigraph_s"], 1e-6)
        if r["rdflib_rows"] is None:
            note = f"rdflib failed: {q['rdflib_errors'][name]}"
        else:  # only queries both engines answered count towards the ratio
            total_rdflib += r["rdflib_s"]
            total_ox += r["oxigraph_s"]
            total_disk += r["disk_s"]
            note = "" if r["rdflib_rows"] == r["rows"] else f"(rdflib: {r['rdflib_rows']} rows)"
        print(
            f"  {name:<12} {r['rdflib_s']:8.3f}s {r['oxigraph_s']:9.3f}s {r['disk_s']:8.3f}s "
            f"{ratio:7.1f}×  {r['rows']} rows {note}"
        )
    disk_speed = total_rdflib / max(total_disk, 1e-6)
    print(
        f"  total        {total_rdflib:8.3f}s {total_ox:9.3f}s {total_disk:8.3f}s "
        f"{total_rdflib / max(total_ox, 1e-6):7.1f}× (on-disk store: {disk_speed:.1f}×)"
    )
    speed = total_rdflib / max(total_ox, 1e-6)
    b = builds[large]
    print(
        f"RESULT: {b['docs']} documents built in {b['seconds']:.1f} s, peak {b['peak_mb']:.0f} MB, "
        f"{b['triples']:,} triples; {small}→{large} time ×{growth:.2f}; saved queries "
        f"{speed:.1f}× faster on oxigraph (in memory; {disk_speed:.1f}× from the on-disk store) "
        f"than rdflib; edit 1 of {small}: "
        f"{inc['reextracted']} re-extracted, identical={inc['identical']}"
    )


if __name__ == "__main__":
    main()
