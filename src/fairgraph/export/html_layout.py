"""Precomputed node positions for the HTML view (so the browser only polishes them).

Each connected component is laid out with a vectorised Fruchterman-Reingold (numpy, fixed
seed, float32), then components are packed on shelves, largest first. networkx's own
``spring_layout`` needs scipy beyond 500 nodes and its dense solver is about twice as slow.

>>> pos = layout_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"] and all(isinstance(v, int) for p in pos.values() for v in p)
True
>>> layout_positions(["a", "b"], [("a", "b")]) == layout_positions(["a", "b"], [("a", "b")])
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

SPACING = 110.0  # pixels per node "cell": the side of a component is SPACING * sqrt(n)
_GAP = 120.0


def _iterations(n: int) -> int:
    if n <= 300:
        return 80
    if n <= 1000:
        return 50
    return 30


def _force_layout(n: int, edges: np.ndarray, seed: int) -> np.ndarray:
    """Fruchterman-Reingold in the unit square; returns an (n, 2) float array.

    The all-pairs repulsion is computed on x and y apart in preallocated (n, n) arrays (six
    times faster than on an (n, n, 2) array of differences with einsum).
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / np.sqrt(n))
    iterations = _iterations(n)
    temp = 0.1
    cool = temp / (iterations + 1)
    src, dst = edges[:, 0], edges[:, 1]
    dx, dy, force = (np.empty((n, n), dtype=np.float32) for _ in range(3))
    disp = np.empty((n, 2), dtype=np.float32)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        np.subtract(x[:, None], x[None, :], out=dx)
        np.subtract(y[:, None], y[None, :], out=dy)
        np.multiply(dx, dx, out=force)
        force += dy * dy
        np.maximum(force, np.float32(1e-6), out=force)
        np.divide(k * k, force, out=force)  # repulsion k²/d² along each difference
        disp[:, 0] = (force * dx).sum(axis=1)
        disp[:, 1] = (force * dy).sum(axis=1)
        if len(edges):
            dv = pos[src] - pos[dst]
            pull = dv * (np.sqrt((dv * dv).sum(axis=1))[:, None] / k)
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, np.float32(0.01), out=length)
        pos += disp * (np.float32(temp) / length)[:, None]
        temp -= cool
    return pos


def _component_layout(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> np.ndarray:
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [SPACING * 1.2, 0.0]])
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in edges if u != v})
    arr = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    pos = _force_layout(n, arr, seed=n).astype(np.float64)
    pos -= pos.min(axis=0)
    span = float(max(pos.max(), 1e-9))
    return pos * (SPACING * np.sqrt(n) / span)


def layout_positions(
    nodes: Iterable[str], edges: Iterable[tuple[str, str]]
) -> dict[str, tuple[int, int]]:
    """Integer ``(x, y)`` pixel positions for every node; deterministic for the same input."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(set(nodes)))
    graph.add_edges_from(sorted((u, v) for u, v in edges if u != v))
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    boxes: list[tuple[list[str], np.ndarray]] = []
    for comp in components:
        boxes.append((comp, _component_layout(comp, graph.subgraph(comp).edges())))
    total_area = sum(
        (float(p[:, 0].max()) + _GAP) * (float(p[:, 1].max()) + _GAP) for _, p in boxes
    )
    row_width = max(
        float(np.sqrt(total_area)) * 1.2, float(boxes[0][1][:, 0].max()) if boxes else 0
    )
    out: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for comp, pos in boxes:
        width, height = float(pos[:, 0].max()), float(pos[:, 1].max())
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + _GAP, 0.0
        for node, (px, py) in zip(comp, pos, strict=True):
            out[node] = (int(round(x + px)), int(round(y + py)))
        x += width + _GAP
        row_height = max(row_height, height)
    return out
