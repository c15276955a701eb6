"""Agreements: who signed what with whom (``fg:Agreement``), one bilateral agreement per pair.

Constructions recognised, each a small function:

* ``signing_clauses``, ``party_groups``, ``agreement_name`` … — the clause and its parties,
  in :mod:`~fairgraph.zh.extract.agreement_clauses`;
* ``listed_pair``, ``partner_pair``, ``mutual_pair`` — A、B签署 / A携手B签署 / 双方签署, in
  :mod:`~fairgraph.zh.extract.agreement_pairs`;
* ``find_agreements`` — one ``Agreement`` per pair, with amount, project count, date and fair;
* ``signatories`` / ``witnesses`` — X、Y代表双方签约; X见证签约.

>>> from fairgraph.model import Span
>>> text = "甲与乙签署了合作协议。"
>>> s = Sentence(Span(0, 11, text), (Mention(0, 1, "甲", "Organization"),
...                                  Mention(2, 3, "乙", "Organization")))
>>> [(a.parties[0].text, a.parties[1].text, a.agreement_type) for a in find_agreements(s)]
[('甲', '乙', '合作协议')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from fairgraph.model import Agreement, Amount, DateMention, Mention, PartialDate, Span
from fairgraph.zh.extract.agreement_clauses import (
    PARTY_TYPES,
    TIME_PLACE,
    VERB,
    SigningClause,
    agreement_name,
    anaphor_pairs,
    bare_signings,
    held_ceremonies,
    named_pairs,
    object_signing_pairs,
    pairs_after_verb,
    party_groups,
    passive_signings,
    sides_signings,
    signing_clauses,
)
from fairgraph.zh.extract.agreement_pairs import (
    MUTUAL,
    declared_sides,
    listed_pair,
    modifies_counterpart,
    mutual_pair,
    partner_pair,
    represented_sides,
    signatory_pair,
    subject_with_each,
)
from fairgraph.zh.extract.numbers import CHINESE_DIGITS, parse_number
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.extract.subsidiaries import PARENT_OF, signing_mentions
from fairgraph.zh.lexicon.tables import ABBREVIATED_COUNTRY, time_words_pattern
from fairgraph.zh.ner.rules_levels import TRADE_ENDS

if TYPE_CHECKING:
    from fairgraph.zh.lexicon import Lexicon

_SIGNATORY = re.compile(r"代表(?:双方|各方|三方|两方|[^，。]{0,12}?)(?:签约|签署|签字|签订)")
_WITNESS = re.compile(r"见证")
#: a clause that opens on its counterpart (…，与C签署了Y): the subject is the one before
_CARRIED = re.compile(
    r"^\s*(?:并|还|又|也|同时|随后|另|先后|已|曾|其中)?"
    + TIME_PLACE  # (…，并在大会现场与B签署; …，当天与C签订)
    + r"(?:还|也|又|已|早已)?(?:分别)?(?:与|同|和|跟)"
)
#: a signing still to come (将/拟/计划/有望 … 签署) or denied (未/尚未/没有): no agreement
_FUTURE = re.compile(
    r"将(?!军)|拟|计划|有望|即将|准备|商定|尚未|并未|从未|未(?!来)|没有|不曾"
    r"|力争|争取|打算|有意|正在(?:商谈|洽谈|磋商|谈判)"
    r"|(?:就|关于|对)$"  # A与B就签署某协议进行了磋商: the signing is what they talk of
)
#: a signing verb and a colon, the agreements listed after it (双方签署了：A与B…协议、C与D…)
_COLON_LIST = re.compile(r"(?:签署|签订|签约)了?(?:以下|如下)?(?:协议|文件|合同|项目)?[：:]")
#: a signing asked for, urged, refused or hoped for (要求A和B签署…, A拒绝签署…): none
_URGED = re.compile(
    r"要求|敦促|呼吁|促请|希望|拒绝|不会|不愿|愿意|愿同|愿与|无条件|尽快|应当|促使|说服|劝说"
    r"|如果|假如|倘若|要是|应该|应对"  # (如果A同B签订的合同不能执行: a supposition)
)
#: a signing that is what talks are about (签署某协议的谈判已近尾声): none yet
_TALKED_OF = re.compile(r"[”」》]?(?:的(?:谈判|磋商|谈判工作|可能|问题|建议|要求|计划|设想)|问题)")
#: a number of projects or contracts a signing names (12个经贸合作项目, 7个项目合同)
_COUNTED_PROJECTS = re.compile(
    r"(?:\d+|[一二三四五六七八九十百两]+)(?:个|项|批)[^，。；]{0,12}?项目"
)
_PROJECTS = re.compile(r"(\d+|[一二三四五六七八九十百]+)个(?:[^，。；]{0,8}?)项目")


#: a name the recogniser ran back over a clause's opening words (但如果某公司, 拟由某集团)
_OPENS_ON_AIM = re.compile(
    r"^(?:但|而|并|且|若)?(?:" + _URGED.pattern + "|" + _FUTURE.pattern + ")"
)


def _words(sentence: Sentence, start: int, end: int) -> str:
    """The sentence's text between two offsets with every body's whole name masked (＿): the
    names are no words of the clause (联合国开发计划署 plans nothing, a firm named 希望… hopes for
    nothing).

    >>> from fairgraph.model import Span
    >>> t = "甲与乙计划署签署了协议"
    >>> _words(Sentence(Span(0, len(t), t), (Mention(2, 6, "乙计划署", "Organization"),)), 1, 6)
    '与＿＿＿＿'
    """
    from fairgraph.zh.lexicon import load_lexicon

    suffixes = load_lexicon().org_suffixes
    lo, hi = max(start, sentence.start), min(end, sentence.span.end)
    chars = list(sentence.text[lo - sentence.start : hi - sentence.start])
    for m in sentence.mentions:
        if not (m.type == "Organization" and m.text.endswith(suffixes)) or _OPENS_ON_AIM.match(
            m.text
        ):
            continue  # (a body's whole name only: 某建力争年内, 但如果某公司 are run on)
        for i in range(max(m.start, lo), min(m.end, hi)):
            chars[i - lo] = "＿"
    return "".join(chars)


def _unsigned(sentence: Sentence, clause: SigningClause, first: int) -> bool:
    """Whether a signing is only asked for or talked of: an urging word in the clause of its
    first party, before the verb (安理会要求甲国和乙国无条件签署…), or talks the signed
    agreement qualifies (甲国和乙国签署某协议的谈判已近尾声)."""
    local = sentence.text[: first - sentence.start]
    start = sentence.start + max(local.rfind(c) for c in "，；：") + 1
    if _URGED.search(_words(sentence, start, clause.verb_start)):
        return True
    return (
        _TALKED_OF.match(sentence.text, clause.verb_end + len(clause.name) - sentence.start)
        is not None
    )


def _count(text: str) -> int | None:
    match = _PROJECTS.search(text)
    value = parse_number(match.group(1)) if match else None
    return int(value) if value else None


#: an ASCII comma or semicolon between Chinese words (online business news writes them where
#: print writes ，；): a clause's end all the same; never one between digits (1,000)
_ASCII_MARK = re.compile(r"(?<=[\u4e00-\u9fff”’」》）)])[,;]|[,;](?=[\u4e00-\u9fff“‘「《（(])")


def clause_marks(text: str) -> str:
    """``text`` with the ASCII commas and semicolons that end Chinese clauses written full-width
    (one character for one: every offset stays), as the constructions of a signing expect.

    >>> clause_marks("甲与乙签约,金额1,000万元;丙在场")
    '甲与乙签约，金额1,000万元；丙在场'
    """
    return _ASCII_MARK.sub(lambda m: "，" if m.group() == "," else "；", text)


def find_agreements(
    sentence: Sentence,
    amounts: Sequence[Amount] = (),
    dates: Sequence[DateMention] = (),
    previous: Sentence | None = None,
    listed: bool = False,
    earlier: Sequence[Sentence] = (),
) -> list[Agreement]:
    """Agreements of one sentence, with amounts, counts, dates and the fair it names;
    ``previous`` is the sentence before, where 双方 of a signing may be named; ``listed``:
    the sentence is an item of a list of signings; ``earlier``: the sentences of its
    paragraph before ``previous``, nearest first, where 该公司 or 双方 may have been named.
    ASCII commas ending clauses are read as full-width ones; the evidence is the sentence as
    written."""
    span = sentence.span
    marked = clause_marks(span.text)
    if marked == span.text:
        return _find_agreements(sentence, amounts, dates, previous, listed, earlier)
    read = dataclasses.replace(sentence, span=Span(span.start, span.end, marked))
    return [
        dataclasses.replace(a, evidence=span) if a.evidence == read.span else a
        for a in _find_agreements(read, amounts, dates, previous, listed, earlier)
    ]


def _find_agreements(
    sentence: Sentence,
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    previous: Sentence | None,
    listed: bool,
    earlier: Sequence[Sentence],
) -> list[Agreement]:
    out: list[Agreement] = []
    previous_left: Mention | None = None
    # (某集团旗下的某公司: the company signs, not the group)
    sentence = dataclasses.replace(
        sentence, mentions=signing_mentions(sentence.text, sentence.start, sentence.mentions)
    )
    fair, date = _fair_and_date(sentence, dates)
    listed_after = _COLON_LIST.search(sentence.text)
    if listed_after is not None:
        # 双方签署了：A与B战略合作协议、C与D合作协议: the agreements are listed after the colon
        at = sentence.start + listed_after.end()
        named = [
            a
            for a in _named_agreements(sentence, fair, date, listed, amounts)
            if a.parties[0].start >= at
        ]
        if len(named) > 1:
            return named
    bare = bare_signings(sentence)  # 签约 closing its clause: no paper's name written after it
    clauses = [*signing_clauses(sentence), *bare]
    verbs = {c.verb_start for c in clauses}
    passive = [c for c in passive_signings(sentence) if c.verb_start not in verbs]
    clauses += passive
    sides = [c for c in sides_signings(sentence) if c.verb_start not in verbs]
    clauses += sides
    objects = {
        clause: [(left, right)]
        for left, right, clause in object_signing_pairs(sentence)
        if clause.verb_start not in verbs
    }  # A签约B: its object is the counterpart
    clauses += list(objects)
    if not clauses:
        held = _held_ceremonies(sentence, fair, date)
        return held or _named_agreements(sentence, fair, date, listed, amounts)
    floor: int | None = None
    unsigned = False  # a clause found and read as not signed: no pair named elsewhere either
    for clause in sorted(clauses, key=lambda c: c.verb_start):
        if (
            clause in sides
            and out
            and floor is not None
            and _BOTH_SIDES_SIGN.search(sentence.between(floor, clause.verb_start))
        ):
            continue  # A与B签署…，甲和乙代表双方签约: the signatories of the signing just read
        if clause in sides:  # 代表双方签约: only the signatories' titles name the parties
            pairs = signatory_pair(sentence, clause.verb_start) or listed_pair(
                sentence, clause.verb_start, floor
            )  # (A、B负责人分别代表双方签约: the bodies listed before)
        elif clause in objects:
            pairs = objects[clause]
        else:
            pairs = _pairs_of(sentence, clause, floor, previous, previous_left, earlier)
        if not pairs:
            continue
        if _FUTURE.search(_before_verb(sentence, pairs[0][0].end, clause)) or _unsigned(
            sentence, clause, pairs[0][0].start
        ):
            # A与B将在…期间就…达成协议: not signed (yet); 要求A和B无条件签署…, A和B签署某协议的
            # 谈判: asked for, talked of
            unsigned = True
            continue
        if _COUNTED_PROJECTS.match(clause.name.lstrip("了")) and all(
            ABBREVIATED_COUNTRY in (a.origin, b.origin) for a, b in pairs
        ):
            # 中美双方已签署12个经贸合作项目: the firms of the two sides sign the projects
            unsigned = True
            continue
        pairs = _among_all(pairs, clause.name)
        previous_left = pairs[0][0]
        kind, title = agreement_name(clause.name)
        # (某协议由A与B签署: the agreement was named before its verb)
        # (…签约；C与D签署…: a bare or sides' signing names no paper after its verb, and the
        # next clause's first party may stand right after it)
        unnamed = clause in passive or clause in bare or clause in sides
        clause_end = clause.verb_end + (0 if unnamed else len(clause.name))
        floor = clause_end
        amount = _amount_for(amounts, sentence, clause_end)
        count = _count(sentence.between(sentence.start, clause_end))
        for left, right in pairs:
            out.append(
                Agreement(
                    parties=(left, right),
                    agreement_type=kind,
                    title=title,
                    evidence=sentence.span,
                    fair=fair,
                    date=date,
                    investment=amount,
                    project_count=count,
                )
            )
    if not out and not unsigned:
        out = _held_ceremonies(sentence, fair, date)
    if not out and not unsigned:
        # 签约项目包括：A与B的某某项目…: a signing word, and the pairs named after it
        return _named_agreements(sentence, fair, date, listed, amounts)
    return out


#: an agreement of three or more sides (三方合作协议, 四方协议)
_SIDES_AGREEMENT = re.compile(r"^了?(?:一份|一项)?(?P<n>[三四五六])方")


def _among_all(pairs: list[tuple[Mention, Mention]], name: str) -> list[tuple[Mention, Mention]]:
    """A与B、C签署了三方合作协议: one agreement of all three, so each pair of them signs it
    (gold/README), when the subject's counterparts and it make the count the name says.

    >>> a, b, c = (Mention(i, i + 1, x, "Organization") for i, x in enumerate("甲乙丙"))
    >>> [(x.text, y.text) for x, y in _among_all([(a, b), (a, c)], "三方合作协议")]
    [('甲', '乙'), ('甲', '丙'), ('乙', '丙')]
    >>> len(_among_all([(a, b), (a, c)], "合作协议")), len(_among_all([(a, b)], "三方协议"))
    (2, 1)
    """
    sides = _SIDES_AGREEMENT.match(name)
    if sides is None or len({left for left, _ in pairs}) != 1:
        return pairs
    rights = [right for _, right in pairs]
    if len(rights) + 1 != CHINESE_DIGITS[sides.group("n")]:
        return pairs
    return pairs + [(x, y) for k, x in enumerate(rights) for y in rights[k + 1 :]]


def _before_verb(sentence: Sentence, after: int, clause: SigningClause) -> str:
    """The words between a signing's first party and its verb where a future word makes it
    unsigned: all of them, but only the verb's own clause when 了 after the verb says the
    signing is done (A与B将在某领域开展合作，并于当天签署了协议: 将 is the cooperation's).

    >>> from fairgraph.model import Span
    >>> t = "甲与乙将开展合作，并于当天签署了协议"
    >>> c = SigningClause(13, 15, "协议")
    >>> _before_verb(Sentence(Span(0, len(t), t), ()), 1, c)
    '并于当天'
    >>> _before_verb(Sentence(Span(0, len(t), t.replace("签署了", "签署")), ()), 1, c)
    '与乙将开展合作，并于当天'
    >>> t = "甲表示将认真执行今年1月与乙签订的协议"
    >>> _before_verb(Sentence(Span(0, len(t), t), ()), 1, SigningClause(14, 16, "协议"))
    '1月与乙'
    >>> t = "甲此前有意上市,并和乙签署过协议"
    >>> _before_verb(Sentence(Span(0, len(t), t), ()), 1, SigningClause(11, 13, "协议"))
    '并和乙'
    """
    between = _words(sentence, after, clause.verb_start)
    if sentence.text.startswith(("的", "了的"), clause.verb_end - sentence.start):
        # A表示将认真执行今年1月与B签订的协议: a signing done, which the clause's verb is about;
        # only a future word right before its connector is the signing's own (A将与B签订的…)
        link = max(between.rfind(c) for c in "与同跟")
        if link >= 0:
            return between[max(0, link - 2) :]
    cut = max(between.rfind("，"), between.rfind(","))  # (online news writes ,)
    if cut >= 0 and sentence.text.startswith(("了", "过"), clause.verb_end - sentence.start):
        return between[cut + 1 :]  # (签署过: done as 签署了 is)
    return between


def _held_ceremonies(
    sentence: Sentence, fair: Mention | None, date: PartialDate | None
) -> list[Agreement]:
    """A与B举行了某某签约仪式: the pair before the ceremony they hold signs (read only when no
    signing of the sentence named a pair)."""
    out: list[Agreement] = []
    for clause in held_ceremonies(sentence):
        out.extend(
            Agreement(
                parties=(left, right),
                agreement_type=clause.name,
                evidence=sentence.span,
                fair=fair,
                date=date,
            )
            for left, right in party_groups(sentence, clause.verb_start)
        )
    return out


def _pairs_of(
    sentence: Sentence,
    clause: SigningClause,
    floor: int | None,
    previous: Sentence | None,
    previous_left: Mention | None,
    earlier: Sequence[Sentence] = (),
) -> list[tuple[Mention, Mention]]:
    """The pairs of parties of one signing clause, by the constructions tried in turn."""
    local = sentence.text[: clause.verb_start - sentence.start]
    cut = max(local.rfind("，"), local.rfind("；"), local.rfind(","))  # (online news writes ,)
    pairs = subject_with_each(sentence, clause.verb_start, floor) or party_groups(
        sentence, clause.verb_start, floor
    )
    carried = local[max(cut, local.rfind("、")) + 1 :]  # …签订X、与C签订Y
    if not _CARRIED.match(carried):
        carried = local[cut + 1 :]  # …，先后与A、B等国签署: the list holds 、 itself
    if not pairs and previous_left is None and _CARRIED.match(carried) and cut >= 0:
        # "A举办了推介会，并与B签署…": the sentence's subject signs
        previous_left = _subject(sentence, sentence.start + cut)
    if (
        not pairs
        and previous_left is None
        and previous is not None
        and _CARRIED.match(carried)
        and _ONLY_OPENER.match(local[: max(cut, 0)])
        and _SIGNED_WITH_MANY.search(previous.text)
    ):
        # "A此次与多家企业签约。其中，与B签署…": the subject of the sentence before, which
        # signed with many, signs each of them
        previous_left = _subject(previous, previous.span.end)
    if not pairs and previous_left is not None and _CARRIED.match(carried):
        # "…与B签署了X，与C签署了Y": the left party carries over.
        tail = [
            m
            for m in sentence.mentions
            if m.type in PARTY_TYPES
            and m.start - sentence.start > len(local) - len(carried) - 1
            and m.end <= clause.verb_start
            and sentence.between(m.start - 1, m.start) not in ("在", "于")  # (在西宁: where)
        ]
        tail = [
            m
            for k, m in enumerate(tail)
            if not (
                m.type == "Country"
                and k + 1 < len(tail)
                and tail[k + 1].start == m.end  # 德国某某公司: the company is the party
            )
        ]
        pairs = [(previous_left, m) for m in tail if m != previous_left]
    if any(
        modifies_counterpart(sentence, right, clause.verb_start)
        and not _JOINT_DELEGATES.match(sentence.between(left.end, right.end + 3))
        for left, right in pairs
    ):
        pairs = []  # the whole list qualifies the unnamed counterparts
    if not pairs:
        pairs = pairs_after_verb(sentence, clause)
    if not pairs and sentence.text.startswith(("的", "了的"), clause.verb_end - sentence.start):
        pairs = _relative_pair(sentence, clause, local)  # (A将认真执行…与B签订的协议)
    if not pairs:
        pairs = anaphor_pairs(sentence, clause.verb_start, previous, earlier)  # (该公司与B签署)
    if not pairs:
        pairs = listed_pair(sentence, clause.verb_start, floor) or partner_pair(
            sentence, clause.verb_start, floor
        )
    if (
        not pairs
        and (
            MUTUAL.search(local[cut + 1 :])
            # A同B举行会谈，并签署了…: the two who met sign, 双方 unsaid
            or (_AFTER_TALKS.fullmatch(local[cut + 1 :]) and _TALKS.search(local[: cut + 1]))
        )
        and not _FRAME.match(sentence.text, clause.verb_end - sentence.start)
    ):
        pairs = mutual_pair(sentence, clause.verb_start, previous, earlier)
    if not pairs and _AFTER_TALKS.fullmatch(local[cut + 1 :]) and _TALKS.search(local[: cut + 1]):
        pairs = _carried_talks(sentence, local, cut)
    if not pairs:
        pairs = signatory_pair(sentence, clause.verb_start)
    if not pairs:
        pairs = represented_sides(sentence, clause.verb_start)
    return pairs


def _relative_pair(
    sentence: Sentence, clause: SigningClause, local: str
) -> list[tuple[Mention, Mention]]:
    """A表示将认真执行今年1月与B签订的协议: a signing told as a relative clause (与B签订的…)
    in the clause of the sentence's subject, no party between them: the subject and B sign.

    >>> from fairgraph.model import Span
    >>> t = "甲公司表示将认真执行去年与乙公司签订的协议。"
    >>> ms = (Mention(0, 3, "甲公司", "Organization"), Mention(13, 16, "乙公司", "Organization"))
    >>> c = SigningClause(16, 18, "的协议")
    >>> [(a.text, b.text) for a, b in _relative_pair(Sentence(Span(0, len(t), t), ms), c, t[:16])]
    [('甲公司', '乙公司')]
    """
    link = max(local.rfind(c) for c in "与同跟")
    if link < 0 or max(local.rfind(c) for c in "，；,;：:") > link:
        return []
    at = sentence.start + link + 1
    parties = [m for m in sentence.mentions if m.type in PARTY_TYPES and m.end <= clause.verb_start]
    right = next((m for m in parties if m.start == at), None)
    if right is not None and right.type == "Country":
        right = next((m for m in parties if m.start == right.end), right)  # (与某国某公司)
    left = _subject(sentence, at - 1)
    if right is None or left is None or any(left.end <= m.start < at for m in parties):
        return []
    return [(left, right)]


def _carried_talks(sentence: Sentence, local: str, cut: int) -> list[tuple[Mention, Mention]]:
    """A在某方支持下，与B就某事进行反复磋商，并最终达成协议: the sentence's subject and the
    counterpart of the talks, a clause carried on from it, sign.

    >>> from fairgraph.model import Span
    >>> t = "甲公司在上级支持下，与乙公司就转让进行磋商，并最终达成协议。"
    >>> ms = (Mention(0, 3, "甲公司", "Organization"), Mention(11, 14, "乙公司", "Organization"))
    >>> local = t[: t.index("达成")]
    >>> [(a.text, b.text) for a, b in _carried_talks(Sentence(Span(0, len(t), t), ms), local,
    ...                                                 local.rindex("，"))]
    [('甲公司', '乙公司')]
    """
    before = max(local.rfind("，", 0, cut), local.rfind("；", 0, cut))
    talks = local[before + 1 : cut + 1]
    if before < 0 or not _CARRIED.match(talks):
        return []
    left = _subject(sentence, sentence.start + before)
    lo, hi = sentence.start + before + 1, sentence.start + cut
    right = next(
        (
            m
            for m in sentence.mentions
            if m.type in PARTY_TYPES
            and lo <= m.start < hi
            and sentence.between(m.start - 1, m.start) not in ("在", "于")
        ),
        None,
    )
    return [(left, right)] if left is not None and right is not None else []


#: signatories for both sides (…代表双方签约)
_BOTH_SIDES_SIGN = re.compile(r"代表(?:双方|两方|各自)")
#: a sentence that opens only on a word going on from the one before (其中，与B签署…)
_ONLY_OPENER = re.compile(r"^\s*(?:其中|具体来看|具体而言|此外|另外|同时|随后)?\s*$")
#: a sentence whose subject signs with many, named after it (A与多家企业签约; A共与12家单位签署)
_SIGNED_WITH_MANY = re.compile(
    r"(?:与|同|跟)(?:[^，。；]{0,6}?)(?:多|[0-9０-９一二三四五六七八九十两百]+|数|几)"
    r"(?:家|个|所)[^，。；]{0,8}?(?:签约|签署|签订|签下|达成)"
)
#: a clause that goes on from talks to a signing (…举行会谈，并签署了…)
_AFTER_TALKS = re.compile(
    r"\s*(?:并|随后|会后|之后|同时|还)(?:最终|终于|随即|当即|顺利)?(?:正式|共同)?"
)
#: talks (会谈, 会见; 磋商, 谈判: A与B就某事进行反复磋商，并最终达成协议)
_TALKS = re.compile(
    r"(?:举行|进行)了?(?:[^，。；]{0,6})?(?:会谈|会见|会晤|磋商|协商|谈判|洽谈|商谈)[，,]$"
)
#: A和B的代表签署: the delegates of both sides, joined by 和, sign for them (not 与B的代表)
_JOINT_DELEGATES = re.compile(r"^(?:和|及|、)[^与同跟]*的代表")
#: 两国签署的文件中，…: the signing only frames what the clause after it says
_FRAME = re.compile(r"了?的[^，。；]{0,12}?(?:中|里|之中|当中)[，,]")


#: what may stand before a sentence's subject (8月8日，A… / 据了解，A… / 当天上午A… / 近年来，A…)
_BEFORE_SUBJECT = re.compile(
    r"^(?:[^，。；]{0,12}(?:[日天前后来]|期间)|据了解|据悉|另外|此外|同时|会上|会后|当天|随后"
    r"|而|但|不过"  # (而A以…通过了复查，并与B签订了…: a conjunction before the subject)
    r"|[^，。；]{0,10}(?:透露|表示|介绍|指出)"  # (有业内人士透露，A…)
    r"|为了[^。；]{2,40}"  # (为了进入某市场，进一步做大规模，A…: its purpose first)
    r"|在[^，。；]{1,16}?(?:上|期间|中|方面)"  # (在开幕式上，A…; 在某某改革方面，A…)
    # (本届青洽会上，A…)
    r"|(?:本届|此次|本次|这次)?[^，。；]{0,10}?(?:会|仪式|活动|开幕式)(?:上|期间))?"
    r"(?:上午|下午|晚间|晚上)?[，,]?\s*$"
)


def _subject(sentence: Sentence, before: int) -> Mention | None:
    """The party a sentence opens with (its subject, which a later clause of the sentence may
    leave unsaid: …，并与B签署), when it stands before ``before``."""
    for m in sentence.mentions:
        if m.start >= before:
            return None
        if m.type in PARTY_TYPES:
            opening = sentence.between(sentence.start, m.start)
            dateline = sentence.between(m.end, m.end + 2).startswith(("—", "-", "电", "讯"))
            return m if _BEFORE_SUBJECT.match(opening) and not dateline else None
    return None


def _fair_and_date(
    sentence: Sentence, dates: Sequence[DateMention]
) -> tuple[Mention | None, PartialDate | None]:
    """The fair a sentence names first and its first date: every agreement of it takes them."""
    fair = next((m for m in sentence.mentions if m.type == "Fair"), None)
    return fair, (dates[0].date if dates else None)


def _named_agreements(
    sentence: Sentence,
    fair: Mention | None,
    date: PartialDate | None,
    listed: bool = False,
    amounts: Sequence[Amount] = (),
) -> list[Agreement]:
    return [
        Agreement(
            parties=(left, right),
            agreement_type=kind,
            title=title,
            evidence=sentence.span,
            fair=fair,
            date=date,
            investment=_amount_for(amounts, sentence, sentence.span.end) if listed else None,
        )
        for left, right, kind, title in named_pairs(sentence, listed)
        or [(a, b, _BARE_TYPE, None) for a, b in declared_sides(sentence)]
    ]


#: the type of an agreement whose words the sentence does not give (签约双方为A和B)
_BARE_TYPE = "协议"


def _amount_for(amounts: Sequence[Amount], sentence: Sentence, clause_end: int) -> Amount | None:
    inside = [a for a in amounts if sentence.start <= a.start and a.end <= clause_end]
    return inside[0] if inside else None


def signatories(sentence: Sentence) -> list[Mention]:
    """Persons who sign on behalf of the parties: X、Y代表双方签约."""
    match = _SIGNATORY.search(sentence.text)
    if not match:
        return []
    limit = sentence.start + match.start()
    return [m for m in sentence.mentions if m.type == "Person" and m.end <= limit]


def witnesses(sentence: Sentence) -> list[Mention]:
    """Persons who witness a signing: X、Y见证签约 / 共同见证签约."""
    match = _WITNESS.search(sentence.text)
    if not match or "签" not in sentence.text[match.start() :]:
        return []
    limit = sentence.start + match.start()
    return [m for m in sentence.mentions if m.type == "Person" and m.end <= limit]


#: the last character of a region's name (某国某某州签署…: the region ends before the verb)
_REGION_ENDS = ("州", "省", "市", "县", "区", "府", "邦")


def trim_at_signing_verbs(mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation span that ran on over a signing verb is cut before the verb, when
    what precedes it is a complete organisation name (某某电力公司|签署新能源…), or a region's
    name, which is then a place (某国某某州|签署友好省州…).

    >>> m = Mention(0, 12, "某国国家电力公司签署新能源", "Organization", "Company")
    >>> [x.text for x in trim_at_signing_verbs([m])]
    ['某国国家电力公司']
    >>> m = Mention(0, 13, "白俄罗斯莫吉廖夫州签署友好", "Organization")
    >>> [(x.text, x.type) for x in trim_at_signing_verbs([m])]
    [('白俄罗斯莫吉廖夫州', 'Place')]
    """
    from fairgraph.zh.lexicon import load_lexicon

    suffixes = load_lexicon().org_suffixes
    out = []
    for m in mentions:
        verb = VERB.search(m.text) if m.type == "Organization" else None
        if verb is not None and verb.start() >= 2:
            head = m.text[: verb.start()]
            cut = m.start + verb.start()
            if head.endswith(suffixes):
                m = Mention(m.start, cut, head, m.type, m.subtype, m.origin)
            elif head.endswith(_REGION_ENDS) and len(head) >= 3:
                m = Mention(m.start, cut, head, "Place", None, m.origin)
        out.append(m)
    return out


#: what joins two parties inside a span the recogniser read as one (国家电投跟中核集团)
_JOINERS = "与同和跟及"
#: a time word the recogniser ran into a name before its connector (国家电投上午|同中核集团)
_TIME_TAIL = re.compile(time_words_pattern() + "?$")


def split_joined_parties(mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation span that is two names joined by a connector (国家电投跟中核集团,
    西宁同中核集团) is the two: a known organisation after the connector, and before it a
    known organisation, place or country, or a body's full name (…有限公司与|…).

    >>> m = Mention(3, 12, "国家电投跟中核集团", "Organization")
    >>> [(x.text, x.type, x.start) for x in split_joined_parties([m])]
    [('国家电投', 'Organization', 3), ('中核集团', 'Organization', 8)]
    >>> m = Mention(0, 7, "西宁同中核集团", "Organization")
    >>> [(x.text, x.type) for x in split_joined_parties([m])]
    [('西宁', 'Place'), ('中核集团', 'Organization')]
    >>> m = Mention(0, 11, "国家电投上午同中核集团", "Organization")
    >>> [(x.text, x.end) for x in split_joined_parties([m])]
    [('国家电投', 4), ('中核集团', 11)]
    >>> m = Mention(0, 11, "青海省人民政府跟兰州大学", "Organization")
    >>> [x.text for x in split_joined_parties([m])]
    ['青海省人民政府', '兰州大学']
    >>> m = Mention(0, 9, "合作协议由中核集团", "Organization")
    >>> [x.text for x in split_joined_parties([m])]
    ['中核集团']
    >>> m = Mention(0, 7, "工业和信息化部", "Organization")
    >>> [x.text for x in split_joined_parties([m])]
    ['工业和信息化部']
    """
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    out: list[Mention] = []
    for m in mentions:
        pieces = _joined_pieces(m, lexicon) if m.type == "Organization" else None
        out.extend(pieces or [m])
    return out


#: an agreement and 由 the recogniser ran into the name after it (合作协议由|某集团)
_AGREEMENT_BY = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:协议|合同|备忘录|意向书)由")


def _joined_pieces(m: Mention, lexicon: Lexicon) -> list[Mention] | None:
    by = _AGREEMENT_BY.match(m.text)
    if by is not None:
        rest = m.text[by.end() :]
        if lexicon.org_of(rest) is not None or (
            rest.endswith(lexicon.org_suffixes) and len(rest) >= 4
        ):
            return [Mention(m.start + by.end(), m.end, rest, m.type, m.subtype, m.origin)]
    for link in PARENT_OF.finditer(m.text):
        # 某集团下属某某有限公司: the parent and its subsidiary
        left, right = m.text[: link.start()], m.text[link.end() :]
        if (
            link.group()
            and (lexicon.org_of(left) is not None or left.endswith(lexicon.org_suffixes))
            and len(right) >= 4
            and right.endswith(lexicon.org_suffixes)
        ):
            return [
                Mention(m.start, m.start + len(left), left, "Organization", m.subtype, m.origin),
                Mention(m.start + link.end(), m.end, right, "Organization", "Company", m.origin),
            ]
    for i, char in enumerate(m.text):
        if char in _DASH_JOINERS and i >= 2:
            # 甲大学—乙有限公司 (an item of a list of signings): two full names, a dash between
            dashed = _dashed_pieces(m, i, lexicon)
            if dashed is not None:
                return dashed
            continue
        if char not in _JOINERS or i < 2 or len(m.text) - i - 1 < 2:
            continue
        left, right = m.text[:i], m.text[i + 1 :]
        tail = _TIME_TAIL.search(left)
        left = left[: tail.start()] if tail else left  # (国家电投上午|同…)
        if len(left) < 2:
            continue
        known = lexicon.org_of(right)
        # before the connector: a known name, or a body's full name (某某人民政府跟…)
        left_named = lexicon.org_of(left) is not None or (
            left.endswith(lexicon.org_suffixes) and len(left) >= 4
        )
        right_subtype = known.kind if known is not None else None
        if known is not None:
            right_kind = "Organization"
        elif not left_named:
            continue
        elif right.endswith(lexicon.org_suffixes) and len(right) >= 4:
            right_kind = "Organization"  # 青海省人民政府跟兰州大学: two bodies' full names
        elif char == "及" and right.endswith(TRADE_ENDS) and len(right) >= 4:
            right_kind = "Organization"  # 某某公司及某某科技: a company's short form after 及
        elif lexicon.country_of(right) is not None:
            right_kind = "Country"  # 国家电投同某国
        elif lexicon.place_of(right) is not None:
            right_kind = "Place"  # 国家电投同西宁
        else:
            continue
        if left_named:
            kind, subtype = "Organization", m.subtype
        elif lexicon.country_of(left) is not None:
            kind, subtype = "Country", None
        elif lexicon.place_of(left) is not None:
            kind, subtype = "Place", None
        else:
            continue
        return [
            Mention(m.start, m.start + len(left), left, kind, subtype, m.origin),
            Mention(m.start + i + 1, m.end, right, right_kind, right_subtype, m.origin),
        ]
    return None


#: a branch's name ends (某银行某省分行, 某集团某分公司)
_BRANCHES = ("分行", "支行", "分公司")
#: a dash between two names the recogniser read as one (甲大学—乙有限公司)
_DASH_JOINERS = "—－–"


def _dashed_pieces(m: Mention, i: int, lexicon: Lexicon) -> list[Mention] | None:
    """The two names a dash joins in ``m`` at ``i`` (—— counts once), when each is a known
    organisation or a body's full name: never a name with a dash of its own (中国—东盟…)."""
    j = i
    while j < len(m.text) and m.text[j] in _DASH_JOINERS:
        j += 1
    left, right = m.text[:i], m.text[j:]
    right = re.split(r"[ \t\u3000]", right, maxsplit=1)[0]  # (甲—乙公司 合作协议: a cell after)

    def named(name: str) -> bool:
        return lexicon.org_of(name) is not None or (
            name.endswith((*lexicon.org_suffixes, *_BRANCHES)) and len(name) >= 4
        )

    if not (named(left) and named(right)):
        return None
    known = lexicon.org_of(right)
    return [
        Mention(m.start, m.start + i, left, "Organization", m.subtype, m.origin),
        Mention(
            m.start + j,
            m.start + j + len(right),
            right,
            "Organization",
            known.kind if known else None,
            m.origin,
        ),
    ]


#: the body that runs a zone (某某经济技术开发区管理委员会, …管委会)
_COMMITTEES = ("管理委员会", "管委会")


def zone_committees(
    agreements: Sequence[Agreement], mentions: Sequence[Mention]
) -> list[Agreement]:
    """A zone named as a party (某某开发区与B签署, a headline's short form) signs through the
    body that runs it, when the report names that body (某某开发区管理委员会): the body is
    the party, as in the report's other sentences.

    >>> from fairgraph.model import Span
    >>> zone = Mention(0, 5, "甲经济开发区", "Place")
    >>> body = Mention(20, 30, "甲经济开发区管理委员会", "Organization")
    >>> b = Mention(6, 9, "乙公司", "Organization")
    >>> a = Agreement(parties=(zone, b), agreement_type="协议", evidence=Span(0, 12, ""))
    >>> [m.text for m in zone_committees([a], [zone, b, body])[0].parties]
    ['甲经济开发区管理委员会', '乙公司']
    """
    bodies = {
        m.text: m for m in mentions if m.type == "Organization" and m.text.endswith(_COMMITTEES)
    }
    out = []
    for a in agreements:
        parties = tuple(
            next((bodies[p.text + c] for c in _COMMITTEES if p.text + c in bodies), p)
            if p.type == "Place"
            else p
            for p in a.parties
        )
        out.append(dataclasses.replace(a, parties=parties) if parties != a.parties else a)
    return out
