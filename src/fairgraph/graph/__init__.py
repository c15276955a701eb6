"""The graph-building stage: resolved facts → rdflib triples."""

from fairgraph.graph.build import build_graph, entity_iri, graph_from_resolution, write_resolution

__all__ = ["build_graph", "entity_iri", "graph_from_resolution", "write_resolution"]
