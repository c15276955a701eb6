"""A post whose body the report does not state (``Post.bodiless``: 某某总书记): an
``org:Membership`` with its member, role and provenance, and neither ``org:organization`` nor
``fg:represents``; the graph conforms, serialises the same bytes each time, and projects the
title onto the person."""

from __future__ import annotations

import json

from rdflib import RDF, RDFS, URIRef

from fairgraph.graph import build_graph
from fairgraph.graph.io import serialize_graph
from fairgraph.graph.projection import project
from fairgraph.graph.validate import validate_graph
from fairgraph.model import Document, Extraction, Mention, Post, Span
from fairgraph.namespaces import FG, ORG, PROV

TEXT = "王立新总书记在座谈会上讲话。青海省商务厅厅长张海燕出席。"


def _m(text: str, kind: str) -> Mention:
    start = TEXT.index(text)
    return Mention(start, start + len(text), text, kind)


def _extraction() -> Extraction:
    doc = Document.from_text(TEXT, source="a.txt")
    cut = TEXT.index("青海")
    first, second = Span(0, cut, TEXT[:cut]), Span(cut, len(TEXT), TEXT[cut:])
    leader, title = _m("王立新", "Person"), _m("总书记", "Role")
    dept, role = _m("青海省商务厅", "Organization"), _m("厅长", "Role")
    person = _m("张海燕", "Person")
    return Extraction(
        document=doc,
        mentions=(leader, title, dept, role, person),
        posts=(
            Post(leader, title, first, bodiless=True),
            Post(person, role, second, organization=dept),
        ),
        sentences=(first, second),
    )


def _membership_of(graph, name: str) -> URIRef:
    (person,) = [s for s, label in graph.subject_objects(RDFS.label) if str(label) == name]
    (membership,) = graph.subjects(ORG.member, person)
    return membership


def test_a_bodiless_post_has_member_role_and_provenance_only() -> None:
    graph = build_graph([_extraction()])
    m = _membership_of(graph, "王立新")
    assert (m, RDF.type, ORG.Membership) in graph
    assert str(graph.value(graph.value(m, ORG.role), RDFS.label)) == "总书记"
    assert graph.value(m, ORG.organization) is None
    assert graph.value(m, FG.represents) is None
    mention = graph.value(m, PROV.wasDerivedFrom)
    assert str(graph.value(mention, FG.surface)) == "总书记"
    # the post with a body is unchanged
    assert graph.value(_membership_of(graph, "张海燕"), ORG.organization) is not None


def test_a_graph_with_a_bodiless_post_conforms_and_is_byte_identical() -> None:
    graph = build_graph([_extraction()])
    report = validate_graph(graph)
    assert report.conforms, report.text
    again = build_graph([_extraction()])
    assert serialize_graph(graph, "ttl") == serialize_graph(again, "ttl")


def test_the_projection_shows_the_title_on_the_person_without_an_edge() -> None:
    g = project(build_graph([_extraction()]))
    (leader,) = [n for n, d in g.nodes(data=True) if d.get("label") == "王立新"]
    assert json.loads(g.nodes[leader]["titles"]) == ["总书记"]
    assert not list(g.edges(leader))
    (official,) = [n for n, d in g.nodes(data=True) if d.get("label") == "张海燕"]
    assert "titles" not in g.nodes[official]
    assert [d["label"] for _, _, d in g.edges(official, data=True)] == ["厅长"]
