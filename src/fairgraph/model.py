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

import datetime as _dt
import hashlib
from collections.abc import Sequence
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


#: a window of days of the year: its first and last (month, day)
DayWindow = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class FairCalendar:
    """When a fair series opens and closes in a run of years (of its odd, even or all
    editions): the first and last (month, day) its opening and its closing may fall on. The
    rows are language data; a day written without its month, or a weekday without a date, in a
    report of an edition whose year is known is then the one day of the window.

    >>> c = FairCalendar.from_cells("2007", "", "even", "10-15..10-15", "11-03..11-05")
    >>> calendar_weekday([c], 2017, 122, "close", 5), calendar_month([c], 2017, 122, 4)
    (datetime.date(2017, 11, 4), 11)
    >>> calendar_month([c], 2017, 121, 4) is None  # an odd edition: not this run
    True
    """

    first: int  # the first year …
    last: int | None  # … and the last, or None for every later year
    editions: str  # "odd", "even" or "all"
    opens: DayWindow | None
    closes: DayWindow | None

    @classmethod
    def from_cells(
        cls, first: str, last: str, editions: str, opens: str, closes: str
    ) -> FairCalendar:
        """A row of a calendar table: years, editions, and windows written ``MM-DD..MM-DD``."""

        def window(cell: str) -> DayWindow | None:
            if not cell:
                return None
            low, high = (tuple(int(x) for x in end.split("-")) for end in cell.split(".."))
            return (low[0], low[1]), (high[0], high[1])

        if editions not in ("odd", "even", "all"):
            raise ValueError(f"editions must be odd, even or all: {editions!r}")
        return cls(int(first), int(last) if last else None, editions, window(opens), window(closes))

    def covers(self, year: int, edition: int | None) -> bool:
        if not (self.first <= year and (self.last is None or year <= self.last)):
            return False
        odd = edition is not None and edition % 2 == 1
        return self.editions == "all" or (edition is not None and odd == (self.editions == "odd"))

    def days(self, year: int, event: str) -> list[_dt.date]:
        """Every day of ``year`` the opening (``event`` "open") or closing ("close") may be."""
        window = self.opens if event == "open" else self.closes
        if window is None:
            return []
        low, high = _dt.date(year, *window[0]), _dt.date(year, *window[1])
        return [low + _dt.timedelta(days=n) for n in range((high - low).days + 1)]


def _calendar_days(
    runs: Sequence[FairCalendar], year: int, edition: int | None, events: tuple[str, ...]
) -> set[_dt.date]:
    return {d for r in runs if r.covers(year, edition) for e in events for d in r.days(year, e)}


def calendar_month(
    runs: Sequence[FairCalendar], year: int, edition: int | None, day: int
) -> int | None:
    """The month a day written alone (the 19th) of the edition of ``year`` falls in: the one
    month whose opening or closing days hold it."""
    days = _calendar_days(runs, year, edition, ("open", "close"))
    found = {d.month for d in days if d.day == day}
    return found.pop() if len(found) == 1 else None


def calendar_weekday(
    runs: Sequence[FairCalendar], year: int, edition: int | None, event: str, weekday: int
) -> _dt.date | None:
    """The day the edition of ``year`` opened (``event`` "open") or closed ("close") on, told
    only by its weekday (0 = Monday): the one day of the window with that weekday."""
    found = [d for d in _calendar_days(runs, year, edition, (event,)) if d.weekday() == weekday]
    return found[0] if len(found) == 1 else None


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


@dataclass(frozen=True)
class Mention:
    """A name found in the text: ``text == document.text[start:end]``.

    Mentions order as the tuples of their fields (start, end, text, type, subtype, origin),
    compared field by field only as far as they differ (the rules sort them all the time):

    >>> sorted([Mention(3, 5, "乙", "Place"), Mention(0, 2, "甲", "Person")])[0].text
    '甲'
    """

    start: int
    end: int
    text: str
    type: str
    subtype: str | None = None
    origin: str = "rule"

    def _rest(self) -> tuple[str, str, str | None, str]:
        return (self.text, self.type, self.subtype, self.origin)

    def __lt__(self, other: Mention) -> bool:
        if other.__class__ is not Mention:
            return NotImplemented
        if self.start != other.start:
            return self.start < other.start
        if self.end != other.end:
            return self.end < other.end
        return self._rest() < other._rest()  # type: ignore[operator]

    def __le__(self, other: Mention) -> bool:
        if other.__class__ is not Mention:
            return NotImplemented
        return not other < self

    def __gt__(self, other: Mention) -> bool:
        if other.__class__ is not Mention:
            return NotImplemented
        return other < self

    def __ge__(self, other: Mention) -> bool:
        if other.__class__ is not Mention:
            return NotImplemented
        return not self < other

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
    #: the language's rules read the title as standing without a body when none is stated
    #: (习近平总书记, General Secretary Xi Jinping, a fair committee's chair): a post for which
    #: resolution finds no organisation nor country is kept with neither, not dropped
    bodiless: bool = False


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
    #: why this document gave nothing: the error its language's extractor met on it (a bug of
    #: fairgraph's, reported as a skipped document; the other documents are built), else ""
    failure: str = field(default="", repr=False)

    @property
    def entities(self) -> tuple[Mention, ...]:
        """The mentions of named entities (Person, Organization, Country, Place, Fair), in order;
        each with ``.type``, ``.text``, ``.start`` and ``.end`` (offsets into the text)."""
        return tuple(m for m in self.mentions if m.type in NAMED_TYPES)
