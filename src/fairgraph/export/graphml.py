"""GraphML export of the NetworkX projection (for Gephi, yEd, Cytoscape, NetworkX).

Written element by element, byte for byte what ``networkx.generate_graphml`` (pretty-printed,
named key ids) gives, without building the document's XML tree first (which took more
memory than the projection itself on large graphs).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("a", label="甲", type="Person")
>>> b"<graphml" in graphml_bytes(g)
True
>>> graphml_bytes(g) == ("\\n".join(nx.generate_graphml(g, named_key_ids=True)) + "\\n").encode()
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from fairgraph.graph.io import write_atomic
from fairgraph.graph.writers import text_batches

_HEAD = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    """Serialise a projection (scalar attributes only) as UTF-8 GraphML."""
    return b"".join(graphml_chunks(g))


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    write_atomic(path, graphml_chunks(g))


def read_graphml(path: Path) -> nx.MultiDiGraph:
    graph = nx.read_graphml(path, force_multigraph=True)
    return nx.MultiDiGraph(graph)


def graphml_chunks(g: nx.MultiGraph | nx.MultiDiGraph) -> Iterator[bytes]:
    """:func:`graphml_bytes` as chunks, written a node and an edge at a time.

    As networkx writes it: the keys first (in the reverse of the order networkx meets the
    attributes: the graph's, the nodes', the edges'), then the nodes, the edges and the
    graph's own data; ElementTree's escapes, non-ASCII characters as character references,
    two spaces a level, and every line ending made a ``\\n``.
    """
    xml_type = GraphMLWriter().get_xml_type  # networkx's GraphML name of a Python type
    graph_data = {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
    keys: dict[tuple[str, str, str], None] = {}
    for scope, items in (
        ("graph", [graph_data]),
        ("node", (data for _, data in g.nodes(data=True))),
        ("edge", (data for _, _, data in g.edges(data=True))),
    ):
        for data in items:
            for name, value in data.items():
                keys.setdefault((str(name), xml_type(type(value)), scope))
    directed = "directed" if g.is_directed() else "undirected"
    graph_id = g.graph.get("id")
    graph_attrs = [("edgedefault", directed)] + ([("id", graph_id)] if graph_id else [])

    def pieces() -> Iterator[str]:  # each ends a line: a batch ends where a line does
        yield _HEAD + "\n"
        for name, kind, scope in reversed(keys):
            attrs = [("id", name), ("for", scope), ("attr.name", name), ("attr.type", kind)]
            yield "  " + _empty("key", attrs) + "\n"
        if not (g.number_of_nodes() or g.number_of_edges() or graph_data):
            yield "  " + _empty("graph", graph_attrs) + "\n</graphml>\n"
            return
        yield "  " + _start("graph", graph_attrs) + "\n"
        for node, data in g.nodes(data=True):
            yield _element("node", [("id", str(node))], data)
        for u, v, key, data in _edges(g):
            attrs = [("source", str(u)), ("target", str(v))]
            if key is not None:
                attrs.append(("id", str(key)))
            yield _element("edge", attrs, data)
        for name, value in graph_data.items():
            yield "    " + _data(str(name), value) + "\n"
        yield "  </graph>\n</graphml>\n"

    return (_finished(batch) for batch in text_batches(pieces()))


def _edges(g: nx.Graph) -> Iterable[tuple[Any, Any, Any, Mapping[str, Any]]]:
    if g.is_multigraph():
        return g.edges(data=True, keys=True)  # type: ignore[no-any-return]
    return ((u, v, None, data) for u, v, data in g.edges(data=True))


def _element(tag: str, attrs: list[tuple[str, str]], data: Mapping[str, Any]) -> str:
    """A node or edge with its data, at the third level, ending its last line."""
    if not data:
        return "    " + _empty(tag, attrs) + "\n"
    parts = ["    ", _start(tag, attrs), "\n"]
    for name, value in data.items():
        parts.append("      ")
        parts.append(_data(str(name), value))
        parts.append("\n")
    parts.append(f"    </{tag}>\n")
    return "".join(parts)


def _data(name: str, value: Any) -> str:
    text = str(value)
    if not text:
        return f'<data key="{_attribute(name)}" />'
    return f'<data key="{_attribute(name)}">{_text(text)}</data>'


def _start(tag: str, attrs: list[tuple[str, str]]) -> str:
    return f"<{tag}" + "".join(f' {k}="{_attribute(v)}"' for k, v in attrs) + ">"


def _empty(tag: str, attrs: list[tuple[str, str]]) -> str:
    return f"<{tag}" + "".join(f' {k}="{_attribute(v)}"' for k, v in attrs) + " />"


#: what ElementTree escapes in character data, and in attribute values besides
_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIBUTE_ESCAPES = (
    *_TEXT_ESCAPES,
    ('"', "&quot;"),
    ("\r", "&#13;"),
    ("\n", "&#10;"),
    ("\t", "&#09;"),
)


def _text(text: str) -> str:
    """Character data as ElementTree escapes it."""
    return _escaped(text, _TEXT_ESCAPES)


def _attribute(text: str) -> str:
    """An attribute value as ElementTree escapes it."""
    return _escaped(text, _ATTRIBUTE_ESCAPES)


def _escaped(text: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for char, escape in escapes:
        if char in text:
            text = text.replace(char, escape)
    return text


def _finished(text: str) -> bytes:
    """Whole lines of the document as networkx hands them out: ASCII with character
    references, each line ended by ``\\n`` (``splitlines`` also ends lines at a carriage
    return and a few other control characters)."""
    text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return ("\n".join(text.splitlines()) + "\n").encode("ascii")
