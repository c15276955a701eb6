"""Dates that any report may carry: a complete calendar date in digits (HTML metadata,
a "published" line).

The language of a report reads its own title and dateline (``Language.find_title``,
``Language.find_publication_date``); this module knows only numeric dates (and the
年月日 form of CJK dates, which pages in any language use in their metadata).

>>> parse_full_date("发布时间：2024-07-16 09:30")
PartialDate(year=2024, month=7, day=16)
"""

from __future__ import annotations

import datetime as _dt
import re

from fairgraph.model import PartialDate

#: how far into the text a full date still counts as the publication date
FULL_DATE_WINDOW = 300

_FULL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|([-/.])(\d{1,2})\4(\d{1,2}))(?!\d)"
)


def valid_date(year: int | None, month: int, day: int) -> bool:
    """Whether month and day make a date (in ``year``, or in a leap year when it is unknown)."""
    try:
        _dt.date(year if year is not None else 2000, month, day)  # 2000: leap year
    except ValueError:
        return False
    return True


def parse_full_date(text: str) -> PartialDate | None:
    """The first complete calendar date in ``text``.

    >>> parse_full_date("2024年7月15日 10:00")
    PartialDate(year=2024, month=7, day=15)
    >>> parse_full_date("2021-07-22T09:31:00+08:00")
    PartialDate(year=2021, month=7, day=22)
    >>> parse_full_date("2024.13.01") is None
    True
    """
    for match in _FULL_DATE.finditer(text):
        year = int(match.group(1))
        month = int(match.group(2) or match.group(5))
        day = int(match.group(3) or match.group(6))
        if valid_date(year, month, day):
            return PartialDate(year, month, day)
    return None
