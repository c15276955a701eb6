"""Triples of the facts: posts (org:Membership), agreements (fg:Agreement) and fair editions."""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import RDF, RDFS, Literal

from fairgraph.graph.build import GraphWriter, date_literal, digest, entity_iri
from fairgraph.languages import DEFAULT
from fairgraph.namespaces import DCTERMS, FG, ID, ORG, SCHEMA, SKOS
from fairgraph.resolve import ResolvedAgreement, ResolvedFair, ResolvedPost


def add_posts(writer: GraphWriter, posts: Sequence[ResolvedPost]) -> None:
    for post in posts:
        person = writer.ref(post.person)
        holder = writer.ref(post.organization or post.represents)
        if person is None or holder is None:
            continue
        holder_key = str(post.organization or post.represents)
        node = ID[f"membership/{digest('|'.join([post.person, post.role, holder_key]))}"]
        role = ID[f"role/{digest(post.role)}"]
        writer.add(node, RDF.type, ORG.Membership)
        writer.add(node, ORG.member, person)
        writer.add(node, ORG.role, role)
        writer.add(role, RDF.type, ORG.Role)
        writer.add(role, RDFS.label, Literal(post.role, lang=writer.lang_of(post.evidence)))
        writer.add(node, FG.represents if post.represents else ORG.organization, holder)
        writer.derived(node, post.evidence)


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
        writer.derived(node, [a.evidence])


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
