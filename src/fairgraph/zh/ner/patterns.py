"""The model-free recogniser: lexicon matches plus name patterns (the ``rules`` backend).

Patterns: an organisation is a place (or country) followed by a short head and an
organisation suffix, or a run of name characters ending in a company suffix; a person is a
2–4 character word after a title that begins with a surname (rare ones included).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> ms = pattern_mentions("青海省工业和信息化厅副厅长李明出席。", load_lexicon())
>>> [(m.text, m.type) for m in ms]
[('青海省工业和信息化厅', 'Organization'), ('李明', 'Person')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.features import segment
from fairgraph.zh.ner.names import DOUBLE_SURNAMES, SURNAMES, starts_with_surname

__all__ = ["DOUBLE_SURNAMES", "SURNAMES", "org_mentions", "pattern_mentions", "person_mentions"]
from fairgraph.zh.ner.rules_common import PUNCT, STOP_IN_ORG

_NAME_STOP = set("的了在是与和及对向为将由把被从于等并也就都又说表示指出暨")


def _left_boundary(text: str, pos: int, limit: int = 16) -> int:
    """Where a name ending at ``pos`` may start: after punctuation or a function word."""
    s = pos
    while s > 0 and pos - s < limit and text[s - 1] not in PUNCT and text[s - 1] not in _NAME_STOP:
        s -= 1
    return s


@lru_cache(maxsize=4)
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    org = "|".join(re.escape(s) for s in lex.org_suffixes if len(s) >= 2)
    company = "|".join(re.escape(s) for s in lex.company_suffixes if len(s) >= 2)
    return re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,10}?(?:" + org + ")"), re.compile(company)


def org_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Organisations: [place][head ≤10][suffix] and [name run][company suffix]."""
    out: list[Mention] = []
    places = [m for m in lex.find(text) if m.type in ("Place", "Country")]
    head_re, company_re = _patterns(lex)
    for pm in places:
        m = head_re.match(text, pm.end)
        if m and not any(c in STOP_IN_ORG for c in m.group()):
            e = m.end()
            if not (e < len(text) and text[e] == "长"):
                out.append(Mention(pm.start, e, text[pm.start : e], "Organization", None, "rule"))
    for sm in company_re.finditer(text):
        s = _left_boundary(text, sm.start())
        counted = re.search(r"[0-9一二三四五六七八九十百千万]+家", text[s : sm.end()])
        if sm.group() == "企业" or counted:
            continue
        if sm.end() - s >= 4:
            out.append(Mention(s, sm.end(), text[s : sm.end()], "Organization", "Company", "rule"))
    return out


def person_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Persons: a 2–3 character segmenter word right after a title, starting with a surname."""
    out: list[Mention] = []
    at = 0
    words = segment(text)
    prev = ""
    for w in words:
        if (
            prev in lex.titles
            and 2 <= len(w) <= (4 if w.startswith(DOUBLE_SURNAMES) else 3)
            and starts_with_surname(w)
            and not any(c in _NAME_STOP or c in PUNCT for c in w)
        ):
            out.append(Mention(at, at + len(w), w, "Person", None, "rule"))
        prev = w
        at += len(w)
    return out


def pattern_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """All pattern hits, overlapping ones resolved longest first."""
    found = sorted(
        org_mentions(text, lex) + person_mentions(text, lex),
        key=lambda m: (m.start - m.end, m.start),
    )
    kept: list[Mention] = []
    for m in found:
        if not any(m.overlaps(k) for k in kept):
            kept.append(m)
    return sorted(kept)
