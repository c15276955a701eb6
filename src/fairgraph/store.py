"""The persistent graph store: one named graph per document plus the merged entity graph.

A store is a folder holding an Oxigraph (RocksDB) database in ``oxigraph/`` — the same files
``oxigraph serve --location DIR/oxigraph`` opens — and ``manifest.sqlite``: which source has
which content hash and named graph, and a cache of extraction records keyed by content hash
and fairgraph version, so that unchanged documents are never re-extracted.

>>> import tempfile
>>> from rdflib import Literal, URIRef
>>> folder = Path(tempfile.mkdtemp())
>>> store = GraphStore.open(folder / "st")
>>> s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
>>> store.replace_document("a.txt", "ab12", document_graph_iri("a.txt"), [(s, p, Literal("x"))])
>>> store.known_documents()
{'a.txt': 'ab12'}
>>> bool(store.query("ASK { ?s ?p 'x' }"))
True
>>> store.close()
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
from rdflib import RDF, BNode, Literal, URIRef
from rdflib.term import Identifier

from fairgraph import __version__
from fairgraph.errors import FairgraphError, GraphLoadError, QueryError
from fairgraph.namespaces import DCTERMS, FG, PREFIXES, PROV

#: the named graph holding what no single document owns (entities found in several reports)
MERGED_GRAPH = "https://w3id.org/fairgraph/id/graph/entities"
DOC_GRAPH_PREFIX = "https://w3id.org/fairgraph/id/graph/doc/"
#: writes of at least this many quads use Oxigraph's (faster, non-transactional) bulk loader
BULK_MIN = 50_000
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

OxTerm = Union[ox.NamedNode, ox.BlankNode, ox.Literal]  # noqa: UP007
OxTriple = tuple[Any, Any, Any]
QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]  # noqa: UP007

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, graph_iri TEXT NOT NULL,
  digest TEXT, triples INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS extractions (
  sha256 TEXT NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (sha256, version));
"""


class StoreError(FairgraphError):
    """A store folder cannot be opened, read or written."""


_FINGERPRINT: list[str] = []
#: what extraction records depend on (the graph build is rerun anyway)
_EXTRACTION_CODE = ("extract", "ner", "lexicon", "ingest", "pipeline.py", "model.py")


def code_fingerprint() -> str:
    """fairgraph's version plus a hash of its code and data files: the extraction cache key,
    so that a changed recogniser or lexicon never serves stale extractions."""
    if not _FINGERPRINT:
        package = Path(__file__).resolve().parent
        digest = hashlib.sha256(__version__.encode("utf-8"))
        for path in sorted(package.rglob("*")):
            parts = path.relative_to(package).parts
            if (
                path.is_file()
                and "__pycache__" not in parts
                and (parts[0] in _EXTRACTION_CODE or path.name in _EXTRACTION_CODE)
            ):
                digest.update(str(path.relative_to(package)).encode("utf-8"))
                digest.update(path.read_bytes())
        _FINGERPRINT.append(f"{__version__}+{digest.hexdigest()[:16]}")
    return _FINGERPRINT[0]


def document_graph_iri(source: str) -> str:
    """The stable named-graph IRI of a source (it does not change when the text does).

    >>> iri = document_graph_iri("reports/a.txt")
    >>> iri[-20:] == hashlib.sha256(b"reports/a.txt").hexdigest()[:20]
    True
    """
    return DOC_GRAPH_PREFIX + hashlib.sha256(source.encode("utf-8")).hexdigest()[:20]


class TermConverter:
    """Turns rdflib terms into pyoxigraph terms, sharing repeated IRIs and datatypes.

    IRIs are looked up by their plain string (rdflib's own term hashing is slow Python).
    """

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}
        self._blanks: dict[str, ox.BlankNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        found = self._iris.get(value)
        if found is None:
            found = self._iris[value] = ox.NamedNode(value)
        return found

    def __call__(self, term: Any) -> OxTerm:
        kind = type(term)
        if kind is URIRef:
            return self.iri(str.__str__(term))
        if kind is Literal:
            lexical = str.__str__(term)
            if term.language:
                return ox.Literal(lexical, language=term.language)
            if term.datatype is not None:
                return ox.Literal(lexical, datatype=self.iri(str.__str__(term.datatype)))
            return ox.Literal(lexical)
        if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
            return term
        if isinstance(term, BNode):
            label = str.__str__(term)
            found = self._blanks.get(label)
            if found is None:
                found = self._blanks[label] = _blank(label)
            return found
        if isinstance(term, URIRef):
            return self.iri(str.__str__(term))
        if isinstance(term, Literal):
            return self(Literal(str.__str__(term), lang=term.language, datatype=term.datatype))
        raise StoreError(f"cannot store RDF term {term!r}")


def _blank(label: str) -> ox.BlankNode:
    try:
        return ox.BlankNode(label)
    except ValueError:
        return ox.BlankNode("h" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:24])


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the equal rdflib term (``xsd:string`` literals become plain).

    >>> to_rdflib(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#int")))
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#int'))
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported query result term {term!r}")


def to_quads(triples: Iterable[Any], graph_iri: str | None) -> Iterator[ox.Quad]:
    """rdflib triples, pyoxigraph triples or quads as quads in ``graph_iri`` (None: default)."""
    graph: Any = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
    convert = TermConverter()
    for item in triples:
        if isinstance(item, (ox.Quad, ox.Triple)):
            yield ox.Quad(item.subject, item.predicate, item.object, graph)
        else:
            s, p, o = item[0], item[1], item[2]
            yield ox.Quad(convert(s), convert(p), convert(o), graph)  # type: ignore[arg-type]


def quads_digest(quads: Iterable[ox.Quad]) -> str:
    """A digest of a set of triples (graph names ignored), independent of their order."""
    lines = sorted(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


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
        if not read_only:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.commit()
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
            raise StoreError(f"cannot write: {_first_line(exc)}", source=str(self.folder)) from exc
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
            message = f"cannot write graph <{graph_iri}>: {_first_line(exc)}"
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
        """The query's result rendered by :func:`fairgraph.query.format_result`."""
        from fairgraph.query import format_result

        return format_result(to_query_result(self.query(sparql, bindings)), fmt)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the store (the manifest is not told)."""
        try:
            self.ox.update(sparql, prefixes=_prefixes())
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {_first_line(exc)}") from exc

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


def _prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def run_query(
    oxstore: ox.Store, sparql: str, bindings: Mapping[str, object] | None = None
) -> QueryResult:
    """Run ``sparql`` on ``oxstore`` with the union default graph; QueryError when malformed.

    ``bindings`` pre-bind variables (rdflib terms, or plain values taken as literals).
    """
    if bindings:
        sparql = bind_values(sparql, bindings)
    try:
        return oxstore.query(sparql, prefixes=_prefixes(), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL query: {_first_line(exc)}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {_first_line(exc)}") from exc


_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def bind_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """Pre-bind variables the way rdflib's ``initBindings`` does: a ``VALUES`` block opening
    the query's WHERE group, so FILTERs and the projection all see the value.

    >>> bind_values("SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?v) }", {"v": "甲"})
    'SELECT ?s WHERE { VALUES (?v) { ("甲") } ?s ?p ?o FILTER(?o = ?v) }'
    """
    convert = TermConverter()
    names = " ".join(f"?{k.lstrip('?$')}" for k in bindings)
    terms = " ".join(
        str(convert(v if isinstance(v, Identifier) else Literal(v))) for v in bindings.values()
    )
    at = _where_brace(sparql)
    return f"{sparql[: at + 1]} VALUES ({names}) {{ ({terms}) }}{sparql[at + 1 :]}"


def _where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the outermost WHERE group (skipping a CONSTRUCT template,
    comments, strings and IRIs)."""
    i, depth, skip_template = 0, 0, None
    while i < len(sparql):
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = len(sparql) if end < 0 else end
            continue
        if ch in "\"'":
            j = i + 1
            while j < len(sparql) and sparql[j] != ch:
                j += 2 if sparql[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "<":
            iri = _IRI.match(sparql, i)
            if iri:
                i = iri.end()
                continue
        if skip_template is None and ch.isalpha():
            word = re.match(r"[A-Za-z]+", sparql[i:])
            if word and word.group(0).upper() in ("SELECT", "ASK", "DESCRIBE", "CONSTRUCT"):
                rest = sparql[i + len(word.group(0)) :].lstrip()
                skip_template = word.group(0).upper() == "CONSTRUCT" and rest.startswith("{")
            if word:
                i += len(word.group(0))
                continue
        if ch == "{":
            if skip_template and depth == 0:
                depth = 1
            elif depth:
                depth += 1
            else:
                return i
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                skip_template = False
        i += 1
    raise QueryError("cannot bind variables: the query has no WHERE group")


_FILE_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}


def load_file_store(path: Path | str) -> ox.Store:
    """Load a Turtle/N-Triples/N-Quads/TriG/JSON-LD/RDF-XML file into an in-memory store."""
    path = Path(path)
    fmt = _FILE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphLoadError(f"unknown graph file type {path.suffix!r}", source=str(path))
    if not path.is_file():
        raise GraphLoadError("no such graph file", source=str(path))
    oxstore = ox.Store()
    try:
        oxstore.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphLoadError(f"cannot load graph: {_first_line(exc)}", source=str(path)) from exc
    return oxstore


def format_query_file(
    path: Path | str, sparql: str, fmt: str = "table", bindings: Mapping[str, object] | None = None
) -> str:
    """:func:`fast_query_file`, rendered by :func:`fairgraph.query.format_result`."""
    from fairgraph.query import format_result

    return format_result(to_query_result(fast_query_file(path, sparql, bindings)), fmt)


def fast_query_file(
    path: Path | str, sparql: str, bindings: Mapping[str, object] | None = None
) -> QueryResult:
    """Load a graph file into an in-memory Oxigraph store and run ``sparql`` on it.

    >>> import tempfile, os
    >>> f = Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = f.write_text('<http://e/a> <http://e/p> "v" .\\n')
    >>> [str(row["o"].value) for row in fast_query_file(f, "SELECT ?o { ?s ?p ?o }")]
    ['v']
    """
    return run_query(load_file_store(path), sparql, bindings)


def open_source(source: GraphStore | Path | str, read_only: bool = False) -> GraphStore:
    """A store folder (has ``manifest.sqlite``) or a graph file, as a :class:`GraphStore`."""
    if isinstance(source, GraphStore):
        return source
    path = Path(source)
    if path.is_dir():
        return GraphStore.open(path, create=False, read_only=read_only)
    wrapped = GraphStore.in_memory()
    wrapped.ox = load_file_store(path)
    return wrapped


def result_rows(result: QueryResult) -> tuple[list[str], list[tuple[Any, ...]]]:
    """SELECT solutions as (variable names, rows of rdflib terms) for rdflib-style formatters.

    >>> st = ox.Store()
    >>> st.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("v")))
    >>> result_rows(run_query(st, "SELECT ?s ?o { ?s ?p ?o }"))
    (['s', 'o'], [(rdflib.term.URIRef('http://e/a'), rdflib.term.Literal('v'))])
    """
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT results have rows")
    names = [v.value for v in result.variables]
    return names, [tuple(to_rdflib(row[i]) for i in range(len(names))) for row in result]


def to_query_result(result: QueryResult) -> Any:
    """A pyoxigraph result as the :class:`fairgraph.query.QueryResult` that ``format_result``
    renders (SELECT rows, ASK boolean, or CONSTRUCT/DESCRIBE graph, all rdflib terms)."""
    from rdflib import Graph

    from fairgraph.namespaces import bind_prefixes
    from fairgraph.query import QueryResult as Result

    if isinstance(result, ox.QueryBoolean):
        return Result("ASK", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = bind_prefixes(Graph(bind_namespaces="core"))
        for t in result:
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return Result("CONSTRUCT", graph=graph)
    names, rows = result_rows(result)
    return Result("SELECT", tuple(names), tuple(rows))


# -- incremental builds ------------------------------------------------------------------
FG_DOCUMENT = FG.Document
FG_DOCUMENT_OF = FG.document
FG_SHA256 = FG.sha256
DCT_SOURCE = DCTERMS.source
PROV_DERIVED = PROV.wasDerivedFrom
RDF_TYPE = RDF.type
_MERGED = "\x00merged"
"""Partition key of the merged entity graph."""


def partition_graph(graph: Any, documents: Iterable[Any]) -> dict[str, list[OxTriple]]:
    """:func:`iter_partitions` of an rdflib graph, as a dict."""
    return dict(iter_partitions(to_ox_triples(graph), documents))


def to_ox_triples(source: Any) -> list[OxTriple]:
    """An rdflib graph, or any iterable of rdflib/pyoxigraph triples, as a list of
    pyoxigraph term tuples (repeated terms shared)."""
    convert = TermConverter()
    items = _all_triples(source) if hasattr(source, "store") else source
    out: list[OxTriple] = []
    for item in items:
        if isinstance(item, (ox.Quad, ox.Triple)):
            out.append((item.subject, item.predicate, item.object))
        else:
            out.append((convert(item[0]), convert(item[1]), convert(item[2])))
    return out


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
    by_sha: dict[str, str] = {}
    by_source: dict[str, str] = {}
    for doc in sorted(documents, key=lambda d: d.source):
        by_sha.setdefault(doc.sha256, doc.source)
        by_source[doc.source] = doc.source
    doc_nodes: list[Any] = []
    values: dict[tuple[Any, Any], Any] = {}
    mention_of: dict[Any, Any] = {}
    derived: dict[Any, list[Any]] = {}
    referrers: dict[Any, set[Any]] = {}
    prov_derived, document_of = ox.NamedNode(PROV_DERIVED), ox.NamedNode(FG_DOCUMENT_OF)
    rdf_type, fg_document = ox.NamedNode(RDF_TYPE), ox.NamedNode(FG_DOCUMENT)
    dct_source, fg_sha = ox.NamedNode(DCT_SOURCE), ox.NamedNode(FG_SHA256)
    for s, p, o in triples:  # pass 1: provenance and blank-node links
        if p == prov_derived:
            derived.setdefault(s, []).append(o)
        elif p == document_of:
            mention_of[s] = o
        elif p == rdf_type and o == fg_document:
            doc_nodes.append(s)
        elif p in (dct_source, fg_sha):
            values[(s, p)] = o
        if isinstance(o, ox.BlankNode) and o != s:
            referrers.setdefault(o, set()).add(s)
    doc_key: dict[Any, str] = {}
    for node in doc_nodes:
        src, sha = values.get((node, dct_source)), values.get((node, fg_sha))
        key = by_source.get(src.value) if src is not None else None
        if key is None and sha is not None:
            key = by_sha.get(sha.value)
        doc_key[node] = key or (src if src is not None else node).value
    del values
    mention_doc = {m: doc_key[d] for m, d in mention_of.items() if d in doc_key}
    del mention_of
    part: dict[Any, str] = {}

    def own(subject: Any) -> str:
        if subject in doc_key:
            return doc_key[subject]
        if subject in mention_doc:
            return mention_doc[subject]
        docs = {mention_doc.get(m, _MERGED) for m in derived.get(subject, ())}
        return docs.pop() if len(docs) == 1 else _MERGED

    def partition_of(subject: Any, seen: frozenset[Any] = frozenset()) -> str:
        found = part.get(subject)
        if found is not None:
            return found
        if isinstance(subject, ox.BlankNode) and referrers.get(subject):
            parts = {
                _MERGED if r in seen else partition_of(r, seen | {subject})
                for r in referrers[subject]
            }
            found = parts.pop() if len(parts) == 1 else _MERGED
        else:
            found = own(subject)
        if not seen or not isinstance(subject, ox.BlankNode):
            part[subject] = found
        return found

    buckets: dict[str, list[OxTriple]] = {}
    for triple in triples:  # pass 2: every triple to its graph
        key = partition_of(triple[0])
        if isinstance(triple[2], ox.BlankNode) and partition_of(triple[2]) != key:
            key = _MERGED
        buckets.setdefault(key, []).append(triple)
    part.clear()
    derived.clear()
    referrers.clear()
    merged = buckets.pop(_MERGED, [])
    for key in sorted(buckets):
        yield key, _stable_blanks(list(dict.fromkeys(buckets.pop(key))), key)
    yield "", _stable_blanks(list(dict.fromkeys(merged)), _MERGED)


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
    makes the whole graph from all extractions (so cross-document resolution is recomputed),
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
            store.save_extraction(doc.sha256, cached)
            extracted.append(doc.source)
        extractions.append(cached)
        if progress is not None:
            progress(i + 1, len(docs))
    current = {d.source for d in docs}
    removed = sorted(set(store.known_documents()) - current)
    for source in removed:
        store.remove_document(source)
    triples = to_ox_triples(build(extractions))  # the built rdflib graph is freed here
    del extractions
    writer = _Writer(store)
    wanted = {d.source: d for d in docs}
    replaced: list[str] = []
    total = 0
    merged: list[OxTriple] = []
    seen: set[str] = set()
    parts = iter_partitions(triples, docs)
    del triples
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
    return BuildReport(
        tuple(extracted),
        len(docs) - len(extracted),
        tuple(sorted(replaced)),
        tuple(removed),
        merged_replaced,
        total,
    )
