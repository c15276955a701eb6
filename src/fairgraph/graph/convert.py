"""``fairgraph convert``: between Turtle, N-Triples, JSON-LD, TriG, N-Quads and GraphML."""

from __future__ import annotations

from pathlib import Path

from fairgraph.errors import FormatError
from fairgraph.graph.io import RDF_FORMATS, load_graph, save_graph, union_graph

GRAPHML = ".graphml"


def output_suffixes() -> list[str]:
    return sorted({*RDF_FORMATS, GRAPHML})


def convert_graph(source: Path, target: Path) -> None:
    """Write the graph in ``source`` to ``target`` in the format of its extension."""
    suffix = target.suffix.lower()
    if suffix != GRAPHML and suffix not in RDF_FORMATS:
        raise FormatError(
            f"unknown output format {suffix or '(no extension)'}; "
            f"choose one of {', '.join(output_suffixes())}",
            source=str(target),
        )
    graph = load_graph(source)
    if suffix == GRAPHML:
        from fairgraph.export.graphml import write_graphml
        from fairgraph.graph.projection import project

        write_graphml(project(union_graph(graph)), target)  # TriG/N-Quads: all named graphs
    else:
        save_graph(graph, target)
