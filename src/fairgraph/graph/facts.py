"""Triples of the facts: posts (org:Membership), agreements (fg:Agreement) and fair editions."""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import RDF, RDFS, Literal, URIRef

from fairgraph.graph.build import TERMS, GraphWriter, date_literal, digest, entity_iri
from fairgraph.languages import DEFAULT
from fairgraph.model import Amount, PartialDate
from fairgraph.namespaces import ID, TIME
from fairgraph.resolve import ResolvedAgreement, ResolvedFair, ResolvedPost

DCTERMS, FG, ORG, SCHEMA, SKOS = (TERMS[n] for n in ("DCTERMS", "FG", "ORG", "SCHEMA", "SKOS"))


def add_posts(writer: GraphWriter, posts: Sequence[ResolvedPost]) -> None:
    for post in posts:
        person = writer.ref(post.person)
        bodiless = post.organization is None and post.represents is None
        holder = None if bodiless else writer.ref(post.organization or post.represents)
        if person is None or (holder is None and not bodiless):
            continue
        # a title standing without a body (习近平总书记): neither org:organization nor
        # fg:represents (graph-contract: a post whose body the report does not state)
        holder_key = str(post.organization or post.represents or "")
        node = ID[f"membership/{digest('|'.join([post.person, post.role, holder_key]))}"]
        role = ID[f"role/{digest(post.role)}"]
        writer.add(node, RDF.type, ORG.Membership)
        writer.add(node, ORG.member, person)
        writer.add(node, ORG.role, role)
        writer.add(role, RDF.type, ORG.Role)
        writer.add(role, RDFS.label, writer.text(post.role, writer.lang_of(post.evidence)))
        if post.organization:
            writer.add(node, ORG.organization, holder)
        country = writer.ref(post.represents) if post.represents else None
        if country is not None:
            writer.add(node, FG.represents, country)  # a diplomat's, or a foreign minister's
        writer.derived(node, post.evidence)
        writer.source_count(node, post.evidence)
        seen = writer.first_and_last(e.document for e in post.evidence)
        if seen is not None:
            writer.add(node, FG.firstSeen, date_literal(seen[0]))
            writer.add(node, FG.lastSeen, date_literal(seen[1]))
        _add_tenure(writer, node, post)


#: the OWL-Time property of an instant's date, by the precision of the date
_IN_XSD = {"date": TIME.inXSDDate, "gYearMonth": TIME.inXSDgYearMonth, "gYear": TIME.inXSDgYear}


def _add_tenure(writer: GraphWriter, node: URIRef, post: ResolvedPost) -> None:
    """org:memberDuring where the text states a start (自…起任) or that the post was held
    before (原任, 已调任: an end no later than the earliest such report's date)."""
    if post.start is None and not post.ended:
        return
    interval = URIRef(f"{node}/tenure")
    writer.add(node, ORG.memberDuring, interval)
    writer.add(interval, RDF.type, TIME.Interval)
    if post.start is not None and post.start.year is not None:
        literal = date_literal(post.start)
        begin = URIRef(f"{interval}/beginning")
        writer.add(interval, TIME.hasBeginning, begin)
        writer.add(begin, RDF.type, TIME.Instant)
        writer.add(begin, _IN_XSD[str(literal.datatype).rsplit("#", 1)[1]], literal)
    if post.ended:
        end = URIRef(f"{interval}/end")
        writer.add(interval, TIME.hasEnd, end)
        writer.add(end, RDF.type, TIME.Instant)
        ended = writer.first_and_last(post.ended)
        if ended is not None:
            writer.add(end, FG.notAfter, date_literal(ended[0]))


def add_agreements(writer: GraphWriter, agreements: Sequence[ResolvedAgreement]) -> None:
    for a in agreements:
        parties = [p for p in (writer.ref(k) for k in a.parties) if p is not None]
        if len(parties) < 2:
            continue
        node = entity_iri(a.key)
        writer.add(node, RDF.type, FG.Agreement)
        lang = writer.lang(a.evidence.document)
        writer.add(node, RDFS.label, Literal(a.title or a.agreement_type, lang=lang))
        writer.add(node, FG.agreementType, Literal(a.agreement_type, lang=lang))
        for party in parties:
            writer.add(node, FG.party, party)
        fair = writer.ref(a.fair)
        if fair is not None:
            writer.add(node, FG.signedAt, fair)
        if a.date is not None and a.date.month:
            writer.add(node, DCTERMS.date, date_literal(a.date))
        if a.investment is not None:
            writer.add(node, FG.investment, writer.amount(a.investment, a.evidence.document))
        if a.project_count is not None:
            writer.add(node, FG.projectCount, Literal(a.project_count))
        for person in (writer.ref(k) for k in a.signatories):
            if person is not None:
                writer.add(node, FG.signatory, person)
        for person in (writer.ref(k) for k in a.witnesses):
            if person is not None:
                writer.add(node, FG.witness, person)
        writer.derived(node, a.sources)
        writer.source_count(node, a.sources)
        writer.merge_records(node, a.key, a.merges, lang)


def add_fairs(
    writer: GraphWriter,
    fairs: Sequence[ResolvedFair],
    series: Sequence[tuple[str, tuple[str, ...]]],
) -> None:
    evidence: dict[str, list] = {}
    for fair in fairs:
        evidence.setdefault(fair.series, []).extend(fair.evidence)
    for name, short_names in series:
        node = ID[f"series/{digest(name)}"]
        tag = (
            writer.label_tagger(evidence[name], named_by_key=True)
            if name in evidence
            else lambda label: DEFAULT
        )
        writer.add(node, RDF.type, FG.FairSeries)
        writer.add(node, RDFS.label, Literal(name, lang=tag(name)))
        for short in short_names:
            writer.add(node, SKOS.altLabel, Literal(short, lang=tag(short)))
    for fair in fairs:
        edition = writer.ref(fair.key)
        if edition is None:
            continue
        node = edition
        writer.add(node, FG.editionOf, ID[f"series/{digest(fair.series)}"])
        if fair.edition:
            writer.add(node, FG.edition, Literal(fair.edition))
        for prop, date in ((SCHEMA.startDate, fair.start_date), (SCHEMA.endDate, fair.end_date)):
            if date is not None and date.month and date.day:
                writer.add(node, prop, date_literal(date))
        for prop, keys in (
            (SCHEMA.location, fair.locations),
            (SCHEMA.organizer, fair.organizers),
            (FG.guestCountry, fair.guest_countries),
            (FG.participant, fair.participants),
        ):
            for ref in (writer.ref(k) for k in keys):
                if ref is not None:
                    writer.add(node, prop, ref)
        if fair.theme:
            writer.add(node, FG.theme, Literal(fair.theme, lang=writer.lang_of(fair.evidence)))
        for prop, count in (
            (FG.signedProjectCount, fair.signed_project_count),
            (FG.visitorCount, fair.visitors),
            (FG.exhibitorCount, fair.exhibitors),
        ):
            if count is not None:
                writer.add(node, prop, Literal(count))
        for prop, sourced in (
            (FG.totalInvestment, fair.total_investment),
            (FG.salesAmount, fair.sales),
        ):
            if sourced is not None:
                document, amount = sourced
                writer.add(node, prop, writer.amount(amount, document))
        writer.derived(node, fair.evidence)
        _add_claims(writer, node, fair)


#: the property of each field of a fair that reports may disagree on
CLAIMED_PROPERTIES = {
    "start_date": SCHEMA.startDate,
    "end_date": SCHEMA.endDate,
    "signed_project_count": FG.signedProjectCount,
    "visitors": FG.visitorCount,
    "exhibitors": FG.exhibitorCount,
    "total_investment": FG.totalInvestment,
    "sales": FG.salesAmount,
    "venue": SCHEMA.location,
}


def _add_claims(writer: GraphWriter, node: URIRef, fair: ResolvedFair) -> None:
    """Every report's value of a field the reports disagree on (fg:Claim), and fg:conflict."""
    for name in fair.conflicts:
        writer.add(node, FG.conflict, CLAIMED_PROPERTIES[name])
    for claim in fair.claims:
        e = claim.evidence
        value = claim.value
        if claim.field == "venue":
            value = writer.ref(str(value))
            if value is None:
                continue
        where = f"{fair.key}|{claim.field}|{e.document}|{e.sentence.start}"
        iri = ID[f"claim/{digest(where)}"]
        writer.add(iri, RDF.type, FG.Claim)
        writer.add(iri, FG.claimOf, node)
        writer.add(iri, FG.property, CLAIMED_PROPERTIES[claim.field])
        if isinstance(value, URIRef):
            writer.add(iri, FG.value, value)
        elif isinstance(value, Amount):
            writer.add(iri, FG.value, writer.amount(value, e.document))
        elif isinstance(value, PartialDate):
            writer.add(iri, FG.value, date_literal(value))
        else:
            writer.add(iri, FG.value, Literal(value))
        writer.derived(iri, [e])
