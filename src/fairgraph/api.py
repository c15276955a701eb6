"""The Python API: :func:`build`, :func:`load`, :func:`extract` and :class:`KnowledgeGraph`.

The CLI is a thin layer over these; a notebook uses them directly.

>>> import fairgraph
>>> kg = fairgraph.build()                      # the bundled sample reports
>>> rows = kg.query("officials")                # a saved query, rows as dicts
>>> sorted(rows[0])[:3]
['organization', 'person', 'role']
>>> kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }")[0]["n"] > 10
True
>>> [(e.type, e.text, e.start, e.end) for e in fairgraph.extract("青海省副省长王某出席。").entities]
[('Place', '青海省', 0, 3), ('Person', '王某', 6, 8)]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairgraph.errors import InputError
from fairgraph.model import Document, Extraction

if TYPE_CHECKING:  # rdflib is imported when a graph is built or loaded, not with fairgraph
    from rdflib import Graph
    from rdflib.term import Node

    from fairgraph.query.timeline import TimelineEntry

PathLike = str | os.PathLike[str]


def _value(term: Node | None) -> Any:
    """A query result cell as a plain Python value (literals → their value, IRIs → str)."""
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


class QueryRows(list):  # type: ignore[type-arg]
    """Rows of a SELECT, each a dict of variable → value; :meth:`to_pandas` where installed."""

    def __init__(self, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
        super().__init__(rows)
        self.columns = tuple(columns)

    def to_pandas(self):  # type: ignore[no-untyped-def]
        """The rows as a ``pandas.DataFrame`` (``pip install pandas``)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise InputError("to_pandas() needs pandas: pip install pandas") from None
        return pd.DataFrame(list(self), columns=list(self.columns))


class KnowledgeGraph:
    """A built or loaded fairgraph graph: the RDF, and what can be done with it."""

    def __init__(self, graph: Graph, *, source: str | None = None) -> None:
        self._graph = graph
        self.source = source

    @property
    def rdf(self) -> Graph:
        """The graph as an ``rdflib.Graph`` (the shape of the graph contract)."""
        return self._graph

    def __len__(self) -> int:
        return len(self._graph)

    def to_networkx(self):  # type: ignore[no-untyped-def]
        """The entity graph as a ``networkx.MultiDiGraph`` (the projection graph.graphml holds)."""
        from fairgraph.graph.projection import project

        return project(self._graph)

    def query(self, query: str, **bindings: Any) -> QueryRows | bool | Graph:
        """Run a saved query by name (``officials``) or SPARQL text, prefixes predeclared as in
        the CLI; keyword arguments pre-bind variables. SELECT gives :class:`QueryRows`, ASK a
        bool, CONSTRUCT/DESCRIBE an ``rdflib.Graph``."""
        from fairgraph.query.sparql import resolve_query, run_query

        result = run_query(self._graph, resolve_query(query), bindings)
        if result.kind == "ASK":
            return bool(result.boolean)
        if result.kind != "SELECT":
            return result.graph  # type: ignore[return-value]
        names = result.vars
        rows = ({n: _value(v) for n, v in zip(names, row, strict=True)} for row in result.rows)
        return QueryRows(names, rows)

    def explain(self, label: str) -> str:
        """Everything known about the entity called ``label`` and why (merges, sources)."""
        from fairgraph.query.explain import explain_label

        return explain_label(self._graph, label)

    def timeline(self, label: str) -> list[TimelineEntry]:
        """The posts of the person or body called ``label`` (or the editions of the fair series
        called so) in date order, each with its dates and the reports that state it."""
        from fairgraph.query.timeline import timeline

        return timeline(self._graph, label)

    def save(
        self, out_dir: PathLike, *, max_nodes: int = 2000, focus: str | None = None, hops: int = 1
    ) -> list[Path]:
        """Write graph.ttl, graph.jsonld, graph.graphml, graph.html and report.html (the same
        files as ``fairgraph build``) into ``out_dir``; returns their paths."""
        from fairgraph.jobs.build import write_outputs

        return write_outputs(
            self._graph, Path(out_dir), max_nodes=max_nodes, focus=focus, hops=hops
        )

    def _repr_html_(self) -> str:
        from html import escape

        from fairgraph.jobs.build import summarize

        summary = summarize(self._graph, 0, ())
        cells = "".join(
            f"<tr><td>{escape(k)}</td><td>{v}</td></tr>"
            for k, v in [
                *summary.entities.items(),
                ("posts", summary.posts),
                ("agreements", summary.agreements),
                ("triples", summary.triples),
            ]
        )
        return f"<table><caption>fairgraph {escape(self.source or '')}</caption>{cells}</table>"

    def __repr__(self) -> str:
        source = f" {self.source}" if self.source else ""
        return f"<KnowledgeGraph{source} {len(self._graph)} triples>"


def build(
    inputs: Sequence[PathLike] | PathLike = (),
    *,
    strict: bool = False,
    ner: str = "default",
    aliases: PathLike | None = None,
) -> KnowledgeGraph:
    """Build the graph of ``inputs`` (files, folders, globs, URLs with the ``remote`` extra;
    none: the bundled sample) — the options of ``fairgraph build``: ``strict`` stops at the
    first bad input, ``ner`` chooses the recogniser backend, ``aliases`` names a file of extra
    aliases and forbidden merges. A report the extractor fails on is left out with a
    warning (an :class:`~fairgraph.errors.InputError` with ``strict``), as the command does."""
    import warnings

    from fairgraph.graph.build import build_graph
    from fairgraph.jobs.build import extract_all, extraction_failures, read_documents
    from fairgraph.resolve import AliasRules

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    documents, _ = read_documents([str(i) for i in inputs], strict=strict)
    rules = AliasRules.load(Path(aliases)) if aliases else None
    extractions = extract_all(documents, backend=ner)
    for source, reason in extraction_failures(extractions, strict):
        warnings.warn(f"skipped {source}: {reason}", stacklevel=2)
    graph = build_graph(extractions, rules)
    return KnowledgeGraph(graph, source=", ".join(map(str, inputs)) or "sample")


def load(path: PathLike) -> KnowledgeGraph:
    """Load a graph file written by fairgraph (Turtle, JSON-LD, N-Triples, TriG …)."""
    from fairgraph.graph.io import load_graph

    return KnowledgeGraph(load_graph(path), source=str(path))


def extract(text: str, lang: str | None = None, *, ner: str = "default") -> Extraction:
    """The raw extraction of one text: ``.entities`` (type, text, start, end), ``.posts``,
    ``.agreements``, ``.fairs``, ``.amounts``, ``.dates``; ``lang`` defaults to Chinese."""
    from fairgraph.languages import extract_document

    document = Document.from_text(text, source="<text>", language=lang)
    return extract_document(document, backend=ner)


__all__ = ["KnowledgeGraph", "QueryRows", "build", "extract", "load"]
