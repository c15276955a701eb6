"""Normalise decoded text; every later offset refers to the result.

Only layout changes: line ends, trailing blanks, blank-line runs, leading ideographic
spaces, Unicode NFC.  No other character is touched.

>>> normalise_text("\\u3000\\u3000第一段。  \\r\\n\\r\\n\\r\\n\\r\\n\\r\\n第二段。\\n")
'第一段。\\n\\n\\n第二段。'
"""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_LEADING_IDEOGRAPHIC = re.compile(r"^[ \t\u3000]*\u3000[ \t\u3000]*", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{4,}")


def normalise_text(text: str) -> str:
    """Return ``text`` with normalised layout (see the module docstring).

    At most two blank lines remain between paragraphs; blank lines at the start and
    whitespace at the end are dropped.

    >>> normalise_text("标题\\n\\n\\n\\n\\n正文")
    '标题\\n\\n\\n正文'
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _LEADING_IDEOGRAPHIC.sub("", text)
    text = _BLANK_RUNS.sub("\n\n\n", text)
    return text.lstrip("\n").rstrip()


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace (including U+3000 and U+FEFF)."""
    return not text.replace("\ufeff", "").strip()
