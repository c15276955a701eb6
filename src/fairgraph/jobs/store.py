"""``fairgraph build --store DIR``: keep the graph in an on-disk store and rebuild incrementally.

Unchanged reports (same content hash) are not extracted again; the whole graph is then resolved
anew from every report's cached extraction, and only the named graphs that changed are rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph

from fairgraph.graph import build_graph, write_resolution
from fairgraph.jobs.build import (
    DEFAULT_OPTIONS,
    BuildOptions,
    BuildSummary,
    extract_all,
    read_documents,
    summarize,
    write_outputs,
)
from fairgraph.languages import extract_document
from fairgraph.model import Document, Extraction
from fairgraph.resolve import AliasRules


def store_triples(extractions: Sequence[Extraction], aliases: AliasRules | None = None) -> list:
    """The corpus graph as distinct pyoxigraph triples, streamed without an rdflib Graph.

    What ``incremental_build`` needs at scale: it holds every triple once, in Oxigraph's
    compact terms, instead of rdflib's indexed in-memory store.
    """
    from fairgraph.resolve import resolve
    from fairgraph.store import TermConverter

    convert = TermConverter()
    seen: set[tuple[object, object, object]] = set()

    def sink(triple: tuple[object, object, object]) -> None:
        seen.add((convert(triple[0]), convert(triple[1]), convert(triple[2])))

    write_resolution(resolve(extractions, aliases), sink)
    return list(seen)


def build_into_store(
    inputs: Sequence[str | Path],
    store_dir: Path,
    out_dir: Path,
    options: BuildOptions = DEFAULT_OPTIONS,
) -> BuildSummary:
    """Bring the store in ``store_dir`` up to date with ``inputs`` and write the usual outputs."""
    from fairgraph.store import GraphStore, incremental_build

    progress = options.progress
    documents, skipped = read_documents(
        inputs, strict=options.strict, out_dir=out_dir, progress=progress
    )
    built: list[Graph] = []

    def build(extractions: Sequence[Extraction]) -> Graph:
        built.append(build_graph(extractions, options.aliases))
        return built[-1]

    with GraphStore.open(store_dir) as store:
        # the reports the store has not seen are extracted first (in --jobs processes)
        new = [d for d in documents if store.cached_extraction(d.sha256) is None]
        fresh = dict(
            zip(
                (d.sha256 for d in new),
                extract_all(
                    new,
                    backend=options.backend,
                    on_document=options.on_document,
                    jobs=options.jobs,
                    progress=progress,
                    dask=options.dask,
                ),
                strict=True,
            )
        )

        def extract(document: Document) -> Extraction:
            if document.sha256 in fresh:
                return fresh[document.sha256]
            return extract_document(document, backend=options.backend)

        with progress.step("resolve and store"):
            report = incremental_build(store, documents, extract, build)
    graph = built[-1]
    outputs = write_outputs(
        graph,
        out_dir,
        max_nodes=options.max_nodes,
        focus=options.focus,
        hops=options.hops,
        progress=progress,
    )
    progress.close()
    summary = summarize(graph, len(documents), skipped, outputs)
    note = (
        f"store {store_dir}: {len(report.extracted)} extracted, {report.reused} unchanged, "
        f"{len(report.replaced)} graphs replaced, {len(report.removed)} removed"
    )
    return BuildSummary(**{**summary.__dict__, "notes": (note,)})
