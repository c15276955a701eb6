"""fairgraph: knowledge graphs from trade and investment fair reports.

The Python API (documented in the README's "Python" section):

- :func:`build` — inputs → :class:`KnowledgeGraph` (``.rdf``, ``.to_networkx()``,
  ``.query()``, ``.explain()``, ``.save()``);
- :func:`load` — a graph file → :class:`KnowledgeGraph`;
- :func:`extract` — one text → :class:`~fairgraph.model.Extraction` (``.entities`` with offsets).
"""

from __future__ import annotations

__version__ = "0.1.0"

from fairgraph.api import KnowledgeGraph, QueryRows, build, extract, load  # noqa: E402

__all__ = ["KnowledgeGraph", "QueryRows", "__version__", "build", "extract", "load"]
