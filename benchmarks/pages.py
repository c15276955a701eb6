"""Benchmark the graph page in headless Chromium, and take screenshots for the README.

    python benchmarks/pages.py                 # 2,000 and 20,000 nodes, 3 runs each
    python benchmarks/pages.py --quick         # 2,000 and 20,000 nodes, 1 run each
    python benchmarks/pages.py --sizes 500,5000 --max-nodes 2000
    python benchmarks/pages.py --screenshot OUTDIR/graph.html OUT.png  # any page
    python benchmarks/pages.py --screenshot OUTDIR/graph.html OUT.png --search 青洽会  # panel open
    python benchmarks/pages.py --demo docs/screenshots   # graph.png and report.png of a demo graph
    python benchmarks/pages.py --pages out/graph.html   # built pages: times and legibility

Legibility at the fitted overview: how many hub labels are drawn (none overlapping) and their
size in screen pixels, and how many nodes of small fragments wait behind their checkbox.

Times are read from the page: ``performance.now()`` (milliseconds since navigation start)
when vis-network drew its first frame and when the layout settled (physics switched off).
Network access is blocked; any request other than file:// or data: is counted and reported.
Needs Debian's chromium at /usr/bin/chromium (``apt-get install -y chromium``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import argparse  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from fairgraph.export.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from fairgraph.export.html import write_html  # noqa: E402
from fairgraph.export.html_synth import synthetic_graph  # noqa: E402

SETTLED = "() => window.fairgraph && window.fairgraph.settled === true"


def _browser(playwright):  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), headless=True
    )


def _page(browser, errors: list[str], requests: list[str], width: int = 1400, height: int = 900):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": height})

    def route(r):  # type: ignore[no-untyped-def]
        url = r.request.url
        if url.startswith(("file://", "data:")):
            r.continue_()
        else:
            requests.append(url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page


def measure(browser, path: Path) -> dict[str, float | int | str]:  # type: ignore[no-untyped-def]
    """Open ``path`` and return first-frame and settled times (ms) and page facts."""
    errors: list[str] = []
    requests: list[str] = []
    page = _page(browser, errors, requests)
    wall = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=120_000)
    page.wait_for_function(SETTLED, timeout=120_000)
    wall_ms = (time.perf_counter() - wall) * 1000
    facts = page.evaluate(
        """() => { const f = window.fairgraph; return {
            first: f.firstFrameMs, settled: f.settledMs, drawn: f.nodes.length,
            edges: f.edges.length, total: f.data.nodes.length, omitted: f.data.omitted.nodes,
            hubs: f.hubLabels ? f.hubLabels.count : 0, hubPx: f.hubLabels ? f.hubLabels.px : 0,
            fragments: f.data.fragments.hidden ? f.data.fragments.nodes : 0,
            notice: document.getElementById('notice').hidden
                ? '' : document.getElementById('notice').textContent,
            dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd }; }"""
    )
    # interactive: a search over every entity answers at once
    t = page.evaluate(
        "() => { const t = performance.now(); window.fairgraph.search('示例');"
        " return performance.now() - t; }"
    )
    page.close()
    facts.update(wall=wall_ms, search_ms=t, errors=len(errors), requests=len(requests))
    if errors:
        print("  console errors:", errors[:3], file=sys.stderr)
    return facts


def _facts_line(r: dict[str, float | int | str]) -> str:
    return (
        f"drawn {r['drawn']} of {r['total']} nodes; hub labels {r['hubs']} at "
        f"{float(r['hubPx']):.1f} px; fragment nodes behind the checkbox {r['fragments']}"
    )


def screenshot(
    page_path: Path, out: Path, search: str | None = None, width: int = 1400, height: int = 900
) -> None:
    """Save a PNG of ``page_path`` once its graph has settled (or at load for other pages).

    With ``search``, type it into the search box and press Enter first (opens the panel).
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        errors: list[str] = []
        page = _page(browser, errors, [], width, height)
        page.goto(page_path.resolve().as_uri(), wait_until="load")
        if page.evaluate("() => !!window.fairgraph"):
            page.wait_for_function(SETTLED, timeout=120_000)
            if search:
                page.fill("#search", search)
                page.keyboard.press("Enter")
        page.wait_for_timeout(300)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), full_page=False)
        browser.close()
    print(f"wrote {out}" + (f" (console errors: {errors})" if errors else ""))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="one run per size")
    parser.add_argument("--sizes", default="2000,20000", help="comma-separated node counts")
    parser.add_argument("--max-nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", nargs=2, metavar=("PAGE", "PNG"), help="screenshot a page")
    parser.add_argument("--search", help="with --screenshot: search this name first")
    parser.add_argument("--pages", help="comma-separated built graph.html files to measure")
    parser.add_argument("--demo", metavar="DIR", help="write graph.png and report.png of a demo")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(Path(args.screenshot[0]), Path(args.screenshot[1]), args.search)
        return
    if args.demo:
        from fairgraph.export.report import write_report

        with tempfile.TemporaryDirectory() as tmp:
            g = synthetic_graph(160, seed=2)
            g.graph["title"] = "demo graph (synthetic)"
            write_html(g, Path(tmp) / "graph.html", title="fairgraph demo")
            write_report(g, Path(tmp) / "report.html", title="fairgraph demo report")
            label = max(g.nodes, key=lambda n: (g.degree(n), n))
            search = str(g.nodes[label]["label"])
            screenshot(Path(tmp) / "graph.html", Path(args.demo) / "graph.png", search)
            screenshot(Path(tmp) / "report.html", Path(args.demo) / "report.png")
        return
    from playwright.sync_api import sync_playwright

    runs = 1 if args.quick else args.runs
    if args.pages:
        with sync_playwright() as p:
            browser = _browser(p)
            for page in args.pages.split(","):
                rows = [measure(browser, Path(page)) for _ in range(runs)]
                ready = statistics.median(max(float(r["first"]), float(r["settled"])) for r in rows)
                print(
                    f"{page}: {_facts_line(rows[0])}; interactive {ready / 1000:.2f} s "
                    f"(median of {runs})"
                )
            browser.close()
        return
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = _browser(p)
        for size in (int(s) for s in args.sizes.split(",")):
            g = synthetic_graph(size, seed=size)
            path = Path(tmp) / f"graph-{size}.html"
            t = time.perf_counter()
            write_html(g, path, title=f"benchmark {size}", max_nodes=args.max_nodes)
            build = time.perf_counter() - t
            mb = path.stat().st_size / 1e6
            rows = [measure(browser, path) for _ in range(runs)]
            first = statistics.median(float(r["first"]) for r in rows)
            settled = statistics.median(float(r["settled"]) for r in rows)
            ready = statistics.median(max(float(r["first"]), float(r["settled"])) for r in rows)
            r0 = rows[0]
            print(
                f"{size:>6} nodes ({g.number_of_edges()} edges): "
                f"build {build:.2f} s, page {mb:.1f} MB; "
                f"drawn {r0['drawn']} nodes / {r0['edges']} edges, left out {r0['omitted']}; "
                f"first frame {first / 1000:.2f} s, layout settled {settled / 1000:.2f} s, "
                f"interactive (both) {ready / 1000:.2f} s "
                f"(median of {runs}; wall to settled {float(r0['wall']) / 1000:.2f} s); "
                f"search {float(r0['search_ms']):.0f} ms; console errors {r0['errors']}, "
                f"network requests {r0['requests']}; {_facts_line(r0)}"
            )
            if r0["notice"]:
                print(f"        notice: {str(r0['notice'])[:160]}…")
        browser.close()


if __name__ == "__main__":
    main()
