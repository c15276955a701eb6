"""``fairgraph timeline`` and ``KnowledgeGraph.timeline``: posts and editions in date order,
each with the reports that state it (invented reports of tests/fixtures/trust)."""

from __future__ import annotations

import fairgraph
from conftest import Build, assert_one_line_error, run_cli


def test_an_officials_posts_in_date_order_with_their_reports(trust_build: Build) -> None:
    result = run_cli("timeline", "张明远", "-g", trust_build.ttl)
    assert result.exit_code == 0, result.output
    out = result.output
    # the official: 省长 (2024) before 书记 (2025); the namesake is listed apart
    governor = out.index("2024-07-10                 省长 — 甘肃省人民政府")
    secretary = out.index("2025-07-08                 书记 — 中国共产党甘肃省委员会")
    assert governor < secretary
    assert "2024-qinghai-closing-a.txt 2024-07-10" in out[governor:secretary]
    assert out.count("张明远  <https://w3id.org/fairgraph/id/person/") == 2
    namesake = out.index("董事长 — 青海盐湖工业股份有限公司")
    assert not governor < namesake < secretary


def test_a_bodys_posts_start_with_a_stated_tenure(trust_build: Build) -> None:
    kg = fairgraph.load(trust_build.ttl)
    entries = kg.timeline("甘肃省人民政府")
    assert [(e.start, e.what) for e in entries] == [
        ("2023-03", "李文华: 副省长"),
        ("2024-07-10", "张明远: 省长"),
    ]
    assert entries[0].sources[0].source.endswith("2025-lanzhou-opening.txt")
    assert entries[0].end == "2025-07-08"


def test_a_series_editions_with_every_report(trust_build: Build) -> None:
    kg = fairgraph.load(trust_build.ttl)
    (edition,) = kg.timeline("中国·青海绿色发展投资贸易洽谈会")
    assert edition.what == "第25届中国·青海绿色发展投资贸易洽谈会"
    assert (edition.start, edition.end) == ("2024-07-06", "2024-07-10")
    assert [s.date for s in edition.sources] == ["2024-07-10", "2024-07-11"]


def test_an_unknown_label_is_one_line_error(trust_build: Build) -> None:
    result = run_cli("timeline", "没有这个人", "-g", trust_build.ttl)
    assert_one_line_error(result, naming="no entity is called")
