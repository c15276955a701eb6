"""A parent company and the subsidiary it is written before (某集团旗下的某某有限公司): the
subsidiary is the one that signs.

* ``subsidiary_names``  — the subsidiary's full name after 旗下/下属/所属, when the recogniser
  left it unread (国家电投旗下的黄河上游水电开发有限责任公司与…);
* ``signing_mentions``  — a sentence's mentions without the parents written right before their
  subsidiaries, so that the pairs of a signing are read between the bodies that sign.

>>> t = "甲集团旗下的乙水电开发有限责任公司与丙市人民政府签署协议"
>>> ms = [Mention(0, 3, "甲集团", "Organization"), Mention(18, 24, "丙市人民政府", "Organization")]
>>> [m.text for m in subsidiary_names(t, ms)]
['乙水电开发有限责任公司']
>>> t = "甲集团全资子公司乙丙科技与丁公司签署了协议"
>>> ms = [Mention(0, 3, "甲集团", "Organization"), Mention(12, 15, "丁公司", "Organization")]
>>> [m.text for m in subsidiary_names(t, ms)]
['乙丙科技']
>>> t = "甲集团公告称，公司全资子公司乙丙科技与丁公司签署了协议"
>>> [m.text for m in subsidiary_names(t, [Mention(0, 3, "甲集团", "Organization")])]
['乙丙科技']
>>> subsidiary_names("甲集团全资子公司的员工与丁公司签署了协议", ms)
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.lexicon.tables import time_words_pattern

#: what joins a parent to its subsidiary (某集团旗下的, 下属, 所属, 控股的)
PARENT_OF = re.compile(
    r"(?:旗下|下属|所属)(?:的)?(?:全资|控股)?(?:子公司)?"
    r"|(?:的)?(?:全资|控股)子公司"  # (某集团全资子公司某某, 某集团的控股子公司某某)
)
#: a subsidiary's short name after its parent and 子公司, right before its connector or verb
#: (某集团全资子公司某某科技与B签署): no words of a clause in it
_SHORT_SUBSIDIARY = re.compile(
    r"((?:[\u4e00-\u9fff]|[A-Za-z]){2,8}?)"
    r"(?=(?:"
    + time_words_pattern()
    + r"|已|正式|共同|还|也)?(?:与|同|跟)[^，。；,;]{2,40}?(?:签|达成)|签)"
)
_CLAUSE_WORDS = re.compile(r"[的了在将已与同和跟及就对把被为是]|公司$")
#: a subsidiary's full name after its parent, closing before a connector, a verb or a stop
_SUBSIDIARY = re.compile(
    r"([\u4e00-\u9fff（）()A-Za-z0-9]{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|银行))"
    r"(?=与|同|和|跟|及|、|签|共同|正式|[，。；])"
)


#: the announcing company's own subsidiary opening a clause (…公告称，公司全资子公司某某与B签署)
_OWN_SUBSIDIARY = re.compile(
    r"(?:^|(?<=[，,：:；;。]))(?:公司|该公司|本公司)?(?:的)?(?:全资|控股)子公司"
)


def subsidiary_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Subsidiaries named in full after 旗下/下属/所属 that no mention covers yet; named by a
    short form after 全资子公司/控股子公司, when a signing follows (某集团全资子公司某某科技与B
    签署; the announcer's own: 公告称，公司全资子公司某某与B签署)."""
    out: list[Mention] = []
    links: list[tuple[Mention | None, re.Match[str]]] = [
        (parent, link)
        for parent in mentions
        if parent.type == "Organization"
        and (link := PARENT_OF.match(text, parent.end)) is not None
        and link.group()
    ]
    links += [(None, link) for link in _OWN_SUBSIDIARY.finditer(text)]
    for parent, link in links:
        name = _SUBSIDIARY.match(text, link.end())
        if name is not None and re.search("与|同|跟", name.group(1)):
            name = None  # (某某科技与丁公司: the subsidiary's short name and its counterpart)
        if name is None and "子公司" in link.group():
            name = _SHORT_SUBSIDIARY.match(text, link.end())
            if name is not None and _CLAUSE_WORDS.search(name.group(1)):
                name = None
        if name is None or any(
            m.start < name.end(1) and name.start(1) < m.end for m in mentions if m is not parent
        ):
            continue
        out.append(
            Mention(name.start(1), name.end(1), name.group(1), "Organization", "Company", "rule")
        )
    return out


def signing_mentions(text: str, base: int, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """``mentions`` of a sentence (``text`` starting at ``base``) without each parent written
    right before a subsidiary it names (某集团旗下的某公司: the company signs, not the group).

    >>> t = "甲市与乙集团下属丙有限公司签署协议"
    >>> ms = [Mention(0, 2, "甲市", "Place"), Mention(3, 6, "乙集团", "Organization"),
    ...       Mention(8, 13, "丙有限公司", "Organization")]
    >>> [m.text for m in signing_mentions(t, 0, ms)]
    ['甲市', '丙有限公司']
    """
    starts = {m.start for m in mentions if m.type == "Organization"}
    out = []
    for m in mentions:
        link = PARENT_OF.match(text, m.end - base) if m.type == "Organization" else None
        if link is not None and link.group() and base + link.end() in starts:
            continue
        out.append(m)
    return tuple(out)
