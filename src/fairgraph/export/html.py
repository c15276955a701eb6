"""The interactive graph page, ``graph.html``: offline, self-contained, escaped, deterministic.

vis-network is inlined from the installed pyvis package; the graph travels as JSON in a
``<script type="application/json">`` block and the page script renders every text with
``textContent``. Positions are computed here (see :mod:`fairgraph.export.html_layout`).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("urn:x:1", label="<b>甲</b>", type="Person")
>>> page = render_html(g, title="demo")
>>> "<b>甲</b>" in page, "\\\\u003cb\\\\u003e甲" in page, "https://" in page.split("<script>")[0]
(False, True, False)
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from fairgraph.export.html_assets import (
    atomic_write,
    fill_pieces,
    script_json_chunks,
    template,
    vis_assets,
)
from fairgraph.export.html_data import build_payload


def render_html(
    g: nx.MultiDiGraph,
    *,
    title: str = "fairgraph",
    max_nodes: int = 2000,
    focus: str | None = None,
    hops: int = 1,
) -> str:
    """The whole page as a string (same graph and arguments give the same text).

    Raises :class:`fairgraph.errors.InputError` when ``focus`` names no entity or is
    ambiguous, or when ``max_nodes``/``hops`` are out of range.
    """
    return "".join(html_pieces(g, title=title, max_nodes=max_nodes, focus=focus, hops=hops))


def html_pieces(
    g: nx.MultiDiGraph,
    *,
    title: str = "fairgraph",
    max_nodes: int = 2000,
    focus: str | None = None,
    hops: int = 1,
) -> Iterator[str]:
    """:func:`render_html` in pieces (the graph's JSON a part at a time): the page is never
    one string. Its errors are raised before the first piece."""
    payload = build_payload(g, title=title, max_nodes=max_nodes, focus=focus, hops=hops)
    vis_js, vis_css = vis_assets()
    return fill_pieces(
        template("graph.html"),
        {
            "TITLE": html.escape(title),
            "VIS_CSS": vis_css,
            "PAGE_CSS": template("graph.css"),
            "DATA": script_json_chunks(payload),
            "VIS_JS": vis_js,
            "PAGE_JS": template("graph.js"),
        },
    )


def write_html(
    g: nx.MultiDiGraph,
    path: Path,
    *,
    title: str = "fairgraph",
    max_nodes: int = 2000,
    focus: str | None = None,
    hops: int = 1,
) -> None:
    """Render the page and write it atomically (temporary file, then ``os.replace``), a
    piece at a time."""
    atomic_write(
        Path(path), html_pieces(g, title=title, max_nodes=max_nodes, focus=focus, hops=hops)
    )
