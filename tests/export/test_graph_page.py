"""The graph page without a browser: escaping, offline assets, selection, focus, determinism."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from conftest_browser import XSS_IMG, XSS_SCRIPT, fair_graph, xss_graph
from fairgraph.errors import InputError
from fairgraph.export.html import render_html, write_html
from fairgraph.export.html_assets import format_amount, vis_assets
from fairgraph.export.html_data import STYLES, build_payload
from fairgraph.export.html_layout import layout_positions
from fairgraph.export.html_select import neighbourhood, select_nodes
from fairgraph.export.html_synth import synthetic_graph

DATA = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)


def payload_of(page: str) -> dict:
    match = DATA.search(page)
    assert match, "no graph-data block"
    return json.loads(match.group(1))


def test_page_is_self_contained() -> None:
    page = render_html(fair_graph())
    assert "<link" not in page
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"""url\(\s*(?!["']?data:)""", page)  # CSS only uses data: URLs
    assert not re.search(r"@import", page)
    js, css = vis_assets()
    assert js[:500] in page and css[:500] in page


def test_same_graph_same_bytes() -> None:
    g = synthetic_graph(300, seed=4)
    assert render_html(g) == render_html(g.copy())


def test_escaping_round_trips_hostile_text() -> None:
    g = xss_graph()
    page = render_html(g, title=XSS_SCRIPT)
    assert XSS_SCRIPT not in page
    assert XSS_IMG not in page
    assert "\u2028" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page  # the <title> and <h1>
    data = payload_of(page)
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {a["label"] for _, a in g.nodes(data=True)}
    org = next(n for n in data["nodes"] if n["label"] == XSS_SCRIPT)
    assert org["alt"] == [XSS_IMG]
    assert org["src"][0][1] == XSS_SCRIPT + "\u2028" + XSS_IMG


def test_payload_styles_distinguish_government_and_company() -> None:
    data = payload_of(render_html(fair_graph()))
    groups = {n["label"]: n["group"] for n in data["nodes"]}
    assert groups["示例省工业和信息化厅"] == "gov"
    assert groups["示例新能源有限公司"] == "company"
    gov, company = STYLES["gov"], STYLES["company"]
    assert gov[1:] != company[1:]
    assert {s["key"] for s in data["styles"]} == set(groups.values())


def test_every_node_drawn_when_small() -> None:
    g = fair_graph()
    data = payload_of(render_html(g))
    assert data["drawn"] == g.number_of_nodes()
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert data["omitted"] == {"nodes": 0, "edges": 0, "byType": {}}


def test_edges_carry_labels_and_sources() -> None:
    data = payload_of(render_html(fair_graph()))
    post = next(e for e in data["edges"] if e["kind"] == "post")
    assert post["label"] == "副厅长"
    assert post["src"] == [
        ["示例洽谈会开幕报道", "示例省工业和信息化厅副厅长张示例出席开幕式并致辞。"]
    ]
    agreement = next(n for n in data["nodes"] if n["label"] == "战略合作框架协议")
    assert format_amount(5.36e9, "CNY") in agreement["short"]


def test_max_nodes_cut_states_what_was_left_out() -> None:
    g = synthetic_graph(400, seed=2)
    data = build_payload(g, max_nodes=100)
    drawn = [n for n in data["nodes"] if "x" in n]
    assert len(drawn) == data["drawn"] == 100
    assert len(data["nodes"]) == g.number_of_nodes()  # the rest stays searchable
    kept = {n["iri"] for n in drawn}
    expected = Counter(a["type"] for n, a in g.nodes(data=True) if n not in kept)
    assert data["omitted"]["byType"] == dict(expected)
    assert data["omitted"]["nodes"] == g.number_of_nodes() - 100
    assert data["omitted"]["edges"] == sum(1 for u, v in g.edges() if not {u, v} <= kept)


def test_selection_prefers_hubs_and_big_money() -> None:
    g = synthetic_graph(400, seed=5)
    chosen = set(select_nodes(g, 50))
    hub = max(g.nodes, key=lambda n: (g.degree(n), n))
    assert hub in chosen
    richest = max(
        (n for n, a in g.nodes(data=True) if a["type"] == "Agreement"),
        key=lambda n: (g.nodes[n]["amount"], n),
    )
    assert richest in chosen or g.nodes[richest]["amount"] == 0
    assert len(chosen) == 50


def test_selection_keeps_pinned_nodes() -> None:
    g = synthetic_graph(300, seed=6)
    lonely = min(g.nodes, key=lambda n: (g.degree(n), n))
    assert lonely in select_nodes(g, 10, keep=[lonely])


def test_focus_by_alt_label_limits_to_neighbourhood() -> None:
    g = fair_graph()
    data = payload_of(render_html(g, focus="示例工信厅", hops=1))
    seed = "https://w3id.org/fairgraph/id/org/1"
    expected = set(nx.ego_graph(g.to_undirected(as_view=True), seed, radius=1).nodes)
    assert {n["iri"] for n in data["nodes"]} == expected
    assert [data["nodes"][i]["iri"] for i in data["focus"]] == [seed]
    two = payload_of(render_html(g, focus="示例工信厅", hops=2))
    assert len(two["nodes"]) > len(data["nodes"])
    assert neighbourhood(g, [seed], 0) == {seed}


def test_focus_errors_are_input_errors() -> None:
    with pytest.raises(InputError, match="no entity"):
        render_html(fair_graph(), focus="不存在的机构")
    with pytest.raises(InputError, match="matches"):
        render_html(fair_graph(), focus="示例")  # many partial matches
    with pytest.raises(InputError):
        render_html(fair_graph(), max_nodes=0)


def test_layout_is_deterministic_and_spread() -> None:
    g = synthetic_graph(200, seed=8)
    edges = [(u, v) for u, v in g.edges()]
    first = layout_positions(g.nodes, edges)
    assert first == layout_positions(reversed(list(g.nodes)), reversed(edges))
    assert len(set(first.values())) == g.number_of_nodes()


def test_write_html_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "out" / "graph.html"
    write_html(fair_graph(), out, title="示例")
    assert out.read_text(encoding="utf-8") == render_html(fair_graph(), title="示例")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError):
        write_html(fair_graph(), blocker / "graph.html")
