"""Mention nodes made ahead of the graph (as a build's extractions come back) give the graph the
same triples, in the same order, as mention nodes made when the writer asks."""

from __future__ import annotations

from fairgraph.graph.build import MentionNodes, write_resolution
from fairgraph.jobs.build import corpus_triples, extract_keyed
from fairgraph.model import Document, Mention, Span
from fairgraph.resolve import AliasRules, Evidence, Resolver

TEXTS = (
    "6月3日，丙丁省商务厅厅长王某明在甲乙博览会上会见戊己国驻华大使。",
    "丙丁省人民政府与庚辛能源有限公司签署合作协议，总投资30亿元。王某明出席签约仪式。",
)


def _resolver() -> tuple[Resolver, MentionNodes]:
    resolver = Resolver()
    nodes = MentionNodes()
    for i, text in enumerate(TEXTS):
        doc = Document.from_text(text, source=f"r{i}.txt")
        extraction, keys = extract_keyed(doc, backend="rules", aliases=AliasRules())
        resolver.add(extraction, keys)
        assert keys is not None
        nodes.prepare(doc, keys.evidence())
    return resolver, nodes


def test_nodes_made_ahead_give_the_same_triples_in_the_same_order() -> None:
    resolver, nodes = _resolver()
    ahead = corpus_triples(resolver, mentions=nodes)
    asked = corpus_triples(resolver)
    seen: dict[object, None] = {}
    write_resolution(resolver.resolution(), seen.setdefault)  # looked up one by one
    assert ahead == asked == list(seen)
    assert len(set(ahead)) == len(ahead)
    assert any("/mention/" in str(t[0]) for t in ahead)


def test_a_place_written_with_two_sentences_is_one_node_without_repeated_triples() -> None:
    doc = Document.from_text("甲乙会开幕。丙丁出席。", source="x.txt")
    resolver = Resolver()
    resolver.add(*extract_keyed(doc, backend="rules", aliases=AliasRules()))
    resolution = resolver.resolution()
    mention = Mention(0, 3, "甲乙会", "Fair")
    one = Evidence(doc.id, Span(0, 6, doc.text[0:6]), mention)
    two = Evidence(doc.id, Span(0, 11, doc.text), mention)  # the same place, another sentence
    out: list[object] = []
    seen: dict[object, None] = {}

    def add(triple: object) -> None:
        if triple not in seen:
            seen[triple] = None
            out.append(triple)

    from fairgraph.graph.build import GraphWriter

    writer = GraphWriter(resolution, add, fresh=out.extend)
    node = writer.mention(one)
    assert writer.mention(two) == node and writer.mention(one) == node
    assert len(out) == len(set(out))
    texts = [t for t in out if str(t[1]).endswith("#text") or str(t[1]).endswith("/text")]
    assert len(texts) == 2  # both sentences stated, everything else once
