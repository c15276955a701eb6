"""``fairgraph build --store DIR``: keep the graph in an on-disk store and rebuild incrementally.

Unchanged reports (same content hash) are not extracted again; the whole graph is then resolved
anew from every report's cached extraction, and only the named graphs that changed are rewritten.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, Graph

from fairgraph.graph import build_graph, write_resolution
from fairgraph.graph.io import serialize_stream, write_atomic
from fairgraph.jobs.build import (
    DEFAULT_OPTIONS,
    BuildOptions,
    BuildSummary,
    Feeder,
    Triple,
    connect,
    extract_keyed,
    extract_with,
    extraction_failures,
    index_and_write,
    read_documents,
    summarize,
    write_five,
    write_outputs,
)
from fairgraph.jobs.collector import paced_collector, settle
from fairgraph.jobs.progress import SILENT, Progress
from fairgraph.model import Document, Extraction
from fairgraph.resolve import AliasRules
from fairgraph.store.partition import StreamedTriples
from fairgraph.store.terms import OxTriple

if TYPE_CHECKING:
    from fairgraph.store import GraphStore


def streamed_triples(
    extractions: Sequence[Extraction], aliases: AliasRules | None = None
) -> StreamedTriples:
    """The corpus graph as pyoxigraph triples written on demand, never held: resolved once,
    then each pass writes the resolution's triples anew (what ``build --store --no-outputs``
    partitions into the store, so memory holds the resolution, not the graph)."""
    from fairgraph.resolve import resolve
    from fairgraph.store import TermConverter

    resolution = resolve(extractions, aliases)

    def write(sink: Callable[[OxTriple], None]) -> None:
        convert = TermConverter()
        write_resolution(
            resolution,
            lambda t: sink((convert(t[0]), convert(t[1]), convert(t[2]))),  # type: ignore[arg-type]
        )

    return StreamedTriples(write)


def build_into_store(
    inputs: Sequence[str | Path],
    store_dir: Path,
    out_dir: Path,
    options: BuildOptions = DEFAULT_OPTIONS,
    *,
    outputs: bool = True,
) -> BuildSummary:
    """Bring the store in ``store_dir`` up to date with ``inputs`` and write the usual outputs
    (none with ``outputs=False``: the graph then streams into the store without an rdflib
    graph, and :func:`export_store` writes the files later)."""
    from fairgraph.jobs.outdir import prepare_output_dir
    from fairgraph.store import GraphStore, incremental_build

    if outputs:
        prepare_output_dir(out_dir)  # an unwritable folder is found before any extraction
    progress = options.progress
    built: list[Graph] = []

    failed: list[tuple[str, str]] = []

    def build(extractions: Sequence[Extraction]) -> Graph | StreamedTriples:
        failed.extend(extraction_failures(extractions, options.strict))
        if not outputs:
            # streamed into the store as Oxigraph terms: no rdflib graph, no list of triples
            return streamed_triples(extractions, options.aliases)
        built.append(build_graph(extractions, options.aliases))
        return built[-1]

    with ExitStack() as stack:
        opened: list[GraphStore] = []

        def uncached(document: Document) -> bool:
            """Whether the store lacks this report's extraction (the store is opened at the
            first report read, so a build that reads none leaves no store behind)."""
            if not opened:
                opened.append(stack.enter_context(GraphStore.open(store_dir)))
            # (one whose cached record no longer loads is extracted in this process later)
            return not opened[0].has_extraction(document.sha256)

        with connect(options) as workers:  # the workers get ready while the reports are read
            # the reports the store has not seen go to the workers as they are read
            feed = None
            if workers is not None:
                feed = Feeder(workers, only=uncached)
            documents, skipped = read_documents(
                inputs, strict=options.strict, out_dir=out_dir, progress=progress, feed=feed
            )
            new = feed.documents if feed is not None else [d for d in documents if uncached(d)]
            fresh = dict(
                zip(
                    (d.sha256 for d in new),
                    extract_with(options, new, feed),
                    strict=True,
                )
            )
            store = opened[0]
        # (the workers are let go before resolution)

        def extract(document: Document) -> Extraction:
            if document.sha256 in fresh:  # handed over once: the build holds it from here
                return fresh.pop(document.sha256)
            return extract_keyed(document, backend=options.backend)[0]

        with progress.step("resolve and store"):
            report = incremental_build(store, documents, extract, build)
    if not outputs:
        progress.close()
        with GraphStore.open(store_dir, create=False, read_only=True) as store:
            summary = _store_summary(
                store, len(documents) - len(failed), [*skipped, *failed], report.triples
            )
    else:
        graph = built[-1]
        paths = write_outputs(
            graph,
            out_dir,
            max_nodes=options.max_nodes,
            focus=options.focus,
            hops=options.hops,
            progress=progress,
            jobs=options.jobs,
        )
        progress.close()
        summary = summarize(graph, len(documents) - len(failed), [*skipped, *failed], paths)
    note = (
        f"store {store_dir}: {len(report.extracted)} extracted, {report.reused} unchanged, "
        f"{len(report.replaced)} graphs replaced, {len(report.removed)} removed"
    )
    return BuildSummary(**{**summary.__dict__, "notes": (note,)})


def _store_summary(
    store: GraphStore, documents: int, skipped: Sequence[tuple[str, str]], triples: int
) -> BuildSummary:
    """The counts of a build summary, read from the store's type triples alone."""
    import pyoxigraph as ox

    from fairgraph.namespaces import FG, ORG, SCHEMA

    def count(cls: object) -> int:
        pattern = store.ox.quads_for_pattern(
            None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(cls))
        )
        return len({q.subject for q in pattern})

    classes = {
        "persons": SCHEMA.Person,
        "organisations": ORG.Organization,
        "countries": SCHEMA.Country,
        "places": SCHEMA.Place,
        "fairs": SCHEMA.ExhibitionEvent,
    }
    return BuildSummary(
        documents=documents,
        skipped=tuple(skipped),
        triples=triples,
        entities={name: count(cls) for name, cls in classes.items()},
        posts=count(ORG.Membership),
        agreements=count(FG.Agreement),
        amounts=count(SCHEMA.MonetaryAmount),
    )


def store_triples_rdflib(store: GraphStore, progress: Progress = SILENT) -> list[Triple]:
    """The distinct triples of every graph in ``store`` as rdflib terms, in the store's order."""
    from fairgraph.store import to_rdflib

    progress.phase("read store", len(store))
    seen: dict[Triple, None] = {}
    for quad in store.ox:
        seen.setdefault(
            (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
        )
        progress.advance()
    progress.finish()
    return list(seen)


def export_store(
    store_dir: Path, out_dir: Path, options: BuildOptions = DEFAULT_OPTIONS
) -> BuildSummary:
    """``fairgraph export STORE -o OUT``: the five output files of the graph in a store.

    They are written streaming: Turtle and JSON-LD subject by subject from the store (each
    writer opens the store for itself, so with ``--jobs`` they run in forked processes), the
    projection by look-ups of the store, so memory does not grow with the corpus's triples.
    A store holding blank nodes (none of fairgraph's) is read whole and written as before.
    """
    from fairgraph.errors import InputError
    from fairgraph.namespaces import FG
    from fairgraph.store import GraphStore
    from fairgraph.store.index import StoreIndex

    if not (store_dir / "manifest.sqlite").exists():
        raise InputError(
            "not a fairgraph store (made by `fairgraph build --store`)", source=str(store_dir)
        )
    with paced_collector(), GraphStore.open(store_dir, create=False, read_only=True) as store:
        index = StoreIndex(store.ox, store.distinct_triples())
        if index.has_blank_nodes():
            triples = store_triples_rdflib(store, options.progress)
            settle()
            lookups, paths = index_and_write(triples, out_dir, options)
        else:
            subjects = index.subject_iris()  # read once; forked writers inherit the list
            lookups, paths = write_five(
                lambda fmt: functools.partial(_write_streamed, store_dir, fmt, subjects),
                lambda: index,
                out_dir,
                max_nodes=options.max_nodes,
                focus=options.focus,
                hops=options.hops,
                progress=options.progress,
                jobs=options.jobs,
            )
            options.progress.close()
        documents = len(lookups.subjects(RDF.type, FG.Document))
        return summarize(lookups, documents, (), paths)


def _write_streamed(store_dir: Path, fmt: str, subjects: list[str], path: Path) -> None:
    """Write the store's graph (its ``subjects``) as ``fmt`` ("turtle" or "json-ld") to
    ``path``, subject by subject, from a read-only handle of its own."""
    from fairgraph.store import GraphStore
    from fairgraph.store.index import StoreIndex

    with GraphStore.open(store_dir, create=False, read_only=True) as store:
        index = StoreIndex(store.ox)
        write_atomic(path, serialize_stream(subjects, index.triples_of, fmt, index.outline_of))
