"""The figures of ``report.html``: totals, the agreements and officials tables, chart series.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(documents=2)
>>> g.add_node("a", label="协议", type="Agreement", amount=2e8, currency="CNY")
>>> g.add_node("o", label="某公司", type="Organization", subtype="Company")
>>> _ = g.add_edge("a", "o", kind="party", label="签约方")
>>> totals(g)["amounts"]
[('CNY', 200000000.0, 1)]
>>> agreements(g)[0]["parties"]
['某公司']
>>> amount_by_partner_type(g)
[('Company 企业', 200000000.0)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from fairgraph.export.html_assets import as_float, as_int, json_list, sources_of
from fairgraph.export.html_data import CLAIM_NAMES, STYLES, claim_value, seen, style_key

POST_KINDS = ("post", "represents")


def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label") or node)


def _targets(g: nx.MultiDiGraph, node: str, kind: str) -> list[str]:
    """Labels at the end of ``node``'s outgoing edges of ``kind``, sorted, without repeats."""
    return sorted(
        {_label(g, v) for _, v, a in g.out_edges(node, data=True) if a.get("kind") == kind}
    )


def _sources(g: nx.MultiDiGraph, node: str) -> list[str]:
    docs = {doc for doc, _ in sources_of(g.nodes[node])}
    for _, _, attrs in g.out_edges(node, data=True):
        docs.update(doc for doc, _ in sources_of(attrs))
    return sorted(d for d in docs if d)


def totals(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Documents, entities by legend type, agreements, and amounts by currency.

    ``amounts`` is a list of ``(currency, total, agreements counted)``, largest total first;
    agreements without an amount are counted in ``unpriced``.
    """
    kinds = Counter(style_key(a) for _, a in g.nodes(data=True))
    sums: dict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    unpriced = 0
    for _, attrs in g.nodes(data=True):
        if attrs.get("type") != "Agreement":
            continue
        amount = as_float(attrs.get("amount"))
        if amount > 0:
            currency = str(attrs.get("currency") or "?")
            sums[currency] += amount
            counts[currency] += 1
        else:
            unpriced += 1
    return {
        "documents": as_int(g.graph.get("documents")),
        "entities": g.number_of_nodes(),
        "relations": g.number_of_edges(),
        "byType": [(STYLES[k][0], kinds[k]) for k in STYLES if kinds.get(k)],
        "agreements": kinds.get("agreement", 0),
        "amounts": sorted(
            ((c, s, counts[c]) for c, s in sums.items()), key=lambda t: (-t[1], t[0])
        ),
        "unpriced": unpriced,
    }


def agreements(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per agreement, largest amount first (then by title and IRI)."""
    rows = []
    for node, attrs in g.nodes(data=True):
        if attrs.get("type") != "Agreement":
            continue
        rows.append(
            {
                "label": _label(g, node),
                "type": str(attrs.get("agreementType") or ""),
                "amount": as_float(attrs.get("amount")),
                "currency": str(attrs.get("currency") or ""),
                "projects": as_int(attrs.get("projectCount")),
                "date": str(attrs.get("date") or ""),
                "parties": _targets(g, node, "party"),
                "fairs": _targets(g, node, "signedAt"),
                "signatories": _targets(g, node, "signatory"),
                "documents": _sources(g, node),
                "iri": str(attrs.get("iri") or node),
            }
        )
    return sorted(rows, key=lambda r: (-r["amount"], r["label"], r["iri"]))


def officials(g: nx.MultiDiGraph) -> list[dict[str, str]]:
    """One row per post held: person, post title, organisation or country, the dates of the
    reports asserting it (first … last), documents."""
    rows = []
    for u, v, attrs in g.edges(data=True):
        if attrs.get("kind") not in POST_KINDS or g.nodes[u].get("type") != "Person":
            continue
        docs = sorted({d for d, _ in sources_of(attrs) if d})
        rows.append(
            {
                "person": _label(g, u),
                "post": str(attrs.get("label") or ""),
                "where": _label(g, v),
                "whereType": STYLES[style_key(g.nodes[v])][0],
                "seen": seen(attrs),
                "documents": "；".join(docs),
            }
        )
    return sorted(rows, key=lambda r: (r["where"], r["person"], r["post"], r["documents"]))


def conflicts(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per value of a fact the reports disagree on: the node, the property, the
    value and the reports that give it; by node label, property and value.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("f", label="某会", type="Fair", claims='[{"property": "signedProjectCount",'
    ...     ' "value": "98", "currency": "", "sources": [{"document": "乙", "text": "…"}]}]')
    >>> [(r["label"], r["property"], r["value"], r["documents"]) for r in conflicts(g)]
    [('某会', 'signed projects', '98', ['乙'])]
    """
    rows = []
    for node, attrs in g.nodes(data=True):
        for claim in json_list(attrs.get("claims")):
            if not isinstance(claim, dict):
                continue
            prop = str(claim.get("property"))
            rows.append(
                {
                    "label": _label(g, node),
                    "property": CLAIM_NAMES.get(prop, prop),
                    "value": claim_value(claim),
                    "documents": sorted(
                        {str(s.get("document", "")) for s in claim.get("sources", [])}
                    ),
                    "iri": str(attrs.get("iri") or node),
                }
            )
    return sorted(rows, key=lambda r: (r["label"], r["iri"], r["property"], r["value"]))


def main_currency(g: nx.MultiDiGraph) -> str:
    """The currency with the largest total (``CNY`` when nothing is priced)."""
    amounts = totals(g)["amounts"]
    return str(amounts[0][0]) if amounts else "CNY"


def fair_totals_currency(g: nx.MultiDiGraph) -> str:
    """The currency most fairs state their totals in (``CNY`` when none does)."""
    counts: dict[str, int] = {}
    for _, attrs in g.nodes(data=True):
        if attrs.get("type") == "Fair" and attrs.get("currency"):
            counts[str(attrs["currency"])] = counts.get(str(attrs["currency"]), 0) + 1
    return min(counts, key=lambda c: (-counts[c], c)) if counts else "CNY"


def _priced(g: nx.MultiDiGraph, currency: str) -> list[tuple[str, float]]:
    out = []
    for node, attrs in g.nodes(data=True):
        amount = as_float(attrs.get("amount"))
        if attrs.get("type") == "Agreement" and amount > 0 and attrs.get("currency") == currency:
            out.append((node, amount))
    return out


def amount_by_fair(g: nx.MultiDiGraph, currency: str = "CNY") -> list[tuple[str, float]]:
    """Agreement amounts in ``currency`` summed per fair they were signed at, largest first."""
    sums: dict[str, float] = defaultdict(float)
    for node, amount in _priced(g, currency):
        fairs = _targets(g, node, "signedAt") or ["(fair not stated)"]
        for fair in fairs:
            sums[fair] += amount
    return sorted(sums.items(), key=lambda t: (-t[1], t[0]))


def amount_by_partner_type(g: nx.MultiDiGraph, currency: str = "CNY") -> list[tuple[str, float]]:
    """Agreement amounts summed per kind of party (an agreement counts once per kind)."""
    sums: dict[str, float] = defaultdict(float)
    for node, amount in _priced(g, currency):
        kinds = {
            style_key(g.nodes[v])
            for _, v, a in g.out_edges(node, data=True)
            if a.get("kind") == "party"
        }
        for kind in kinds or {"other"}:
            sums[STYLES[kind][0]] += amount
    return sorted(sums.items(), key=lambda t: (-t[1], t[0]))


def fair_totals(g: nx.MultiDiGraph, currency: str = "CNY") -> list[tuple[str, float]]:
    """Each fair edition's own total investment in ``currency`` (the fairs' figures, stated by
    the reports, not sums of agreements), largest first."""
    out = [
        (_label(g, node), as_float(attrs.get("totalInvestment")))
        for node, attrs in g.nodes(data=True)
        if attrs.get("type") == "Fair" and attrs.get("currency") == currency
    ]
    return sorted(((k, v) for k, v in out if v > 0), key=lambda t: (-t[1], t[0]))


def fair_projects(g: nx.MultiDiGraph) -> list[tuple[str, float]]:
    """Each fair edition's signed project count, largest first."""
    out = [
        (_label(g, node), float(as_int(attrs.get("signedProjectCount"))))
        for node, attrs in g.nodes(data=True)
        if attrs.get("type") == "Fair"
    ]
    return sorted(((k, v) for k, v in out if v > 0), key=lambda t: (-t[1], t[0]))


def agreements_by_partner_type(g: nx.MultiDiGraph) -> list[tuple[str, float]]:
    """How many agreements have a party of each kind (an agreement counts once per kind)."""
    counts: Counter[str] = Counter()
    for node, attrs in g.nodes(data=True):
        if attrs.get("type") != "Agreement":
            continue
        kinds = {
            style_key(g.nodes[v])
            for _, v, a in g.out_edges(node, data=True)
            if a.get("kind") == "party"
        }
        for kind in kinds or {"other"}:
            counts[STYLES[kind][0]] += 1
    return sorted(((k, float(n)) for k, n in counts.items()), key=lambda t: (-t[1], t[0]))


def posts_by_body(g: nx.MultiDiGraph) -> list[tuple[str, float]]:
    """How many posts each organisation (or represented country) has, most first."""
    counts: Counter[str] = Counter(
        _label(g, v)
        for u, v, attrs in g.edges(data=True)
        if attrs.get("kind") in POST_KINDS and g.nodes[u].get("type") == "Person"
    )
    return sorted(((k, float(n)) for k, n in counts.items()), key=lambda t: (-t[1], t[0]))


def readable_date(value: str) -> str:
    """A date as far as it is known: ``--01-14`` (a day whose year no report gives) reads
    ``01-14 (year not stated)``.

    >>> readable_date("--01-14"), readable_date("2024-07-11"), readable_date("")
    ('01-14 (year not stated)', '2024-07-11', '')
    """
    if value.startswith("--"):
        return f"{value[2:]} (year not stated)"
    return value
