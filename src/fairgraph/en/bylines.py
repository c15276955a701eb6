"""Bylines: the reporters who wrote a report, each a reporter at the outlet the byline names.

A byline is a line of its own near the head or the foot of a report: "By A, B and C from
People's Daily", "By A (Xinhua)", "A | China Daily", "By A in Harbin", or a sentence naming
"Xinhua reporters A and B" / "China Daily correspondent A". The outlet is the one the byline
names, else the dateline's agency (the byline belongs to the report's own outlet), else none
(the resolver then gives the report's own outlet).

>>> from fairgraph.en.recognize import recognize
>>> text = "By Li Ming and Zhao Hong from People's Daily"
>>> found = find_bylines(text, recognize(text))[1]
>>> [(p.person.text, p.role.text, p.organization.text) for p in found]
[('Li Ming', 'reporter', "People's Daily"), ('Zhao Hong', 'reporter', "People's Daily")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from fairgraph.en.lexicon import data_rows, load_lexicon
from fairgraph.en.names import is_chinese_name
from fairgraph.model import Mention, Post, Span

#: the lines a byline may stand on: this many first and last lines of a report
_HEAD_LINES = 6
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_NAMES = rf"{_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAME})*"
_OUTLET = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,4}"
#: where a credited reporter filed from (Reporting by A in Nanning and B in Hong Kong)
_FILED_IN = r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_NAMES_FILED = (
    rf"{_NAME}(?:{_FILED_IN})?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAME}(?:{_FILED_IN})?)*"
)
#: By A, B and C (from|of|for|at OUTLET | (OUTLET) | , OUTLET | in PLACE)
_BY = re.compile(
    rf"^\s*(?:[Bb]y|BY|Written\s+by|Reported\s+by|(?:Interview|Text|Story|Words)\s+by)"
    rf"\s+(?P<names>{_NAMES})"
    rf"(?:\s*(?:\b(?:from|of|for|at|with)\s+|,\s*|\|\s*)(?:the\s+)?(?P<outlet>{_OUTLET})"
    rf"|\s*\(\s*(?P<agency>{_OUTLET})\s*\)|\s+in\s+[A-Z][\w'’ ,-]*?)?"
    rf"\s*(?:\|.*)?$"
)
#: a title written after a byline's names (By A, Senior Business Reporter)
_BYLINE_TITLE = re.compile(
    r",\s*((?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Columnist|Journalist"
    r"|Photographer)s?)\s*$"
)
#: A | China Daily ; A and B / Xinhua
_BAR = re.compile(rf"^\s*(?P<names>{_NAMES})\s*[|/]\s*(?P<outlet>{_OUTLET})\s*(?:\|.*)?$")
#: Xinhua reporters A and B ; China Daily correspondent A ; (Reporting by A)
_INLINE = re.compile(
    rf"(?:(?P<outlet>{_OUTLET})\s+)?(?:staff\s+)?(?P<role>reporters?|correspondents?"
    rf"|photographers?|journalists?)\s+(?P<names>{_NAMES})"
    rf"|\b[Rr]eporting\s+by\s+(?P<names2>{_NAMES_FILED})"
    rf"|(?<=[;,(]\s)(?P<edit>[Ee]diting|[Ee]dited)\s+by\s+(?P<names3>{_NAMES})"
)
#: CGTN's A reports (from X); CGTN's A has more: a reporter of the outlet before "'s"
_OUTLETS_REPORTER = re.compile(
    rf"(?P<outlet>{_OUTLET})['’]s\s+(?P<names>{_NAMES})\s+(?:reports|reported|has\s+more"
    rf"|has\s+the\s+story|filed\s+this\s+report|brings\s+us)\b"
)
#: a line crediting reporters who helped: A and B contributed to this story (report)
_CONTRIBUTED = re.compile(
    rf"^\s*(?P<names>{_NAMES})\s+(?:also\s+)?(?P<verb>contributed)\s+to\s+this"
    r"\s+(?:story|report|article)\.?\s*$"
)
#: a photo credit in brackets: [Photo by A/China Daily], (Xinhua/A B), (Photo: A B/CGTN)
_PHOTO = re.compile(
    r"[\[(]\s*(?:Photos?\s*(?:by\s+|:\s*|/\s*(?=[A-Z][^/\])]*/)))?"
    r"(?P<a>[A-Z][^/\[\]()\n]{0,60}?)\s*/\s*(?P<b>[A-Z][^/\[\]()\n]{0,60}?)\s*[\])]"
)
#: a credit inside a metadata line, after a bar or a space (Source: Xinhua | Editor: A B)
_CREDIT_INSIDE = re.compile(
    rf"(?:^|\|\s*|\s)(?P<role>(?:(?:Chief|Executive|Responsible|Web|Online|Copy|Managing)\s+)?"
    rf"[Ee]ditors?|Reporters?|Writers?|Authors?|Photographers?|Translators?)\s*[:：]\s*"
    rf"(?P<names>{_NAMES})\s*(?=$|\||\d|(?:Source|From|Updated)\b)"
)
#: Editor: A ; Reporter: A and B ; Photo by A — credits at the head or foot of a report
_CREDIT = re.compile(
    rf"^\s*[\[(]?\s*(?P<role>(?:(?:Chief|Executive|Responsible|Web|Online|Copy|Managing)\s+)?"
    rf"[Ee]ditors?|Edited\s+by"
    rf"|Reporters?|Reported\s+by|Writers?|Authors?|Photos?(?:\s+by)?|Photographers?|Translators?"
    rf"|Translated\s+by|Proofread(?:er)?(?:\s+by)?)\s*(?:[:：|]\s*|(?<=by)\s+)(?P<names>{_NAMES})"
    rf"\s*[\])]?\s*$"
)
#: Source: Outlet (or Published in Outlet) — the outlet the report names as its own (also
#: between bars or after a date: Updated: 2024-07-12 Source: Gansu Daily | …)
_SOURCE = re.compile(
    rf"(?:^|[|\s])\[?\s*(?:(?:Source|From)\s*[:：]"
    rf"|(?:(?:First|Originally)\s+)?[Pp]ublished\s+(?:in|by))\s*(?:the\s+)?(?P<outlet>{_OUTLET})"
    rf"\s*\]?\s*(?=$|\||Updated\b|\d|(?:Editor|Author|Reporter|Writer)s?\s*[:：])"
)
#: a masthead line: a known outlet's name alone, in brackets or not, maybe with the time it
#: was published (CGTN; (People's Daily Online) 09:15, July 12, 2024)
_MASTHEAD = re.compile(
    rf"^\s*\(?\s*(?P<outlet>{_OUTLET})\s*\)?(?P<time>[\d:,./\s-]*(?:[A-Z][a-z]{{2,8}}\.?"
    rf"[\d:,./\s-]+)?)$"
)


#: a byline that is a name alone, on the line after the headline (Anil Karki)
#: one word of a name, double-barrelled ones too (Abdel-Aziz, Anyanwu-Okeke)
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
_BARE_NAME = re.compile(rf"\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}\s*")
#: a name alone with its date after a comma (A B, Sunday 31 Aug 2025)
_DATED_NAME = re.compile(
    rf"\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?P<when>[^,|]*\d[^|]*?)\s*"
)
#: how far down a byline of a name alone may stand (a masthead, a section, a headline before)
_HEAD_LINES = 6
#: the longest line before it (a headline's length; a body's sentence is longer)
_HEAD_WORDS = 20


def _bar_outlet(
    line: str, after: int, line_start: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The outlet a later part of a byline names between bars (By A in Harbin |
    chinadaily.com.cn | Updated …), when the lexicon knows it."""
    for part in re.finditer(r"\|\s*([^|]+?)\s*(?=\||$)", line[after:]):
        body = load_lexicon().body(part.group(1))
        if body is not None and body.kind == "Other":
            return _outlet_mention(part.group(1), line_start + after + part.start(1), mentions)
    return None


@cache
def _outlet_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("outlet_words.tsv", 1))


@cache
def _credit_names() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("credit_names.tsv", 1))


def outlet_shaped(name: str) -> bool:
    """Whether ``name`` is a news outlet's: one the lexicon knows, or two or more capitalised
    words ending in an outlet's word (data/outlet_words.tsv).

    >>> outlet_shaped("Some Energy News"), outlet_shaped("The Some Tribune"), outlet_shaped("CGTN")
    (True, True, True)
    >>> outlet_shaped("Wang Xiaoming"), outlet_shaped("Some")
    (False, False)
    >>> outlet_shaped("The Standard"), outlet_shaped("THE STAR"), outlet_shaped("Standard")
    (True, True, False)
    """
    articled = re.match(r"(?:[Tt]he|THE)\s+(?=\S+$)", name.strip())
    name = re.sub(r"^(?:[Tt]he|THE)\s+", "", name.strip().rstrip("."))
    if _news_outlet(name):
        return True
    if articled and name[:1].isupper() and name.title() in _outlet_words():
        return True  # The Standard, THE STAR: a paper named by the article and its word
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not is_chinese_name(name)
        and any(
            name.endswith(" " + w) or (name.isupper() and name.endswith(" " + w.upper()))
            for w in _outlet_words()
        )  # (SOME REVIEW: a masthead in capitals)
    )


def _credit_role(word: str) -> str:
    """The title a credit's word gives: editor, reporter, photographer, translator; a title
    the credit writes as a noun keeps its letters (Editor: A → Editor).

    >>> _credit_role("Editor"), _credit_role("Edited by"), _credit_role("Photo by")
    ('Editor', 'editor', 'reporter')
    """
    written = re.fullmatch(
        r"(?:Chief\s+|Executive\s+|Responsible\s+)?(Editor|Reporter|Translator|Author)s?", word
    )
    if written is not None:
        return written.group(1)
    low = word.lower()
    for stem, title in (
        ("edit", "editor"),
        ("report", "reporter"),
        ("writ", "reporter"),
        ("photo", "reporter"),  # a photo credit is a reporter's (gold/README.md)
        ("transl", "translator"),
        ("proof", "proofreader"),
    ):
        if stem in low:
            return title
    return "reporter"


def _lines(text: str) -> list[tuple[int, str]]:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) <= 2 * _HEAD_LINES:
        return lines
    return lines[:_HEAD_LINES] + lines[-_HEAD_LINES:]


def _outlet_mention(name: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation a byline names as its outlet (a known body, or a name of its own)."""
    name = name.strip().rstrip(".")
    if not name:
        return None
    lex = load_lexicon()
    if lex.place(name) or lex.country(name):
        return None  # By A in Harbin, By A, Beijing: a place, not an outlet
    same = [m for m in mentions if m.start == start and m.type == "Organization"]
    if same:
        return same[0]
    return Mention(start, start + len(name), name, "Organization", "Other", "byline")


def _persons(names: str, start: int, mentions: Sequence[Mention]) -> list[Mention]:
    out = []
    for m in re.finditer(_NAME, names):
        at = start + m.start()
        text = m.group().rstrip(".,")
        words = text.split()
        if any(w.lower() in ("the", "and", "from", "in", "of") for w in words):
            return []
        lex = load_lexicon()
        if lex.place(text) or lex.country(text) or lex.body(text) or outlet_shaped(text):
            return []  # not a person's name: no byline
        if text.lower() in _credit_names():
            continue  # Our Correspondent: a reporter the credit does not name
        same = [p for p in mentions if p.start == at and p.type == "Person"]
        out.append(same[0] if same else Mention(at, at + len(text), text, "Person", None, "byline"))
    return out


#: the last character of a news outlet's Chinese name: 新华通讯社, 人民网, 中国国际电视台, 甘肃日报
_OUTLET_ENDS = ("社", "网", "台", "报")


def _masthead(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The outlet a head or foot line names on its own (CGTN; (People's Daily Online) 09:15,
    July 12, 2024), when the lexicon knows it as a news outlet: the report's own outlet.

    >>> _masthead("Title\\n(People's Daily Online) 09:15, July 12, 2024\\nText.", []).text
    "People's Daily Online"
    """
    lex = load_lexicon()
    for line_start, line in _lines(text):
        barred = _barred_masthead(line, line_start, mentions)
        if barred is not None:
            return barred
        m = _MASTHEAD.match(line)
        if m is None:
            continue
        body = lex.body(m.group("outlet"))
        if body is None or body.kind != "Other" or not body.chinese.endswith(_OUTLET_ENDS):
            continue
        return _outlet_mention(m.group("outlet"), line_start + m.start("outlet"), mentions)
    lines = _lines(text)
    if lines:  # THE SOME TIMES: a paper's name in capitals on the report's first line
        line_start, line = lines[0]
        name = line.strip()
        head = name.split("|")[0].strip()  # THE SOME STANDARD | Business | date
        if head != name and outlet_shaped(head) and head.isupper():
            at = line_start + line.index(head)
            return Mention(at, at + len(head), head.title(), "Organization", "Other", "byline")
        words = len(name.split())
        # (Some Online: a name in capitalised words on the first line, before a section line)
        titled = name.istitle() and words <= 3 and len(lines) > 1 and len(lines[1][1].split()) <= 4
        if (name.isupper() or titled) and 2 <= words <= 5 and outlet_shaped(name.title()):
            at = line_start + line.index(name)
            return Mention(at, at + len(name), name.title(), "Organization", "Other", "byline")
        if _dated_masthead(name, lines[1][1] if len(lines) > 1 else ""):
            at = line_start + line.index(name)  # SOMEPAPER, then its date: the paper's name
            return Mention(at, at + len(name), name, "Organization", "Other", "byline")
    return None


def _dated_masthead(name: str, below: str) -> bool:
    """Whether a report's first line is a paper's name of one word in capitals, the line
    below it the date of the issue (DAILYPOST, then Tuesday, June 17, 2025).

    >>> _dated_masthead("DAILYPOST", "Tuesday, June 17, 2025"), _dated_masthead("DAILYPOST", "Text")
    (True, False)
    >>> _dated_masthead("BEIJING", "June 17, 2025")
    False
    """
    lex = load_lexicon()
    return (
        re.fullmatch(r"[A-Z]{4,12}", name) is not None
        and lex.place(name.title()) is None
        and lex.country(name.title()) is None
        and re.search(r"\d", below) is not None
        and re.fullmatch(r"(?:[A-Z][a-z]{2,8},?\s+)?" + _WHEN.pattern, below.strip()) is not None
    )


#: a date or a time (Updated 18:40, 17-Sep-2023; Sept 11, 2024; 2024-09-11 10:05)
_WHEN = re.compile(
    r"(?:(?:Updated|Published|Posted)\s*:?\s*)?(?=[^|]*\d)[\d:,./\s-]*"
    r"(?:[A-Z][a-z]{2,8}\.?(?:[\d:,./\s-]+[A-Z]?[a-z]*\.?)*[\d:,./\s-]*)?"
)
#: a magazine's issue, with its date or none (NO. 18 MAY 1, 2026; Issue 12, June 2025)
_ISSUE = re.compile(r"(?i:No\.|Issue|Vol\.)\s*\d{1,4},?\s*(?:[A-Za-z]{3,9}\.?[\d,\s]*)?")
#: a section of a paper or a magazine, one word (BUSINESS, World, Opinion)
_SECTION = re.compile(r"[A-Z][A-Za-z]{2,14}")


def _barred_masthead(line: str, line_start: int, mentions: Sequence[Mention]) -> Mention | None:
    """The outlet of a head line of parts between bars, one an outlet's name and the others a
    date or time (CGTN | Updated 18:40, 17-Sep-2023; Sept 11, 2024 | Some Fair News Center).

    >>> _barred_masthead("Sept 11, 2024 | Some Fair News Center", 0, []).text
    'Some Fair News Center'
    >>> _barred_masthead("Our Correspondent | The Some Tribune | May 2, 2023", 0, []).text
    'The Some Tribune'
    >>> _barred_masthead("By A B | Some Daily", 0, []) is None
    True
    >>> _barred_masthead("Some Daily | 2024-05-02 | Reporter: Li Ming", 0, []).text
    'Some Daily'
    >>> _barred_masthead("SOME REVIEW | BUSINESS | NO. 18 MAY 1, 2026", 0, []).text
    'SOME REVIEW'
    """
    parts = [(p.start(1), p.group(1)) for p in re.finditer(r"\s*([^|]+?)\s*(?:\||$)", line)]
    if len(parts) < 2:
        return None
    outlets = [(at, p) for at, p in parts if outlet_shaped(p)]
    rest = [p for at, p in parts if not outlet_shaped(p)]
    if (
        len(outlets) != 1
        or not rest
        or not all(
            _WHEN.fullmatch(p)
            or p.lower() in _credit_names()
            or _CREDIT.fullmatch(p)
            or _ISSUE.fullmatch(p)
            or _SECTION.fullmatch(p)
            for p in rest
        )  # (CGTN | 2024-05-02 | Reporter: A B: the credit is read on its own)
        or not any(_WHEN.fullmatch(p) or _ISSUE.fullmatch(p) for p in rest)
    ):
        return None
    at, name = outlets[0]
    return _outlet_mention(name, line_start + at, mentions)


def _dateline_agency(mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.origin == "dateline"), None)


def find_bylines(
    text: str, mentions: Sequence[Mention], spans: Sequence[Span] = ()
) -> tuple[list[Mention], list[Post]]:
    """(new mentions, posts) of a report's bylines: each name a reporter at its outlet. The
    title of a byline post is the title the byline implies (reporter, editor), read at the
    byline's first word; it is no mention of the report (its words are not the title's)."""
    new: list[Mention] = []
    posts: list[Post] = []
    taken = {(m.start, m.end) for m in mentions}

    def add(m: Mention) -> Mention:
        if (m.start, m.end) not in taken:
            taken.add((m.start, m.end))
            new.append(m)
        return m

    def span_of(at: int, line: str, line_start: int) -> Span:
        for s in spans:
            if s.start <= at < s.end:
                return s
        return Span(line_start, line_start + len(line), line)

    own = None  # Source: Outlet
    for line_start, line in _lines(text):
        source = _SOURCE.search(line)
        if source is not None:
            own = _outlet_mention(
                source.group("outlet"), line_start + source.start("outlet"), mentions
            )
            if own is not None and own.origin == "byline":
                own = add(own)
    if own is None:  # no Source line: a masthead (CGTN; (People's Daily Online) 09:15, …)
        own = _masthead(text, mentions)
        if own is not None and own.origin == "byline":
            own = add(own)
    lines = _lines(text)
    byline_outlet: Mention | None = None  # the outlet of the report's byline (By A | Outlet)
    alone = next(
        (
            (k, dated.group("name") if (dated := _DATED_NAME.fullmatch(line)) else line)
            for k, (_, line) in enumerate(lines[1:_HEAD_LINES], 1)
            if not _BY.match(line)  # (By A B: a byline of its own, read below)
            and (
                _BARE_NAME.fullmatch(line)
                or ((dated := _DATED_NAME.fullmatch(line)) and _WHEN.fullmatch(dated.group("when")))
            )
        ),
        None,
    )
    # a headline (after a masthead and a section), then a name alone (or with its date)
    if (
        len(lines) > 2
        and alone is not None
        and all(len(line.split()) <= _HEAD_WORDS for _, line in lines[: alone[0]])
    ):
        line_start, line = lines[alone[0]]
        name = alone[1].strip()
        at = line_start + line.index(name)
        inside = [m for m in mentions if m.start < at + len(name) and at < m.end]
        persons = _persons(name, at, mentions)
        if persons and all(m.type == "Person" for m in inside):
            role = Mention(at, at + len(name.split()[0]), "reporter", "Role", "staff", "byline")
            outlet = own or _dateline_agency(mentions)
            for p in persons:
                posts.append(Post(add(p), role, span_of(at, line, line_start), organization=outlet))
    for line_start, line in lines:
        credit = _CREDIT.match(line)
        if credit is None and _SOURCE.search(line):  # Source: Xinhua | Editor: A B
            credit = _CREDIT_INSIDE.search(line)
        elif credit is None and _barred_masthead(line, line_start, mentions) is not None:
            credit = _CREDIT_INSIDE.search(line)  # CGTN | 2024-05-02 | Reporter: A B
        if credit is not None:
            persons = _persons(credit.group("names"), line_start + credit.start("names"), mentions)
            at = line_start + credit.start("role")
            label = _credit_role(credit.group("role"))
            role = Mention(at, at + len(credit.group("role")), label, "Role", "staff", "byline")
            evidence = span_of(at, line, line_start)
            outlet = own or _dateline_agency(mentions)  # Editor: A under an (ECNS) dateline
            for p in persons:
                posts.append(Post(add(p), role, evidence, organization=outlet))
            continue
        match = _BY.match(line) or _BAR.match(line)
        if match is None:
            continue
        groups = match.groupdict()
        names = match.group("names")
        written = None  # By A, Senior Business Reporter: the title the byline writes
        titled = _BYLINE_TITLE.search(names)
        if titled is not None:
            written, names = titled.group(1), names[: titled.start()]
        elif groups.get("outlet") and _BYLINE_TITLE.fullmatch(", " + groups["outlet"]):
            written, groups["outlet"] = groups["outlet"], None
        last = re.search(rf",\s*(?:and\s+)?(?:the\s+)?({_NAME})\s*$", names)
        if last is not None and not groups.get("outlet") and outlet_shaped(last.group(1)):
            # By A, Some Energy News: the last of the list is the outlet
            o_start = line_start + match.start("names") + last.start(1)
            groups["outlet"] = last.group(1)
            names = names[: last.start()]
        persons = _persons(names, line_start + match.start("names"), mentions)
        if not persons:
            continue
        key = "outlet" if groups.get("outlet") else "agency" if groups.get("agency") else None
        outlet = (
            _outlet_mention(
                groups[key],
                o_start
                if last is not None and key == "outlet" and not match.group("outlet")
                else line_start + match.start(key),
                mentions,
            )
            if key
            else _bar_outlet(line, match.end("names"), line_start, mentions)
            or own
            or _dateline_agency(mentions)
        )
        bar = re.search(rf"\|\s*(?P<outlet>{_OUTLET})\s*(?:\||$)", line[match.end("names") :])
        if key is None and bar is not None:  # By A in Urumqi | China Daily | Updated …
            o_start = line_start + match.end("names") + bar.start("outlet")
            outlet = _outlet_mention(bar.group("outlet"), o_start, mentions) or outlet
        if outlet is not None and outlet.origin == "byline":
            outlet = add(outlet)
        byline_outlet = byline_outlet or outlet
        at = line_start + match.start()
        label = written or "reporter"
        role = Mention(at, at + len(line.split()[0]), label, "Role", "staff", "byline")
        evidence = span_of(at, line, line_start)
        for p in persons:
            posts.append(Post(add(p), role, evidence, organization=outlet))
    for s in spans or [Span(0, len(text), text)]:
        for match in _INLINE.finditer(s.text):
            key = next(k for k in ("names", "names2", "names3") if match.group(k))
            names = match.group(key)
            if key == "names2":  # (A in Nanning and B in Hong Kong): the places are no names
                names = re.sub(_FILED_IN, lambda m: " " * len(m.group()), names)
            persons = _persons(names, s.start + match.start(key), mentions)
            # in running text a name must be known, Chinese, or two or three name-shaped words
            persons = [
                p
                for p in persons
                if p.origin != "byline"
                or is_chinese_name(p.text)
                or re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}", p.text)
            ]
            if not persons:
                continue
            outlet = None
            if match.group("outlet"):
                outlet_name = match.group("outlet")
                o_start = s.start + match.start("outlet")
                known = [
                    m
                    for m in mentions
                    if m.type == "Organization" and m.end == o_start + len(outlet_name)
                ]
                outlet = known[0] if known else None
            if outlet is None:  # (Reporting by A; Editing by B) under a (Reuters) dateline too
                outlet = _dateline_agency(mentions)
            word = match.group("role") or match.group("edit") or "reporting"
            role_start = s.start + (match.start("role") if match.group("role") else match.start())
            label = "correspondent" if word.startswith("corr") else "reporter"
            if match.group("edit"):  # (Reporting by A; editing by B): B the editor
                label = "editor"
            role = Mention(role_start, role_start + len(word), label, "Role", "staff", "byline")
            for p in persons:
                posts.append(Post(add(p), role, s, organization=outlet))
    for line_start, line in lines:  # A contributed to this story: a reporter of the report
        contributed = _CONTRIBUTED.match(line)
        if contributed is None:
            continue
        names_at = line_start + contributed.start("names")
        persons = _persons(contributed.group("names"), names_at, mentions)
        outlet = own or byline_outlet or _dateline_agency(mentions)
        at = line_start + contributed.start("verb")
        role = Mention(at, at + len("contributed"), "reporter", "Role", "staff", "byline")
        for p in persons:
            posts.append(Post(add(p), role, span_of(at, line, line_start), organization=outlet))
    posts += _credited_in_text(text, mentions, spans, add)
    return new, posts


def _news_outlet(name: str) -> bool:
    """Whether the lexicon knows ``name`` as a news outlet (Xinhua, China Daily, CGTN …)."""
    body = load_lexicon().body(name.strip())
    return body is not None and body.kind == "Other" and body.chinese.endswith(_OUTLET_ENDS)


def _credited_in_text(
    text: str, mentions: Sequence[Mention], spans: Sequence[Span], add: Any
) -> list[Post]:
    """Reporters credited in the running text: photo credits in brackets (name and outlet on
    either side of a slash) and "CGTN's A reports"; the outlet must be a news outlet the lexicon
    knows, the name a person's."""
    found: list[tuple[re.Match[str], str, str, Span]] = []
    whole = Span(0, len(text), text)
    for m in _PHOTO.finditer(text):
        if _news_outlet(m.group("b")) and not _news_outlet(m.group("a")):
            names, side = "a", "b"  # [Photo by A/China Daily]
        elif _news_outlet(m.group("a")) and not _news_outlet(m.group("b")):
            names, side = "b", "a"  # (Xinhua/A B)
        else:
            continue
        # the caption's brackets may straddle two sentences: the sentence holding its start
        s = next((x for x in spans if x.start <= m.start() < x.end), whole)
        found.append((m, names, side, s))
    for m in _OUTLETS_REPORTER.finditer(text):
        if _news_outlet(m.group("outlet")):
            s = next((x for x in spans if x.start <= m.start() < x.end), whole)
            found.append((m, "names", "outlet", s))
    posts = []
    for m, names, outlet_key, s in found:
        persons = _persons(m.group(names), m.start(names), mentions)
        persons = [p for p in persons if p.origin != "byline" or _name_shaped(p.text)]
        outlet = _outlet_mention(m.group(outlet_key), m.start(outlet_key), mentions)
        if not persons or outlet is None:
            continue
        if outlet.origin == "byline":
            outlet = add(outlet)
        at = m.start()
        role = Mention(at, at + 1, "reporter", "Role", "staff", "byline")
        posts += [Post(add(p), role, s, organization=outlet) for p in persons]
    return posts


def _name_shaped(name: str) -> bool:
    """A Chinese name, or two or three capitalised name words (in running text)."""
    return (
        is_chinese_name(name)
        or re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}", name) is not None
    )
