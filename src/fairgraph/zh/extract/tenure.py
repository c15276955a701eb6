"""Posts in time: a start or an end a report states for a post (cue words in
``lexicon/data/tenure_cues.tsv``).

* ``原任``, ``前任``, ``曾任``, ``卸任`` … right before the post (or between its holder and
  the post), or ``已调任``, ``已卸任`` … right after a holder named after the post (某省副省长张某
  已调任): the post was held before the report and is no longer (``Post.ended``);
* ``(自)DATE起任`` right before the post: the post began on DATE (``Post.start``).

:func:`stated_posts` also finds the posts these cues introduce after a name, which the title
patterns of :mod:`~fairgraph.zh.extract.posts` leave alone (王某自2023年3月起任某省副省长,
王某原任某省副省长).

>>> from fairgraph.model import Mention, PartialDate, Post, Span, DateMention
>>> text = "原任甘肃省副省长张三出席。"
>>> post = Post(Mention(8, 10, "张三", "Person"), Mention(5, 8, "副省长", "Role"),
...             Span(0, 13, text), organization=Mention(2, 5, "甘肃省", "Place"))
>>> dated_post(post, text, ()).ended
True
>>> text = "张三自2023年3月起任甘肃省副省长。"
>>> post = Post(Mention(0, 2, "张三", "Person"), Mention(15, 18, "副省长", "Role"),
...             Span(0, 19, text), organization=Mention(12, 15, "甘肃省", "Place"))
>>> when = DateMention(3, 10, "2023年3月", PartialDate(2023, 3, None))
>>> dated_post(post, text, (when,)).start
PartialDate(year=2023, month=3, day=None)
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from fairgraph.model import DateMention, Mention, Post
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.lexicon.tables import rows

#: how far before a post (or between its holder and the post) a cue is looked for
WINDOW = 6


@functools.cache
def _cues() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {
        "ended": [],
        "ended-after": [],
        "start": [],
        "since": [],
        "appointed": [],
    }
    for cue, kind, _meaning in rows("tenure_cues.tsv", 3):
        kinds[kind].append(cue)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def appointment_cues() -> tuple[str, ...]:
    """Verbs that give a person a post named right after them (任, 当选为, 被任命为), longest
    first (``tenure_cues.tsv``, kind ``appointed``).

    >>> "当选为" in appointment_cues()
    True
    """
    return _cues()["appointed"]


@functools.cache
def _start_pattern() -> re.Pattern[str]:
    cues = _cues()
    since = "|".join(map(re.escape, cues["since"]))
    start = "|".join(map(re.escape, cues["start"]))
    return re.compile(rf"(?:{since})?(?P<date>[^，。；、]{{2,14}}?)(?:{start})$")


def dated_post(post: Post, text: str, dates: Sequence[DateMention]) -> Post:
    """``post`` with the start or end the text states for it, if any."""
    first = min(m.start for m in (post.role, post.organization, post.represents) if m is not None)
    before = text[max(post.evidence.start, first - WINDOW) : first]
    if post.person.end <= first and first - post.person.end <= WINDOW:
        before = text[post.person.end : first]  # 张三原任…: the words between holder and post
    if before.endswith(_cues()["ended"]) or _former(post, text, before):
        return dataclasses.replace(post, ended=True)
    last = max(m.end for m in (post.role, post.organization, post.represents) if m is not None)
    after = text[post.person.end : min(post.evidence.end, post.person.end + WINDOW)]
    if post.person.start >= last and after.startswith(_cues()["ended-after"]):
        return dataclasses.replace(post, ended=True)
    match = _start_pattern().search(text[max(post.evidence.start, first - 20) : first])
    if match is not None:
        offset = max(post.evidence.start, first - 20)
        lo, hi = offset + match.start("date"), offset + match.end("date")
        for d in dates:
            if lo <= d.start and d.end <= hi and d.date.year is not None:
                return dataclasses.replace(post, start=d.date)
    return post


_HOLDERS = ("Organization", "Place", "Country")
#: what may stand before 前 (former) that opens a post: a clause start, or a word that ends
#: before a noun phrase (会见了前某国总理); 日前/会前/此前 are times, not a former post
_BEFORE_FORMER = set("了的和与及、，。；：（“ \n")


def _former(post: Post, text: str, before: str) -> bool:
    """Whether ``post`` is a former one: 原/前 between its body and its title (某省原副省长,
    某国前总理), or 前 opening it at a clause start (前国务院副总理某某; not 日前某省副省长).

    >>> from fairgraph.model import Span
    >>> t = "某国前总理王某出席"
    >>> p = Post(Mention(5, 7, "王某", "Person"), Mention(3, 5, "总理", "Role"), Span(0, 9, t),
    ...          represents=Mention(0, 2, "某国", "Country"))
    >>> _former(p, t, "")
    True
    >>> _former(p, "日前" + t, "日前"), _former(p, "会见了前" + t, "会见了前")
    (False, True)
    >>> t = "甲国的前总统王某"
    >>> _former(Post(Mention(6, 8, "王某", "Person"), Mention(4, 6, "总统", "Role"),
    ...     Span(0, 8, t), represents=Mention(0, 2, "甲国", "Country")), t, "")
    True
    """
    if post.role.text.startswith(("原", "前")):
        return True  # 原副省长, 前执政官: the title as said
    holder = post.organization or post.represents
    if holder is not None and text[holder.end : post.role.start] in ("原", "前"):
        return True
    said = text[max(post.evidence.start, post.role.start - 2) : post.role.start]
    if holder is not None and holder.end <= post.role.start - 2 and said[-1:] == "前":
        # 流亡某国的前总统某某: 前 before a title whose country the sentence names elsewhere
        return len(said) == 2 and said[0] in _BEFORE_FORMER
    return before.endswith("前") and (len(before) == 1 or before[-2] in _BEFORE_FORMER)


def stated_posts(
    sentence: Sentence, dates: Sequence[DateMention], known: Sequence[Post] = ()
) -> list[Post]:
    """PERSON cue [BODY] TITLE, the cue an end (原任, 曾任 …) or a dated start (自…起任): the
    post, dated; posts already in ``known`` (same holder and title) are left out.

    >>> from fairgraph.model import PartialDate, Span
    >>> text = "李某自2023年3月起任副省长。"
    >>> ms = (Mention(0, 2, "李某", "Person"), Mention(12, 15, "副省长", "Role"))
    >>> when = DateMention(3, 10, "2023年3月", PartialDate(2023, 3, None))
    >>> [(p.person.text, p.role.text, p.start.iso()) for p in
    ...  stated_posts(Sentence(Span(0, 16, text), ms), (when,))]
    [('李某', '副省长', '2023-03')]
    """
    taken = {(p.person.start, p.role.start) for p in known}
    mentions = sentence.mentions
    out = []
    for i, person in enumerate(mentions[:-1]):
        if person.type != "Person":
            continue
        following = mentions[i + 1]
        holder: Mention | None = None
        role = following
        if following.type in _HOLDERS and i + 2 < len(mentions):
            holder, role = following, mentions[i + 2]
            if sentence.between(following.end, role.end) != role.text:
                continue  # the body and its title are written together
        if role.type != "Role" or (person.start, role.start) in taken:
            continue
        first = holder or role
        gap = sentence.between(person.end, first.start)
        post = Post(person, role, sentence.span, organization=holder)
        if gap in _cues()["ended"] or any(gap == "曾" + c for c in ("任", "担任")):
            out.append(dataclasses.replace(post, ended=True))
            continue
        match = _start_pattern().fullmatch(gap)
        if match is None:
            continue
        lo, hi = person.end + match.start("date"), person.end + match.end("date")
        for d in dates:
            if lo <= d.start and d.end <= hi and d.date.year is not None:
                out.append(dataclasses.replace(post, start=d.date))
                break
    return out
