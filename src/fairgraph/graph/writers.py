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
from collections.abc import Callable, Iterable, Iterator
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

    def pname_of(self, iri: str) -> str | None:
        """:meth:`pname` of an IRI given as text."""
        try:
            return self.cache[iri]
        except KeyError:
            return self.pname(URIRef(iri))

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
    # keyed by the IRIs as plain strings: rdflib's terms hash and compare in Python
    properties: dict[str, dict[str, list[Node]]] = {}
    terms: dict[str, Node] = {}
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
    layout = TurtleLayout(namespaces)
    for ks, props in properties.items():
        layout.add(ks, props, terms)
    # terms written by id(): ``properties`` holds every one until the end, so no id is reused, and
    # a build's graph writer makes each repeated text or number once (one object, many uses)
    written: dict[int, str] = {}
    out = [layout.header()]
    out += [layout.block(s, properties[s], terms, written) for s in layout.order()]
    out.append("\n")
    return "".join(out).encode("utf-8")


#: one triple in outline: (predicate IRI, object IRI or None, literal datatype IRI or None)
Outline = tuple[str, str | None, str | None]


def turtle_stream(
    subjects: Iterable[str],
    triples_of: Callable[[str], Iterable[Triple]],
    namespaces: Graph,
    outline_of: Callable[[str], Iterable[Outline]] | None = None,
) -> Iterator[bytes]:
    """:func:`turtle_bytes` of a graph read one subject at a time, as chunks of bytes: the
    same bytes, without holding the graph. ``subjects`` are the graph's subject IRIs (each
    once), ``triples_of(subject)`` the distinct triples of one. It reads every
    subject twice: first what the layout needs (the prefixes, how often each IRI is an object),
    then, in the layout's order, to write; ``outline_of(subject)``, when given, is the first
    read, cheaper: the subject's distinct triples in outline. Raises ``ValueError`` before the
    first chunk when only rdflib's own serialiser can write the graph."""
    layout = TurtleLayout(namespaces)
    for subject in subjects:
        if outline_of is not None:
            layout.add_outline(subject, outline_of(subject))
            continue
        props, terms = _grouped(triples_of(subject))
        layout.add(subject, props, terms)
    return _turtle_chunks(layout, triples_of)


def _turtle_chunks(
    layout: TurtleLayout, triples_of: Callable[[str], Iterable[Triple]]
) -> Iterator[bytes]:
    def pieces() -> Iterator[str]:
        yield layout.header()
        for subject in layout.order():
            props, terms = _grouped(triples_of(subject))
            yield layout.block(subject, props, terms, {})
        yield "\n"

    return (batch.encode("utf-8") for batch in text_batches(pieces()))


def text_batches(pieces: Iterable[str], size: int = 1 << 20) -> Iterator[str]:
    """``pieces`` of a text joined into batches of about ``size`` characters, each ending where
    a piece does, the last one whatever is left (an empty text is one empty batch): how the
    streamed outputs hand their text to the file.

    >>> list(text_batches(["ab", "cd", "e"], size=3)), list(text_batches(["abcd"], size=3))
    (['abcd', 'e'], ['abcd'])
    """
    out: list[str] = []
    held = 0
    handed = False
    for piece in pieces:
        out.append(piece)
        held += len(piece)
        if held > size:
            yield "".join(out)
            out, held, handed = [], 0, True
    if out or not handed:
        yield "".join(out)


def _grouped(triples: Iterable[Triple]) -> tuple[dict[str, list[Node]], dict[str, Node]]:
    """One subject's distinct triples as {predicate IRI: [objects]}, and its terms by IRI."""
    props: dict[str, list[Node]] = {}
    terms: dict[str, Node] = {}
    for s, p, o in triples:
        kp = str(p)
        objects = props.get(kp)
        if objects is None:
            objects = props[kp] = []
            terms[kp] = p
            terms[str(s)] = s
        objects.append(o)
    return props, terms


class TurtleLayout:
    """What rdflib's Turtle layout must know of the whole graph before it writes a subject:
    the prefixes used, how often each IRI is an object, the classes. Fed one subject's
    triples at a time (:meth:`add`); then :meth:`header`, :meth:`order` and :meth:`block`."""

    def __init__(self, namespaces: Graph) -> None:
        self.names = _Names(namespaces)
        if any(p.startswith("_") for p, _ in namespaces.namespaces()):
            raise ValueError("prefixes starting with '_' are rewritten by rdflib")
        self.references: dict[str, int] = defaultdict(int)
        self.classes: list[str] = []
        self.subjects: list[str] = []
        self.predicates: set[str] = set()
        self.labels: dict[str, str] = {}

    def add(self, subject: str, props: dict[str, list[Node]], terms: dict[str, Node]) -> None:
        """One subject's distinct triples: {predicate IRI: [objects]}, and ``terms``, the
        rdflib terms of the subject and predicates by IRI."""
        rows: list[Outline] = []
        for kp, objects in props.items():
            for o in objects:
                if isinstance(o, URIRef):
                    rows.append((kp, str(o), None))
                elif isinstance(o, Literal):
                    datatype = o.datatype
                    rows.append((kp, None, None if datatype is None else str(datatype)))
                else:
                    raise ValueError("blank nodes are written by rdflib's own serialiser")
        self.add_outline(subject, rows)

    def add_outline(self, subject: str, rows: Iterable[Outline]) -> None:
        """One subject's distinct triples in outline: (predicate IRI, the object's IRI or
        None for a literal, the literal's datatype IRI or None) each."""
        names, references, predicates = self.names, self.references, self.predicates
        empty = True
        for kp, ko, datatype in rows:
            empty = False
            if kp not in predicates:
                predicates.add(kp)
                # rdflib registers a prefix on sight of every term but the keyword ``a``
                if kp != _TYPE and names.pname_of(kp) is None:
                    raise ValueError(f"predicate {kp} needs a generated prefix")
            if ko is not None:
                references[ko] += 1
                if kp == _TYPE and ko == _CLASS:
                    self.classes.append(subject)
                names.pname_of(ko)
            elif datatype is not None:
                names.pname_of(datatype)
        if not empty:
            self.subjects.append(subject)
            names.pname_of(subject)

    def order(self) -> list[str]:
        """The subjects in the order they are written: classes, then by how often each is an
        object, then by IRI."""
        top = sorted(set(self.classes))
        seen = set(top)
        references = self.references
        return top + [
            s for _, s in sorted((references.get(s, 0), s) for s in self.subjects if s not in seen)
        ]

    def header(self) -> str:
        """The prefix lines of the prefixes used."""
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.names.used.items()))

    def label(self, node: Node, written: dict[int, str]) -> str:
        """How a term is written, cached in ``written`` by the term's id (the caller keeps
        every term alive while it writes, so no id is reused) and IRIs here by their text."""
        text = written.get(id(node))
        if text is not None:
            return text
        if isinstance(node, Literal):
            if node.datatype is None:  # what _literal_n3 does for these, without its checks
                quoted = node._quote_encode()
                text = f"{quoted}@{node.language}" if node.language else quoted
            else:
                text = node._literal_n3(use_plain=True, qname_callback=self.names.pname)
        else:
            key = str(node)
            text = self.labels.get(key)
            if text is None:
                text = "()" if key == _NIL else self.names.pname(node) or node.n3()  # type: ignore[arg-type]
                self.labels[key] = text
        written[id(node)] = text
        return text

    def block(
        self,
        subject: str,
        props: dict[str, list[Node]],
        terms: dict[str, Node],
        written: dict[int, str],
    ) -> str:
        """One subject's statements."""
        label = self.label
        order = [p for p in _FIRST if p in props]
        order += [p for p in sorted(props) if p not in _FIRST]
        parts = ["\n", label(terms[subject], written)]
        for i, predicate in enumerate(order):
            parts.append(" ;\n    " if i else " ")
            parts.append("a" if predicate == _TYPE else label(terms[predicate], written))
            objects = props[predicate]
            if len(objects) == 1:
                parts.append(" ")
                parts.append(label(objects[0], written))
                continue
            objects = sorted(objects)  # type: ignore[type-var]
            parts.append(" ")
            parts.append(label(objects[0], written))
            for obj in objects[1:]:
                parts.append(",\n        ")
                parts.append(label(obj, written))
        parts.append(" .\n")
        return "".join(parts)


_FIRST = (_TYPE, _LABEL)


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
    nodes = JsonLdNodes(context)
    grouped: dict[str, list[Triple]] = {}
    for triple in triples:
        ks = str(triple[0])
        found = grouped.get(ks)
        if found is None:
            grouped[ks] = [triple]
        else:
            found.append(triple)
    items = [nodes.item(group) for group in grouped.values()]
    items.sort(key=lambda n: str(n.get("@id", "")))
    _sort_ties(items)
    out: list[str] = []
    _json_text({"@context": context, "@graph": items}, "", out)
    out.append("\n")
    return "".join(out).encode("utf-8")


def _sort_ties(items: list[dict[str, Any]]) -> None:
    """``items`` sorted by their ``@id`` already: each run of one ``@id`` sorted by the node's
    JSON text, so the order is that of sorting by (``@id``, JSON text) without writing every
    node as JSON to compare it (ids are distinct but where two IRIs shrink to one).

    >>> items = [{"@id": "a", "v": 2}, {"@id": "a", "v": 1}, {"@id": "b"}]
    >>> _sort_ties(items); [i.get("v") for i in items]
    [1, 2, None]
    """
    start = 0
    while start < len(items):
        key = str(items[start].get("@id", ""))
        end = start + 1
        while end < len(items) and str(items[end].get("@id", "")) == key:
            end += 1
        if end - start > 1:
            items[start:end] = sorted(items[start:end], key=_value_key)
        start = end


def jsonld_stream(
    subjects: Iterable[str],
    triples_of: Callable[[str], Iterable[Triple]],
    context: dict[str, str],
) -> Iterator[bytes]:
    """:func:`jsonld_bytes` of a graph read one subject at a time (``subjects`` each once,
    ``triples_of(subject)`` its distinct triples), as chunks of bytes: the same bytes,
    without holding the graph."""
    nodes = JsonLdNodes(context)
    order = sorted((nodes.shrink(URIRef(s)), s) for s in subjects)

    def pieces() -> Iterator[str]:
        head = ["{\n", '  "@context": ']
        _json_text(context, "  ", head)
        head.append(',\n  "@graph": ' + ("" if order else "[]"))
        yield "".join(head)
        for i, (_, subject) in enumerate(order):
            item = [",\n    " if i else "[\n    "]
            _json_text(nodes.item(triples_of(subject)), "    ", item)
            yield "".join(item)
        yield ("\n  ]" if order else "") + "\n}\n"

    return (batch.encode("utf-8") for batch in text_batches(pieces()))


class JsonLdNodes:
    """The compacted JSON-LD node object of a subject, from its triples (with ``context``)."""

    def __init__(self, context: dict[str, str]) -> None:
        self.ctx = Context(dict(context))
        self.symbols: dict[str, str] = {}
        self.ids: dict[str, str] = {}

    def symbol(self, iri: Node) -> str:
        key = str(iri)
        text = self.symbols.get(key)
        if text is None:
            text = self.symbols[key] = self.ctx.to_symbol(key) or key
        return text

    def shrink(self, iri: Node) -> str:
        key = str(iri)
        text = self.ids.get(key)
        if text is None:
            text = self.ids[key] = self.ctx.shrink_iri(key)
        return text

    def item(self, triples: Iterable[Triple]) -> dict[str, Any]:
        """The node object of one subject's distinct triples (values sorted)."""
        symbol = self.symbol
        node: dict[str, list[Any]] = {}
        for s, p, o in triples:
            if not node:
                node["@id"] = [self.shrink(s)]
            key: str
            value: Any
            if isinstance(o, URIRef):
                if str(p) == _TYPE:
                    key, value = "@type", symbol(o)
                else:
                    key, value = symbol(p), {"@id": self.shrink(o)}
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
        return {
            key: values[0] if len(values) == 1 else sorted(values, key=_value_key)
            for key, values in node.items()
        }
