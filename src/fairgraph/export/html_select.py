"""Which entities the HTML view draws: focus neighbourhoods and the ``max_nodes`` cut.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("p", label="甲", type="Person"); g.add_node("o", label="乙", type="Organization")
>>> g.add_node("x", label="丙", type="Place", altLabels='["丙地"]')
>>> _ = g.add_edge("p", "o", kind="post")
>>> find_entities(g, "丙地")
['x']
>>> sorted(neighbourhood(g, ["p"], 1))
['o', 'p']
>>> select_nodes(g, 1)
['o']
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from fairgraph.errors import InputError
from fairgraph.export.html_assets import as_float, json_list

MONEY_EDGE_KINDS = ("party", "signedAt")


def labels_of(attrs: dict[str, object]) -> list[str]:
    """The canonical label followed by the alternative labels of an entity."""
    names = [str(attrs.get("label") or "")]
    names += [str(a) for a in json_list(attrs.get("altLabels")) if str(a)]
    return [n for n in names if n]


def find_entities(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose IRI, label or alternative label is ``name`` (else a unique substring match)."""
    wanted = name.strip()
    if not wanted:
        raise InputError("the focus name is empty")
    exact = sorted(n for n, a in g.nodes(data=True) if n == wanted or wanted in labels_of(a))
    if exact:
        return exact
    folded = wanted.casefold()
    partial = sorted(
        n for n, a in g.nodes(data=True) if any(folded in lab.casefold() for lab in labels_of(a))
    )
    if len(partial) == 1:
        return partial
    if not partial:
        raise InputError(f"no entity is named {wanted!r}")
    shown = ", ".join(sorted(str(g.nodes[n].get("label", n)) for n in partial)[:8])
    raise InputError(f"{wanted!r} matches {len(partial)} entities ({shown}); give a full name")


def neighbourhood(g: nx.MultiDiGraph, seeds: Iterable[str], hops: int) -> set[str]:
    """Every node within ``hops`` edges (either direction) of a seed."""
    if hops < 0:
        raise InputError("hops must be 0 or more")
    keep = set(seeds)
    frontier = set(keep)
    for _ in range(hops):
        nxt: set[str] = set()
        for node in frontier:
            nxt.update(g.successors(node))
            nxt.update(g.predecessors(node))
        frontier = nxt - keep
        keep |= frontier
        if not frontier:
            break
    return keep


def invested(g: nx.MultiDiGraph) -> dict[str, float]:
    """Amount signed per node: agreements their own amount, fairs their total, parties the sum."""
    out: dict[str, float] = {}
    for node, attrs in g.nodes(data=True):
        kind = attrs.get("type")
        if kind == "Agreement":
            out[node] = out.get(node, 0.0) + as_float(attrs.get("amount"))
        elif kind == "Fair":
            out[node] = out.get(node, 0.0) + as_float(attrs.get("totalInvestment"))
    for u, v, attrs in g.edges(data=True):
        if attrs.get("kind") in MONEY_EDGE_KINDS and g.nodes[u].get("type") == "Agreement":
            amount = as_float(g.nodes[u].get("amount"))
            if attrs.get("kind") == "party" or not as_float(g.nodes[v].get("totalInvestment")):
                out[v] = out.get(v, 0.0) + amount
    return out


def select_nodes(g: nx.MultiDiGraph, max_nodes: int, keep: Iterable[str] = ()) -> list[str]:
    """At most ``max_nodes`` nodes: ``keep`` first, then the best-ranked by degree or amount.

    A node's rank is its better place among "most connected" and "most invested". The cut
    grows best-first from the top tenth of that ranking through neighbours, so the drawn part
    keeps its relations instead of scattering lone nodes. Ties break on the node id.
    """
    if max_nodes < 1:
        raise InputError("max_nodes must be at least 1")
    nodes = sorted(g.nodes)
    if len(nodes) <= max_nodes:
        return nodes
    money = invested(g)
    by_degree = sorted(nodes, key=lambda n: (-g.degree(n), n))
    by_money = sorted(nodes, key=lambda n: (-money.get(n, 0.0), -g.degree(n), n))
    rank = {n: i for i, n in enumerate(by_degree)}
    for i, n in enumerate(by_money):
        if money.get(n, 0.0) > 0:
            rank[n] = min(rank[n], i)
    ordered = sorted(nodes, key=lambda n: (rank[n], n))
    chosen: set[str] = set()
    queued: set[str] = set()
    heap: list[tuple[int, str]] = []
    for n in sorted(set(keep)) + ordered[: max(1, max_nodes // 10)]:
        if n not in queued:
            queued.add(n)
            heapq.heappush(heap, (-1 if n in keep else rank[n], n))
    rest = iter(ordered)
    while len(chosen) < max_nodes:
        if not heap:
            n = next(x for x in rest if x not in queued)
            queued.add(n)
            heapq.heappush(heap, (rank[n], n))
        _, node = heapq.heappop(heap)
        chosen.add(node)
        for other in sorted(set(g.successors(node)) | set(g.predecessors(node))):
            if other not in queued:
                queued.add(other)
                heapq.heappush(heap, (rank[other], other))
    return sorted(chosen)


def left_out(g: nx.MultiDiGraph, drawn: set[str]) -> dict[str, object]:
    """Counts of what the page does not draw: nodes by type and edges."""
    by_type = Counter(
        str(a.get("type") or "Other") for n, a in g.nodes(data=True) if n not in drawn
    )
    edges = sum(1 for u, v in g.edges() if u not in drawn or v not in drawn)
    return {
        "nodes": sum(by_type.values()),
        "edges": edges,
        "byType": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
