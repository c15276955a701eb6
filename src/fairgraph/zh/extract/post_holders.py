"""Bodies of posts whose title was stated without one, from what the sentence implies.

>>> _BODY_HEAD_TITLE.match("副厅长").group(1)
'厅'
"""

from __future__ import annotations

import dataclasses
import re

from fairgraph.model import Mention, Post
from fairgraph.zh.extract.sentences import Sentence

#: a head's title that names its body's kind (副厅长 → a 厅, 局长 → a 局)
_BODY_HEAD_TITLE = re.compile(r"^(?:常务)?副?(厅|局|署|司|处)长$")
#: titles of a place's government or Party committee, which the resolver names from context
PLACE_TITLE = re.compile(r"^(?:常务|代)?副?(?:省|市|县|区|州)长|书记|常委")


def bodies_of_bare_titles(sentence: Sentence, posts: list[Post]) -> list[Post]:
    """Posts whose title was stated without its body get the body the sentence implies:
    a head's title naming its body's kind takes the nearest such body before it (某厅党组书记、
    厅长甲作推介，副厅长乙主持 → 乙 副厅长 of that 厅); a title listed right after a colleague
    who holds a post in a company or other non-government body is a post there too
    (某公司董事长甲、总裁乙 / 某公司党组书记、董事长甲，总经理乙).

    >>> from fairgraph.zh.extract.sentences import Span
    >>> from fairgraph.model import Mention
    >>> t = "某某集团董事长张甲、总裁李乙出席"
    >>> ms = (Mention(0, 4, "某某集团", "Organization", "Company"), Mention(4, 7, "董事长", "Role"),
    ...       Mention(7, 9, "张甲", "Person"), Mention(10, 12, "总裁", "Role"),
    ...       Mention(12, 14, "李乙", "Person"))
    >>> from fairgraph.zh.extract.posts import find_posts
    >>> posts = find_posts(Sentence(Span(0, len(t), t), ms))
    >>> [(p.person.text, p.role.text, p.organization.text) for p in posts]
    [('张甲', '董事长', '某某集团'), ('李乙', '总裁', '某某集团')]
    """
    held = {p.person.start: p.organization for p in posts if p.organization is not None}
    roles = {p.person.start: p.role.text for p in posts if p.organization is not None}
    out = []
    for post in posts:
        if post.bodiless:  # a title standing alone (兰洽会组委会主任): no body to find
            out.append(post)
            continue
        head = _BODY_HEAD_TITLE.match(post.role.text)
        if post.organization is None and post.represents is None and head:
            body = next(
                (
                    m
                    for m in reversed(sentence.mentions)
                    if m.end <= post.role.start
                    and m.type == "Organization"
                    and m.text.endswith(head.group(1))
                ),
                None,
            )  # 某厅党组书记、厅长甲作推介，副厅长乙主持: 乙 is 副厅长 of that 厅
            post = dataclasses.replace(post, organization=body) if body else post
        if post.organization is None and post.represents is None and _STAFF.match(post.role.text):
            body = _listed_government(sentence, post, held)
            post = dataclasses.replace(post, organization=body) if body else post
        if post.organization is None and post.represents is None:
            before = _mention_before(sentence, post.role)
            body = held.get(before.start) if before is not None else None
            if (
                before is not None
                and before.type == "Person"
                and sentence.between(before.end, post.role.start) in ("、", "，")
                and body is not None
                and (
                    body.subtype != "Government"
                    # 管委会主任甲、副主任乙: a deputy of the same office, any body's
                    or _same_office(roles.get(before.start, ""), post.role.text)
                )
                and not PLACE_TITLE.match(post.role.text)
            ):
                post = dataclasses.replace(post, organization=body)
        out.append(post)
    return out


def _mention_before(sentence: Sentence, mention: Mention) -> Mention | None:
    """The sentence's mention just before ``mention``: the one before it in the sentence's
    mentions, or, for a mention a rule made from part of another (a title with its country cut
    off, 某国贸易部长 → 贸易部长), the last mention that ends where it starts or before.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "张甲、某国贸易部长李乙"
    >>> ms = (Mention(0, 2, "张甲", "Person"), Mention(3, 9, "某国贸易部长", "Role"),
    ...       Mention(9, 11, "李乙", "Person"))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> _mention_before(s, ms[1]).text, _mention_before(s, Mention(5, 9, "贸易部长", "Role")).text
    ('张甲', '张甲')
    >>> _mention_before(s, ms[0]) is None
    True
    """
    mentions = sentence.mentions
    if mention in mentions:
        index = mentions.index(mention)
        return mentions[index - 1] if index > 0 else None
    return next((m for m in reversed(mentions) if m.end <= mention.start), None)


#: a government's own staff titles, which a list of its officials leaves bare (秘书长)
_STAFF = re.compile(r"^副?秘书长$")
_PARTY = ("委", "党组", "党工委", "工委")


def _listed_government(sentence: Sentence, post: Post, held: dict[int, Mention]) -> Mention | None:
    """The government of the first official of a list of titles and names that ``post``
    closes (某市市长甲、副市长乙、秘书长丙 → 丙 秘书长 of that city's government): each item a
    bare title and a name, joined by 、; never a Party committee's list.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "甲市市长张甲、副市长李乙、秘书长王丙出席"
    >>> ms = (Mention(0, 2, "甲市", "Place"), Mention(2, 4, "市长", "Role"),
    ...       Mention(4, 6, "张甲", "Person"), Mention(7, 10, "副市长", "Role"),
    ...       Mention(10, 12, "李乙", "Person"), Mention(13, 16, "秘书长", "Role"),
    ...       Mention(16, 18, "王丙", "Person"))
    >>> from fairgraph.zh.extract.posts import find_posts
    >>> [(p.person.text, p.role.text, p.organization.text) for p in find_posts(
    ...     Sentence(Span(0, len(t), t), ms)) if p.organization]
    [('张甲', '市长', '甲市'), ('王丙', '秘书长', '甲市')]
    """
    mentions = sentence.mentions
    if post.role not in mentions:  # a title cut from a longer one (某国贸易部长 → 贸易部长)
        return None
    index = mentions.index(post.role)
    while index >= 2:
        before, role = mentions[index - 1], mentions[index - 2]
        if before.type != "Person" or sentence.between(before.end, mentions[index].start) != "、":
            return None
        body = held.get(before.start)
        if body is not None:
            government = body.subtype == "Government" or body.origin == "implied-by-place"
            return body if government and not body.text.endswith(_PARTY) else None
        if role.type != "Role" or sentence.between(role.end, before.start) != "":
            return None
        index -= 2
    return None


def _same_office(first: str, second: str) -> bool:
    """Whether two titles are the head and a deputy of one office (主任, 副主任).

    >>> _same_office("主任", "副主任"), _same_office("副主任", "副主任")
    (True, True)
    >>> _same_office("主任", "秘书长")
    False
    """
    return first.removeprefix("副") == second.removeprefix("副") != ""
