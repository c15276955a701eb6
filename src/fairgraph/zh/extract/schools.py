"""A university's own news: its news site names the university, which 我校 and the bare titles
of its officers (校长, 副校长, 校党委书记) stand for.

A university reports its own signings on its news site (某某大学新闻网讯（记者…）…我校与某银行
签署…); the site is the outlet, the university is what 我校 and 校长 mean.

>>> school_of(Mention(0, 9, "甲乙理工大学新闻网", "Organization"))
'甲乙理工大学'
>>> school_of(Mention(0, 5, "甲乙新闻网", "Organization")) is None
True
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from fairgraph.model import Mention, Post

#: a university's or college's news site (某某大学新闻网, 某某学院新闻中心)
_SCHOOL_SITE = re.compile(r"^([\u4e00-\u9fff]{2,16}?(?:大学|学院))(?:新闻网|新闻中心|网|报)$")
#: how a university's news names the university itself
_OWN_SCHOOL = re.compile(r"我校|本校")
#: the bare titles of a university's officers (校长, 副校长, 校党委书记 → 党委书记 after 校)
_SCHOOL_TITLE = re.compile(r"^(?:常务)?副?校长(?:助理)?$")
_SCHOOL_PARTY_TITLE = re.compile(r"^(?:党委)?副?书记$|^党委常委$")
#: the origin of a 我校 mention
OWN_SCHOOL = "own-school"


def school_of(outlet: Mention | None) -> str | None:
    """The university whose news site ``outlet`` is, if it is one."""
    found = _SCHOOL_SITE.match(outlet.text) if outlet is not None else None
    return found.group(1) if found else None


def own_school_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """我校/本校 as organisation mentions (the report's university), where nothing covers them.

    >>> [m.text for m in own_school_mentions("我校与某银行签约", [])]
    ['我校']
    """
    taken = [(m.start, m.end) for m in mentions]
    return [
        Mention(hit.start(), hit.end(), hit.group(), "Organization", "Other", OWN_SCHOOL)
        for hit in _OWN_SCHOOL.finditer(text)
        if not any(s < hit.end() and hit.start() < e for s, e in taken)
    ]


def school_posts(
    posts: Sequence[Post], text: str, mentions: Sequence[Mention], school: str
) -> list[Post]:
    """Bare titles of a university's officers (校长某某, 校党委书记某某) in the university's own
    news are posts at the university: its name where the report writes it, else 我校."""
    holder = next(
        (m for m in mentions if m.type == "Organization" and m.text == school), None
    ) or next((m for m in mentions if m.origin == OWN_SCHOOL), None)
    if holder is None:
        return list(posts)
    out = []
    for post in posts:
        if post.organization is None and post.represents is None:
            role = post.role.text
            school_title = _SCHOOL_TITLE.match(role) is not None
            party_title = (
                _SCHOOL_PARTY_TITLE.match(role) is not None
                and text[max(0, post.role.start - 1) : post.role.start] == "校"
            )
            if school_title or party_title:
                post = dataclasses.replace(post, organization=holder)
        out.append(post)
    return out
