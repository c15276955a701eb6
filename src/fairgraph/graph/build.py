"""Resolution → rdflib Graph in the shape of the graph contract (the only stage that knows rdflib).

IRIs derive from canonical identities alone (a hash of the entity key), so the same input
always gives the same IRIs, whatever the order of the reports.
"""

from __future__ import annotations

import functools
import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from rdflib.term import Node

from fairgraph.languages import DEFAULT, PACKAGES, detect_language, language_of
from fairgraph.model import Amount, Document, Extraction, Mention, PartialDate, Span
from fairgraph.namespaces import DCTERMS, FG, ID, ORG, PROV, SCHEMA, SKOS, bind_prefixes
from fairgraph.resolve import AliasRules, Entity, Evidence, MergeNote, Resolution, resolve


class CachedNamespace:
    """A namespace whose terms are made once: ``FG.document`` on rdflib's ``Namespace`` builds
    (and checks) a new URIRef at every access, a third of the time of writing a large graph.

    >>> CachedNamespace(FG).party is CachedNamespace(FG).party
    False
    >>> names = CachedNamespace(FG); names.party is names.party
    True
    """

    def __init__(self, namespace: Namespace | type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self._namespace[name]
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]


# the namespaces this module and graph/facts.py write with
TERMS = {
    name: CachedNamespace(ns)
    for name, ns in (("DCTERMS", DCTERMS), ("FG", FG), ("ORG", ORG), ("PROV", PROV))
    + (("SCHEMA", SCHEMA), ("SKOS", SKOS))
}
DCTERMS, FG, ORG, PROV, SCHEMA, SKOS = (  # type: ignore[misc,assignment]
    TERMS[n] for n in ("DCTERMS", "FG", "ORG", "PROV", "SCHEMA", "SKOS")
)

_CLASSES = {
    "Person": (SCHEMA.Person,),
    "Organization": (ORG.Organization,),
    "Country": (SCHEMA.Country,),
    "Place": (SCHEMA.Place,),
    "Fair": (SCHEMA.ExhibitionEvent,),
}
_SUBCLASSES = {"Government": SCHEMA.GovernmentOrganization, "Company": SCHEMA.Corporation}
_PATHS = {
    "Person": "person",
    "Organization": "org",
    "Country": "country",
    "Place": "place",
    "Fair": "fair",
    "Agreement": "agreement",
}


def digest(text: str) -> str:
    """A short stable hash of a key: the last part of most IRIs."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str) -> URIRef:
    """The IRI of an entity key: countries by ISO code, everything else by a hash of the key.

    >>> str(entity_iri("Country|IS"))
    'https://w3id.org/fairgraph/id/country/IS'
    """
    kind, _, rest = key.partition("|")
    if kind == "Country" and len(rest) == 2 and rest.isupper():
        return ID[f"country/{rest}"]
    return ID[f"{_PATHS.get(kind, kind.lower())}/{digest(key)}"]


def document_iri(document: Document) -> URIRef:
    return ID[f"document/{document.sha256[:16]}"]


@functools.lru_cache(maxsize=4096)
def date_literal(date: PartialDate) -> Literal:
    """xsd:date where the year is known, xsd:gMonthDay where it is not (made once per date:
    rdflib parses each new date literal's text again)."""
    if date.year is None:
        return Literal(date.iso(), datatype=XSD.gMonthDay)
    if date.month is None:
        return Literal(date.iso(), datatype=XSD.gYear)
    if date.day is None:
        return Literal(date.iso(), datatype=XSD.gYearMonth)
    return Literal(date.iso(), datatype=XSD.date)


def date_order(date: PartialDate) -> tuple[int, int, int]:
    """Sort key of dates with a year (a missing month or day first)."""
    return (date.year or 0, date.month or 0, date.day or 0)


Triple = tuple[Node, Node, Node]

_BOOLEANS = {False: Literal(False), True: Literal(True)}


class MentionNodes:
    """The fg:Mention node of each piece of evidence, with its triples, made once: for a report's
    evidence ahead of the graph (:meth:`prepare`, in a build as each extraction comes back from
    the workers, so it is done while they extract the next), else when the graph writer first
    asks. Also the literals for offsets and texts, and documents' IRIs, made once each.

    >>> from fairgraph.model import Document, Mention, Span
    >>> doc = Document.from_text("冰岛驻华大使访问西宁。", source="a.txt")
    >>> e = Evidence(doc.id, Span(0, 11, doc.text), Mention(0, 2, "冰岛", "Country"))
    >>> nodes = MentionNodes()
    >>> nodes.prepare(doc, [e])
    >>> node, name, triples = nodes.made(doc, e)
    >>> name.endswith("-0-2"), len(triples), nodes.made(doc, e)[2] is triples
    (True, 9, True)
    """

    def __init__(self) -> None:
        self._numbers: dict[int, Literal] = {}
        self._documents: dict[str, URIRef] = {}
        self._texts: dict[tuple[str, str | None], Literal] = {}
        # (name, sentence, type) → the node, its name and its triples
        self._made: dict[tuple[str, int, int, str, str | None], tuple[URIRef, str, list[Triple]]]
        self._made = {}

    def number(self, value: int) -> Literal:
        """``Literal(value)`` for an offset or a count, made once per value."""
        literal = self._numbers.get(value)
        if literal is None:
            literal = self._numbers[value] = Literal(value)
        return literal

    def text(self, value: str, lang: str | None = None) -> Literal:
        """``Literal(value, lang=lang)``, made once per text and language (sentences, names
        and mention types repeat across a corpus's mentions)."""
        key = (value, lang)
        literal = self._texts.get(key)
        if literal is None:
            literal = self._texts[key] = Literal(value, lang=lang)
        return literal

    def document(self, doc: Document) -> URIRef:
        """``document_iri(doc)``, made once per document."""
        node = self._documents.get(doc.id)
        if node is None:
            node = self._documents[doc.id] = document_iri(doc)
        return node

    def prepare(self, doc: Document, evidence: Iterable[Evidence]) -> None:
        """Make the nodes of ``evidence`` of the report ``doc`` ahead of the graph."""
        lang = language_of(doc).code
        for item in evidence:
            self.made(doc, item, lang)

    def made(
        self, doc: Document, evidence: Evidence, lang: str | None = None
    ) -> tuple[URIRef, str, list[Triple]]:
        """The node of ``evidence`` (of the report ``doc``, whose literals are tagged
        ``lang``), its name and its triples: the exact mention's, or else the sentence's."""
        span = evidence.mention or evidence.sentence
        name = f"mention/{doc.sha256[:16]}-{span.start}-{span.end}"
        sentence = evidence.sentence
        kind = evidence.mention.type if evidence.mention is not None else None
        written = (name, sentence.start, sentence.end, sentence.text, kind)
        found = self._made.get(written)
        if found is not None:
            return found
        if lang is None:
            lang = language_of(doc).code
        node = ID[name]
        triples: list[Triple] = [
            (node, RDF.type, FG.Mention),
            (node, FG.document, self.document(doc)),
            (node, FG.start, self.number(span.start)),
            (node, FG.end, self.number(span.end)),
            (node, FG.text, self.text(sentence.text, lang)),
            (node, FG.surface, self.text(doc.text[span.start : span.end], lang)),
            (node, FG.sentenceStart, self.number(sentence.start)),
            (node, FG.sentenceEnd, self.number(sentence.end)),
        ]
        if kind is not None:
            triples.append((node, FG.mentionType, self.text(kind)))
        found = self._made[written] = (node, name, triples)
        return found


class GraphWriter:
    """Adds the triples of a resolution to a graph, or hands them to ``sink`` one by one.

    ``fresh``, when given, takes lists of triples no earlier triple can equal (a mention node's
    first triples, whose subject nothing else states) in place of ``sink``, which would look
    each up again; ``mentions``: the mention nodes made ahead (:class:`MentionNodes`)."""

    def __init__(
        self,
        resolution: Resolution,
        sink: Callable[[Triple], None] | None = None,
        *,
        fresh: Callable[[list[Triple]], None] | None = None,
        mentions: MentionNodes | None = None,
    ) -> None:
        self.graph = bind_prefixes(Graph())
        self.sink = sink if sink is not None else self.graph.add
        self.fresh = fresh if fresh is not None else self._each
        self.resolution = resolution
        self.documents = {d.id: d for d in resolution.documents}
        self.entity_keys = {e.key for e in resolution.entities}
        self._sentences: dict[str, tuple[list[Span], list[int]]] = {}
        self.nodes = mentions if mentions is not None else MentionNodes()
        self.number = self.nodes.number
        self.text = self.nodes.text
        self.document = self.nodes.document
        self._dates: dict[str, tuple[tuple[int, int, int], PartialDate] | None] = {}
        # the mention nodes written, by what their triples were made from (name, sentence,
        # type), and the triples written of each node (several makings may share one node)
        self._mentions: set[tuple[str, int, int, str, str | None]] = set()
        self._named: dict[str, list[Triple]] = {}

    def _each(self, triples: list[Triple]) -> None:
        for triple in triples:
            self.sink(triple)

    def add(self, *triple) -> None:  # type: ignore[no-untyped-def]
        self.sink(triple)

    def lang(self, document: str) -> str:
        """The language tag of the literals a document states."""
        return language_of(self.documents[document]).code

    def lang_of(self, evidence: Sequence[Evidence]) -> str:
        """The language tag of a thing's labels: the language of its first evidence."""
        return self.lang(evidence[0].document) if evidence else DEFAULT

    def label_tagger(
        self, evidence: Sequence[Evidence], *, named_by_key: bool = False
    ) -> Callable[[str], str]:
        """The language tag of each label of a thing: the language of its first evidence, or,
        for a thing stated in several languages (one node for a Chinese and an English
        report), the language whose reports wrote the label (else the one it is written in).
        ``named_by_key``: the labels come from keys (a fair series named in the shared key
        space), so a report not in the default language has them tagged as written."""
        first = self.lang_of(evidence)
        langs = {self.lang(e.document) for e in evidence}
        if named_by_key and langs - {DEFAULT}:
            langs |= set(PACKAGES)
        elif len(langs) < 2:
            return lambda label: first
        written: dict[str, str] = {}
        for e in evidence:
            if e.mention is not None:
                reader = language_of(self.documents[e.document])
                written.setdefault(reader.naming.clean(e.mention.text), reader.code)

        def tag(label: str) -> str:
            if label in written:
                return written[label]
            detected = detect_language(label)
            return detected if detected in langs else first

        return tag

    def mention(self, evidence: Evidence) -> URIRef:
        """The fg:Mention of a piece of evidence: the exact mention, or else the sentence."""
        node, name, triples = self.nodes.made(self.documents[evidence.document], evidence)
        sentence = evidence.sentence
        kind = evidence.mention.type if evidence.mention is not None else None
        written = (name, sentence.start, sentence.end, sentence.text, kind)
        if written in self._mentions:  # evidence of several things: its triples are written once
            return node
        self._mentions.add(written)
        before = self._named.get(name)
        if before is None:  # the node's first triples: no other triple states its subject
            self._named[name] = triples
            self.fresh(triples)
        else:  # another sentence or type at the same place: only what is new of it
            new = [t for t in triples if t not in before]
            self._named[name] = before + new
            self.fresh(new)
        return node

    def derived(self, subject: URIRef, evidence: Iterable[Evidence]) -> None:
        for item in evidence:
            self.add(subject, PROV.wasDerivedFrom, self.mention(item))

    def amount(self, amount: Amount, document: str) -> URIRef:
        """The schema:MonetaryAmount stated at one place of one document (one node per place)."""
        doc = self.documents[document]
        node = ID[f"amount/{doc.sha256[:16]}-{amount.start}-{amount.end}"]
        value = amount.value
        literal = (
            Literal(int(value), datatype=XSD.integer)
            if value == value.to_integral_value()
            else Literal(value, datatype=XSD.decimal)
        )
        self.add(node, RDF.type, SCHEMA.MonetaryAmount)
        self.add(node, SCHEMA.value, literal)
        self.add(node, SCHEMA.currency, self.text(amount.currency))
        self.add(node, FG.approximate, _BOOLEANS[amount.approximate])
        self.add(node, FG.originalText, Literal(amount.text, lang=self.lang(document)))
        sentence = self.sentence_around(doc, amount.start, amount.end)
        self.derived(
            node,
            [Evidence(document, sentence, Mention(amount.start, amount.end, amount.text, "Money"))],
        )
        return node

    def source_count(self, subject: URIRef, evidence: Iterable[Evidence]) -> None:
        """fg:sourceCount: how many distinct documents state ``subject``."""
        self.add(subject, FG.sourceCount, self.number(len({e.document for e in evidence})))

    def first_and_last(self, documents: Iterable[str]) -> tuple[PartialDate, PartialDate] | None:
        """The earliest and the latest date (with a year) of some documents, or None when
        none of them is dated (each document's date is ordered once)."""
        dated = [d for d in map(self._dated, documents) if d is not None]
        if not dated:
            return None
        return min(dated)[1], max(dated)[1]

    def _dated(self, document: str) -> tuple[tuple[int, int, int], PartialDate] | None:
        if document in self._dates:
            return self._dates[document]
        date = self.documents[document].date
        dated = (date_order(date), date) if date is not None and date.year is not None else None
        self._dates[document] = dated
        return dated

    def merge_records(
        self,
        subject: URIRef,
        key: str,
        notes: Iterable[MergeNote],
        lang: str | Callable[[str], str],
    ) -> None:
        """The fg:MergeRecord of each rule that merged ``subject`` (an entity or an agreement);
        ``lang`` is the labels' language tag, or a function giving each label's."""
        tag = lang if callable(lang) else (lambda label: lang)
        for note in notes:
            record = ID[f"merge/{digest(key + '|' + note.rule)}"]
            self.add(subject, FG.mergeRecord, record)
            self.add(record, RDF.type, FG.MergeRecord)
            self.add(record, FG.mergeRule, Literal(note.rule))
            for label in note.labels:
                self.add(record, FG.mergedLabel, Literal(label, lang=tag(label)))
            for doc_id in note.documents:
                self.add(record, FG.mergedFrom, document_iri(self.documents[doc_id]))

    def ref(self, key: str | None) -> URIRef | None:
        return entity_iri(key) if key and key in self.entity_keys else None

    def sentence_around(self, doc: Document, start: int, end: int) -> Span:
        """The sentence holding ``start:end`` (each document is split once, then bisected)."""
        if doc.id not in self._sentences:
            spans = language_of(doc).split_sentences(doc.text)
            self._sentences[doc.id] = (spans, [s.start for s in spans])
        spans, starts = self._sentences[doc.id]
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= spans[i].end:
            return spans[i]
        return Span(start, end, doc.text[start:end])


def build_graph(extractions: Sequence[Extraction], aliases: AliasRules | None = None) -> Graph:
    """The knowledge graph of a corpus of extractions."""
    return graph_from_resolution(resolve(extractions, aliases))


def graph_from_resolution(resolution: Resolution) -> Graph:
    """The graph of a resolution (an rdflib Graph in memory)."""
    return write_resolution(resolution)


def write_resolution(
    resolution: Resolution,
    sink: Callable[[Triple], None] | None = None,
    *,
    fresh: Callable[[list[Triple]], None] | None = None,
    mentions: MentionNodes | None = None,
) -> Graph:
    """Write a resolution's triples into a new Graph, or only into ``sink`` when one is given
    (large builds stream into a store without holding an rdflib Graph; duplicates may reach
    the sink more than once). ``fresh`` and ``mentions``: see :class:`GraphWriter`."""
    from fairgraph.graph.facts import add_agreements, add_fairs, add_posts

    writer = GraphWriter(resolution, sink, fresh=fresh, mentions=mentions)
    for doc in resolution.documents:
        _add_document(writer, doc)
    for entity in resolution.entities:
        _add_entity(writer, entity)
    add_posts(writer, resolution.posts)
    add_agreements(writer, resolution.agreements)
    add_fairs(writer, resolution.fairs, resolution.series)
    for doc_id, amount in resolution.amounts:
        writer.amount(amount, doc_id)
    return writer.graph


def _add_document(writer: GraphWriter, doc: Document) -> None:
    node = document_iri(doc)
    writer.add(node, RDF.type, FG.Document)
    writer.add(node, DCTERMS.source, Literal(doc.source))
    writer.add(node, FG.sha256, Literal(doc.sha256))
    writer.add(node, FG.encoding, Literal(doc.encoding))
    writer.add(node, DCTERMS.language, Literal(language_of(doc).code))
    if doc.title:
        writer.add(node, DCTERMS.title, Literal(doc.title, lang=language_of(doc).code))
    if doc.date and (doc.date.year or doc.date.month):
        writer.add(node, DCTERMS.date, date_literal(doc.date))


def _add_entity(writer: GraphWriter, entity: Entity) -> None:
    node = entity_iri(entity.key)
    if entity.subtype == "Outlet":
        # "本报": the report's own, unnamed outlet. Typed as a news organisation only (with the
        # axiom that makes it an org:Organization), so lists of named organisations leave it out.
        writer.add(node, RDF.type, SCHEMA.NewsMediaOrganization)
        writer.add(SCHEMA.NewsMediaOrganization, RDFS.subClassOf, ORG.Organization)
    else:
        for cls in _CLASSES[entity.type]:
            writer.add(node, RDF.type, cls)
    if entity.subtype in _SUBCLASSES:
        writer.add(node, RDF.type, _SUBCLASSES[entity.subtype])
    tag = writer.label_tagger(entity.evidence)
    writer.add(node, RDFS.label, Literal(entity.label, lang=tag(entity.label)))
    for alt in entity.alt_labels:
        writer.add(node, SKOS.altLabel, Literal(alt, lang=tag(alt)))
    if entity.iso_code:
        writer.add(node, FG.isoCode, Literal(entity.iso_code))
    parent = writer.ref(entity.parent)
    if parent is not None:
        writer.add(node, SCHEMA.containedInPlace, parent)
    writer.derived(node, entity.evidence)
    writer.source_count(node, entity.evidence)
    writer.merge_records(node, entity.key, entity.merges, tag)
