"""Reporters: 本报记者魏某、刘某摄 / 新华社…电（记者洪某、丁某） → 记者 of the outlet.

The outlet is the organisation written right before 记者 (新华社记者), else the dateline's
outlet (:func:`~fairgraph.zh.extract.persons.dateline_outlet`) when the byline belongs to the
dateline or to a local paper's 本报 line, else none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fairgraph.model import Mention, Post
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.ner.rules_levels import EDITOR_TITLES

_REPORTER_GAPS = {"", " ", "\u3000", "、", "  ", "/", "／"}  # （记者/张某）
#: a junior in a reporters' byline after the reporters (（记者 甲 实习生 乙）)
_JUNIOR = re.compile(r"[ \u3000、，,]*(实习生|实习记者)[ \u3000：:]*")
#: how a report names its own outlet: the paper, the website, the station
OWN_OUTLETS = ("本报", "本网", "本台")
_EDITOR_GAPS = {"：", ":", "： ", ": ", "：\u3000"}
#: what stands before 记者 in a local paper's byline: 本报讯（, 本报某地5月7日讯（, 文/图 本报
LOCAL_BYLINE = re.compile(
    r"^\s*(?:(?:文|图|文图|图文|文/图|图/文)\s*[/｜|：:]?\s*)?本(?:报|网|台)"
    r"[\u4e00-\u9fff]{0,6}?(?:[0-9]{1,2}月[0-9]{1,2}日)?讯?\s*[（(]?\s*$"
)


def reporters(sentence: Sentence, outlet: Mention | None = None) -> Iterator[Post]:
    """ORG? 记者 PERSON (、 PERSON)* — each reporter of a byline or photo credit is 记者.

    The outlet is the organisation written right before 记者 (新华社记者), else the dateline's
    outlet when the byline is in the dateline, else none (本报记者). An intern named after the
    reporters (（记者 甲 实习生 乙）) is 实习生 of the same outlet.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "（记者 王某某 实习生 李某）"
    >>> ms = (Mention(1, 3, "记者", "Role"), Mention(4, 7, "王某某", "Person"),
    ...       Mention(12, 14, "李某", "Person"))
    >>> [(p.person.text, p.role.text) for p in reporters(Sentence(Span(0, len(t), t), ms))]
    [('王某某', '记者'), ('李某', '实习生')]
    """
    mentions = sentence.mentions
    for i, role in enumerate(mentions):
        if role.type != "Role" or not role.text.endswith("记者"):
            continue
        before = sentence.mentions[i - 1] if i > 0 else None
        holder = (
            before
            if before is not None
            and before.type == "Organization"
            and sentence.between(before.end, role.start) == ""
            else None
        )
        if holder is None and outlet is not None and _bylines_outlet(sentence, role, outlet):
            holder = outlet
        cursor, title = role, role
        for person in mentions[i + 1 :]:
            gap = sentence.between(cursor.end, person.start)
            junior = _JUNIOR.fullmatch(gap) if cursor.type == "Person" else None
            if junior is not None:  # （记者 甲 实习生 乙）: the intern of the same outlet
                at = cursor.end + junior.start(1)
                title = Mention(
                    at, at + len(junior.group(1)), junior.group(1), "Role", None, "byline"
                )
            elif person.type != "Person" or gap not in _REPORTER_GAPS:
                break
            if person.type != "Person":
                break
            yield Post(person=person, role=title, evidence=sentence.span, organization=holder)
            cursor = person


#: 某社某地7月19日电（张某 李某）: a dateline whose bracket names its reporters without 记者
_DATELINE_BRACKET = re.compile(r"(?:电|讯)\s*[（(]([^（()）\n]{2,40})[）)]")


def dateline_bracket(text: str) -> int | None:
    """Where the bracket after a dateline's 电/讯 opens, in the report's first 300 characters.

    >>> dateline_bracket("某某社兰州7月19日电 （钱某某）正文")
    12
    """
    found = _DATELINE_BRACKET.search(text, 0, 300)
    return found.start(1) - 1 if found else None


def dateline_reporters(sentence: Sentence, outlet: Mention | None) -> Iterator[Post]:
    """The names alone in the bracket after a dateline's 电 are its reporters: 记者 of the
    dateline's outlet (the role is implied: no 记者 is written).

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "某某社兰州7月19日电 （钱某某 孙某某）某市举办推介会。"
    >>> ms = (Mention(0, 3, "某某社", "Organization"), Mention(13, 16, "钱某某", "Person"),
    ...       Mention(17, 20, "孙某某", "Person"))
    >>> posts = dateline_reporters(Sentence(Span(0, len(t), t), ms), ms[0])
    >>> [(p.person.text, p.role.text, p.organization.text) for p in posts]
    [('钱某某', '记者', '某某社'), ('孙某某', '记者', '某某社')]
    """
    found = _DATELINE_BRACKET.search(sentence.text)
    if outlet is None or found is None:
        return
    start, end = sentence.start + found.start(1), sentence.start + found.end(1)
    if not 0 <= start - outlet.end <= 30 or "记者" in found.group(1):
        return  # not this outlet's dateline, or a byline reporters() reads
    people = [m for m in sentence.mentions if m.type == "Person" and start <= m.start < end]
    rest = found.group(1)
    for person in people:
        rest = rest.replace(person.text, "", 1)
    if not people or rest.strip(" \u3000、"):
        return  # the bracket holds something besides names
    role = Mention(start - 1, start, "记者", "Role", origin="implied-by-dateline")
    for person in people:
        yield Post(person=person, role=role, evidence=sentence.span, organization=outlet)


def _bylines_outlet(sentence: Sentence, role: Mention, outlet: Mention) -> bool:
    """Whether the dateline's ``outlet`` is the outlet of the reporter at ``role``: the byline
    follows the outlet in its sentence, or opens a 本报讯 sentence below its source line."""
    if role.start >= outlet.end + 60:
        return False
    if sentence.start <= outlet.start:
        return True
    head = sentence.between(sentence.start, role.start)
    return (head.lstrip().startswith(OWN_OUTLETS) and len(head) < 10) or LOCAL_BYLINE.match(
        head
    ) is not None


def editors(sentence: Sentence, outlet: Mention | None = None) -> Iterator[Post]:
    """责任编辑：某某 — each name of an editor's credit holds that title at the report's own
    outlet (``outlet``), or at none when the report does not name it.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "（责任编辑：王某某）"
    >>> ms = (Mention(1, 5, "责任编辑", "Role"), Mention(6, 9, "王某某", "Person"))
    >>> [(p.person.text, p.role.text) for p in editors(Sentence(Span(0, len(t), t), ms))]
    [('王某某', '责任编辑')]
    """
    mentions = sentence.mentions
    for i, role in enumerate(mentions):
        if role.type != "Role" or role.text not in EDITOR_TITLES:
            continue
        cursor, gaps = role, _EDITOR_GAPS
        for person in mentions[i + 1 :]:
            if person.type != "Person" or sentence.between(cursor.end, person.start) not in gaps:
                break
            yield Post(person=person, role=role, evidence=sentence.span, organization=outlet)
            cursor, gaps = person, _REPORTER_GAPS
