"""Facts keyed by resolved entities: posts, agreements and fair editions.

Fields of a fair edition stated by several sentences of one report take the value stated first;
where several reports state a field, agreeing values are kept once and differing ones each as a
claim with its source (never one of them silently).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import astuple, dataclass
from typing import cast

from fairgraph.languages import language_of
from fairgraph.model import Amount, Extraction, Mention, PartialDate
from fairgraph.resolve.records import (
    RULE_SAME_SIGNING,
    Claim,
    Evidence,
    MergeNote,
    ResolvedAgreement,
    ResolvedFair,
    ResolvedPost,
    ordered,
)

KeyOf = Callable[[str, Mention | None], str | None]

#: the holder of a post whose title stands without a body (``Post.bodiless``, 习近平总书记):
#: the post has neither an organisation nor a country
NO_BODY = ""


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
    post may also represent a country (``countries``: a foreign minister's).

    A post whose holder is :data:`NO_BODY` (a title standing alone, 习近平总书记) has neither;
    where the same person holds the same role in a stated body too (中共中央总书记习近平 in
    another sentence or report), the bare title is that post and adds its evidence to it.
    """
    countries = countries or {}
    found: dict[tuple[str, str, str, str], list[Evidence]] = defaultdict(list)
    starts: dict[tuple[str, str, str, str], set[PartialDate]] = defaultdict(set)
    ended: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
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
            key = (person, role, holder, sender)
            found[key].append(Evidence(doc_id, post.evidence, post.role))
            if post.start is not None:
                starts[key].add(post.start)
            if post.ended:
                ended[key].add(doc_id)
    _fold_bodiless(found, starts, ended)
    out = []
    for (person, role, holder, sender), evidence in sorted(found.items()):
        country = holder.startswith("Country|")
        key = (person, role, holder, sender)
        stated = sorted(starts.get(key, ()), key=lambda d: d.iso())
        out.append(
            ResolvedPost(
                person=person,
                role=role,
                evidence=ordered(evidence),
                organization=None if country or holder == NO_BODY else holder,
                represents=holder if country else sender or None,
                start=stated[0] if stated else None,  # the earliest a report states
                ended=tuple(sorted(ended.get(key, ()))),
            )
        )
    return tuple(out)


def _fold_bodiless(
    found: dict[tuple[str, str, str, str], list[Evidence]],
    starts: dict[tuple[str, str, str, str], set[PartialDate]],
    ended: dict[tuple[str, str, str, str], set[str]],
) -> None:
    """A bare title's post (holder :data:`NO_BODY`) joins the post of the same person and role
    in a stated body, the first in key order when there are several; alone, it stays."""
    bodied: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for key in sorted(found):
        if key[2] != NO_BODY:
            bodied.setdefault((key[0], key[1]), key)
    for key in sorted(k for k in found if k[2] == NO_BODY):
        target = bodied.get((key[0], key[1]))
        if target is None:
            continue
        found[target] += found.pop(key)
        starts[target] |= starts.pop(key, set())
        ended[target] |= ended.pop(key, set())


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


#: how many days apart two reports may date one signing
SIGNING_DAYS = 3


def _days_apart(a: PartialDate | None, b: PartialDate | None) -> int | None:
    """Days between two dates of a signing, when both give a day (a missing year matches).

    >>> _days_apart(PartialDate(2024, 7, 11), PartialDate(None, 7, 13))
    2
    >>> _days_apart(PartialDate(2023, 7, 11), PartialDate(2024, 7, 11)) is None
    True
    """
    if a is None or b is None or None in (a.month, a.day, b.month, b.day):
        return None
    if a.year is not None and b.year is not None and a.year != b.year:
        return None
    year = a.year or b.year or 2000  # a leap year when neither says
    try:
        first = datetime.date(year, a.month, a.day)  # type: ignore[arg-type]
        second = datetime.date(year, b.month, b.day)  # type: ignore[arg-type]
    except ValueError:
        return None
    return abs((first - second).days)


def _first_given(group: Sequence[ResolvedAgreement], name: str) -> object:
    """The first value of a field that a statement of one signing gives."""
    return next((getattr(x, name) for x in group if getattr(x, name) is not None), None)


@dataclass(frozen=True)
class Signing:
    """What places one agreement statement in time: its own fair and date, else its report's
    (the fair edition the report is about, the report's date)."""

    fair: str | None
    date: PartialDate | None


def same_signing(
    a: ResolvedAgreement, b: ResolvedAgreement, when_a: Signing, when_b: Signing
) -> bool:
    """Whether two reports state one signing: the same parties and type, at the same fair or
    on dates a few days apart, and no amount or project count on which they differ."""
    if a.evidence.document == b.evidence.document:
        return False  # a report's own agreements are distinct signings (extraction joins repeats)
    if a.parties != b.parties or a.agreement_type != b.agreement_type:
        return False
    if when_a.fair is not None and when_b.fair is not None and when_a.fair != when_b.fair:
        return False
    if a.investment is not None and b.investment is not None:
        first, second = a.investment, b.investment
        if (first.value, first.currency) != (second.value, second.currency):
            return False
    if None not in (a.project_count, b.project_count) and a.project_count != b.project_count:
        return False
    days = _days_apart(when_a.date, when_b.date)
    if days is not None:
        return days <= SIGNING_DAYS
    return when_a.fair is not None and when_a.fair == when_b.fair


def same_signings(
    agreements: Sequence[ResolvedAgreement],
    report_dates: Mapping[str, PartialDate | None],
    report_fairs: Mapping[str, str],
) -> tuple[ResolvedAgreement, ...]:
    """One agreement per signing that several reports state, its statements kept (``also``)
    and the merge recorded; the rest as they are. ``report_dates`` and ``report_fairs`` give
    each report's date and the one fair edition it is about (where it is about one). Groups
    grow in key order (content hashes), each report at most once, every member the same
    signing as every other."""

    def when(a: ResolvedAgreement) -> Signing:
        doc = a.evidence.document
        return Signing(a.fair or report_fairs.get(doc), a.date or report_dates.get(doc))

    # only statements with the same parties and type can be one signing
    candidates: dict[tuple[tuple[str, ...], str], list[list[ResolvedAgreement]]] = {}
    for a in agreements:
        groups = candidates.setdefault((a.parties, a.agreement_type), [])
        for group in groups:
            if all(same_signing(a, b, when(a), when(b)) for b in group):
                group.append(a)
                break
        else:
            groups.append([a])
    out = []
    for group in sorted((g for gs in candidates.values() for g in gs), key=lambda g: g[0].key):
        if len(group) == 1:
            out.append(group[0])
            continue
        # the statement with the amount leads (the amount node lies in its report)
        first = next((x for x in group if x.investment is not None), group[0])
        rest = [x for x in group if x is not first]
        pick = functools.partial(_first_given, group)
        docs = tuple(sorted({x.evidence.document for x in group}))
        labels = tuple(sorted({x.title or x.agreement_type for x in group}))
        out.append(
            dataclasses.replace(
                first,
                key=group[0].key,
                title=cast("str | None", pick("title")),
                fair=cast("str | None", pick("fair")),
                date=max(
                    (x.date for x in group if x.date is not None),
                    default=None,
                    key=lambda d: (d.year is not None, d.day is not None),
                ),
                investment=cast("Amount | None", pick("investment")),
                project_count=cast("int | None", pick("project_count")),
                signatories=tuple(sorted({p for x in group for p in x.signatories})),
                witnesses=tuple(sorted({p for x in group for p in x.witnesses})),
                also=ordered(x.evidence for x in rest),
                merges=(MergeNote(RULE_SAME_SIGNING, labels, docs),),
            )
        )
    return tuple(out)


#: fields whose value is stated once per report; where reports disagree every value is a claim
_CLAIMED_FIELDS = (
    "start_date",
    "end_date",
    "signed_project_count",
    "visitors",
    "exhibitors",
)
_AMOUNT_FIELDS = ("total_investment", "sales")
_FIRST_FIELDS = ("edition", "theme")  # the first stated (a fair's name and its motto)


def _replaces(current: Amount | None, new: Amount) -> bool:
    """Whether ``new`` is kept over the amount a report already stated: the first stated,
    unless that one was approximate (a headline's 超千亿元) and this one is exact.

    >>> from decimal import Decimal
    >>> rough = Amount(Decimal(10**11), "CNY", "超千亿元", 0, 4, approximate=True)
    >>> exact = Amount(Decimal(108600000000), "CNY", "1086亿元", 9, 15)
    >>> _replaces(rough, exact), _replaces(exact, exact), _replaces(None, rough)
    (True, False, True)
    """
    return current is None or (current.approximate and not new.approximate)


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    """Two dates that may be the same day (a missing year or day matches any).

    >>> _compatible(PartialDate(None, 7, 11), PartialDate(2024, 7, 11))
    True
    >>> _compatible(PartialDate(2024, 7, 11), PartialDate(2024, 7, 12))
    False
    """
    pairs = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    return all(x is None or y is None or x == y for x, y in pairs)


def _agreed(name: str, values: list[object]) -> tuple[bool, object]:
    """(whether the reports' values of one field agree, the value kept when they do).

    Amounts agree on value and currency (an approximate one gives way to exact ones); dates
    agree when they may be the same day (the fullest is kept); counts when they are equal.
    """
    if name in _AMOUNT_FIELDS:
        amounts: list[Amount] = [v for v in values if isinstance(v, Amount)]
        exact = [a for a in amounts if not a.approximate] or amounts
        distinct = {(a.value, a.currency) for a in exact}
        return len(distinct) == 1, exact[0]
    if name in ("start_date", "end_date"):
        dates: list[PartialDate] = [v for v in values if isinstance(v, PartialDate)]
        agree = all(_compatible(a, b) for a in dates for b in dates)
        fullest = max(dates, key=lambda d: (sum(x is not None for x in astuple(d)), d.iso()))
        return agree, fullest
    return len(set(values)) == 1, values[0]


def resolve_fairs(
    extractions: Sequence[Extraction],
    keys: KeyOf,
    people: Mapping[str, str],
    is_venue: Callable[[str], bool] = lambda key: False,
) -> tuple[ResolvedFair, ...]:
    """One record per fair edition, merging what every sentence says about it.

    Each report's value of a field is the first it states (an exact amount over an earlier
    approximate one). Where the reports agree the value is kept once; where they differ the
    field is left empty and every report's value kept as a :class:`Claim`. Venues (locations
    ``is_venue`` tells from cities) differ when two reports name venues with none in common;
    then every report's first venue is a claim and no venue stays among the locations.
    """
    merged: dict[str, ResolvedFair] = {}
    # fair key → field → the value of each report, with the statement that gives it
    stated: dict[str, dict[str, dict[str, tuple[object, Evidence]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    # fair key → report → the venues it names, in the order it names them
    venues: dict[str, dict[str, dict[str, Evidence]]] = defaultdict(dict)
    for ex in extractions:
        doc_id = ex.document.id
        for fact in ex.fairs:
            key = keys(doc_id, fact.fair)
            if key is None:
                continue
            series = key.split("|")[1]  # the resolver may have chosen among shared short names
            current = merged.get(key) or ResolvedFair(key=key, series=series, evidence=())
            updates: dict[str, object] = {}
            inside = fact.evidence.start <= fact.fair.start and fact.fair.end <= fact.evidence.end
            evidence = Evidence(doc_id, fact.evidence, fact.fair if inside else None)
            for name in _FIRST_FIELDS:
                if getattr(current, name) is None and getattr(fact, name) is not None:
                    updates[name] = getattr(fact, name)
            for name in (*_CLAIMED_FIELDS, *_AMOUNT_FIELDS):
                value = getattr(fact, name)
                if value is None:
                    continue
                known = stated[key][name].get(doc_id)
                if known is None or (
                    name in _AMOUNT_FIELDS and _replaces(known[0], value)  # type: ignore[arg-type]
                ):
                    stated[key][name][doc_id] = (value, evidence)
            location = keys(doc_id, fact.location)
            if location and location not in current.locations:
                updates["locations"] = (*current.locations, location)
            if location and is_venue(location):
                venues[key].setdefault(doc_id, {}).setdefault(location, evidence)
            for name in ("organizers", "guest_countries", "participants"):
                extra = [k for k in (keys(doc_id, m) for m in getattr(fact, name)) if k]
                if extra:
                    updates[name] = tuple(sorted(set(getattr(current, name)) | set(extra)))
            updates["evidence"] = ordered((*current.evidence, evidence))
            merged[key] = dataclasses.replace(current, **updates)  # type: ignore[arg-type]
    order = {ex.document.id: i for i, ex in enumerate(extractions)}
    for key, fields in stated.items():
        updates = {}
        claims: list[Claim] = []
        conflicts: list[str] = []
        for name, by_doc in fields.items():
            docs = sorted(by_doc, key=order.__getitem__)  # the reports in reading order
            agree, value = _agreed(name, [by_doc[d][0] for d in docs])
            if agree:
                if name in _AMOUNT_FIELDS:
                    doc = next(d for d in docs if by_doc[d][0] == value)
                    updates[name] = (doc, value)
                else:
                    updates[name] = value
                continue
            conflicts.append(name)
            claims += [Claim(name, by_doc[d][0], by_doc[d][1]) for d in docs]
        updates["claims"] = tuple(sorted(claims, key=lambda c: (c.field, c.evidence.sort_key())))
        updates["conflicts"] = tuple(sorted(conflicts))
        merged[key] = dataclasses.replace(merged[key], **updates)  # type: ignore[arg-type]
    for key, venue_docs in venues.items():
        merged[key] = _venue_claims(merged[key], venue_docs, order)
    return tuple(merged[k] for k in sorted(merged))


def _venue_claims(
    fair: ResolvedFair, by_doc: Mapping[str, Mapping[str, Evidence]], order: Mapping[str, int]
) -> ResolvedFair:
    """The fair with a venue claim per report where two reports name venues with none in
    common (its locations then keep no venue); unchanged otherwise."""
    named = [set(v) for v in by_doc.values()]
    if all(a & b for a in named for b in named):
        return fair
    docs = sorted(by_doc, key=order.__getitem__)
    claims = []
    for doc in docs:
        venue, evidence = next(iter(by_doc[doc].items()))  # the first venue a report names
        claims.append(Claim("venue", venue, evidence))
    every = set().union(*named)
    return dataclasses.replace(
        fair,
        locations=tuple(k for k in fair.locations if k not in every),
        claims=tuple(
            sorted((*fair.claims, *claims), key=lambda c: (c.field, c.evidence.sort_key()))
        ),
        conflicts=tuple(sorted((*fair.conflicts, "venue"))),
    )
