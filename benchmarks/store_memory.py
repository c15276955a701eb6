"""Time and peak memory of one streamed store build (the path `benchmarks/store.py` measures).

    python benchmarks/gen_corpus.py 10000 /tmp/corpus-10000
    python benchmarks/store_memory.py /tmp/corpus-10000 /tmp/store-10000

The last line states the documents, seconds, triples and peak resident memory (MB).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import time
from pathlib import Path

from fairgraph.ingest import discover_inputs, read_document
from fairgraph.jobs.store import streamed_triples
from fairgraph.store import GraphStore, incremental_build
from fairgraph.zh.pipeline import extract_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("store", type=Path, help="store folder (replaced)")
    args = parser.parse_args()
    shutil.rmtree(args.store, ignore_errors=True)
    start = time.perf_counter()
    documents = [read_document(p) for p in discover_inputs([args.corpus])]
    with GraphStore.open(args.store) as store:
        report = incremental_build(store, documents, extract_document, streamed_triples)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"RESULT: {len(documents)} documents into the store in {seconds:.1f} s, "
        f"{report.triples:,} triples, peak {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
