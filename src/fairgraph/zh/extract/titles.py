"""Title mentions repaired whatever the recogniser: titles it dropped or fused with a body.

A statistical recogniser often tags the body of a compound title and drops the title itself
(省委|书记 → only 省委), keeps a Party unit inside the company's name (某集团党组|书记), or
returns a whole list of titles, or a body and its title, as one span.  One small function per
construction:

* ``detach_party_unit``  — 某集团党组 + 书记 → 某集团 + 党组书记;
* ``titles_after_bodies`` — a known title right after an organisation or place that nothing
  covers (省人大常委会|主任, 全国人大常委会|委员长) becomes a title mention;
* ``split_role_lists``    — 省委书记、省人大常委会主任 as one span → one span per title;
* ``split_titled_body``   — 上海市人大常委会副主任 → 上海市人大常委会 + 副主任;
* ``board_titles``        — 董事会主席, 理事会秘书长: a board and its title are one title;
* ``head_of_place``       — 某某省|长王某 (the recogniser kept 省 with the place) → 某某 + 省长.

>>> from fairgraph.model import Mention
>>> text = "省人大常委会主任张某出席"
>>> found = titles_after_bodies(text, [Mention(0, 6, "省人大常委会", "Organization")])
>>> [(m.text, m.type) for m in found]
[('省人大常委会', 'Organization'), ('主任', 'Role')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from fairgraph.model import Mention
from fairgraph.zh.extract.sentences import MentionEdits
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.lexicon.titles import field_titles
from fairgraph.zh.ner.rules_orgs import name_kind

#: Party units written between a body's name and its title (某集团党组书记)
PARTY_UNITS = ("党组", "党委")
#: titles a Party unit takes (党组书记, 党委副书记, 党组成员)
PARTY_TITLES = ("副书记", "书记", "成员", "委员", "常委")
#: a title followed by one of these is part of a body's name (常委会, 委员会, 董事会)
_BODY_TAILS = ("会", "部", "厅", "局", "处", "办")
#: mentions a title may directly follow
_HOLDER_TYPES = ("Organization", "Place", "Country")
#: titles that also begin bodies or longer words and must not be read after a name
_NOT_AFTER_BODY = frozenset({"代表", "专家", "首席", "顾问"})
#: organisation endings that a title may follow inside one span (上海市人大常委会|副主任)
_BODY_ENDINGS = ("人大常委会", "常委会", "政协", "委员会", "政府", "集团", "公司")


@cache
def known_titles() -> frozenset[str]:
    """Every title the lexicon lists, with the body titles of :mod:`fairgraph.zh.extract.roles`
    and the titles written with a field or a grade (设计总监, 高级分析师)."""
    from fairgraph.zh.extract.roles import BODY_TITLES, MORE_TITLES

    return frozenset(load_lexicon().titles) | BODY_TITLES | MORE_TITLES | field_titles()


def _title_at(text: str, pos: int, limit: int) -> str | None:
    """The longest known title starting at ``pos`` and ending by ``limit``, not a body's name."""
    titles = known_titles()
    for size in range(min(7, limit - pos), 1, -1):
        word = text[pos : pos + size]
        if word in titles and not text.startswith(_BODY_TAILS, pos + size):
            return word
    return None


def detach_party_unit(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation ending in 党组/党委 before a Party title gives the unit to the title.

    >>> t = "某某集团党组书记李某"
    >>> found = detach_party_unit(t, [Mention(0, 6, "某某集团党组", "Organization")])
    >>> [(m.text, m.type) for m in found]
    [('某某集团', 'Organization'), ('党组书记', 'Role')]
    """
    edits = MentionEdits(mentions)
    for m in mentions:
        if m.type != "Organization" or not m.text.endswith(PARTY_UNITS) or len(m.text) < 4:
            continue
        title = next((t for t in PARTY_TITLES if text.startswith(t, m.end)), None)
        if title is None:
            continue
        end = m.end + len(title)
        if edits.overlapping(m.end, end):
            continue
        cut = m.end - 2
        # the unit's name says its kind once the Party unit read with it (某公司党委) is gone
        kind = name_kind(m.text[:-2], load_lexicon())
        unit = Mention(m.start, cut, m.text[:-2], m.type, kind, m.origin)
        edits.replace([m], [unit, Mention(cut, end, text[cut:end], "Role", None, "party-unit")])
    return edits.result()


def titles_after_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` plus each known title that follows a body or place over uncovered text.

    >>> t = "全国人大常委会委员长某某"
    >>> found = titles_after_bodies(t, [Mention(0, 7, "全国人大常委会", "Organization")])
    >>> found[-1].text
    '委员长'
    >>> titles_after_bodies("省委常委会召开", [Mention(0, 2, "省委", "Organization")])[-1].text
    '省委'
    """
    edits = MentionEdits(mentions)
    for holder in sorted(mentions):
        if holder.type not in _HOLDER_TYPES:
            continue
        nxt = edits.next_start(holder.end)
        title = _title_at(text, holder.end, len(text) if nxt is None else nxt)
        if title is None or title in _NOT_AFTER_BODY:
            continue
        end = holder.end + len(title)
        if edits.overlapping(holder.end, end):
            continue
        edits.replace([], [Mention(holder.end, end, title, "Role", None, "title-after-body")])
    return edits.result()


def split_role_lists(mentions: Sequence[Mention]) -> list[Mention]:
    """A title span holding several titles separated by 、 becomes one span per title.

    >>> r = Mention(0, 10, "省委书记、市长", "Role")
    >>> [(m.text, m.start, m.end) for m in split_role_lists([r])]
    [('省委书记', 0, 4), ('市长', 5, 7)]
    """
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Role" or "、" not in m.text:
            out.append(m)
            continue
        pos = m.start
        for part in m.text.split("、"):
            if part:
                out.append(Mention(pos, pos + len(part), part, "Role", m.subtype, m.origin))
            pos += len(part) + 1
    return sorted(out)


def split_titled_body(role: Mention) -> tuple[Mention | None, Mention]:
    """(body, title) of a title span that begins with a named body, else (None, role).

    The body must name something beyond its ending (上海市人大常委会, 某集团), so lexicon
    titles such as 党委书记 or 政协主席 stay whole.

    >>> body, title = split_titled_body(Mention(0, 11, "上海市人大常委会副主任", "Role"))
    >>> body.text, body.type, title.text
    ('上海市人大常委会', 'Organization', '副主任')
    >>> split_titled_body(Mention(0, 4, "党委书记", "Role"))[0] is None
    True
    """
    titles = known_titles()
    for cut in range(2, len(role.text) - 1):
        prefix, rest = role.text[:cut], role.text[cut:]
        if rest not in titles:
            continue
        ending = next((e for e in _BODY_ENDINGS if prefix.endswith(e)), None)
        if ending is None or len(prefix) <= len(ending):
            continue
        end = role.start + cut
        subtype = "Company" if ending in ("集团", "公司") else "Government"
        body = Mention(role.start, end, prefix, "Organization", subtype, origin="role-split")
        return body, Mention(end, role.end, rest, "Role", role.subtype, role.origin)
    return None, role


_BOARD = re.compile("董事会|理事会|监事会")


def board_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A board followed by a title is one title (董事会主席), whatever pieces were found.

    >>> t = "某集团董事会主席田某"
    >>> found = board_titles(t, [Mention(3, 5, "董事", "Role"), Mention(6, 8, "主席", "Role")])
    >>> [(m.text, m.type) for m in found]
    [('董事会主席', 'Role')]
    """
    out = sorted(mentions)
    for match in _BOARD.finditer(text):
        title = _title_at(text, match.end(), len(text))
        if title is None:
            continue
        start, end = match.start(), match.end() + len(title)
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.type != "Role" or m.start < start or m.end > end for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], "Role", None, "board-title"))
    return sorted(out)


def head_of_place(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """PLACE省|长 PERSON: a place span that swallowed the 省/市/县 of 省长/市长/县长.

    >>> t = "江西省长刘某出席"
    >>> ms = [Mention(0, 3, "江西省", "Place"), Mention(4, 6, "刘某", "Person")]
    >>> [(m.text, m.type) for m in head_of_place(t, ms)]
    [('江西', 'Place'), ('省长', 'Role'), ('刘某', 'Person')]
    """
    out = sorted(mentions)
    for i, m in enumerate(list(out)):
        if m.type != "Place" or len(m.text) < 3 or m.text[-1] not in "省市县":
            continue
        if not text.startswith("长", m.end) or i + 1 >= len(out):
            continue
        after = out[i + 1]
        if after.type != "Person" or after.start != m.end + 1:
            continue
        out[i] = Mention(m.start, m.end - 1, m.text[:-1], m.type, m.subtype, m.origin)
        out.append(Mention(m.end - 1, m.end + 1, text[m.end - 1 : m.end + 1], "Role", None, "head"))
    return sorted(out)


def repair_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """All title repairs of this module, in order."""
    out = split_role_lists(mentions)
    out = detach_party_unit(text, out)
    out = head_of_place(text, out)
    out = board_titles(text, out)
    return titles_after_bodies(text, out)
