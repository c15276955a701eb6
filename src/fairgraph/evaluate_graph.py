"""Score a built graph against gold annotations (``fairgraph evaluate graph --gold …``).

The graph is read only through the public contract (labels, types, ``org:Membership``,
``fg:Agreement``, ``schema:ExhibitionEvent``, ``fg:Mention``/``fg:Document`` provenance); the
gold format is described in ``gold/README.md``.  A fact belongs to a gold document when one of
its ``prov:wasDerivedFrom`` mentions points at a ``fg:Document`` whose ``dcterms:source`` has
the gold ``document`` file name as its last path component.

>>> normalise(" 中国—东盟 博览会 ")
'中国东盟博览会'
>>> Counts(tp=3, fp=1, fn=1).f1
0.75
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from fairgraph.errors import InputError
from fairgraph.namespaces import DCTERMS, FG, ORG, PROV, SCHEMA, SKOS

ENTITY_TYPES: tuple[str, ...] = ("Person", "Organization", "Country", "Place", "Fair")
CLASSES = {
    "Person": SCHEMA.Person,
    "Organization": ORG.Organization,
    "Country": SCHEMA.Country,
    "Place": SCHEMA.Place,
    "Fair": SCHEMA.ExhibitionEvent,
}
_NOWHERE = URIRef("urn:fairgraph:evaluate:nowhere")
_STRIP = re.compile(r"[\s—–\-‐‑‒―－·•・．.《》〈〉“”\"'‘’「」『』]+")


def normalise(name: str) -> str:
    """Name key: NFKC, no whitespace, no dash/dot/quote variants."""
    return _STRIP.sub("", unicodedata.normalize("NFKC", name))


def _theme_key(text: str) -> str:
    norm = unicodedata.normalize("NFKC", text)
    return "".join(c for c in norm if unicodedata.category(c)[0] not in "PZS")


@dataclass
class Counts:
    """True positives, false positives, false negatives and the scores derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


# ----------------------------------------------------------------------------- gold
@dataclass(frozen=True)
class GoldPost:
    person: str
    role: str
    target: str | None  # canonical organisation or represented country; None: not stated


@dataclass
class GoldDocument:
    """One annotated article, names resolved to canonical names of that article."""

    document: str
    index: dict[str, str]  # normalised name or alias → canonical name
    types: dict[str, str]  # canonical → entity type
    posts: list[GoldPost]
    pairs: set[frozenset[str]]
    fairs: list[dict[str, Any]]
    amounts: set[tuple[Decimal, str]]

    def entities(self, etype: str) -> set[str]:
        return {c for c, t in self.types.items() if t == etype}

    def resolve(self, name: str, where: str) -> str:
        try:
            return self.index[normalise(name)]
        except KeyError:
            raise InputError(
                f"{where} names {name!r}, which is not an annotated entity", source=self.document
            ) from None


def _amount(raw: Any, where: str, doc: str) -> tuple[Decimal, str]:
    try:
        return Decimal(str(raw["value"])), str(raw["currency"])
    except (KeyError, TypeError, InvalidOperation):
        raise InputError(f"bad amount in {where}: {raw!r}", source=doc) from None


def parse_gold(data: dict[str, Any], source: str = "<gold>") -> GoldDocument:
    """Check and index one gold annotation (the JSON object of one file)."""
    if not isinstance(data, dict) or not isinstance(data.get("document"), str):
        raise InputError("a gold file must be an object with a 'document' name", source=source)
    doc = GoldDocument(data["document"], {}, {}, [], set(), [], set())
    for etype, names in (data.get("entities") or {}).items():
        if etype not in CLASSES:
            raise InputError(f"unknown entity type {etype!r}", source=source)
        for name in names:
            doc.types[name] = etype
            doc.index[normalise(name)] = name
    for canonical, aliases in (data.get("aliases") or {}).items():
        if canonical not in doc.types:
            raise InputError(f"alias group {canonical!r} is not an annotated entity", source=source)
        for alias in aliases:
            if doc.index.get(normalise(alias), canonical) != canonical:
                raise InputError(f"alias {alias!r} names two entities", source=source)
            doc.index[normalise(alias)] = canonical
    for post in data.get("posts") or []:
        target = post.get("organization") or post.get("represents")
        doc.posts.append(
            GoldPost(
                doc.resolve(post["person"], "a post"),
                normalise(post["role"]),
                doc.resolve(target, "a post") if target else None,
            )
        )
    for agr in data.get("agreements") or []:
        parties = sorted({doc.resolve(p, "an agreement") for p in agr.get("parties") or []})
        doc.pairs.update(frozenset(p) for p in itertools.combinations(parties, 2))
    for fair in data.get("fairs") or []:
        doc.resolve(fair["name"], "a fair")
        doc.fairs.append(fair)
    doc.amounts = {_amount(m, "amounts", source) for m in data.get("amounts") or []}
    return doc


def load_gold(path: Path) -> list[GoldDocument]:
    """Read one gold JSON file, or every ``*.json`` under a folder (sorted by path)."""
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise InputError("no gold annotation files found", source=str(path))
    docs = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read gold file: {exc}", source=str(f)) from None
        docs.append(parse_gold(data, source=str(f)))
    return docs


# ----------------------------------------------------------------------------- graph
def _basename(source: str) -> str:
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1]


class _View:
    """The parts of the graph contract the scorer reads, with provenance per node."""

    def __init__(self, graph: Graph, documents: list[str]) -> None:
        self.g = graph
        doc_names = {
            d: _basename(str(s))
            for d, s in graph.subject_objects(DCTERMS.source)
            if (d, RDF.type, FG.Document) in graph
        }
        self.mention_doc = {
            m: doc_names[d] for m, d in graph.subject_objects(FG.document) if d in doc_names
        }
        #: a graph without any fg:Document, scored against a single gold document
        self.everything_in = documents[0] if not doc_names and len(documents) == 1 else None

    def docs(self, node: Node, via: tuple[Node, ...] = ()) -> set[str]:
        if self.everything_in is not None:
            return {self.everything_in}
        found = {
            self.mention_doc[m]
            for m in self.g.objects(node, PROV.wasDerivedFrom)
            if m in self.mention_doc
        }
        for owner in via if not found else ():
            found |= self.docs(owner)
        return found

    def labels(self, node: Node) -> set[str]:
        values = itertools.chain(
            self.g.objects(node, RDFS.label), self.g.objects(node, SKOS.altLabel)
        )
        out = {normalise(str(v)) for v in values}
        if isinstance(node, Literal):
            out.add(normalise(str(node)))
        return out - {""}

    def canon(self, node: Node, gold: GoldDocument) -> set[str]:
        return {gold.index[lab] for lab in self.labels(node) if lab in gold.index}

    def of_type(self, etype: str) -> list[Node]:
        nodes = set(self.g.subjects(RDF.type, CLASSES[etype]))
        if etype == "Place":
            nodes -= set(self.g.subjects(RDF.type, SCHEMA.Country))
        if etype == "Fair":
            nodes -= set(self.g.objects(None, FG.editionOf))
        return sorted(nodes, key=str)

    def number(self, node: Node, prop: Node) -> set[Decimal]:
        out = set()
        for value in self.g.objects(node, prop):
            try:
                out.add(Decimal(str(value)))
            except InvalidOperation:
                continue
        return out

    def money(self, node: Node) -> set[tuple[Decimal, str]]:
        currencies = {str(c) for c in self.g.objects(node, SCHEMA.currency)}
        return {(v, c) for v in self.number(node, SCHEMA.value) for c in currencies}


def _same_money(a: tuple[Decimal, str], b: tuple[Decimal, str]) -> bool:
    return a[1] == b[1] and abs(a[0] - b[0]) <= Decimal("1e-9") * max(abs(a[0]), Decimal(1))


# ----------------------------------------------------------------------------- scores
@dataclass
class DocumentScores:
    """The scores of one gold document (or, for ``overall``, their micro-averaged sum)."""

    document: str
    entities: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ENTITY_TYPES})
    posts: Counts = field(default_factory=Counts)
    agreements: Counts = field(default_factory=Counts)
    amounts: Counts = field(default_factory=Counts)
    fair_fields: Counts = field(default_factory=Counts)
    duplicates: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)

    def add(self, other: DocumentScores) -> None:
        for t in ENTITY_TYPES:
            self.entities[t] += other.entities[t]
        self.posts += other.posts
        self.agreements += other.agreements
        self.amounts += other.amounts
        self.fair_fields += other.fair_fields

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "entities": {t: c.to_json() for t, c in self.entities.items()},
            "posts": self.posts.to_json(),
            "agreements": self.agreements.to_json(),
            "amounts": self.amounts.to_json(),
            "fair_fields": {
                **self.fair_fields.to_json(),
                "score": round(self.fair_fields.recall, 4),
            },
            "duplicates": self.duplicates,
            "wrong_merges": self.wrong_merges,
        }


def _entities(
    view: _View,
    gold: GoldDocument,
    nodes: dict[str, list[Node]],
    out: DocumentScores,
    claims: dict[tuple[str, str], set[Node]],
    owners: dict[Node, set[str]],
) -> None:
    for etype in ENTITY_TYPES:
        wanted, found, fp = gold.entities(etype), set(), 0
        for node in nodes[etype]:
            matched = view.canon(node, gold)
            owners.setdefault(node, set()).update(matched)
            hit = matched & wanted
            for c in hit:
                claims.setdefault((etype, c), set()).add(node)
            if len(matched) > 1:
                out.wrong_merges.append(f"{node} = {' + '.join(sorted(matched))}")
            found |= hit
            fp += not hit
        out.entities[etype] = Counts(len(found), fp, len(wanted - found))
        for c in sorted(found):
            if len(dup := [n for n in nodes[etype] if c in view.canon(n, gold)]) > 1:
                out.duplicates.append(f"{etype} {c}: " + " ".join(sorted(map(str, dup))))


def _posts(view: _View, gold: GoldDocument, doc: str) -> Counts:
    g, hits, fp = view.g, set(), 0
    for m in sorted(g.subjects(RDF.type, ORG.Membership), key=str):
        people = set().union(*(view.canon(p, gold) for p in g.objects(m, ORG.member)))
        if doc not in view.docs(m, tuple(g.objects(m, ORG.member))):
            continue
        roles = set().union(*(view.labels(r) for r in g.objects(m, ORG.role)))
        targets = set().union(
            *(
                view.canon(t, gold)
                for p in (ORG.organization, FG.represents)
                for t in g.objects(m, p)
            )
        )
        matched = {
            p
            for p in gold.posts
            if p.person in people
            and any(p.role in r for r in roles)
            and (p.target is None or p.target in targets)
        }
        hits |= matched
        fp += not matched
    return Counts(len(hits), fp, len(gold.posts) - len(hits))


def _agreements(view: _View, gold: GoldDocument, doc: str) -> Counts:
    predicted: set[frozenset[str]] = set()
    for a in view.g.subjects(RDF.type, FG.Agreement):
        if doc not in view.docs(a):
            continue
        keys = set()
        for party in view.g.objects(a, FG.party):
            c = view.canon(party, gold)
            keys.add(min(c) if c else "?" + (min(view.labels(party), default="") or str(party)))
        predicted.update(frozenset(p) for p in itertools.combinations(sorted(keys), 2))
    tp = len(predicted & gold.pairs)
    return Counts(tp, len(predicted) - tp, len(gold.pairs) - tp)


def _amounts(view: _View, gold: GoldDocument, doc: str) -> Counts:
    g, predicted = view.g, set()
    nodes = set(g.subjects(RDF.type, SCHEMA.MonetaryAmount))
    nodes |= {o for p in (FG.investment, FG.totalInvestment) for o in g.objects(None, p)}
    for node in nodes:
        if doc in view.docs(node, tuple(g.subjects(None, node))):
            predicted |= view.money(node)
    tp = sum(any(_same_money(a, b) for b in predicted) for a in gold.amounts)
    fp = sum(not any(_same_money(a, b) for a in gold.amounts) for b in predicted)
    return Counts(tp, fp, len(gold.amounts) - tp)


def _places_of(view: _View, node: Node, gold: GoldDocument) -> set[str]:
    out, frontier = set(), {node}
    for _ in range(3):  # the place and what contains it, two levels up
        out |= set().union(*(view.canon(n, gold) for n in frontier))
        frontier = {p for n in frontier for p in view.g.objects(n, SCHEMA.containedInPlace)}
    return out


def _fair_checks(view: _View, fair: Node, spec: dict[str, Any], gold: GoldDocument) -> list[bool]:
    g, checks = view.g, []

    def linked(prop: Node, names: Any, places: bool = False) -> None:
        got = set().union(
            *(
                (_places_of(view, o, gold) if places else view.canon(o, gold))
                for o in g.objects(fair, prop)
            )
        )
        for name in [names] if isinstance(names, str) else names:
            checks.append(gold.index.get(normalise(name), name) in got)

    for key, prop in (("edition", FG.edition), ("signed_projects", FG.signedProjectCount)):
        if spec.get(key) is not None:
            checks.append(Decimal(spec[key]) in view.number(fair, prop))
    for key, prop in (("start", SCHEMA.startDate), ("end", SCHEMA.endDate)):
        if spec.get(key):
            checks.append(any(str(v).startswith(spec[key]) for v in g.objects(fair, prop)))
    if spec.get("location"):
        linked(SCHEMA.location, spec["location"], places=True)
    if spec.get("venue"):
        linked(SCHEMA.location, spec["venue"])
    for key, prop in (("guest_country", FG.guestCountry), ("organizer", SCHEMA.organizer)):
        if spec.get(key):
            linked(prop, spec[key])
    if spec.get("theme"):
        checks.append(
            _theme_key(spec["theme"]) in {_theme_key(str(t)) for t in g.objects(fair, FG.theme)}
        )
    if spec.get("total_investment"):
        want = _amount(spec["total_investment"], "a fair", gold.document)
        got = set().union(*(view.money(m) for m in g.objects(fair, FG.totalInvestment)))
        checks.append(any(_same_money(want, b) for b in got))
    return checks


def _fairs(view: _View, gold: GoldDocument, fairs: list[Node]) -> Counts:
    total = Counts()
    for spec in gold.fairs:
        name = gold.index[normalise(spec["name"])]
        candidates = [f for f in fairs if name in view.canon(f, gold)] or [
            f
            for f in fairs
            if spec.get("edition") is not None
            and Decimal(spec["edition"]) in view.number(f, FG.edition)
        ]
        best = max((_fair_checks(view, f, spec, gold) for f in candidates), key=sum, default=None)
        stated = len(_fair_checks(view, _NOWHERE, spec, gold) if best is None else best)
        right = sum(best) if best else 0
        total += Counts(right, 0, stated - right)
    return total


@dataclass
class GraphScores:
    """Per-document scores, their micro-averaged sum and the resolution checks of issue #5."""

    documents: list[DocumentScores]
    duplicates: list[str]  # one gold entity split over several nodes of one type (any documents)
    wrong_merges: list[str]  # one node holding several gold entities (any documents)

    @property
    def overall(self) -> DocumentScores:
        total = DocumentScores(
            "overall", duplicates=self.duplicates, wrong_merges=self.wrong_merges
        )
        for d in self.documents:
            total.add(d)
        return total

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "documents": [d.to_json() for d in self.documents],
        }

    def format_table(self) -> str:
        """A plain-text table: the overall scores by part, then one line per document."""
        o = self.overall
        rows = [f"{'part':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        parts = [(f"entity:{t}", c) for t, c in o.entities.items()]
        parts += [("posts", o.posts), ("agreements", o.agreements), ("amounts", o.amounts)]
        for name, c in parts:
            rows.append(
                f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                f"{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        f = o.fair_fields
        rows.append(f"{'fair fields':<22}{f.recall:>7.3f}  ({f.tp} of {f.tp + f.fn} stated fields)")
        rows.append(f"duplicates: {len(o.duplicates)}   wrong merges: {len(o.wrong_merges)}")
        rows += [f"  duplicate  {d}" for d in o.duplicates]
        rows += [f"  wrong merge {w}" for w in o.wrong_merges]
        head = [
            "document",
            "Per",
            "Org",
            "Cty",
            "Plc",
            "Fair",
            "posts",
            "agr",
            "amtR",
            "fair",
            "dup",
            "wm",
        ]
        rows += ["", f"{head[0]:<24}" + "".join(f"{h:>6}" for h in head[1:])]
        for d in self.documents:
            cells = [d.entities[t].f1 for t in ENTITY_TYPES] + [
                d.posts.f1,
                d.agreements.f1,
                d.amounts.recall,
                d.fair_fields.recall,
            ]
            rows.append(
                f"{d.document[:24]:<24}"
                + "".join(f"{x:>6.2f}" for x in cells)
                + f"{len(d.duplicates):>6}{len(d.wrong_merges):>6}"
            )
        return "\n".join(rows)


def evaluate_graph(graph: Graph, gold: Path) -> GraphScores:
    """Score ``graph`` against the gold file or folder ``gold`` (see ``gold/README.md``).

    >>> import json, tempfile
    >>> from fairgraph.namespaces import ID
    >>> g = Graph()
    >>> _ = g.add((ID.p1, RDF.type, SCHEMA.Person)).add((ID.p1, RDFS.label, Literal("张三")))
    >>> d = Path(tempfile.mkdtemp()) / "a.json"
    >>> people = {"Person": ["张三", "李四"]}
    >>> _ = d.write_text(json.dumps({"document": "a.txt", "entities": people}))
    >>> evaluate_graph(g, d).overall.entities["Person"].recall
    0.5
    """
    golds = load_gold(gold)
    view = _View(graph, [d.document for d in golds])
    claims: dict[tuple[str, str], set[Node]] = {}
    owners: dict[Node, set[str]] = {}
    typed = {t: view.of_type(t) for t in ENTITY_TYPES}
    results = []
    for doc in golds:
        name = doc.document
        nodes = {t: [n for n in typed[t] if name in view.docs(n)] for t in ENTITY_TYPES}
        scores = DocumentScores(name)
        _entities(view, doc, nodes, scores, claims, owners)
        scores.posts = _posts(view, doc, name)
        scores.agreements = _agreements(view, doc, name)
        scores.amounts = _amounts(view, doc, name)
        scores.fair_fields = _fairs(view, doc, nodes["Fair"])
        results.append(scores)
    duplicates = [
        f"{t} {c}: " + " ".join(sorted(map(str, ns)))
        for (t, c), ns in sorted(claims.items())
        if len(ns) > 1
    ]
    wrong = [
        f"{n} = {' + '.join(sorted(cs))}"
        for n, cs in sorted(owners.items(), key=lambda x: str(x[0]))
        if len(cs) > 1
    ]
    return GraphScores(results, duplicates, wrong)
