"""Values the reports differ on, as users see them: the report's section, the graph page's
panel."""

from __future__ import annotations

import re

from conftest import Build
from fairgraph.export.html_data import build_payload, claim_facts
from fairgraph.export.report_data import officials
from fairgraph.graph.projection import project

FAIR = "第25届中国·青海绿色发展投资贸易洽谈会"


def test_report_lists_every_value_with_its_report(trust_build: Build) -> None:
    html = (trust_build.out / "report.html").read_text("utf-8")
    section = html[html.index('<section id="conflicts">') :]
    section = section[: section.index("</section>")]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", section)
    assert {(r[1], r[2].split(" ")[0], r[3]) for r in rows} == {
        ("signed projects", "1024", "第25届青洽会闭幕 签约总额5120亿元 · 2024-07-10"),
        ("signed projects", "1019", "青洽会落幕 · 2024-07-11"),
        ("total investment", "5120亿", "第25届青洽会闭幕 签约总额5120亿元 · 2024-07-10"),
        ("total investment", "5113亿", "青洽会落幕 · 2024-07-11"),
    }
    assert {r[0] for r in rows} == {FAIR}


def test_panel_shows_each_value_with_its_sources(trust_build: Build) -> None:
    g = project(trust_build.graph())
    (fair,) = [n for n, a in g.nodes(data=True) if a.get("label") == FAIR]
    # each source shown as its title and date
    a, b = "第25届青洽会闭幕 签约总额5120亿元 · 2024-07-10", "青洽会落幕 · 2024-07-11"
    assert sorted(claim_facts(g.nodes[fair])) == [
        ["signed projects — reports differ", f"1019 — {b}"],
        ["signed projects — reports differ", f"1024 — {a}"],
        ["total investment — reports differ", f"5113亿 CNY (511,300,000,000) — {b}"],
        ["total investment — reports differ", f"5120亿 CNY (512,000,000,000) — {a}"],
    ]
    page = (trust_build.out / "graph.html").read_text("utf-8")
    assert page.count("reports differ") == 4


def test_posts_say_when_reports_saw_them(trust_build: Build) -> None:
    g = project(trust_build.graph())
    rows = {(r["person"], r["post"]): r["seen"] for r in officials(g)}
    assert rows[("张明远", "省长")] == "2024-07-10"
    assert rows[("张明远", "书记")] == "2025-07-08"
    payload = build_payload(g)
    assert {e["label"]: e["seen"] for e in payload["edges"] if e["kind"] == "post"}["副省长"] == (
        "2025-07-08"
    )
    html = (trust_build.out / "report.html").read_text("utf-8")
    assert "<th>seen 见于</th>" in html
