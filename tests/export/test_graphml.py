"""GraphML (src/fairgraph/export/graphml.py) over the projection: numbers the reports do not give
are absent, never written as 0."""

from __future__ import annotations

import networkx as nx

from fairgraph.api import extract
from fairgraph.export.graphml import graphml_bytes
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
