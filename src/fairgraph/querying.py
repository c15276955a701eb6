"""``fairgraph query``: a query on a graph file or a store folder, formatted for the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from fairgraph.errors import GraphLoadError
from fairgraph.graphio import load_graph
from fairgraph.query import format_result, resolve_query, run_query


def query_graph(
    path: Path, query: str, fmt: str = "table", bindings: Mapping[str, str] | None = None
) -> str:
    """The formatted result of ``query`` (text, .rq file or saved name) on a file or store."""
    sparql = resolve_query(query)
    if path.is_dir():
        from fairgraph.store import GraphStore

        with GraphStore.open(path, create=False, read_only=True) as store:
            return store.format_query(sparql, fmt, bindings)
    if not path.exists():
        raise GraphLoadError("no such graph file or store folder", source=str(path))
    return format_result(run_query(load_graph(path), sparql, bindings), fmt)
