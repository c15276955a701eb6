"""Document → Extraction for English reports.

>>> from fairgraph.model import Document
>>> text = ("XINING, July 11 (Xinhua) -- The 25th China (Qinghai) Green Development Investment "
...         "and Trade Fair opened in Xining on Thursday. Qinghai Provincial People's Government "
...         "signed a strategic cooperation framework agreement with China Telecom.")
>>> ex = extract_document(Document.from_text(text, source="t.txt", language="en"))
>>> [(a.parties[0].text, a.parties[1].text, a.agreement_type) for a in ex.agreements]
[("Qinghai Provincial People's Government", 'China Telecom', 'strategic cooperation framework agreement')]
>>> [(f.fair.text, f.edition, f.location.text) for f in ex.fairs][:1]
[('25th China (Qinghai) Green Development Investment and Trade Fair', 25, 'Xining')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from fairgraph.en.facts import fair_facts, find_agreements, find_posts
from fairgraph.en.lexicon import load_lexicon
from fairgraph.en.meta import find_publication_date
from fairgraph.en.naming import fair_keys, series_of
from fairgraph.en.quantities import find_amounts, find_dates
from fairgraph.en.recognize import recognize
from fairgraph.en.sentences import split_sentences
from fairgraph.model import Document, Extraction, Mention, PartialDate, Span

_DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]+?)(?:, [A-Z][A-Za-z .'-]+)?,\s+[A-Z][a-z]+\.?\s+\d{1,2}[^(\n]{0,8}(?:\((\w[\w ]+)\))?"
)


def _dateline(text: str) -> list[Mention]:
    """The dateline's city (NANNING, …) and its agency (Xinhua) as mentions."""
    m = _DATELINE.match(text)
    if m is None:
        return []
    out = []
    city = m.group(1).title()
    if load_lexicon().place(city):
        out.append(Mention(m.start(1), m.end(1), m.group(1), "Place", None, "dateline"))
    if m.group(2):
        out.append(Mention(m.start(2), m.end(2), m.group(2), "Organization", "Other", "dateline"))
    return out


def recognize_document(text: str, spans: Sequence[Span]) -> list[Mention]:
    found: list[Mention] = []
    for s in spans:
        for m in recognize(s.text):
            found.append(dataclasses.replace(m, start=m.start + s.start, end=m.end + s.start))
    extra = [m for m in _dateline(text) if not any(m.overlaps(f) for f in found)]
    return sorted([*found, *extra])


def reference_date(document: Document) -> PartialDate | None:
    return document.date or find_publication_date(document.text)


def extract_document(document: Document, *, backend: str = "default") -> Extraction:
    """Everything the English extractors find in one document (``backend`` is accepted for
    the common interface; English has one, the rules)."""
    text = document.text
    spans = split_sentences(text)
    mentions = recognize_document(text, spans)
    keys = fair_keys(Extraction(document=document, mentions=tuple(mentions)))
    # a series named without an edition of it in the report is not a fair (guidelines)
    mentions = [m for m in mentions if m.type != "Fair" or m in keys]
    main = next((m for m in mentions if m.type == "Fair" and m.origin != "acronym"), None)
    series = {m: series_of(m) for m in mentions if m.type == "Fair"}
    amounts = find_amounts(text)
    dates = find_dates(text, reference_date(document))
    posts, agreements, fairs = [], [], []
    extra: list[Mention] = []
    for s in spans:
        in_s = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        s_amounts = [a for a in amounts if s.start <= a.start and a.end <= s.end]
        s_dates = [d for d in dates if s.start <= d.start and d.end <= s.end]
        found = find_posts(s, in_s, text)
        for p in found:
            for m in (p.organization, p.represents):
                if m is not None and m.origin == "demonym" and m not in extra:
                    extra.append(m)
        posts.extend(found)
        s_agreements = find_agreements(s, in_s, s_amounts, s_dates, found)
        agreements.extend(s_agreements)
        fairs.extend(fair_facts(s, in_s, s_amounts, s_dates, main, series, bool(s_agreements)))
    mentions = sorted({*mentions, *extra})
    return Extraction(
        document=document,
        mentions=tuple(mentions),
        posts=tuple(posts),
        agreements=tuple(_once(agreements)),
        fairs=tuple(fairs),
        amounts=tuple(amounts),
        dates=tuple(dates),
        sentences=tuple(spans),
    )


def _once(agreements: list) -> list:  # type: ignore[type-arg]
    seen: set[frozenset[str]] = set()
    out = []
    for a in agreements:
        key = frozenset(m.text for m in a.parties)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
