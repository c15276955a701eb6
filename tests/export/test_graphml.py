"""GraphML (src/fairgraph/export/graphml.py) over the projection: numbers the reports do not give
are absent, never written as 0."""

from __future__ import annotations

import networkx as nx

from fairgraph.api import extract
from fairgraph.export.graphml import graphml_bytes, graphml_chunks
from fairgraph.graph.build import build_graph
from fairgraph.graph.projection import project


def test_unknown_amounts_and_editions_are_absent_not_zero(tmp_path) -> None:
    text = (
        "某某洽谈会开幕。甘肃省人民政府与中国华能集团有限公司签署战略合作框架协议。"
        "第九届中国—南亚博览会在昆明开幕，签约项目312个，总投资额1200亿元。"
    )
    g = project(build_graph([extract(text)]))
    agreements = [a for _, a in g.nodes(data=True) if a["type"] == "Agreement"]
    assert agreements and all("amount" not in a and "projectCount" not in a for a in agreements)
    fairs = [a for _, a in g.nodes(data=True) if a["type"] == "Fair"]
    assert any(a.get("signedProjectCount") == 312 for a in fairs)
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml_bytes(g))
    back = nx.read_graphml(path)
    read = [a for _, a in back.nodes(data=True) if a.get("type") == "Agreement"]
    assert read and all("amount" not in a for a in read)


def _networkx_bytes(g: nx.Graph) -> bytes:
    """What networkx writes (the GraphML fairgraph has always written)."""
    lines = nx.generate_graphml(g, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _awkward() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph.update(title="fair & <graph>", documents=3)
    g.add_node("a", label='说 "好" & <坏>', type="Person", count=3, share=0.5, ok=True)
    g.add_node("b", label="line one\nline two\r\nthree\rfour\ttab 😀", empty="")
    g.add_node("c")  # no attributes at all
    g.add_node('d "quoted"\n&', label="")
    g.add_edge("a", "b", key="post1", kind="post", label="副省长", sources="[]")
    g.add_edge("a", "b", key="post2", kind="post", label="x\x0by\x1cz")
    g.add_edge("b", "c", key="party")
    return g


def test_graphml_is_what_networkx_writes(sample_graph) -> None:
    for g in (_awkward(), project(sample_graph), nx.MultiDiGraph(), nx.DiGraph([(1, 2)])):
        assert graphml_bytes(g) == _networkx_bytes(g)


def test_a_large_graph_is_written_in_several_chunks() -> None:
    g = nx.MultiDiGraph()
    for i in range(6000):
        g.add_node(f"n{i}", label="某某 " * 40, rank=i)
        g.add_edge(f"n{i}", f"n{(i + 1) % 6000}", key="next", kind="next")
    chunks = list(graphml_chunks(g))
    assert len(chunks) > 1 and all(c.endswith(b"\n") for c in chunks)
    assert b"".join(chunks) == _networkx_bytes(g)
