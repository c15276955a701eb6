"""Score a built graph against gold annotations (``fairgraph evaluate graph --gold …``).

The graph is read only through the public contract (labels, types, ``org:Membership``,
``fg:Agreement``, ``schema:ExhibitionEvent``, ``fg:Mention``/``fg:Document`` provenance); the
gold format is described in ``gold/README.md``.  A fact belongs to a gold document when one of
its ``prov:wasDerivedFrom`` mentions points at a ``fg:Document`` whose ``dcterms:source`` has
the gold ``document`` file name as its last path component.

The parts live in :mod:`~fairgraph.evaluate.gold` (gold files),
:mod:`~fairgraph.evaluate.view` (graph reading), :mod:`~fairgraph.evaluate.match`
(per-part matching) and :mod:`~fairgraph.evaluate.scores` (score records); this module
runs them.

>>> from fairgraph.evaluate.gold import normalise
>>> normalise(" 中国—东盟 博览会 ")
'中国东盟博览会'
>>> from fairgraph.evaluate.scores import Counts
>>> Counts(tp=3, fp=1, fn=1).f1
0.75
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from rdflib import Graph
from rdflib.term import Node

from fairgraph.evaluate.gold import (
    ENTITY_TYPES,
    GoldDocument,
    load_gold,
    normalise,
)
from fairgraph.evaluate.match import (
    match_agreements,
    match_amounts,
    match_entities,
    match_fairs,
    match_posts,
)
from fairgraph.evaluate.scores import DocumentScores, GraphScores
from fairgraph.evaluate.view import View


def evaluate_graph(graph: Graph, gold: Path) -> GraphScores:
    """Score ``graph`` against the gold file or folder ``gold`` (see ``gold/README.md``).

    >>> import json, tempfile
    >>> from rdflib import RDF, RDFS, Literal
    >>> from fairgraph.namespaces import ID, SCHEMA
    >>> g = Graph()
    >>> _ = g.add((ID.p1, RDF.type, SCHEMA.Person)).add((ID.p1, RDFS.label, Literal("张三")))
    >>> d = Path(tempfile.mkdtemp()) / "a.json"
    >>> people = {"Person": ["张三", "李四"]}
    >>> _ = d.write_text(json.dumps({"document": "a.txt", "entities": people}))
    >>> evaluate_graph(g, d).overall.entities["Person"].recall
    0.5
    """
    golds = load_gold(gold)
    view = View(graph, [d.document for d in golds])
    claims: dict[tuple[str, str], set[Node]] = {}
    owners: dict[Node, set[str]] = {}
    typed = {t: view.of_type(t) for t in ENTITY_TYPES}
    results = []
    for doc in golds:
        name = doc.document
        nodes = {t: [n for n in typed[t] if name in view.docs(n)] for t in ENTITY_TYPES}
        scores = DocumentScores(name)
        match_entities(view, doc, nodes, scores, claims, owners)
        scores.posts = match_posts(view, doc, name, scores.errors)
        scores.agreements = match_agreements(view, doc, name, scores.errors)
        scores.amounts = match_amounts(view, doc, name, scores.errors)
        scores.fair_fields = match_fairs(view, doc, nodes["Fair"], scores.errors)
        results.append(scores)
    duplicates = [
        f"{t} {c}: " + " ".join(sorted(map(str, ns)))
        for (t, c), ns in sorted(claims.items())
        if len(ns) > 1
    ]
    same = _one_entity(golds)
    wrong = [
        f"{n} = {' + '.join(sorted(cs))}"
        for n, cs in sorted(owners.items(), key=lambda x: str(x[0]))
        if len({same(c) for c in cs}) > 1
    ]
    return GraphScores(results, duplicates, wrong)


def _one_entity(golds: Sequence[GoldDocument]) -> Callable[[str], str]:
    """Each gold entity's representative across the gold files: one file's entity is another's
    when a file lists its name as an alias of its own (02.json: 青海省工信厅, alias
    青海省工业和信息化厅, the name another file's entity has); a node holding both is no wrong
    merge.

    >>> a = GoldDocument("a.txt", {"甲厅": "Organization"}, {"甲厅": "甲厅"}, [], set(), [], set())
    >>> b = GoldDocument("b.txt", {"甲省乙厅": "Organization"},
    ...                  {"甲省乙厅": "甲省乙厅", "甲厅": "甲省乙厅"}, [], set(), [], set())
    >>> same = _one_entity([a, b])
    >>> same("甲厅") == same("甲省乙厅")
    True
    """
    names = {normalise(name) for doc in golds for name in doc.types}
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        name = normalise(name)
        while parent.get(name, name) != name:
            name = parent[name]
        return name

    for doc in golds:
        for label, canonical in doc.index.items():
            if label in names and label != normalise(canonical):
                one, other = sorted((find(label), find(canonical)))
                if one != other:
                    parent[other] = one
    return find
