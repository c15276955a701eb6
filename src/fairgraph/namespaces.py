"""The RDF namespaces of the fairgraph graph contract and a helper that binds their prefixes.

>>> from rdflib import Graph
>>> str(FG.Agreement)
'https://w3id.org/fairgraph/ontology#Agreement'
>>> g = bind_prefixes(Graph())
>>> str(dict(g.namespaces())["fgid"]) == str(ID)
True
"""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, XSD, Graph, Namespace
from rdflib.namespace import NamespaceManager

FG = Namespace("https://w3id.org/fairgraph/ontology#")
ID = Namespace("https://w3id.org/fairgraph/id/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
TIME = Namespace("http://www.w3.org/2006/time#")

#: prefix → namespace, in the order they are bound and declared
PREFIXES: dict[str, Namespace] = {
    "fg": FG,
    "fgid": ID,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "dcterms": DCTERMS,
    "xsd": Namespace(str(XSD)),
    "owl": Namespace(str(OWL)),
    "time": TIME,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the fairgraph prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    manager = NamespaceManager(graph, bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)
    graph.namespace_manager = manager
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for every fairgraph prefix, to put in front of a user's query.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX fg: <https://w3id.org/fairgraph/ontology#>'
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
