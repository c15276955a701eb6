"""What keeps a Chinese and an English report's shared entities apart, and what brings them
together: natural features under their English names, … (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from en_helpers import nodes_with

from conftest import run_cli
from fairgraph.graph.io import load_graph
from fairgraph.namespaces import FG


def _built(tmp_path: Path, zh: str, en: str):  # type: ignore[no-untyped-def]
    """The graph of a Chinese and an English report built together."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "zh.txt").write_text(zh, encoding="utf-8")
    (corpus / "en.txt").write_text(en, encoding="utf-8")
    assert run_cli("build", corpus, "-o", tmp_path / "out").exit_code == 0
    return load_graph(tmp_path / "out" / "graph.ttl")


def test_natural_features_are_one_place_across_languages(tmp_path: Path) -> None:
    g = _built(
        tmp_path,
        "青海省与某某能源公司签署合作协议，双方将在柴达木盆地建设光伏基地，并在河西走廊和"
        "贺兰山东麓开展生态修复。",
        "Qinghai Province signed a cooperation agreement with an energy company. The two sides "
        "will build a solar base in the Qaidam Basin and restore the ecology of the Hexi "
        "Corridor and the foot of Helan Mountain.",
    )
    for zh, en in (
        ("柴达木盆地", "Qaidam Basin"),
        ("河西走廊", "Hexi Corridor"),
        ("贺兰山", "Helan Mountain"),
    ):
        zh_nodes, en_nodes = nodes_with(g, zh, "zh"), nodes_with(g, en, "en")
        assert zh_nodes and zh_nodes == en_nodes, (zh, en)
    assert "official-name-across-languages" in {str(o) for o in g.objects(None, FG.mergeRule)}


def test_a_river_in_a_strategys_name_is_no_place(tmp_path: Path) -> None:
    g = _built(
        tmp_path,
        "江西省将深入推进长江经济带建设和黄河流域生态保护。",
        "Jiangxi will advance the Yangtze River Economic Belt.",
    )
    assert not nodes_with(g, "长江", "zh") and not nodes_with(g, "黄河", "zh")
