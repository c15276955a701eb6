"""report.html without a browser: totals, tables, charts, escaping, determinism."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from pathlib import Path

from conftest_browser import XSS_IMG, XSS_SCRIPT, fair_graph, xss_graph
from fairgraph.export.html_assets import template
from fairgraph.export.html_synth import synthetic_graph
from fairgraph.export.report import render_report, write_report
from fairgraph.export.report_data import (
    agreements,
    agreements_by_partner_type,
    amount_by_fair,
    amount_by_partner_type,
    officials,
    posts_by_body,
    readable_date,
    totals,
)


def test_totals_by_currency_match_a_direct_sum() -> None:
    g = synthetic_graph(300, seed=11)
    g.add_node("x", label="美元协议", type="Agreement", amount=5e6, currency="USD")
    sums: dict[str, float] = defaultdict(float)
    for _, a in g.nodes(data=True):
        if a["type"] == "Agreement" and a.get("amount", 0) > 0:
            sums[a["currency"]] += a["amount"]
    t = totals(g)
    assert {c: s for c, s, _ in t["amounts"]} == dict(sums)
    assert t["agreements"] == sum(1 for _, a in g.nodes(data=True) if a["type"] == "Agreement")
    assert t["documents"] == g.graph["documents"]
    assert sum(n for _, n in t["byType"]) == g.number_of_nodes()


def test_agreements_sorted_by_amount_with_parties_and_fairs() -> None:
    rows = agreements(fair_graph())
    assert [r["amount"] for r in rows] == sorted((r["amount"] for r in rows), reverse=True)
    top = rows[0]
    assert top["parties"] == ["示例新能源有限公司", "示例省工业和信息化厅"]
    assert top["fairs"] == ["第9届示例绿色发展投资贸易洽谈会"]
    assert top["date"] == "2024-07-08"
    assert top["documents"] == ["示例洽谈会签约报道"]


def test_officials_table_lists_posts_and_envoys() -> None:
    rows = officials(fair_graph())
    assert {(r["person"], r["post"], r["where"]) for r in rows} == {
        ("张示例", "副厅长", "示例省工业和信息化厅"),
        ("李示例", "驻华大使", "冰岛"),
    }


def test_chart_series() -> None:
    g = fair_graph()
    assert amount_by_fair(g) == [("第9届示例绿色发展投资贸易洽谈会", 5.36e9 + 2.0e7)]
    by_type = dict(amount_by_partner_type(g))
    assert by_type["Company 企业"] == 5.36e9 + 2.0e7  # both agreements have a company party
    assert by_type["Government body 政府机构"] == 5.36e9


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def test_page_has_tables_charts_and_only_its_own_script() -> None:
    g = fair_graph()
    page = render_report(g, title="示例报告")
    ours = template("report.js")
    assert _scripts(page) == [ours] and page.count("<script") == 1
    digest = base64.b64encode(hashlib.sha256(ours.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page  # the policy allows that script alone
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    agreements_table = re.search(r'<table class="agreements">.*?</table>', page, re.S)
    assert agreements_table and agreements_table.group(0).count("<tr>") == 1 + 2
    officials_table = re.search(r'<table class="officials">.*?</table>', page, re.S)
    assert officials_table and officials_table.group(0).count("<tr>") == 1 + 2
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') >= 2
    assert page.index("战略合作框架协议") < page.index("投资合作协议")  # sorted by amount


def test_hostile_text_is_escaped() -> None:
    page = render_report(xss_graph(), title=XSS_SCRIPT)
    assert _scripts(page) == [template("report.js")] and page.count("<script") == 1
    assert XSS_IMG not in page
    assert "<b onmouseover" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page


def test_deterministic_and_atomic(tmp_path: Path) -> None:
    g = synthetic_graph(200, seed=3)
    out = tmp_path / "report.html"
    write_report(g, out)
    assert out.read_text(encoding="utf-8") == render_report(g.copy())
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_charts_from_what_the_graph_holds_when_no_agreement_is_priced() -> None:
    g = fair_graph()
    for _, attrs in list(g.nodes(data=True)):
        if attrs.get("type") == "Agreement":
            attrs.pop("amount", None)
            attrs.pop("currency", None)
    fair = next(n for n, a in g.nodes(data=True) if a.get("type") == "Fair")
    g.nodes[fair].update(totalInvestment=9.16e10, currency="CNY", signedProjectCount=104)
    page = render_report(g)
    assert "Fair totals by edition" in page and "916亿 CNY" in page
    assert "Projects signed by edition" in page and ">104<" in page
    assert dict(agreements_by_partner_type(g))["Company 企业"] == 2
    assert posts_by_body(g)[0][1] >= 1
    assert readable_date("--01-14") == "01-14 (year not stated)"
