"""Read and write RDF graphs: format by file extension, deterministic bytes, atomic writes.

>>> guess_format("out/graph.ttl")
'turtle'
>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> _ = g.add((URIRef("https://w3id.org/fairgraph/id/x"), URIRef("https://schema.org/name"),
...            Literal("x")))
>>> serialize_graph(g, "nt").decode()
'<https://w3id.org/fairgraph/id/x> <https://schema.org/name> "x" .\\n'
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph
from rdflib.term import Node

from fairgraph.errors import FormatError, GraphLoadError
from fairgraph.graph.writers import (
    Outline,
    Triple,
    fast_path,
    jsonld_bytes,
    jsonld_stream,
    ntriples_bytes,
    turtle_bytes,
    turtle_stream,
)
from fairgraph.namespaces import PREFIXES, bind_prefixes

#: file extension → rdflib format name
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
    ".rdf": "xml",
    ".owl": "xml",
}
_ALIASES = {
    "ttl": "turtle",
    "ntriples": "nt",
    "nt11": "nt",
    "jsonld": "json-ld",
    "rdfxml": "xml",
    "rdf": "xml",
    "pretty-xml": "xml",
    "nq": "nquads",
}
_QUAD_FORMATS = frozenset({"trig", "nquads"})


def guess_format(path: str | os.PathLike[str]) -> str:
    """The rdflib format name for ``path``'s extension; :class:`FormatError` if unknown.

    >>> guess_format("g.jsonld"), guess_format("G.NQ")
    ('json-ld', 'nquads')
    """
    suffix = Path(path).suffix.lower()
    try:
        return RDF_FORMATS[suffix]
    except KeyError:
        valid = ", ".join(RDF_FORMATS)
        raise FormatError(
            f"unknown RDF file extension {suffix or '(none)'!r}; use one of {valid}",
            source=str(path),
        ) from None


def _normalise_format(fmt: str) -> str:
    name = fmt.lower().lstrip(".")
    name = _ALIASES.get(name, name)
    if name not in set(RDF_FORMATS.values()):
        valid = ", ".join(sorted(set(RDF_FORMATS.values())))
        raise FormatError(f"unknown RDF format {fmt!r}; use one of {valid}")
    return name


def load_graph(path: str | os.PathLike[str], fmt: str | None = None) -> Graph:
    """Parse an RDF file; TriG and N-Quads load as a :class:`rdflib.Dataset`.

    Raises :class:`GraphLoadError` (exit code 2) with a one-line message.
    """
    p = Path(path)
    try:
        name = _normalise_format(fmt) if fmt else guess_format(p)
    except FormatError as exc:
        raise GraphLoadError(exc.message, source=str(p)) from None
    if not p.exists():
        raise GraphLoadError("no such file", source=str(p))
    if not p.is_file():
        raise GraphLoadError("not a file", source=str(p))
    graph: Graph = Dataset() if name in _QUAD_FORMATS else Graph()
    try:
        graph.parse(p, format=name)
    except Exception as exc:  # rdflib raises many unrelated types on bad input
        detail = " ".join(str(exc).split()) or type(exc).__name__
        if len(detail) > 300:
            detail = detail[:297] + "..."
        raise GraphLoadError(f"cannot parse as {name}: {detail}", source=str(p)) from None
    return bind_prefixes(graph)


def union_graph(graph: Graph) -> Graph:
    """A plain :class:`Graph` holding every triple of ``graph`` (all named graphs of a Dataset).

    Use it for SPARQL and SHACL, which then see the default and named graphs as one.
    """
    if not isinstance(graph, Dataset):
        return graph
    merged = bind_prefixes(Graph(bind_namespaces="core"))
    for s, p, o, _ in graph.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _bnode_labels(graph: Graph) -> dict[Node, Node]:
    """Deterministic labels for the blank nodes of ``graph``, from their surroundings.

    Colour refinement (Weisfeiler-Lehman): a blank node's label hashes its outgoing and incoming
    triples, with neighbouring blank nodes replaced by their labels of the previous round. Blank
    nodes left with the same colour are interchangeable (as in fairgraph's tree-shaped roles and
    amounts): one of them is set apart and the refinement repeated until every label is unique.
    Near-linear in the triples that touch blank nodes, unlike ``to_canonical_graph``.
    """
    edges: dict[Node, list[tuple[str, Node, Node]]] = {}
    for s, p, o in graph:
        if isinstance(s, BNode):
            edges.setdefault(s, []).append(("out", p, o))
        if isinstance(o, BNode):
            edges.setdefault(o, []).append(("in", p, s))
    if not edges:
        return {}
    color: dict[Node, str] = dict.fromkeys(edges, "")

    def key(term: Node) -> str:
        return "_:" + color[term] if isinstance(term, BNode) else term.n3()

    def refine() -> None:
        nonlocal color
        distinct = len(set(color.values()))
        for _ in range(64):
            color = {
                b: hashlib.sha256(
                    "\n".join(
                        [color[b], *sorted(f"{d} {p.n3()} {key(t)}" for d, p, t in adj)]
                    ).encode("utf-8")
                ).hexdigest()
                for b, adj in edges.items()
            }
            now = len(set(color.values()))
            if now == distinct:
                break
            distinct = now

    refine()
    while len(set(color.values())) < len(color):
        # individualise one node of the first tied colour; its twins are interchangeable
        counts: dict[str, int] = {}
        for c in color.values():
            counts[c] = counts.get(c, 0) + 1
        tied = min(c for c, n in counts.items() if n > 1)
        pick = next(b for b in edges if color[b] == tied)
        color[pick] = hashlib.sha256(f"{tied}*".encode()).hexdigest()
        refine()
    labels: dict[Node, Node] = {b: BNode("b" + color[b][:32]) for b in edges}
    return labels


def _namespaces(source: Graph) -> Graph:
    """An empty graph bound to the prefixes the outputs use: ``source``'s own, then fairgraph's."""
    out = Graph(bind_namespaces="core")
    for prefix, ns in source.namespaces():
        if prefix and prefix not in PREFIXES:
            out.bind(prefix, ns, override=False)
    return bind_prefixes(out)


def _canonical(graph: Graph) -> Graph:
    """A copy of ``graph`` with deterministic blank-node labels and the fairgraph prefixes."""
    source = union_graph(graph)
    out = _namespaces(source)
    labels = _bnode_labels(source)
    for s, p, o in source:
        out.add((labels.get(s, s), p, labels.get(o, o)))  # type: ignore[arg-type]
    return out


def _sorted_lines(text: str) -> bytes:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _context() -> dict[str, str]:
    """The JSON-LD context of the outputs: fairgraph's prefixes."""
    return {p: str(ns) for p, ns in PREFIXES.items()}


def _fairgraph_namespaces() -> Graph:
    """A graph bound to the prefixes the outputs use, and no others."""
    return _namespaces(bind_prefixes(Graph()))


def _jsonld(graph: Graph) -> bytes:
    context = _context()
    raw = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if isinstance(raw, dict) and "@graph" not in raw and "@context" in raw:
        body = {k: v for k, v in raw.items() if k != "@context"}
        raw = {"@context": raw["@context"], "@graph": [body] if body else []}
    nodes = raw.get("@graph", []) if isinstance(raw, dict) else raw
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list) and key != "@list":
                node[key] = sorted(value, key=_value_key)
    nodes.sort(key=lambda n: (str(n.get("@id", "")), _value_key(n)))
    doc = {"@context": context, "@graph": nodes}
    return (json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """Serialise ``graph`` as ``fmt`` (a format name or extension), the same bytes for the same
    triples whatever their insertion order, blank-node labels or ``PYTHONHASHSEED``.
    """
    name = _normalise_format(fmt)
    if name == "nquads" and isinstance(graph, Dataset):
        text = graph.serialize(format="nquads")
        return _sorted_lines(text if isinstance(text, str) else text.decode("utf-8"))
    if name in ("turtle", "nt", "nquads", "json-ld"):
        source = union_graph(graph)
        triples = set(source.triples((None, None, None)))
        if fast_path(triples):
            return serialize_triples(triples, name, _namespaces(source))
    canon = _canonical(graph)
    if name in ("nt", "nquads"):
        return _sorted_lines(canon.serialize(format="nt"))
    if name == "json-ld":
        return _jsonld(canon)
    if name in ("xml", "trig"):
        # these writers follow the store's insertion order: insert in sorted order
        ordered = Dataset() if name == "trig" else Graph(bind_namespaces="core")
        bind_prefixes(ordered)
        for triple in sorted(canon, key=lambda t: tuple(x.n3() for x in t)):
            ordered.add(triple)
        canon = ordered
    data = canon.serialize(format=name, encoding="utf-8")
    return data


def serialize_triples(
    triples: Collection[Triple], fmt: str, namespaces: Graph | None = None
) -> bytes:
    """Turtle, N-Triples (N-Quads of the default graph) or JSON-LD of a set of triples without
    blank nodes: the same bytes as :func:`serialize_graph` of a graph holding them, written by
    :mod:`fairgraph.graph.writers` without building an rdflib graph.

    ``namespaces`` is a graph whose prefixes are used (those of a fairgraph graph by default).
    """
    name = _normalise_format(fmt)
    if namespaces is None:
        namespaces = _fairgraph_namespaces()
    if name == "turtle":
        try:
            return turtle_bytes(triples, namespaces)
        except ValueError:  # a layout only rdflib's own serialiser knows
            pass
    elif name in ("nt", "nquads"):
        return ntriples_bytes(triples)
    elif name == "json-ld":
        return jsonld_bytes(triples, _context())
    graph = Graph(bind_namespaces="none")
    for prefix, ns in namespaces.namespaces():
        graph.bind(prefix, ns, override=True, replace=True)
    for triple in triples:
        graph.add(triple)
    return serialize_graph(graph, name) if name != "turtle" else _rdflib_turtle(graph)


def serialize_stream(
    subjects: Iterable[str],
    triples_of: Callable[[str], Iterable[Triple]],
    fmt: str,
    outline_of: Callable[[str], Iterable[Outline]] | None = None,
) -> Iterator[bytes]:
    """:func:`serialize_triples` (Turtle or JSON-LD, fairgraph's prefixes) of a graph read one
    subject at a time: ``subjects`` its subject IRIs (each once), ``triples_of(subject)`` the
    distinct, blank-node-free triples of one. The same bytes, as chunks, without holding the graph;
    ``ValueError`` before the first chunk for a graph only rdflib can write. ``outline_of``:
    see :func:`~fairgraph.graph.writers.turtle_stream`."""
    name = _normalise_format(fmt)
    if name == "turtle":
        return turtle_stream(subjects, triples_of, _fairgraph_namespaces(), outline_of)
    if name == "json-ld":
        return jsonld_stream(subjects, triples_of, _context())
    raise FormatError(f"cannot stream {name}; Turtle or JSON-LD only")


def _rdflib_turtle(graph: Graph) -> bytes:
    return _canonical(graph).serialize(format="turtle", encoding="utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, ``fsync`` and
    ``os.replace``: readers see the old file or the new one, never a partial one.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(d / "a.txt", b"hello")
    >>> (d / "a.txt").read_bytes()
    b'hello'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    chunks: Iterable[bytes] = (data,) if isinstance(data, bytes | bytearray) else data
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give outputs the usual mode
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def save_graph(graph: Graph, path: str | os.PathLike[str]) -> None:
    """Serialise ``graph`` in the format of ``path``'s extension and write it atomically."""
    write_atomic(path, serialize_graph(graph, guess_format(path)))
