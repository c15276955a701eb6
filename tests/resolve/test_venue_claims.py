"""Venues as claims: two reports naming one edition's venue with no venue in common keep both
as claims (fg:conflict schema:location); reports sharing a venue keep every venue as before.
Reports written for this test."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from rdflib import RDFS, Graph
from rdflib.term import Node

from conftest import run_cli
from fairgraph.evaluate.graph import evaluate_graph
from fairgraph.namespaces import FG, SCHEMA
from fairgraph.query.explain import find_entities

FAIR = "第9届中国·青海绿色发展投资贸易洽谈会"
OPENING = "第9届中国·青海绿色发展投资贸易洽谈会6日在{}开幕。"


def _build(folder: Path, venues: dict[str, str]) -> tuple[Path, Graph]:
    folder.mkdir()
    for i, (name, venue) in enumerate(sorted(venues.items()), 6):
        head = f"青洽会开幕\n2018年7月{i}日\n本报西宁7月6日讯 "
        (folder / name).write_text(head + OPENING.format(venue) + "\n", "utf-8")
    out = folder / "out"
    result = run_cli("build", folder, "-o", out)
    assert result.exit_code == 0, result.output
    return out / "graph.ttl", Graph().parse(out / "graph.ttl")


def _labels(g: Graph, nodes: Iterable[Node]) -> set[str]:
    return {str(g.value(n, RDFS.label)) for n in nodes}


@pytest.fixture(scope="module")
def differing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Graph]:
    root = tmp_path_factory.mktemp("venues")
    return _build(root / "differ", {"a.txt": "青海国际会展中心", "b.txt": "西宁国际会展中心"})


def test_venues_with_none_in_common_are_claims(differing: tuple[Path, Graph]) -> None:
    _, g = differing
    (fair,) = find_entities(g, FAIR)
    assert (fair, FG.conflict, SCHEMA.location) in g
    claimed = {
        g.value(c, FG.value)
        for c in g.subjects(FG.claimOf, fair)
        if (c, FG.property, SCHEMA.location) in g
    }
    assert _labels(g, claimed) == {"青海国际会展中心", "西宁国际会展中心"}
    # the node keeps the city, and no venue of its own
    assert _labels(g, g.objects(fair, SCHEMA.location)) == {"西宁市"}


def test_each_report_is_scored_on_its_venue(differing: tuple[Path, Graph], tmp_path: Path) -> None:
    ttl, g = differing
    for name, venue in (("a", "青海国际会展中心"), ("b", "西宁国际会展中心")):
        gold = {
            "document": f"{name}.txt",
            "entities": {"Fair": [FAIR], "Place": [venue]},
            "fairs": [{"name": FAIR, "venue": venue}],
        }
        (tmp_path / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert evaluate_graph(g, tmp_path).overall.fair_fields.recall == 1.0
    listed = run_cli("query", ttl, "conflicts", "--format", "csv").output
    assert "青海国际会展中心" in listed and "西宁国际会展中心" in listed


def test_a_shared_venue_is_no_conflict(tmp_path: Path) -> None:
    _, g = _build(tmp_path / "same", {"a.txt": "青海国际会展中心", "b.txt": "青海国际会展中心"})
    (fair,) = find_entities(g, FAIR)
    assert (fair, FG.conflict, SCHEMA.location) not in g
    assert "青海国际会展中心" in _labels(g, g.objects(fair, SCHEMA.location))
