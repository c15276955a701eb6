"""GraphML export of the NetworkX projection (for Gephi, yEd, Cytoscape, NetworkX).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("a", label="甲", type="Person")
>>> b"<graphml" in graphml_bytes(g)
True
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from fairgraph.graph.io import write_atomic


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    """Serialise a projection (scalar attributes only) as UTF-8 GraphML."""
    lines = nx.generate_graphml(g, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    write_atomic(path, graphml_bytes(g))


def read_graphml(path: Path) -> nx.MultiDiGraph:
    graph = nx.read_graphml(path, force_multigraph=True)
    return nx.MultiDiGraph(graph)
