"""Document → Extraction for English reports.

>>> from fairgraph.model import Document
>>> text = ("XINING, July 11 (Xinhua) -- The 25th China (Qinghai) Green Development Investment "
...         "and Trade Fair opened in Xining on Thursday. Qinghai Provincial People's Government "
...         "signed a strategic cooperation framework agreement with China Telecom.")
>>> ex = extract_document(Document.from_text(text, source="t.txt", language="en"))
>>> [(a.parties[0].text, a.parties[1].text) for a in ex.agreements]
[("Qinghai Provincial People's Government", 'China Telecom')]
>>> [a.agreement_type for a in ex.agreements]
['strategic cooperation framework agreement']
>>> [(f.fair.text, f.edition, f.location.text) for f in ex.fairs][:1]
[('25th China (Qinghai) Green Development Investment and Trade Fair', 25, 'Xining')]
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Sequence

from fairgraph.en.bylines import find_bylines, outlet_shaped
from fairgraph.en.facts import (
    DIVISION_TITLE,
    fair_facts,
    find_agreements,
    find_posts,
    list_heading,
    listed_deals,
    listed_signing,
    pronoun_signer,
    signed_by_two_sides,
    signed_with,
    sole_signer,
    two_sides,
)
from fairgraph.en.lexicon import load_lexicon
from fairgraph.en.meta import find_publication_date, find_title
from fairgraph.en.names import is_chinese_name
from fairgraph.en.naming import (
    ANAPHORA,
    SHORT_NAME,
    document_context,
    fair_keys,
    initials,
    series_of,
    short_form,
    title_form,
)
from fairgraph.en.ner.combine import reread
from fairgraph.en.quantities import find_amounts, find_dates
from fairgraph.en.recognize import ORDINAL, ORDINAL_WORDS, recognize, series_named
from fairgraph.en.sentences import split_sentences
from fairgraph.model import (
    Agreement,
    Amount,
    Document,
    Extraction,
    FairFact,
    Mention,
    PartialDate,
    Post,
    Span,
    calendar_weekday,
)

_DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]+?)(?:, [A-Z][A-Za-z .'-]+)?,\s+[A-Z][a-z]+\.?\s+\d{1,2}[^(\n]{0,8}"
    r"(?:\((\w[\w ]+)\))?"
)


#: a list item's mark: its number (1., (2)) or bullet
_MARK = r"(?:\(?\d{1,2}[.)]|[-•*·▪◦])"
#: what a line of a list holds before its item: nothing, or its number or bullet
_ITEM_MARK = re.compile(rf"[ \t]*{_MARK}?[ \t]*")
_AGENCY = re.compile(r"[(/]\s*([A-Z][^()/\n]{1,60}?)(?=\s*[)/])")
_AGENCY_NAME = re.compile(r"[A-Z][A-Za-z&'’.]*(?:\s+[A-Z][A-Za-z&'’.]*){0,4}")


def _dateline(text: str, window: int = 120) -> list[Mention]:
    """The agencies of a dateline — BEIJING, Nov. 30 (Xinhua); Beijing, (TDI):; /TASS/; (A / B
    - date) — as mentions (its city is a dateline, not a mention).

    >>> [m.text for m in _dateline("Beijing, (TDI): The fair opened.")]
    ['TDI']
    >>> [m.text for m in _dateline("NANNING, China, Sept 17 (Reuters) - A deal was signed.")]
    ['Reuters']
    >>> [m.text for m in _dateline("Beijing, (TDI): The fair opened.")]
    ['TDI']
    >>> [m.text for m in _dateline("BEIJING, (Daily Point / Asia Wire - 17th Jul, 2021 ) :A deal")]
    ['Daily Point', 'Asia Wire']
    """
    out = []
    zones = []  # the head of each of the first lines, up to its "--", ":" or first full stop
    for line in re.finditer(r"[^\n]+", text[: window * 3]):
        # (a wire's dash: "CITY, Sept 17 (Reuters) - Text", one hyphen with a space each side)
        cut = re.search(r"\s--|\s—\s|(?<=\))\s-\s|:|\.\s+(?=[A-Z][a-z])", line.group())
        if cut is not None and cut.start() <= window:
            zones.append((line.start(), line.start() + cut.start()))
        if len(zones) == 2:
            break
    for m in (m for a, b in zones for m in _AGENCY.finditer(text[:b], a)):
        group = m.group(1)
        at = m.start(1)
        for part in re.split(r"\s+/\s+|\s+[-–]\s+", group):
            offset = group.index(part)
            name = _AGENCY_NAME.fullmatch(part.strip())
            lex = load_lexicon()
            known = lex.country(part.strip()) or lex.place(part.strip())  # HAIKOU /China/
            if name is not None and not re.search(r"\d", part) and not known:
                start = at + offset
                out.append(
                    Mention(
                        start,
                        start + len(part.strip()),
                        part.strip(),
                        "Organization",
                        "Other",
                        "dateline",
                    )
                )
    return out


_SESSION = re.compile(
    rf"\b(?:the|its|(?-i:[A-Z][\w-]*)['’]s)\s+({ORDINAL}|(?:19|20)\d\d)\s+"
    r"(?:session|edition|expo|fair)\b",
    re.IGNORECASE,
)  # the 122nd session, its 122nd session, the Canton Fair's 136th session


#: In 2016, the expo was held in Cairo: the 2016 edition of the report's series
_YEAR_HELD = re.compile(
    r"\b[Ii]n\s+((?:19|20)\d\d),?\s+(?:the|its)\s+(?:expo|fair|event|exhibition|exposition)"
    r"\s+(?:was|had\s+been)\s+(?:held|staged|hosted|organi[sz]ed|convened)\b"
)


def sessions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """An edition named by its number alone (its 122nd session), or by the year it was held
    (in 2016 the expo was staged in …): a fair of the report's series.

    >>> [(m.text, m.subtype) for m in sessions("In 2019, the expo was held in Kunming.", [])]
    [('2019', 'year:2019')]
    >>> [(m.text, m.subtype) for m in sessions("The Canton Fair's 136th session opened.", [])]
    [('136th session', '136')]
    """
    out = []
    for m in _YEAR_HELD.finditer(text):
        if not any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            year = m.group(1)
            out.append(Mention(m.start(1), m.end(1), year, "Fair", "year:" + year, "session"))
    for m in _SESSION.finditer(text):
        if any(f.start < m.end() and m.start(1) < f.end for f in found):
            continue  # (the series before "'s" is no part of the edition's words)
        word = m.group(1).lower()
        if re.fullmatch(r"(?:19|20)\d\d", word):  # at the 2015 expo
            edition = "year:" + word
        else:
            edition = str(ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word)))
        span = (m.start(1), m.end())
        out.append(Mention(*span, text[span[0] : span[1]], "Fair", edition, "session"))
    return out


#: the edition before the report's, where the report says where it was held (Last year, its
#: venue was the city of X; last year's expo was held in X; the previous session took place in X)
_PREVIOUS = re.compile(
    r"\b(?:(?P<year>[Ll]ast\s+year)(?:['’]s\s+(?:expo|fair|event|edition|session|exhibition)"
    r"|,\s+(?:the|its)\s+(?:expo|fair|event|exhibition|venue|host\s+city))"
    r"|(?:[Tt]he|[Ii]ts)\s+previous\s+(?:expo|fair|edition|session|event|exhibition))\b"
    r"(?=\s+(?:was|had\s+been)\s+(?:held|staged|hosted|convened)\s+in\b|\s+(?:was|took\s+place)\b"
    r"[^.;]{0,20}?\b(?:in|city\s+of)\s+(?:the\s+)?[A-Z])"
)


def previous_editions(text: str, found: Sequence[Mention], main: Mention | None) -> list[Mention]:
    """The edition before the report's numbered (or year-named) one, named only as "last
    year's expo" or "the previous edition" where the report says where it was held: a fair of
    the report's series (last year's only when the series is held every year).

    >>> main = Mention(4, 26, "6th China-Russia Expo", "Fair", "6")
    >>> text = "The 6th China-Russia Expo opened. Last year, its venue was the city of Kazan."
    >>> [(m.text, m.subtype) for m in previous_editions(text, [main], main)]
    [('Last year, its venue', '5')]
    """
    if main is None or not main.subtype or main.subtype == "series":
        return []
    lex = load_lexicon()
    out = []
    for m in _PREVIOUS.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if main.subtype.startswith("year:"):
            edition = f"year:{int(main.subtype[5:]) - 1}"
        elif main.subtype.isdigit() and int(main.subtype) > 1:
            n = int(main.subtype)
            this, before = lex.year_of(series_of(main), n), lex.year_of(series_of(main), n - 1)
            if m.group("year") and (this is None or before is None or this - before != 1):
                continue  # last year's expo of a series not held every year: not the previous
            edition = str(n - 1)
        else:
            continue
        out.append(Mention(m.start(), m.end(), m.group(), "Fair", edition, "session"))
    return out


_THIS_YEAR = re.compile(
    r"\b[Tt]his\s+year['’]s\s+(?:edition\s+of\s+(?:the\s+)?)?((?:(?:[A-Z][\w-]*|\([A-Z][\w ]*\)"
    r"|[·&]|and|for|of)\s+){0,10}?(?:Expo|Fair|Exposition|Exhibition)|expo|fair|exposition)\b"
)


def this_years(text: str, found: Sequence[Mention], year: int | None) -> list[Mention]:
    """ "This year's X Expo" in a report whose year is written (its dateline or date line): the
    edition of that year, of X or of the report's series. Nothing without a written year.

    >>> [(m.text, m.subtype) for m in this_years("This year's China-Arab States Expo", [], 2019)]
    [('China-Arab States Expo', 'year:2019')]
    >>> this_years("This year's China-Arab States Expo", [], None)
    []
    >>> expo = Mention(4, 26, "China-Arab States Expo", "Fair", "series")
    >>> [(m.text, m.subtype) for m in this_years("The China-Arab States Expo opened", [expo], 2019)]
    [('China-Arab States Expo', 'year:2019')]
    """
    if year is None or any(f.type == "Fair" and f.subtype != "series" for f in found):
        return []  # the report names its edition: this year's expo is that one
    out = []
    for m in _THIS_YEAR.finditer(text):
        inside = [f for f in found if f.start < m.end(1) and m.start(1) < f.end]
        if any(f.type == "Fair" and f.subtype != "series" for f in inside):
            continue
        out.append(Mention(m.start(1), m.end(1), m.group(1), "Fair", f"year:{year}", "session"))
    named = [f for f in found if f.type == "Fair" and f.subtype == "series"]
    own = load_lexicon().fair_series(named[0].text) if named else None
    if own is not None and own in load_lexicon().fair_chinese:
        # The X Expo opened …, in a report of a known year naming no edition: that year's
        out += [
            dataclasses.replace(f, subtype=f"year:{year}", origin="session")
            for f in named
            if load_lexicon().fair_series(f.text) == own
            and not any(o.start < f.end and f.start < o.end for o in out)
        ]
    return out


def _outlet_not_person(text: str, m: Mention) -> Mention:
    """A name read as a person's that is a news outlet's (told The Some Tribune; Some Energy
    News): the outlet, with the article written before it.

    >>> _outlet_not_person("told The Some Tribune", Mention(9, 21, "Some Tribune", "Person")).text
    'The Some Tribune'
    """
    if m.type != "Person" or not outlet_shaped(m.text):
        return m
    the = text[max(0, m.start - 4) : m.start] == "The "
    start = m.start - 4 if the else m.start
    return Mention(start, m.end, text[start : m.end], "Organization", "Other", "outlet")


def recognize_document(text: str, spans: Sequence[Span], year: int | None = None) -> list[Mention]:
    found: list[Mention] = []
    for s in spans:
        for m in recognize(s.text):
            found.append(dataclasses.replace(m, start=m.start + s.start, end=m.end + s.start))
    found = [  # BEIJING, … at the head of a line: a dateline
        m
        for m in found
        if not (
            m.type == "Place"
            and m.text.isupper()
            and (m.start == 0 or text[m.start - 1] == "\n")
            and re.match(r",|\s+(?:-|--|—|–)\s", text[m.end : m.end + 5])
        )  # XINING, July 8 …; URUMQI - Kazakh businesses …
    ]
    found = [_outlet_not_person(text, m) for m in found]
    names = {w for m in found if m.type == "Person" for w in m.text.split()}
    found = [  # Galleguillo signed …: a person named again by the family name, not a party
        m for m in found if not (m.origin == "party" and m.text in names)
    ]
    extra = _dateline(text)  # the agency of a dateline wins over what it contains
    found = [f for f in found if not any(m.overlaps(f) for m in extra)]
    found = [*found, *extra]
    found += sessions(text, found)
    current = this_years(text, found, year)
    found = [f for f in found if not any(f.overlaps(c) for c in current)]  # the series reading
    found = _short_names(text, [*found, *current])
    found += _acronyms_again(text, found)
    found += _initials_again(text, found)
    found += _about_heading(text, found)
    anaphora = _the_company(text, spans, found) + _first_person(text, spans)
    found = [  # "the Company" of a press release: no name "Company" inside it
        m for m in found if not any(a.start <= m.start and m.end <= a.end for a in anaphora)
    ]
    found = [m for m in found if not _listing(text, m)]
    found += _listed_parties(text, found)
    return sorted([*found, *anaphora])


#: one name of a list item's pair: capitalised words, with "of", "and", "&" and a bracketed word
_ITEM_NAME = r"[A-Z0-9][\w.&'’-]*(?:[ \t]+(?:\([A-Z][\w.&'’ -]*\)|[A-Z0-9][\w.&'’-]*|of|and|&|de))*"
#: a list item that pairs two names before its colon (• Acme – Beta Power: a supply MoU)
_ITEM_PAIR = re.compile(
    rf"[ \t]*{_MARK}[ \t]*({_ITEM_NAME})"
    rf"[ \t]+[–—-][ \t]+({_ITEM_NAME})[ \t]*:"
)


def _listed_parties(text: str, found: Sequence[Mention]) -> list[Mention]:
    """The two names of each item of a list under a heading of signings (• Acme – Beta Power:
    a supply MoU), where the sentence reader read nothing of a name: a company. A line that is
    neither an item nor blank ends the list."""
    out: list[Mention] = []
    heading = False
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        item = _ITEM_PAIR.match(line)
        if heading and item is not None:
            for group in (1, 2):
                begin, end = start + item.start(group), start + item.end(group)
                if _free([*found, *out], begin, end):
                    out.append(
                        Mention(
                            begin, end, item.group(group), "Organization", "Company", "list-item"
                        )
                    )
            continue
        names = _item_names(line) if heading else []
        if names:  # • Acme Airport Co., Ltd., Beta Air and Core Air: a tripartite memorandum
            for begin, end in names:
                if _free([*found, *out], start + begin, start + end):
                    out.append(
                        Mention(
                            start + begin,
                            start + end,
                            line[begin:end],
                            "Organization",
                            "Company",
                            "list-item",
                        )
                    )
            continue
        heading = list_heading(Span(start, start + len(line), line.strip()))
    return out


#: a list item's mark and its names before the colon (• A, B and C: …)
_ITEM_HEAD = re.compile(rf"[ \t]*{_MARK}[ \t]*([A-Z0-9][^:\n]{{3,200}}?)[ \t]*:")
#: what parts the names of a list item of three (A, B and C)
_ITEM_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
#: one name of such a list: capitalised words, "of" and "&" inside, at most eight words
_ITEM_ONE = re.compile(r"[A-Z0-9][\w.&'’\x01-]*(?:\s+(?:[A-Z0-9][\w.&'’\x01-]*|of|&|de)){0,7}")


def _item_names(line: str) -> list[tuple[int, int]]:
    """Where the names of a list item of three or more stand (• A Co., Ltd., B and C: a
    memorandum): commas between them, "and" before the last; [] for any other line.

    >>> line = "- Acme Port Co., Ltd., Beta Air and Core Air: a memorandum"
    >>> [line[a:b] for a, b in _item_names(line)]
    ['Acme Port Co., Ltd.', 'Beta Air', 'Core Air']
    """
    head = _ITEM_HEAD.match(line)
    if head is None:
        return []
    begin = head.start(1)
    masked = re.sub(r"Co\.,\s+Ltd", lambda m: m.group().replace(",", "\x01"), head.group(1))
    cuts = list(_ITEM_SEPARATOR.finditer(masked))
    if len(cuts) < 2 or "and" not in cuts[-1].group():
        return []
    spans, at = [], 0
    for cut in [*cuts, None]:
        end = cut.start() if cut else len(masked)
        if not _ITEM_ONE.fullmatch(masked[at:end]):
            return []
        spans.append((begin + at, begin + end))
        at = cut.end() if cut else end
    return spans


#: a stock exchange's code of a listed company, in its brackets (SZSE: 000625; NYSE: ACME)
_LISTING = re.compile(r"\s*:\s*(?:\d{3,6}|[A-Z]{1,5})\b[^()]{0,40}\)")


def _listing(text: str, m: Mention) -> bool:
    """Whether ``m`` is an exchange naming a company's listing code (… Co., Ltd. (SZSE:
    000625)), no party of anything."""
    return (
        m.type == "Organization"
        and _LISTING.match(text, m.end) is not None
        and re.search(r"\([^()]*$", text[max(0, m.start - 80) : m.start]) is not None
    )


def _short_names(text: str, found: list[Mention]) -> list[Mention]:
    """A company named again without its legal ending (Acme Solar (Group) Co., Ltd. … the
    chairman of Acme Solar): that company, not the words the sentence reader made of it (a
    country and a person); also without the business word that ends it (Gao Peak Financial …
    Gao Peak signed)."""
    lex = load_lexicon()
    cores: dict[str, Mention] = {}
    for m in found:
        if m.type != "Organization" or m.subtype != "Company":
            continue
        core = short_form(m.text)
        known = lex.body(core) is not None or lex.body(m.text) is not None
        if core != m.text and len(core.split()) >= 2 and core[:1].isupper() and not known:
            cores.setdefault(core, m)
    out = list(found)
    for core, full in cores.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-]|\s+[A-Z(]|\s*\()", text):
            if hit.start() < full.end:
                continue
            inside = [m for m in out if m.start < hit.end() and hit.start() < m.end]
            same = [m for m in inside if (m.start, m.end) == hit.span()]
            if any(m.type in ("Organization", "Fair") for m in inside) and not (
                len(inside) == 1 and same and same[0].type == "Organization"
            ):
                continue  # read as a body already (a longer one, a fair)
            if not inside or any(m.start < hit.start() or m.end > hit.end() for m in inside):
                continue  # nothing misread, or a reading that runs past the name
            out = [m for m in out if m not in inside]
            out.append(Mention(hit.start(), hit.end(), core, "Organization", "Company", SHORT_NAME))
    return sorted(out)


_THE_COMPANY = re.compile(r"\b[Tt]he\s+[Cc]ompany(?:['’]s)?(?![\w-])")
#: "the bureau" (the committee, the department, the commission, the embassy, the secretariat)
#: where a title needs a body
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(bureau|committee|department|commission|administration|[Ee]mbassy|secretariat)"
    r"(?:['’]s)?(?![\w-])"
)


def _acronyms_again(text: str, found: list[Mention]) -> list[Mention]:
    """A body's bracketed short form (… Industry (RCCI)) written again on its own later
    (RCCI President A): that body again, where nothing else reads the word."""
    out: list[Mention] = []
    for m in found:
        if m.type != "Organization" or not (
            m.origin == "acronym" or re.fullmatch(r"[A-Z]{2,8}", m.text)
        ):
            continue  # (a body read in its capitals alone: KAM, its short form, again)
        for hit in re.finditer(rf"(?<![\w(-]){re.escape(m.text)}(?![\w)-])", text[m.end :]):
            start, end = m.end + hit.start(), m.end + hit.end()
            if _free([*found, *out], start, end):
                out.append(Mention(start, end, m.text, "Organization", m.subtype, "acronym-again"))
    return out


def _initials_again(text: str, found: list[Mention]) -> list[Mention]:
    """A word in capitals that spells the initials of a body the report names in full (Acme
    Trade Council … ATC President A B): that body's short form, where nothing reads the word.

    >>> text = "Arden Trade Council. ATC President Jo Lee spoke."
    >>> [m.text for m in _initials_again(text, [Mention(0, 19, text[:19], "Organization")])]
    ['ATC']
    """
    spelled: dict[str, Mention] = {}
    for m in found:
        if m.type == "Organization" and len(m.text.split()) >= 3:
            for way in initials(m.text):
                spelled.setdefault(way, m)
    out: list[Mention] = []
    for hit in re.finditer(r"(?<![\w(-])[A-Z]{3,8}(?![\w)-])", text):
        body = spelled.get(hit.group())
        if body is not None and _free([*found, *out], hit.start(), hit.end()):
            out.append(
                Mention(
                    hit.start(),
                    hit.end(),
                    hit.group(),
                    "Organization",
                    body.subtype,
                    "acronym-again",
                )
            )
    return out


def _free(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end for m in mentions)


def company_before(
    text: str, mentions: Sequence[Mention], at: int, noun: str = "its"
) -> Mention | None:
    """The company "the company", "the company's" or "its" stands for at ``at``: the company
    named nearest before it in its paragraph, else the company the report names first (its
    subject): one rule for the anaphora of a post's or a signing's body and for a possessive's
    company. A bank is "the bank", never "the company" (``noun``: the word written, or "its").

    >>> acme = Mention(0, 4, "Acme", "Organization", "Company")
    >>> beta = Mention(19, 23, "Beta", "Organization", "Company")
    >>> gamma = Mention(34, 39, "Gamma", "Organization", "Company")
    >>> text = "Acme signed X with Beta. Then met Gamma.\\nThe company's chief"
    >>> company_before(text, [acme, beta, gamma], 30).text
    'Beta'
    >>> company_before(text, [acme, beta, gamma], 50).text
    'Acme'
    """
    named = [
        m
        for m in mentions
        if m.type == "Organization"
        and m.subtype == "Company"
        and m.origin not in (ANAPHORA, "owner-adjective")
        and m.end <= at
        and (noun == "its" or (noun == "bank") == bool(re.search(r"\bBank\b", m.text)))
    ]
    if noun != "bank":  # Acme Co., Ltd. (the "Company"): the release's company, wherever
        for hit in _COMPANY_DEFINED.finditer(text, 0, at):
            defined = [m for m in named if not text[m.end : hit.start()].strip()]
            if defined:
                return defined[-1]
    paragraph = text.rfind("\n", 0, at) + 1
    inside = [m for m in named if m.start >= paragraph]
    if inside:
        return max(inside, key=lambda m: m.end)
    return min(named, key=lambda m: m.start, default=None)


#: a press release's definition of "the Company": (the "Company"), ("Acme" or "the Company")
_COMPANY_DEFINED = re.compile(
    r"\(\s*(?:[\"“][^\"”()]{1,40}[\"”]\s+or\s+)?(?:the\s+)?[\"“](?:the\s+)?Company[\"”]\s*\)"
)


def _body_named_before(mentions: Sequence[Mention], noun: str, at: int) -> Mention | None:
    """The body "the bureau" (the committee …, ``noun``) at ``at`` stands for: the
    organisation of that kind (its name holds the word: … Bureau of Commerce, CPC X Municipal
    Committee) named nearest before it in the report; None when there is none."""
    word = noun.capitalize()
    named = [
        m
        for m in mentions
        if m.type == "Organization"
        and m.origin != ANAPHORA
        and m.end <= at
        and re.search(rf"\b{word}\b", m.text)
    ]
    return max(named, key=lambda m: m.end, default=None)


#: a company's own boilerplate heading at the foot of its release or post (About Acme Group)
_ABOUT = re.compile(r"^About\s+(?:the\s+)?([A-Z][\w&.,'’ -]{1,80}?)[ \t]*$", re.MULTILINE)
#: the company that writes in the first person plural (we, us), in a signing sentence
_WE = re.compile(r"\b(?:We|we|us)\b")


def _about_heading(text: str, found: Sequence[Mention]) -> list[Mention]:
    """The company of an "About Acme Group" heading (a release's or a company post's
    boilerplate), where nothing else reads its name there.

    >>> [m.text for m in _about_heading("We signed.\\nAbout Acme Wine Estates\\nAcme is", [])]
    ['Acme Wine Estates']
    """
    hit = _ABOUT.search(text)
    if hit is None or not _free(found, *hit.span(1)):
        return []
    return [Mention(*hit.span(1), hit.group(1), "Organization", "Company", "about")]


def _author(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The company a report speaks for in the first person: its "About" heading's."""
    hit = _ABOUT.search(text)
    if hit is None:
        return None
    start, end = hit.span(1)
    return next(
        (m for m in mentions if m.type == "Organization" and start <= m.start and m.end <= end),
        None,
    )


def _first_person(text: str, spans: Sequence[Span]) -> list[Mention]:
    """ "We" and "us" of a report with an "About" heading where a signing needs a party (We
    signed an MoU with A; … was signed between us and A): slots :func:`_anaphora_named` fills
    with the heading's company."""
    if _ABOUT.search(text) is None:
        return []
    out = []
    for s in spans:
        for hit in _WE.finditer(text, s.start, s.end):
            subject = hit.group() != "us" and _SUBJECT_SIGNS.match(text, hit.end())
            joined = hit.group() == "us" and re.search(
                r"\b(?:between|with)\s+$", text[max(s.start, hit.start() - 9) : hit.start()]
            )
            if subject or (joined and re.search(r"\b(?:sign|ink|seal)", text[s.start : s.end])):
                out.append(Mention(*hit.span(), hit.group(), "Organization", "Company", ANAPHORA))
    return out


def _anaphora_named(
    text: str, mentions: list[Mention], posts: list[Post], agreements: list[Agreement]
) -> tuple[list[Mention], list[Post], list[Agreement]]:
    """Each "the company" a post or a signing reads as its body (see :func:`_the_company`)
    replaced by the company it stands for (:func:`company_before`), and no longer a mention
    of its own."""
    named = {
        m: company_before(text, mentions, m.start, "company")
        for m in mentions
        if m.origin == ANAPHORA
    }
    for m in named:  # We signed …: the company of the report's "About" heading
        if _WE.fullmatch(m.text):
            named[m] = _author(text, mentions)
    for m in named:  # the Ethiopian company: a company of that country named before
        if _THE_DEMONYM_COMPANY.fullmatch(m.text):
            named[m] = _demonym_company(text, mentions, m)
        body = _THE_BODY.fullmatch(m.text)
        if body is not None:  # the bureau, the committee: that kind of body named before
            named[m] = _body_named_before(mentions, body.group(1), m.start)
    for m in named:  # The company also signed …: the signer of the signing before
        if _SUBJECT_SIGNS.match(text, m.end):
            paragraph = text.rfind("\n", 0, m.start) + 1  # (in its paragraph: the next one
            before = [  # speaks of its own company, named nearest before)
                a.parties[0]
                for a in agreements
                if paragraph <= a.evidence.start
                and a.evidence.end <= m.start
                and a.parties[0].origin != ANAPHORA
            ]
            if before:
                named[m] = before[-1]
    posts = [
        dataclasses.replace(p, organization=named[p.organization])
        if p.organization in named and named[p.organization] is not None
        else p
        for p in posts
        if not (p.organization in named and named[p.organization] is None)
    ]  # (a company no name stands for: no post)
    out = []
    for a in agreements:
        parties = tuple(named.get(m) or m for m in a.parties)
        if len({m.text for m in parties}) == len(parties):  # not a company signing with itself
            out.append(dataclasses.replace(a, parties=parties))
    return [m for m in mentions if m not in named], posts, out


#: "it" opening a sentence or a clause (…, and it signed …)
_IT_SIGNS = re.compile(r"(?:^|(?<=[.;!?])\s+|,\s+(?:and|but|where)\s+|\s+and\s+)(It|it)\b")
#: "the company" as the subject of a signing (The company also signed …)
_SUBJECT_SIGNS = re.compile(
    r"\s+(?:(?:also|then|later|separately|has|have|had|further)\s+)*"
    r"(?:signed|inked|sealed|entered\s+into|struck|clinched|penned)\s"
)


def _the_company(text: str, spans: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """ "The company" where a post or a signing needs a body (A, chairwoman of the company;
    the company's general manager, A; X signed an agreement with the company), after the
    report has named a company: a slot that :func:`_anaphora_named` fills with the company
    it stands for."""
    first = min(
        (m.start for m in found if m.type == "Organization" and m.subtype == "Company"),
        default=None,
    )
    roles = [m for m in found if m.type == "Role"]
    out = []
    for hit in _THE_COMPANY.finditer(text, len(text) if first is None else first):
        start, end = hit.start(), hit.start() + len("the company")
        s = next((x for x in spans if x.start <= start < x.end), None)
        if s is None:
            continue
        titled = any(re.fullmatch(r"\s+(?:of|at)\s+", text[r.end : start]) for r in roles) or (
            hit.group().endswith("s") and any(0 < r.start - hit.end() <= 2 for r in roles)
        )
        signs = re.search(r"\b(?:with|between|and)\s+$", text[max(s.start, start - 9) : start])
        signer = not hit.group().endswith("s") and _SUBJECT_SIGNS.match(text, end)
        if titled or (signs and re.search(r"\b(?:sign|ink|seal)", text[s.start : start])) or signer:
            out.append(Mention(start, end, text[start:end], "Organization", "Company", ANAPHORA))
    for hit in _THE_BODY.finditer(text):  # deputy secretary of the committee, its director
        start, end = hit.start(), hit.start() + len("the ") + len(hit.group(1))
        titled = any(re.fullmatch(r"\s+(?:of|at)\s+", text[r.end : start]) for r in roles) or (
            hit.group().endswith("s") and any(0 < r.start - hit.end() <= 2 for r in roles)
        )
        if titled and _free(found, start, end) and _body_named_before(found, hit.group(1), start):
            out.append(Mention(start, end, text[start:end], "Organization", "Other", ANAPHORA))
    for hit in _IT_SIGNS.finditer(text, len(text) if first is None else first):
        # …, and it signed X with B: "it" the subject of a signing, where the organisation
        # named nearest before it in its paragraph is a company (that company, as "the company")
        start, end = hit.span(1)
        paragraph = text.rfind("\n", 0, start) + 1
        bodies = [
            m for m in found if paragraph <= m.start and m.end <= start and m.type == "Organization"
        ]
        joined = len(bodies) >= 2 and re.fullmatch(
            r"\s*(?:,\s*)?(?:and|&)?\s*", text[bodies[-2].end : bodies[-1].start]
        )  # A and B opened plants. It later signed …: which one is not said
        if (
            bodies
            and bodies[-1].subtype == "Company"
            and not joined
            and _SUBJECT_SIGNS.match(text, end)
            and _free(found, start, end)
        ):
            out.append(Mention(start, end, hit.group(1), "Organization", "Company", ANAPHORA))
    lex = load_lexicon()
    since = len(text) if first is None else first
    for hit in _THE_DEMONYM_COMPANY.finditer(text):  # chief executive of the Ethiopian
        if hit.start() < since and not hit.group().endswith("ministry"):
            continue  # (a company after the report has named one; a ministry anywhere)
        # company: the company of that country named before (the Singapore ministry: its own)
        country = lex.demonym(hit.group(1)) or lex.country(hit.group(1))
        titled = any(re.fullmatch(r"\s+(?:of|at)\s+", text[r.end : hit.start()]) for r in roles)
        others = [m for m in found if m.type != "Country"]  # (the Singapore ministry)
        if country is None or country.iso2 == "CN" or not titled or not _free(others, *hit.span()):
            continue
        out.append(
            Mention(hit.start(), hit.end(), hit.group(), "Organization", "Company", ANAPHORA)
        )
    return out


#: "the Ethiopian company": a company of that country the report named before
_THE_DEMONYM_COMPANY = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:company|firm|corporation|group|enterprise|ministry)(?![\w-])"
)


def _demonym_company(text: str, mentions: Sequence[Mention], anaphora: Mention) -> Mention | None:
    """The company "the Ethiopian company" stands for: the nearest one before it whose name
    carries the demonym or its country's name; None when there is none."""
    demonym = _THE_DEMONYM_COMPANY.match(anaphora.text)
    if demonym is None:
        return None
    country = load_lexicon().demonym(demonym.group(1)) or load_lexicon().country(demonym.group(1))
    words = {demonym.group(1), *((country.name,) if country is not None else ())}
    ministry = anaphora.text.endswith("ministry")
    named = [
        m
        for m in mentions
        if m.type == "Organization"
        and m.origin != ANAPHORA
        and m.end <= anaphora.start
        and (not ministry or "Ministry" in m.text)
        and (
            any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", m.text) for w in words)
            or any(  # Acme GmbH of Germany, Acme (Germany), German machinery maker Acme
                re.match(
                    rf"\s+(?:of|from)\s+(?:the\s+)?{re.escape(w)}\b|\s*\({re.escape(w)}\)",
                    text[m.end :],
                )
                or re.search(
                    rf"\b{re.escape(w)}(?:\s+(?:[a-z-]+\s+){{1,3}}|['’]s\s+|\s+)$",
                    text[max(0, m.start - 50) : m.start],
                )  # German machinery maker Acme; Singapore's Ministry of X; the Thai Ministry
                for w in words
            )
        )
    ]
    return named[-1] if named else None


def _line_fair(
    text: str,
    s: Span,
    mentions: Sequence[Mention],
    keys: dict[Mention, tuple[str, str]],
    main: Mention | None,
) -> Mention | None:
    """The fair a sentence that names none speaks of: another edition than the report's, named
    earlier on the sentence's line (a roundup's second item: The 4th Acme Expo opened on …
    Co-hosted by A and B, it …), else the report's fair."""
    if main is None:
        return None
    line = text.rfind("\n", 0, s.start) + 1
    earlier = [
        m
        for m in mentions
        if m.type == "Fair" and line <= m.start < s.start and m in keys and m.subtype != "series"
    ]
    if earlier and main in keys and keys[earlier[-1]] != keys[main]:
        return earlier[-1]
    return main


def reference_date(document: Document, fairs: Sequence[Mention]) -> PartialDate | None:
    """The report's date; without a year, the year of the report's fair (named by its year, or
    an edition of a series whose cadence is known)."""
    date = document.date or find_publication_date(document.text)
    if date is not None and date.year is not None:
        return date
    lex = load_lexicon()
    for fair in fairs:
        year = None
        if fair.subtype and fair.subtype.startswith("year:"):
            year = int(fair.subtype[5:])
        elif fair.subtype and fair.subtype.isdigit():
            series = series_of(fair)
            if fair.origin == "session":  # its 133rd session: of the series the report names
                series = series_named(document.text) or series
            year = lex.year_of(series, int(fair.subtype))
        if year is not None:
            return PartialDate(year, date.month, date.day) if date else PartialDate(year)
    return date


def _region_bodies(document: Document, mentions: list[Mention]) -> list[Mention]:
    """ "Chairman of the region" names the government of the autonomous region the report is
    about; in a report about no autonomous region the phrase names nothing."""
    lex = load_lexicon()
    province = document_context(document, mentions).province
    place = lex.place(province) if province else None
    if place is not None and lex.autonomous_region(place) is not None:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.origin in ("context-body", "context-committee")
            and re.fullmatch(r"(?:autonomous\s+)?region|[Rr]egional", m.text)
        )
    ]


def extract_document(document: Document, *, backend: str = "default") -> Extraction:
    """Everything the English extractors find in one document; ``backend`` ``rules``: the
    rules alone, without the CRF's second opinion (:mod:`fairgraph.en.ner.combine`)."""
    text = document.text
    spans = split_sentences(text)
    published = document.date or find_publication_date(text)
    mentions = recognize_document(text, spans, published.year if published else None)
    if backend != "rules":  # the CRF's second opinion (en/ner/combine.py)
        mentions = reread(text, [(s.start, s.end) for s in spans], mentions)
    mentions = _region_bodies(document, mentions)
    while True:  # a series named without an edition of it in the report is not a fair
        keys = fair_keys(Extraction(document=document, mentions=tuple(mentions)))
        kept = [m for m in mentions if m.type != "Fair" or m in keys]
        if len(kept) == len(mentions):
            break
        mentions = kept
    main = next((m for m in mentions if m.type == "Fair" and m.origin != "acronym"), None)
    mentions = sorted([*mentions, *previous_editions(text, mentions, main)])
    series = {m: series_of(m) for m in mentions if m.type == "Fair"}
    amounts = find_amounts(text)
    editions = [m for m in mentions if m.type == "Fair" and m.subtype != "series"]
    reference = reference_date(document, editions)
    dates = find_dates(text, reference)
    posts, agreements, fairs = [], [], []
    extra: list[Mention] = []
    about: Mention | None = None  # the fair the sentence before spoke of
    previous_end = 0
    previous: Span | None = None  # the sentence before
    heading = False  # the sentence before headed (or was an item of) a list of signings
    signer: Mention | None = None  # the sentence before's one signer, with nobody named
    sides: list[Mention] = []  # the sentence before's two bodies (the two sides)
    for s in spans:
        in_s = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        s_amounts = [a for a in amounts if s.start <= a.start and a.end <= s.end]
        s_dates = [d for d in dates if s.start <= d.start and d.end <= s.end]
        found = [_named_ministry(p, mentions, text) for p in find_posts(s, in_s, text)]
        found += _posts_of_family_names(s, in_s, text, mentions, found)
        for p in found:
            for m in (p.organization, p.represents):
                if m is not None and m.origin in ("demonym", DIVISION_TITLE) and m not in extra:
                    extra.append(m)
        posts.extend(found)
        s_agreements = find_agreements(s, in_s, s_amounts, s_dates, found)
        line = text[text.rfind("\n", 0, s.start) + 1 : s.start]  # the line's words before s
        if heading and not s_agreements and _ITEM_MARK.fullmatch(line):
            s_agreements = listed_signing(s, in_s, s_amounts, s_dates)  # A – B: project, sum
        heading = list_heading(s) or (
            heading and (bool(s_agreements) or bool(_ITEM_MARK.fullmatch(s.text.strip())))
        )  # (a list's number, "1.", read as a sentence of its own, goes on with the list)
        same = previous if "\n" not in text[previous_end : s.start] else None
        pronoun = pronoun_signer(s, same, mentions) if not s_agreements else None
        if pronoun is not None:  # It (the group) later signed X with B: the body before signs
            it, body = pronoun
            s_agreements = [
                dataclasses.replace(a, parties=tuple(body if m is it else m for m in a.parties))
                for a in find_agreements(s, sorted([*in_s, it]), s_amounts, s_dates, found)
                if body not in a.parties
            ]
        if not s_agreements and signer is not None:  # … were signed with A, B and C
            s_agreements = signed_with(s, in_s, signer, s_amounts, s_dates)
        if not s_agreements:  # They include a contract between A and B, and …
            s_agreements = listed_deals(s, in_s, s_amounts, s_dates)
        if not s_agreements and "\n" not in text[previous_end : s.start]:
            # the two sides signed X, after a sentence of the paragraph naming them
            s_agreements = signed_by_two_sides(s, sides, s_amounts, s_dates)
        signer = sole_signer(s, in_s) if not s_agreements else None
        sides = two_sides(s, in_s, found)
        agreements.extend(s_agreements)
        here = _line_fair(text, s, mentions, keys, main)
        continues = about is here and "\n" not in text[previous_end : s.start]
        facts = fair_facts(s, in_s, s_amounts, s_dates, here, series, bool(s_agreements), continues)
        about = here if any(f.fair == here for f in facts) else None
        previous_end, previous = s.end, s
        if not facts and main is not None:  # a venue named on its own is the report's fair's
            venues = [m for m in in_s if m.type == "Place" and m.subtype == "venue"]
            facts = [FairFact(main, series.get(main, ""), s, location=v) for v in venues]
        fairs.extend(facts)
    if main is not None:
        year = reference.year if reference is not None else None
        named = series_named(text) if main.origin == "session" else None  # its 119th session
        fairs.extend(_calendar_facts(main, named or series.get(main, ""), fairs, keys, year))
        fairs.extend(_weekday_facts(main, series.get(main, ""), fairs, keys))
        fairs.extend(_duration_facts(main, series.get(main, ""), fairs, keys, spans))
        fairs.extend(_headline_totals(text, spans, mentions, amounts, main, series, fairs))
    new, bylines = find_bylines(text, mentions, spans)
    if bylines:
        staff = {p.person.start for p in bylines}
        posts = [p for p in posts if p.person.start not in staff] + bylines
    extra.extend(new)  # an outlet a masthead names, credited or not
    inside = {  # Lanzhou Business Journal | May 19: the outlet, not the city in its name
        m
        for m in mentions
        if m.type in ("Place", "Country")
        and any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > len(m.text) for o in new
        )
    }
    mentions = [m for m in mentions if m not in inside]
    stated = {
        (p.person.text, p.role.text.lower()): p for p in posts if p.organization or p.represents
    }
    foreign = _report_country(mentions)
    mentions, posts, agreements = _anaphora_named(text, mentions, posts, agreements)
    posts = [_company_of(p, text, mentions) for p in posts]
    posts = [
        _foreign_minister(_implied_holder(p, main, mentions, stated), foreign, mentions)
        for p in posts
    ]
    posts = [_bodiless(p) for p in posts]
    mentions = sorted({*mentions, *extra})
    return Extraction(
        document=document,
        mentions=tuple(mentions),
        posts=tuple(posts),
        agreements=tuple(_once(_headline_countries(text, spans, agreements))),
        fairs=tuple(fairs),
        amounts=tuple(amounts),
        dates=tuple(dates),
        sentences=tuple(spans),
    )


_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]day\s+"
    # the four-day expo, the four-day 8th China-Eurasia Expo
    r"(?:[a-z]+\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\(?[A-Z][\w()·&-]*\)?\s+){0,8}?"
    r"(?:expo|fair|event|exhibition|exposition|show|gathering|[Ee]xpo|[Ff]air|EXPO)\b"
    r"|\b(?:lasting|lasts|last|lasted|runs?|running|ran|held|open|after)\s+(?:for\s+)?"
    r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+days\b"
    r"(?!\s+of\b)",  # after three days of talks: no fair's length
    re.IGNORECASE,
)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: the fair's first day written as a weekday (opened on Wednesday, opening on Tuesday)
_OPENED_ON = re.compile(
    r"\b(?:open(?:ed|s|ing)?|kick(?:ed|s)?\s+off|began|begins|start(?:ed|s)|launched"
    r"|g(?:o|e)ts?\s+under\s?way|got\s+under\s?way)\s+(?:on\s+)?" + _WEEKDAY + r"\b"
)
#: its last day written as a weekday (closed on Monday, running until Tuesday)
_CLOSED_ON = re.compile(
    r"\b(?:clos(?:ed|es|ing)|end(?:ed|s)|conclud(?:ed|es)|wrap(?:ped|s)\s+up|came\s+to\s+a\s+close"
    r"|(?:runs?|running|lasts?|lasting|continues|continuing)\s+(?:until|till|through)"
    r"|(?:until|till|through))\s+(?:on\s+)?" + _WEEKDAY + r"\b"
)


def _facts_of(
    main: Mention, fairs: Sequence[FairFact], keys: dict[Mention, tuple[str, str]]
) -> list[FairFact]:
    """The facts of the report's fair: of its mention or of another mention with its key."""
    own = keys.get(main)
    return [f for f in fairs if f.fair == main or (own is not None and keys.get(f.fair) == own)]


#: an opening or closing told with its weekday later in the clause (wrapped up its 122nd
#: session on Saturday, opened in Guiyang on Thursday)
_OPENED_CLAUSE = re.compile(
    r"\b(?:open(?:ed|s)|kick(?:ed|s)?\s+off|began|begins|start(?:ed|s)|launched"
    r"|g(?:o|e)ts?\s+under\s?way|got\s+under\s?way)\b[^.;:]{0,60}?\bon\s+" + _WEEKDAY + r"\b"
)
_CLOSED_CLAUSE = re.compile(
    r"\b(?:clos(?:ed|es)|end(?:ed|s)|conclud(?:ed|es)|wrap(?:ped|s)\s+up|came\s+to\s+a\s+close)"
    r"\b[^.;:]{0,60}?\bon\s+" + _WEEKDAY + r"\b"
)


def _calendar_facts(
    main: Mention,
    series: str,
    fairs: Sequence[FairFact],
    keys: dict[Mention, tuple[str, str]],
    year: int | None,
) -> list[FairFact]:
    """The first (last) day of the report's fair told only by its weekday, in a report that
    dates neither day: the one day with that weekday among those the series opens (closes)
    on in the fair's year (``en/data/fair_calendar.tsv``): the Canton Fair's autumn session
    "wrapped up on Saturday" in 2017 closed on 4 November. Nothing where the series' calendar
    is not known or the window holds that weekday more than once."""
    mine = _facts_of(main, fairs, keys)
    runs = load_lexicon().calendars.get(series, ())
    if year is None or not runs or any(f.start_date or f.end_date for f in mine):
        return []
    numbered = [f.fair.subtype for f in mine if f.fair.subtype]
    edition = next((int(n) for n in numbered if n.isdigit()), None)  # (its 122nd session)
    sentences = sorted({f.evidence for f in mine}, key=lambda s: s.start)
    out = []
    for event, patterns in (
        ("open", (_OPENED_ON, _OPENED_CLAUSE)),
        ("close", (_CLOSED_ON, _CLOSED_CLAUSE)),
    ):
        found = [(s, m) for s in sentences for p in patterns for m in p.finditer(s.text)]
        names = {m.group(1).lower() for _, m in found}
        if len(names) != 1:
            continue
        day = calendar_weekday(runs, year, edition, event, _WEEKDAY_NAMES.index(names.pop()))
        if day is None:
            continue
        date = PartialDate(day.year, day.month, day.day)
        if event == "open":
            out.append(FairFact(main, series, found[0][0], start_date=date))
        else:
            out.append(FairFact(main, series, found[0][0], end_date=date))
    return out


def _weekday_facts(
    main: Mention, series: str, fairs: Sequence[FairFact], keys: dict[Mention, tuple[str, str]]
) -> list[FairFact]:
    """A first (last) day written only as a weekday, in a report with no dated dateline, is
    placed by the other day when the report dates it (opened on Wednesday … scheduled to close
    on Nov. 19: the Wednesday before Nov. 19; closed on Sunday after opening on July 11: the
    Sunday after), within a week of it; read only in sentences about the report's fair."""
    mine = _facts_of(main, fairs, keys)
    starts = {f.start_date for f in mine if f.start_date is not None}
    ends = {f.end_date for f in mine if f.end_date is not None}
    if (starts and ends) or len(starts) > 1 or len(ends) > 1:
        return []
    known = next(iter(starts or ends), None)
    if known is None or known.year is None or known.month is None or known.day is None:
        return []
    day = _dt.date(known.year, known.month, known.day)
    pattern = _CLOSED_ON if starts else _OPENED_ON
    sentences = sorted({f.evidence for f in mine}, key=lambda s: s.start)
    found = [(s, m) for s in sentences for m in pattern.finditer(s.text)]
    names = {m.group(1).lower() for _, m in found}
    if len(names) != 1:
        return []
    wanted = _WEEKDAY_NAMES.index(names.pop())
    if starts:  # the first such day after the opening
        other = day + _dt.timedelta(days=(wanted - day.weekday()) % 7)
    else:  # the last such day before the closing
        other = day - _dt.timedelta(days=(day.weekday() - wanted) % 7)
    date = PartialDate(other.year, other.month, other.day)
    if starts:
        return [FairFact(main, series, found[0][0], end_date=date)]
    return [FairFact(main, series, found[0][0], start_date=date)]


def _duration_facts(
    main: Mention,
    series: str,
    fairs: Sequence[FairFact],
    keys: dict[Mention, tuple[str, str]],
    spans: Sequence[Span],
) -> list[FairFact]:
    """The report's fair lasts N days (the four-day expo, the event, lasting four days, closed
    after four days): with
    its first (or last) day known to the day, the other follows. Nothing when the report
    gives two different lengths, or when both days are known."""
    mine = _facts_of(main, fairs, keys)
    starts = {f.start_date for f in mine if f.start_date is not None}
    ends = {f.end_date for f in mine if f.end_date is not None}
    found = [(s, m) for s in spans for m in _DURATION.finditer(s.text)]
    lengths = {
        int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
        for _, m in found
        for n in [m.group(1) or m.group(2)]
    }
    if len(lengths) != 1 or (starts and ends) or len(starts) > 1 or len(ends) > 1:
        return []
    days = lengths.pop() - 1
    known = next(iter(starts or ends), None)
    if known is None or known.year is None or known.month is None or known.day is None:
        return []
    day = _dt.date(known.year, known.month, known.day)
    other = day + _dt.timedelta(days=days) if starts else day - _dt.timedelta(days=days)
    date = PartialDate(other.year, other.month, other.day)
    evidence = found[0][0]
    if starts:
        return [FairFact(main, series, evidence, end_date=date)]
    return [FairFact(main, series, evidence, start_date=date)]


def _report_country(mentions: Sequence[Mention]) -> Mention | None:
    """The foreign country a report names most (strictly more often than any other)."""
    lex = load_lexicon()
    china = lex.country("China")
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        country = lex.country(m.text) if m.type == "Country" else None
        if country is not None and country != china:
            counts.setdefault(country.iso2, []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[0]) == len(ranked[1])):
        return None
    return ranked[0][0]


def _foreign_minister(post: Post, foreign: Mention | None, mentions: Sequence[Mention]) -> Post:
    """A minister or ambassador with a name that is not Chinese, and no country written, holds
    the office of the one foreign country its sentence names before the title (a delegation
    from Slovakia led by Ambassador A B), else of the foreign country the report is about; a
    ministry read in such a title (Minister of Commerce A B) is that country's, not China's."""
    if post.represents is not None or is_chinese_name(post.person.text):
        return post
    role = post.role.text.lower()
    lex = load_lexicon()
    kind = lex.titles.get(post.role.text)
    if not ("minister" in role or "ambassador" in role or kind in ("minister", "diplomat")):
        return post
    implied = post.organization is not None and post.organization.origin == "implied-by-title"
    if post.organization is not None and not implied:
        return post
    china = lex.country("China")
    before = {
        country: m
        for m in mentions
        if m.type == "Country"
        and post.evidence.start <= m.start < post.role.start
        and (country := lex.country(m.text)) not in (None, china)
    }
    if len(before) == 1:
        foreign = next(iter(before.values()))
    if foreign is None:
        return dataclasses.replace(post, organization=None) if implied else post
    return dataclasses.replace(post, organization=None, represents=foreign)


def _bodiless(post: Post) -> Post:
    """A post with a title that stands without a body when none is written
    (``bodiless_titles.tsv``: General Secretary Xi Jinping, Vice Premier A B) marked so
    (``Post.bodiless``): the resolver keeps it with no organisation instead of dropping it.

    >>> from fairgraph.model import Mention, Span
    >>> name, s = Mention(19, 30, "Xi Jinping", "Person"), Span(0, 30, "")
    >>> _bodiless(Post(name, Mention(0, 17, "General Secretary", "Role"), s)).bodiless
    True
    >>> _bodiless(Post(name, Mention(0, 5, "Mayor", "Role"), s)).bodiless
    False
    """
    if post.organization is not None or post.represents is not None:
        return post
    if title_form(post.role.text) not in load_lexicon().bodiless_titles:
        return post
    return dataclasses.replace(post, bodiless=True)


#: a title behind "the company's" (the group's, the firm's, its): the company named last
_COMPANYS = re.compile(
    r"\b(?:[Tt]he\s+(company|group|firm|corporation|bank)['’]s|(its))\s+"
    r"(?:(?:[a-z-]+|Vice|Deputy|Executive)\s+){0,3}$"
)


#: a person named again by the family name, then a further title (said Li, who is also …)
_FAMILY_WHO = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+who\s+(?:is|was)\s+also\s+")


def _posts_of_family_names(
    sentence: Span,
    in_s: Sequence[Mention],
    text: str,
    mentions: Sequence[Mention],
    found: Sequence[Post],
) -> list[Post]:
    """ "Li, who is also a member of the Standing Committee of X" (said Wu, who is also deputy
    secretary of …): the post of the one person the report named before with that family name
    (the first word of a Chinese name, the last of another)."""
    out: list[Post] = []
    for hit in _FAMILY_WHO.finditer(text, sentence.start, sentence.end):
        family = hit.group(1)
        if not _free(in_s, hit.start(1), hit.end(1)):
            continue  # a name of its own (Li Ming, who is also …) is read by find_posts
        named = {
            m.text: m
            for m in mentions
            if m.type == "Person"
            and m.end <= hit.start()
            and len(m.text.split()) >= 2
            and (m.text.split()[0] if is_chinese_name(m.text) else m.text.split()[-1]) == family
        }
        if len(named) != 1:
            continue  # nobody, or two people of that name: no post
        person = next(iter(named.values()))
        stand_in = Mention(hit.start(1), hit.end(1), family, "Person", None, "name")
        for post in find_posts(sentence, [*in_s, stand_in], text):
            if post.person == stand_in and all(p.role != post.role for p in found):
                out.append(dataclasses.replace(post, person=person))
    return out


def _company_of(post: Post, text: str, mentions: Sequence[Mention]) -> Post:
    """A title with no body written, behind "the company's" or "its" (Acme Group signed the
    deal. Li Ming, the company's chairman, said …; Acme Group and its chairman Li Ming): the
    company it stands for (:func:`company_before`)."""
    if post.organization is not None or post.represents is not None:
        return post
    written = _COMPANYS.search(text, max(0, post.role.start - 60), post.role.start)
    if written is None:
        return post
    noun = (written.group(1) or written.group(2)).lower()
    company = company_before(text, mentions, post.role.start, noun)
    return dataclasses.replace(post, organization=company) if company else post


_MINISTER_OF = re.compile(
    r"(?:(?:first\s+)?(?:deputy|vice)[\s-]+)?minister\s+(?:of|for)\s+(?:the\s+)?(?P<p>.+)"
    r"|(?P<q>.+?)\s+(?:(?:deputy|vice)[\s-]+)?minister",
    re.IGNORECASE,
)


#: a country written before a body as its owner (Laos' Ministry of X, the Lao Ministry of X)
_OWNER_BEFORE = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s?)?\s+$")


def _named_ministry(post: Post, mentions: Sequence[Mention], text: str = "") -> Post:
    """A minister of a portfolio with no body (or only a country) written in the title holds
    the post at the ministry of that portfolio when the report names it (Ruritania's Minister
    of Energy, Mines and Water A … the Ministry of Energy, Mines and Water): that ministry; a
    foreign minister's never China's (a ministry the lexicon knows, written with no foreign
    owner before it in ``text``).

    >>> from fairgraph.model import Span
    >>> s = Span(0, 0, "")
    >>> m = lambda t, k: Mention(0, len(t), t, k)
    >>> body = m("Ministry of Energy, Mines and Water", "Organization")
    >>> p = Post(m("A B", "Person"), m("Minister of Energy, Mines and Water", "Role"), s,
    ...     represents=m("Ruritania", "Country"))
    >>> _named_ministry(p, [body]).organization is body
    True
    >>> _named_ministry(p, [m("Ministry of Energy", "Organization")]) is p
    True
    >>> q = Post(m("A B", "Person"), m("Minister of Commerce", "Role"), s,
    ...     represents=m("Ruritania", "Country"))
    >>> _named_ministry(q, [m("Ministry of Commerce", "Organization")]) is q  # China's
    True
    """
    implied = post.organization is not None and post.organization.origin == "implied-by-title"
    if post.organization is not None and not implied:
        return post
    found = _MINISTER_OF.fullmatch(post.role.text)
    if found is None:
        return post
    portfolio = (found.group("p") or found.group("q") or "").strip().lower()
    lex = load_lexicon()
    abroad = post.represents is not None and (
        lex.country(post.represents.text) or lex.demonym(post.represents.text)
    ) != lex.country("China")
    for m in mentions:
        if m.type != "Organization":
            continue
        owner = _OWNER_BEFORE.search(text, max(0, m.start - 40), m.start)
        foreign_owner = owner is not None and (
            lex.country(owner.group(1)) or lex.demonym(owner.group(1))
        ) not in (None, lex.country("China"))
        if abroad and lex.body(m.text) is not None and not foreign_owner:
            continue  # Ghanaian Minister of Commerce A … the Ministry of Commerce: China's, not his
        name = re.sub(r"^[A-Z][\w ]*?['’]s?\s+(?=Ministry\b)", "", m.text)
        named = re.fullmatch(r"Ministry\s+(?:of|for)\s+(?:the\s+)?(.+)", name)
        if named is not None and named.group(1).lower() == portfolio:
            return dataclasses.replace(post, organization=m, represents=None)
    return post


_SPOKESPERSON = ("spokesman", "spokeswoman", "spokesperson")


def _implied_holder(
    post: Post,
    main: Mention | None,
    mentions: Sequence[Mention],
    stated: dict[tuple[str, str], Post],
) -> Post:
    """A title with no body written: the body the report gave the same person's same title
    elsewhere (Governor of Henan Wang Kai … Governor Wang Kai); a fair's spokesperson speaks
    for the report's fair; the President of a Chinese name represents China (when the report
    names China)."""
    if post.organization is not None or post.represents is not None:
        return post
    same = stated.get((post.person.text, post.role.text.lower()))
    if same is not None:
        return dataclasses.replace(post, organization=same.organization, represents=same.represents)
    role = post.role.text.lower()
    if role.endswith(_SPOKESPERSON) and main is not None:
        return dataclasses.replace(post, organization=main)
    if role == "president" and is_chinese_name(post.person.text):
        china = next((m for m in mentions if m.type == "Country" and m.text == "China"), None)
        if china is not None:
            return dataclasses.replace(post, represents=china)
    return post


def _headline_totals(
    text: str,
    spans: Sequence[Span],
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    main: Mention,
    series: dict[Mention, str],
    fairs: Sequence[FairFact],
) -> list[FairFact]:
    """The signing total a headline gives (Lanzhou fair seals deals worth 500 bln yuan), for
    the report's fair, when its text gives none (a headline rounds what the text states)."""
    title = find_title(text)
    if title is None or not spans or title not in spans[0].text:
        return []
    s = spans[0]
    totalled = any(f.fair == main and f.total_investment is not None for f in fairs)
    counted = any(f.fair == main and f.signed_project_count is not None for f in fairs)
    in_s = [m for m in mentions if s.start <= m.start and m.end <= s.end]
    s_amounts = [a for a in amounts if s.start <= a.start and a.end <= s.end]
    found = fair_facts(s, in_s, s_amounts, [], main, series, False, headline=True)
    out = []
    for f in found:
        total = None if totalled else f.total_investment
        count = None if counted else f.signed_project_count
        if f.fair == main and (total is not None or count is not None):
            out.append(
                FairFact(
                    main, f.series, f.evidence, total_investment=total, signed_project_count=count
                )
            )
    return out


def _headline_countries(
    text: str, spans: Sequence[Span], agreements: list[Agreement]
) -> list[Agreement]:
    """A headline's countries or places signing (Ruritania, China ink trade pact; Gansu,
    PowerChina sign deal) are shorthand for the bodies of the text's signing: when the text
    names a signing of its own, the headline's pair of countries is none, and so is a pair
    with a place or country whose other party signs in the text."""
    title = find_title(text)
    if title is None or not spans or title not in spans[0].text:
        return agreements
    head = spans[0]
    body = [a for a in agreements if a.evidence != head]
    if not body:
        return agreements
    signing = {p.text for a in body for p in a.parties}

    def shorthand(a: Agreement) -> bool:
        places = [p for p in a.parties if p.type in ("Country", "Place")]
        if len(places) == len(a.parties):
            return all(p.type == "Country" for p in a.parties)
        return bool(places) and all(
            any(_short_for(p.text, s) for s in signing) for p in a.parties if p not in places
        )

    return [a for a in agreements if a.evidence != head or not shorthand(a)]


def _short_for(short: str, full: str) -> bool:
    """Whether a headline's name is the text's name or its short form: its first words, or
    the initials of its capitalised words (CRCC for China Railway Construction Corporation).

    >>> _short_for("CRCC", "China Railway Construction Corporation Limited")
    True
    >>> _short_for("Acme", "Acme Group Co., Ltd."), _short_for("Acme", "Bolt Group")
    (True, False)
    """
    if short == full or full.startswith(short + " "):
        return True
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    return len(short) >= 2 and short.isupper() and initials.startswith(short)


def _once(agreements: list) -> list:  # type: ignore[type-arg]
    seen: set[frozenset[str]] = set()
    out = []
    for a in agreements:
        key = frozenset(m.text for m in a.parties)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
