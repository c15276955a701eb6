"""The graph-building stage: contract shape, provenance offsets, determinism, projection."""

from __future__ import annotations

import json
from decimal import Decimal

from rdflib import RDF, RDFS, Graph
from rdflib.compare import isomorphic

from fairgraph.graph import build_graph, entity_iri
from fairgraph.graph.io import serialize_graph
from fairgraph.graph.projection import project
from fairgraph.graph.validate import validate_graph
from fairgraph.model import (
    Agreement,
    Amount,
    Document,
    Extraction,
    FairFact,
    Mention,
    PartialDate,
    Post,
    Span,
)
from fairgraph.namespaces import FG, ORG, SCHEMA

TEXT = (
    "7月11日，第9届甲乙洽谈会在西宁举行。青海省商务厅厅长张海燕致辞。"
    "青海省人民政府与中国电信集团有限公司签署战略合作框架协议，总投资120亿元。"
)


def _m(text: str, kind: str, **kw) -> Mention:
    start = TEXT.index(text)
    return Mention(start, start + len(text), text, kind, **kw)


def _extraction(source: str = "a.txt") -> Extraction:
    doc = Document.from_text(TEXT, source=source, date=PartialDate(2024, 7, 12))
    s1, s2, s3 = (TEXT.index(x) for x in ("7月", "青海省商务厅", "青海省人民政府"))
    sentences = (Span(0, s2, TEXT[:s2]), Span(s2, s3, TEXT[s2:s3]), Span(s3, len(TEXT), TEXT[s3:]))
    fair, xining = _m("第9届甲乙洽谈会", "Fair", subtype="9"), _m("西宁", "Place")
    dept, role, person = (
        _m("青海省商务厅", "Organization"),
        _m("厅长", "Role"),
        _m("张海燕", "Person"),
    )
    gov, telecom = _m("青海省人民政府", "Organization"), _m("中国电信集团有限公司", "Organization")
    amount_start = TEXT.index("120亿元")
    amount = Amount(Decimal("12000000000"), "CNY", "120亿元", amount_start, amount_start + 5)
    return Extraction(
        document=doc,
        mentions=(fair, xining, dept, role, person, gov, telecom),
        posts=(Post(person, role, sentences[1], organization=dept),),
        agreements=(
            Agreement((gov, telecom), "战略合作框架协议", sentences[2], investment=amount),
        ),
        fairs=(
            FairFact(
                fair,
                "甲乙洽谈会",
                sentences[0],
                edition=9,
                start_date=PartialDate(2024, 7, 11),
                location=xining,
            ),
        ),
        amounts=(amount,),
        sentences=sentences,
    )


def test_graph_has_the_contract_shape_and_conforms() -> None:
    graph = build_graph([_extraction()])
    report = validate_graph(graph)
    assert report.conforms, report.text
    rows = list(
        graph.query(
            """
        SELECT ?name ?role ?org WHERE {
          ?m a org:Membership ; org:member/rdfs:label ?name ; org:role/rdfs:label ?role ;
             org:organization/rdfs:label ?org . }""",
            initNs={"org": ORG, "rdfs": RDFS},
        )
    )
    assert [(str(a), str(b), str(c)) for a, b, c in rows] == [("张海燕", "厅长", "青海省商务厅")]
    agreement = next(graph.subjects(RDF.type, FG.Agreement))
    assert len(set(graph.objects(agreement, FG.party))) == 2
    amount = graph.value(agreement, FG.investment)
    assert int(graph.value(amount, SCHEMA.value)) == 12_000_000_000
    fair = next(graph.subjects(RDF.type, SCHEMA.ExhibitionEvent))
    assert int(graph.value(fair, FG.edition)) == 9
    assert str(graph.value(fair, SCHEMA.startDate)) == "2024-07-11"


def test_every_mention_slices_the_document_text_exactly() -> None:
    graph = build_graph([_extraction()])
    mentions = list(graph.subjects(RDF.type, FG.Mention))
    assert mentions
    for mention in mentions:
        start, end = int(graph.value(mention, FG.start)), int(graph.value(mention, FG.end))
        assert TEXT[start:end] == str(graph.value(mention, FG.surface))
        assert TEXT[start:end] in str(graph.value(mention, FG.text))


def test_iris_and_turtle_do_not_depend_on_input_order_or_source_name() -> None:
    one = build_graph([_extraction("a.txt")])
    two = build_graph([_extraction("a.txt")])
    assert serialize_graph(one, "ttl") == serialize_graph(two, "ttl")
    assert entity_iri("Country|IS").endswith("/country/IS")
    assert entity_iri("Organization|甲") == entity_iri("Organization|甲")
    assert entity_iri("Organization|甲") != entity_iri("Organization|乙")


def test_projection_has_scalar_attributes_and_relation_edges() -> None:
    g = project(build_graph([_extraction()]))
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert {"post", "party", "location"} <= kinds
    for _, data in g.nodes(data=True):
        assert all(isinstance(v, str | int | float) for v in data.values())
        json.loads(data["sources"])
    post = next(d for _, _, d in g.edges(data=True) if d["kind"] == "post")
    assert post["label"] == "厅长"


def test_rebuilt_graph_is_isomorphic() -> None:
    assert isomorphic(build_graph([_extraction()]), build_graph([_extraction()]))
    assert isinstance(build_graph([]), Graph)


def test_a_mention_that_is_evidence_of_several_things_is_written_once() -> None:
    from fairgraph.graph.build import GraphWriter
    from fairgraph.resolve import Evidence, Resolution

    extraction = _extraction()
    doc, sentence = extraction.document, extraction.sentences[2]
    gov = extraction.mentions[5]
    resolution = Resolution(documents=(doc,), entities=(), posts=(), agreements=(), fairs=())
    written: list[tuple] = []
    writer = GraphWriter(resolution, written.append)
    first = writer.mention(Evidence(doc.id, sentence, gov))
    assert writer.mention(Evidence(doc.id, sentence, gov)) == first
    assert len(written) == 9  # its triples, once
    # the same stretch stated as another kind of mention still adds what differs
    writer.mention(Evidence(doc.id, sentence, Mention(gov.start, gov.end, gov.text, "Money")))
    types = {str(o) for s, p, o in written if s == first and p == FG.mentionType}
    assert types == {"Organization", "Money"}
