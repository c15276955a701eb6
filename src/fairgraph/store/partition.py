"""Partitioning a built graph into named graphs: one per document, plus the merged entity
graph for what several documents share; blank nodes relabelled deterministically.

>>> a, p = ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p")
>>> [(key, len(part)) for key, part in iter_partitions([(a, p, ox.Literal("x"))], [])]
[('', 1)]
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF

from fairgraph.namespaces import DCTERMS, FG, PROV
from fairgraph.store.terms import OxTriple, TermConverter

FG_DOCUMENT = FG.Document
FG_DOCUMENT_OF = FG.document
FG_SHA256 = FG.sha256
DCT_SOURCE = DCTERMS.source
PROV_DERIVED = PROV.wasDerivedFrom
RDF_TYPE = RDF.type
_OX = (ox.NamedNode, ox.BlankNode, ox.Literal)
_MERGED = "\x00merged"
"""Partition key of the merged entity graph."""


def partition_graph(graph: Any, documents: Iterable[Any]) -> dict[str, list[OxTriple]]:
    """:func:`iter_partitions` of an rdflib graph, as a dict."""
    return dict(iter_partitions(to_ox_triples(graph), documents))


def to_ox_triples(source: Any) -> list[OxTriple]:
    """An rdflib graph, or any iterable of rdflib/pyoxigraph triples, as a list of
    pyoxigraph term tuples (repeated terms shared); a list that is one already is returned
    as it is (no second copy of a corpus's triples)."""
    if isinstance(source, list) and all(
        type(t) is tuple and isinstance(t[0], _OX) and isinstance(t[2], _OX) for t in source
    ):
        return source
    convert = TermConverter()
    items = _all_triples(source) if hasattr(source, "store") else source
    out: list[OxTriple] = []
    for item in items:
        if isinstance(item, (ox.Quad, ox.Triple)):
            out.append((item.subject, item.predicate, item.object))
        else:
            out.append((convert(item[0]), convert(item[1]), convert(item[2])))
    return out


class _Provenance:
    """What partitioning learns of a graph in its first pass (:meth:`add` every triple, then
    :meth:`finish`), and the partition of each triple from then on (:meth:`key`).

    A subject belongs to a document when everything it was derived from (``fg:document`` of a
    mention, ``prov:wasDerivedFrom`` mentions) lies in that document alone; otherwise, like
    anything without provenance, it belongs to the merged entity graph (key ``_MERGED``).
    A blank node goes with the subjects that point at it, so it never spans two graphs.
    """

    def __init__(self, documents: Iterable[Any]) -> None:
        self.by_sha: dict[str, str] = {}
        self.by_source: dict[str, str] = {}
        for doc in sorted(documents, key=lambda d: d.source):
            self.by_sha.setdefault(doc.sha256, doc.source)
            self.by_source[doc.source] = doc.source
        self.doc_nodes: list[Any] = []
        self.values: dict[tuple[Any, Any], Any] = {}
        self.mention_of: dict[Any, Any] = {}
        self.derived: dict[Any, list[Any]] = {}
        self.referrers: dict[Any, set[Any]] = {}
        self.doc_key: dict[Any, str] = {}
        self.mention_doc: dict[Any, str] = {}
        self.part: dict[Any, str] = {}
        self.prov_derived = ox.NamedNode(PROV_DERIVED)
        self.document_of = ox.NamedNode(FG_DOCUMENT_OF)
        self.rdf_type = ox.NamedNode(RDF_TYPE)
        self.fg_document = ox.NamedNode(FG_DOCUMENT)
        self.dct_source = ox.NamedNode(DCT_SOURCE)
        self.fg_sha = ox.NamedNode(FG_SHA256)

    def add(self, triple: OxTriple) -> None:
        """Pass 1: provenance and blank-node links."""
        s, p, o = triple
        if p == self.prov_derived:
            self.derived.setdefault(s, []).append(o)
        elif p == self.document_of:
            self.mention_of[s] = o
        elif p == self.rdf_type and o == self.fg_document:
            self.doc_nodes.append(s)
        elif p == self.dct_source or p == self.fg_sha:
            self.values[(s, p)] = o
        if isinstance(o, ox.BlankNode) and o != s:
            self.referrers.setdefault(o, set()).add(s)

    def finish(self) -> None:
        """After pass 1: the document each document node and each mention stands for."""
        for node in self.doc_nodes:
            src = self.values.get((node, self.dct_source))
            sha = self.values.get((node, self.fg_sha))
            key = self.by_source.get(src.value) if src is not None else None
            if key is None and sha is not None:
                key = self.by_sha.get(sha.value)
            self.doc_key[node] = key or (src if src is not None else node).value
        self.values.clear()
        self.mention_doc = {
            m: self.doc_key[d] for m, d in self.mention_of.items() if d in self.doc_key
        }
        self.mention_of.clear()

    def key(self, triple: OxTriple) -> str:
        """Pass 2: the partition ``triple`` goes to."""
        key = self._partition_of(triple[0])
        if isinstance(triple[2], ox.BlankNode) and self._partition_of(triple[2]) != key:
            key = _MERGED
        return key

    def _own(self, subject: Any) -> str:
        if subject in self.doc_key:
            return self.doc_key[subject]
        if subject in self.mention_doc:
            return self.mention_doc[subject]
        docs = {self.mention_doc.get(m, _MERGED) for m in self.derived.get(subject, ())}
        return docs.pop() if len(docs) == 1 else _MERGED

    def _partition_of(self, subject: Any, seen: frozenset[Any] = frozenset()) -> str:
        found = self.part.get(subject)
        if found is not None:
            return found
        referrers = self.referrers.get(subject) if isinstance(subject, ox.BlankNode) else None
        if referrers:
            parts = {
                _MERGED if r in seen else self._partition_of(r, seen | {subject}) for r in referrers
            }
            found = parts.pop() if len(parts) == 1 else _MERGED
        else:
            found = self._own(subject)
        if not seen or not isinstance(subject, ox.BlankNode):
            self.part[subject] = found
        return found


def iter_partitions(
    triples: list[OxTriple], documents: Iterable[Any]
) -> Iterator[tuple[str, list[OxTriple]]]:
    """Split a built graph (see :func:`to_ox_triples`) into (source, triples) per document,
    then ("", the merged part).

    A subject belongs to a document when everything it was derived from (``fg:document`` of a
    mention, ``prov:wasDerivedFrom`` mentions) lies in that document alone; otherwise, like
    anything without provenance, it belongs to the merged entity graph (key ``""``).
    A blank node goes with the subjects that point at it, so it never spans two graphs.
    Blank nodes are relabelled deterministically, so equal input gives equal output.
    """
    provenance = _Provenance(documents)
    for triple in triples:
        provenance.add(triple)
    provenance.finish()
    buckets: dict[str, list[OxTriple]] = {}
    for triple in triples:  # pass 2: every triple to its graph
        buckets.setdefault(provenance.key(triple), []).append(triple)
    del provenance
    merged = buckets.pop(_MERGED, [])
    for key in sorted(buckets):
        yield key, _stable_blanks(list(dict.fromkeys(buckets.pop(key))), key)
    yield "", _stable_blanks(list(dict.fromkeys(merged)), _MERGED)


Sink = Callable[[OxTriple], None]


@dataclass(frozen=True)
class StreamedTriples:
    """A graph too large to hold: ``write(sink)`` hands every triple to ``sink`` (pyoxigraph
    terms; a triple may come more than once), and can be called again for a second pass,
    which writes the same terms (blank nodes included)."""

    write: Callable[[Sink], None]


def iter_streamed_partitions(
    graph: StreamedTriples, documents: Iterable[Any], folder: Path | None = None
) -> Iterator[tuple[str, list[OxTriple]]]:
    """:func:`iter_partitions` of a graph written twice instead of held: the first pass
    learns the provenance, the second spills each triple, as an N-Triples line under its
    partition's key, to a temporary SQLite file in ``folder``; the partitions are then read
    back one at a time. Memory holds the provenance and one partition, never the graph."""
    with tempfile.TemporaryDirectory(prefix=".partitions-", dir=folder) as spill:
        db = sqlite3.connect(str(Path(spill) / "spill.sqlite"))
        try:
            _spill(graph, documents, db)
            del graph  # (what it was written from is freed once the partitions are read back)
            query = "SELECT key, line FROM spill WHERE key != ? ORDER BY key, rowid"
            for key, rows in groupby(db.execute(query, (_MERGED,)), key=itemgetter(0)):
                yield key, _parsed(rows, key)
            query = "SELECT key, line FROM spill WHERE key = ? ORDER BY rowid"
            yield "", _parsed(db.execute(query, (_MERGED,)), _MERGED)
        finally:
            db.close()


def _spill(graph: StreamedTriples, documents: Iterable[Any], db: sqlite3.Connection) -> None:
    """Both passes of :func:`iter_streamed_partitions`: (key, line) rows into ``db``."""
    provenance = _Provenance(documents)
    graph.write(provenance.add)
    provenance.finish()
    db.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
        "CREATE TABLE spill (key TEXT NOT NULL, line TEXT NOT NULL);"
    )
    rows: list[tuple[str, str]] = []

    def keep(triple: OxTriple) -> None:
        rows.append((provenance.key(triple), f"{triple[0]} {triple[1]} {triple[2]} ."))
        if len(rows) >= _SPILL_BATCH:
            db.executemany("INSERT INTO spill VALUES (?, ?)", rows)
            rows.clear()

    graph.write(keep)
    db.executemany("INSERT INTO spill VALUES (?, ?)", rows)
    db.commit()


_SPILL_BATCH = 50_000


def _parsed(rows: Iterable[tuple[str, str]], salt: str) -> list[OxTriple]:
    """The distinct triples of one partition's spilled lines, blank nodes relabelled."""
    lines = dict.fromkeys(line for _, line in rows)
    if not lines:
        return []
    data = "\n".join(lines).encode("utf-8")
    parsed = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    return _stable_blanks([(q.subject, q.predicate, q.object) for q in parsed], salt)


def _all_triples(graph: Any) -> Iterator[tuple[Any, Any, Any]]:
    """Every triple of an rdflib graph; reads a plain in-memory graph's index directly (rdflib's
    own iterator spends most of its time on named-graph bookkeeping)."""
    from rdflib import Graph
    from rdflib.plugins.stores.memory import Memory

    spo = getattr(graph.store, "_Memory__spo", None)
    if (
        type(graph) is Graph
        and isinstance(graph.store, Memory)
        and isinstance(spo, dict)
        and sum(1 for _ in graph.store.contexts()) <= 1
    ):
        for s, by_p in spo.items():
            for p, objects in by_p.items():
                for o in objects:
                    yield s, p, o
    else:
        yield from graph


def _stable_blanks(triples: list[OxTriple], salt: str) -> list[OxTriple]:
    """Rename blank nodes by a hash of what they say and who points at them."""
    outgoing: dict[Any, list[tuple[Any, Any]]] = {}
    incoming: dict[Any, list[tuple[Any, Any]]] = {}
    for s, p, o in triples:
        if isinstance(s, ox.BlankNode):
            outgoing.setdefault(s, []).append((p, o))
        if isinstance(o, ox.BlankNode):
            incoming.setdefault(o, []).append((s, p))
    if not outgoing and not incoming:
        return triples
    content: dict[Any, str] = {}

    def content_of(node: Any, stack: frozenset[Any]) -> str:
        if node in content:
            return content[node]
        if node in stack:
            return "cycle"
        parts = sorted(
            f"{p} {content_of(o, stack | {node}) if isinstance(o, ox.BlankNode) else o}"
            for p, o in outgoing.get(node, [])
        )
        value = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
        content[node] = value
        return value

    labels: dict[Any, ox.BlankNode] = {}
    taken: dict[str, int] = {}
    for node in sorted(set(outgoing) | set(incoming), key=lambda n: n.value):
        refs = sorted(
            f"{content_of(s, frozenset()) if isinstance(s, ox.BlankNode) else s} {p}"
            for s, p in incoming.get(node, [])
        )
        seed = "\n".join([salt, content_of(node, frozenset()), *refs])
        base = "b" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]
        count = taken.get(base, 0)
        taken[base] = count + 1
        labels[node] = ox.BlankNode(base if count == 0 else f"{base}x{count}")

    def fix(term: Any) -> Any:
        return labels.get(term, term) if isinstance(term, ox.BlankNode) else term

    return [(fix(s), p, fix(o)) for s, p, o in triples]
