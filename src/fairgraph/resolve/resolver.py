"""Extractions → one entity per real-world thing, with every merge explained.

The result does not depend on the order of the inputs: documents are processed in the order
of their content hash, and every choice (labels, fair fields) is made by a sorted rule.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from fairgraph.zh.lexicon import load_lexicon
from fairgraph.model import Extraction, Mention, Post
from fairgraph.zh.naming import keys as K
from fairgraph.resolve.aliases import AliasRules
from fairgraph.zh.naming.context import DocumentContext, document_context, nearest_context
from fairgraph.resolve.facts import resolve_agreements, resolve_fairs, resolve_posts
from fairgraph.zh.naming.fair_keys import fair_keys
from fairgraph.resolve.records import Entity, Evidence, MergeNote, Resolution, ordered
from fairgraph.zh.naming.variants import country_prefixed, standard_variants

ENTITY_TYPES = ("Person", "Organization", "Country", "Place", "Fair")
_REPORTER_TITLES = ("记者", "通讯员", "摄影", "编辑")
_IMPLIED = ("implied-by-place", "implied-by-title")
_OWN_OUTLET = "本报"  # the outlet that published the report, when the byline does not name it


@dataclass
class _Pool:
    """Mutable collection state while resolving (internal)."""

    types: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: defaultdict(list))
    notes: dict[tuple[str, str], tuple[set[str], set[str]]] = field(default_factory=dict)
    subtypes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

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
        if canonical and rule in (
            K.RULE_LEXICON,
            K.RULE_CONTEXT,
            K.RULE_FAIR_EDITION,
            K.RULE_USER_ALIAS,
            K.RULE_ZONE_FORMS,
        ):
            self.canonical.setdefault(key, canonical)
        if surface is not None:
            self.surfaces[key][K.clean(surface)] += 1
        self.evidence[key].append(evidence)
        if subtype:
            self.subtypes[key][subtype] += 1
        if rule:
            labels, docs = self.notes.setdefault((key, rule), (set(), set()))
            if surface is not None:
                labels.add(K.clean(surface))
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
    contexts: dict[str, DocumentContext] = {}
    person_orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
    post_orgs: dict[tuple[str, int, int], str] = {}
    lexicon = load_lexicon()

    for ex in unique:
        doc = ex.document
        ctx = document_context(doc, ex.mentions)
        contexts[doc.id] = ctx
        sentence_of = _sentence_finder(ex)
        fair_keys_of = fair_keys(ex)
        abbreviation = K.abbreviations(
            K.clean(m.text) for m in ex.mentions if m.type == "Organization"
        )
        declared = K.declared_short_names(doc.text, ex.mentions)
        joined = country_prefixed(ex.mentions)
        for m in ex.mentions:
            if m.type not in ENTITY_TYPES:
                continue
            evidence = Evidence(doc.id, sentence_of(m.start), m)
            if m.type == "Person":
                key, canonical, rule = f"Person|{K.clean(m.text)}|{doc.id}", K.clean(m.text), None
            elif m.type == "Fair":
                key, canonical = fair_keys_of[m]
                rule = K.RULE_FAIR_EDITION
            else:
                local = ctx
                if m.type == "Organization" and m.text[:1] in "县市区":  # 县政府, 市委 …
                    span = sentence_of(m.start)
                    earlier = [x for x in ex.mentions if span.start <= x.start < m.start]
                    local = nearest_context(ctx, K.clean(m.text), earlier)
                key, canonical, rule = K.key_of(m, local)
                if m.type == "Organization" and K.clean(m.text) in declared:
                    full = declared[K.clean(m.text)]
                    key, canonical, rule = f"Organization|{full}", full, K.RULE_ABBREVIATION
                elif rule is None and K.clean(m.text) in abbreviation:
                    full = abbreviation[K.clean(m.text)]
                    key, canonical, rule = f"Organization|{full}", full, K.RULE_ABBREVIATION
            key, canonical, rule = aliases.apply(
                key.split("|", 1)[0], K.clean(m.text), key, canonical, rule
            )
            mention_keys.keys[(doc.id, m.start, m.end)] = key
            pool.add(key, key.split("|", 1)[0], m.text, evidence, canonical, rule, m.subtype)
            if (m.start, m.end) in joined:
                pool.surfaces[key][joined[m.start, m.end]] += 1
        for post in ex.posts:
            org = _post_organization(post, doc.id, ctx, mention_keys, pool, sentence_of)
            if org:
                post_orgs[(doc.id, post.person.start, post.role.start)] = org
                person_orgs[(K.clean(post.person.text), doc.id)].add(org)

    person_key = _merge_people(person_orgs, aliases)
    posts = resolve_posts(unique, mention_keys, post_orgs, person_key)
    agreements = resolve_agreements(unique, mention_keys, person_key)
    fairs = resolve_fairs(unique, mention_keys, person_key)
    entities = _entities(pool, person_key, lexicon)
    series = sorted({(f.series, _short_names(f.series)) for f in fairs})
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
    ctx: DocumentContext,
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
    if holder is not None and key is None and holder.origin in _IMPLIED:
        # 某省委副书记、省长某某 / 某国财政部长某某: a body named by a title, without a mention
        key, canonical, rule = K.key_of(holder, ctx)
        evidence = Evidence(doc_id, sentence_of(holder.start), holder)
        surface = holder.text if rule is None else None  # a name of its own (某国财政部)
        pool.add(key, "Organization", surface, evidence, canonical, rule, "Government")
        return key
    if holder is not None and key and key.startswith("Place|"):
        body = K.party_body(key, post.role.text)
    elif holder is None and post.role.text.endswith(_REPORTER_TITLES):
        # 本报记者X / X摄: the report's own outlet, one per document (never merged across reports)
        key = f"Organization|{_OWN_OUTLET}|{doc_id}"
        pool.add(
            key,
            "Organization",
            None,
            Evidence(doc_id, sentence_of(post.role.start), post.role),
            _OWN_OUTLET,
            K.RULE_CONTEXT,
            "Other",
        )
        return key
    elif holder is None:
        holder, body = post.role, ctx.body_of_role(post.role.text)
    else:
        return key
    if body is None:
        return None
    key = f"Organization|{body}"
    pool.add(
        key,
        "Organization",
        None,
        Evidence(doc_id, sentence_of(holder.start), holder),
        body,
        K.RULE_CONTEXT,
        "Government",
    )
    return key


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


def _entities(pool: _Pool, person_key: dict[str, str], lexicon) -> tuple[Entity, ...]:  # type: ignore[no-untyped-def]
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
        if len(parts) > 1:
            merged_docs = sorted({e.document for e in evidence})
            notes.append(MergeNote(K.RULE_SHARED_POST, tuple(sorted(surfaces)), tuple(merged_docs)))
        kind = pool.types[parts[0]]
        label = pool.canonical.get(parts[0]) or max(
            surfaces, key=lambda s: (len(s), surfaces[s], s)
        )
        out.append(
            Entity(
                key=final,
                type=kind,
                label=label,
                alt_labels=tuple(sorted((set(surfaces) | set(standard_variants(label))) - {label})),
                subtype=(
                    "Outlet"
                    if final.startswith(f"Organization|{_OWN_OUTLET}|")
                    else _subtype(kind, label, subtypes, lexicon)
                ),
                iso_code=final.split("|")[1]
                if kind == "Country" and len(final.split("|")[1]) == 2
                else None,
                parent=_parent(kind, label, lexicon),
                evidence=ordered(evidence),
                merges=tuple(notes),
            )
        )
    return tuple(out)


def _subtype(kind: str, label: str, votes: Counter[str], lexicon) -> str | None:  # type: ignore[no-untyped-def]
    if kind != "Organization":
        return None
    entry = lexicon.org_of(label)
    if entry is not None:
        return str(entry.kind)
    if label.endswith(lexicon.gov_suffixes) or label.startswith("中共"):
        return "Government"
    if label.endswith(lexicon.company_suffixes):
        return "Company"
    if votes:
        return max(sorted(votes), key=lambda s: votes[s])
    return None


def _parent(kind: str, label: str, lexicon) -> str | None:  # type: ignore[no-untyped-def]
    if kind != "Place":
        return None
    entry = lexicon.place_of(label)
    return f"Place|{entry.parent}" if entry and entry.parent else None


def _short_names(series: str) -> tuple[str, ...]:
    entry = load_lexicon().fair_of(series)
    return tuple(entry.short_names) if entry else ()
