"""Frozen records passed between the pipeline's stages.

``Document`` → ``Mention`` (entities found in the text) → facts (``Post``, ``Agreement``,
``FairFact``) collected in an ``Extraction`` → the graph.  Every offset is a character offset
into ``Document.text``, end exclusive.

>>> doc = Document.from_text("青海省人民政府与金山软件集团有限公司签署协议。", source="a.txt")
>>> m = Mention(0, 7, "青海省人民政府", "Organization", subtype="Government")
>>> doc.text[m.start:m.end] == m.text
True
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

EntityType = Literal["Person", "Organization", "Country", "Place", "Role", "Fair", "Money", "Date"]
ENTITY_TYPES: tuple[str, ...] = (
    "Person",
    "Organization",
    "Country",
    "Place",
    "Role",
    "Fair",
    "Money",
    "Date",
)
#: the named entities of the graph (the other mention types become titles, amounts and dates)
NAMED_TYPES: tuple[str, ...] = ("Person", "Organization", "Country", "Place", "Fair")
#: finer kinds of ``Organization``
ORG_SUBTYPES: tuple[str, ...] = ("Government", "Company", "Other")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date whose year (or month, or day) may be unknown.

    >>> PartialDate(2024, 7, 11).iso()
    '2024-07-11'
    >>> PartialDate(None, 7, 11).iso()
    '--07-11'
    >>> PartialDate(2024, 7, None).iso()
    '2024-07'
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month or 1:02d}-{self.day or 1:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day)


@dataclass(frozen=True)
class Document:
    """One input report, decoded and reduced to its article text."""

    id: str
    source: str
    text: str
    sha256: str
    title: str | None = None
    date: PartialDate | None = None
    encoding: str = "utf-8"
    language: str | None = None  # BCP 47 tag of its text (zh, en); None: not yet known

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: str,
        title: str | None = None,
        date: PartialDate | None = None,
        encoding: str = "utf-8",
        language: str | None = None,
    ) -> Document:
        """Build a document whose id and hash derive from its text alone."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(
            id=digest[:16],
            source=source,
            text=text,
            sha256=digest,
            title=title,
            date=date,
            encoding=encoding,
            language=language,
        )


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of a document, usually the sentence that states a fact."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, order=True)
class Mention:
    """A name found in the text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str
    type: str
    subtype: str | None = None
    origin: str = "rule"

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
        }
        if self.subtype:
            out["subtype"] = self.subtype
        return out


@dataclass(frozen=True, order=True)
class Amount:
    """A sum of money, normalised: 916亿元 → value 91600000000, currency CNY."""

    value: Decimal
    currency: str
    text: str
    start: int
    end: int
    approximate: bool = False


@dataclass(frozen=True, order=True)
class DateMention:
    """A date expression in the text, resolved as far as the document allows."""

    start: int
    end: int
    text: str
    date: PartialDate
    end_date: PartialDate | None = None  # for ranges such as 7月11日至15日


@dataclass(frozen=True)
class Post:
    """A person holds a post (role) in an organisation, or represents a country."""

    person: Mention
    role: Mention
    evidence: Span
    organization: Mention | None = None
    represents: Mention | None = None
    start: PartialDate | None = None  # a start the text states (自2023年3月起任)
    ended: bool = False  # the text says the post was held before (原任, 前任, 已调任)


@dataclass(frozen=True)
class Agreement:
    """One signed agreement between two or more parties (bilateral after expansion)."""

    parties: tuple[Mention, ...]
    agreement_type: str
    evidence: Span
    title: str | None = None
    fair: Mention | None = None
    date: PartialDate | None = None
    investment: Amount | None = None
    project_count: int | None = None
    signatories: tuple[Mention, ...] = ()
    witnesses: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class FairFact:
    """What one sentence says about one fair edition; the resolver merges them."""

    fair: Mention
    series: str
    evidence: Span
    edition: int | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    location: Mention | None = None
    organizers: tuple[Mention, ...] = ()
    theme: str | None = None
    guest_countries: tuple[Mention, ...] = ()
    signed_project_count: int | None = None
    total_investment: Amount | None = None
    participants: tuple[Mention, ...] = ()
    visitors: int | None = None
    exhibitors: int | None = None
    sales: Amount | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the extraction layer found in one document."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    posts: tuple[Post, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    fairs: tuple[FairFact, ...] = ()
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateMention, ...] = ()
    sentences: tuple[Span, ...] = field(default=(), repr=False)

    @property
    def entities(self) -> tuple[Mention, ...]:
        """The mentions of named entities (Person, Organization, Country, Place, Fair), in order;
        each with ``.type``, ``.text``, ``.start`` and ``.end`` (offsets into the text)."""
        return tuple(m for m in self.mentions if m.type in NAMED_TYPES)
