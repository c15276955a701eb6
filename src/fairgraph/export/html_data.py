"""The data a graph page carries: styled nodes and edges, facts, sources and what was left out.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(title="t", documents=1)
>>> g.add_node("a", label="某某有限公司", type="Organization", subtype="Company")
>>> data = build_payload(g, max_nodes=10)
>>> data["nodes"][0]["group"], data["nodes"][0]["short"], data["omitted"]["nodes"]
('company', '某某有限公司', 0)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

from fairgraph.export.html_assets import as_float, as_int, format_amount, json_list, sources_of
from fairgraph.export.html_layout import layout_positions
from fairgraph.export.html_select import find_entities, left_out, neighbourhood, select_nodes

SHORT = 10  # characters of a label drawn on the canvas; the full label is on hover and in the panel

# style key -> (legend text, colour, vis shape); order is the legend's order
STYLES: dict[str, tuple[str, str, str]] = {
    "person": ("Person 人物", "#4e79a7", "dot"),
    "gov": ("Government body 政府机构", "#e15759", "square"),
    "company": ("Company 企业", "#f28e2b", "diamond"),
    "org": ("Organisation 组织", "#b07aa1", "square"),
    "country": ("Country 国家", "#59a14f", "star"),
    "place": ("Place 地点", "#76b7b2", "triangle"),
    "fair": ("Fair 展会", "#d4a20b", "hexagon"),
    "agreement": ("Agreement 协议", "#9c755f", "triangleDown"),
    "other": ("Other 其他", "#8c8c8c", "dot"),
}

EDGE_KINDS: dict[str, str] = {
    "post": "post 任职",
    "represents": "represents 代表",
    "party": "party 签约方",
    "signatory": "signatory 签署人",
    "witness": "witness 见证",
    "signedAt": "signed at 签约于",
    "location": "location 举办地",
    "organizer": "organizer 主办",
    "guestCountry": "guest country 主宾国",
    "participant": "participant 参与",
    "containedIn": "contained in 位于",
    "editionOf": "edition of 届次",
}


def style_key(attrs: dict[str, Any]) -> str:
    """Legend key of a node from its ``type`` and ``subtype``."""
    kind = str(attrs.get("type") or "")
    if kind == "Organization":
        return {"Government": "gov", "Company": "company"}.get(
            str(attrs.get("subtype") or ""), "org"
        )
    key = kind.lower()
    return key if key in STYLES else "other"


def shorten(text: str, limit: int = SHORT) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis.

    >>> shorten("中国（青海）国际投资贸易促进中心", 6)
    '中国（青海…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _facts(attrs: dict[str, Any], degree: int) -> list[list[str]]:
    facts: list[list[str]] = [["type", STYLES[style_key(attrs)][0]]]
    alt = [str(a) for a in json_list(attrs.get("altLabels"))]
    if alt:
        facts.append(["also known as", "、".join(alt)])
    currency = str(attrs.get("currency") or "")
    amount = as_float(attrs.get("amount"))
    total = as_float(attrs.get("totalInvestment"))
    rows = [
        # titles held with no body stated (习近平总书记): posts with no edge of their own
        ("titles", "、".join(str(t) for t in json_list(attrs.get("titles")))),
        ("agreement type", str(attrs.get("agreementType") or "")),
        ("amount", f"{format_amount(amount, currency)} ({amount:,.0f})" if amount else ""),
        ("date", str(attrs.get("date") or "")),
        ("projects", str(as_int(attrs.get("projectCount")) or "")),
        ("edition", str(as_int(attrs.get("edition")) or "")),
        ("start", str(attrs.get("startDate") or "")),
        ("end", str(attrs.get("endDate") or "")),
        ("total investment", f"{format_amount(total, currency)} ({total:,.0f})" if total else ""),
        ("signed projects", str(as_int(attrs.get("signedProjectCount")) or "")),
        ("ISO code", str(attrs.get("isoCode") or "")),
    ]
    facts += [[k, v] for k, v in rows if v]
    facts += claim_facts(attrs)
    sources = as_int(attrs.get("sourceCount"))
    if sources:
        said = "report states" if sources == 1 else "reports state"
        facts.append(["reports", f"{sources} {said} it"])
    facts.append(["connections", str(degree)])
    facts.append(["IRI", str(attrs.get("iri") or "")])
    return [f for f in facts if f[1]]


#: how the panel and the report name a property the reports may disagree on
CLAIM_NAMES = {
    "totalInvestment": "total investment",
    "signedProjectCount": "signed projects",
    "startDate": "start",
    "endDate": "end",
    "visitorCount": "visitors",
    "exhibitorCount": "exhibitors",
    "salesAmount": "sales",
    "location": "venue",
}


def claim_value(claim: dict[str, Any]) -> str:
    """A claimed value as the panel shows it (an amount in 亿元 with its full figure)."""
    currency = str(claim.get("currency") or "")
    if currency:
        amount = as_float(claim.get("value"))
        return f"{format_amount(amount, currency)} ({amount:,.0f})"
    return str(claim.get("value") or "")


def claim_facts(attrs: dict[str, Any]) -> list[list[str]]:
    """One panel row per value of a property the reports disagree on, with its reports."""
    out = []
    for claim in json_list(attrs.get("claims")):
        if not isinstance(claim, dict):
            continue
        name = CLAIM_NAMES.get(str(claim.get("property")), str(claim.get("property")))
        docs = sorted({str(s.get("document", "")) for s in claim.get("sources", [])})
        out.append([f"{name} — reports differ", f"{claim_value(claim)} — {'；'.join(docs)}"])
    return out


def _size(key: str, attrs: dict[str, Any], degree: int) -> int:
    if key == "agreement":
        amount = as_float(attrs.get("amount"))
        return int(8 + min(30.0, 4 * math.log10(1 + amount / 1e6)))
    if key == "fair":
        return int(22 + min(20.0, 3 * math.sqrt(degree)))
    return int(10 + min(30.0, 3 * math.sqrt(degree)))


def _node(i: int, node: str, attrs: dict[str, Any], degree: int) -> dict[str, Any]:
    key = style_key(attrs)
    label = str(attrs.get("label") or node)
    short = shorten(label)
    amount = as_float(attrs.get("amount")) if key == "agreement" else 0.0
    currency = str(attrs.get("currency") or "")
    if amount:
        short += "\n" + format_amount(amount, currency)
    return {
        "id": i,
        "iri": str(attrs.get("iri") or node),
        "label": label,
        "short": short,
        "group": key,
        "alt": [str(a) for a in json_list(attrs.get("altLabels"))],
        "size": _size(key, attrs, degree),
        "amount": amount,
        "currency": currency,
        "facts": _facts(attrs, degree),
        "src": sources_of(attrs),
    }


def seen(attrs: dict[str, Any]) -> str:
    """When a post was seen: the dates of the first and last reports asserting it.

    >>> seen({"firstSeen": "2024-07-10", "lastSeen": "2025-07-08"}), seen({})
    ('2024-07-10 … 2025-07-08', '')
    """
    first, last = str(attrs.get("firstSeen") or ""), str(attrs.get("lastSeen") or "")
    return first if first == last else f"{first} … {last}"


def _edge_label(attrs: dict[str, Any]) -> str:
    label = str(attrs.get("label") or "")
    return label or EDGE_KINDS.get(str(attrs.get("kind") or ""), "").split(" ")[-1]


FRAGMENT_NODES = 3  # components this small are "fragments" …
FRAGMENTS_HIDDEN_ABOVE = 60  # … hidden at first when more nodes than this are drawn


def small_fragments(nodes: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The drawn nodes in components of at most FRAGMENT_NODES nodes, beside a bigger one.

    A big graph's overview starts from its connected part: a page drawing more than
    FRAGMENTS_HIDDEN_ABOVE nodes hides the fragments at first (one checkbox shows them;
    search and focus still reach every one).

    >>> f = small_fragments(["a", "b", "c", "d", "e", "x", "y"],
    ...                     [("a", "b"), ("b", "c"), ("c", "d"), ("x", "y")])
    >>> sorted(f["nodes"]), f["groups"], f["hidden"]
    (['e', 'x', 'y'], 2, False)
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(pairs)
    components = list(nx.connected_components(graph))
    if not components or max(len(c) for c in components) <= FRAGMENT_NODES:
        return {"nodes": [], "groups": 0, "hidden": False}
    small = [c for c in components if len(c) <= FRAGMENT_NODES]
    return {
        "nodes": sorted(n for c in small for n in c),
        "groups": len(small),
        "hidden": bool(small) and graph.number_of_nodes() > FRAGMENTS_HIDDEN_ABOVE,
    }


def build_payload(
    g: nx.MultiDiGraph,
    *,
    title: str = "fairgraph",
    max_nodes: int = 2000,
    focus: str | None = None,
    hops: int = 1,
) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-ready data (deterministic order)."""
    seeds: list[str] = []
    if focus is not None:
        seeds = find_entities(g, focus)
        g = g.subgraph(sorted(neighbourhood(g, seeds, hops))).copy()
    drawn = set(select_nodes(g, max_nodes, keep=seeds))
    order = sorted(g.nodes)
    index = {n: i for i, n in enumerate(order)}
    nodes = [_node(index[n], n, g.nodes[n], g.degree(n)) for n in order]
    edge_rows = sorted(
        (
            (u, v, str(k), str(a.get("kind") or ""), a)
            for u, v, k, a in g.edges(keys=True, data=True)
        ),
        key=lambda row: row[:4],
    )
    edges = []
    for j, (u, v, _k, kind, attrs) in enumerate(edge_rows):
        label = _edge_label(attrs)
        edges.append(
            {
                "id": j,
                "from": index[u],
                "to": index[v],
                "kind": kind,
                "kindLabel": EDGE_KINDS.get(kind, kind),
                "label": label,
                "short": shorten(label, 12),
                "seen": seen(attrs),
                "src": sources_of(attrs),
            }
        )
    pairs = [(u, v) for u, v, *_ in edge_rows if u in drawn and v in drawn]
    for node, (x, y) in layout_positions(drawn, pairs).items():
        nodes[index[node]]["x"], nodes[index[node]]["y"] = x, y
    fragments = small_fragments(drawn, pairs)
    for node in fragments["nodes"]:
        nodes[index[node]]["frag"] = 1
    present = sorted({style_key(a) for _, a in g.nodes(data=True)}, key=list(STYLES).index)
    return {
        "title": title,
        "subtitle": str(g.graph.get("title") or ""),
        "documents": as_int(g.graph.get("documents")),
        "styles": [
            {"key": k, "label": STYLES[k][0], "color": STYLES[k][1], "shape": STYLES[k][2]}
            for k in STYLES
            if k in present
        ],
        "nodes": nodes,
        "edges": edges,
        "drawn": len(drawn),
        "omitted": left_out(g, drawn),
        "maxNodes": max_nodes,
        "fragments": {
            "groups": fragments["groups"],
            "nodes": len(fragments["nodes"]),
            "hidden": fragments["hidden"],
        },
        "focus": [index[s] for s in seeds],
        "hops": hops,
    }
