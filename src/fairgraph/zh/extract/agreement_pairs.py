"""Pairs of parties stated around a signing in ways the clause reader does not cover.

* ``listed_pair``          — A、B签署…: two parties listed with 、 as the joint subject;
* ``partner_pair``         — A携手B签署… / A牵手B签约: a partner joined by 携手/牵手;
* ``mutual_pair``          — …双方签署…: the pair A与B named before 双方;
* ``modifies_counterpart`` — 与甲国、乙国等国的12家机构签订: the list only qualifies
  unnamed counterparts (not so 与A市、B市等5个市州签订: the places counted sign);
* ``declared_sides``       — 签约双方为A和B: the two sides named after the words;
* ``represented_sides``    — X代表A，Y代表B签约: the bodies two signatories sign for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.agreement_clauses import PARTY_TYPES, TIME_PLACE
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.lexicon.tables import ABBREVIATED_COUNTRY, time_words_pattern

#: a time word (当天, 上午, 随后: ``time_words.tsv``)
_TIME = time_words_pattern()
#: 双方 as the subject of a signing (…，双方签署了X): the parties are a pair named just before
#: (双方代表签署: the pair's representatives sign for it); so are 两国(政府), 两省, 两市, 两地
MUTUAL = re.compile(
    r"(?:(?<!代表)双方|两国(?:政府)?|两省|两市|两地|两家(?:企业|公司|单位|银行|集团|机构)"
    r"|两所(?:高校|大学|学校))(?:代表)?"
    # (双方在兰州签署, 双方当天在大会现场正式签署: a place or time phrase before the verb)
    r"(?:还|也|又|并|已|共同|正式|现场|当场|在会上|"
    + _TIME
    + r"|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?"
    r"|在[^，。；、与同和跟]{1,12}?(?:上午|下午)?)*$"
)
#: a meeting of two sides' leaders, whose bodies 双方 then names (会见, 会谈)
_MET = re.compile(r"会见|会谈|座谈|见面")
#: A、B签署: two parties listed right before the verb, as its joint subject (with their head
#: count: A、B两地签署, 甲、乙两省共同签订, A、B两家企业签约)
_JOINT = re.compile(
    r"^(?:(?P<count>[两三四五六])(?:地|省|区|市|县|州|国|方|家(?:企业|公司|单位|银行)?|所(?:高校)?)"
    r"(?:政府)?|双方|政府间)?"
    # (A、B负责人分别代表双方签约: the bodies' heads sign for them)
    r"(?:(?:主要|相关)?负责人(?:分别)?(?:代表(?:双方|两方))?)?"
    # (甲乙两国外长今天代表各自政府签署: the ministers or heads sign for their governments)
    r"(?:(?:外长|外交部长|总统|总理|首脑|元首|领导人|[\u4e00-\u9fff]{0,4}?部长|大使)"
    r"(?:" + _TIME + r"|\d{1,2}日)?(?:分别)?(?:代表(?:各自|本国|两国)?政府)?)?"
    r"(?:共同|正式|当场|现场|还|也|又|已|先后|在[^，。；、与同和]{1,12}?|经过(?:多轮)?(?:谈判|磋商|协商)"
    # (A、B当天签署, A、B 7月8日上午签署: a time phrase)
    r"|" + _TIME + r"|(?:\d{1,2}月)?\d{1,2}日)*$"
)
_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
#: …与甲国、乙国等国的12家机构签订: the listed names only say whose the unnamed counterparts are
_MODIFIED = re.compile(
    r"^等(?:国|国家|地区|省份|城市)?(?:的|[\d一二三四五六七八九十几多数]+(?:家|个|所))"
    # (与甲国、乙国的合作伙伴签署: the partners of those countries, unnamed)
    r"|^的(?:合作伙伴|合作方|伙伴|企业|公司|客商|机构|单位|银行|代表)"
)
#: 等3家企业 (no 的) after listed bodies: the count is of the bodies listed, who sign
_COUNTED_BODIES = re.compile(
    r"^等[\d一二三四五六七八九十几多数]+(?:家|个|所)"
    r"(?:企业|公司|单位|机构|银行|央企|中央企业|高校|院校|金融机构)?(?!的)"
)
#: 等5个市州 (no 的) after listed places: the count is of the places listed, who sign
_COUNTED_PLACES = re.compile(
    r"^等[\d一二三四五六七八九十几多数]+个?"
    r"(?:市州|市县|县区|地市|县市区|市区|城市|省份|省区市|省区|省市|市|州|县|区|省)(?!的)"
)
#: A携手B签署: a partner joined by 携手/牵手 (with an optional 共同/正式 before the verb)
_PARTNER = re.compile(r"^(?:携手|牵手|联手)$")


def listed_pair(
    sentence: Sentence, verb_start: int, floor: int | None = None
) -> list[tuple[Mention, Mention]]:
    """A、B签署…: parties listed with 、 as the joint subject of the verb, after the clause's
    start (a comma, or the end of the previous signing); three or more (A、B、C三方签署, A、B和C
    还签订了) sign with each other, each pair an agreement (gold/README). A head count after
    the list (两国, 三方) must be the number listed.

    >>> from fairgraph.model import Span
    >>> t = "甲市人民政府、乙集团签署合作协议"
    >>> ms = (Mention(0, 6, "甲市人民政府", "Organization"),
    ...       Mention(7, 10, "乙集团", "Organization"))
    >>> [(a.text, b.text) for a, b in listed_pair(Sentence(Span(0, len(t), t), ms), 10)]
    [('甲市人民政府', '乙集团')]
    >>> t = "甲市、乙市两地签署了合作协议"
    >>> ms = (Mention(0, 2, "甲市", "Place"), Mention(3, 5, "乙市", "Place"))
    >>> [(a.text, b.text) for a, b in listed_pair(Sentence(Span(0, len(t), t), ms), 7)]
    [('甲市', '乙市')]
    >>> t = "甲市、乙市、丙市三方签署了合作协议"
    >>> ms = tuple(Mention(i, i + 2, t[i : i + 2], "Place") for i in (0, 3, 6))
    >>> [(a.text, b.text) for a, b in listed_pair(Sentence(Span(0, len(t), t), ms), 10)]
    [('甲市', '乙市'), ('甲市', '丙市'), ('乙市', '丙市')]
    >>> listed_pair(Sentence(Span(0, len(t), t.replace("三方", "两地")), ms), 10)
    []
    """
    local = sentence.text[: verb_start - sentence.start]
    start = sentence.start + max(local.rfind(c) for c in "，；：") + 1
    if floor is not None:
        start = max(start, floor)
    found = [m for m in sentence.mentions if start <= m.start and m.end <= verb_start]
    parties = [
        m
        for k, m in enumerate(found)
        if m.type in PARTY_TYPES
        # (德国某某公司: the country only says whose the company is)
        and not (
            m.type == "Country"
            and k + 1 < len(found)
            and found[k + 1].start == m.end
            and found[k + 1].type != "Country"
        )
        and sentence.between(m.start - 1, m.start) not in ("在", "于")  # (在曼谷: where)
    ]
    if len(parties) < 2 or any(m.type == "Person" for m in found):
        return []
    gaps = [
        "、"
        if (a.origin == b.origin == ABBREVIATED_COUNTRY and a.end == b.start)
        # (法国德国签署两国…协定: two countries named in full side by side, as a headline does)
        or (
            a.type == b.type == "Country"
            and ABBREVIATED_COUNTRY not in (a.origin, b.origin)
            and gap.strip(" \u3000") == ""
            and len(parties) == 2
        )
        else gap
        for a, b, gap in (
            (a, b, sentence.between(a.end, b.start))
            for a, b in zip(parties, parties[1:], strict=False)
        )
    ]  # (中越两国: the two short forms are a list of their own)
    if any(g != "、" for g in gaps[:-1]) or gaps[-1] not in (
        ("、",) if len(gaps) == 1 else ("、", "和", "及")
    ):
        return []
    left = parties[0]
    if sentence.between(sentence.start, left.start)[start - sentence.start :].strip(" 　"):
        return []  # something stands before the first party (会上，X与…)
    joint = _JOINT.match(sentence.between(parties[-1].end, verb_start))
    if joint is None or (joint.group("count") and _COUNTS[joint.group("count")] != len(parties)):
        return []
    return [(a, b) for k, a in enumerate(parties) for b in parties[k + 1 :]]


def modifies_counterpart(sentence: Sentence, party: Mention, verb_start: int) -> bool:
    """Whether ``party`` ends a list that only qualifies unnamed counterparts (与甲国、乙国等国的
    12家机构签订): then it is no party.

    >>> from fairgraph.model import Span
    >>> t = "某中心与甲国等国的12家机构签订协议"
    >>> s = Sentence(Span(0, len(t), t), ())
    >>> modifies_counterpart(s, Mention(4, 6, "甲国", "Country"), 15)
    True
    >>> t = "某集团与甲市、乙市等5个市州签署协议"
    >>> s = Sentence(Span(0, len(t), t), ())
    >>> modifies_counterpart(s, Mention(7, 9, "乙市", "Place"), 15)
    False
    """
    gap = sentence.between(party.end, verb_start)
    if party.type == "Organization" and _COUNTED_BODIES.match(gap):
        return False  # 与A、B、C等3家企业分别签署: the bodies counted are the listed ones
    if party.type == "Place" and _COUNTED_PLACES.match(gap):
        return False  # 与A市、B市等5个市州签署: so are the places counted
    return _MODIFIED.match(gap) is not None


def mutual_pair(
    sentence: Sentence,
    verb_start: int,
    previous: Sentence | None = None,
    earlier: Sequence[Sentence] = (),
) -> list[tuple[Mention, Mention]]:
    """双方签署…: the two parties of the last pair "A与B" named before the verb, in this
    sentence or else in the one before (A与B举行会谈。双方签署了合作协议) or an ``earlier`` one
    of the paragraph (nearest first: A与B举行会谈。甲介绍了…。会后，双方签署了…), unless this
    sentence declares its sides after the verb (…，签约企业为C和D: C and D).

    >>> from fairgraph.model import Span
    >>> t = "甲公司与乙市政府会谈。双方签署了协议。"
    >>> ms = (Mention(0, 3, "甲公司", "Organization"), Mention(4, 8, "乙市政府", "Organization"))
    >>> first, second = Sentence(Span(0, 11, t[:11]), ms), Sentence(Span(11, 20, t[11:]), ())
    >>> [(a.text, b.text) for a, b in mutual_pair(second, 13, first)]
    [('甲公司', '乙市政府')]
    """
    further = [(e, None) for e in earlier] if previous is not None else []
    for source, stop in ((sentence, verb_start), (previous, None), *further):
        if source is None:
            continue
        if source is not sentence:
            declared = declared_sides(sentence)
            if declared:  # 双方签署了…，签约企业为A和B: the sides this sentence names
                return declared[:1]
        parties = [
            m for m in source.mentions if m.type in PARTY_TYPES and (stop is None or m.end <= stop)
        ]
        pairs = [
            (left, right)
            for left, right in zip(parties, parties[1:], strict=False)
            if source.between(left.end, right.start) in ("与", "同", "和", "跟")
            or _led_by_its_head(source, left, right)
        ]
        if pairs:
            return [pairs[-1]]
    for source, stop in ((sentence, verb_start), (previous, None)):
        # 省长甲会见了某集团董事长乙一行，双方签署…: the two people who met speak for the sides
        if source is None or not _MET.search(source.text):
            continue
        ms = [m for m in source.mentions if stop is None or m.end <= stop]
        people = [i for i, m in enumerate(ms) if m.type == "Person"]
        if len(people) == 2:
            return _signing_bodies(source, ms, people)
    return []


#: a body's head and his party between the body and the connector (A董事长某某一行与B)
_HEAD_AND_PARTY = re.compile(
    r"^[^，。；、]{1,16}?(?:一行|等)?(?:与|同|和|跟)(?:来访的|到访的|前来访问的|正在访问的)?$"
)


def _led_by_its_head(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """A董事长某某一行与B: the body's titled head (and his party) meets B for it."""
    if not _HEAD_AND_PARTY.match(sentence.between(left.end, right.start)):
        return False
    inside = [m for m in sentence.mentions if left.end <= m.start and m.end <= right.start]
    return bool(inside) and inside[-1].type == "Person" and inside[0].type == "Role"


def partner_pair(
    sentence: Sentence, verb_start: int, floor: int | None = None
) -> list[tuple[Mention, Mention]]:
    """A携手B签署…: the two parties joined by 携手/牵手/联手 right before the verb.

    >>> from fairgraph.model import Span
    >>> t = "甲集团携手乙市人民政府签署合作协议"
    >>> ms = (Mention(0, 3, "甲集团", "Organization"),
    ...       Mention(5, 11, "乙市人民政府", "Organization"))
    >>> [(a.text, b.text) for a, b in partner_pair(Sentence(Span(0, len(t), t), ms), 11)]
    [('甲集团', '乙市人民政府')]
    """
    lower = sentence.start if floor is None else floor
    parties = [
        m
        for m in sentence.mentions
        if m.type in PARTY_TYPES and lower <= m.start and m.end <= verb_start
    ]
    for left, right in zip(parties, parties[1:], strict=False):
        gap = sentence.between(right.end, verb_start)
        # (A牵手B，签下…大单: the partners' clause, then the signing after a comma)
        if _PARTNER.match(sentence.between(left.end, right.start)) and (
            _JOINT.match(gap) or _PARTNER_THEN.fullmatch(gap)
        ):
            return [(left, right)]
    return []


#: a comma and adverbs between the partners' clause and its signing (A携手B，成功签约)
_PARTNER_THEN = re.compile(r"[，,]\s*(?:并|成功|正式|现场|共同|当场)*")


#: the subject bringing a list of partners to the table (邀请了, 组织, 携): they each sign with it
_BRINGS = re.compile(r"邀请了?|组织了?|引进了?|联系了?")
#: the list's end and 分别 before the verb (…等企业，分别就…项目签订了)
_EACH = re.compile(r"^(?:等[\u4e00-\u9fff]{0,6})?[，,]?\s*分别")


def subject_with_each(
    sentence: Sentence, verb_start: int, floor: int | None = None
) -> list[tuple[Mention, Mention]]:
    """X邀请了A、B和C等企业，分别就…签订了…: the sentence's subject signs with each listed party.

    >>> from fairgraph.model import Span
    >>> t = "甲市邀请了乙公司、丙公司等企业，分别就3个项目签订了合同"
    >>> ms = (Mention(0, 2, "甲市", "Place"), Mention(5, 8, "乙公司", "Organization"),
    ...       Mention(9, 12, "丙公司", "Organization"))
    >>> [(a.text, b.text) for a, b in subject_with_each(Sentence(Span(0, len(t), t), ms), 26)]
    [('甲市', '乙公司'), ('甲市', '丙公司')]
    """
    lower = sentence.start if floor is None else floor
    parties = [
        m
        for m in sentence.mentions
        if m.type in PARTY_TYPES and lower <= m.start and m.end <= verb_start
    ]
    if len(parties) < 3 or parties[0].start - lower > 2:
        return []
    subject, listed = parties[0], parties[1:]
    brings = _BRINGS.search(sentence.between(subject.end, listed[0].start))
    if brings is None:
        return []
    if any(
        sentence.between(a.end, b.start) not in ("、", "和", "及", "与")
        for a, b in zip(listed, listed[1:], strict=False)
    ):
        return []
    rest = sentence.between(listed[-1].end, verb_start)
    if not _EACH.match(rest):
        return []
    return [(subject, m) for m in listed]


#: X、Y代表双方签署协议: two signatories sign for the two sides
_FOR_BOTH_SIDES = re.compile(
    r"(?:分别)?代表(?:双方|两方)(?:在[^，。；]{1,8}?上)?(?:正式)?(?:签署|签订|签约|签字)"
)
#: what may stand between two titled signatories (甲省副省长张某与乙集团董事长李某)
_SIGNERS_JOINED = re.compile(r"^(?:与|和|同|跟)$")
#: what may stand between the second signatory and the verb (共同, 在…上)
_SIGNERS_TO_VERB = re.compile(
    r"^(?:共同|正式|当场|现场|在[^，。；]{1,12}?上|" + TIME_PLACE + r")*"
    r"(?:分别代表(?:本国|两国|各自|双方)?政府)?$"  # (今天在北京签署; 分别代表本国政府签署)
)
#: a government head's title: who signs for a place's government (副省长某某代表双方签署)
_GOVERNMENT_HEAD = re.compile(
    r"^(?:常务|代)?副?(?:省|市|县|州|区)长$|^(?:自治区)?(?:常务|代)?副?主席$"
)


def _country_in_title(role: Mention) -> Mention | None:
    """The country a title opens with (中国外交部长 → 中国), as the side its holder signs for.

    >>> _country_in_title(Mention(0, 6, "中国外交部长", "Role")).text
    '中国'
    >>> _country_in_title(Mention(0, 3, "外交部长", "Role")) is None
    True
    """
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    for k in range(len(role.text) - 2, 1, -1):
        if lexicon.country_of(role.text[:k]) is not None:
            return Mention(role.start, role.start + k, role.text[:k], "Country", None, "title")
    return None


#: titles and bodies of the Party, which never sign a side's agreement
_PARTY_TITLE = re.compile(r"书记|常委|党组")
_PARTY_BODY = re.compile(r"^(?:中共|中国共产党)|(?:党委|省委|市委|县委|州委|区委|工委)$")


def signatory_pair(sentence: Sentence, verb_start: int) -> list[tuple[Mention, Mention]]:
    """X、Y代表双方签署…: the bodies two titled signatories hold their posts in sign (某省副省长
    甲、某集团总经理乙代表双方签署协议 → the province's government and the group); a place
    before a government head's title stands for its government.

    >>> from fairgraph.model import Span
    >>> t = "甲省副省长张某、乙集团总经理李某代表双方签署协议"
    >>> ms = (Mention(0, 2, "甲省", "Place"), Mention(2, 5, "副省长", "Role"),
    ...       Mention(5, 7, "张某", "Person"), Mention(8, 11, "乙集团", "Organization"),
    ...       Mention(11, 14, "总经理", "Role"), Mention(14, 16, "李某", "Person"))
    >>> [(a.text, a.type, b.text) for a, b in signatory_pair(Sentence(Span(0, len(t), t), ms), 20)]
    [('甲省', 'Organization', '乙集团')]
    """
    match = _FOR_BOTH_SIDES.search(sentence.text)
    if match is not None and (
        sentence.start + match.start() <= verb_start < sentence.start + match.end()
    ):
        limit = sentence.start + match.start()
        ms = [m for m in sentence.mentions if m.end <= limit]
        people = [i for i, m in enumerate(ms) if m.type == "Person"]
        if len(people) != 2:
            return []
    else:  # 甲省副省长张某与乙集团董事长李某签署…: the two signatories are the verb's subject
        ms = [m for m in sentence.mentions if m.end <= verb_start]
        people = [i for i, m in enumerate(ms) if m.type == "Person"][-2:]
        if (
            len(people) != 2
            or not _SIGNERS_TO_VERB.match(sentence.between(ms[people[1]].end, verb_start))
            or any(  # (only a place where, 在北京, between the second and the verb)
                not (m.type == "Place" and sentence.between(m.start - 1, m.start) in ("在", "于"))
                for m in ms[people[1] + 1 :]
            )
            or not _SIGNERS_JOINED.match(
                sentence.between(ms[people[0]].end, ms[people[0] + 1].start)
            )
        ):
            return []
    return _signing_bodies(sentence, ms, people)


#: 代表 right before the body a signatory signs for (X代表A，Y代表B签约)
_ON_BEHALF = re.compile(r"代表")


def represented_sides(sentence: Sentence, verb_start: int) -> list[tuple[Mention, Mention]]:
    """X代表A，Y代表B签约 (X代表A与Y代表B签署…): the two bodies the signatories sign for,
    each named right after 代表, the second right before the verb.

    >>> from fairgraph.model import Span
    >>> t = "张某代表甲市人民政府，李某代表乙集团签约"
    >>> ms = (Mention(0, 2, "张某", "Person"), Mention(4, 10, "甲市人民政府", "Organization"),
    ...       Mention(11, 13, "李某", "Person"), Mention(15, 18, "乙集团", "Organization"))
    >>> [(a.text, b.text) for a, b in represented_sides(Sentence(Span(0, len(t), t), ms), 18)]
    [('甲市人民政府', '乙集团')]
    """
    starts = {
        sentence.start + match.end()
        for match in _ON_BEHALF.finditer(sentence.text)
        if sentence.start + match.end() < verb_start
    }
    bodies = [
        m
        for m in sentence.mentions
        if m.start in starts and m.type in PARTY_TYPES and m.end <= verb_start
    ]
    if len(bodies) != 2 or bodies[0].text == bodies[1].text:
        return []
    if not _SIGNERS_TO_VERB.match(sentence.between(bodies[1].end, verb_start)):
        return []
    return [(bodies[0], bodies[1])]


#: a place's Party committee by its short name (甘肃省委, 中共兰州市委): the place before 委
_COMMITTEE = re.compile(r"^(?:中共)?(.{2,12}?[省市县州区盟旗])委$")


def _government_after_committee(committee: Mention, titles: Sequence[Mention]) -> Mention | None:
    """The government of a Party committee's place, when a government head's title follows
    the committee's in one chain (甘肃省委副书记、省长 → 甘肃省's government); else none.

    >>> c = Mention(0, 4, "甘肃省委", "Organization")
    >>> titles = [Mention(4, 7, "副书记", "Role"), Mention(8, 10, "省长", "Role")]
    >>> g = _government_after_committee(c, titles)
    >>> (g.text, g.type, g.subtype)
    ('甘肃省', 'Organization', 'Government')
    >>> _government_after_committee(c, titles[:1]) is None
    True
    """
    place = _COMMITTEE.match(committee.text)
    if place is None or not any(_GOVERNMENT_HEAD.match(t.text) for t in titles):
        return None
    start = committee.start + place.start(1)
    return Mention(
        start,
        start + len(place.group(1)),
        place.group(1),
        "Organization",
        "Government",
        "implied-by-place",
    )


def _signing_bodies(
    sentence: Sentence, ms: Sequence[Mention], people: Sequence[int]
) -> list[tuple[Mention, Mention]]:
    """The pair of bodies two titled people (at ``people`` in ``ms``) hold their posts in, a
    place before a government head's title standing for its government; none when either has
    no body, or holds a Party title."""
    bodies: list[Mention] = []
    for i in people:
        j = i - 1
        while (
            j >= 0
            and ms[j].type == "Role"
            and sentence.between(ms[j].end, ms[j + 1].start) in ("", "、")
        ):
            j -= 1
        if j == i - 1 or (j < 0 and i == 0):
            return []  # no title before the name
        if j < 0 or sentence.between(ms[j].end, ms[j + 1].start) != "":
            country = _country_in_title(ms[j + 1])
            if country is None:
                return []
            bodies.append(country)  # 某国外交部长甲: the title holds its country
            continue
        body, role = ms[j], ms[j + 1]
        if body.type not in PARTY_TYPES or sentence.between(body.end, role.start) != "":
            return []
        if not _PARTY_BODY.search(body.text):
            # 某集团党组书记、董事长某某: a body's head who also leads its Party group signs
            # for the body under his other title
            role = next((t for t in ms[j + 1 : i] if not _PARTY_TITLE.search(t.text)), role)
        if _PARTY_TITLE.search(role.text) or _PARTY_BODY.search(body.text):
            # 某市委副书记、市长某某: a government head's title later in the chain signs for
            # the committee's place's government; a Party title alone signs nothing
            government = _government_after_committee(body, ms[j + 1 : i])
            if government is None:
                return []
            bodies.append(government)
            continue
        if body.type == "Place":
            if not _GOVERNMENT_HEAD.match(role.text):
                return []
            body = Mention(
                body.start, body.end, body.text, "Organization", "Government", "implied-by-place"
            )
        bodies.append(body)
    if bodies[0].text == bodies[1].text:
        return []
    return [(bodies[0], bodies[1])]


#: 签约双方为A和B: the two sides of a signing declared after it
_DECLARED_SIDES = re.compile(
    r"签(?:约|字|署)(?:的?(?:双方|单位|各方|企业|方)|的)(?:分别)?(?:(?:为|是)[：:]?|[：:])"
)
#: the two sides labelled by their part in the deal (甲方：A，乙方：B; 投资方：A；引进方：B)
_FIRST_SIDE = re.compile(r"(?:甲方|投资方)[：:]\s*")
_SECOND_SIDE = re.compile(r"(?:乙方|引进方)[：:]\s*")


def declared_sides(sentence: Sentence) -> list[tuple[Mention, Mention]]:
    """签约双方为A和B (签约双方分别是A与B, 签约双方：A、B): the two parties named right after
    the words, joined by 和, 与, 及 or 、 and closing their clause; else, in a sentence of a
    signing, the two sides labelled by their part (甲方：A，乙方：B; 投资方：A；引进方：B).

    >>> from fairgraph.model import Span
    >>> t = "签约双方为甲市人民政府和乙公司。"
    >>> ms = (Mention(5, 11, "甲市人民政府", "Organization"),
    ...       Mention(12, 15, "乙公司", "Organization"))
    >>> [(a.text, b.text) for a, b in declared_sides(Sentence(Span(0, len(t), t), ms))]
    [('甲市人民政府', '乙公司')]
    >>> t = "甲方：甲市人民政府，乙方：乙公司，双方签订了合同。"
    >>> ms = (Mention(3, 9, "甲市人民政府", "Organization"),
    ...       Mention(13, 16, "乙公司", "Organization"))
    >>> [(a.text, b.text) for a, b in declared_sides(Sentence(Span(0, len(t), t), ms))]
    [('甲市人民政府', '乙公司')]
    """
    out = []
    for match in _DECLARED_SIDES.finditer(sentence.text):
        at = sentence.start + match.end()
        after = [m for m in sentence.mentions if m.start >= at and m.type in PARTY_TYPES]
        if len(after) < 2 or after[0].start != at:
            continue
        left, right = after[0], after[1]
        end = right.end - sentence.start
        if sentence.between(left.end, right.start) in ("和", "与", "及", "、") and (
            end == len(sentence.text) or sentence.text[end] in "，。；！？ "
        ):
            out.append((left, right))
    if out or "签" not in sentence.text:
        return out
    first, second = _FIRST_SIDE.search(sentence.text), _SECOND_SIDE.search(sentence.text)
    if first is not None and second is not None and first.end() < second.start():
        parties = {m.start: m for m in sentence.mentions if m.type in PARTY_TYPES}
        party_a = parties.get(sentence.start + first.end())
        party_b = parties.get(sentence.start + second.end())
        if party_a is not None and party_b is not None:
            out.append((party_a, party_b))  # 甲方：A，乙方：B，双方签订了…
    return out
