"""A post whose body the report does not state (王立新总书记, Vice Premier Zhao Deming) goes
through every output: the saved officials query lists it with an empty organisation,
``explain`` and ``timeline`` show the title alone, GraphML and the HTML page carry it as the
person's ``titles``, JSON-LD keeps the membership (invented reports)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from conftest import run_cli

ZH = "新华社西宁5月8日电 王立新总书记在座谈会上强调，要扩大开放。青海省副省长赵德明出席。\n"
EN = "XINING, May 8 (Xinhua) -- Vice Premier Zhao Deming attended the opening of the fair.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bodiless")
    (root / "in").mkdir()
    (root / "in" / "zh.txt").write_text(ZH, encoding="utf-8")
    (root / "in" / "en.txt").write_text(EN, encoding="utf-8")
    result = run_cli("-q", "build", root / "in", "-o", root / "out")
    assert result.exit_code == 0, result.output
    return root / "out"


def test_the_officials_query_lists_a_post_without_a_body(built: Path) -> None:
    result = run_cli("query", built / "graph.ttl", "officials", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    rows = rows if isinstance(rows, list) else rows["results"]["bindings"]
    text = json.dumps(rows, ensure_ascii=False)
    assert "总书记" in text and "Vice Premier" in text
    assert "中国共产党中央委员会" not in text and "State Council" not in text


def test_explain_and_timeline_show_the_title_alone(built: Path) -> None:
    result = run_cli("explain", "王立新", "-g", built / "graph.ttl")
    assert result.exit_code == 0, result.output
    assert "    总书记\n" in result.output
    result = run_cli("timeline", "Zhao Deming", "-g", built / "graph.ttl")
    assert result.exit_code == 0, result.output
    assert "Vice Premier" in result.output and "None" not in result.output


def test_graphml_html_and_jsonld_carry_the_post(built: Path) -> None:
    g = nx.read_graphml(built / "graph.graphml")
    titles = {d["label"]: json.loads(d["titles"]) for _, d in g.nodes(data=True) if "titles" in d}
    assert titles["王立新"] == ["总书记"]
    assert any("Vice Premier" in t for t in titles.values())
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert '["titles","总书记"]' in html.replace(", ", ",")
    jsonld = (built / "graph.jsonld").read_text(encoding="utf-8")
    assert "Membership" in jsonld
    assert run_cli("validate", built / "graph.ttl").exit_code == 0
