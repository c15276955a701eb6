"""Extractions → one entity per real-world thing, with every merge explained.

The result does not depend on the order of the inputs: documents are processed in the order
of their content hash, and every choice (labels, fair fields) is made by a sorted rule.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from fairgraph.languages import language, language_of
from fairgraph.model import NAMED_TYPES, Document, Extraction, Mention, Post
from fairgraph.resolve import records as K
from fairgraph.resolve.aliases import AliasRules
from fairgraph.resolve.facts import (
    NO_BODY,
    resolve_agreements,
    resolve_fairs,
    resolve_posts,
    same_signings,
)
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
    #: key → the standard names other languages give it (its English name on a node first
    #: named in Chinese): alternative labels, the first language's name staying the label
    translations: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: key → the full name a report declares a shorter or Latin name for (甲集团有限公司
    #: （JY Group）): its label when no rule gave it a canonical one, however long the others
    declared: dict[str, str] = field(default_factory=dict)

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
            first = self.canonical.setdefault(key, canonical)
            if first != canonical and self.namings[key] is not self.naming:
                # and its standard forms in that language (中共X市委 of 中国共产党X市委员会)
                self.translations[key].add(canonical)
                self.translations[key].update(self.naming.standard_variants(canonical))
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


class DocumentKeys:
    """What resolution learns of one report on its own (:func:`key_document`): the key of
    each mention, the body of each post, and the pool additions they make, recorded to be
    replayed into the corpus's pool in the documents' order — the map side of resolution's
    keyed reduction, which extraction workers compute beside each extraction (see
    :class:`Resolver`). Plain data: it travels between processes."""

    def __init__(self, code: str) -> None:
        self.code = code  # the report's language (its naming is looked up, never pickled)
        self.mention_keys = MentionKeys()
        #: ("add", args…), ("surface", key, surface) or ("declared", key, full name)
        self.ops: list[tuple[Any, ...]] = []
        self.post_orgs: dict[tuple[str, int, int], str] = {}
        self.post_countries: dict[tuple[str, int, int], str] = {}
        self.place_bodies: dict[tuple[str, int, int], str] = {}
        self.person_orgs: list[tuple[tuple[str, str], str]] = []

    def add(self, *args: Any) -> None:
        """Record a :meth:`_Pool.add` (same arguments)."""
        self.ops.append(("add", *args))

    def surface(self, key: str, surface: str) -> None:
        """Record one more way the entity ``key`` is written (a name joined to its country)."""
        self.ops.append(("surface", key, surface))

    def declare(self, key: str, full: str) -> None:
        """Record the full name a report gives the entity ``key`` a shorter name for."""
        self.ops.append(("declared", key, full))

    @property
    def naming(self) -> Any:
        return language(self.code).naming

    def renamed(self, rename: dict[str, str]) -> DocumentKeys:
        """These keys with some entity keys replaced (``rename``: old key → new key)."""
        if not rename:
            return self
        out = DocumentKeys(self.code)
        out.mention_keys.keys = {k: rename.get(v, v) for k, v in self.mention_keys.keys.items()}
        out.ops = [(op[0], rename.get(op[1], op[1]), *op[2:]) for op in self.ops]
        out.post_orgs = {k: rename.get(v, v) for k, v in self.post_orgs.items()}
        out.post_countries = {k: rename.get(v, v) for k, v in self.post_countries.items()}
        out.place_bodies = {k: rename.get(v, v) for k, v in self.place_bodies.items()}
        out.person_orgs = [(person, rename.get(org, org)) for person, org in self.person_orgs]
        return out

    def evidence(self) -> Iterator[Evidence]:
        """The evidence of every entity mention the report adds (whose nodes the graph
        writes), in the order added."""
        for op in self.ops:
            if op[0] == "add":
                yield op[4]

    def replay(self, pool: _Pool) -> None:
        pool.naming = self.naming
        for op in self.ops:
            if op[0] == "add":
                pool.add(*op[1:])
            elif op[0] == "declared":
                pool.declared.setdefault(op[1], op[2])
            else:
                pool.surfaces[op[1]][op[2]] += 1


def key_document(ex: Extraction, aliases: AliasRules) -> DocumentKeys:
    """The keys of one report's mentions and the bodies of its posts (depends on nothing but
    the report and the alias rules)."""
    doc = ex.document
    reader = language_of(doc)
    naming = reader.naming
    found = DocumentKeys(reader.code)
    mention_keys = found.mention_keys
    ctx = naming.document_context(doc, ex.mentions)
    sentence_of = _sentence_finder(ex)
    fair_keys_of = naming.fair_keys(ex)
    abbreviation = naming.abbreviations(
        naming.clean(m.text) for m in ex.mentions if m.type == "Organization"
    )
    declared = naming.declared_short_names(doc.text, ex.mentions)
    short_names = getattr(naming, "person_short_names", None)
    person_full = (
        short_names(naming.clean(m.text) for m in ex.mentions if m.type == "Person")
        if short_names
        else {}
    )
    joined = naming.country_prefixed(ex.mentions)
    keyed: list[_Keyed] = []
    # an organisation's name → its key and label (the full name a declared short name stands
    # for, keyed as the full name is: Kazakhstan Temir Zholy (KTZ), a lexicon's company)
    named: dict[str, tuple[str, str | None]] = {}
    fulls: dict[tuple[int, int], str] = {}  # a declared name's place → the full name declared
    for m in ex.mentions:
        if m.type not in ENTITY_TYPES:
            continue
        evidence = Evidence(doc.id, sentence_of(m.start), m)
        name = naming.clean(m.text)
        if m.type == "Person":
            full = person_full.get(name, name)  # 拉佐夫 after 谢尔盖·拉佐夫: the same person
            rule = K.RULE_SURNAME if full != name else None
            key, canonical = f"Person|{full}|{doc.id}", full
        elif m.type == "Fair":
            key, canonical = fair_keys_of[m]
            rule = K.RULE_FAIR_EDITION
        else:
            local = naming.local_context(ctx, m, _before(ex, m, sentence_of))
            key, canonical, rule = naming.key_of(m, local)
            if m.type == "Organization" and name in declared:
                full = declared[name]
                key, canonical = named.get(full, (f"Organization|{full}", full))
                rule = K.RULE_ABBREVIATION
                fulls[m.start, m.end] = full
            elif rule is None and name in abbreviation:
                full = abbreviation[name]
                key, canonical = named.get(full, (f"Organization|{full}", full))
                rule = K.RULE_ABBREVIATION
        key, canonical, rule = aliases.apply(key.split("|", 1)[0], name, key, canonical, rule)
        if m.type == "Organization":
            named.setdefault(name, (key, canonical))
        keyed.append((m, name, evidence, key, canonical, rule))
    heads = {m.start for m in ex.mentions if m.type in ("Role", "Organization")}
    home = getattr(naming, "home_jurisdiction", lambda _ctx: None)(ctx)
    written = getattr(naming, "written_name", lambda m: m.text)
    for m, _name, evidence, key, canonical, rule in _short_bodies(keyed, naming, heads, home):
        mention_keys.keys[(doc.id, m.start, m.end)] = key
        found.add(key, key.split("|", 1)[0], written(m), evidence, canonical, rule, m.subtype)
        if (m.start, m.end) in joined:
            found.surface(key, joined[m.start, m.end])
        if (m.start, m.end) in fulls:
            found.declare(key, fulls[m.start, m.end])
    outlet = getattr(naming, "own_outlet", lambda _text: None)(doc.text)
    for post in ex.posts:
        org = _post_organization(
            post,
            doc.id,
            ctx,
            mention_keys,
            found,
            sentence_of,
            functools.partial(_before, ex, sentence_of=sentence_of),
            outlet,
        )
        if not org and post.bodiless:
            # 习近平总书记: a title the language reads as standing alone, no body in reach; the
            # body it belongs to is only for people to meet by (standing_title_body)
            found.post_orgs[(doc.id, post.person.start, post.role.start)] = NO_BODY
            meet = getattr(naming, "standing_title_body", lambda _role: None)(post.role.text)
            if meet is not None:
                person = (naming.clean(post.person.text), doc.id)
                found.person_orgs.append((person, naming.body_identity(meet)[0]))
        if org:
            found.post_orgs[(doc.id, post.person.start, post.role.start)] = org
            holder = post.organization
            held = mention_keys(doc.id, holder) if holder is not None else None
            if holder is not None and (
                (held or "").startswith("Place|") or (held is None and holder.origin in _IMPLIED)
            ):
                # 西宁市副市长某某与某公司签约: the place stands for the body of the title; so
                # does a body only a title implies (某市委副书记、市长某某: the city's government)
                found.place_bodies[(doc.id, holder.start, holder.end)] = org
            country = (
                _represented(post.represents, doc.id, ctx, mention_keys, found, sentence_of)
                if post.organization is not None and post.represents is not None
                else None
            )
            if country is not None:
                found.post_countries[(doc.id, post.person.start, post.role.start)] = country
            found.person_orgs.append(((naming.clean(post.person.text), doc.id), org))
            titled = _title_body(
                post, ctx, naming, functools.partial(_before, ex, sentence_of=sentence_of)
            )
            if titled is not None and titled[0] != org:
                # the ministry a foreign minister's title names: shared with a report naming
                # it, though this report's post stays the country's
                found.person_orgs.append(((naming.clean(post.person.text), doc.id), titled[0]))
    return found


def _title_body(
    post: Post, ctx: Any, naming: Any, before: Callable[[Mention], Callable[[], list[Mention]]]
) -> tuple[str, str] | None:
    """The key of the body the title of an official of a foreign country names (Russian Deputy
    Minister of Economic Development: Russia's ministry of that portfolio, as the naming's
    ``role_body`` reads it in the country written before the title): (key, label), for the
    post and for people to meet by; None for a post with an organisation or without a country."""
    if post.organization is not None:
        return None
    local = naming.local_context(ctx, post.role, before(post.role))
    if local is ctx and post.represents is not None and post.represents.start < post.role.start:
        # a country written earlier in a list of titles (Ruritanian Minister of A X, Deputy
        # Minister of B Y): read as if written right before this title
        country = post.represents
        width = country.end - country.start
        stand_in = Mention(
            post.role.start - 1 - width, post.role.start - 1, country.text, "Country"
        )
        local = naming.local_context(ctx, post.role, lambda: [stand_in])
    if local is ctx:
        return None
    body = naming.role_body(local, post.role.text)
    return naming.body_identity(body) if body else None


def _unique(extractions: Sequence[Extraction]) -> list[Extraction]:
    """One extraction per text (of several with the same text, the last by source), in the
    order of the texts' hashes."""
    ordered = sorted(extractions, key=lambda e: (e.document.sha256, e.document.source))
    return list({e.document.sha256: e for e in ordered}.values())


class Resolver:
    """Resolution fed one extraction at a time: each report's own keys are worked out as it
    arrives (while extraction workers go on with the next), the corpus is resolved at
    :meth:`resolution` — the same result as :func:`resolve` of all of them, in any order.

    >>> resolver = Resolver()
    >>> resolver.resolution().entities
    ()
    """

    def __init__(self, aliases: AliasRules | None = None) -> None:
        self.aliases = aliases or AliasRules()
        self._extractions: list[Extraction] = []
        self._keys: dict[int, DocumentKeys] = {}  # id(extraction) → its keys

    def add(self, extraction: Extraction, keys: DocumentKeys | None = None) -> None:
        """Take one more extraction, with its :func:`key_document` under this resolver's
        aliases when a worker made them (else they are worked out now)."""
        self._extractions.append(extraction)
        self._keys[id(extraction)] = (
            keys if keys is not None else key_document(extraction, self.aliases)
        )

    def resolution(self) -> Resolution:
        """The resolution of every extraction added."""
        unique = _unique(self._extractions)
        keys = [self._keys[id(ex)] for ex in unique]
        return _resolve_keyed(unique, keys, self.aliases)


def resolve(extractions: Sequence[Extraction], aliases: AliasRules | None = None) -> Resolution:
    """Resolve the entities and facts of a corpus."""
    aliases = aliases or AliasRules()
    unique = _unique(extractions)
    return _resolve_keyed(unique, [key_document(ex, aliases) for ex in unique], aliases)


def _resolve_keyed(
    unique: list[Extraction], keys: list[DocumentKeys], aliases: AliasRules
) -> Resolution:
    """The corpus's resolution from its reports' own keys (in the order of ``unique``)."""
    rename, merges = _cross_language_names(keys)
    keys = [found.renamed(rename) for found in keys]
    pool = _Pool()
    mention_keys = MentionKeys()
    person_orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
    post_orgs: dict[tuple[str, int, int], str] = {}
    post_countries: dict[tuple[str, int, int], str] = {}  # a minister's country, beside the body
    place_bodies: dict[tuple[str, int, int], str] = {}  # a place before a title → that body
    for found in keys:
        found.replay(pool)
        mention_keys.keys.update(found.mention_keys.keys)
        post_orgs.update(found.post_orgs)
        post_countries.update(found.post_countries)
        place_bodies.update(found.place_bodies)
        for person, org in found.person_orgs:
            person_orgs[person].add(org)

    for target, rule, labels, docs in merges:
        noted_labels, noted_docs = pool.notes.setdefault((target, rule), (set(), set()))
        noted_labels.update(labels)
        noted_docs.update(docs)
    person_key, person_rules = _merge_people(person_orgs, aliases, _family_of(pool))
    readers = {e.document.id: language_of(e.document) for e in unique}
    across = _merge_across_languages(person_orgs, readers, person_key, _any_family_of(pool))
    posts = resolve_posts(unique, mention_keys, post_orgs, person_key, post_countries)
    fairs = resolve_fairs(unique, mention_keys, person_key, _venue_of(pool))

    def party_key(doc_id: str, mention: Mention | None) -> str | None:
        """A party's key: a place written before an official's title is that title's body."""
        if mention is not None and (doc_id, mention.start, mention.end) in place_bodies:
            return place_bodies[(doc_id, mention.start, mention.end)]
        return mention_keys(doc_id, mention)

    agreements = same_signings(
        resolve_agreements(unique, party_key, person_key),
        {e.document.id: e.document.date for e in unique},
        _report_fairs(fairs),
    )
    entities = _entities(pool, person_key, person_rules, across)
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


_Keyed = tuple[Mention, str, Evidence, str, str | None, str | None]


def _short_bodies(
    keyed: list[_Keyed], naming: Any, heads: set[int], home: str | None = None
) -> list[_Keyed]:
    """A body named bare in a report (商务厅) is the one fuller body of the report whose name
    ends with it and that belongs to a province's or city's government (青海省商务厅, however
    the report wrote it), when there is exactly one and its sentence names no other place as
    a body's or a title's (甘肃省副省长、商务厅厅长 beside a report's 四川省商务厅 stays bare);
    otherwise it stays itself. In a sentence naming no place, a fuller body outside the
    report's own province (``home``, the key of the place the report is about) is not taken
    either: the bare name may be the report's own province's. Languages whose naming has no
    ``jurisdiction`` keep every bare name as it is."""
    find = getattr(naming, "jurisdiction", None)
    if find is None:
        return keyed
    bodies: dict[str, str] = {}  # key → label of the report's governmental bodies
    for m, name, _, key, canonical, _ in keyed:
        label = canonical or name
        if m.type == "Organization" and key == f"Organization|{label}" and find(label):
            bodies.setdefault(key, label)
    named = _places_named(keyed, find, heads)
    out = []
    for m, name, evidence, key, canonical, rule in keyed:
        if m.type == "Organization" and rule is None and len(name) >= 3:
            fuller = {k: b for k, b in bodies.items() if len(b) > len(name) and b.endswith(name)}
            places = named.get(evidence.sentence.start, set())
            if places and len(fuller) == 1:
                own = find(next(iter(fuller.values()))) or ""
                related = {own, naming.place_parent(own.partition("|")[2])}
                if not any(
                    p in related or naming.place_parent(p.partition("|")[2]) == own for p in places
                ):
                    fuller = {}  # another place's body or title: not the fuller body's
            elif not places and home is not None and len(fuller) == 1:
                own = find(next(iter(fuller.values()))) or ""
                if home not in (own, naming.place_parent(own.partition("|")[2])):
                    fuller = {}  # another province's body, in a report on its own province
            if len(fuller) == 1:
                ((key, canonical),) = fuller.items()
                rule = K.RULE_ABBREVIATION
        out.append((m, name, evidence, key, canonical, rule))
    return out


def _places_named(
    keyed: list[_Keyed], find: Callable[[str], str | None], heads: set[int]
) -> dict[int, set[str]]:
    """Per sentence (by its start), the keys of the places it names as the place of a body or a
    title: a governmental body's place (甘肃省商务厅 → 甘肃省) and a place written right before a
    title or a body (甘肃省副省长, ``heads`` being where titles and bodies start); a place a thing
    happens in (在成都) is neither."""
    out: dict[int, set[str]] = {}
    for m, name, evidence, key, canonical, _ in keyed:
        place = None
        if m.type == "Organization":
            place = find(canonical or name)
        elif m.type == "Place" and key.startswith("Place|") and m.end in heads:
            place = key
        if place:
            out.setdefault(evidence.sentence.start, set()).add(place)
    return out


def _post_organization(
    post: Post,
    doc_id: str,
    ctx: Any,
    mention_keys: MentionKeys,
    pool: DocumentKeys,
    sentence_of,
    before: Callable[[Mention], Callable[[], list[Mention]]],
    outlet: tuple[str, str] | None = None,
) -> str | None:  # type: ignore[no-untyped-def]
    """The organisation (or represented country) key of a post.

    A place before a title stands for its government or Party committee (西宁市副市长); a bare
    title names its body from the report's place (常务副省长 → the province's government); a
    staff title its report's outlet (``outlet``: the one its dateline names, if the naming's
    ``own_outlet`` reads one).
    """
    if post.represents is not None and post.organization is None:
        # (a country read inside a body's name, 某国政府, is no mention of its own: named here)
        return _represented(post.represents, doc_id, ctx, mention_keys, pool, sentence_of)
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
    elif holder is None and naming.is_staff_title(post.role.text) and outlet is not None:
        # 中国能源报讯（记者 X）: the paper its dateline names
        pool.add(
            outlet[0],
            "Organization",
            None,
            Evidence(doc_id, sentence_of(post.role.start), post.role),
            outlet[1],
            K.RULE_CONTEXT,
            "Other",
        )
        return outlet[0]
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
        local = naming.local_context(ctx, post.role, before(post.role))
        holder, body = post.role, naming.role_body(local, post.role.text)
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


def _represented(
    country: Mention,
    doc_id: str,
    ctx: Any,
    mention_keys: MentionKeys,
    pool: DocumentKeys,
    sentence_of,
) -> str | None:  # type: ignore[no-untyped-def]
    """The key of the country a post represents; a country read inside a title (某国财政部长)
    is no mention of its own, and is named here."""
    key = mention_keys(doc_id, country)
    if key is not None:
        return key
    key, canonical, rule = pool.naming.key_of(country, ctx)
    evidence = Evidence(doc_id, sentence_of(country.start), country)
    pool.add(key, "Country", country.text, evidence, canonical, rule, None)
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
    person_orgs: dict[tuple[str, str], set[str]],
    aliases: AliasRules,
    family: Callable[[str], str | None],
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Same-named people of different reports are one person only when an organisation agrees,
    or when their bodies belong to one province's or city's government and Party family
    (``family``: 甘肃省人民政府 then 中共甘肃省委). Returns the merged key of each report's
    person and the rules that merged each merged person."""
    by_name: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for (name, doc), orgs in sorted(person_orgs.items()):
        by_name[name].append((doc, orgs))
    out: dict[str, str] = {}
    rules: dict[str, set[str]] = {}
    for name, records in by_name.items():
        # (documents, organisations, their families, the rules that joined them)
        groups: list[tuple[set[str], set[str], set[str], set[str]]] = []
        for doc, orgs in records:
            families = {f for f in (family(o) for o in orgs) if f}
            docs, all_orgs, all_families, used = {doc}, set(orgs), set(families), set()
            for g in list(groups):
                if aliases.forbids_people(name, g[1], orgs):
                    continue
                if g[1] & orgs:
                    used.add(K.RULE_SHARED_POST)
                elif g[2] & families:
                    used.add(K.RULE_SAME_JURISDICTION)
                else:
                    continue
                docs |= g[0]
                all_orgs |= g[1]
                all_families |= g[2]
                used |= g[3]
                groups.remove(g)
            groups.append((docs, all_orgs, all_families, used))
        for docs, orgs, _, used in groups:
            if len(docs) < 2:
                continue
            merged = f"Person|{name}|{min(orgs)}"
            rules[merged] = used
            for doc in docs:
                out[f"Person|{name}|{doc}"] = merged
    return out, rules


def _family_of(pool: _Pool) -> Callable[[str], str | None]:
    """The jurisdiction of an organisation key, as the naming of its first report reads it
    (a language whose naming has no ``jurisdiction`` merges people by shared bodies only)."""

    def family(key: str) -> str | None:
        kind, _, rest = key.partition("|")
        naming = pool.namings.get(key)
        find = getattr(naming, "jurisdiction", None)
        if kind != "Organization" or find is None or "|" in rest:
            return None
        label = pool.canonical.get(key) or rest
        return find(label)  # type: ignore[no-any-return]

    return family


def _any_family_of(pool: _Pool) -> Callable[[str], str | None]:
    """The jurisdiction of an organisation key as any naming that reads jurisdictions reads its
    key's name (the Chinese official name both languages key a body of China by: 榆林市人民政府,
    however the first report wrote it), for people to meet across languages."""
    finders = sorted(
        {id(n): n for n in pool.namings.values() if getattr(n, "jurisdiction", None)}.values(),
        key=lambda n: str(getattr(n, "__name__", "")),
    )

    def family(key: str) -> str | None:
        kind, _, rest = key.partition("|")
        if kind != "Organization" or "|" in rest:
            return None
        return next((f for n in finders if (f := n.jurisdiction(rest))), None)

    return family


def _venue_of(pool: _Pool) -> Callable[[str], bool]:
    """Whether a location key is a venue (a hall, not a city), as the naming of its first
    report reads it (a language whose naming has no ``is_venue`` keeps no venue claims)."""

    def venue(key: str) -> bool:
        find = getattr(pool.namings.get(key), "is_venue", None)
        label = pool.canonical.get(key) or key.partition("|")[2]
        return bool(find is not None and find(label))

    return venue


def _cross_language_names(
    keys: list[DocumentKeys],
) -> tuple[dict[str, str], list[tuple[str, str, set[str], set[str]]]]:
    """Organisations, places and fair editions of reports in different languages that no
    lexicon names but whose names agree in a key space the namings share (``cross_keys``: a
    company's place, words and kind; a fair's edition and words): the keys to rename (each to
    the smallest of its group), and the merges made as (key, rule, labels, documents). A key
    space in which a language has two different keys merges nothing: which of them is meant
    cannot be told."""
    if len({found.code for found in keys}) < 2:
        return {}, []
    groups: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    labels: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    for found in keys:
        naming = found.naming
        cross = getattr(naming, "cross_keys", None)
        kinds: dict[str, str] = {}
        for op in found.ops:
            if op[0] == "surface" and op[1] in kinds:
                # one more way the entity is written (joined to its country: 肯尼亚全国工商会)
                if cross is not None and (op[1], op[2]) not in seen:
                    seen.add((op[1], op[2]))
                    labels[op[1]].add(naming.clean(op[2]))
                    for rule, shared in cross(kinds[op[1]], naming.clean(op[2])):
                        groups[(rule, shared)][found.code].add(op[1])
                continue
            if op[0] != "add" or op[2] not in ("Organization", "Place", "Fair"):
                continue
            key, kind, surface, evidence, canonical = op[1:6]
            kinds[key] = kind
            if surface is not None:
                labels[key].add(naming.clean(surface))
            docs[key].add(evidence.document)
            label = canonical or (naming.clean(surface) if surface is not None else None)
            if cross is None or label is None or (key, label) in seen:
                continue
            seen.add((key, label))
            for rule, shared in cross(kind, label):
                groups[(rule, shared)][found.code].add(key)
    rename: dict[str, str] = {}
    merged: dict[str, tuple[str, set[str]]] = {}
    # the looser key spaces (words in any order, a trade name with some of its words) last: a
    # merge the stricter ones make is recorded under their rule
    looser = (K.RULE_NAME_WORDS_ANY_ORDER, K.RULE_TRADE_NAME)
    for (rule, _), by_language in sorted(groups.items(), key=lambda g: (g[0][0] in looser, g[0])):
        if len(by_language) < 2 or any(len(k) != 1 for k in by_language.values()):
            continue
        group = sorted({rename.get(k, k) for ks in by_language.values() for k in ks})
        if len(group) < 2:
            continue
        target = group[0]
        for key in [*group[1:], *[k for k, v in rename.items() if v in group[1:]]]:
            rename[key] = target
        merged[target] = (rule, merged.pop(target, (rule, set()))[1] | set(group))
    merges = []
    for target, (rule, members) in sorted(merged.items()):
        parts = [k for k in {*members, *rename} if rename.get(k, k) == target]
        merges.append(
            (
                target,
                rule,
                set().union(*(labels[k] for k in parts)),
                set().union(*(docs[k] for k in parts)),
            )
        )
    return rename, merges


def _merge_across_languages(
    person_orgs: dict[tuple[str, str], set[str]],
    readers: dict[str, Any],
    person_key: dict[str, str],
    family: Callable[[str], str | None] = lambda _key: None,
) -> dict[str, set[str]]:
    """People of reports in different languages whose names agree in a shared key space
    (pinyin: 李明 and "Li Ming"; a naming's further ``person_name_keys``: a transliteration's
    sound, a Cantonese romanisation) are one person only when an organisation agrees as well,
    or their bodies belong to one province's or city's government and Party family (``family``:
    榆林市人民政府办公室 and the city's government, as same-named people of one language meet;
    recorded with ``same-name-same-jurisdiction`` beside the name's rule).
    Updates ``person_key``; returns the merged keys with the rules that merged each. Reports of
    one language never meet here, and no merge puts two people of one report on one node."""
    if len({r.code for r in readers.values()}) < 2:
        return {}
    groups: dict[tuple[str, str], list[tuple[str, str, set[str]]]] = defaultdict(list)
    for (name, doc), orgs in sorted(person_orgs.items()):
        if orgs:
            naming = readers[doc].naming
            record = (readers[doc].code, f"Person|{name}|{doc}", orgs)
            groups[(K.RULE_PINYIN, naming.person_name_key(name))].append(record)
            further = getattr(naming, "person_name_keys", None)
            for rule, key in further(name) if further is not None else ():
                groups[(rule, key)].append(record)
    merged: dict[str, set[str]] = {}
    # pinyin first: a name that meets in pinyin is merged under that rule
    for (rule, _), records in sorted(
        groups.items(), key=lambda g: (g[0][0] != K.RULE_PINYIN, g[0])
    ):
        for i, (lang_a, key_a, orgs_a) in enumerate(records):
            for lang_b, key_b, orgs_b in records[i + 1 :]:
                if lang_a == lang_b:
                    continue
                shared = orgs_a & orgs_b
                families = {family(o) for o in orgs_a} & {family(o) for o in orgs_b} - {None}
                if not shared and not families:
                    continue
                final_a = person_key.get(key_a, key_a)
                final_b = person_key.get(key_b, key_b)
                if final_a == final_b:
                    continue
                members = sorted(
                    k
                    for k in {key_a, key_b, *person_key}
                    if person_key.get(k, k) in (final_a, final_b)
                )
                docs = [d for k in members if (d := k.rsplit("|", 1)[1]) in readers]
                if len(docs) != len(set(docs)):
                    continue  # two people of one report would become one
                target = min(final_a, final_b)
                for key in members:
                    person_key[key] = target
                rules = merged.pop(final_a, set()) | merged.pop(final_b, set())
                merged[target] = rules | {rule} | (set() if shared else {K.RULE_SAME_JURISDICTION})
    return merged


def _entities(
    pool: _Pool,
    person_key: dict[str, str],
    person_rules: dict[str, set[str]],
    across: dict[str, set[str]] | None = None,
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
        translations: set[str] = set()
        for part in sorted(parts):
            surfaces.update(pool.surfaces[part])
            translations.update(pool.translations.get(part, ()))
            evidence.extend(pool.evidence[part])
            subtypes.update(pool.subtypes[part])
            for rule, labels, docs in notes_of[part]:
                if len(labels) > 1 or rule != K.RULE_FAIR_EDITION:
                    notes.append(MergeNote(rule, tuple(sorted(labels)), tuple(sorted(docs))))
        if across and final in across:
            merged_docs = sorted({e.document for e in evidence})
            for rule in sorted(across[final]):
                notes.append(MergeNote(rule, tuple(sorted(surfaces)), tuple(merged_docs)))
        elif len(parts) > 1:
            merged_docs = sorted({e.document for e in evidence})
            for rule in sorted(person_rules.get(final, {K.RULE_SHARED_POST})):
                notes.append(MergeNote(rule, tuple(sorted(surfaces)), tuple(merged_docs)))
        kind = pool.types[parts[0]]
        naming = pool.namings[parts[0]]
        declared = pool.declared.get(parts[0])
        label = pool.canonical.get(parts[0]) or (declared if declared in surfaces else None)
        label = label or max(surfaces, key=lambda s: (len(s), surfaces[s], s))
        out.append(
            Entity(
                key=final,
                type=kind,
                label=label,
                alt_labels=tuple(
                    sorted(
                        (set(surfaces) | translations | set(naming.standard_variants(label)))
                        - {label}
                    )
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


def _report_fairs(fairs: Sequence[ResolvedFair]) -> dict[str, str]:
    """The fair edition each report is about, where it states facts of exactly one."""
    editions: dict[str, set[str]] = defaultdict(set)
    for fair in fairs:
        for e in fair.evidence:
            editions[e.document].add(fair.key)
    return {doc: min(keys) for doc, keys in editions.items() if len(keys) == 1}


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
