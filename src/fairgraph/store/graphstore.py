"""The on-disk store: an Oxigraph database, and a SQLite manifest of its documents (source,
content hash, named graph, digest of its triples) with the extraction cache.

>>> import tempfile
>>> from rdflib import Literal, URIRef
>>> folder = Path(tempfile.mkdtemp())
>>> s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
>>> with GraphStore.open(folder / "st") as store:
...     store.replace_document("a.txt", "ab12", "https://example.org/g", [(s, p, Literal("x"))])
...     (store.known_documents(), len(store))
({'a.txt': 'ab12'}, 1)
"""

from __future__ import annotations

import contextlib
import pickle
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from fairgraph.errors import QueryError
from fairgraph.store.errors import StoreError, first_line
from fairgraph.store.fingerprint import code_fingerprint
from fairgraph.store.sparql import QueryResult, run_query, sparql_prefixes, to_query_result
from fairgraph.store.terms import MERGED_GRAPH, quads_digest, to_quads

#: writes of at least this many quads use Oxigraph's (faster, non-transactional) bulk loader
BULK_MIN = 50_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, graph_iri TEXT NOT NULL,
  digest TEXT, triples INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS extractions (
  sha256 TEXT NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (sha256, version));
"""


class GraphStore:
    """An on-disk Oxigraph store with a manifest of documents and an extraction cache.

    Open it with :meth:`open`; it is also a context manager.
    """

    def __init__(self, folder: Path, oxstore: ox.Store, db: sqlite3.Connection | None) -> None:
        self.folder = folder
        self.ox = oxstore
        self._db = db

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path | str, create: bool = True, read_only: bool = False) -> GraphStore:
        """Open (or create) the store in ``folder``."""
        folder = Path(folder)
        manifest = folder / "manifest.sqlite"
        if not create and not manifest.is_file():
            raise StoreError("not a fairgraph store (no manifest.sqlite)", source=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if read_only:
                oxstore = ox.Store.read_only(str(folder / "oxigraph"))
            else:
                oxstore = ox.Store(str(folder / "oxigraph"))
        except OSError as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            busy = "lock" in first.lower()
            hint = " (is another fairgraph or oxigraph process using it?)" if busy else ""
            raise StoreError(f"cannot open the store: {first}{hint}", source=str(folder)) from exc
        db = sqlite3.connect(str(manifest), check_same_thread=False)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not read_only:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.executescript(_SCHEMA)
                db.commit()
        except sqlite3.Error as exc:
            db.close()
            del oxstore  # release the Oxigraph folder's lock
            raise StoreError(
                f"cannot read its manifest.sqlite ({first_line(exc)}); "
                "rebuild the store into a new folder",
                source=str(folder),
            ) from None
        return cls(folder, oxstore, db)

    @classmethod
    def in_memory(cls) -> GraphStore:
        """A store without a folder or manifest, used for plain graph files."""
        return cls(Path("."), ox.Store(), None)

    def memory_copy(self) -> GraphStore:
        """An in-memory copy of all quads (no manifest): queries run several times faster
        than on the on-disk store; changes to the copy are not saved."""
        copy = GraphStore.in_memory()
        copy.ox.bulk_extend(iter(self.ox))
        return copy

    def close(self) -> None:
        """Flush and release the store."""
        if self._db is not None:
            self._db.close()
            self._db = None
            with contextlib.suppress(OSError, RuntimeError):  # read-only stores cannot flush
                self.ox.flush()
        self.ox = None  # type: ignore[assignment]

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError("this store has no manifest (in-memory) or is closed")
        return self._db

    # -- documents ----------------------------------------------------------------------
    def known_documents(self) -> dict[str, str]:
        """Source → content hash of every stored document."""
        rows = self.db.execute("SELECT source, sha256 FROM documents ORDER BY source")
        return {source: sha for source, sha in rows}

    def document_rows(self) -> dict[str, tuple[str, str, str | None, int]]:
        """Source → (sha256, graph IRI, digest of its triples, triple count)."""
        rows = self.db.execute("SELECT source, sha256, graph_iri, digest, triples FROM documents")
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def replace_document(
        self,
        source: str,
        sha256: str,
        graph_iri: str,
        triples: Iterable[Any],
        *,
        digest: str | None = None,
    ) -> None:
        """Replace the named graph of ``source`` with ``triples`` and record it in the manifest.

        The manifest row is marked unfinished until the new triples are in, so an interrupted
        replacement is redone by the next incremental build.
        """
        quads = list(to_quads(triples, graph_iri))
        with self.db:
            self.db.execute(
                "INSERT INTO documents (source, sha256, graph_iri, digest, triples)"
                " VALUES (?, ?, ?, NULL, 0) ON CONFLICT(source) DO UPDATE SET"
                " sha256=excluded.sha256, graph_iri=excluded.graph_iri, digest=NULL",
                (source, sha256, graph_iri),
            )
        self._replace_graph(graph_iri, quads)
        with self.db:
            self.db.execute(
                "UPDATE documents SET digest=?, triples=? WHERE source=?",
                (digest or quads_digest(quads), len(quads), source),
            )

    def add_documents(self, items: Sequence[tuple[str, str, str, list[ox.Quad], str]]) -> None:
        """Write many documents' graphs at once: (source, sha256, graph IRI, quads, digest).

        Large batches go through Oxigraph's bulk loader, which is several times faster than
        transactional inserts but not atomic: rows stay unfinished until it is done, so an
        interrupted load is redone by the next incremental build.
        """
        if not items:
            return
        with self.db:
            self.db.executemany(
                "INSERT INTO documents (source, sha256, graph_iri, digest, triples)"
                " VALUES (?, ?, ?, NULL, 0) ON CONFLICT(source) DO UPDATE SET"
                " sha256=excluded.sha256, graph_iri=excluded.graph_iri, digest=NULL",
                [(source, sha, iri) for source, sha, iri, _, _ in items],
            )
        quads = [q for item in items for q in item[3]]
        try:
            for _, _, iri, _, _ in items:
                if self.ox.contains_named_graph(ox.NamedNode(iri)):
                    self.ox.remove_graph(ox.NamedNode(iri))
            if len(quads) >= BULK_MIN:
                self.ox.bulk_extend(quads)
            else:
                self.ox.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write: {first_line(exc)}", source=str(self.folder)) from exc
        with self.db:
            self.db.executemany(
                "UPDATE documents SET digest=?, triples=? WHERE source=?",
                [(digest, len(qs), source) for source, _, _, qs, digest in items],
            )

    def remove_document(self, source: str) -> None:
        """Drop the named graph of ``source`` and its manifest row (no error if unknown)."""
        sql = "SELECT graph_iri FROM documents WHERE source=?"
        row = self.db.execute(sql, (source,)).fetchone()
        if row is None:
            return
        self.ox.remove_graph(ox.NamedNode(row[0]))
        with self.db:
            self.db.execute("DELETE FROM documents WHERE source=?", (source,))

    def replace_merged(self, triples: Iterable[Any], *, digest: str | None = None) -> None:
        """Replace the merged entity graph."""
        quads = list(to_quads(triples, MERGED_GRAPH))
        self._set_meta("merged_digest", None)
        self._replace_graph(MERGED_GRAPH, quads, bulk=len(quads) >= BULK_MIN)
        self._set_meta("merged_digest", digest or quads_digest(quads))

    def record_triples(self, triples: int) -> None:
        """Note that the store's graphs hold ``triples`` distinct triples now (a build's
        partitions are disjoint, so as many as the store's quads)."""
        self._set_meta("triples", f"{triples} {len(self.ox)}")

    def distinct_triples(self) -> int | None:
        """The distinct triples a build recorded, while the store still has the quads it left
        (None when unknown: never recorded, or changed since)."""
        row = self.db.execute("SELECT value FROM meta WHERE key='triples'").fetchone()
        if not row or not row[0]:
            return None
        triples, quads = (int(n) for n in row[0].split())
        return triples if quads == len(self.ox) else None

    def merged_digest(self) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key='merged_digest'").fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str | None) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    def _replace_graph(self, graph_iri: str, quads: list[ox.Quad], bulk: bool = False) -> None:
        name = ox.NamedNode(graph_iri)
        try:
            self.ox.remove_graph(name)
            if quads and bulk:
                self.ox.bulk_extend(quads)
            elif quads:
                self.ox.extend(quads)
        except OSError as exc:
            message = f"cannot write graph <{graph_iri}>: {first_line(exc)}"
            raise StoreError(message, source=str(self.folder)) from exc

    # -- extraction cache ----------------------------------------------------------------
    def cached_extraction(self, sha256: str) -> Any | None:
        """The cached extraction of a text with this hash, or None."""
        row = self.db.execute(
            "SELECT data FROM extractions WHERE sha256=? AND version=?",
            (sha256, code_fingerprint()),
        ).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # stale pickle of an older record layout: extract again
            return None

    def has_extraction(self, sha256: str) -> bool:
        """Whether an extraction of a text with this hash is cached (by this code's version),
        without loading it."""
        row = self.db.execute(
            "SELECT 1 FROM extractions WHERE sha256=? AND version=?",
            (sha256, code_fingerprint()),
        ).fetchone()
        return row is not None

    def save_extraction(self, sha256: str, extraction: Any) -> None:
        """Cache an extraction record under its document's content hash."""
        data = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO extractions (sha256, version, data) VALUES (?, ?, ?)",
                (sha256, code_fingerprint(), data),
            )

    # -- reading -------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs (fairgraph prefixes predeclared)."""
        return run_query(self.ox, sparql, bindings)

    def format_query(
        self, sparql: str, fmt: str = "table", bindings: Mapping[str, object] | None = None
    ) -> str:
        """The query's result rendered by :func:`fairgraph.query.sparql.format_result`."""
        from fairgraph.query.sparql import format_result

        return format_result(to_query_result(self.query(sparql, bindings)), fmt)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the store (the manifest is not told)."""
        try:
            self.ox.update(sparql, prefixes=sparql_prefixes())
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {first_line(exc)}") from exc

    def __len__(self) -> int:
        return len(self.ox)

    def dump(self, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
        """All quads (or, for a triple format, the union of graphs as triples)."""
        if fmt.supports_datasets:
            return self.ox.dump(format=fmt) or b""
        union = ox.Store()
        union.extend(ox.Quad(q.subject, q.predicate, q.object) for q in self.ox)
        return union.dump(format=fmt, from_graph=ox.DefaultGraph()) or b""

    def triples_nt(self) -> list[str]:
        """The distinct triples of the union graph as sorted N-Triples lines."""
        return sorted({f"{q.subject} {q.predicate} {q.object} ." for q in self.ox})
