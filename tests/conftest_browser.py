"""Fixture graphs for the HTML exporters and a blocked-network headless Chromium for tests.

Imported by tests/test_export_html.py, tests/test_export_report.py and tests/test_browser.py.
The graphs are written here in the projection schema (facts are invented placeholders).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from fairgraph.export.browser import CHROMIUM, CHROMIUM_ARGS

ID = "https://w3id.org/fairgraph/id/"
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '"><img src=x onerror="window.__xss=1">'


def src(document: str, text: str) -> str:
    return json.dumps([{"document": document, "text": text}], ensure_ascii=False)


def fair_graph() -> nx.MultiDiGraph:
    """A small fair: two officials, three organisations, a country, two agreements."""
    g = nx.MultiDiGraph(title="示例洽谈会图谱", documents=2)
    doc1, doc2 = "示例洽谈会开幕报道", "示例洽谈会签约报道"

    def node(key: str, label: str, kind: str, **attrs: Any) -> str:
        iri = ID + key
        base: dict[str, Any] = {"altLabels": "[]", "subtype": "", "sources": "[]"}
        base.update(attrs)
        g.add_node(iri, label=label, type=kind, iri=iri, **base)
        return iri

    fair = node(
        "fair/1",
        "第9届示例绿色发展投资贸易洽谈会",
        "Fair",
        altLabels='["示例洽谈会"]',
        edition=9,
        startDate="2024-07-06",
        endDate="2024-07-10",
        totalInvestment=0.0,
        currency="CNY",
        signedProjectCount=2,
        sources=src(doc1, "第9届示例绿色发展投资贸易洽谈会在示例市开幕。"),
    )
    city = node("place/1", "示例市", "Place")
    gov = node(
        "org/1",
        "示例省工业和信息化厅",
        "Organization",
        subtype="Government",
        altLabels='["示例工信厅"]',
    )
    company = node("org/2", "示例新能源有限公司", "Organization", subtype="Company")
    company2 = node("org/3", "示例矿业集团", "Organization", subtype="Company")
    country = node("country/is", "冰岛", "Country", isoCode="IS")
    official = node("person/1", "张示例", "Person")
    envoy = node("person/2", "李示例", "Person")
    big = node(
        "agreement/1",
        "战略合作框架协议",
        "Agreement",
        agreementType="战略合作框架协议",
        amount=5.36e9,
        currency="CNY",
        date="2024-07-08",
        projectCount=3,
        sources=src(doc2, "示例工信厅与示例新能源有限公司签订战略合作框架协议。"),
    )
    small = node(
        "agreement/2",
        "投资合作协议",
        "Agreement",
        agreementType="投资合作协议",
        amount=2.0e7,
        currency="CNY",
        date="2024-07-08",
        projectCount=1,
    )
    g.add_edge(fair, city, kind="location", label="举办地", sources="[]")
    g.add_edge(fair, country, kind="guestCountry", label="主宾国", sources="[]")
    g.add_edge(
        official,
        gov,
        kind="post",
        label="副厅长",
        sources=src(doc1, "示例省工业和信息化厅副厅长张示例出席开幕式并致辞。"),
    )
    g.add_edge(
        envoy,
        country,
        kind="represents",
        label="驻华大使",
        sources=src(doc1, "冰岛驻华大使李示例参加活动。"),
    )
    g.add_edge(big, gov, kind="party", label="签约方", sources=g.nodes[big]["sources"])
    g.add_edge(big, company, kind="party", label="签约方", sources=g.nodes[big]["sources"])
    g.add_edge(big, fair, kind="signedAt", label="签约于", sources="[]")
    g.add_edge(small, company, kind="party", label="签约方", sources="[]")
    g.add_edge(small, company2, kind="party", label="签约方", sources="[]")
    g.add_edge(small, fair, kind="signedAt", label="签约于", sources="[]")
    return g


def xss_graph() -> nx.MultiDiGraph:
    """Names, sentences and documents that try to run script when rendered as HTML."""
    g = nx.MultiDiGraph(title=XSS_SCRIPT, documents=1)
    a, b, c = ID + "org/x", ID + "person/x", ID + "agreement/x"
    evil_src = src(XSS_IMG + "</script>", XSS_SCRIPT + "\u2028" + XSS_IMG)
    g.add_node(
        a,
        label=XSS_SCRIPT,
        type="Organization",
        subtype="Government",
        iri=a,
        altLabels=json.dumps([XSS_IMG]),
        sources=evil_src,
    )
    g.add_node(b, label=XSS_IMG, type="Person", iri=b, altLabels="[]", subtype="", sources=evil_src)
    g.add_node(
        c,
        label="<b onmouseover=window.__xss=1>协议</b>",
        type="Agreement",
        iri=c,
        altLabels="[]",
        subtype="",
        amount=1e8,
        currency=XSS_IMG,
        date=XSS_SCRIPT,
        agreementType=XSS_SCRIPT,
        sources=evil_src,
    )
    g.add_edge(b, a, kind="post", label=XSS_IMG, sources=evil_src)
    g.add_edge(c, a, kind="party", label=XSS_SCRIPT, sources=evil_src)
    return g


def chromium_or_fail() -> None:
    """Fail (never skip) when Chromium is missing, unless FAIRGRAPH_SKIP_BROWSER=1."""
    if os.environ.get("FAIRGRAPH_SKIP_BROWSER") == "1":
        pytest.skip("FAIRGRAPH_SKIP_BROWSER=1: browser tests skipped on request")
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. Install it with "
            "`apt-get install -y chromium` (or set FAIRGRAPH_SKIP_BROWSER=1 to skip them).",
            pytrace=False,
        )


@dataclass
class Opened:
    """A page opened with the network blocked, and what it tried to do."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


_SHARED: dict[str, Any] = {"users": 0}


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One browser for the whole run, however many test packages import this fixture (one
    Playwright may run per thread, and each importing module gets its own fixture)."""
    chromium_or_fail()
    if not _SHARED["users"]:
        from playwright.sync_api import sync_playwright

        _SHARED["playwright"] = sync_playwright().start()
        _SHARED["browser"] = _SHARED["playwright"].chromium.launch(
            executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS)
        )
    _SHARED["users"] += 1
    try:
        yield _SHARED["browser"]
    finally:
        _SHARED["users"] -= 1
        if not _SHARED["users"]:
            _SHARED["browser"].close()
            _SHARED["playwright"].stop()


@pytest.fixture()
def open_page(chromium: Any) -> Iterator[Any]:
    """``open_page(path)`` opens a local file with every non-file/data request aborted."""
    pages: list[Any] = []

    def opener(path: Path, wait_graph: bool = True) -> Opened:
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        opened = Opened(page)

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(("file://", "data:")):
                r.continue_()
            else:
                opened.requests.append(url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on(
            "request",
            lambda r: (
                None if r.url.startswith(("file:", "data:")) else opened.requests.append(r.url)
            ),
        )
        page.goto(path.resolve().as_uri(), wait_until="load")
        if wait_graph:
            page.wait_for_function(
                "() => window.fairgraph && window.fairgraph.settled", timeout=30000
            )
        pages.append(page)
        return opened

    yield opener
    for page in pages:
        page.close()
