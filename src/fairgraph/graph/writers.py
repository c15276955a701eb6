"""Fast writers of Turtle, N-Triples and JSON-LD from a set of triples, byte for byte as
rdflib's serialisers write them through :func:`fairgraph.graph.io.serialize_graph`.

rdflib's Turtle and JSON-LD serialisers look every subject, predicate and qualified name up in
an indexed store again and again (about a minute for 470k triples). These writers index the
triples once in plain dicts and format each term once, following the same layout rules:
subjects classes first, then by the number of times each is an object, then by IRI; ``a`` and
``rdfs:label`` first, then predicates and objects in rdflib's order; the prefixes actually used.
They handle graphs without blank nodes (every graph fairgraph builds); :func:`fast_path`
says whether a graph qualifies, and ``serialize_graph`` keeps rdflib for the others.

>>> from rdflib import Literal, URIRef
>>> from fairgraph.namespaces import RDFS, bind_prefixes
>>> from rdflib import Graph
>>> t = {(URIRef("https://w3id.org/fairgraph/id/x"), RDFS.label, Literal("x", lang="zh"))}
>>> print(turtle_bytes(t, bind_prefixes(Graph())).decode(), end="")
@prefix fgid: <https://w3id.org/fairgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<BLANKLINE>
fgid:x rdfs:label "x"@zh .
<BLANKLINE>
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.plugins.shared.jsonld.context import Context
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_JSON_NATIVE = frozenset(
    "http://www.w3.org/2001/XMLSchema#" + name
    for name in ("boolean", "string", "double", "integer")
)


def fast_path(triples: Iterable[Triple]) -> bool:
    """Whether the writers here can serialise ``triples`` (no blank node anywhere)."""
    return not any(isinstance(t, BNode) for triple in triples for t in triple)


class _Names:
    """Qualified names as rdflib's Turtle serialiser computes them, each IRI once."""

    def __init__(self, namespaces: Graph) -> None:
        self.graph = namespaces
        bound = [(str(ns), prefix) for prefix, ns in namespaces.namespaces()]
        self.bound = sorted(bound)
        self.used: dict[str, str] = {}
        self.cache: dict[str, str | None] = {}

    def pname(self, uri: URIRef) -> str | None:
        key = str(uri)  # a plain str hashes in C, an rdflib term in Python
        try:
            return self.cache[key]
        except KeyError:
            pass
        name = self._pname(uri)
        self.cache[key] = name
        return name

    def _pname(self, uri: URIRef) -> str | None:
        text = str(uri)
        # the namespace rdflib would use ends at or after the last '/' or '#': an IRI under no
        # bound namespace that long has no qualified name (most of fairgraph's IRIs)
        cut = max(text.rfind("/"), text.rfind("#")) + 1
        if not any(text.startswith(ns) and len(ns) >= cut for ns, _ in self.bound):
            return None
        try:
            prefix, namespace, local = self.graph.compute_qname(uri, generate=False)
        except Exception:
            found = self.graph.store.prefix(uri)
            if found is None:
                return None
            prefix, namespace, local = found, uri, ""
        local = local.replace("(", r"\(").replace(")", r"\)")
        local = _PERCENT.sub("\\%", local)
        if local.endswith("."):
            return None
        self.used[prefix] = str(namespace)
        return f"{prefix}:{local}"


_TYPE, _LABEL, _CLASS, _NIL = str(RDF.type), str(RDFS.label), str(RDFS.Class), str(RDF.nil)


def turtle_bytes(triples: Iterable[Triple], namespaces: Graph) -> bytes:
    """Turtle of blank-node-free ``triples``, as rdflib writes it with the prefixes bound on
    ``namespaces`` (a graph used only for its bindings)."""
    names = _Names(namespaces)
    if any(p.startswith("_") for p, _ in namespaces.namespaces()):
        raise ValueError("prefixes starting with '_' are rewritten by rdflib")
    # keyed by the IRIs as plain strings: rdflib's terms hash and compare in Python
    properties: dict[str, dict[str, list[Node]]] = {}
    references: dict[str, int] = defaultdict(int)
    terms: dict[str, Node] = {}
    classes = []
    for s, p, o in triples:
        ks, kp = str(s), str(p)
        props = properties.get(ks)
        if props is None:
            props = properties[ks] = {}
            terms[ks] = s
        objects = props.get(kp)
        if objects is None:
            objects = props[kp] = []
            terms[kp] = p
        objects.append(o)
        if type(o) is Literal:
            if o.datatype is not None:
                names.pname(o.datatype)
        elif isinstance(o, URIRef):
            ko = str(o)
            references[ko] += 1
            if kp == _TYPE and ko == _CLASS:
                classes.append(ks)
            names.pname(o)
        elif isinstance(o, Literal) and o.datatype is not None:
            names.pname(o.datatype)
    # rdflib registers a prefix on sight of every term but the keyword ``a``
    for kp in {kp for props in properties.values() for kp in props}:
        if kp != _TYPE and names.pname(terms[kp]) is None:  # type: ignore[arg-type]
            raise ValueError(f"predicate {kp} needs a generated prefix")
    for ks in properties:
        names.pname(terms[ks])  # type: ignore[arg-type]
    top = sorted(set(classes))
    seen = set(top)
    subjects = top + [
        s for _, s in sorted((references.get(s, 0), s) for s in properties if s not in seen)
    ]

    def datatype_name(datatype: URIRef) -> str | None:
        return names.pname(datatype)

    labels: dict[str, str] = {}
    # literals by id(): ``properties`` holds every one until the end, so no id is reused, and
    # a build's graph writer makes each repeated text or number once (one object, many uses)
    literals: dict[int, str] = {}

    def label(node: Node) -> str:
        if isinstance(node, Literal):
            text = literals.get(id(node))
            if text is not None:
                return text
            if node.datatype is None:  # what _literal_n3 does for these, without its checks
                quoted = node._quote_encode()
                text = f"{quoted}@{node.language}" if node.language else quoted
            else:
                text = node._literal_n3(use_plain=True, qname_callback=datatype_name)
            literals[id(node)] = text
            return text
        key = str(node)
        text = labels.get(key)
        if text is None:
            text = "()" if key == _NIL else names.pname(node) or node.n3()  # type: ignore[arg-type]
            labels[key] = text
        return text

    out = [f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(names.used.items())]
    first_order = (_TYPE, _LABEL)
    for subject in subjects:
        props = properties[subject]
        order = [p for p in first_order if p in props]
        order += [p for p in sorted(props) if p not in first_order]
        parts = ["\n", label(terms[subject])]
        for i, predicate in enumerate(order):
            parts.append(" ;\n    " if i else " ")
            parts.append("a" if predicate == _TYPE else label(terms[predicate]))
            objects = props[predicate]
            if len(objects) == 1:
                parts.append(" ")
                parts.append(label(objects[0]))
                continue
            objects = sorted(objects)  # type: ignore[type-var]
            parts.append(" ")
            parts.append(label(objects[0]))
            for obj in objects[1:]:
                parts.append(",\n        ")
                parts.append(label(obj))
        parts.append(" .\n")
        out.append("".join(parts))
    out.append("\n")
    return "".join(out).encode("utf-8")


def _nt_term(term: Node) -> str:
    if isinstance(term, Literal):
        encoded = (
            term.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        )
        if term.language:
            return f'"{encoded}"@{term.language}'
        if term.datatype:
            return f'"{encoded}"^^<{term.datatype}>'
        return f'"{encoded}"'
    return term.n3()


def ntriples_bytes(triples: Iterable[Triple]) -> bytes:
    """N-Triples of blank-node-free ``triples``, one line per triple in sorted order."""
    cache: dict[Node, str] = {}

    def term(node: Node) -> str:
        text = cache.get(node)
        if text is None:
            text = cache[node] = _nt_term(node)
        return text

    lines = {f"{term(s)} {term(p)} {_nt_term(o)} .\n" for s, p, o in triples}
    return "".join(sorted(lines)).encode("utf-8")


_KEY = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
_SCALAR = json.JSONEncoder(ensure_ascii=False).encode
_STRING = json.encoder.encode_basestring  # the C encoder of JSON strings (ensure_ascii=False)


def _value_key(value: Any) -> str:
    return _KEY(value)


def _scalar(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _STRING(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return _SCALAR(value)


def _json_text(value: Any, pad: str, out: list[str]) -> None:
    """``value`` as ``json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)`` writes
    it at indentation ``pad``, appended to ``out``."""
    kind = type(value)
    if kind is dict:
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        first = True
        for key in sorted(value):
            out.append("{\n" if first else ",\n")
            first = False
            out.append(inner)
            out.append(_STRING(key))
            out.append(": ")
            item = value[key]
            if type(item) in (dict, list):
                _json_text(item, inner, out)
            else:
                out.append(_scalar(item))
        out.append("\n" + pad + "}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        first = True
        for item in value:
            out.append("[\n" if first else ",\n")
            first = False
            out.append(inner)
            if type(item) in (dict, list):
                _json_text(item, inner, out)
            else:
                out.append(_scalar(item))
        out.append("\n" + pad + "]")
    else:
        out.append(_scalar(value))


def jsonld_bytes(triples: Iterable[Triple], context: dict[str, str]) -> bytes:
    """JSON-LD (compacted with ``context``, nodes and values sorted) of blank-node-free
    ``triples``: what rdflib's serialiser gives once sorted as ``serialize_graph`` sorts it."""
    ctx = Context(dict(context))
    symbols: dict[str, str] = {}

    def symbol(iri: Node) -> str:
        key = str(iri)
        text = symbols.get(key)
        if text is None:
            text = symbols[key] = ctx.to_symbol(key) or key
        return text

    ids: dict[str, str] = {}

    def shrink(iri: Node) -> str:
        key = str(iri)
        text = ids.get(key)
        if text is None:
            text = ids[key] = ctx.shrink_iri(key)
        return text

    nodes: dict[str, dict[str, list[Any]]] = {}
    for s, p, o in triples:
        ks = str(s)
        node = nodes.get(ks)
        if node is None:
            node = nodes[ks] = {"@id": [shrink(s)]}
        key: str
        value: Any
        if isinstance(o, URIRef):
            if str(p) == _TYPE:
                key, value = "@type", symbol(o)
            else:
                key, value = symbol(p), {"@id": shrink(o)}
        elif isinstance(o, Literal):
            key = symbol(p)
            datatype = o.datatype
            native = datatype is not None and str(datatype) in _JSON_NATIVE
            v = o.toPython() if native else str(o)
            if datatype:
                value = v if native else {"@type": symbol(datatype), "@value": v}
            elif o.language:
                value = {"@language": o.language, "@value": v}
            else:
                value = v
        else:
            raise ValueError(f"cannot write {o!r} here")
        values = node.get(key)
        if values is None:
            node[key] = [value]
        else:
            values.append(value)
    items = []
    for node in nodes.values():
        item: dict[str, Any] = {}
        for key, values in node.items():
            item[key] = values[0] if len(values) == 1 else sorted(values, key=_value_key)
        items.append(item)
    items.sort(key=lambda n: (str(n.get("@id", "")), _value_key(n)))
    out: list[str] = []
    _json_text({"@context": context, "@graph": items}, "", out)
    out.append("\n")
    return "".join(out).encode("utf-8")
