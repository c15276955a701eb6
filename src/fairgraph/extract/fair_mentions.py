"""Fair mentions: fair names in text (with their 第N届 edition), their series, the main fair.

Names come from the lexicon's full and short names and from the general pattern
第N届…洽谈会/博览会/交易会/展览会/论坛.

>>> from fairgraph.lexicon import load_lexicon
>>> [(m.text, m.subtype) for m in find_fair_mentions("第五届某某商品博览会开幕", load_lexicon())]
[('第五届某某商品博览会', '5')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.extract.fair_fields import is_side_event
from fairgraph.extract.numbers import parse_number
from fairgraph.lexicon import Lexicon
from fairgraph.model import Mention

_EDITION = r"第([0-9０-９]+|[一二三四五六七八九十百零〇两]+)届"
_GENERIC_SUFFIX = r"(?:洽谈会|博览会|交易会|展览会|展销会|交流会|论坛|峰会|博鳌)"
_GENERIC = re.compile(_EDITION + r"([^\s，。；、：“”《》（）()]{2,30}?" + _GENERIC_SUFFIX + ")")
_EDITION_ONLY = re.compile(_EDITION + r"$")


def find_fair_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Fair names in ``text``, with a preceding 第N届 included in the mention.

    Each returned mention has ``type == "Fair"`` and ``subtype`` set to the edition number
    as a string when one is given (``"25"``), else ``None``.
    """
    found: list[Mention] = []
    for match in lexicon.find(text):
        if match.type != "Fair":
            continue
        if is_side_event(Mention(match.start, match.end, match.text, "Fair")) and not re.search(
            _EDITION + r"$", text[max(0, match.start - 8) : match.start]
        ):
            continue  # a summit or forum held with a fair, not an edition of a fair
        start, edition = match.start, None
        head = re.search(_EDITION + r"$", text[max(0, start - 8) : start])
        if head:
            start -= len(head.group())
            edition = parse_number(head.group(1))
        found.append(
            Mention(
                start,
                match.end,
                text[start : match.end],
                "Fair",
                str(int(edition)) if edition else None,
                origin="lexicon",
            )
        )
    for hit in _GENERIC.finditer(text):
        if any(m.start <= hit.start() < m.end for m in found):
            continue
        edition = parse_number(hit.group(1))
        found.append(
            Mention(
                hit.start(),
                hit.end(),
                hit.group(),
                "Fair",
                str(int(edition)) if edition else None,
                origin="rule",
            )
        )
    return sorted(found)


def series_name(mention: Mention, lexicon: Lexicon) -> str:
    """The fair series a mention names: the lexicon's canonical name, else the name itself."""
    name = re.sub("^" + _EDITION, "", mention.text)
    entry = lexicon.fair_of(name)
    return entry.name if entry else name


def main_fair(mentions: Sequence[Mention]) -> Mention | None:
    """The report's main fair: the first mention with an edition number, else the first."""
    fairs = [m for m in mentions if m.type == "Fair"]
    with_edition = [m for m in fairs if m.subtype]
    chosen = with_edition or fairs
    return chosen[0] if chosen else None
