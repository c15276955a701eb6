"""graph.html and report.html in headless Chromium with all network access blocked.

Needs Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`). When it is
missing these tests FAIL with that instruction; set FAIRGRAPH_SKIP_BROWSER=1 to skip them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from conftest_browser import (  # noqa: F401  (pytest fixtures)
    ID,
    XSS_IMG,
    XSS_SCRIPT,
    chromium,
    chromium_or_fail,
    fair_graph,
    open_page,
    xss_graph,
)
from fairgraph.export.html import write_html
from fairgraph.export.html_synth import synthetic_graph
from fairgraph.export.report import write_report

SELECTED = """() => { const f = window.fairgraph;
  return f.network.getSelectedNodes().map(i => f.data.nodes[i].iri); }"""
DOM_OF = """(id) => { const f = window.fairgraph, p = f.network.getPositions([id])[id];
  const d = f.network.canvasToDOM(p);
  const r = document.getElementById('network').getBoundingClientRect();
  return [r.left + d.x, r.top + d.y]; }"""


def index_of(opened: Any, iri: str) -> int:
    return int(
        opened.page.evaluate(
            "(iri) => window.fairgraph.data.nodes.findIndex(n => n.iri === iri)", iri
        )
    )


def clean(opened: Any) -> None:
    assert opened.errors == [], opened.errors
    assert opened.requests == [], opened.requests


@pytest.fixture()
def fair_page(tmp_path: Path, open_page: Any) -> Any:  # noqa: F811
    path = tmp_path / "graph.html"
    write_html(fair_graph(), path, title="示例图谱")
    return open_page(path)


def test_chromium_is_installed() -> None:
    chromium_or_fail()  # fails with the install command when /usr/bin/chromium is missing


def test_a_chinese_font_is_installed() -> None:
    """The test command installs one, so that screenshots show characters, not boxes."""
    import shutil
    import subprocess

    chromium_or_fail()
    assert shutil.which("fc-list"), "fontconfig's fc-list is missing"
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=True)
    assert fonts.stdout.strip(), "no Chinese font: apt-get install -y fonts-wqy-microhei"


def test_page_draws_every_node_offline(fair_page: Any) -> None:
    g = fair_graph()
    assert fair_page.page.evaluate("window.fairgraph.nodes.length") == g.number_of_nodes()
    assert fair_page.page.evaluate("window.fairgraph.edges.length") == g.number_of_edges()
    assert fair_page.page.evaluate("window.fairgraph.firstFrameMs") is not None
    assert fair_page.page.locator("#legend input[type=checkbox]").count() == 7
    assert fair_page.page.locator("#notice").is_hidden()
    clean(fair_page)


def test_search_by_alt_label_focuses_the_node(fair_page: Any) -> None:
    page = fair_page.page
    page.click("#search")
    page.keyboard.type("示例工信厅")
    assert page.locator("#results li").first.inner_text().startswith("示例省工业和信息化厅")
    page.keyboard.press("Enter")
    assert page.evaluate(SELECTED) == [ID + "org/1"]
    assert page.locator("#panel h2").inner_text() == "示例省工业和信息化厅"
    assert "副厅长" in page.locator("#panel").inner_text()
    clean(fair_page)


def test_clicking_an_edge_shows_its_source_sentence(fair_page: Any) -> None:
    page = fair_page.page
    person, org = index_of(fair_page, ID + "person/1"), index_of(fair_page, ID + "org/1")
    page.evaluate(f"window.fairgraph.network.fit({{nodes: [{person}, {org}], animation: false}})")
    page.evaluate("window.fairgraph.network.redraw()")
    (x1, y1), (x2, y2) = page.evaluate(DOM_OF, person), page.evaluate(DOM_OF, org)
    page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert page.locator("#panel-body").get_attribute("data-kind") == "edge"
    assert "示例省工业和信息化厅副厅长张示例出席开幕式并致辞。" in text
    assert "示例洽谈会开幕报道" in text
    clean(fair_page)


def test_type_filter_and_minimum_amount(fair_page: Any) -> None:
    page = fair_page.page
    total = fair_graph().number_of_nodes()
    page.click('#legend input[data-type="person"]')
    assert page.evaluate("window.fairgraph.nodes.length") == total - 2
    page.click('#legend input[data-type="person"]')
    assert page.evaluate("window.fairgraph.nodes.length") == total
    page.focus("#min-amount")
    page.keyboard.press("End")  # the largest amount: only the 53.6亿 agreement stays
    assert page.evaluate("window.fairgraph.nodes.length") == total - 1
    assert "亿" in page.locator("#min-amount-value").inner_text()
    clean(fair_page)


def test_opening_the_panel_leaves_the_nodes_where_they_are(fair_page: Any) -> None:
    """The first click of a double click opens the panel; were the network resized by it, the
    second click would land beside the node (a flaky double click on a busy machine)."""
    page = fair_page.page
    seed = index_of(fair_page, ID + "org/1")
    rect = "() => JSON.stringify(document.getElementById('network').getBoundingClientRect())"
    before, where = page.evaluate(rect), page.evaluate(DOM_OF, seed)
    page.mouse.click(*where)
    page.wait_for_function("!document.getElementById('panel').hidden")
    page.wait_for_timeout(1200)  # vis checks its container's size once a second
    assert page.evaluate(rect) == before
    assert page.evaluate(DOM_OF, seed) == where
    clean(fair_page)


def test_double_click_shows_the_neighbourhood_and_reset_restores(fair_page: Any) -> None:
    page = fair_page.page
    g = fair_graph()
    seed = ID + "org/1"
    expected = nx.ego_graph(g.to_undirected(as_view=True), seed, radius=1).number_of_nodes()
    x, y = page.evaluate(DOM_OF, index_of(fair_page, seed))
    page.mouse.dblclick(x, y)
    page.wait_for_function(f"window.fairgraph.nodes.length === {expected}")
    assert "Neighbourhood" in page.locator("#notice").inner_text()
    page.click("#reset")
    assert page.evaluate("window.fairgraph.nodes.length") == g.number_of_nodes()
    clean(fair_page)


def test_cut_graph_says_what_was_left_out_and_search_reaches_it(
    tmp_path: Path,
    open_page: Any,  # noqa: F811
) -> None:
    g = synthetic_graph(300, seed=9)
    path = tmp_path / "graph.html"
    write_html(g, path, max_nodes=60)
    opened = open_page(path)
    page = opened.page
    assert page.evaluate("window.fairgraph.nodes.length") == 60
    notice = page.locator("#notice").inner_text()
    assert "Showing 60 of 300" in notice and "Left out" in notice and "--focus" in notice
    hidden = page.evaluate(
        "() => window.fairgraph.data.nodes.find(n => n.x === undefined && n.group === 'person').iri"
    )
    page.fill("#search", g.nodes[hidden]["label"])
    page.keyboard.press("Enter")
    assert page.evaluate(SELECTED) == [hidden]
    assert page.evaluate(f"window.fairgraph.nodes.get({index_of(opened, hidden)}) !== null")
    clean(opened)


def test_hostile_labels_run_no_script(tmp_path: Path, open_page: Any) -> None:  # noqa: F811
    g = xss_graph()
    path = tmp_path / "graph.html"
    write_html(g, path, title=XSS_SCRIPT)
    opened = open_page(path)
    page = opened.page
    assert page.title() == XSS_SCRIPT
    page.fill("#search", "img src")
    assert XSS_IMG in page.locator("#results").inner_text()
    page.keyboard.press("Enter")
    for iri in (ID + "org/x", ID + "person/x", ID + "agreement/x"):
        x, y = page.evaluate(DOM_OF, index_of(opened, iri))
        page.mouse.move(x, y)
        page.wait_for_timeout(300)  # the hover tooltip shows the full label
        page.mouse.click(x, y)
        assert page.locator("#panel h2").inner_text() == g.nodes[iri]["label"]
    page.evaluate("window.fairgraph.showEdge(0); window.fairgraph.showEdge(1)")
    assert XSS_SCRIPT in page.locator("#panel").inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#panel img, #results img, #legend img").count() == 0
    clean(opened)

    report = tmp_path / "report.html"
    write_report(g, report, title=XSS_SCRIPT)
    opened = open_page(report, wait_graph=False)
    assert opened.page.evaluate("typeof window.__xss") == "undefined"
    assert opened.page.locator("main img, main script").count() == 0
    assert XSS_SCRIPT in opened.page.locator("table.agreements").inner_text()
    clean(opened)


def test_report_page_loads_with_tables(tmp_path: Path, open_page: Any) -> None:  # noqa: F811
    path = tmp_path / "report.html"
    write_report(fair_graph(), path)
    opened = open_page(path, wait_graph=False)
    page = opened.page
    assert page.locator("table.agreements tbody tr").count() == 2
    assert page.locator("table.officials tbody tr").count() == 2
    assert page.locator("svg.chart").count() >= 2
    assert "53.8亿 CNY" in page.locator("#totals").inner_text()
    clean(opened)  # no console error: the script ran under the page's policy


def test_report_tables_sort_filter_and_page(tmp_path: Path, open_page: Any) -> None:  # noqa: F811
    g = synthetic_graph(400, seed=5)
    path = tmp_path / "report.html"
    write_report(g, path)
    opened = open_page(path, wait_graph=False)
    page = opened.page
    rows = page.locator("table.agreements tbody tr")
    total = sum(1 for _, a in g.nodes(data=True) if a["type"] == "Agreement")
    assert total > 50 and rows.count() == 50  # the first page
    info = page.locator("section#agreements .tools .info")
    assert info.inner_text().startswith(f"{total} of {total} rows")
    page.locator("section#agreements .tools button", has_text="next").click()
    assert "page 2" in info.inner_text()
    first = page.locator("table.agreements tbody tr").first.locator("td").nth(1).inner_text()
    word = first.split()[0][:4]
    page.locator("section#agreements .tools input").fill(word)
    shown = page.locator("table.agreements tbody tr")
    assert 0 < shown.count() <= 50
    assert all(word.lower() in shown.nth(i).inner_text().lower() for i in range(shown.count()))
    page.locator("section#agreements .tools input").fill("")
    head = page.locator("table.agreements thead th").nth(0)  # the row numbers, numeric

    def numbers() -> list[int]:
        cells = page.locator("table.agreements tbody tr td:first-child")
        return [int(cells.nth(i).inner_text()) for i in range(5)]

    head.click()
    assert numbers() == [1, 2, 3, 4, 5] and head.get_attribute("aria-sort") == "ascending"
    head.click()
    assert numbers() == [total, total - 1, total - 2, total - 3, total - 4]
    clean(opened)


def test_the_largest_nodes_are_labelled_at_the_fitted_zoom(tmp_path: Path, open_page: Any) -> None:  # noqa: F811
    path = tmp_path / "graph.html"
    write_html(synthetic_graph(800, seed=4), path)
    opened = open_page(path)
    page = opened.page
    hubs = page.evaluate("window.fairgraph.hubLabels")
    assert hubs is not None and 15 <= hubs["count"] <= 30 and hubs["px"] >= 10.5
    sizes = page.evaluate(
        "window.fairgraph.network.body.data.nodes.get().filter(n => n.font && n.font.size > 13)"
        ".map(n => n.size)"
    )
    everything = page.evaluate("window.fairgraph.network.body.data.nodes.get().map(n => n.size)")
    assert len(sizes) == hubs["count"] and max(sizes) == max(everything)  # the largest first
    boxes = hubs["boxes"]
    for i, a in enumerate(boxes):  # no two hub labels overlap
        for b in boxes[i + 1 :]:
            assert a["r"] <= b["l"] or b["r"] <= a["l"] or a["b"] <= b["t"] or b["b"] <= a["t"]
    clean(opened)


def test_small_fragments_wait_behind_their_checkbox(tmp_path: Path, open_page: Any) -> None:  # noqa: F811
    g = synthetic_graph(200, seed=3)
    for i in range(12):  # twelve lone pairs beside the connected part
        g.add_node(f"p{i}", label=f"孤立人物{i}", type="Person")
        g.add_node(f"o{i}", label=f"孤立机构{i}", type="Organization")
        g.add_edge(f"p{i}", f"o{i}", kind="post", label="主任")
    path = tmp_path / "graph.html"
    write_html(g, path)
    opened = open_page(path)
    page = opened.page
    frags = page.evaluate("window.fairgraph.data.fragments")
    assert frags["hidden"] and frags["nodes"] >= 24 and frags["groups"] >= 12
    total = g.number_of_nodes()
    assert page.evaluate("window.fairgraph.nodes.length") == total - frags["nodes"]
    assert (
        page.evaluate("window.fairgraph.nodes.get(window.fairgraph.search('孤立人物7')[0])") is None
    )
    page.check("#show-fragments")
    assert page.evaluate("window.fairgraph.nodes.length") == total
    page.uncheck("#show-fragments")
    assert page.evaluate("window.fairgraph.nodes.length") == total - frags["nodes"]
    page.fill("#search", "孤立人物7")  # search still reaches a hidden fragment
    page.keyboard.press("Enter")
    assert page.evaluate(SELECTED) == ["p7"]
    assert page.evaluate("window.fairgraph.nodes.length") == 2
    clean(opened)


def test_query_page_highlights_and_completes_offline(tmp_path: Path, open_page: Any) -> None:  # noqa: F811
    from fairgraph.endpoint.page import page_html

    path = tmp_path / "query.html"
    path.write_text(page_html(), encoding="utf-8")
    opened = open_page(path, wait_graph=False)
    page = opened.page
    assert page.locator("#hl span.k", has_text="SELECT").count() == 1
    box = page.locator("#q")
    box.fill("SELECT ?a WHERE { ?a a fg:Agr")
    box.press("End")
    box.press("Control+Space")
    assert page.locator("#complete li").first.inner_text() == "fg:Agreement"
    box.press("Tab")
    assert box.input_value().endswith("fg:Agreement")
    assert page.locator("#hl span.p", has_text="fg:Agreement").count() == 1
    box.type(" . ?")  # variables of the query complete too
    box.press("Control+Space")
    assert "?a" in page.locator("#complete").inner_text()
    clean(opened)
