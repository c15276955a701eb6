"""Graph files as stores: load any RDF file into an in-memory Oxigraph store and query it.

>>> open_source(GraphStore.in_memory()).folder
PosixPath('.')
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from fairgraph.errors import GraphLoadError
from fairgraph.store.errors import first_line
from fairgraph.store.graphstore import GraphStore
from fairgraph.store.sparql import QueryResult, run_query, to_query_result

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
        raise GraphLoadError(f"cannot load graph: {first_line(exc)}", source=str(path)) from exc
    return oxstore


def format_query_file(
    path: Path | str, sparql: str, fmt: str = "table", bindings: Mapping[str, object] | None = None
) -> str:
    """:func:`fast_query_file`, rendered by :func:`fairgraph.query.sparql.format_result`."""
    from fairgraph.query.sparql import format_result

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
