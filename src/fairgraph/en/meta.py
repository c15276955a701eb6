"""Title and publication date of a plain-text English report (its headline and dateline).

>>> find_publication_date("NANNING, Nov. 30 (Xinhua) -- The expo wrapped up Monday.")
PartialDate(year=None, month=11, day=30)
>>> find_publication_date("Updated: 2024-07-16 09:30\\nXINING, July 15 (Xinhua) -- The fair ...")
PartialDate(year=2024, month=7, day=16)
>>> find_publication_date("HAIKOU, Sep 3, 2024, Xinhua. The expo opened on Tuesday.")
PartialDate(year=2024, month=9, day=3)
>>> find_title("Qinghai fair closes with record deals\\n\\nXINING, July 15 -- The fair closed.")
'Qinghai fair closes with record deals'
>>> find_title("The fair opened on Monday. It runs for five days.") is None
True
"""

from __future__ import annotations

import re

from fairgraph.ingest.meta import FULL_DATE_WINDOW, parse_full_date, valid_date
from fairgraph.model import PartialDate

DATELINE_WINDOW = 200
MAX_TITLE_CHARS = 160

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: a month as news agencies write it (Jan., Feb., Sept., July …)
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
#: PLACE, Month Day (Agency) -- …
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .'-]+)?,\s+(" + MONTH + r")\s+(\d{1,2})(?:,\s+(\d{4}))?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-|,\s*[A-Z][\w ]{1,30}[.:])",
    re.MULTILINE,
)


def month_number(word: str) -> int:
    """1–12 for a month name or abbreviation.

    >>> month_number("Sept."), month_number("July")
    (9, 7)
    """
    return MONTHS[word[:3].lower()]


_WORDS_DATE = (
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})[\s-]+(?P<m2>{MONTH})[\s,-]+(?P<y2>(?:19|20)\d\d))"
)
#: a line of its own near the top: Updated 18:20, 12-Jun-2024 / June 12, 2024 / 12 June 2024
_DATE_LINE = re.compile(
    r"^\s*(?:(?:Updated|Published|Posted|Date|Released?|Time)\s*:?\s*)?"
    rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?,?\s*)?{_WORDS_DATE}"
    r"(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\|.*)?$"
)
#: a short line of its own near the top ending in a full date after a few words and a mark
#: or a word that leads a date (Posted on LinkedIn · 14 April 2025; Week ending 26 May 2025;
#: Lanzhou, May 25, 2025)
_DATE_TAIL = re.compile(
    rf"^[^\n]{{0,40}}?(?:\b(?:[Oo]n|[Ee]nding|[Oo]f|[Dd]ated)|[·•|–—,])\s*{_WORDS_DATE}\s*$"
)
_TOP_LINES = 6


def _date_line(text: str) -> PartialDate | None:
    lines = [line for line in text.splitlines() if line.strip()][:_TOP_LINES]
    for line in lines:
        if len(line) > 160:
            continue
        parts = [line] + [p for p in line.split("|")[1:]]  # … | China Daily | June 12, 2024
        m = next((found for p in parts if (found := _DATE_LINE.match(p))), None)
        if m is None and len(line) <= 80:
            m = _DATE_TAIL.match(line)
        if m is None:
            continue
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y1") or m.group("y2"))
        if valid_date(year, month, day):
            return PartialDate(year, month, day)
    return None


def find_publication_date(text: str) -> PartialDate | None:
    """Publication date: a full numeric date near the top, or a full date in words on a line
    of its own there, else the dateline's month and day.

    >>> find_publication_date("Expo opens\\nUpdated 18:20, 12-Jun-2024\\nThe expo opened.")
    PartialDate(year=2024, month=6, day=12)
    >>> find_publication_date("By Li Na | China Daily | June 12, 2024\\nThe expo opened.")
    PartialDate(year=2024, month=6, day=12)
    >>> find_publication_date("The expo opened on June 12, 2024 in Kunming.") is None
    True
    >>> find_publication_date("Weekly Briefing | Week ending 26 May 2025\\nThe expo closed.")
    PartialDate(year=2025, month=5, day=26)
    """
    full = parse_full_date(text[:FULL_DATE_WINDOW])
    if full is not None:
        return full
    words = _date_line(text)
    if words is not None:
        return words
    match = _DATELINE.search(text[:DATELINE_WINDOW])
    if match is None:
        return None
    month, day = month_number(match.group(1)), int(match.group(2))
    year = int(match.group(3)) if match.group(3) else None
    return PartialDate(year, month, day) if valid_date(year, month, day) else None


def find_title(text: str) -> str | None:
    """The first non-empty line when it reads like a headline (short, no final full stop,
    not a dateline), else ``None``."""
    for raw in text.split("\n"):
        line = raw.strip().lstrip("#").strip()
        if not line:
            continue
        if not 2 <= len(line) <= MAX_TITLE_CHARS or line.endswith((".", '."', "--")):
            return None
        if _DATELINE.match(line) or ". " in line:
            return None
        return line
    return None
