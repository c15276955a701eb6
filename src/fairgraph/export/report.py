"""``report.html``: totals, charts from what the graph holds, the agreements, officials and
conflicts tables, offline.

Every text from the graph is HTML-escaped. The page's one script is ours and static (sorting,
filtering and paging the tables); the Content-Security-Policy allows exactly that script, by
its hash, and nothing else.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(title="demo", documents=1)
>>> g.add_node("a", label="<script>x</script>", type="Agreement", amount=1e8, currency="CNY")
>>> page = render_report(g)
>>> "<script>x" in page, "&lt;script&gt;x" in page
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from html import escape
from pathlib import Path

import networkx as nx

from fairgraph.export.html_assets import atomic_write, fill, format_amount, template
from fairgraph.export.report_data import (
    agreements,
    agreements_by_partner_type,
    amount_by_fair,
    amount_by_partner_type,
    conflicts,
    fair_projects,
    fair_totals,
    fair_totals_currency,
    main_currency,
    officials,
    posts_by_body,
    readable_date,
    totals,
)
from fairgraph.export.report_svg import bar_chart


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _table(cls: str, head: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A table from already-escaped cells."""
    out = [f'<table class="{cls}"><thead><tr>']
    out += [f"<th>{h}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _totals_html(g: nx.MultiDiGraph) -> str:
    t = totals(g)
    cards = [
        ("documents 文档", f"{t['documents']:,}"),
        ("entities 实体", f"{t['entities']:,}"),
        ("relations 关系", f"{t['relations']:,}"),
        ("agreements 协议", f"{t['agreements']:,}"),
    ]
    cards += [
        (f"signed 签约额 ({c}, {n:,} agreements)", format_amount(s, c)) for c, s, n in t["amounts"]
    ]
    html = ['<div class="cards">']
    html += [
        f'<div class="card"><div class="value">{_e(v)}</div><div class="name">{_e(k)}</div></div>'
        for k, v in cards
    ]
    html.append("</div>")
    html.append(
        _table("types", ["type 类型", "entities 数量"], [[_e(k), f"{n:,}"] for k, n in t["byType"]])
    )
    if t["unpriced"]:
        html.append(f'<p class="note">{t["unpriced"]:,} agreement(s) state no amount.</p>')
    return "".join(html)


def _agreements_html(g: nx.MultiDiGraph) -> str:
    rows = []
    for i, r in enumerate(agreements(g), 1):
        amount = (
            f'{_e(format_amount(r["amount"], r["currency"]))}<br><span class="num">'
            f"{r['amount']:,.0f}</span>"
            if r["amount"]
            else '<span class="none">—</span>'
        )
        rows.append(
            [
                str(i),
                _e(r["label"])
                + (
                    f'<br><span class="sub">{_e(r["type"])}</span>'
                    if r["type"] and r["type"] != r["label"]
                    else ""
                ),
                amount,
                "<br>".join(_e(p) for p in r["parties"]),
                _e(readable_date(r["date"])),
                "<br>".join(_e(f) for f in r["fairs"]),
                _e(r["projects"] or ""),
                "<br>".join(_e(d) for d in r["documents"]),
            ]
        )
    head = [
        "#",
        "agreement 协议",
        "amount 金额",
        "parties 签约方",
        "date 日期",
        "fair 展会",
        "projects 项目",
        "source 来源",
    ]
    return _table("agreements", head, rows) if rows else '<p class="empty">No agreements.</p>'


def _officials_html(g: nx.MultiDiGraph) -> str:
    rows = [
        [
            _e(r["person"]),
            _e(r["post"]),
            _e(r["where"]),
            _e(r["whereType"]),
            _e(r["seen"]),
            _e(r["documents"]),
        ]
        for r in officials(g)
    ]
    head = [
        "person 人物",
        "post 职务",
        "organisation or country 机构/国家",
        "type 类型",
        "seen 见于",
        "source 来源",
    ]
    return _table("officials", head, rows) if rows else '<p class="empty">No officials.</p>'


def _conflicts_html(g: nx.MultiDiGraph) -> str:
    rows = [
        [
            _e(r["label"]),
            _e(r["property"]),
            _e(readable_date(str(r["value"]))),
            "<br>".join(map(_e, r["documents"])),
        ]
        for r in conflicts(g)
    ]
    head = ["fair 展会", "fact 事实", "value 数值", "source 来源"]
    if not rows:
        return '<p class="empty">The reports agree wherever they state the same fact.</p>'
    return _table("conflicts", head, rows)


def render_report(g: nx.MultiDiGraph, *, title: str = "fairgraph report") -> str:
    """The report page as a string (same graph, same text)."""
    currency = main_currency(g)
    fair_currency = fair_totals_currency(g)
    charts = "".join(
        [
            bar_chart(
                "Fair totals by edition 各届展会签约总额",
                fair_totals(g, fair_currency),
                unit=fair_currency,
                empty="no fair states its total.",
            ),
            bar_chart(
                "Projects signed by edition 各届签约项目数",
                fair_projects(g),
                unit="projects",
                count=True,
                empty="no fair states its project count.",
            ),
            bar_chart(
                "Agreements by partner type 按签约方类型的协议数",
                agreements_by_partner_type(g),
                unit="agreements",
                count=True,
                empty="no agreements.",
            ),
            bar_chart(
                "Officials' posts by body 各机构职务数",
                posts_by_body(g),
                unit="posts",
                count=True,
                empty="no posts.",
            ),
            bar_chart(
                "Amount signed by fair 各展会签约额", amount_by_fair(g, currency), unit=currency
            ),
            bar_chart(
                "Amount signed by partner type 按签约方类型",
                amount_by_partner_type(g, currency),
                unit=currency,
            ),
        ]
    )
    subtitle = str(g.graph.get("title") or "")
    script = template("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return fill(
        template("report.html"),
        {
            "TITLE": _e(title),
            "SUBTITLE": _e(subtitle) if subtitle and subtitle != title else "",
            "CSS": template("report.css"),
            "SCRIPT": script,
            "SCRIPT_HASH": f"sha256-{digest}",
            "TOTALS": _totals_html(g),
            "CHARTS": charts,
            "AGREEMENTS": _agreements_html(g),
            "OFFICIALS": _officials_html(g),
            "CONFLICTS": _conflicts_html(g),
        },
    )


def write_report(g: nx.MultiDiGraph, path: Path, *, title: str = "fairgraph report") -> None:
    """Render the report and write it atomically."""
    atomic_write(Path(path), render_report(g, title=title))
