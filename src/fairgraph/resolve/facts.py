"""Facts keyed by resolved entities: posts, agreements and fair editions.

Fields of a fair edition stated by several sentences or reports are chosen by a fixed rule:
the value stated first, reading the reports in the order of their content hash.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from fairgraph.languages import language_of
from fairgraph.model import Amount, Extraction, FairFact, Mention
from fairgraph.resolve.records import (
    Evidence,
    ResolvedAgreement,
    ResolvedFair,
    ResolvedPost,
    ordered,
)

KeyOf = Callable[[str, Mention | None], str | None]


def _person(
    keys: KeyOf, people: Mapping[str, str], doc_id: str, mention: Mention | None
) -> str | None:
    key = keys(doc_id, mention)
    return people.get(key, key) if key else None


def resolve_posts(
    extractions: Sequence[Extraction],
    keys: KeyOf,
    post_orgs: Mapping[tuple[str, int, int], str],
    people: Mapping[str, str],
    countries: Mapping[tuple[str, int, int], str] | None = None,
) -> tuple[ResolvedPost, ...]:
    """One post per (person, role, organisation or country), with all its evidence; a body's
    post may also represent a country (``countries``: a foreign minister's)."""
    countries = countries or {}
    found: dict[tuple[str, str, str, str], list[Evidence]] = defaultdict(list)
    for ex in extractions:
        doc_id = ex.document.id
        clean = language_of(ex.document).naming.clean
        for post in ex.posts:
            person = _person(keys, people, doc_id, post.person)
            holder = post_orgs.get((doc_id, post.person.start, post.role.start))
            if person is None or holder is None:
                continue
            role = clean(post.role.text)
            sender = countries.get((doc_id, post.person.start, post.role.start), "")
            found[(person, role, holder, sender)].append(Evidence(doc_id, post.evidence, post.role))
    out = []
    for (person, role, holder, sender), evidence in sorted(found.items()):
        country = holder.startswith("Country|")
        out.append(
            ResolvedPost(
                person=person,
                role=role,
                evidence=ordered(evidence),
                organization=None if country else holder,
                represents=holder if country else sender or None,
            )
        )
    return tuple(out)


def resolve_agreements(
    extractions: Sequence[Extraction],
    keys: KeyOf,
    people: Mapping[str, str],
) -> tuple[ResolvedAgreement, ...]:
    """One agreement per stated signing and pair of distinct parties."""
    out: dict[str, ResolvedAgreement] = {}
    for ex in extractions:
        doc_id = ex.document.id
        for a in ex.agreements:
            parties = sorted({k for k in (keys(doc_id, p) for p in a.parties) if k})
            if len(parties) < 2:
                continue
            key = "|".join(["Agreement", doc_id, str(a.evidence.start), a.agreement_type, *parties])
            signatories = sorted(
                {k for k in (_person(keys, people, doc_id, p) for p in a.signatories) if k}
            )
            witnesses = sorted(
                {k for k in (_person(keys, people, doc_id, p) for p in a.witnesses) if k}
            )
            out[key] = ResolvedAgreement(
                key=key,
                parties=tuple(parties),
                agreement_type=a.agreement_type,
                evidence=Evidence(doc_id, a.evidence),
                title=a.title,
                fair=keys(doc_id, a.fair),
                date=a.date,
                investment=a.investment,
                project_count=a.project_count,
                signatories=tuple(signatories),
                witnesses=tuple(witnesses),
            )
    return tuple(out[k] for k in sorted(out))


_SCALAR_FIELDS = (
    "edition",
    "start_date",
    "end_date",
    "theme",
    "signed_project_count",
    "visitors",
    "exhibitors",
)
_AMOUNT_FIELDS = ("total_investment", "sales")


def _replaces(current: tuple[str, Amount] | None, fact: FairFact, name: str) -> bool:
    """Whether ``fact``'s amount is kept over the one already merged: the first stated, unless
    that one was approximate (a headline's 超千亿元) and this one is exact.

    >>> from decimal import Decimal
    >>> from fairgraph.model import Span
    >>> rough = Amount(Decimal(10**11), "CNY", "超千亿元", 0, 4, approximate=True)
    >>> exact = Amount(Decimal(108600000000), "CNY", "1086亿元", 9, 15)
    >>> fact = FairFact(fair=Mention(0, 3, "某某会", "Fair"), series="某某会",
    ...                 evidence=Span(0, 20, ""), total_investment=exact)
    >>> _replaces(("d", rough), fact, "total_investment")
    True
    >>> _replaces(("d", exact), fact, "total_investment")
    False
    """
    if current is None:
        return True
    new: Amount = getattr(fact, name)
    return current[1].approximate and not new.approximate


def resolve_fairs(
    extractions: Sequence[Extraction],
    keys: KeyOf,
    people: Mapping[str, str],
) -> tuple[ResolvedFair, ...]:
    """One record per fair edition, merging what every sentence says about it."""
    merged: dict[str, ResolvedFair] = {}
    for ex in extractions:
        doc_id = ex.document.id
        for fact in ex.fairs:
            key = keys(doc_id, fact.fair)
            if key is None:
                continue
            series = key.split("|")[1]  # the resolver may have chosen among shared short names
            current = merged.get(key) or ResolvedFair(key=key, series=series, evidence=())
            updates: dict[str, object] = {}
            for name in _SCALAR_FIELDS:
                if getattr(current, name) is None and getattr(fact, name) is not None:
                    updates[name] = getattr(fact, name)
            for name in _AMOUNT_FIELDS:
                if getattr(fact, name) is not None and _replaces(
                    getattr(current, name), fact, name
                ):
                    updates[name] = (doc_id, getattr(fact, name))
            location = keys(doc_id, fact.location)
            if location and location not in current.locations:
                updates["locations"] = (*current.locations, location)
            for name in ("organizers", "guest_countries", "participants"):
                extra = [k for k in (keys(doc_id, m) for m in getattr(fact, name)) if k]
                if extra:
                    updates[name] = tuple(sorted(set(getattr(current, name)) | set(extra)))
            inside = fact.evidence.start <= fact.fair.start and fact.fair.end <= fact.evidence.end
            evidence = Evidence(doc_id, fact.evidence, fact.fair if inside else None)
            updates["evidence"] = ordered((*current.evidence, evidence))
            merged[key] = dataclasses.replace(current, **updates)  # type: ignore[arg-type]
    return tuple(merged[k] for k in sorted(merged))
