"""Partitioning a built graph into named graphs: one per document, plus the merged entity
graph for what several documents share; blank nodes relabelled deterministically.

>>> a, p = ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p")
>>> [(key, len(part)) for key, part in iter_partitions([(a, p, ox.Literal("x"))], [])]
[('', 1)]
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import RDF

from fairgraph.namespaces import DCTERMS, FG, PROV
from fairgraph.store.terms import OxTriple, TermConverter

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
