"""Scoring where reports differ: a fair field marked fg:conflict holds no single value, so each
gold report is judged by the claim derived from that report (invented reports of
tests/fixtures/trust)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Build
from fairgraph.evaluate.graph import evaluate_graph

FAIR = "第25届中国·青海绿色发展投资贸易洽谈会"


def test_each_report_is_scored_on_the_value_it_gives(trust_build: Build, tmp_path: Path) -> None:
    for name, total, count in (
        ("2024-qinghai-closing-a", 512000000000, 1024),
        ("2024-qinghai-closing-b", 511300000000, 1019),
    ):
        gold = {
            "document": f"{name}.txt",
            "entities": {"Fair": [FAIR]},
            "fairs": [
                {
                    "name": FAIR,
                    "total_investment": {"value": total, "currency": "CNY"},
                    "signed_projects": count,
                }
            ],
        }
        (tmp_path / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    scores = evaluate_graph(trust_build.graph(), tmp_path)
    assert scores.overall.fair_fields.recall == 1.0


def test_a_value_no_report_gives_is_not_credited(trust_build: Build, tmp_path: Path) -> None:
    gold = {
        "document": "2024-qinghai-closing-a.txt",
        "entities": {"Fair": [FAIR]},
        "fairs": [{"name": FAIR, "signed_projects": 1019}],  # report b's figure, not a's
    }
    (tmp_path / "a.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert evaluate_graph(trust_build.graph(), tmp_path).overall.fair_fields.recall == 0.0
