"""The ontology declares every fg: term used anywhere, and the shapes are valid SHACL."""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from fairgraph.graph.resources import ontology_dir, ontology_file, saved_queries, shapes_file
from fairgraph.namespaces import FG, ID, PREFIXES, bind_prefixes, sparql_prologue

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file())


def declared(ontology: Graph) -> set[URIRef]:
    return {s for k in KINDS for s in ontology.subjects(RDF.type, k) if str(s).startswith(FG)}


def fg_terms_in(text: str) -> set[URIRef]:
    return {FG[name] for name in re.findall(r"\bfg:([A-Za-z][A-Za-z0-9]*)", text)}


def test_ontology_folder_is_found() -> None:
    assert ontology_dir().name == "ontology"
    assert ontology_file().is_file() and shapes_file().is_file()


def test_every_fg_term_has_labels_in_english_and_chinese_and_a_comment(ontology: Graph) -> None:
    terms = declared(ontology)
    assert len(terms) >= 40
    for term in terms:
        langs = {lbl.language for lbl in ontology.objects(term, RDFS.label)}
        assert {"en", "zh"} <= langs, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_fg_terms_used_by_shapes_queries_and_fixtures_are_declared(ontology: Graph) -> None:
    used: set[URIRef] = set()
    sources = [shapes_file(), *saved_queries().values(), *FIXTURES.glob("*.t*")]
    for path in sources:
        used |= fg_terms_in(path.read_text(encoding="utf-8"))
    assert used, "expected fg: terms in the shapes and queries"
    assert used - declared(ontology) == set()


def test_classes_are_aligned_with_standard_vocabularies(ontology: Graph) -> None:
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(FG):
            parents = list(ontology.objects(cls, RDFS.subClassOf))
            assert parents, f"{cls} has no rdfs:subClassOf"
            assert all(not str(p).startswith(FG) for p in parents)


def test_object_properties_have_a_range_or_domain(ontology: Graph) -> None:
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        assert ontology.value(prop, RDFS.domain) or ontology.value(prop, RDFS.range), prop


def test_shapes_pass_meta_shacl() -> None:
    shapes = Graph().parse(shapes_file())
    conforms, _, text = pyshacl.validate(
        Graph().parse(FIXTURES / "valid.ttl"), shacl_graph=shapes, meta_shacl=True
    )
    assert conforms, text


def test_saved_queries_have_title_and_description() -> None:
    queries = saved_queries()
    assert list(queries) == sorted(queries)
    assert {"officials", "agreements", "fairs", "entity", "countries", "documents"} <= set(queries)
    for name, path in queries.items():
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# title: ") and len(head[0]) > 10, name
        assert head[1].startswith("# description: ") and len(head[1]) > 20, name


def test_bind_prefixes_uses_fgid_for_minted_ids() -> None:
    g = bind_prefixes(Graph())
    bound = {p: str(ns) for p, ns in g.namespaces()}
    assert bound["fgid"] == str(ID)
    for prefix in ("fg", "schema", "org", "prov", "skos", "rdfs", "dcterms", "xsd", "owl"):
        assert bound[prefix] == str(PREFIXES[prefix])
    assert sparql_prologue().count("PREFIX") == len(PREFIXES)
