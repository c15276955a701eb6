"""What the English tests ask of a sentence of theirs: its extraction, posts and organisations."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal

from conftest import run_cli
from fairgraph.en.pipeline import extract_document
from fairgraph.graph.build import build_graph
from fairgraph.graph.io import load_graph
from fairgraph.model import Document, Extraction
from fairgraph.namespaces import ORG, SKOS


def extract(text: str) -> Extraction:
    """The extraction of ``text`` read as an English report."""
    return extract_document(Document.from_text(text, source="t.txt", language="en"))


def posts(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """(person, title, organisation, represented country) of each post, as written."""
    return {
        (
            p.person.text,
            p.role.text,
            p.organization.text if p.organization else None,
            p.represents.text if p.represents else None,
        )
        for p in extract(text).posts
    }


def org_labels(text: str) -> set[str]:
    """The labels of the organisations in the graph of ``text``."""
    graph: Graph = build_graph([extract(text)])
    return {
        str(label)
        for node in graph.subjects(RDF.type, ORG.Organization)
        for label in graph.objects(node, RDFS.label)
    }


def nodes_with(g: Graph, text: str, lang: str) -> set:  # type: ignore[type-arg]
    """The nodes of ``g`` labelled ``text`` in ``lang`` (as label or alternative label)."""
    literal = Literal(text, lang=lang)
    return set(g.subjects(RDFS.label, literal)) | set(g.subjects(SKOS.altLabel, literal))


def built_pair(tmp_path: Path, zh: str, en: str) -> Graph:
    """The graph of a Chinese and an English report built together (``fairgraph build``)."""
    corpus = tmp_path / "in"
    corpus.mkdir(parents=True)
    (corpus / "zh.txt").write_text(zh, encoding="utf-8")
    (corpus / "en.txt").write_text(en, encoding="utf-8")
    assert run_cli("build", corpus, "-o", tmp_path / "out").exit_code == 0
    return load_graph(tmp_path / "out" / "graph.ttl")
