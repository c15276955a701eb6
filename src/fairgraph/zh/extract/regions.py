"""Foreign regions written after their country: 土耳其埃某市, 吉尔吉斯共和国伊某湖州.

The region (up to its 市/州/省/郡/县/邦/边疆区 suffix) is one place; a shorter place the
recogniser found inside it (湖州 in 伊某湖州) gives way.

>>> from fairgraph.model import Mention
>>> text = "西宁市与土耳其埃迪尔内市结好"
>>> found = foreign_regions(text, [Mention(4, 7, "土耳其", "Country")])
>>> [(m.text, m.type) for m in found]
[('土耳其', 'Country'), ('埃迪尔内市', 'Place')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.sentences import MentionEdits

_REGION = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:边疆区|市|州|省|郡|县|邦)")
_STOP = set("的与和及在是对向为将把被从于等并也就都又召开举行签署签订各")
#: regions that are words, not names (联邦: 美国联邦政府)
_NOT_REGIONS = ("联邦",)


def foreign_regions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each region named right after a foreign country added as a place."""
    edits = MentionEdits(mentions)
    for country in [
        m
        for m in sorted(mentions)
        if m.type == "Country" and m.text not in ("中国", "中华人民共和国")
    ]:
        match = _REGION.match(text, country.end)
        if match is None or any(c in _STOP for c in match.group()):
            continue
        if match.group().endswith(_NOT_REGIONS):
            continue
        start, end = match.span()
        near = edits.overlapping(start, end)
        if any(m.start == start and m.end >= end for m in near):
            continue  # the recogniser already names what follows (a shorter city gives way)
        inside = [m for m in near if start <= m.start and m.end <= end]
        if any(m.type not in ("Place", "Organization") for m in inside):
            continue
        if any(m not in inside for m in near):
            continue
        region = Mention(start, end, match.group(), "Place", None, origin="foreign-region")
        edits.replace(inside, [region])
    return edits.result()
