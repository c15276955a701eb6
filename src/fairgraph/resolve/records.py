"""Records of the resolution stage: one ``Entity`` per real-world thing, facts keyed by entity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fairgraph.model import Amount, Document, Mention, PartialDate, Span

# Names of the merge rules, recorded in the graph (fg:MergeRecord) for every merge they make.
# A language's naming (``fairgraph.<lang>.naming``) returns them with the keys it derives.
RULE_LEXICON = "lexicon-alias"
RULE_CONTEXT = "document-place-context"
RULE_ABBREVIATION = "abbreviation-in-document"
RULE_SAME_NAME = "same-name-in-document"
RULE_SHARED_POST = "same-name-shared-organization"
RULE_FAIR_EDITION = "fair-series-edition"
RULE_EXACT = "same-name"
RULE_USER_ALIAS = "user-alias"
RULE_ZONE_FORMS = "zone-body-full-name"
RULE_SAME_JURISDICTION = "same-name-same-jurisdiction"
RULE_SAME_SIGNING = "same-signing-across-reports"
RULE_SURNAME = "surname-of-full-name-in-document"
#: a name keyed by the official name of the same body or place in another language
RULE_ACROSS_LANGUAGES = "official-name-across-languages"
#: people of reports in two languages, one name in pinyin, and an organisation in common
RULE_PINYIN = "pinyin-name-shared-organization"
#: people of reports in two languages, a foreign name and its transliteration sounding alike
#: (阿米娜·罗斯利, Aminah Rosli), and an organisation in common
RULE_TRANSLITERATION = "transliterated-name-shared-organization"
#: people of reports in two languages, a Chinese name and its Cantonese romanisation (何厚铧,
#: Ho Hau Wah), and an organisation in common
RULE_CANTONESE = "cantonese-name-shared-organization"
#: a company or zone of reports in two languages whose names agree in place, translated (or
#: pinyin) words and kind (陕西煤业化工集团有限责任公司, Shaanxi Coal and Chemical Industry Group
#: Co., Ltd.)
RULE_NAME_WORDS = "translated-name-across-languages"
#: a company's branch or subsidiary at a place, of reports in two languages, named by its parent
#: company (a lexicon's) and the place (中国移动通信集团天津有限公司, China Mobile Tianjin)
RULE_BRANCH = "branch-name-across-languages"
#: organisations and places of reports in two languages whose names hold the same words in
#: another order (the place, the translated or pinyin words and the kind's words as a set:
#: 中国物流与采购联合会, China Federation of Logistics and Purchasing)
RULE_NAME_WORDS_ANY_ORDER = "name-words-any-order-across-languages"
#: companies of reports in two languages named by the same trade name in pinyin, the one name's
#: other words all among the other's (北大荒农垦集团有限公司, Beidahuang Group)
RULE_TRADE_NAME = "trade-name-across-languages"


@dataclass(frozen=True)
class Evidence:
    """A stretch of a document that states something: the sentence, and the exact mention."""

    document: str  # Document.id
    sentence: Span
    mention: Mention | None = None

    def sort_key(self) -> tuple[str, int, int, int, int]:
        m = self.mention
        return (
            self.document,
            self.sentence.start,
            self.sentence.end,
            m.start if m else -1,
            m.end if m else -1,
        )


def ordered(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Distinct evidence in document order (a mention and a bare sentence may share a start)."""
    return tuple(sorted(set(evidence), key=Evidence.sort_key))


@dataclass(frozen=True)
class MergeNote:
    """Why several names or mentions became one entity."""

    rule: str
    labels: tuple[str, ...]
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    key: str  # canonical identity, e.g. "Organization|青海省人民政府"; the IRI derives from it
    type: str
    label: str
    alt_labels: tuple[str, ...] = ()
    subtype: str | None = None
    iso_code: str | None = None
    parent: str | None = None  # key of the containing place
    evidence: tuple[Evidence, ...] = ()
    merges: tuple[MergeNote, ...] = ()


@dataclass(frozen=True)
class ResolvedPost:
    person: str
    role: str
    evidence: tuple[Evidence, ...]
    organization: str | None = None
    represents: str | None = None
    start: PartialDate | None = None  # a start the text states (自…起任)
    ended: tuple[str, ...] = ()  # documents that say the post was held before (原任, 已调任)


@dataclass(frozen=True)
class Claim:
    """One value a document gives for one field of a fact (a fair's total …), kept where the
    documents disagree on it."""

    field: str  # the record's field name: total_investment, start_date …
    value: object  # an Amount, a PartialDate or an int
    evidence: Evidence


@dataclass(frozen=True)
class ResolvedAgreement:
    key: str
    parties: tuple[str, ...]
    agreement_type: str
    evidence: Evidence  # the first report's statement (its language, amount)
    title: str | None = None
    fair: str | None = None
    date: PartialDate | None = None
    investment: Amount | None = None
    project_count: int | None = None
    signatories: tuple[str, ...] = ()
    witnesses: tuple[str, ...] = ()
    also: tuple[Evidence, ...] = ()  # the same signing as other reports state it
    merges: tuple[MergeNote, ...] = ()

    @property
    def sources(self) -> tuple[Evidence, ...]:
        """Every statement of the signing, in document order."""
        return ordered((self.evidence, *self.also))


@dataclass(frozen=True)
class ResolvedFair:
    key: str
    series: str
    evidence: tuple[Evidence, ...]
    edition: int | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    locations: tuple[str, ...] = ()  # city, venue … as the reports state them
    organizers: tuple[str, ...] = ()
    theme: str | None = None
    guest_countries: tuple[str, ...] = ()
    signed_project_count: int | None = None
    total_investment: tuple[str, Amount] | None = None  # (document id, amount)
    participants: tuple[str, ...] = ()
    visitors: int | None = None
    exhibitors: int | None = None
    sales: tuple[str, Amount] | None = None  # (document id, amount)
    claims: tuple[Claim, ...] = ()  # every value of a field the reports disagree on
    conflicts: tuple[str, ...] = ()  # those fields (left empty above)


@dataclass(frozen=True)
class Resolution:
    """The whole corpus, resolved: what the graph builder turns into triples."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    posts: tuple[ResolvedPost, ...]
    agreements: tuple[ResolvedAgreement, ...]
    fairs: tuple[ResolvedFair, ...]
    series: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (series name, short names)
    amounts: tuple[tuple[str, Amount], ...] = ()  # every sum of money stated: (document id, amount)
