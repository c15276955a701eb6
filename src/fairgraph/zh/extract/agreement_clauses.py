"""Signing clauses and their parties: where an agreement is signed and between whom.

* ``signing_clauses`` — a signing verb (签署, 签订, 签约, 签定, 达成 …) followed by an
  agreement noun (协议, 框架协议, 备忘录, 合同, 意向书 …) within the clause;
* ``bare_signings``   — 签约 closing its clause (A分别与B、C签约，…);
* ``represented_by``  — 某公司总经理王某与…签署: the person signs for the company before him;
* ``party_groups``    — A与B、C、D签署 / A分别与B、C签署 / A和B签订 → A–B, A–C, A–D;
  A、B两家企业分别与C签署 / A还分别与B、C签署 → A–C, B–C / A–B, A–C;
* ``pairs_after_verb`` / ``named_pairs`` — 签订A与B友好城市协议 / A与B战略合作协议签约仪式;
* ``agreement_name``  — the type (战略合作框架协议) and a title in 《…》;
* ``unnamed_counterparts`` — A与某某就…签订: the name between 与 and 就 is a party even when
  the recogniser did not tag it.

>>> from fairgraph.model import Span
>>> [c.name for c in signing_clauses(Sentence(Span(0, 10, "甲与乙签署了合作协议。"), ()))]
['合作协议']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from fairgraph.model import Mention
from fairgraph.zh.extract.numbers import CHINESE_DIGITS
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.lexicon.tables import (
    ABBREVIATED_COUNTRY,
    agreement_nouns,
    connector_place_names,
    time_words_pattern,
)

SIGNING_VERBS = ("正式签署", "签署", "签订", "签约", "签定", "签下", "签有", "续签", "达成", "缔结")
#: the words naming a signed paper that a signing verb is followed by (``agreement_nouns.tsv``),
#: a longer word before the shorter one it begins with (框架协议书, 框架协议; 协议书, 协议)
AGREEMENT_NOUNS = agreement_nouns("signed")
#: a signing verb; 签 alone only right before what it signs (签合作备忘录, 签了《…》)
VERB = re.compile(
    "|".join(SIGNING_VERBS)
    # (签SWIFT合作备忘录: a Latin name before what is signed)
    + r"|签(?=了?(?:[A-Za-z][A-Za-z0-9&;]{1,20})?(?:《|合作|框架|战略|协议|备忘录|合同|意向))"
)
_NOUN = re.compile(
    r"^(?:了|的)?(?:《[^》]{2,100}》|[^，。；！？]{0,40}?(?:"
    + "|".join(AGREEMENT_NOUNS)
    + r")[”」]?)"
)
_TITLE = re.compile(r"《([^》]{2,80})》")
_CONNECTORS = ("分别与", "分别同", "与", "同", "和", "跟")
#: an adverb between a party and its connector (A还与B, A正在和B, A已经同B)
_ADVERB = (
    r"还|也|又|并|均|都|将|已经|已|共同|同时|先后|正在|曾经|曾|随即|首次|再次|成功|率先|正式"
    r"|刚刚|早已|除了|现场|当场"  # (A除了与B签约外，还与C签署; A与B现场与C)
    r"|此次|本次|这次"  # (A此次与B签署)
    r"|即|便|就"  # (A当场即与B签订, A随后便与B签约, A此前就与B签署)
    r"|则"  # (A则与B签署, A则在现场与B签约: the next of several signings)
)
#: what joins a party to its counterparts: an optional head count of a list of parties
#: (A、B两家企业分别与C), an adverb (还/也/又…), 分别, then the connector
_LINK = re.compile(
    r"(?P<count>等?[两二三四五六七八九十几多\d]+(?:家|所|个)(?:企业|公司|单位|机构|高校|院校|银行|城市)?"
    r"|等(?:企业|公司|单位|机构|高校|院校|银行|城市))?"  # (A、B等企业分别与C)
    r"(?:" + _ADVERB + r"){0,3}(?P<each>分别)?(?:与|同|和|跟)"
    r"(?:(?:项目)?(?:投资方|引进方|合作方|签约方|承接方|甲方|乙方)[：:]?)?"  # 与投资方某某
    r"(?:该(?:省|市|县|区|镇|乡|州))?"  # 与该镇某某村: the place the report just named
    r"(?:来自[^，。；、与同和跟的]{1,10}的)?"  # 与来自德国的某公司: where the counterpart is from
    r"(?:[^，。；、—《“]{2,16}——)?"  # 与欧洲第二大酒店集团——某集团: what it is, then its name
    # 与某集团旗下的某公司: the parent only says whose the counterpart is
    r"(?:[\u4e00-\u9fff]{2,12}?(?:旗下|下属|所属)(?:的)?(?:全资|控股)?(?:子公司)?)?"
)
#: a delegation or group right after the name of its sender (甘肃代表团, 某市经贸考察团)
_DELEGATION = re.compile(
    r"(?:经贸|商务|投资|政府|党政|企业|招商)?(?:代表团|考察团|参展团|交易团|洽谈团)(?:一行)?"
)
#: the time words of a day, not its part (今天, 当天, 次日, 日前, 随后: ``time_words.tsv``)
_DAY_WORDS = time_words_pattern("report-day", "same-day", "recent", "sequence")
#: any time word
_TIME_WORD = time_words_pattern()
#: a part of the day (上午, 晚间)
_PARTS = time_words_pattern("part")
#: a place or time phrase between a party and its connector (A在西宁与B…, A于10日同B…, A今天与B…)
#: (also a day and a place together: A昨日在南昌与B…, A 12日上午在西宁与B…)
_WHEN = (
    r"(?:" + _DAY_WORDS + r"|目前|最近|"
    # a year, its part or month (1997年, 今年年初, 去年12月, 年底): an older report's time
    r"(?:(?:1[89]|20)\d{2}|[今去前])年(?:年初|年底|年末|初|底|"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|底)?)?|年初|年底|"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"(?:"
    + _PARTS
    + r"|期间)?"
    + r"|"
    + _PARTS  # the part of the day alone (A上午与B…)
    # an event of the party's own just before (A成立后当场即与B…, A揭牌后随即与B…)
    + r"|(?:成立|揭牌|挂牌|上市|开业|重组|改制|会谈|会见|会晤)(?:之)?后"
)
#: one character of a place phrase, or a whole place name holding a connector's character
#: (A在呼和浩特与B…, A在大同同B…: ``connector_place_names``)
_PLACE_UNIT = r"(?:" + "|".join(map(re.escape, connector_place_names())) + r"|[^，。；、与同和跟])"
#: time and place phrases as a pattern other modules build on (双方7月8日在西宁签署, …，并当天
#:在大会现场与B签署): any number of times and places, each optional
TIME_PLACE = r"(?:(?:" + _WHEN + r")|(?:在|于)" + _PLACE_UNIT + r"{1,14}?(?:上午|下午|期间)?)*"
_WHERE_WHEN = re.compile(
    # (an adverb before the phrase: A也于7月8日同B…, A还在西宁与B…)
    r"(?:(?:还|也|又|已经|已|均|都|同时|先后|曾|则)?(?:在|于)"
    + _PLACE_UNIT
    + r"{1,14}?(?:上午|下午|晚间|期间)?|"
    # (A借助某会平台同B…, A作为甲方与B…: the means or the capacity)
    r"(?:借助|依托|借力|通过|作为)[^，。；、与同和跟]{1,12}?|"
    # (A就共建某园与B签署, A围绕某领域同B…: the topic before the connector)
    r"(?:就|围绕|针对|关于)[^，。；、与同和跟]{2,16}?|"
    r"(?:还|也|又|已经|已|均|都|同时|先后|曾|则)?(?:" + _WHEN + r")){1,3}?"
    r"(?=(?:" + _ADVERB + r"){0,3}(?:分别)?(?:与|同|和|跟))"  # (A成立后当场即与B…)
)
#: a party's announcement between it and the signing it reports (A宣布，与B…; A今日公告称，公司与B…)
_ANNOUNCES = re.compile(
    r"(?:" + _WHEN + r")?(?:午间|晚间|盘后|盘前|周[一二三四五六日])*"
    r"(?:(?:发布|发出)[\u4e00-\u9fff]{0,4}?(?=公告))?"  # (发布重大合同公告)
    r"(?:(?:公告)?(?:称|宣布|表示|透露|披露)|公告)[，,：:]?"
    # (…公告称，2013年5月3日，其与B签署: the day in a clause of its own)
    r"(?:(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日[，,])?(?:公司|该公司|其|集团)?"
    # (…公告称，公司于2013年5月3日与B签署: the day between the company and its connector)
    r"(?:于(?:(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日|[本上]周[一二三四五六日]|近日|日前))?"
    # (公司在某会上与B签署: a place or time phrase may follow the company)
    r"(?=(?:还|也|又|已经|已|将|共同)?(?:分别)?(?:与|同|和|跟)|(?<=公司)(?:在|于))"
)
#: 分别 and a connector right after a list of subjects (A和B分别与C)
_EACH_WITH = re.compile(r"(?:还|也|又|并|均|都|共同|同时|先后)?分别(?:与|同|跟)")
#: an adverb and a connector right after a list of subjects (A、B和C都与D, A和B也同C)
_ALL_WITH = re.compile(r"(?:均|都|也|还|又|共同|同时|先后|已|正在)+(?:分别)?(?:与|同|跟)")
#: a connector right before a party: it is a counterpart, never a subject (…与A和B签署)
_AFTER_CONNECTOR = re.compile(
    r"(?:与|同|跟)(?:[\u4e00-\u9fff]{2,12}?(?:旗下|下属|所属)(?:的)?(?:全资|控股)?(?:子公司)?)?$"
)
#: 双方 right after the second of two parties listed with 、 (A、B双方签署)
_BOTH_SIDES = re.compile(r"(?:双方|两方)(?:共同|正式|在[^，。；]{1,12}?)?(?:签|代表)")
_LEFT_GAPS = {"、", "和", "及", "以及"}
#: what joins a list of subjects that all sign with one counterpart without 分别 (A、B与C签署)
_BARE_LEFT_GAPS = {"、", "和", "及"}
_LIST_GAPS = {"", "、", "，", "和", "及", "以及", "与", " "}
PARTY_TYPES = ("Organization", "Country", "Place")
_NOUN_ANY = re.compile("|".join(n for n in AGREEMENT_NOUNS if n != "项目"))
_CEREMONY = re.compile(r"签(?:字|约|署|订)(?:仪式)?")
#: 签约项目包括：A与B的某某项目… / 现场签约的重点项目有A与B某某项目: the projects signed, by name
_PROJECTS_LISTED = re.compile(r"签约[^。；：]{0,8}项目[^。；]{0,4}?(?:包括|有|为|如下)")
_NOUN_OR_PROJECT = re.compile("|".join(AGREEMENT_NOUNS))
_PHRASE_STOP = "，。；、“”《,;"
_BARE_SIGNING = re.compile(
    r"(?<!代表双方)(?<!见证)签约(?=(?:落地|合作|成功)?(?:[，。；！？]|$)|(?:总)?金额"
    r"|外[，,]"  # (除了与B签约外，…)
    r"|现场(?![会办])"  # (在A与B签约现场: the signing's scene; not 现场会, 现场办公)
    r"|(?:后|之后|以后)[，,]"  # (A与B签约后，又与C签署…: the first signing done)
    # (A与B签约共建某平台: what they signed to do follows)
    r"|(?:共建|共同建设|合作共建|联合共建|共同打造|打造|落户)[\u4e00-\u9fff])"
)
_BARE_NAME = "协议"


#: PARTY 与 X 就 … 签: X, a counterpart named before the subject of the talks
_TALKS_WITH = re.compile(
    r"(?:与|同|和)([\u4e00-\u9fffA-Za-z]{2,10}?)就[^。；！？]{1,40}?(?:签订|签署|签约|达成)"
)
#: PARTY 与 X 签订…: X, a counterpart named right before the signing verb (A与华某科技签约)
_SIGNS_WITH = re.compile(
    r"(?:与|同|和)([\u4e00-\u9fffA-Za-z]{2,8}?)(?:在[^，。；与同和]{1,12}?)?"
    r"(?:正式|共同|成功|现场)?(?:签订|签署|签约|续签|签定|草签)"
)
#: counterparts named by their kind, not by a name (外商, 当地企业, 多家银行)
_GENERIC_COUNTERPART = re.compile(
    r"^(?:当地|多家|一批|部分|知名|国内外|省内外|各地|各类|有关|相关|其他|其它|境外|外地|这些|上述)"
    r"|(?:外商|客商|投资商|企业家|投资者|开发商|企业|公司|单位|方面|部门|机构|商家|银行|代表"
    r"|央企|国企|民企|外企|方|团|人"
    # the roles of a fair's or a deal's sides (参展商, 采购商, 主宾国, 东道主, 成员国)
    r"|[展购应销理包营]商|[宾道员]国|东道主|业主)$"
    r"|[的了就将在已把被对向为从等]"
    r"|协议|备忘录|合同|意向书|仪式"  # 与某某战略合作协议签约仪式: the agreement, no counterpart
)
#: words that stand where a counterpart's name would but name none
_NOT_NAMES: tuple[str, ...] = (
    "双方",
    "对方",
    "外方",
    "中方",
    "我方",
    "该",
    "其",
    "本",
    "各",
    "有关",
    "相关",
)
# the report's own place (我省, 我市, 我区: extract/places.own_place_parties reads it)
_NOT_NAMES += ("我省", "我市", "我区")


@dataclass(frozen=True)
class SigningClause:
    verb_start: int
    verb_end: int
    name: str  # the agreement phrase after the verb, e.g. 战略合作框架协议


def signing_clauses(sentence: Sentence) -> list[SigningClause]:
    """Signing verbs followed (within the clause) by an agreement noun."""
    out = []
    for verb in VERB.finditer(sentence.text):
        rest = sentence.text[verb.end() :]
        noun = _NOUN.match(rest)
        if noun is None:
            continue
        start = sentence.start + verb.start()
        name = noun.group().lstrip("了")
        name = name[1:] if name.startswith("的《") else name  # (签署的《某合同》)
        out.append(SigningClause(start, sentence.start + verb.end(), name))
    return out


#: 某协议由A与B签署 / 协议由双方代表签订: the agreement named first, its parties after 由
_PASSIVE = re.compile(
    r"(《[^》]{2,100}》|[^，。；由“”]{0,40}?(?:"
    + "|".join(n for n in AGREEMENT_NOUNS if n != "项目")
    + r"))[”」]?(?:均|分别)?由[^，。；]{2,80}?(?:共同|正式|分别)?"
    r"(签署|签订|签约|签定)(?=了?[，。；！？]|$)"
)


def passive_signings(sentence: Sentence) -> list[SigningClause]:
    """某协议由A与B签署: the agreement named before 由, its parties between 由 and the verb.

    >>> from fairgraph.model import Span
    >>> t = "战略合作协议由甲省政府与乙集团共同签署。"
    >>> [c.name for c in passive_signings(Sentence(Span(0, len(t), t), ()))]
    ['战略合作协议']
    >>> passive_signings(Sentence(Span(0, 9, "由甲与乙签署协议"), ()))
    []
    """
    out = []
    for match in _PASSIVE.finditer(sentence.text):
        start = sentence.start + match.start(2)
        name = match.group(1).lstrip("该此这份项").lstrip("了")
        out.append(SigningClause(start, start + len(match.group(2)), name))
    return out


#: X和Y分别代表双方签约 (no agreement named): the signatories' bodies sign
_SIDES_SIGN = re.compile(r"代表双方(?:在[^，。；]{1,8}?上)?(签约|签字)(?=[，。；！？]|$)")


def sides_signings(sentence: Sentence) -> list[SigningClause]:
    """签约 after 代表双方, closing its clause: a signing whose parties only the signatories'
    titles name (X省副省长甲和Y集团董事长乙代表双方签约).

    >>> from fairgraph.model import Span
    >>> [c.name for c in sides_signings(Sentence(Span(0, 9, "甲和乙代表双方签约。"), ()))]
    ['协议']
    >>> t = "甲和乙代表双方在协议上签字。"
    >>> [c.verb_start for c in sides_signings(Sentence(Span(0, len(t), t), ()))]
    [11]
    """
    out = []
    for verb in _SIDES_SIGN.finditer(sentence.text):
        start = sentence.start + verb.start(1)
        out.append(SigningClause(start, start + len("签约"), _BARE_NAME))
    return out


#: A与B举行了某某签约仪式: a signing ceremony the parties hold (举行 is where the clause's verb is)
_HELD_CEREMONY = re.compile(
    r"(?:举行|举办)了?[^，。；与和同]{0,20}?(?:签约|签字|签署|签订)仪式"
    # A与B(的)合作签约仪式在西宁举行: the ceremony the clause is about
    r"|(?P<topic>的?(?:战略合作|合作|项目|投资|共建)?(?:签约|签字)仪式[^，。；]{0,16}?(?:举行|举办))"
)


def held_ceremonies(sentence: Sentence) -> list[SigningClause]:
    """举行…签约仪式 after two parties (A与B日前举行了共建签约仪式): a signing of an unnamed
    agreement, typed 协议; read only when no other signing of the sentence names a pair.

    >>> from fairgraph.model import Span
    >>> t = "甲与乙举行了战略合作签约仪式"
    >>> [(c.verb_start, c.name) for c in held_ceremonies(Sentence(Span(0, len(t), t), ()))]
    [(3, '协议')]
    """
    out = []
    parties = [m for m in sentence.mentions if m.type in PARTY_TYPES]
    ends = {  # the second of two parties joined by a connector (A与B合作签约仪式)
        b.end
        for a, b in zip(parties, parties[1:], strict=False)
        if sentence.between(a.end, b.start) in _CONNECTORS
    }
    for held in _HELD_CEREMONY.finditer(sentence.text):
        start = sentence.start + held.start()
        if held.group("topic") and start not in ends:
            continue  # (the ceremony of the parties named right before it: A与B合作签约仪式)
        out.append(SigningClause(start, start + 2, _BARE_NAME))
    return out


def bare_signings(sentence: Sentence) -> list[SigningClause]:
    """签约 closing its clause with no agreement noun (A分别与B、C签约，…): a signing of an
    unnamed agreement, typed 协议.

    >>> from fairgraph.model import Span
    >>> [c.name for c in bare_signings(Sentence(Span(0, 8, "甲与乙签约，金额一亿元"), ()))]
    ['协议']
    >>> bare_signings(Sentence(Span(0, 8, "甲与乙举行签约仪式"), ()))
    []
    >>> [c.verb_start for c in bare_signings(Sentence(Span(0, 11, "记者在甲与乙签约现场看到"), ()))]
    [6]
    """
    out = []
    for verb in _BARE_SIGNING.finditer(sentence.text):
        start = sentence.start + verb.start()
        out.append(SigningClause(start, start + len("签约"), _BARE_NAME))
    return out


#: 签约 with its counterpart as its object (甲集团签约乙集团。 甲市正式签约乙公司，…)
_OBJECT_SIGNING = re.compile(r"(?<![与同和跟])签约(?!仪式|项目|金额|额|现场|活动|会|代表)")
_BEFORE_OBJECT_SIGNING = re.compile(r"^(?:正式|成功|现场|已|还|也|又|再|" + _TIME_WORD + ")*$")


def object_signing_pairs(sentence: Sentence) -> list[tuple[Mention, Mention, SigningClause]]:
    """A签约B (a headline's or a business report's form): the party right before 签约 and the
    one that is its object, closing the clause, sign with each other.

    >>> from fairgraph.model import Span
    >>> t = "甲集团正式签约乙公司。"
    >>> ms = (Mention(0, 3, "甲集团", "Organization"), Mention(7, 10, "乙公司", "Organization"))
    >>> [(a.text, b.text) for a, b, _ in object_signing_pairs(Sentence(Span(0, len(t), t), ms))]
    [('甲集团', '乙公司')]
    >>> t = "甲集团签约法国乙公司。"
    >>> ms2 = (ms[0], Mention(5, 7, "法国", "Country"), Mention(7, 10, "乙公司", "Organization"))
    >>> [(a.text, b.text) for a, b, _ in object_signing_pairs(Sentence(Span(0, len(t), t), ms2))]
    [('甲集团', '乙公司')]
    >>> t = "甲集团签约乙公司的项目。"
    >>> ms = (ms[0], Mention(5, 8, "乙公司", "Organization"))
    >>> object_signing_pairs(Sentence(Span(0, len(t), t), ms))
    []
    """
    out = []
    base = sentence.start
    parties = [m for m in sentence.mentions if m.type in PARTY_TYPES]
    for verb in _OBJECT_SIGNING.finditer(sentence.text):
        start, end = base + verb.start(), base + verb.end()
        after = [
            m
            for m in parties
            if m.start == end or (m.start == end + 1 and sentence.between(end, m.start) == "了")
        ]
        before = [m for m in parties if m.end <= start]
        if not after or not before:
            continue
        right, left = after[0], before[-1]
        led = next((m for m in parties if m.start == right.end and m.type == "Organization"), None)
        if right.type == "Country" and led is not None:
            right = led  # (甲集团签约法国某集团: the company of that country)
        closes = sentence.between(right.end, right.end + 1)
        if closes not in ("", "，", "。", "；", "！", "？") or _is_location(
            sentence.text, left.start - base
        ):
            continue
        if not _BEFORE_OBJECT_SIGNING.match(sentence.between(left.end, start)):
            continue
        out.append((left, right, SigningClause(start, end, _BARE_NAME)))
    return out


def agreement_name(phrase: str) -> tuple[str, str | None]:
    """(type, title) of an agreement phrase.

    >>> agreement_name("投资总额536亿元的18个重点项目合作协议")
    ('重点项目合作协议', None)
    >>> agreement_name("“十五五”战略合作框架协议")
    ('战略合作框架协议', '“十五五”战略合作框架协议')
    >>> agreement_name("《甲乙两省建立友好关系协议书》")
    ('协议书', '甲乙两省建立友好关系协议书')
    """
    title_match = _TITLE.search(phrase)
    if title_match:
        title = title_match.group(1)
        noun = next((n for n in AGREEMENT_NOUNS if title.endswith(n)), title)
        return noun, title
    if "的" in phrase:
        phrase = phrase[phrase.rfind("的") + 1 :]
    phrase = re.sub(r"^[\d一二三四五六七八九十百千万余多]+(?:个|项|份|批)", "", phrase)
    phrase = phrase.strip("，、 ")
    quoted = re.sub(r"“[^”]*”", "", phrase)
    if quoted != phrase:
        return quoted.strip() or phrase, phrase
    return phrase, None


#: a country's firms left unnamed (美国有关公司, 日本多家企业): the firms sign, not the country
_UNNAMED_FIRMS = re.compile(
    r"(?:有关|相关|一些|多家|几家|部分|一家|某|的)(?:公司|企业|厂商|厂家|银行|机构|财团|集团)"
)


def party_groups(
    sentence: Sentence, verb_start: int, floor: int | None = None
) -> list[tuple[Mention, Mention]]:
    """Bilateral pairs (left party, counterpart) stated before a signing verb.

    Only parties of the verb's own clause count: those after ``floor`` (the end of the
    previous signing) and after the last "；" before the verb (A与B签署X；C与D签署Y).
    """
    text = sentence.text
    base = sentence.start
    lower = clause_floor(sentence, verb_start, floor)
    candidates = [
        m
        for m in sentence.mentions
        if m.type in PARTY_TYPES
        and lower <= m.start
        and m.end <= verb_start
        and not _is_location(text, m.start - base)
        and not (m.type == "Country" and text[m.end - base : m.end - base + 1] == "区")
        and not (m.type == "Country" and _UNNAMED_FIRMS.match(text, m.end - base))
    ]  # (某集团中国区总裁: a company's regional unit, no party; 美国有关公司: unnamed firms)
    candidates = _outside_declared(sentence, candidates)
    pairs: list[tuple[Mention, Mention]] = paired_list(sentence, candidates)
    if pairs:
        return pairs
    for a, b in zip(candidates, candidates[1:], strict=False):
        # A、B双方签署: the two sides named as a list before 双方
        if sentence.between(a.end, b.start) == "、" and _BOTH_SIDES.match(
            text, represented_by(sentence, b) - base
        ):
            return [(a, b)]
    joined: set[int] = set()  # subjects joined to the one before by 与 (A与B当天与C)
    for i, left in enumerate(candidates):
        sender_end = represented_by(sentence, left)
        delegation = _DELEGATION.match(text, sender_end - base)
        if delegation is not None:  # 甘肃代表团与B签署: the delegation signs for its sender
            sender_end = base + delegation.end()
        end = after_where_when(sentence, sender_end) - base
        announced = _ANNOUNCES.match(text, end)
        if announced is not None:
            end = after_where_when(sentence, base + announced.end()) - base
        if text[end : end + 1] in ("，", ",") and (
            text[: left.start - base].endswith("代表")
            or after_where_when(sentence, base + end + 1) > base + end + 1
        ):
            # X代表A，在兰州与B签约: the body X signs for goes on past the comma; so does a
            # subject set off by a comma before its time and place (A，6月22日在北京与B签署)
            end = after_where_when(sentence, base + end + 1) - base
        link = _LINK.match(text, end)  # A在西宁与B签署, A于7月10日在某某会上与B签署
        if link is None:
            continue
        if link.group().endswith("和") and _AFTER_CONNECTOR.search(text, 0, left.start - base):
            continue  # 与A和B签署: A and B are both counterparts of a subject said elsewhere
        group = _following_list(sentence, candidates[i + 1 :], base + link.end(), verb_start)
        if link.group().endswith(("和", "及")) and (
            _joined_by_with(sentence, group)
            or (group and _EACH_WITH.match(text, group[-1].end - base))
            or (group and _ALL_WITH.match(text, after_where_when(sentence, group[-1].end) - base))
        ):
            continue  # A和B与C签署, A和B分别与C, A、B和C都与D: 和 joins the subjects
        if (
            group
            and link.group() in ("与", "同", "跟")
            and _SECOND_WITH.match(text, after_where_when(sentence, group[-1].end) - base)
            and any(group[-1].end < m.start for m in candidates)
        ):
            joined.add(i + 1)  # A与B当天与C签署 / A与B现场与C: 与 joins the subjects A and B
            continue
        if group:
            group = _last_partners(sentence, candidates, group, verb_start)
        each = bool(link.group("each") or link.group("count"))
        # A、B与C签署: each listed subject signs with C (a list joined by 、 only, unless 分别)
        gaps = _LEFT_GAPS if each else _BARE_LEFT_GAPS
        lefts = _preceding_list(sentence, candidates[:i], left, gaps) + [left]
        if i in joined:
            lefts = [candidates[i - 1], *lefts]
        head = lefts[0].start - base
        if head and any(c.end - base == head and c.type == "Country" for c in candidates):
            head = next(c.start for c in candidates if c.end - base == head) - base
        if _AFTER_CONNECTOR.search(text, 0, head):
            continue  # 分别与A公司、B公司和C公司达成: all are counterparts of a subject unread
        if _respectively(sentence, link, lefts, group):
            pairs.extend(zip(lefts, group, strict=True))  # A、B分别与C、D签署: A–C, B–D
        elif (len(lefts) > 1 and _joint_list(sentence, link, group, verb_start)) or _all_sides(
            sentence, len(lefts) + len(group), group, verb_start
        ):
            # A、B和C还签订了: one list; A与B、C三方签署: the three sides; each with each
            listed = [*lefts, *group]
            pairs.extend((a, b) for k, a in enumerate(listed) for b in listed[k + 1 :])
        else:
            pairs.extend((one, right) for one in lefts for right in group)
        if group:
            break
    return pairs


#: a second connector after A与B (A与B当天与C, A与B现场与C): the first joined the subjects
_SECOND_WITH = re.compile(r"(?:现场|当场|共同|一起|一同|还|也|又|均|都|分别)*(?:与|同|跟)")
#: a company referred back to opening a signing clause (该公司当天与B签署; 记者从A了解到，公司
#:于近日与B签署): the anaphor, then time, place and adverbs up to the connector
_ANAPHOR_SUBJECT = re.compile(
    # (某某股份有限公司关于公司与B签订重大合同的公告: an announcement's headline)
    r"(?:^|[，,；;：:]|关于)\s*(?:会上|会后|当天|随后|同时|此外|另外|据悉|据了解|目前|近日|日前)?[，,]?"
    r"(?P<anaphor>该公司|该集团|该企业|该行|该校|本公司|公司|集团|其(?=在|于|还|也|又|已|分别|与|同|跟))"
    + TIME_PLACE
    + r"(?:"
    + _ADVERB
    + r"){0,3}(?:分别)?(?:与|同|跟)"
)


def anaphor_pairs(
    sentence: Sentence,
    verb_start: int,
    previous: Sentence | None = None,
    earlier: Sequence[Sentence] = (),
) -> list[tuple[Mention, Mention]]:
    """该公司与B签署 (公司于近日与B签署): the company last named before the anaphor, in this
    sentence or the one before, signs with the counterparts after the connector; a government
    is never what 该公司 refers to. 该公司/该集团 may point further back, to the company named in
    an ``earlier`` sentence of the paragraph (nearest first; a bare 公司 does not).

    >>> from fairgraph.model import Span
    >>> t = "甲公司是龙头企业，该公司当天与乙市人民政府签署了协议"
    >>> ms = (Mention(0, 3, "甲公司", "Organization", "Company"),
    ...       Mention(15, 21, "乙市人民政府", "Organization", "Government"))
    >>> [(a.text, b.text) for a, b in anaphor_pairs(Sentence(Span(0, len(t), t), ms), 22)]
    [('甲公司', '乙市人民政府')]
    >>> t = "这尤以甲集团最为抢眼，其在今年分别与乙公司、丙公司达成协议"
    >>> ms = (Mention(3, 6, "甲集团", "Organization"), Mention(18, 21, "乙公司", "Organization"),
    ...       Mention(22, 25, "丙公司", "Organization"))
    >>> [(a.text, b.text) for a, b in anaphor_pairs(Sentence(Span(0, len(t), t), ms), 25)]
    [('甲集团', '乙公司'), ('甲集团', '丙公司')]
    """
    base = sentence.start
    local = sentence.text[: verb_start - base]
    found = None
    for match in _ANAPHOR_SUBJECT.finditer(local):
        found = match
    if found is None:
        return []
    anaphor = base + found.start("anaphor")
    link_end = base + found.end()
    after = [m for m in sentence.mentions if m.type in PARTY_TYPES and link_end <= m.start]
    group = _following_list(sentence, after, link_end, verb_start)
    if not group:
        return []
    sources = [[m for m in sentence.mentions if m.end <= anaphor]]
    if previous is not None:
        sources.append(list(previous.mentions))
    if found.group("anaphor").startswith("该"):
        sources += [list(e.mentions) for e in earlier]
    its = found.group("anaphor") == "其"  # (A最为抢眼，其在今年分别与B、C达成…: any party)
    for mentions in sources:
        named = [
            m
            for m in mentions
            if (m.type == "Organization" or (its and m.type == "Country"))
            and (its or m.subtype != "Government")
            and not m.text.endswith(_NO_COMPANY)
            and not (its and any(x.start == m.end and x.type in PARTY_TYPES for x in mentions))
        ]
        if named:
            return [(named[-1], right) for right in group if right.text != named[-1].text]
    return []


#: bodies 该公司 never refers to
_NO_COMPANY = ("政府", "委员会", "管委会", "局", "厅", "部", "办", "委", "党委", "大学", "学院")


#: what may stand between a joint list of signers and the verb (A、B和C还签订了, 三方共同签署)
_JOINT_TAIL = re.compile(
    r"(?:[两三四五六](?:方|家|地|省|市|国)(?:政府)?)?(?:共同|正式|当场|现场|还|也|又|已)*"
)


def _joint_list(
    sentence: Sentence, link: re.Match[str], group: Sequence[Mention], verb_start: int
) -> bool:
    """A、B和C签订了…: a bare 和 (or 及) closing a list of signers right before the verb joins
    them all as one subject; they sign with each other (three parties → three pairs)."""
    if not group or link.group() not in ("和", "及"):
        return False
    return _JOINT_TAIL.fullmatch(sentence.between(group[-1].end, verb_start)) is not None


#: the count of all the sides of one signing right after its parties (A与B、C三方签署)
_ALL_SIDES = re.compile(
    r"(?:三|四|五)(?:方|家(?:单位|企业|公司|机构|银行)?|所(?:高校|大学)?)(?:又|还|也|已|已经|共同|正式)*"
)


def _all_sides(sentence: Sentence, count: int, group: Sequence[Mention], verb_start: int) -> bool:
    """A与B、C三方签署 (某公司与甲、乙三方已经签署): the count of sides after the parties is
    the number of parties named, all of whom sign one agreement together.

    >>> from fairgraph.model import Span
    >>> t = "甲公司与乙公司、丙公司三方签署协议"
    >>> ms = [Mention(4, 7, "乙公司", "Organization"), Mention(8, 11, "丙公司", "Organization")]
    >>> _all_sides(Sentence(Span(0, len(t), t), tuple(ms)), 3, ms, 13)
    True
    >>> _all_sides(Sentence(Span(0, len(t), t), tuple(ms)), 2, ms, 13)
    False
    """
    if not group:
        return False
    tail = sentence.between(group[-1].end, verb_start)
    return _ALL_SIDES.fullmatch(tail) is not None and CHINESE_DIGITS[tail[0]] == count


def _respectively(
    sentence: Sentence, link: re.Match[str], lefts: Sequence[Mention], group: Sequence[Mention]
) -> bool:
    """A、B分别与C、D签署: two closed lists of the same length with 分别 between them pair
    off in order (A–C, B–D; gold/README); a list left open (C、D等) or of another length, or
    no 分别 between the lists, is each with each.

    >>> from fairgraph.model import Span
    >>> t = "甲市、乙市分别与丙公司、丁公司签署协议"
    >>> ms = [Mention(0, 2, "甲市", "Place"), Mention(3, 5, "乙市", "Place"),
    ...       Mention(8, 11, "丙公司", "Organization"), Mention(12, 15, "丁公司", "Organization")]
    >>> s = Sentence(Span(0, len(t), t), tuple(ms))
    >>> _respectively(s, _LINK.match(t, 5), ms[:2], ms[2:])
    True
    >>> _respectively(s, _LINK.match(t, 5), ms[:2], ms[2:3])
    False
    """
    if not link.group("each") or len(lefts) < 2 or len(lefts) != len(group):
        return False
    return not sentence.between(group[-1].end, group[-1].end + 1).startswith("等")


#: what follows a fair named as where something happens (在某某洽谈会上, 在某某会期间)
_AT_FAIR_END = re.compile(r"(?:开幕式|闭幕式|签约仪式|开幕|现场)?(?:上|期间|现场|中)?")


def after_where_when(sentence: Sentence, pos: int) -> int:
    """Where the text after a party goes on once the place and time phrases written there are
    passed (A在西宁与B, A于7月10日与B, A在第某届某某合作与投资洽谈会上与B, whose name may hold
    与 itself): ``pos`` when there are none.

    >>> from fairgraph.model import Span
    >>> t = "甲在第五届某某合作与投资洽谈会上与乙签署协议"
    >>> s = Sentence(Span(0, len(t), t), (Mention(2, 15, "第五届某某合作与投资洽谈会", "Fair"),))
    >>> t[after_where_when(s, 1):]
    '与乙签署协议'
    """
    base = sentence.start
    for _ in range(3):
        fair = next(
            (
                m
                for m in sentence.mentions
                if m.type == "Fair"
                and m.start == pos + 1
                and sentence.text[pos - base : pos - base + 1] in ("在", "于")
            ),
            None,
        )
        tail = _AT_FAIR_END.match(sentence.text, fair.end - base) if fair is not None else None
        if tail is not None:
            pos = base + tail.end()  # (the pattern matches empty text too)
            continue
        where = _WHERE_WHEN.match(sentence.text, pos - base)
        if where is None or where.end() == pos - base:
            break
        pos = base + where.end()
    return pos


def paired_list(sentence: Sentence, parties: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """A与B、C与D签署了两个协议: a list of pairs, each pair joined by 与 (和, 同), the pairs by 、;
    each pair signs its own agreement.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "甲市与乙市、丙州与丁市签署了2个合作协议"
    >>> ms = tuple(Mention(i, i + 2, t[i : i + 2], "Place") for i in (0, 3, 6, 9))
    >>> [(a.text, b.text) for a, b in paired_list(Sentence(Span(0, len(t), t), ms), ms)]
    [('甲市', '乙市'), ('丙州', '丁市')]
    """
    if len(parties) < 4 or len(parties) % 2:
        return []
    pairs = []
    for k in range(0, len(parties), 2):
        left, right = parties[k], parties[k + 1]
        joiner = sentence.between(past_declared(sentence, left.end), right.start)
        if joiner not in ("与", "和", "同"):
            return []
        gap = sentence.between(past_declared(sentence, parties[k - 1].end), left.start) if k else ""
        if k and gap not in ("、", "，"):
            return []
        pairs.append((left, right))
    return pairs


#: a new partner of the same subject after a comma (…建成自贸区，并和C签署…)
_NEW_PARTNER = re.compile(
    r"，(?:并|还|也|又|同时|随后)?(?:" + _WHEN + r")?(?:并|还|也|又|同时|随后)?(?:和|与|同|跟)"
)


def _last_partners(
    sentence: Sentence, candidates: Sequence[Mention], group: list[Mention], verb_start: int
) -> list[Mention]:
    """The partners of the signing verb: when, after the first partners, a comma brings the
    subject to new ones (A同B建成自贸区，并和C签署了协定), the new ones sign, not the first.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "甲国已同乙国建成自贸区，并和丙国签署了协定"
    >>> ms = tuple(Mention(i, i + 2, t[i : i + 2], "Country") for i in (0, 4, 14))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> [m.text for m in _last_partners(s, ms, [ms[1]], 18)]
    ['丙国']
    """
    tail = sentence.between(group[-1].end, verb_start)
    found = list(_NEW_PARTNER.finditer(tail))
    if not found:
        return group
    at = group[-1].end + found[-1].end()
    later = [m for m in candidates if at <= m.start and m.end <= verb_start]
    return _following_list(sentence, later, at, verb_start) or group


def _preceding_list(
    sentence: Sentence,
    mentions: Sequence[Mention],
    last: Mention,
    gaps: frozenset[str] | set[str] = _LEFT_GAPS,
) -> list[Mention]:
    """The parties listed before ``last`` (A、B、C分别与D签署 → A, B before C), nearest last;
    ``gaps`` are what may stand between two of them."""
    out: list[Mention] = []
    cursor = last
    for m in reversed(mentions):
        gap = sentence.between(past_declared(sentence, m.end), cursor.start).strip()
        if gap == "" and m.type == "Country" and cursor.type == "Organization":
            cursor = m  # 法国某某集团: the country only says whose the company is
            continue
        if gap not in gaps:
            break
        out.insert(0, m)
        cursor = m
    return out


#: a body's Latin name in brackets right after its Chinese name (某集团（COSCO SHIPPING）): the
#: same body (a declared name, :func:`fairgraph.zh.naming.keys.declared_short_names`), never a
#: stock code (（600519.SH）)
LATIN_NAME_IN_BRACKETS = r"[（(]([A-Z][A-Za-z0-9&.' -]{1,40}?)[）)]"

#: a short name declared in brackets right after a party (（以下简称“某某”）)
_DECLARED_AFTER = re.compile(
    r"[（(](?:[^）)]{0,12}?[，,、])?(?:以下|下)?(?:简称|称)[^）)]{1,30}[）)]"
    r"|[（(](?:甲|乙|丙|丁)方[）)]"  # (甲公司（甲方）与乙公司（乙方）签订: its side)
    r"|" + LATIN_NAME_IN_BRACKETS  # (某集团（COSCO SHIPPING）与: its Latin name)
)


def past_declared(sentence: Sentence, end: int) -> int:
    """Where a party's name ends, counting the name declared for it in brackets right after
    (某公司（以下简称“某某”）, 某集团（JY Group）, 某公司（甲方）): the end of those, else ``end``.

    >>> from fairgraph.model import Span
    >>> t = "甲公司（以下简称“甲”）、乙公司分别与丙公司签约"
    >>> s = Sentence(Span(0, len(t), t), ())
    >>> past_declared(s, 3), past_declared(s, 15)
    (12, 15)
    """
    declared = _DECLARED_AFTER.match(sentence.text, end - sentence.start)
    return sentence.start + declared.end() if declared is not None else end


def _outside_declared(sentence: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` but those inside the brackets that declare another one's short or Latin
    name (某公司（以下简称“某某”）: 某某 is that company, no party of its own)."""
    out: list[Mention] = []
    reach = -1
    for m in mentions:
        if m.start < reach:
            continue
        out.append(m)
        after = past_declared(sentence, m.end)
        reach = after if after > m.end else -1
    return out


def represented_by(sentence: Sentence, party: Mention) -> int:
    """Where a party's text ends, counting the titled person who signs for it right after its
    name (某公司总经理王某与…签署: the company signs) or the short name it is given in
    brackets (某公司（以下简称“某某”）与…): the end of those, else of the party.

    >>> from fairgraph.model import Span
    >>> ms = (Mention(0, 3, "甲公司", "Organization"), Mention(3, 6, "总经理", "Role"),
    ...       Mention(6, 8, "王某", "Person"))
    >>> represented_by(Sentence(Span(0, 14, "甲公司总经理王某与乙公司签约"), ms), ms[0])
    8
    >>> t = "甲公司董事长兼总裁王某与乙公司签约"
    >>> ms = (Mention(0, 3, "甲公司", "Organization"), Mention(3, 6, "董事长", "Role"),
    ...       Mention(7, 9, "总裁", "Role"), Mention(9, 11, "王某", "Person"))
    >>> represented_by(Sentence(Span(0, len(t), t), ms), ms[0])
    11
    """
    end = party.end
    declared = _DECLARED_AFTER.match(sentence.text, end - sentence.start)
    if declared is not None:
        return sentence.start + declared.end()  # 甲公司（以下简称“甲”）与乙签署
    following = [m for m in sentence.mentions if m.start >= party.end]
    titled = False
    for m in following:
        joined = titled and m.type == "Role" and sentence.between(end, m.start) == "兼"
        if (m.start != end and not joined) or m.type not in ("Role", "Person"):
            break  # (某公司董事长兼总裁王某: titles joined by 兼 are one signer's)
        end = m.end
        if m.type == "Person":
            return end if titled else party.end
        titled = True
    if (
        titled
        and party.type == "Country"
        and _UNNAMED_SIGNER_END.match(sentence.between(end, end + 1))
    ):
        return end  # 甲国外长与乙国外长签署: the countries' officials, unnamed, sign for them
    return party.end


#: what follows a country's official written with no name as a signer (某国外长与…, …和某国总理签署)
_UNNAMED_SIGNER_END = re.compile(r"^(?:与|和|同|跟|签|共|在|今|昨|代)")


def clause_floor(sentence: Sentence, verb_start: int, floor: int | None = None) -> int:
    """Where a signing verb's clause begins: after the last "；" before it, and not before
    ``floor`` (the end of the previous signing in the sentence).

    >>> from fairgraph.model import Span
    >>> s = Sentence(Span(0, 15, "甲与乙签署协议；丙与丁签署合同"), ())
    >>> clause_floor(s, 11), clause_floor(s, 3)
    (8, 0)
    >>> clause_floor(Sentence(Span(0, 20, "新华社某地7月6日电 甲与乙、丙与丁签署协议"), ()), 17)
    11
    """
    local = sentence.text[: verb_start - sentence.start]
    cut = sentence.start + local.rfind("；") + 1
    dateline = _DATELINE.match(local)  # 新华社兰州7月6日电 …: the outlet and its city sign nothing
    if dateline is not None:
        cut = max(cut, sentence.start + dateline.end())
    return max(cut, floor if floor is not None else sentence.start)


#: a report's dateline opening a sentence (新华社兰州7月6日电（记者某某）, 本报讯)
_DATELINE = re.compile(
    r"^\s*(?:[^，。；\s]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)|(?:本报|本网|本刊)[^，。；\s]{0,10}?讯)"
    r"\s*(?:[（(][^）)]{0,30}[）)])?\s*"
)


def _joined_by_with(sentence: Sentence, group: Sequence[Mention]) -> bool:
    """Whether two neighbours of a list are joined by 与 (同, 跟): the list runs on past the
    subjects into their counterpart (A和B与C)."""
    return any(
        sentence.between(a.end, b.start).strip() in ("与", "同", "跟")
        for a, b in zip(group, group[1:], strict=False)
    )


def _is_location(text: str, local_start: int) -> bool:
    """A name right after 在/于/赴 (在西宁, 于兰州): where, not who — unless 于 ends a
    conjunction (由于A与B签订, 鉴于…, 对于…)."""
    if local_start == 0 or text[local_start - 1] not in "在于赴":
        return False
    return not text[:local_start].endswith(_CONJUNCTIONS_IN_YU)


#: words ending in 于 that are no preposition of place (由于, 鉴于, 对于 …)
_CONJUNCTIONS_IN_YU = ("由于", "鉴于", "对于", "关于", "至于", "基于", "等于", "终于", "在于")


def _following_list(
    sentence: Sentence, mentions: Sequence[Mention], start: int, stop: int
) -> list[Mention]:
    """Mentions forming a list right after ``start`` (A、B和C), up to the signing verb."""
    group: list[Mention] = []
    cursor = start
    for m in mentions:
        if m.start >= stop:
            break
        if m.start < cursor:
            continue  # inside what the party's text took (a declared short name)
        gap = sentence.between(cursor, m.start).strip()
        capital = gap == "首都" and bool(group) and group[-1].type == "Country"
        if gap not in _LIST_GAPS and not capital and (group or not _DESCRIBED.match(gap)):
            break  # (the first may follow what it is: 与世界500强企业某某集团签署)
        if gap in ("", "首都") and group and group[-1].type == "Country" and m.type in PARTY_TYPES:
            group.pop()  # 某国某某州, 巴西某某公司, 法国首都巴黎: the body or city is the party
        if m.type == "Place" and _COUNTED.match(sentence.text, m.end - sentence.start):
            return []  # 与青海三市州签署: a count of the place's units, not the place, signs
        group.append(m)
        cursor = past_declared(sentence, m.end)  # A（以下简称“甲”）、B: the list goes on
    return group


#: what a counterpart is, written before its name (世界500强企业, 全球知名企业, 法国石油巨头)
_DESCRIBED = re.compile(
    r"^[^，。；、与和及“”《》]{0,14}?(?:企业|公司|集团|机构|银行|组织|巨头|品牌|央企|国企|外企)$"
)


#: a count of a place's divisions right after it (青海三市州, 甘肃两市): they are the parties
_COUNTED = re.compile(r"[两二三四五六七八九十几多\d]+个?(?:市州|市县|县区|地市|市|州|县|区|地)")


def pairs_after_verb(sentence: Sentence, clause: SigningClause) -> list[tuple[Mention, Mention]]:
    """签订A与B友好城市协议 / 签订了《A B合作协议》: the parties stand between the verb and the
    agreement noun.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "两省签订了《甲省人民政府 乙省人民政府战略合作协议》"
    >>> ms = (Mention(6, 12, "甲省人民政府", "Organization"),
    ...       Mention(13, 19, "乙省人民政府", "Organization"))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> [(a.text, b.text) for a, b in pairs_after_verb(s, signing_clauses(s)[0])]
    [('甲省人民政府', '乙省人民政府')]
    >>> t = "甲与乙签署了丙国政府向丁国政府提供无偿援助的协定"
    >>> ms = (Mention(6, 10, "丙国政府", "Organization"),
    ...       Mention(11, 15, "丁国政府", "Organization"))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> [(a.text, b.text) for a, b in pairs_after_verb(s, signing_clauses(s)[0])]
    [('丙国政府', '丁国政府')]
    """
    end = clause.verb_end + len(clause.name)
    inside = [
        m
        for m in sentence.mentions
        if m.type in PARTY_TYPES and clause.verb_end <= m.start and m.end <= end
    ]
    titled = sentence.between(clause.verb_end, end).lstrip("了").startswith("《")
    if (
        len(inside) >= 2
        and inside[0].origin == inside[1].origin == ABBREVIATED_COUNTRY
        and inside[0].end == inside[1].start
    ):
        return [(inside[0], inside[1])]  # 签署了中俄联合声明: the two the name's short forms name
    for i, left in enumerate(inside):
        after = sentence.between(left.end, end)
        connector = next((c for c in _CONNECTORS if after.startswith(c)), None)
        if connector is None and titled and after[:1] in (" ", "\u3000", "、"):
            connector = after[:1]  # 《甲省人民政府 乙省人民政府战略合作协议》: the title's parties
        if connector is not None:
            group = _following_list(sentence, inside[i + 1 :], left.end + len(connector), end)
            return [(left, right) for right in group]
        if after.startswith("向") and left.text.endswith("政府"):
            # 签署了甲国政府向乙国政府提供无偿援助的协定: the two governments of the aid
            right = next((m for m in inside[i + 1 :] if m.start == left.end + 1), None)
            if right is not None and right.text.endswith("政府"):
                return [(left, right)]
    return []


#: what joins the two parties of an item in a list of signings (甲—乙, 甲/乙, 甲、乙)
#: a signing ceremony named right after an agreement (…合作协议签约仪式)
_CEREMONY_AFTER = re.compile(r"(?:签约|签字|签署|签订)仪式")
#: a ceremony as the setting of what follows (…签约仪式上，)
_CEREMONY_FRAME = re.compile(r"(?:签约|签字|签署|签订)仪式(?:上|中)")
_DASHES = ("—", "——", "－", "-", "–")
_LIST_JOINERS = ("—", "——", "－", "-", "–", "/", "／", "、", "与", "和", "同")
#: a line that announces a list of signings (签约项目如下：, 签约清单：)
#: (a heading line of its own needs no colon: 重点签约项目一览)
SIGNING_LIST_HEAD = re.compile(
    r"(?:签约|签署|签订)[^。；]{0,14}(?:如下|清单|名单|情况|一览|项目|协议)[^。；]{0,4}[：:]\s*$"
    r"|^[^。；，]{0,30}(?:签约|签署|签订)[^。；，]{0,10}(?:一览|清单|名单|如下)(?:表)?\s*$"
    # the head row of a table with a column of the signing parties (序号 项目名称 签约单位)
    r"|^\s*序号[ \t\u3000].*(?:签约|合作|投资)(?:单位|方|主体|双方|企业)"
)
#: how an item of a list begins (1. / 1、 / （1） / 一、 / a table's row number: 1 某某)
LIST_ITEM = re.compile(
    r"^\s*(?:\d{1,3}\s*[.、．]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[ \t\u3000]+)"
)
#: an item of a list of signings with no number: one line, two names joined by a dash and the
#: agreement (甲市人民政府—乙集团战略合作协议)
DASHED_ITEM = re.compile(
    r"^\s*[^，。；：:\s—－]{2,40}(?:——?|－)[^，。；：:—－]{2,60}?"
    r"(?:协议|合同|备忘录|意向书|项目|协议书|订单)》?\s*$"
)
#: the head row of a table of signings (序号 项目名称 签约单位): the rows follow
TABLE_HEAD = re.compile(r"^\s*序号[ \t\u3000]")
#: what separates a table's cells
#: what stands between two parties of a table row: the cells' space, or a joiner inside one
#: cell (白银市人民政府、某公司)
_CELL_GAP = re.compile(r"^(?:[ \t\u3000]+|[ \t\u3000]*(?:[、/／与和]|——?)[ \t\u3000]*)$")


def named_pairs(
    sentence: Sentence, listed: bool = False
) -> list[tuple[Mention, Mention, str, str | None]]:
    """Agreements named as a noun phrase in a sentence about a signing, with no signing verb
    before them: 出席A与B战略合作协议签约仪式 / 《A B战略合作协议》签约仪式; ``listed``: the
    sentence is an item of a list of signings (签约项目如下：\n1.A—B 合作协议), where the
    parties may be joined by a dash too.

    Returns (party, party, type, title) for each phrase naming two parties.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "1.甲市人民政府—乙公司 合作协议"
    >>> ms = (Mention(2, 8, "甲市人民政府", "Organization"),
    ...       Mention(9, 12, "乙公司", "Organization"))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> [(a.text, b.text, k) for a, b, k, _ in named_pairs(s, True)]
    [('甲市人民政府', '乙公司', '合作协议')]
    """
    text = sentence.text
    if not listed and not _CEREMONY.search(text):
        return []
    out = []
    # an item of a list of signings may name a project (1.A—B 某某项目); its parties may be
    # joined by 、 (3、A、B 某某项目)
    listed_projects = listed or _PROJECTS_LISTED.search(text)
    nouns = _NOUN_OR_PROJECT if listed_projects else _NOUN_ANY
    stops = _PHRASE_STOP.replace("、", "") if listed else _PHRASE_STOP
    for noun in nouns.finditer(text):
        lo = max(text.rfind(c, 0, noun.start()) for c in stops) + 1
        in_title = lo > 0 and text[lo - 1] == "《"
        start, end = sentence.start + lo, sentence.start + noun.end()
        owners = in_title and text[lo - 2 : lo - 1] == "的"
        if owners:  # A与B的《战略合作协议》: the parties own the title before it
            start = sentence.start + max(text.rfind(c, 0, lo - 1) for c in stops) + 1
        # 在A与B某协议签约仪式上: the ceremony is where, its two parties are who
        framed = text[lo : lo + 1] == "在" and _CEREMONY_FRAME.match(text, noun.end()) is not None
        parties = [
            m
            for m in sentence.mentions
            if m.type in PARTY_TYPES
            and start <= m.start
            and m.end <= end
            and not (
                _is_location(text, m.start - sentence.start)
                and not (framed and m.start - sentence.start == lo + 1 and m.type != "Place")
            )
            and not (m.type == "Country" and _UNNAMED_FIRMS.match(text, m.end - sentence.start))
        ]
        # 泰国正大集团: the country only says whose the company is; the company is the party
        lead = _country_leads(parties)
        parties = [
            m for m in parties if not (m.type == "Country" and m.end in {p.start for p in lead})
        ]
        if len(parties) < 2:
            continue
        left, right = parties[0], parties[1]
        if _AFTER_CONNECTOR.search(text, 0, left.start - sentence.start):
            continue  # 与A和B签署了某协定: both are counterparts of a subject said elsewhere
        if right.type == "Place" and _COUNTED.match(text, right.end - sentence.start):
            continue  # 与青海三市州签署: the place's divisions sign, not the place
        gap = sentence.between(
            after_where_when(sentence, left.end), lead.get(right, right.start)
        ).strip()
        # (A—B合作协议签约仪式: a dash joins the parties of a ceremony's agreement too)
        ceremony = _CEREMONY_AFTER.match(text, noun.end()) is not None
        dashed = (listed and gap in _LIST_JOINERS) or (ceremony and gap in _DASHES)
        if gap in _CONNECTORS or dashed or (in_title and gap == ""):
            phrase = text[lo : noun.end()]
            kind = text[max(right.end - sentence.start, lo) : noun.end()].lstrip("的 \u3000")
            kind = kind or noun.group()
            out.append((left, right, kind, phrase if in_title else None))
    if listed and not out:
        out = _table_row(sentence)
    return out


def _country_leads(parties: Sequence[Mention]) -> dict[Mention, int]:
    """Each party written right behind a country (泰国|正大集团), with the country's start: the
    country only says whose the party is."""
    return {
        parties[k + 1]: m.start
        for k, m in enumerate(parties[:-1])
        if m.type == "Country" and parties[k + 1].start == m.end
    }


def _table_row(sentence: Sentence) -> list[tuple[Mention, Mention, str, str | None]]:
    """A row of a table of signings whose two parties stand in cells of their own
    (1 新能源项目 甲市人民政府 乙公司): the pair, typed by the agreement noun of the row, else 项目.

    >>> from fairgraph.zh.extract.sentences import Span
    >>> t = "1 新能源项目 甲市人民政府 乙公司"
    >>> ms = (Mention(8, 14, "甲市人民政府", "Organization"),
    ...       Mention(15, 18, "乙公司", "Organization"))
    >>> [(a.text, b.text, k) for a, b, k, _ in _table_row(Sentence(Span(0, len(t), t), ms))]
    [('甲市人民政府', '乙公司', '项目')]
    >>> t = "1 新能源项目 甲市人民政府、乙公司 50"  # both parties in one cell
    >>> ms = (Mention(8, 14, "甲市人民政府", "Organization"),
    ...       Mention(15, 18, "乙公司", "Organization"))
    >>> [(a.text, b.text) for a, b, _, _ in _table_row(Sentence(Span(0, len(t), t), ms))]
    [('甲市人民政府', '乙公司')]
    >>> t = "3  三方合作协议  甲市人民政府  乙公司、丙公司  72"  # a three-sided paper: all pairs
    >>> ms = (Mention(11, 17, "甲市人民政府", "Organization"),
    ...       Mention(19, 22, "乙公司", "Organization"), Mention(23, 26, "丙公司", "Organization"))
    >>> [(a.text, b.text) for a, b, _, _ in _table_row(Sentence(Span(0, len(t), t), ms))]
    [('甲市人民政府', '乙公司'), ('甲市人民政府', '丙公司'), ('乙公司', '丙公司')]
    """
    named = [m for m in sentence.mentions if m.type in PARTY_TYPES]
    # (某某公司（Some Energy）: the name's own spelling in brackets is the same party)
    named = [
        m
        for k, m in enumerate(named)
        if not (k and sentence.between(named[k - 1].end, m.start) in ("（", "("))
    ]
    # (西班牙某某公司: the country only says whose the company is)
    lead = _country_leads(named)
    parties = [m for m in named if not (m.type == "Country" and m.end in {p.start for p in lead})]
    gaps = [
        sentence.between(a.end, lead.get(b, b.start))
        for a, b in zip(parties, parties[1:], strict=False)
    ]
    if len(parties) < 2 or not all(_CELL_GAP.match(gap) for gap in gaps):
        return []
    noun = _NOUN_ANY.search(sentence.text)
    kind = noun.group() if noun else "项目"
    if len(parties) == 2:
        return [(parties[0], parties[1], kind, None)]
    # 甲方 in its cell, the others joined in the next (甲市政府  乙公司、丙公司): the first signs
    # with each; a paper of as many sides as there are parties (三方合作协议) is signed by all
    sides = _SIDES_IN_NAME.search(sentence.text)
    if sides is not None and CHINESE_DIGITS[sides.group(1)] == len(parties):
        return [(a, b, kind, None) for k, a in enumerate(parties) for b in parties[k + 1 :]]
    if (
        _CELL_GAP.match(gaps[0])
        and gaps[0].strip() == ""
        and all(g.strip() == "、" for g in gaps[1:])
    ):
        return [(parties[0], b, kind, None) for b in parties[1:]]
    return []


#: a paper of several sides named in a table's row (三方合作协议)
_SIDES_IN_NAME = re.compile(r"([三四五六])方(?:战略)?(?:合作)?(?:框架)?(?:协议|合同|备忘录)")


#: X 与 PARTY … 签订: X, a subject opening its clause (after a date or a comma) with no name read
_SUBJECT_SIGNS_WITH = re.compile(
    r"(?:^|[，,。；：、\n]|日|[今昨前]天|日前|近日|昨日|今日|讯\s)"  # (、: the last of a list)
    r"((?:\*?ST)?[\u4e00-\u9fff]{2,6}?|[A-Z][A-Za-z]{1,11})"  # (ING与B: a Latin name)
    r"(?:在[^，。；、与同和跟,;]{1,20}?)?"  # (A在位于某地的某基地与B…: where)
    # (将/拟/计划与B签署: the subject is named all the same, the signing still to come)
    r"(?:还|也|又|已|正式|先后|分别|刚刚|早已|将|拟|计划|准备|有望|即将|有意"
    r"|最终|今年|去年|此次|再次|首次|" + _DAY_WORDS + r")*(?:与|同|和)$"
)
#: X (某日晚间) 公告(宣布/称)，公司与…: a company announcing its own signing
_ANNOUNCER_SIGNS_WITH = re.compile(
    r"(?:^|[，,。；：\n]|讯\s*)((?:\*?ST)?[\u4e00-\u9fff]{2,6}?)"
    r"(?:今日|昨日|近日|日前|(?:\d{1,2}月)?\d{1,2}日|周[一二三四五六日])?(?:午间|晚间|晚|盘后|盘前)?"
    r"(?:发布[\u4e00-\u9fff]{0,4}?)?公告(?:称|宣布|显示|表示)?[，,：:]?"  # (发布重大合同公告)
    # (公告称，8月8日，公司与…; 公告，公司于2013年5月3日与…)
    r"(?:(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日[，,])?"
    r"(?:公司|该公司)(?:已经|已|还|也)?"
    r"(?:于(?:(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日|[本上]周[一二三四五六日]|近日|日前))?"
    r"(?:与|同|和)$"
)
#: X (正式) 签约 PARTY, closing its clause: X, a subject opening it with no name read (a
#: headline's form: 某某签约某集团)
_SUBJECT_SIGNS_OBJECT = re.compile(
    r"(?:^|[，,。；：\n]|日|[今昨前]天|日前|近日|昨日|今日|讯\s)"
    r"((?:\*?ST)?[\u4e00-\u9fff]{2,6}?)(?:正式|成功|已|还|也|又|再次|日前|近日)*签约(?:了)?$"
)
#: a signing verb in the clause after the counterpart
_SIGNS_LATER = re.compile(
    r"[^，。；]{0,30}?(?:签订|签署|签约|签下|续签|签定|草签|达成[^，。；]{0,12}?协议)"
)


#: a counterpart's description before a dash and its name (与欧洲第二大某集团——|某集团)
_DESCRIBED_BEFORE = re.compile(
    r"(?:与|同|和)来自[^，。；,;、与同和跟的]{1,10}的$"  # (与来自韩国的某公司)
    r"|(?:与|同|和)[^，。；,;、与同和跟“”《》]{2,16}?"
    r"(?:第[一二三四五六七八九十\d]+大|最大|领先|知名|著名|龙头|巨头|之一)"
    r"[^，。；,;、与同和跟“”《》]{0,8}?(?:——|—|－－|--)"
    r"(?:[\u4e00-\u9fff]{1,5}?(?:国|洲))?$"  # (——法国某集团: the country before the name)
)


def unnamed_subjects(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Organisations named only as the subject of a signing (X与某公司签订…): X, when it opens
    its clause, a known party follows 与 (同, 和), a signing verb closes the clause, and nothing
    covers X.

    >>> ms = [Mention(7, 15, "北岭控股有限公司", "Organization")]
    >>> t = "5月3日东川与北岭控股有限公司签订了协议"
    >>> [(m.text, m.type) for m in unnamed_subjects(t, ms)]
    [('东川', 'Organization')]
    >>> unnamed_subjects("5月3日记者与北岭控股有限公司签订了协议", ms)
    []
    >>> t = "8月8日，东川地产在位于某地的基地与来自韩国的北岭集团签署备忘录"
    >>> [m.text for m in unnamed_subjects(t, [Mention(23, 27, "北岭集团", "Organization")])]
    ['东川地产']
    >>> t = "东川之星签约法国北岭集团。"
    >>> ms = [Mention(6, 8, "法国", "Country"), Mention(8, 12, "北岭集团", "Organization")]
    >>> [m.text for m in unnamed_subjects(t, ms)]
    ['东川之星']
    >>> t = "东川之星签约北岭集团的项目。"
    >>> unnamed_subjects(t, [Mention(6, 10, "北岭集团", "Organization")])
    []
    >>> t = "东川之星也与欧洲第二大酒店集团——法国北岭集团签约"
    >>> [m.text for m in unnamed_subjects(t, [Mention(19, 23, "北岭集团", "Organization")])]
    ['东川之星']
    >>> t = "5月3日东川之星此前也与北岭控股有限公司签订了协议"
    >>> [m.text for m in unnamed_subjects(t, [Mention(12, 20, "北岭控股有限公司", "Organization")])]
    ['东川之星']
    >>> unnamed_subjects("5月3日东川与北岭控股有限公司座谈", ms)
    []
    >>> t = "东川8月8日晚间公告宣布，公司已经与北岭控股有限公司达成和解协议"
    >>> [m.text for m in unnamed_subjects(t, [Mention(18, 26, "北岭控股有限公司", "Organization")])]
    ['东川']
    """
    out: list[Mention] = []
    for party in mentions:
        if party.type not in ("Organization", "Country") or party.start < 3:
            continue
        anchor = party.start
        described = _DESCRIBED_BEFORE.search(text, max(0, anchor - 20), anchor)
        if described is not None:
            anchor = described.start() + 1  # (与欧洲第二大某集团——某集团: the connector's)
        match = _ANNOUNCER_SIGNS_WITH.search(
            text, max(0, anchor - 30), anchor
        ) or _SUBJECT_SIGNS_WITH.search(text, max(0, anchor - 36), anchor)
        if match is None:
            lead = next((m for m in mentions if m.type == "Country" and m.end == anchor), None)
            at = lead.start if lead is not None else anchor  # (签约日本某集团: its country first)
            match = _SUBJECT_SIGNS_OBJECT.search(text, max(0, at - 14), at)
            if match is None or text[party.end : party.end + 1] not in ("", *"，。；！？,;"):
                continue  # (某某签约某集团。: the object closes the clause)
        elif not _SIGNS_LATER.match(text, party.end):
            continue
        start, end = match.span(1)
        name = match.group(1)
        if (
            name.startswith(_NOT_NAMES)
            or _GENERIC_COUNTERPART.search(name)
            or name in _NOT_SUBJECTS
            or _NOT_IN_SUBJECTS.search(name)
        ):
            continue  # (他们首先与, 下午便和, 进而中断与, 先后与, 我国与: no name)
        if any(m.start < end and start < m.end for m in [*mentions, *out]):
            continue
        out.append(Mention(start, end, name, "Organization", None, "signing-party"))
    return out


#: X与Y签订…协议 opening its clause, neither name read by the recogniser (两家企业的简称)
_BOTH_UNNAMED = re.compile(
    r"(?:^|[，,。；：\n]|日|[今昨前]天|日前|近日|昨日|今日)"
    r"((?:\*?ST)?[\u4e00-\u9fff]{2,6}?)"
    + _DAY_WORDS
    + r"?(?:还|也|又|已经|已|正式)?(?:与|同|和|跟)"
    r"((?:\*?ST)?[\u4e00-\u9fff]{2,6}?)(?:还|也|又|已经|已|正式|共同|近日|日前|现场)?"
    r"(签订|签署|签约|达成|续签|签下|签定|草签)"
)


def unnamed_pairs(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Two organisations named only as the sides of a signing (X与Y签订了某某协议): X opening
    its clause, Y right before the verb, an agreement noun after it (or 签约 closing the
    clause), neither name covered by a mention, and neither a word that names no one
    (记者, 双方, 当地企业, pronouns, adverbs and particles).

    >>> [m.text for m in unnamed_pairs("8月8日，东川与北岭签订了股份转让协议。", [])]
    ['东川', '北岭']
    >>> unnamed_pairs("8月8日，东川与北岭座谈。", []), unnamed_pairs("记者与当地企业签订协议", [])
    ([], [])
    >>> unnamed_pairs("会上，东川与北岭签约仪式举行。", [])
    []
    """
    out: list[Mention] = []
    for match in _BOTH_UNNAMED.finditer(text):
        verb_end = match.end(3)
        if match.group(3) == "签约":
            if text[verb_end : verb_end + 1] not in ("，", "。", "；", ",", ""):
                continue
        elif _NOUN.match(text[verb_end:]) is None or "仪式" in text[verb_end : verb_end + 4]:
            continue
        names = [(match.start(k), match.end(k), match.group(k)) for k in (1, 2)]
        if any(
            name.startswith(_NOT_NAMES)
            or _GENERIC_COUNTERPART.search(name.removesuffix("集团"))  # (某某集团: a name)
            or name in _NOT_SUBJECTS
            or _NOT_IN_SUBJECTS.search(name)
            or len(name.removesuffix("集团")) < 2
            for _, _, name in names
        ):
            continue
        if any(m.start < match.end(2) and match.start(1) < m.end for m in mentions):
            continue
        out += [Mention(a, b, name, "Organization", None, "signing-party") for a, b, name in names]
    return out


#: words that open a clause before 与 without naming a party
_NOT_SUBJECTS = frozenset(
    ("记者", "我们", "他们", "她们", "双方", "此外", "同时", "随后", "其中")
    # quantifiers and conjunctions (全部与某场签订, 包括同某组织达成)
    + ("包括", "全部", "全体", "所有", "其余", "大多", "多数", "相继", "陆续", "一起", "一同")
    # (…代表省政府，分别与A、B签署: one by one, the subject is before the comma)
    + ("分别", "分头", "逐一")
)
#: what never stands in the name of a subject read this way: pronouns, adverbs, particles and
#: verbs of a clause's opening (他们首先, 下午便, 进而中断, 先后, 我国), times of day
_NOT_IN_SUBJECTS = re.compile(
    r"[们首便而断先后我他她它这那该被把将就都再曾即并或等的了着过是所要应可已还也又"
    r"向对从给让使经当则却仍于]|^近|^公司|"  # (公司于近日: the announcer's 公司 and a time)
    r"能(?!源)|(?<!华)为|"  # (能 a modal, 为 a verb; 某某能源, 华为: names)
    r"年来|^[今去前明]年|^目前|^" + _TIME_WORD + "|" + _TIME_WORD + "$"
    # (某日计划与B签约: a verb, no name)
    r"|计划|打算|准备|力争|争取|希望|决定|同意|商谈|洽谈|拟|有望|即将|有意"
)


def unnamed_counterparts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Organisations named only by their place in a signing (A与X就…签订): X, when a party
    stands right before 与 and nothing covers X.

    >>> ms = [Mention(0, 7, "某某市人民政府", "Organization")]
    >>> t = "某某市人民政府与某变电工就绿电项目签订投资协议"
    >>> [(m.text, m.type) for m in unnamed_counterparts(t, ms)]
    [('某变电工', 'Organization')]
    >>> unnamed_counterparts("某某市人民政府与双方就项目签订协议", ms)
    []
    >>> [m.text for m in unnamed_counterparts("某某市人民政府与华某科技签订投资协议", ms)]
    ['华某科技']
    >>> unnamed_counterparts("某某市人民政府与当地企业签订投资协议", ms)
    []
    """
    out: list[Mention] = []
    for pattern in (_TALKS_WITH, _SIGNS_WITH):
        for match in pattern.finditer(text):
            start, end = match.span(1)
            before = [m for m in mentions if m.end == match.start() and m.type in PARTY_TYPES]
            name = match.group(1)
            if not before or name.startswith(_NOT_NAMES) or _GENERIC_COUNTERPART.search(name):
                continue
            if any(m.start < end and start < m.end for m in [*mentions, *out]):
                continue
            out.append(Mention(start, end, name, "Organization", None, "signing-party"))
    return sorted(out)
