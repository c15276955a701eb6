"""The slots of a signing sentence name its parties when the recogniser read them otherwise.

A signing sentence has two slots for its parties: the subject opening its clause, before a
connector (A与B签署…, A在西宁与B…, A今日公告称，公司于某日与B…), and the counterpart right
after the connector (…与B、C签订…). Real business news names listed companies there by short
forms no lexicon holds; the recogniser then reads them as a person's name, or reads only the
place their name begins with. Here the slot decides:

* ``retyped_persons``  — a "person" in a slot (某某与乙集团签订…) is an organisation, unless
  its name begins with a surname, or a title stands next to it anywhere in the report (a
  signatory: 董事长王某与…);
* ``place_led_names``  — a place or country and the few characters after it, in a slot
  (上海某某与乙公司签订…, …与福建某某签署), are one organisation, unless those characters are
  a level, an adverb, a time word, a generic word or a place;
* ``split_signing_spans`` — one span over both sides right before the verb (某某科技与某某公司
  签订…) is the two;
* ``unread_counterparts`` — the name after a party's connector that nothing covers (某某集团
  宣布，与某某达成…协议; …与某某、乙集团签署), up to the verb or the next of a list;
* ``grown_names``      — a name the recogniser cut short in a slot: its tail (某某集团|控股近日与…)
  or its head after the connector (…与某某|新能源有限公司签署).

Never a verb, a date or a place alone: what a slot makes is checked against the words that
name no one (agreement_clauses: pronouns, quantifiers, generic words, adverbs, time words).

>>> t = "8月8日，甲乙丙与丁集团签订了合作协议。"
>>> ms = [Mention(5, 8, "甲乙丙", "Person"), Mention(9, 12, "丁集团", "Organization")]
>>> [(m.text, m.type) for m in signing_slot_parties(t, ms)]
[('甲乙丙', 'Organization'), ('丁集团', 'Organization')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import Mention
from fairgraph.zh.extract.agreement_clauses import TIME_PLACE, VERB
from fairgraph.zh.extract.person_names import MORE_SURNAMES
from fairgraph.zh.extract.subsidiaries import PARENT_OF
from fairgraph.zh.lexicon.tables import time_words_pattern
from fairgraph.zh.ner.names import RARE_SURNAMES
from fairgraph.zh.ner.patterns import DOUBLE_SURNAMES, SURNAMES
from fairgraph.zh.ner.rules_levels import TRADE_ENDS

_ORIGIN = "signing-slot"
_CHINA = "中国"
_PARTIES = ("Organization", "Country", "Place")
#: a signing in the clause (签署, 签订, 签约, 达成…协议, 签《…》, 签+Latin name of a memorandum)
_SIGNING = re.compile(
    r"签署|签订|签约|签定|签下|续签|草签|缔结|达成[^，。；,;]{0,24}?(?:协议|协定|合同|备忘录|意向)"
    r"|签了?(?=《|[A-Za-z&;]{2,20}|合作|框架|战略|协议|备忘录|合同|意向)"
)
#: what ends a clause (full-width and ASCII: business news online writes both)
_STOPS = "，。；！？：,;:!?\n"
#: adverbs and time words between a party and its connector or verb
_ADVERBS = (
    r"(?:还|也|又|并|均|都|已经|已|共同|同时|先后|正在|曾经|曾|随即|首次|再次|成功|率先|正式"
    r"|刚刚|刚|早已|现场|当场|再度|最终|除了|" + time_words_pattern() + r")*"
)
_CONNECTOR = r"(?:分别)?(?:与|同|跟|和)"
#: after a subject: a short name declared in brackets, time and place phrases, adverbs,
#: then the connector
_SUBJECT_TAIL = re.compile(r"(?:[（(][^）)]{0,30}[）)])?" + TIME_PLACE + _ADVERBS + _CONNECTOR)
_DATE = r"(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日"
#: after a subject: its announcement, then the company (公司/其) signing with its counterpart
_ANNOUNCER_TAIL = re.compile(
    r"(?:[（(][^）)]{0,30}[）)])?"
    r"(?:今日|昨日|近日|日前|当日|周[一二三四五六日]|" + _DATE + r")?(?:午间|晚间|晚|盘后|盘前)?"
    r"(?:发布|发出)?[^，。；,;]{0,6}?(?:公告|宣布|表示|宣称|披露)(?:称|宣布|显示|表示)?[，,：:]?"
    r"(?:"
    + _DATE
    + r"[，,])?(?:公司|该公司|其)?(?:已经|已|还|也)?(?:于"
    + _DATE
    + r")?"
    + TIME_PLACE
    + _CONNECTOR
)
#: what may stand between a counterpart and the verb: more counterparts, a count, time,
#: place and adverbs
_COUNTERPART_TAIL = re.compile(
    r"(?:(?:、|及|和|以及)[^，。；,;、与同跟的]{2,24}?)*(?:等[^，。；,;的]{0,10}?)?"
    + TIME_PLACE
    + r"(?:[两三四五六]方)?"
    + _ADVERBS
    + r"(?:分别)?"
    + _ADVERBS
)
_TO_SIGNING = re.compile(_COUNTERPART_TAIL.pattern + r"(?:" + _SIGNING.pattern + r")")
#: the words between a connector and a counterpart that describe it (来自韩国的, 世界著名…企业)
_CONNECTOR_BEFORE = re.compile(r"(?:与|同|跟|和)(?:分别)?$")
#: what a name made from a slot never is (a level, an adverb, a time word, a generic word)
_NOT_NAME = re.compile(
    r"^[省市县区州镇乡村]|^(?:政府|方面|当局|人民|官方|代表|双方|各方|企业|公司|有关|相关"
    r"|地区|当地|本地|全市|全省|全国|境内|境外|国内|海外|一家|多家|两家|某某)"
    r"|[们的了就将在已把被对向为从等与同和跟及这那该其我他她它是]"
    r"|签[署订约定]|缔结"  # a verb the slot ran past (B签署缔结…: 缔结 is what was signed)
    r"|^(?:还|也|又|并|均|都|共同|同时|先后|正在|曾|随即|首次|再次|成功|率先|正式|刚|早已|此前"
    r"|近(?:日|期|年|来)|日前|目前|现场|当场|再度|最终"
    r"|[今昨前明当][天日年]|当[地场时]|同日|随[后即]|[本上下]周|周[一二三四五六日末]"
    r"|上午|下午|晚间|中午|决定|计划|准备|拟)"
    r"|[年月日时团组区市州县]$|(?:月份|年份)$|分别|\d"
    r"|^[两二三四五六七八九十几多数百千万]+(?:个|家|所|方|国|地|市|州|县|区|省|座|批|项|大)"
    r"|(?:省份|地区|城市|国家|部门|单位|机构|客商|外商|供应商|采购商|代表团|方"
    r"|[展购应销理包营]商|[宾道员]国|东道主|业主"
    # firms of a region, not one firm (长三角地区企业, 省外企业)
    r"|企业|企业家"
    # a zone's short form after its place (成都高新, 某市经开): a place, not a company
    r"|高新|经开|综保|园区|工业园|片区|基地|示范区|自贸区|保税区|港区|临空|航空港"
    # a project or a company's unit a project is named after (某某总部和研发中心项目)
    r"|项目|总部)$"
)
#: what a party in a slot does other than sign: it only witnesses or attends (甲和乙见证签约)
_NOT_SIGNING = re.compile(r"见证|出席|参加|主持|会见|陪同|观看|参观|致辞|讲话|祝贺|到场")
#: the tails of a listed company's short name (某某集团|控股, 某某|国际)
_NAME_TAILS = (
    *("国际", "控股", "股份", "集团", "科技", "实业", "公用", "医药", "电气", "地产", "能源"),
    *("智能", "电力", "化工", "化学", "汽车", "矿业", "环保", "电子", "通信", "物流", "新材"),
)


def signing_slot_parties(
    text: str, mentions: Sequence[Mention], lexicon: object | None = None
) -> list[Mention]:
    """The mentions with the slots of every signing read: persons retyped, place-led names
    made whole, names cut short grown back (see the module's note)."""
    if lexicon is None:
        from fairgraph.zh.lexicon import load_lexicon

        lexicon = load_lexicon()
    out = split_signing_spans(text, trimmed_names(mentions), lexicon)
    out = trade_named_persons(text, out)
    out = retyped_persons(text, out)
    out = place_led_names(text, out, lexicon)
    out = grown_names(text, out)
    out = appositive_descriptions(text, out)
    out = sorted([*out, *unread_counterparts(text, out)])
    out = sorted([*out, *unread_list_items(text, out)])
    out = sorted([*out, *unread_subject_items(text, out)])
    out = sorted([*out, *home_country_subjects(text, out)])
    out = sorted([*out, *abbreviated_pairs_in_names(text, out)])
    return sorted([*out, *abbreviated_subjects(text, out)])


#: a country's one-character short form opening a clause as a signing's subject (墨与欧盟签署…)
_ABBREVIATED_SUBJECT = re.compile(
    r"(?:^|(?<=[，。；、\s“]))(?P<x>[\u4e00-\u9fff])(?:与|同|跟)"
    r"(?=[^，。；]{2,30}?(?:签署|签订|签约))"
)


def abbreviated_subjects(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A country's one-character short form opening a clause as the subject of a signing with
    a party the recogniser read (去年，墨与欧盟签署了…) is that country (alone, a character
    names no country: only there, and only the short forms of one country each).

    >>> t = "去年，墨与欧盟签署了框架协定"
    >>> [m.text for m in abbreviated_subjects(t, [Mention(5, 7, "欧盟", "Organization")])]
    ['墨']
    >>> abbreviated_subjects("8日与欧盟签署了框架协定", [Mention(3, 5, "欧盟", "Organization")])
    []
    >>> abbreviated_subjects("去年，墨与欧盟会谈", [Mention(5, 7, "欧盟", "Organization")])
    []
    """
    from fairgraph.zh.lexicon.tables import ABBREVIATED_COUNTRY, country_abbreviations

    short = country_abbreviations()
    out: list[Mention] = []
    for side in _ABBREVIATED_SUBJECT.finditer(text):
        at = side.start("x")
        if side.group("x") not in short or any(m.start <= at < m.end for m in mentions):
            continue
        if any(m.start == side.end() and m.type in _PARTIES for m in mentions):
            out.append(Mention(at, at + 1, side.group("x"), "Country", None, ABBREVIATED_COUNTRY))
    return out


#: a contract's side the recogniser ran into the name after it (甲方某某集团与乙方…), or the
#: announcer's subsidiary (全资子公司某某科技与…)
_SIDE = re.compile(r"^(?:(?:甲|乙|丙|丁)方(?:[：:])?|(?:公司)?(?:的)?(?:全资|控股)子公司)")


#: a clause's mark inside a name, and what a company's name never ends with before one
_MARK = re.compile(r"[，,；;。]")
_ANNOUNCED = re.compile(r"(?:今日|昨日|近日|日前|晚间)?(?:发布)?(?:公告|宣布|表示|披露)(?:称)?$")


def trimmed_names(mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation's name that opens with its side in a contract (甲方某某集团, 乙方：某公司)
    or with 全资子公司 (the announcer's subsidiary) is the name after it.

    >>> [m.text for m in trimmed_names([Mention(0, 6, "甲方东岳集团", "Organization")])]
    ['东岳集团']
    >>> [m.text for m in trimmed_names([Mention(0, 4, "甲方公司", "Organization")])]
    ['甲方公司']
    >>> [m.text for m in trimmed_names([Mention(0, 9, "全资子公司云帆科技", "Organization")])]
    ['云帆科技']

    A name read over a clause's mark (某某股份公告,公司) is the name before it:

    >>> [m.text for m in trimmed_names([Mention(0, 9, "东岳股份公告,公司", "Organization")])]
    ['东岳股份']
    """
    out = []
    for m in mentions:
        mark = _MARK.search(m.text) if m.type == "Organization" else None
        if mark is not None:
            # 某某股份公告,公司 (a recogniser that knows no ASCII comma): the name before it
            head = _ANNOUNCED.sub("", m.text[: mark.start()])
            if len(head) < 2:
                continue
            m = Mention(m.start, m.start + len(head), head, m.type, m.subtype, m.origin)
        side = _SIDE.match(m.text) if m.type == "Organization" else None
        if side is not None and len(m.text) - side.end() >= 3:
            cut = m.start + side.end()
            m = Mention(cut, m.end, m.text[side.end() :], m.type, m.subtype, m.origin)
        out.append(m)
    return out


#: an agreement named after the verb by the two countries' short forms (签署了中俄联合声明,
#: 签订了《中美禁毒合作备忘录》)
_NAMED_BY_PAIR = re.compile(
    r"(?:" + VERB.pattern + r")了?《?(?P<pair>[\u4e00-\u9fff]{2})(?![文语洲])"  # (中英文合同)
    r"(?=(?:两国|双边|政府间)?[^，。；,;]{0,24}?(?:联合声明|联合公报|协定|协议|备忘录|条约|宣言|议定书))"
)


#: a signing still to come or aimed at (将签署, 进而签署, 以便签署)
_NOT_YET = re.compile(r"将|拟|进而|以便|计划|准备|有望|争取|力争|未|没有")


def abbreviated_pairs_in_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Two countries' one-character short forms opening the name of what is signed (两国签署了
    中俄联合声明): each a country (read only there, as a pair, as before 两国 or 双方), unless
    the clause names its signers before the verb (persons, bodies) or the signing is still to
    come.

    >>> [m.text for m in abbreviated_pairs_in_names("两国元首签署了中俄联合声明。", [])]
    ['中', '俄']
    >>> abbreviated_pairs_in_names("双方签署了中心建设协议。", [])
    []
    >>> abbreviated_pairs_in_names("双方签订了中英文合同。", [])
    []
    """
    from fairgraph.zh.lexicon.tables import ABBREVIATED_COUNTRY, country_abbreviations

    short = country_abbreviations()
    out: list[Mention] = []
    for match in _NAMED_BY_PAIR.finditer(text):
        pair = match.group("pair")
        start = match.start("pair")
        if pair[0] == pair[1] or not all(c in short for c in pair):
            continue
        if text[match.end("pair") : match.end("pair") + 1] in short:
            continue  # (中日韩自贸协定: three countries, not a pair)
        if any(m.start < start + 2 and start < m.end for m in mentions):
            continue
        lo, _ = _clause(text, match.start(), match.start())
        if _NOT_YET.search(text, lo, match.start()) or any(
            m.type in ("Person", *_PARTIES) and lo <= m.start < match.start() for m in mentions
        ):
            continue  # (进而签署日俄和平条约: not yet; 某主席与某总统签署了《中美联合声明》:
            # persons sign, the sides no body names; A和B签署中俄某某项目协议: the sides
            # are named before, the pair only qualifies the project)
        out += [
            Mention(start, start + 1, pair[0], "Country", None, ABBREVIATED_COUNTRY),
            Mention(start + 1, start + 2, pair[1], "Country", None, ABBREVIATED_COUNTRY),
        ]
    return out


#: the report's own country as a signing's subject (我国与法国签订…)
_HOME = re.compile(r"(?:^|(?<=[，。；：,;:\n]))(?:" + TIME_PLACE + r")(我国)")


def home_country_subjects(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """我国 opening a clause as the subject of a signing (我国与法国签订了…协定) is China: the
    recogniser leaves it unread (it names no one elsewhere: 我国东部与西部企业).

    >>> [m.text for m in home_country_subjects("我国与法国签订了合作协定。", [])]
    ['我国']
    >>> home_country_subjects("我国企业与法国签订了合作协定。", [])
    []
    """
    out = []
    for match in _HOME.finditer(text):
        start, end = match.span(1)
        if subject_slot(text, end) and not any(m.start < end and start < m.end for m in mentions):
            out.append(Mention(start, end, "我国", "Country", None, _ORIGIN))
    return out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in _STOPS) + 1
    his = [i for i in (text.find(c, end) for c in _STOPS) if i >= 0]
    return lo, min(his, default=len(text))


def _next_clause_end(text: str, end: int) -> int:
    """The end of the clause after the one ``end`` is in (an announcement's report)."""
    _, hi = _clause(text, end, end)
    if hi >= len(text) or text[hi] in "。！？\n":
        return hi
    _, hi2 = _clause(text, hi + 1, hi + 1)
    if hi2 < len(text) and text[hi2] in ",，":  # (…称，8月8日，公司与B签署)
        _, hi2 = _clause(text, hi2 + 1, hi2 + 1)
    return hi2


def subject_slot(text: str, end: int) -> bool:
    """Whether what follows a name ending at ``end`` makes it a signing's subject: a connector
    (after time, place and adverbs) and a signing verb later in the clause, or its announcement
    of a signing (某某今日公告称，公司与B签署…)."""
    tail = _SUBJECT_TAIL.match(text, end)
    if tail is not None:
        _, hi = _clause(text, tail.end(), tail.end())
        verb = _SIGNING.search(text, tail.end(), min(hi, tail.end() + 40))
        return verb is not None and not _NOT_SIGNING.search(text, tail.end(), verb.start())
    announced = _ANNOUNCER_TAIL.match(text, end)
    if announced is not None:
        return _SIGNING.search(text, announced.end(), _next_clause_end(text, end)) is not None
    return False


#: what may open a sentence before its subject: a date or a source, then a comma; a conjunction
_OPENING = re.compile(
    r"\s*(?:[^，。；,;：:]{0,12}(?:日|天|前|后|年|月)[，,]|据了解[，,]|据悉[，,]|而|但|不过"
    r"|[^，。；,;：:]{0,10}(?:透露|表示|介绍|指出)[，,：:])?\s*"  # (有业内人士透露，A…)
)
#: a clause of the subject's own, then one carried on from it to a signing (A此前有意上市，并和B…)
_CARRIED_ON = re.compile(
    r"[^，。；,;：:“”]{1,24}[，,](?:并且?|还|也|同时|随后|之后|此后|后)+"
    + TIME_PLACE
    + _ADVERBS
    + _CONNECTOR
)


def carried_subject_slot(text: str, start: int, end: int) -> bool:
    """Whether a name from ``start`` to ``end`` opens its sentence (after a date or a source)
    and a later clause of the sentence signs with the subject unsaid (A此前就有意上市，并和B
    签署过…; 而A以…通过了复查，并与B签订了…).

    >>> carried_subject_slot("甲乙此前就有意上市,并和丙丁签署过协议。", 0, 2)
    True
    >>> carried_subject_slot("8月8日,甲乙举办推介会,并与丙丁签订了协议。", 5, 7)
    True
    >>> carried_subject_slot("有知情人士透露,甲乙曾有意合作,并和丙丁签署过协议。", 8, 10)
    True
    >>> carried_subject_slot("会上甲乙发言,并与丙丁座谈。", 2, 4)
    False
    """
    lo = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    if _OPENING.fullmatch(text, lo, start) is None:
        return False
    carried = _CARRIED_ON.match(text, end)
    if carried is None:
        return False
    _, hi = _clause(text, carried.end(), carried.end())
    verb = _SIGNING.search(text, carried.end(), min(hi, carried.end() + 40))
    return verb is not None and not _NOT_SIGNING.search(text, carried.end(), verb.start())


def counterpart_slot(text: str, start: int, end: int) -> bool:
    """Whether a name from ``start`` to ``end`` is a signing's counterpart: a connector right
    before it (or before the list it closes or continues) and only more counterparts, time,
    place and adverbs between it and a signing verb."""
    lo, hi = _clause(text, start, end)
    before = text[lo:start]
    if not _CONNECTOR_BEFORE.search(before):
        cut = before.rfind("、")
        if cut < 0 or not re.search(r"(?:与|同|跟)(?:分别)?", before[:cut]):
            return False
    return _leads_to_signing(text, end, hi)


def _leads_to_signing(text: str, end: int, hi: int | None = None) -> bool:
    """Whether only more counterparts, time, place and adverbs stand between ``end`` and a
    signing verb of the clause."""
    if hi is None:
        hi = _clause(text, end, end)[1]
    return _TO_SIGNING.match(text, end, hi) is not None


def _in_slot(text: str, start: int, end: int) -> bool:
    if start > 0 and text[start - 1] in "在于赴":  # (在成都与B签署: where, not who)
        return False
    return (
        subject_slot(text, end)
        or counterpart_slot(text, start, end)
        or carried_subject_slot(text, start, end)
    )


def _titled(text: str, name: str, mentions: Sequence[Mention]) -> bool:
    """Whether a title stands next to ``name`` anywhere in the report (董事长王某)."""
    roles = [m for m in mentions if m.type == "Role"]
    starts = {m.start for m in mentions if m.type == "Person" and m.text == name}
    ends = {m.end for m in mentions if m.type == "Person" and m.text == name}
    return any(r.end in starts or r.start in ends for r in roles)


#: characters that transliterate foreign persons' names (埃尔多安, 泽连斯基, 托卡耶夫)
_TRANSLITERATED = frozenset("尔斯基夫娃娜诺维奇科姆卡耶洛蒂安森伊索")


def _unlike_person(name: str) -> bool:
    """A name no surname begins, that could be a company's short form."""
    return (
        2 <= len(name) <= 6
        and re.fullmatch(r"[\u4e00-\u9fff]+", name) is not None
        and name[0] not in SURNAMES
        and name[0] not in MORE_SURNAMES
        and name[0] not in RARE_SURNAMES
        and sum(c in _TRANSLITERATED for c in name) < 2  # (a foreign person's name)
        and not name.startswith(DOUBLE_SURNAMES)
        and _NOT_NAME.search(name) is None
    )


def trade_named_persons(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A "person" in a signing's slot whose name ends with a trade word (某某光电, 某某科技), or
    runs into one (雷某光|电, 金某|科技), is a company named by its short form: no person's
    name ends so, whatever its first character.

    >>> t = "8月8日，张江光电与乙集团签署了合作协议。"
    >>> ms = [Mention(5, 9, "张江光电", "Person"), Mention(10, 13, "乙集团", "Organization")]
    >>> [(m.text, m.type) for m in trade_named_persons(t, ms)][0]
    ('张江光电', 'Organization')
    >>> t = "甲公司日前与王曼光电签署了合作协议。"
    >>> ms = [Mention(0, 3, "甲公司", "Organization"), Mention(6, 9, "王曼光", "Person")]
    >>> [(m.text, m.type) for m in trade_named_persons(t, ms)][1]
    ('王曼光电', 'Organization')
    >>> t = "甲公司日前与王曼签署了合作协议。"
    >>> [m.type for m in trade_named_persons(t, [ms[0], Mention(6, 8, "王曼", "Person")])]
    ['Organization', 'Person']
    """
    out: list[Mention] = []
    for m in mentions:
        titled = any(x.type == "Role" and x.end == m.start for x in mentions)  # (董事长王某)
        if m.type == "Person" and not titled and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", m.text):
            others = [x for x in mentions if x is not m]
            ends = [0] if len(m.text) >= 4 and m.text.endswith(TRADE_ENDS) else []
            ends += [
                k
                for k in (1, 2)
                if (text[m.end - 2 + k : m.end + k] in TRADE_ENDS)
                and _unread(text, m.end, m.end + k, others)
            ]
            for k in ends:
                if _in_slot(text, m.start, m.end + k):
                    m = Mention(
                        m.start,
                        m.end + k,
                        text[m.start : m.end + k],
                        "Organization",
                        "Company",
                        _ORIGIN,
                    )
                    break
        out.append(m)
    return out


def retyped_persons(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A "person" in a signing's slot whose name is no person's (no surname first, no title
    next to it anywhere in the report, no person in its clause that stays one: 甲与某部部长乙,
    甲与王某签署) is an organisation.

    >>> t = "甲乙丙与丁集团签订了合作协议。"
    >>> ms = [Mention(0, 3, "甲乙丙", "Person"), Mention(4, 7, "丁集团", "Organization")]
    >>> [m.type for m in retyped_persons(t, ms)]
    ['Organization', 'Organization']
    >>> ms = [Mention(0, 3, "王乙丙", "Person"), Mention(4, 7, "丁集团", "Organization")]
    >>> [m.type for m in retyped_persons(t.replace("甲", "王"), ms)]
    ['Person', 'Organization']
    """
    out: list[Mention] = []
    company = {p.start for p in mentions if p.type == "Person" and _company_like(text, p, mentions)}
    stays = [  # persons that stay persons: a title next to them, or a surname first
        p.start
        for p in mentions
        if p.type == "Person"
        and (
            _titled(text, p.text, mentions)
            or (not _unlike_person(p.text) and p.start not in company)
        )
    ]
    for m in mentions:
        lo, hi = _clause(text, m.start, m.end)
        if (
            m.type == "Person"
            and not any(lo <= p < hi and p != m.start for p in stays)  # (甲与某部部长乙签署)
            and m.start not in stays
            and _in_slot(text, m.start, m.end)
        ):
            m = Mention(m.start, m.end, m.text, "Organization", "Company", _ORIGIN)
        out.append(m)
    return out


#: a company's filing (某某今日公告称，…): only a company or a body files a 公告
_FILES = re.compile(r"(?:今日|昨日|近日|日前|当日|晚间|盘后|发布|[\d月日]){0,8}公告")


def _company_like(text: str, person: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a "person" whose name begins with a surname is a company all the same: it files
    a 公告 announcing a signing, or it is listed beside an organisation as a counterpart
    (与某某、乙集团签订)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", person.text):
        return False
    if _FILES.match(text, person.end) and subject_slot(text, person.end):
        return True
    neighbours = [
        m
        for m in mentions
        if m.type == "Organization"
        and (m.start == person.end + 1 or m.end == person.start - 1)
        and text[min(m.end, person.end) : min(m.end, person.end) + 1] == "、"
    ]
    return bool(neighbours) and counterpart_slot(text, person.start, person.end)


def _unread(text: str, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Characters no mention covers that may be a name: no time, place phrase or adverb."""
    word = text[start:end]
    return (
        re.fullmatch(r"[\u4e00-\u9fff]+", word) is not None
        and _NOT_NAME.search(word) is None
        and _BEFORE_VERB.fullmatch(word) is None
        and not any(m.start < end and start < m.end for m in mentions)
    )


def place_led_names(
    text: str, mentions: Sequence[Mention], lexicon: object | None = None
) -> list[Mention]:
    """A place or country with two to four characters after it that no mention covers, in a
    signing's slot, is one organisation (上海某某与乙公司签订, …与福建某某签署); so is a place
    and a "person" right after it (深圳某某某与乙签署).

    >>> t = "上海中发与乙公司签订了协议。"
    >>> ms = [Mention(0, 2, "上海", "Place"), Mention(5, 8, "乙公司", "Organization")]
    >>> [(m.text, m.type) for m in place_led_names(t, ms)]
    [('上海中发', 'Organization'), ('乙公司', 'Organization')]
    >>> t = "上海市政府与乙公司签订了协议。"
    >>> [m.text for m in place_led_names(t, ms)]
    ['上海', '乙公司']
    """
    if lexicon is None:
        from fairgraph.zh.lexicon import load_lexicon

        lexicon = load_lexicon()
    out = list(mentions)
    for m in mentions:
        if m.type not in ("Place", "Country"):
            continue
        others = [x for x in out if x is not m]
        made: Mention | None = None
        person = next((x for x in others if x.start == m.end and x.type == "Person"), None)
        if person is not None and _in_slot(text, m.start, person.end):
            made = Mention(m.start, person.end, text[m.start : person.end], "Organization")
        verb = VERB.search(text, m.end)
        run = text[m.end : verb.start()] if verb is not None else ""
        if (
            made is None
            and run
            and re.fullmatch(r"[^与同跟]+", run)  # (the party's own span, not the next party)
            and re.fullmatch(r"[\u4e00-\u9fff]+", run)
            and run.endswith(lexicon.org_suffixes)  # type: ignore[attr-defined]
        ):
            # 沙特某某电力和水务公司签署: one name up to its suffix, 和 inside it; the rules that
            # read a name by its suffix make it whole — and where none did, a place's body
            # up to the verb is one name (…与北京某某批发市场中心签署)
            whole = m.end + len(run)
            if (
                m.type == "Place"
                and len(run) <= 16
                and "和" not in run
                and _unread(text, m.end, whole, others)
                and counterpart_slot(text, m.start, whole)
            ):
                made = Mention(m.start, whole, text[m.start : whole], "Organization")
            else:
                continue
        for k in (2, 3, 4):
            if made is not None:
                break
            end = m.end + k
            word = text[m.end : end]
            if (
                end <= len(text)
                and _unread(text, m.end, end, others)
                and lexicon.place_of(word) is None  # type: ignore[attr-defined]
                and lexicon.country_of(word) is None  # type: ignore[attr-defined]
                and _in_slot(text, m.start, end)
            ):
                made = Mention(m.start, end, text[m.start : end], "Organization")
        if made is not None and m.type == "Country" and m.text != _CHINA:
            # 韩国某某与B签署: the company of that country, the country beside it (as
            # foreign_companies reads a brand after its country)
            made = Mention(m.end, made.end, text[m.end : made.end], "Organization")
            out = [x for x in out if x is not person] + [
                Mention(made.start, made.end, made.text, "Organization", "Company", _ORIGIN)
            ]
        elif made is not None:  # 上海某某, 中国某某: the place begins the company's name
            made = Mention(made.start, made.end, made.text, "Organization", "Company", _ORIGIN)
            out = [x for x in out if x is not m and x is not person] + [made]
    return sorted(out)


def grown_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation the recogniser cut short in a signing's slot grows back: a company's
    tail word after it (某某集团|控股近日与…, 某某|国际宣布与…), or the characters between the
    connector and it (…与某某|新能源有限公司签署).

    >>> t = "甲乙集团控股近日与丙丁签订协议。"
    >>> ms = [Mention(0, 4, "甲乙集团", "Organization")]
    >>> [m.text for m in grown_names(t, ms)]
    ['甲乙集团控股']
    >>> t = "甲公司与特来电新能源有限公司签署协议。"
    >>> ms = [Mention(0, 3, "甲公司", "Organization"),
    ...       Mention(7, 14, "新能源有限公司", "Organization")]
    >>> [m.text for m in grown_names(t, ms)]
    ['甲公司', '特来电新能源有限公司']
    """
    out: list[Mention] = []
    for m in mentions:
        grown = _latin_brand_grown(text, m, mentions)
        if grown is not None:
            out.append(grown)
            continue
        if m.type == "Organization":
            tail = text[m.end : m.end + 2]
            if (
                tail in _NAME_TAILS
                and not any(x.start < m.end + 2 and m.end < x.end for x in mentions)
                and (subject_slot(text, m.end + 2) or counterpart_slot(text, m.start, m.end + 2))
            ):
                m = Mention(m.start, m.end + 2, m.text + tail, m.type, m.subtype, m.origin)
            else:
                for k in (3, 2, 1):
                    lo = m.start - k
                    if (
                        lo > 0
                        and text[lo - 1] in "与同跟和"
                        and _unread(text, lo, m.start, [x for x in mentions if x is not m])
                        and counterpart_slot(text, lo, m.end)
                    ):
                        m = Mention(lo, m.end, text[lo : m.end], m.type, m.subtype, m.origin)
                        break
        out.append(m)
    return sorted(out)


#: a Latin brand (LG, SK) the recogniser read without the Chinese words of its name after it
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&]{0,9}")


def _latin_brand_grown(text: str, m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """韩国LG|新能源、… / 与LG|新能源签署: a Latin brand in a list of counterparts, and the two
    to six Han characters after it no mention covers, up to the next item (、) or the verb.

    >>> t = "甲市分别与韩国LG新能源、乙公司签署协议。"
    >>> ms = [Mention(5, 7, "韩国", "Country"), Mention(7, 9, "LG", "Organization")]
    >>> _latin_brand_grown(t, ms[1], ms).text
    'LG新能源'
    """
    if m.type != "Organization" or not _LATIN.fullmatch(m.text) or m.start == 0:
        return None
    country = any(x.end == m.start and x.type == "Country" for x in mentions)
    if not country and text[m.start - 1] not in "与同跟和、":
        return None
    others = [x for x in mentions if x is not m]
    for end in range(min(m.end + 6, len(text)), m.end + 1, -1):
        if not _unread(text, m.end, end, others):
            continue
        if text[end : end + 1] == "、" or counterpart_slot(text, m.start, end):
            return Mention(m.start, end, text[m.start : end], m.type, m.subtype, m.origin)
    return None


#: the announcing company's 公司 and a time phrase, which the recogniser may read as a name
_ANNOUNCED_COMPANY = re.compile(r"^(?:该)?公司(?:于|在)[^公]{1,8}$")
#: an adverb or time word the recogniser ran into a name (某某集团现场|与…)
_RUN_ON = re.compile(r"(?:现场|当场|" + time_words_pattern() + r")$")
#: a modal or adverb the recogniser ran into a name before its connector (某某拟|与…)
_MODAL_TAIL = re.compile(r"(?:拟|将|有望|即将|计划|准备|已经|还将|也将)$")
#: what may stand between the second side and the verb
_BEFORE_VERB = re.compile(TIME_PLACE + _ADVERBS)


def split_signing_spans(text: str, mentions: Sequence[Mention], lexicon: object) -> list[Mention]:
    """An organisation span over both sides of a signing, right before its verb (某某科技与某某
    公司签订…, the recogniser ran the two into one): the two, when the second ends as a body's
    name does and the first names someone. A span run on over the verb (某某银行签SWIFT) ends
    before it.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "甲乙科技与丙丁有限公司签订了协议"
    >>> ms = [Mention(0, 11, "甲乙科技与丙丁有限公司", "Organization")]
    >>> [m.text for m in split_signing_spans(t, ms, load_lexicon())]
    ['甲乙科技', '丙丁有限公司']
    >>> t = "甲乙航运与丙丁集团下属戊己有限公司签订了协议"
    >>> ms = [Mention(0, 9, "甲乙航运与丙丁集团", "Organization"),
    ...       Mention(11, 17, "戊己有限公司", "Organization")]
    >>> [m.text for m in split_signing_spans(t, ms, load_lexicon())]
    ['甲乙航运', '丙丁集团', '戊己有限公司']
    >>> t = "甲乙与KDX航空续签合作协议"
    >>> ms = [Mention(0, 6, "甲乙与KDX", "Organization")]
    >>> [m.text for m in split_signing_spans(t, ms, load_lexicon())]
    ['甲乙', 'KDX航空']
    """
    out: list[Mention] = []
    suffixes = lexicon.org_suffixes  # type: ignore[attr-defined]
    for m in mentions:
        verb = VERB.search(text, m.start + 2) if m.type == "Organization" else None
        if m.type == "Organization" and _ANNOUNCED_COMPANY.match(m.text):
            continue  # (…公告，公司于本周一与B签署: the announcer's 公司, read as a name)
        if (
            verb is not None
            and verb.start() < m.end
            and text[m.start : verb.start()].endswith(suffixes)
        ):
            # 某某银行|签SWIFT合作备忘录: the verb and what follows it are no part of the name
            head = text[m.start : verb.start()]
            out.append(Mention(m.start, verb.start(), head, m.type, m.subtype, m.origin))
            continue
        run_on = _RUN_ON.search(m.text) if m.type == "Organization" else None
        if (
            run_on is not None
            and run_on.start() >= 2
            and (
                lexicon.org_of(m.text[: run_on.start()]) is not None  # type: ignore[attr-defined]
                or m.text[: run_on.start()].endswith(suffixes)
            )
            and _SUBJECT_TAIL.match(text, m.start + run_on.start())
        ):
            # 某某集团|现场与C签署: the adverb is the clause's, not the name's
            end = m.start + run_on.start()
            m = Mention(m.start, end, text[m.start : end], m.type, m.subtype, m.origin)
        modal = _MODAL_TAIL.search(m.text) if m.type == "Organization" else None
        if (
            modal is not None
            and modal.start() >= 2
            and _NOT_NAME.search(m.text[: modal.start()]) is None
            and _SUBJECT_TAIL.match(text, m.end)
            and lexicon.org_of(m.text) is None  # type: ignore[attr-defined]
        ):
            # 某某|拟与B签署: a word of the clause the recogniser ran into the name
            end = m.start + modal.start()
            m = Mention(m.start, end, text[m.start : end], m.type, m.subtype, m.origin)
        cut = max(m.text.find("与"), m.text.find("同"), m.text.find("跟"))
        if m.type == "Organization" and cut >= 2 and len(m.text) - cut > 2:
            m = _grown_to_verb(text, m, mentions)  # (某某与KDX|航空续签: the trade word after)
            left, right = m.text[:cut], m.text[cut + 1 :]
            after = _BEFORE_VERB.match(text, m.end)
            signs_next = after is not None and _SIGNING.match(text, after.end()) is not None
            # (某某与某集团|下属某有限公司签订: the group's subsidiary signs after it)
            parent = PARENT_OF.match(text, m.end)
            signs_next = signs_next or (
                parent is not None
                and bool(parent.group())
                and any(x.start == parent.end() and x.type == "Organization" for x in mentions)
            )
            if (
                _NOT_NAME.search(left) is None
                and _NOT_NAME.search(right.removesuffix("集团")) is None  # (not 代表团)
                and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", left)
                and lexicon.org_of(m.text) is None  # type: ignore[attr-defined]
                and (
                    (right.endswith((*suffixes, *TRADE_ENDS)) and signs_next)
                    # (某某股份与某某百货、乙集团签署: a list of counterparts follows)
                    or (len(right) > 3 and not signs_next and _leads_to_signing(text, m.end))
                )
            ):
                kind = "Organization"
                if lexicon.country_of(left) is not None:  # type: ignore[attr-defined]
                    kind = "Country"
                elif lexicon.place_of(left) is not None:  # type: ignore[attr-defined]
                    kind = "Place"
                out.append(Mention(m.start, m.start + cut, left, kind, None, _ORIGIN))
                out.append(Mention(m.start + cut + 1, m.end, right, m.type, m.subtype, _ORIGIN))
                continue
        out.append(m)
    return out


def _grown_to_verb(text: str, m: Mention, mentions: Sequence[Mention]) -> Mention:
    """``m`` grown over the trade word after it that no mention covers, when a signing follows
    (某某与KDX|航空续签…: the recogniser stopped at the Latin letters).

    >>> t = "甲乙与KDX航空续签协议"
    >>> _grown_to_verb(t, Mention(0, 6, "甲乙与KDX", "Organization"), []).text
    '甲乙与KDX航空'
    >>> _grown_to_verb(t, Mention(0, 8, "甲乙与KDX航空", "Organization"), []).text
    '甲乙与KDX航空'
    """
    for k in (2, 4):
        end = m.end + k
        word = text[m.end : end]
        after = _BEFORE_VERB.match(text, end)
        if (
            word.endswith(TRADE_ENDS)
            and re.fullmatch(r"[\u4e00-\u9fff]+", word)
            and not any(x.start < end and m.end < x.end for x in mentions if x is not m)
            and after is not None
            and _SIGNING.match(text, after.end()) is not None
        ):
            return Mention(m.start, end, text[m.start : end], m.type, m.subtype, m.origin)
    return m


#: a counterpart's name no mention covers: Chinese or Latin letters (雅虎, ABC公司)
_NAME_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}")
#: what a counterpart is, written before its name (世界著名旅游度假企业, 法国石油巨头)
_DESCRIBED = re.compile(
    r"[^，。；,;、与和及“”《》]{2,14}?(?:企业|公司|集团|机构|银行|组织|巨头|品牌|运营商|服务商)"
)


def unread_counterparts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The counterpart after a party's connector that no mention covers, when the party is a
    signing's subject (某某集团宣布，与某某达成股权回购协议; 某某集团控股近日与某某金融控股达成…;
    …与某某百货、乙集团签署): the shortest name that leaves only more counterparts, time,
    place and adverbs before the verb; a description before it (世界著名…企业) is not the name.

    >>> t = "甲乙集团宣布，与丙丁达成股权回购协议。"
    >>> [m.text for m in unread_counterparts(t, [Mention(0, 4, "甲乙集团", "Organization")])]
    ['丙丁']
    >>> t = "甲乙集团宣布，与当地企业达成回购协议。"
    >>> unread_counterparts(t, [Mention(0, 4, "甲乙集团", "Organization")])
    []
    """
    out: list[Mention] = []
    covered = [*mentions]
    starts: list[int] = []
    for m in mentions:
        if m.type not in _PARTIES:
            continue
        tail = _SUBJECT_TAIL.match(text, m.end) or _ANNOUNCER_TAIL.match(text, m.end)
        head = next((x.start for x in mentions if x.end == m.start and x.type in _PARTIES), m.start)
        if tail is None or _CONNECTOR_BEFORE.search(text, 0, head):
            continue  # (…与某国某某电力和水务公司签署: the party before 和 is a counterpart too)
        starts.append(tail.end())
    for carried in _CARRIED_WITH.finditer(text):
        # A…，其中与某某签订…: the subject a clause before, a party opening its sentence
        lo = max(text.rfind(c, 0, carried.start()) for c in "。！？\n") + 1
        if any(lo <= m.start < carried.start() and m.type in _PARTIES for m in mentions):
            starts.append(carried.end())
    for start in sorted(set(starts)):
        described = _DESCRIBED.match(text, start)
        for begin in (start, described.end() if described else None):
            if begin is None:
                continue
            run = _NAME_RUN.match(text, begin)
            if run is None or any(x.start < run.end() and begin < x.end for x in covered):
                if run is not None and begin == start:
                    break  # (the counterpart is read: nothing to make)
                continue
            made = None
            for end in range(begin + 2, run.end() + 1):
                if _NOT_NAME.search(text[begin:end]) is None and _leads_to_signing(text, end):
                    made = Mention(begin, end, text[begin:end], "Organization", None, _ORIGIN)
                    break
            if made is not None and _NOT_NAME.search(made.text) is None:
                out.append(made)
                covered.append(made)
                break
    return out


#: a clause carried on from the sentence's subject to a new counterpart (…，其中与某某签订)
_CARRIED_WITH = re.compile(
    r"[，,；;](?:并|还|其中|另外|另|同时|随后|此外|也)+" + TIME_PLACE + r"(?:分别)?(?:与|同|跟)"
)
#: a list joiner after a counterpart, and the next item no mention covers
_NEXT_ITEM = re.compile(r"(?:、|和|及|以及)")


def unread_list_items(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An item of a list of counterparts that no mention covers (…分别与甲集团、某某智能签订;
    与某某能源、乙集团签署), after a read counterpart: the shortest name that leaves only more
    counterparts, time, place and adverbs before the verb.

    >>> t = "甲市与乙集团、丙丁智能分别签订了协议。"
    >>> ms = [Mention(0, 2, "甲市", "Place"), Mention(3, 6, "乙集团", "Organization")]
    >>> [m.text for m in unread_list_items(t, ms)]
    ['丙丁智能']
    >>> unread_list_items("甲市与乙集团、当地企业签订了协议。", ms)
    []
    """
    out: list[Mention] = []
    covered = list(mentions)
    queue = sorted((m for m in mentions if m.type in _PARTIES), key=lambda m: m.start)
    while queue:
        m = queue.pop(0)
        joiner = _NEXT_ITEM.match(text, m.end)
        if joiner is None or not counterpart_slot(text, m.start, m.end):
            continue
        begin = joiner.end()
        run = _NAME_RUN.match(text, begin)
        if run is None or any(x.start < run.end() and begin < x.end for x in covered):
            continue
        for end in range(begin + 2, run.end() + 1):
            word = text[begin:end]
            if _NOT_NAME.search(word) is None and _leads_to_signing(text, end):
                if _GENERIC.search(word) is not None:
                    break
                made = Mention(begin, end, word, "Organization", None, _ORIGIN)
                out.append(made)
                covered.append(made)
                queue.insert(0, made)
                break
    return out


#: what may open a list of a signing's subjects (根据A、B与C签署的…)
_LIST_OPENS = ("根据", "按照", "依据", "由")


def unread_subject_items(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An item of a list of a signing's subjects that no mention covers (根据某某投资、乙市国资委
    与丙公司签署的…; 某某、乙集团与丙签订…), before a read subject: the name after the
    clause's start (or 根据/由) up to the 、, when it could be a company's (no surname first,
    or a trade word last) and names no one in general.

    >>> t = "根据甲乙投资、丙市国资委与丁公司签署的协议"
    >>> ms = [Mention(7, 12, "丙市国资委", "Organization"),
    ...       Mention(13, 16, "丁公司", "Organization")]
    >>> [m.text for m in unread_subject_items(t, ms)]
    ['甲乙投资']
    >>> unread_subject_items(t.replace("甲乙投资", "有关部门"), ms)
    []
    """
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: -x.start):
        if m.type not in _PARTIES or text[m.start - 1 : m.start] != "、":
            continue
        if not subject_slot(text, m.end) and not any(
            x.start == m.end + 1 and text[m.end : m.end + 1] == "、" for x in [*mentions, *out]
        ):
            continue
        end = m.start - 1
        lo, _ = _clause(text, end, end)
        head = next((w for w in _LIST_OPENS if text.startswith(w, lo)), "")
        begin = lo + len(head)
        word = text[begin:end]
        if not (2 <= len(word) <= 6) or not _unread(text, begin, end, [*mentions, *out]):
            continue
        if _GENERIC.search(word) is not None:
            continue
        if not (_unlike_person(word) or word.endswith(TRADE_ENDS)):
            continue
        out.append(Mention(begin, end, word, "Organization", None, _ORIGIN))
    return out


#: counterparts named by their kind (当地企业, 多家银行): no name
_GENERIC = re.compile(
    r"^(?:当地|多家|一批|部分|知名|国内外|省内外|各地|各类|其他|其它|境外|外地|这些|上述)"
    r"|(?:企业|公司|单位|方面|部门|机构|商家|银行|央企|国企|民企|外企)$"
)


#: a counterpart described before a dash and then named (与欧洲第二大酒店集团——法国某某集团
#: 签约; 与全球最大的矿业公司—某某公司签署): the description, up to the dash
_APPOSITIVE = re.compile(
    r"(?:与|同|跟|和)(?P<described>[^，。；,;、与同跟和“”《》]{2,16}?)(?:——|—|－－|--)"
)
#: what makes the words before a dash a description, not a name (第二大, 最大的, 知名, 龙头)
_DESCRIPTION = re.compile(
    r"第[一二三四五六七八九十\d]+大|最大|领先|知名|著名|龙头|巨头|之一|老牌|大型|领军|顶级"
)


def appositive_descriptions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A counterpart described before a dash and named after it (…与欧洲第二大酒店集团——法国
    某某集团签约): what the recogniser read inside the description (二大酒店集团) is no party.

    >>> t = "甲乙也与欧洲第二大酒店集团——法国丙丁集团签约。"
    >>> ms = [Mention(7, 13, "二大酒店集团", "Organization"), Mention(15, 17, "法国", "Country"),
    ...       Mention(17, 21, "丙丁集团", "Organization")]
    >>> [m.text for m in appositive_descriptions(t, ms)]
    ['法国', '丙丁集团']
    >>> t = "甲乙与丙丁集团——戊己公司签约。"
    >>> ms = [Mention(3, 7, "丙丁集团", "Organization"), Mention(9, 13, "戊己公司", "Organization")]
    >>> len(appositive_descriptions(t, ms))
    2
    """
    drop: set[Mention] = set()
    for match in _APPOSITIVE.finditer(text):
        lo, hi = match.span("described")
        if _DESCRIPTION.search(match.group("described")) is None:
            continue
        named = [m for m in mentions if m.start >= match.end() and m.type in _PARTIES]
        if (
            not named
            or named[0].start > match.end()
            or not _leads_to_signing(text, max(m.end for m in named if m.start < match.end() + 12))
        ):
            continue
        drop |= {m for m in mentions if lo <= m.start and m.end <= hi and m.type == "Organization"}
    return [m for m in mentions if m not in drop]
