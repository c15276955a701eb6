"""Extractions → one entity per real-world thing, with every merge explained.

The result does not depend on the order of the inputs: documents are processed in the order
of their content hash, and every choice (labels, fair fields) is made by a sorted rule.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fairgraph.languages import language_of
from fairgraph.model import NAMED_TYPES, Document, Extraction, Mention, Post
from fairgraph.resolve import records as K
from fairgraph.resolve.aliases import AliasRules
from fairgraph.resolve.facts import resolve_agreements, resolve_fairs, resolve_posts
from fairgraph.resolve.records import (
    Entity,
    Evidence,
    MergeNote,
    Resolution,
    ResolvedFair,
    ordered,
)

ENTITY_TYPES = NAMED_TYPES
_IMPLIED = ("implied-by-place", "implied-by-title")


@dataclass
class _Pool:
    """Mutable collection state while resolving (internal)."""

    types: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: defaultdict(list))
    notes: dict[tuple[str, str], tuple[set[str], set[str]]] = field(default_factory=dict)
    subtypes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    namings: dict[str, Any] = field(default_factory=dict)  # key → naming of its first report

    naming: Any = None  # the naming of the report being read

    def add(
        self,
        key: str,
        kind: str,
        surface: str | None,
        evidence: Evidence,
        canonical: str | None,
        rule: str | None,
        subtype: str | None,
    ) -> None:
        self.types.setdefault(key, kind)
        self.namings.setdefault(key, self.naming)
        if canonical and rule in (
            K.RULE_LEXICON,
            K.RULE_CONTEXT,
            K.RULE_FAIR_EDITION,
            K.RULE_USER_ALIAS,
            K.RULE_ZONE_FORMS,
            K.RULE_ACROSS_LANGUAGES,
        ):
            self.canonical.setdefault(key, canonical)
        if surface is not None:
            self.surfaces[key][self.naming.clean(surface)] += 1
        self.evidence[key].append(evidence)
        if subtype:
            self.subtypes[key][subtype] += 1
        if rule:
            labels, docs = self.notes.setdefault((key, rule), (set(), set()))
            if surface is not None:
                labels.add(self.naming.clean(surface))
            docs.add(evidence.document)


class MentionKeys:
    """Key of every entity mention, per document: ``keys[(doc_id, start, end)]``."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, int, int], str] = {}

    def __call__(self, doc_id: str, mention: Mention | None) -> str | None:
        if mention is None:
            return None
        return self.keys.get((doc_id, mention.start, mention.end))


def resolve(extractions: Sequence[Extraction], aliases: AliasRules | None = None) -> Resolution:
    """Resolve the entities and facts of a corpus."""
    aliases = aliases or AliasRules()
    ordered = sorted(extractions, key=lambda e: (e.document.sha256, e.document.source))
    unique = list({e.document.sha256: e for e in ordered}.values())
    pool = _Pool()
    mention_keys = MentionKeys()
    person_orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
    post_orgs: dict[tuple[str, int, int], str] = {}

    for ex in unique:
        doc = ex.document
        naming = pool.naming = language_of(doc).naming
        ctx = naming.document_context(doc, ex.mentions)
        sentence_of = _sentence_finder(ex)
        fair_keys_of = naming.fair_keys(ex)
        abbreviation = naming.abbreviations(
            naming.clean(m.text) for m in ex.mentions if m.type == "Organization"
        )
        declared = naming.declared_short_names(doc.text, ex.mentions)
        joined = naming.country_prefixed(ex.mentions)
        for m in ex.mentions:
            if m.type not in ENTITY_TYPES:
                continue
            evidence = Evidence(doc.id, sentence_of(m.start), m)
            name = naming.clean(m.text)
            if m.type == "Person":
                key, canonical, rule = f"Person|{name}|{doc.id}", name, None
            elif m.type == "Fair":
                key, canonical = fair_keys_of[m]
                rule = K.RULE_FAIR_EDITION
            else:
                local = naming.local_context(ctx, m, _before(ex, m, sentence_of))
                key, canonical, rule = naming.key_of(m, local)
                if m.type == "Organization" and name in declared:
                    full = declared[name]
                    key, canonical, rule = f"Organization|{full}", full, K.RULE_ABBREVIATION
                elif rule is None and name in abbreviation:
                    full = abbreviation[name]
                    key, canonical, rule = f"Organization|{full}", full, K.RULE_ABBREVIATION
            key, canonical, rule = aliases.apply(key.split("|", 1)[0], name, key, canonical, rule)
            mention_keys.keys[(doc.id, m.start, m.end)] = key
            pool.add(key, key.split("|", 1)[0], m.text, evidence, canonical, rule, m.subtype)
            if (m.start, m.end) in joined:
                pool.surfaces[key][joined[m.start, m.end]] += 1
        for post in ex.posts:
            org = _post_organization(post, doc.id, ctx, mention_keys, pool, sentence_of)
            if org:
                post_orgs[(doc.id, post.person.start, post.role.start)] = org
                person_orgs[(naming.clean(post.person.text), doc.id)].add(org)

    person_key = _merge_people(person_orgs, aliases)
    readers = {e.document.id: language_of(e.document) for e in unique}
    across = _merge_across_languages(person_orgs, readers, person_key)
    posts = resolve_posts(unique, mention_keys, post_orgs, person_key)
    agreements = resolve_agreements(unique, mention_keys, person_key)
    fairs = resolve_fairs(unique, mention_keys, person_key)
    entities = _entities(pool, person_key, across)
    documents = {e.document.id: e.document for e in unique}
    series = sorted({(f.series, _short_names(f, documents)) for f in fairs})
    return Resolution(
        documents=tuple(e.document for e in unique),
        entities=entities,
        posts=posts,
        agreements=agreements,
        fairs=fairs,
        series=tuple(series),
        amounts=tuple((e.document.id, a) for e in unique for a in e.amounts),
    )


def _post_organization(
    post: Post,
    doc_id: str,
    ctx: Any,
    mention_keys: MentionKeys,
    pool: _Pool,
    sentence_of,
) -> str | None:  # type: ignore[no-untyped-def]
    """The organisation (or represented country) key of a post.

    A place before a title stands for its government or Party committee (西宁市副市长); a bare
    title names its body from the report's place (常务副省长 → the province's government).
    """
    if post.represents is not None:
        return mention_keys(doc_id, post.represents)
    holder = post.organization
    key = mention_keys(doc_id, holder)
    body: str | None = None
    naming = pool.naming
    if holder is not None and key is None and holder.origin in _IMPLIED:
        # 某省委副书记、省长某某 / 某国财政部长某某: a body named by a title, without a mention
        key, canonical, rule = naming.key_of(holder, ctx)
        evidence = Evidence(doc_id, sentence_of(holder.start), holder)
        surface = holder.text if rule is None else None  # a name of its own (某国财政部)
        pool.add(key, "Organization", surface, evidence, canonical, rule, "Government")
        return key
    if holder is not None and key and key.startswith("Place|"):
        body = naming.party_body(key, post.role.text)
    elif holder is None and naming.is_staff_title(post.role.text):
        # 本报记者X / X摄: the report's own outlet, one per document (never merged across reports)
        key = f"Organization|{naming.OWN_OUTLET}|{doc_id}"
        pool.add(
            key,
            "Organization",
            None,
            Evidence(doc_id, sentence_of(post.role.start), post.role),
            naming.OWN_OUTLET,
            K.RULE_CONTEXT,
            "Other",
        )
        return key
    elif holder is None:
        holder, body = post.role, naming.role_body(ctx, post.role.text)
    else:
        return key
    if body is None:
        return None
    key, label = naming.body_identity(body)
    pool.add(
        key,
        "Organization",
        None,
        Evidence(doc_id, sentence_of(holder.start), holder),
        label,
        K.RULE_CONTEXT,
        "Government",
    )
    return key


def _before(ex: Extraction, m: Mention, sentence_of) -> Callable[[], list[Mention]]:  # type: ignore[no-untyped-def]
    """The mentions before ``m`` in its sentence, computed only when asked for."""

    def earlier() -> list[Mention]:
        span = sentence_of(m.start)
        return [x for x in ex.mentions if span.start <= x.start < m.start]

    return earlier


def _sentence_finder(ex: Extraction):  # type: ignore[no-untyped-def]
    from bisect import bisect_right

    starts = [s.start for s in ex.sentences]

    def find(offset: int):  # type: ignore[no-untyped-def]
        i = bisect_right(starts, offset) - 1
        return ex.sentences[max(i, 0)]

    return find


def _merge_people(
    person_orgs: dict[tuple[str, str], set[str]], aliases: AliasRules
) -> dict[str, str]:
    """Same-named people of different reports are one person only when an organisation agrees."""
    by_name: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for (name, doc), orgs in sorted(person_orgs.items()):
        by_name[name].append((doc, orgs))
    out: dict[str, str] = {}
    for name, records in by_name.items():
        groups: list[tuple[set[str], set[str]]] = []  # (docs, orgs)
        for doc, orgs in records:
            joined = [
                g for g in groups if g[1] & orgs and not aliases.forbids_people(name, g[1], orgs)
            ]
            docs, all_orgs = {doc}, set(orgs)
            for g in joined:
                docs |= g[0]
                all_orgs |= g[1]
                groups.remove(g)
            groups.append((docs, all_orgs))
        for docs, orgs in groups:
            if len(docs) < 2:
                continue
            merged = f"Person|{name}|{min(orgs)}"
            for doc in docs:
                out[f"Person|{name}|{doc}"] = merged
    return out


def _merge_across_languages(
    person_orgs: dict[tuple[str, str], set[str]],
    readers: dict[str, Any],
    person_key: dict[str, str],
) -> set[str]:
    """People of reports in different languages whose names agree in the shared key space
    (pinyin: 李明 and "Li Ming") are one person only when an organisation agrees as well.
    Updates ``person_key``; returns the merged keys. Reports of one language never meet here."""
    if len({r.code for r in readers.values()}) < 2:
        return set()
    groups: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for (name, doc), orgs in sorted(person_orgs.items()):
        if orgs:
            shared = readers[doc].naming.person_name_key(name)
            groups[shared].append((readers[doc].code, f"Person|{name}|{doc}", orgs))
    merged: set[str] = set()
    for records in groups.values():
        for i, (lang_a, key_a, orgs_a) in enumerate(records):
            for lang_b, key_b, orgs_b in records[i + 1 :]:
                if lang_a == lang_b or not orgs_a & orgs_b:
                    continue
                final_a = person_key.get(key_a, key_a)
                final_b = person_key.get(key_b, key_b)
                target, other = sorted((final_a, final_b))
                for key in [key_a, key_b, *person_key]:
                    if person_key.get(key, key) in (final_a, final_b):
                        person_key[key] = target
                merged.add(target)
    return merged


def _entities(
    pool: _Pool, person_key: dict[str, str], across: set[str] = frozenset()
) -> tuple[Entity, ...]:
    merged: dict[str, list[str]] = defaultdict(list)
    for key in pool.types:
        merged[person_key.get(key, key)].append(key)
    notes_of: dict[str, list[tuple[str, set[str], set[str]]]] = defaultdict(list)
    for (key, rule), (labels, docs) in sorted(pool.notes.items()):
        notes_of[key].append((rule, labels, docs))
    out = []
    for final, parts in sorted(merged.items()):
        surfaces: Counter[str] = Counter()
        evidence: list[Evidence] = []
        subtypes: Counter[str] = Counter()
        notes: list[MergeNote] = []
        for part in sorted(parts):
            surfaces.update(pool.surfaces[part])
            evidence.extend(pool.evidence[part])
            subtypes.update(pool.subtypes[part])
            for rule, labels, docs in notes_of[part]:
                if len(labels) > 1 or rule != K.RULE_FAIR_EDITION:
                    notes.append(MergeNote(rule, tuple(sorted(labels)), tuple(sorted(docs))))
        if final in across:
            merged_docs = sorted({e.document for e in evidence})
            notes.append(MergeNote(K.RULE_PINYIN, tuple(sorted(surfaces)), tuple(merged_docs)))
        elif len(parts) > 1:
            merged_docs = sorted({e.document for e in evidence})
            notes.append(MergeNote(K.RULE_SHARED_POST, tuple(sorted(surfaces)), tuple(merged_docs)))
        kind = pool.types[parts[0]]
        naming = pool.namings[parts[0]]
        label = pool.canonical.get(parts[0]) or max(
            surfaces, key=lambda s: (len(s), surfaces[s], s)
        )
        out.append(
            Entity(
                key=final,
                type=kind,
                label=label,
                alt_labels=tuple(
                    sorted((set(surfaces) | set(naming.standard_variants(label))) - {label})
                ),
                subtype=(
                    "Outlet"
                    if final.startswith(f"Organization|{naming.OWN_OUTLET}|")
                    else _subtype(kind, label, subtypes, naming)
                ),
                iso_code=final.split("|")[1]
                if kind == "Country" and len(final.split("|")[1]) == 2
                else None,
                parent=naming.place_parent(label) if kind == "Place" else None,
                evidence=ordered(evidence),
                merges=tuple(notes),
            )
        )
    return tuple(out)


def _subtype(kind: str, label: str, votes: Counter[str], naming: Any) -> str | None:
    if kind != "Organization":
        return None
    subtype = naming.org_subtype(label)
    if subtype is not None:
        return str(subtype)
    if votes:
        return max(sorted(votes), key=lambda s: votes[s])
    return None


def _short_names(fair: ResolvedFair, documents: dict[str, Document]) -> tuple[str, ...]:
    """Short names of a fair's series, from the language of each report naming it, the first
    report's first (its evidence is in document order)."""
    names: dict[str, None] = {}
    readers: dict[str, Any] = {}
    for e in fair.evidence:
        reader = language_of(documents[e.document])
        readers.setdefault(reader.code, reader.naming)
    for naming in readers.values():
        names.update(dict.fromkeys(naming.series_short_names(fair.series)))
    return tuple(names)
