"""The persistent graph store: one named graph per document plus the merged entity graph.

A store is a folder holding an Oxigraph (RocksDB) database in ``oxigraph/`` — the same files
``oxigraph serve --location DIR/oxigraph`` opens — and ``manifest.sqlite``: which source has
which content hash and named graph, and a cache of extraction records keyed by content hash
and fairgraph version, so that unchanged documents are never re-extracted.

The modules, each with one job (everything is importable from ``fairgraph.store``):

- :mod:`~fairgraph.store.graphstore`: :class:`GraphStore`, the database and its manifest;
- :mod:`~fairgraph.store.sparql`: queries on a store, results as rdflib terms;
- :mod:`~fairgraph.store.files`: graph files loaded as in-memory stores;
- :mod:`~fairgraph.store.partition`: a built graph split into per-document named graphs;
- :mod:`~fairgraph.store.incremental`: :func:`incremental_build`;
- :mod:`~fairgraph.store.terms`, :mod:`~fairgraph.store.fingerprint`,
  :mod:`~fairgraph.store.errors`: terms, the extraction-cache key, errors.

>>> import tempfile
>>> from pathlib import Path
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

from fairgraph.store.errors import StoreError
from fairgraph.store.files import fast_query_file, format_query_file, load_file_store, open_source
from fairgraph.store.fingerprint import code_fingerprint
from fairgraph.store.graphstore import BULK_MIN, GraphStore
from fairgraph.store.incremental import BuildReport, incremental_build
from fairgraph.store.partition import (
    DCT_SOURCE,
    FG_DOCUMENT,
    FG_DOCUMENT_OF,
    FG_SHA256,
    PROV_DERIVED,
    RDF_TYPE,
    iter_partitions,
    partition_graph,
    to_ox_triples,
)
from fairgraph.store.sparql import (
    QueryResult,
    bind_values,
    result_rows,
    run_query,
    sparql_prefixes,
    to_query_result,
)
from fairgraph.store.terms import (
    DOC_GRAPH_PREFIX,
    MERGED_GRAPH,
    XSD_STRING,
    OxTerm,
    OxTriple,
    TermConverter,
    document_graph_iri,
    quads_digest,
    to_quads,
    to_rdflib,
)

__all__ = [
    "BULK_MIN",
    "DCT_SOURCE",
    "DOC_GRAPH_PREFIX",
    "FG_DOCUMENT",
    "FG_DOCUMENT_OF",
    "FG_SHA256",
    "MERGED_GRAPH",
    "PROV_DERIVED",
    "RDF_TYPE",
    "XSD_STRING",
    "BuildReport",
    "GraphStore",
    "OxTerm",
    "OxTriple",
    "QueryResult",
    "StoreError",
    "TermConverter",
    "bind_values",
    "code_fingerprint",
    "document_graph_iri",
    "fast_query_file",
    "format_query_file",
    "incremental_build",
    "iter_partitions",
    "load_file_store",
    "open_source",
    "partition_graph",
    "quads_digest",
    "result_rows",
    "run_query",
    "sparql_prefixes",
    "to_ox_triples",
    "to_quads",
    "to_rdflib",
    "to_query_result",
]
