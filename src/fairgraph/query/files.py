"""``fairgraph query``: a query on a graph file or a store folder, formatted for the terminal.

Both go through Oxigraph's engine (pyoxigraph), which is far faster than rdflib's on large
graphs; ``benchmarks/store.py`` measures the two side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from fairgraph.errors import GraphLoadError
from fairgraph.query.sparql import resolve_query


def query_graph(
    path: Path, query: str, fmt: str = "table", bindings: Mapping[str, str] | None = None
) -> str:
    """The formatted result of ``query`` (text, .rq file or saved name) on a file or store."""
    from fairgraph.store import GraphStore, format_query_file

    sparql = resolve_query(query)
    if path.is_dir():
        with GraphStore.open(path, create=False, read_only=True) as store:
            return store.format_query(sparql, fmt, bindings)
    if not path.exists():
        raise GraphLoadError("no such graph file or store folder", source=str(path))
    return format_query_file(path, sparql, fmt, bindings)
