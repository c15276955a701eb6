"""Matching predicted graph facts to gold facts, one scorer per part: entities, posts,
agreements, amounts and fair fields (all for one gold document).

>>> _theme_key("开放 合作·共赢！")
'开放合作共赢'
"""

from __future__ import annotations

import itertools
import unicodedata
from decimal import Decimal
from typing import Any

from rdflib import RDF, URIRef
from rdflib.term import Node

from fairgraph.evaluate.gold import ENTITY_TYPES, GoldDocument, normalise, parse_amount
from fairgraph.evaluate.scores import Counts, DocumentScores
from fairgraph.evaluate.view import View, same_money
from fairgraph.namespaces import FG, ORG, SCHEMA

_NOWHERE = URIRef("urn:fairgraph:evaluate:nowhere")


def _theme_key(text: str) -> str:
    norm = unicodedata.normalize("NFKC", text)
    return "".join(c for c in norm if unicodedata.category(c)[0] not in "PZS")


def match_entities(
    view: View,
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
            if not hit:
                out.errors.append(f"{etype} extra: {_name(view, node)}")
        out.entities[etype] = Counts(len(found), fp, len(wanted - found))
        out.errors += [f"{etype} missed: {c}" for c in sorted(wanted - found)]
        for c in sorted(found):
            if len(dup := [n for n in nodes[etype] if c in view.canon(n, gold)]) > 1:
                out.duplicates.append(f"{etype} {c}: " + " ".join(sorted(map(str, dup))))


def _name(view: View, node: Node) -> str:
    return min(view.labels(node), default=str(node))


def _post_text(person: str, role: str, target: str | None) -> str:
    return f"{person} | {role} | {target or '-'}"


def match_posts(view: View, gold: GoldDocument, doc: str, errors: list[str]) -> Counts:
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
        if not matched:
            person = min((_name(view, p) for p in g.objects(m, ORG.member)), default="?")
            targets_ = [
                _name(view, t) for p in (ORG.organization, FG.represents) for t in g.objects(m, p)
            ]
            role = min(roles, default="?")
            errors.append(f"post extra: {_post_text(person, role, min(targets_, default=None))}")
    errors += [
        f"post missed: {_post_text(p.person, p.role, p.target)}"
        for p in sorted(set(gold.posts) - hits, key=lambda p: (p.person, p.role, p.target or ""))
    ]
    return Counts(len(hits), fp, len(gold.posts) - len(hits))


def match_agreements(view: View, gold: GoldDocument, doc: str, errors: list[str]) -> Counts:
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
    errors += [f"agreement extra: {' – '.join(sorted(p))}" for p in _sorted(predicted - gold.pairs)]
    errors += [
        f"agreement missed: {' – '.join(sorted(p))}" for p in _sorted(gold.pairs - predicted)
    ]
    return Counts(tp, len(predicted) - tp, len(gold.pairs) - tp)


def _sorted(pairs: set[frozenset[str]]) -> list[frozenset[str]]:
    return sorted(pairs, key=lambda p: sorted(p))


def match_amounts(view: View, gold: GoldDocument, doc: str, errors: list[str]) -> Counts:
    g, predicted = view.g, set()
    nodes = set(g.subjects(RDF.type, SCHEMA.MonetaryAmount))
    nodes |= {o for p in (FG.investment, FG.totalInvestment) for o in g.objects(None, p)}
    for node in nodes:
        if doc in view.docs(node, tuple(g.subjects(None, node))):
            predicted |= view.money(node)
    tp = sum(any(same_money(a, b) for b in predicted) for a in gold.amounts)
    errors += [
        f"amount missed: {a[0]} {a[1]}"
        for a in gold.amounts
        if not any(same_money(a, b) for b in predicted)
    ]
    fp = sum(not any(same_money(a, b) for a in gold.amounts) for b in predicted)
    return Counts(tp, fp, len(gold.amounts) - tp)


def _places_of(view: View, node: Node, gold: GoldDocument) -> set[str]:
    out, frontier = set(), {node}
    for _ in range(3):  # the place and what contains it, two levels up
        out |= set().union(*(view.canon(n, gold) for n in frontier))
        frontier = {p for n in frontier for p in view.g.objects(n, SCHEMA.containedInPlace)}
    return out


def _fair_checks(
    view: View, fair: Node, spec: dict[str, Any], gold: GoldDocument
) -> list[tuple[str, bool]]:
    """(field, right?) for each field ``spec`` states, checked on the fair node ``fair``.

    Where reports disagree on a field (``fg:conflict``) the node holds no value; the value
    this gold report gives is its own claim (``fg:Claim`` derived from this report).
    """
    g, checks = view.g, []

    def values(prop: Node) -> list[Node]:
        found = list(g.objects(fair, prop))
        if (fair, FG.conflict, prop) in g:
            found += [
                v
                for c in g.subjects(FG.claimOf, fair)
                if (c, FG.property, prop) in g and gold.document in view.docs(c)
                for v in g.objects(c, FG.value)
            ]
        return found

    def linked(key: str, prop: Node, names: Any, places: bool = False) -> None:
        got = set().union(
            *((_places_of(view, o, gold) if places else view.canon(o, gold)) for o in values(prop))
        )
        for name in [names] if isinstance(names, str) else names:
            checks.append((f"{key} {name}", gold.index.get(normalise(name), name) in got))

    for key, prop in (("edition", FG.edition), ("signed_projects", FG.signedProjectCount)):
        if spec.get(key) is not None:
            numbers = {Decimal(str(v)) for v in values(prop)}
            checks.append((f"{key} {spec[key]}", Decimal(spec[key]) in numbers))
    for key, prop in (("start", SCHEMA.startDate), ("end", SCHEMA.endDate)):
        if spec.get(key):
            right = any(str(v).startswith(spec[key]) for v in values(prop))
            checks.append((f"{key} {spec[key]}", right))
    if spec.get("location"):
        linked("location", SCHEMA.location, spec["location"], places=True)
    if spec.get("venue"):
        linked("venue", SCHEMA.location, spec["venue"])
    for key, prop in (("guest_country", FG.guestCountry), ("organizer", SCHEMA.organizer)):
        if spec.get(key):
            linked(key, prop, spec[key])
    if spec.get("theme"):
        themes = {_theme_key(str(t)) for t in g.objects(fair, FG.theme)}
        checks.append((f"theme {spec['theme']}", _theme_key(spec["theme"]) in themes))
    if spec.get("total_investment"):
        want = parse_amount(spec["total_investment"], "a fair", gold.document)
        got = set().union(*(view.money(m) for m in values(FG.totalInvestment)))
        checks.append(
            (f"total_investment {want[0]} {want[1]}", any(same_money(want, b) for b in got))
        )
    return checks


def match_fairs(view: View, gold: GoldDocument, fairs: list[Node], errors: list[str]) -> Counts:
    total = Counts()
    for spec in gold.fairs:
        name = gold.index[normalise(spec["name"])]
        candidates = [f for f in fairs if name in view.canon(f, gold)] or [
            f
            for f in fairs
            if spec.get("edition") is not None
            and Decimal(spec["edition"]) in view.number(f, FG.edition)
        ]
        best = max(
            (_fair_checks(view, f, spec, gold) for f in candidates),
            key=lambda checks: sum(ok for _, ok in checks),
            default=None,
        )
        checks = _fair_checks(view, _NOWHERE, spec, gold) if best is None else best
        right = sum(ok for _, ok in checks) if best else 0
        total += Counts(right, 0, len(checks) - right)
        errors += [f"fair {name} wrong: {field}" for field, ok in checks if not (ok and best)]
    return total
