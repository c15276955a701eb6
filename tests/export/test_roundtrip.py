"""A round trip through every output format: write it, read it back, nothing lost or changed.

One check, parametrised over every format ``fairgraph convert`` writes and every file
``fairgraph build`` writes: RDF formats must give back an isomorphic graph, GraphML the same
nodes, edges and attributes as :func:`fairgraph.graph.projection.project` of the graph.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDFS, Graph, URIRef
from rdflib.compare import isomorphic

from conftest import Build, run_cli
from fairgraph.graph.convert import GRAPHML, output_suffixes
from fairgraph.graph.io import load_graph, union_graph
from fairgraph.graph.projection import project


def _edges(g: nx.MultiDiGraph) -> Counter[str]:
    return Counter(
        json.dumps([u, v, k, d], sort_keys=True, ensure_ascii=False)
        for u, v, k, d in g.edges(keys=True, data=True)
    )


def _same_projection(path: Path, original: Graph) -> None:
    expected = project(original)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.is_directed()
    assert expected.number_of_nodes() > 0 and expected.number_of_edges() > 0
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert _edges(back) == _edges(expected)
    graph_attrs = {k: v for k, v in back.graph.items() if k not in ("node_default", "edge_default")}
    assert graph_attrs == expected.graph
    from fairgraph.export.graphml import read_graphml

    assert _edges(read_graphml(path)) == _edges(expected)


def assert_round_trip(path: Path, original: Graph) -> None:
    """``path`` holds ``original`` (an RDF format) or its projection (GraphML)."""
    if path.suffix == GRAPHML:
        _same_projection(path, original)
        return
    back = union_graph(load_graph(path))
    assert len(back) == len(original)
    assert isomorphic(back, original), f"{path.name} does not give back the same graph"


@pytest.mark.parametrize("suffix", output_suffixes())
def test_convert_round_trip(suffix: str, tiny_build: Build, tmp_path: Path) -> None:
    original = tiny_build.graph()
    target = tmp_path / f"graph{suffix}"
    result = run_cli("convert", tiny_build.ttl, "-o", target)
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0
    assert_round_trip(target, original)
    if suffix != GRAPHML:  # and back to Turtle
        again = tmp_path / "again.ttl"
        assert run_cli("convert", target, "-o", again).exit_code == 0
        assert_round_trip(again, original)
        assert again.read_bytes() == tiny_build.ttl.read_bytes()


@pytest.mark.parametrize("name", ["graph.jsonld", "graph.graphml"])
def test_build_outputs_round_trip(name: str, sample_build: Build, sample_graph: Graph) -> None:
    assert_round_trip(sample_build.out / name, sample_graph)


def test_graphml_holds_scalars_only_and_every_entity_kind(sample_build: Build) -> None:
    back = nx.read_graphml(sample_build.out / "graph.graphml", force_multigraph=True)
    kinds = {d.get("type") for _, d in back.nodes(data=True)}
    assert {"Person", "Organization", "Country", "Place", "Fair", "Agreement"} <= kinds
    for _, data in back.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
        assert isinstance(json.loads(data["altLabels"]), list)
    edge_kinds = {d["kind"] for _, _, d in back.edges(data=True)}
    assert {"party", "post"} <= edge_kinds


def test_convert_from_jsonld_to_graphml_matches_turtle(
    sample_build: Build, tmp_path: Path, sample_graph: Graph
) -> None:
    target = tmp_path / "from-jsonld.graphml"
    result = run_cli("convert", sample_build.out / "graph.jsonld", "-o", target)
    assert result.exit_code == 0, result.output
    assert_round_trip(target, sample_graph)


RDF_SUFFIXES = [s for s in output_suffixes() if s != GRAPHML]


@pytest.mark.parametrize("suffix", RDF_SUFFIXES)
def test_every_rdf_format_projects_like_turtle(
    suffix: str, tiny_build: Build, tmp_path: Path
) -> None:
    """TriG and N-Quads load as datasets; GraphML and explain must still see every triple."""
    source = tmp_path / f"graph{suffix}"
    assert run_cli("convert", tiny_build.ttl, "-o", source).exit_code == 0
    via = tmp_path / "via.graphml"
    result = run_cli("convert", source, "-o", via)
    assert result.exit_code == 0, result.output
    direct = tmp_path / "direct.graphml"
    assert run_cli("convert", tiny_build.ttl, "-o", direct).exit_code == 0
    assert via.read_bytes() == direct.read_bytes()
    label = str(
        tiny_build.graph().value(URIRef(sorted(nx.read_graphml(direct).nodes)[0]), RDFS.label)
    )
    explained = run_cli("explain", label, "-g", source)
    assert explained.exit_code == 0, explained.output
    assert explained.stdout.startswith(label)


@pytest.mark.parametrize("suffix", output_suffixes())
def test_convert_is_deterministic(suffix: str, tiny_build: Build, tmp_path: Path) -> None:
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    assert run_cli("convert", tiny_build.ttl, "-o", first).exit_code == 0
    assert run_cli("convert", tiny_build.out / "graph.jsonld", "-o", second).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
