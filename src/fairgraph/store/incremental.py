"""Incremental builds: bring a store up to date with a set of documents, extracting only new
or changed texts and rewriting only the named graphs whose triples changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from fairgraph.store.graphstore import GraphStore
from fairgraph.store.partition import (
    StreamedTriples,
    iter_partitions,
    iter_streamed_partitions,
    to_ox_triples,
)
from fairgraph.store.terms import MERGED_GRAPH, OxTriple, document_graph_iri, quads_digest


class _Writer:
    """Writes changed document graphs: replacements one by one, new documents in bulk."""

    BATCH = 250_000

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.rows = store.document_rows()
        self.pending: list[tuple[str, str, str, list[ox.Quad], str]] = []
        self.size = 0

    def write(self, doc: Any, triples: list[OxTriple]) -> bool:
        """Write ``doc``'s graph unless the store already holds exactly these triples."""
        iri = document_graph_iri(doc.source)
        name = ox.NamedNode(iri)
        quads = [ox.Quad(s, p, o, name) for s, p, o in triples]
        digest = quads_digest(quads)
        row = self.rows.get(doc.source)
        if row is not None and row[0] == doc.sha256 and row[2] == digest:
            return False
        if row is not None:
            self.store.replace_document(doc.source, doc.sha256, iri, quads, digest=digest)
            return True
        self.pending.append((doc.source, doc.sha256, iri, quads, digest))
        self.size += len(quads)
        if self.size >= self.BATCH:
            self.flush()
        return True

    def flush(self) -> None:
        self.store.add_documents(self.pending)
        self.pending, self.size = [], 0


@dataclass(frozen=True)
class BuildReport:
    """What an incremental build did."""

    extracted: tuple[str, ...]
    reused: int
    replaced: tuple[str, ...]
    removed: tuple[str, ...]
    merged_replaced: bool
    triples: int


def incremental_build(
    store: GraphStore,
    documents: Iterable[Any],
    extract: Callable[[Any], Any],
    build: Callable[[Sequence[Any]], Any],
    progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Bring ``store`` up to date with ``documents`` (objects with ``source`` and ``sha256``).

    Only documents whose hash has no cached extraction go through ``extract``; ``build`` then
    makes the whole graph from all extractions (so cross-document resolution is recomputed;
    an rdflib graph, a list of triples, or :class:`StreamedTriples` to hold none of them),
    and only the named graphs whose triples changed are rewritten. Documents that are gone
    lose their graph.
    """
    docs = sorted(documents, key=lambda d: d.source)
    extractions: list[Any] = []
    extracted: list[str] = []
    for i, doc in enumerate(docs):
        cached = store.cached_extraction(doc.sha256)
        if cached is None:
            cached = extract(doc)
            if not getattr(cached, "failure", ""):  # one the extractor failed on: tried again
                store.save_extraction(doc.sha256, cached)
            extracted.append(doc.source)
        extractions.append(cached)
        if progress is not None:
            progress(i + 1, len(docs))
    current = {d.source for d in docs}
    removed = sorted(set(store.known_documents()) - current)
    for source in removed:
        store.remove_document(source)
    built = build(extractions)
    del extractions
    if isinstance(built, StreamedTriples):  # written twice, spilled beside the store, never held
        parts = iter_streamed_partitions(built, docs, store.folder)
    else:
        parts = iter_partitions(to_ox_triples(built), docs)  # a built rdflib graph is freed here
    del built
    writer = _Writer(store)
    wanted = {d.source: d for d in docs}
    replaced: list[str] = []
    total = 0
    merged: list[OxTriple] = []
    seen: set[str] = set()
    for key, part in parts:
        doc = wanted.get(key)
        if doc is None:  # the merged part, or a document the caller did not pass
            merged.extend(part)
            continue
        seen.add(key)
        total += len(part)
        if writer.write(doc, part):
            replaced.append(doc.source)
    for doc in docs:
        if doc.source not in seen and writer.write(doc, []):
            replaced.append(doc.source)
    writer.flush()
    total += len(merged)
    merged_name = ox.NamedNode(MERGED_GRAPH)
    merged_quads = [ox.Quad(s, p, o, merged_name) for s, p, o in merged]
    digest = quads_digest(merged_quads)
    merged_replaced = digest != store.merged_digest()
    if merged_replaced:
        store.replace_merged(merged_quads, digest=digest)
    store.record_triples(total)
    return BuildReport(
        tuple(extracted),
        len(docs) - len(extracted),
        tuple(sorted(replaced)),
        tuple(removed),
        merged_replaced,
        total,
    )
