"""More constructions of the fair's own fields, one small function each.

* ``exhibition_end``    — 展期至9月21日 / 展会将持续至9月21日: the fair's last day;
* ``day_figure``        — 首日/当天…签约…: a figure of one day, not the fair's total;
* ``bracketed_venues``  — 国家会展中心（上海）: a venue written with its city in brackets;
* ``guest_cue``         — 主宾国 and 主题国 (a theme country is the fair's guest);
* ``visitor_figure``    — 本届某会上，甘肃省共签约…: a visiting province's figures, not the fair's;
* ``is_side_event``     — 某某峰会/论坛 named without an edition is an event held with a fair,
  not a fair edition.

>>> exhibition_end("本届展会以创新为主题，展期至9月21日。").group(1)
'9月21日'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fairgraph.model import DateMention, Mention, PartialDate
from fairgraph.zh.extract.dates_relative import shift_days
from fairgraph.zh.extract.numbers import parse_number
from fairgraph.zh.extract.sentences import Sentence

_EXHIBITION_END = re.compile(
    r"(?:(?:展期|会期)(?:将)?(?:一直)?(?:持续)?|(?:将)?(?:一直)?持续)(?:至|到)(\d{1,2}月\d{1,2}日|\d{1,2}日)"
)
#: (and one batch's: 首批21个项目签约)
_DAY_FIGURE = re.compile(r"首日|当天|当日|开幕日|首批|第[一二三四五六七八九十\d]+批")
#: the clause that says where figures were told (记者从…获悉), not whose they are
_SOURCE_CLAUSE = re.compile(r"^[^。；]*?(?:获悉|了解到|得知)")
#: a signing event's or a participant's own figures (集中签约…总投资; 某县在…会上签约项目9个)
_OWN_FIGURE = re.compile(
    r"集中签约|投资促进签约|(?:本次|此次)(?:签约)?仪式"
    r"|^(?:[^，。；]{1,12}[，,])?[^，。；]{1,12}?在[^，。；]{2,40}?(?:会|节|展)(?:上|期间)?"
    r"(?:签(?:约|订|署)|举办|举行|召开)"
    # 某会期间，某市共签约项目30个: a city's, county's or zone's own signings at the fair
    r"|^(?:[^，。；]{0,24}[，,])?\s*[\u4e00-\u9fff]{1,8}(?:市|州|县|区|盟|新区|开发区)"
    r"(?:共|累计|现场)?(?:签约|签订|签署)"
    # 对接会共达成…: an event held at the fair as the subject of the figures
    r"|^\s*(?:本次|此次|该)?(?:推介会|签约会|对接会|专场|恳谈会|招商会|座谈会|说明会|论坛|峰会)"
    r"(?:共|累计|现场)"
    # 推介会上，共签约…: the figures of an event held at the fair (not 本届洽谈会上)
    r"|^\s*(?:在|本次|此次|当天的?|会上|活动)?[^，。；]{0,10}?"
    r"(?:推介会|签约会|签约仪式|对接会|专场|恳谈会|招商会|座谈会|说明会)(?:上|中|期间)"
    r"(?!获悉|了解|得知)"
)
_BRACKET_CITY = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
GUEST_CUES = ("主宾国", "主题国")
#: series endings of events held alongside a fair (a summit, a forum)
SIDE_EVENT_ENDINGS = ("峰会", "论坛")


def exhibition_end(text: str) -> re.Match[str] | None:
    """展期至X月X日 / 会期至X日: the fair runs until that day.

    >>> exhibition_end("会期至15日") is not None, exhibition_end("至15日") is None
    (True, True)
    >>> exhibition_end("展会将持续至6月30日").group(1), exhibition_end("将一直持续到29日").group(1)
    ('6月30日', '29日')

    """
    return _EXHIBITION_END.search(text)


#: what follows a fair's last day (…开幕，7月9日闭幕 / 9日在某地落幕)
_CLOSES = re.compile(
    r"(?:在[^，。；]{1,16}?)?(?:隆重|顺利|圆满)?(?:闭幕|落幕|闭馆|落下帷幕|结束(?![后了]))"
)


def end_date_of(text: str, base: int, dates: Sequence[DateMention]) -> DateMention | None:
    """The date mention that 展期至 introduces in a sentence starting at ``base``, or a later
    date the fair closes on (7月5日开幕，7月9日闭幕).

    >>> from fairgraph.model import PartialDate
    >>> ds = [DateMention(1, 5, "7月5日", PartialDate(None, 7, 5)),
    ...       DateMention(8, 12, "7月9日", PartialDate(None, 7, 9))]
    >>> end_date_of("于7月5日开幕，7月9日闭幕", 0, ds).text
    '7月9日'
    """
    match = exhibition_end(text)
    if match is None:
        return next((d for d in dates[1:] if _CLOSES.match(text, d.end - base) is not None), None)
    at = base + match.start(1)
    return next((d for d in dates if d.start <= at < d.end), None)


#: 为期5天 / 会期五天 / 展期3天: how many days the fair lasts
DURATION = re.compile(r"(?:为期|会期|展期|历时|持续)(\d{1,2}|[一二三四五六七八九十]{1,2})天")


def start_before_days(text: str, end: PartialDate | None) -> PartialDate | None:
    """The first day of a fair that closes on ``end`` and lasted the days a sentence states.

    >>> start_before_days("为期五天的博览会8日闭幕", PartialDate(2025, 7, 8))
    PartialDate(year=2025, month=7, day=4)
    """
    match = DURATION.search(text)
    days = parse_number(match.group(1)) if match else None
    if end is None or days is None or not 1 <= days <= 60:
        return None
    return shift_days(end, 1 - int(days))


def end_after_days(text: str, start: PartialDate | None) -> PartialDate | None:
    """The last day of a fair that opens on ``start`` and lasts the days a sentence states.

    >>> end_after_days("博览会今天开幕，为期5天", PartialDate(2024, 8, 30))
    PartialDate(year=2024, month=9, day=3)
    >>> end_after_days("博览会今天开幕", PartialDate(2024, 8, 30)) is None
    True
    """
    match = DURATION.search(text)
    days = parse_number(match.group(1)) if match else None
    if start is None or days is None or not 1 <= days <= 60:
        return None
    return shift_days(start, int(days) - 1)


#: figures of earlier editions or of the series so far (历届累计, 创办以来), not this edition's
_EARLIER = re.compile(
    r"(?:历届|往届|以来|前[0-9一二三四五六七八九十]+届|多年|[0-9一二三四五六七八九十]+年(?:间|来))"
    r"[^。；]{0,20}累计"
    r"|累计[^。；]{0,10}(?:历届|往届|以来)"
    r"|(?:创办|举办)以来[^。；]{0,10}共"
    # 历届兰洽会共签约…, 前二十届共签约…: the series' figures so far
    r"|(?:历届|往届|前[0-9一二三四五六七八九十]+届)[^。；，]{0,12}?(?:共|累计)?签"
    # 上届兰洽会共签约…: the previous edition's figures (比上届增长 only compares)
    r"|(?:^|[，。；：])\s*(?:在|据统计，?)?(?:上届|上一届|前一届|去年|上年)[^，。；]{0,14}?(?:共|累计)?签"
    # 迄今为止/至今…共签约, 已成功举办十九届，共签约, 过去十九届…签约: the series so far
    r"|(?:迄今|至今)[^。；]{0,16}?(?:共|累计)"
    # 十年来/多年来/近年来，某会共签约…: the series over years, not one edition
    r"|(?:多|几|数|近|(?<![0-9])[0-9]{1,2}|[一二三四五六七八九十]+)年(?:来|间)[^。；]{0,16}?共[^。；]{0,4}签"
    r"|(?:已(?:成功|连续)?举办(?:了)?|过去|以往)(?<![第\d一二三四五六七八九十])"
    r"[0-9一二三四五六七八九十]+届[^。；]{0,16}?签"
)


def earlier_figure(text: str) -> bool:
    """Whether a sentence gives the figures of earlier editions or of the series so far.

    >>> earlier_figure("历届南博会累计签约项目3000个"), earlier_figure("本届共签约项目300个")
    (True, False)
    >>> earlier_figure("本届签约总额1181亿元，比上届增加7%")  # this edition's, compared
    False
    >>> earlier_figure("签约项目179个，总投资额为历届最高"), earlier_figure("创办以来共签约5000个")
    (False, True)
    >>> earlier_figure("上届兰洽会共签约项目300个"), earlier_figure("签约356个，比上届增长12%")
    (True, False)
    >>> earlier_figure("历届兰洽会共签约项目1.5万个"), earlier_figure("签约额创历届新高")
    (True, False)
    >>> earlier_figure("统计表明，20年间，某会的累计签约额达到2万亿元")
    True
    >>> earlier_figure("迄今为止，某会共签约1万个"), earlier_figure("某会已举办十九届，共签约1万个")
    (True, True)
    >>> earlier_figure("过去十九届某会签约1万个"), earlier_figure("第二十届某会共签约项目356个")
    (True, False)
    >>> earlier_figure("十年来，某会共签约项目3200个"), earlier_figure("多年来某会共签订合同1万个")
    (True, True)
    >>> earlier_figure("2010年来宾共签约项目320个")  # a year, then 来宾: no span of years
    False
    """
    return _EARLIER.search(text) is not None and "本届" not in text


def day_figure(text: str) -> bool:
    """Whether a sentence gives one day's figures (首日签约…, 当天共签约…), not the fair's.

    >>> day_figure("首日签约项目意向金额逾百亿元"), day_figure("本届共签约项目300个")
    (True, False)
    >>> day_figure("记者从当天召开的闭幕新闻发布会上获悉，本届共签约项目300个")
    False
    >>> day_figure("某会开幕 首批21个项目签约")
    True
    """
    told = _SOURCE_CLAUSE.search(text)  # 记者从当天召开的发布会上获悉，…: the day is the telling's
    return _DAY_FIGURE.search(text, told.end() if told else 0) is not None


def own_figure(text: str) -> bool:
    """Whether a sentence gives the figures of one signing event or of one participant
    (某某会重大项目集中签约 总投资逾千亿元; 某县在某某会上签约项目9个), not the fair's.

    >>> own_figure("某县在第九届某某洽谈会上签约项目9个"), own_figure("本届洽谈会共签约项目300个")
    (True, False)
    >>> own_figure("7月2日，某市在某某会期间举办签约会，共签约项目14个")
    True
    >>> own_figure("推介会上，共签约项目23个"), own_figure("本届洽谈会上共签约项目300个")
    (True, False)
    >>> own_figure("记者从闭幕新闻发布会上获悉，本届共签约项目300个")  # where the fair's are told
    False
    >>> own_figure("对接会共达成合作意向9项"), own_figure("某省在某博览会举办推介会 现场签约21亿元")
    (True, True)
    >>> own_figure("某会期间，西宁市共签约项目30个"), own_figure("某会期间，青海省共签约项目187个")
    (True, False)
    """
    return _OWN_FIGURE.search(text) is not None


#: the signing verb whose subject says whose figures a sentence gives
_SIGNS = re.compile(r"签约|签订|签署")


def visitor_figure(sentence: Sentence, host_cities: Sequence[str]) -> bool:
    """Whether the signings a sentence counts are a visiting province's: the party right
    before the first signing verb (甘肃省共签约…; 甘肃省代表团签约…) is a province, or a body
    under a province's name, other than the province of each city that may host the fair
    (the host province's signings at its own fair are the fair's).

    >>> from fairgraph.model import Span
    >>> t = "本届西洽会上，甘肃省共签约项目56个"
    >>> s = Sentence(Span(0, len(t), t), (Mention(7, 10, "甘肃省", "Place"),))
    >>> visitor_figure(s, ["西安市"]), visitor_figure(s, ["兰州市"]), visitor_figure(s, [])
    (True, False, False)
    >>> visitor_figure(s, ["重庆市", "西安市"]), visitor_figure(s, ["重庆市", "兰州市"])
    (True, False)
    """
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    hosts = {lexicon.province_of(city) for city in host_cities}
    verb = _SIGNS.search(sentence.text)
    if not hosts or None in hosts or verb is None:
        return False
    at = sentence.start + verb.start()
    clause = sentence.start + max(sentence.text.rfind(c, 0, verb.start()) for c in "，,；。") + 1
    before = [
        m
        for m in sentence.mentions
        if m.type in ("Place", "Organization") and clause <= m.start and m.end <= at
    ]
    if not before:
        return False
    subject = before[-1]
    place = lexicon.place_of(subject.text) or next(
        (
            lexicon.place_of(subject.text[:k])
            for k in range(len(subject.text) - 1, 1, -1)
            if lexicon.place_of(subject.text[:k]) is not None
        ),
        None,
    )
    if place is None or place.level != "province":
        return False
    return all(place.name != host.name for host in hosts if host is not None)


def guest_cue(text: str) -> bool:
    """Whether a sentence names the fair's guest country (主宾国, 主题国).

    >>> guest_cue("主题国为泰国"), guest_cue("来自泰国的企业")
    (True, False)
    """
    return any(c in text for c in GUEST_CUES)


def bracketed_venues(
    text: str,
    mentions: Sequence[Mention],
    is_venue,
    city_of,  # type: ignore[no-untyped-def]
) -> list[Mention]:
    """A venue followed by its city in brackets is one venue: 国家会展中心（上海）.

    ``is_venue`` tells a venue mention; ``city_of`` whether a word is a city.

    >>> ms = [Mention(0, 6, "国家会展中心", "Place")]
    >>> out = bracketed_venues("国家会展中心（上海）开幕", ms, lambda m: True, lambda w: True)
    >>> [m.text for m in out]
    ['国家会展中心（上海）']
    """
    out: list[Mention] = []
    inside: list[tuple[int, int]] = []
    for m in sorted(mentions):
        match = _BRACKET_CITY.match(text, m.end)
        if match is not None and is_venue(m) and city_of(match.group(1)):
            inside.append((m.end, match.end()))
            m = Mention(
                m.start, match.end(), text[m.start : match.end()], m.type, m.subtype, m.origin
            )
        out.append(m)
    return [m for m in out if not any(lo <= m.start and m.end <= hi for lo, hi in inside)]


def bracket_city(venue: Mention) -> tuple[int, str] | None:
    """(offset, name) of the city in a venue's trailing brackets.

    >>> bracket_city(Mention(10, 20, "国家会展中心（上海）", "Place"))
    (17, '上海')
    """
    match = _BRACKET_CITY.search(venue.text)
    if match is None or match.end() != len(venue.text):
        return None
    return venue.start + match.start(1), match.group(1)


def is_side_event(mention: Mention) -> bool:
    """A summit or forum named without an edition (中国—某某峰会) is held with a fair.

    >>> is_side_event(Mention(0, 8, "某某商务与投资峰会", "Fair"))
    True
    >>> is_side_event(Mention(0, 10, "第十届某某峰会", "Fair", "10"))
    False
    """
    return mention.subtype is None and mention.text.endswith(SIDE_EVENT_ENDINGS)
