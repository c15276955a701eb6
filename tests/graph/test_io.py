"""Graph loading, deterministic serialisation and atomic writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from fairgraph.errors import FormatError, GraphLoadError
from fairgraph.graph import io as graphio
from fairgraph.graph.io import (
    RDF_FORMATS,
    guess_format,
    load_graph,
    save_graph,
    serialize_graph,
    union_graph,
    write_atomic,
)

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "graphs" / "valid.ttl"
SRC = Path(__file__).resolve().parents[2] / "src"


def test_guess_format() -> None:
    assert guess_format("a/b.ttl") == "turtle"
    assert guess_format("x.JSON") == "json-ld"
    assert guess_format("x.owl") == "xml"
    with pytest.raises(FormatError) as info:
        guess_format("graph.txt")
    assert ".ttl" in str(info.value) and ".nq" in str(info.value)


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(GraphLoadError, match="no such file") as info:
        load_graph(tmp_path / "absent.ttl")
    assert info.value.exit_code == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b \n x:c x:d x:e .\n", encoding="utf-8")
    with pytest.raises(GraphLoadError) as info:
        load_graph(bad)
    assert "\n" not in str(info.value) and "bad.ttl" in str(info.value)
    with pytest.raises(GraphLoadError, match="unknown RDF file extension"):
        load_graph(tmp_path / "graph.csv")
    folder = tmp_path / "dir.ttl"
    folder.mkdir()
    with pytest.raises(GraphLoadError, match="not a file"):
        load_graph(folder)


@pytest.mark.parametrize("ext", sorted(RDF_FORMATS))
def test_round_trip_every_format(tmp_path: Path, ext: str) -> None:
    original = load_graph(VALID)
    target = tmp_path / f"graph{ext}"
    save_graph(original, target)
    loaded = load_graph(target)
    assert isomorphic(union_graph(loaded), original)
    assert isinstance(loaded, Dataset) == (ext in (".trig", ".nq"))


def test_trig_named_graphs_union(tmp_path: Path) -> None:
    path = tmp_path / "g.trig"
    path.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "ex:g1 { ex:a ex:p ex:b . }\nex:g2 { ex:c ex:p ex:d . }\n",
        encoding="utf-8",
    )
    ds = load_graph(path)
    assert isinstance(ds, Dataset)
    merged = union_graph(ds)
    assert len(merged) == 2
    assert (URIRef("http://example.org/c"), None, None) in merged


SCRIPT = """
import random, sys
from rdflib import BNode, Graph, Literal, Namespace
from fairgraph.graph.io import serialize_graph
g0 = Graph().parse(sys.argv[1])
ex = Namespace("http://example.org/")
extra = []
for i in range(6):  # several blank nodes under one predicate: a classic source of disorder
    b = BNode()
    extra += [(ex.s, ex.item, b), (b, ex.value, Literal(i))]
for _ in range(2):  # two interchangeable blank nodes, and a chain of blank nodes
    b, c = BNode(), BNode()
    extra += [(ex.s, ex.same, b), (b, ex.value, Literal("same")), (b, ex.next, c)]
    extra += [(c, ex.value, Literal("tail"))]
triples = sorted(g0) + extra
random.Random(int(sys.argv[2])).shuffle(triples)
g = Graph()
for t in triples:
    g.add(t)
sys.stdout.buffer.write(serialize_graph(g, sys.argv[3]))
"""


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt"])
def test_serialisation_is_byte_identical_across_runs(fmt: str) -> None:
    outputs = set()
    for seed in ("1", "2", "977"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(VALID), seed, fmt],
            env=env,
            capture_output=True,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    (data,) = outputs
    assert len(data) > 1000


def test_jsonld_is_sorted_and_parses_back() -> None:
    data = serialize_graph(load_graph(VALID), "jsonld")
    doc = json.loads(data)
    ids = [node.get("@id", "") for node in doc["@graph"]]
    assert ids == sorted(ids)
    assert isomorphic(Graph().parse(data=data, format="json-ld"), load_graph(VALID))


def test_turtle_uses_fairgraph_prefixes() -> None:
    text = serialize_graph(load_graph(VALID), "ttl").decode("utf-8")
    assert "@prefix fgid: <https://w3id.org/fairgraph/id/> ." in text
    assert "fgid:agreement-1 a fg:Agreement" in text


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.ttl"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]


def test_write_atomic_failure_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        yield b"partial "
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_atomic(target, chunks())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_save_graph_failure_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(graph: Graph, fmt: str) -> bytes:
        raise ValueError("cannot serialise")

    monkeypatch.setattr(graphio, "serialize_graph", broken)
    with pytest.raises(ValueError):
        save_graph(load_graph(VALID), tmp_path / "g.ttl")
    assert list(tmp_path.iterdir()) == []


def test_serialize_unknown_format() -> None:
    with pytest.raises(FormatError, match="unknown RDF format"):
        serialize_graph(Graph(), "yaml")
