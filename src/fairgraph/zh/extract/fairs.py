"""Fairs: names, editions, dates, venue, theme, organiser, guest country and fair-wide totals.

``find_fair_mentions`` finds fair names (the lexicon's full and short names, and the general
pattern 第N届…洽谈会/博览会/交易会/展览会/论坛); ``fair_facts`` reads what one sentence says
about the fair it names (or, for 本届/展会期间, about the report's main fair).

Fair names live in :mod:`~fairgraph.zh.extract.fair_mentions` and venues in
:mod:`~fairgraph.zh.extract.fair_venues`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal

from fairgraph.model import Amount, DateMention, FairFact, Mention, PartialDate
from fairgraph.zh.extract.fair_fields import (
    day_figure,
    earlier_figure,
    end_after_days,
    end_date_of,
    guest_cue,
    own_figure,
    start_before_days,
    visitor_figure,
)
from fairgraph.zh.extract.fair_mentions import series_name
from fairgraph.zh.extract.fair_venues import (
    IN_PROGRESS,
    SET_IN,
    is_hall,
    is_venue,
    venue_city,
)
from fairgraph.zh.extract.numbers import parse_number
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.lexicon import Lexicon, load_lexicon

_THEME = re.compile(
    r"以[“\"「]([^”\"」]{2,40})[”\"」]为(?:主题|主旨)|主题(?:为|是|定为)[“\"「]([^”\"」]{2,40})[”\"」]"
    r"|[“\"「]([^”\"」]{2,40})[”\"」](?:这一|的)?主题"  # 围绕“…”(这一)主题, 秉持“…”的主题
    r"|主题(?:为|是)?[：:]\s*([^。；“”\"]{2,40}?)(?=[。；]|$)"  # 大会主题：开放合作，共赢发展
)
_HELD = re.compile(
    r"(?:在|于(?!\d|[一二三四五六七八九十〇]+[月日号]|[今明昨]|本月|当[天日]|近日|同日))"
    r"([^，。；]{2,40}?)(?:隆重|盛大|顺利|正式|分别|同时|同步)?"
    r"(?:举行|举办|开幕|召开|开展|落幕|闭幕|启幕|揭幕|开馆|拉开帷幕|落下帷幕|设展|布展"
    rf"|{IN_PROGRESS})"
    rf"|{SET_IN}([^，。；]{{2,30}})"
)
_ORGANIZER = re.compile(r"由([^，。；]{2,160}?)(?:共同|联合)?(?:担任|作为)?主办")
#: a line that opens on the organisers (主办单位：A、B) or the theme (大会主题：…), in a block of
#: the report's fair's facts
_ORGANIZERS_LINE = re.compile(
    r"^\s*(?:大会|展会|本届)?(?:主办(?:单位|方|机构)|主题)\s*[：:]"  # (大会主题：…)
)
#: 主办单位为A、B / 主办单位：A、B / 主办方是A: the organisers listed after the word
_ORGANIZER_LIST = re.compile(
    r"主办(?:单位|方|机构)(?:分别)?(?:为|是|有|：|:)\s*([^。；]{2,160}?)"
    r"(?=[。；]|[，,][^，。；]{0,40}?(?:承办|协办|支持|执行)|$)"
)
_SIGNED_PROJECTS = re.compile(
    r"签(?:约|订|署|下)(?:项目|成果)?(?:共计|共|达到|达|总数)?"
    r"(\d+|[一二三四五六七八九十百千]+)(?:多|余)?(?:个|项)"
    r"|(\d+|[一二三四五六七八九十百千]+)(?:多|余)?(?:个|项)签约项目"
    # 签约项目总数达到210个 / 签订合同项目共计120个
    r"|签(?:约|订|署|下)[^，。；\d]{0,12}?项目(?:总数|数量|数)?(?:共计|总计|合计|共|达到|达|为)?"
    r"(\d+|[一二三四五六七八九十百千]+)(?:多|余)?(?:个|项)"
    r"|项目(?:共计|共)?签(?:约|订|署|下)了?(\d+|[一二三四五六七八九十百千]+)(?:多|余)?(?:个|项)"
    # 共有512个项目达成合作协议
    r"|(\d+|[一二三四五六七八九十百千]+)个(?:合作)?项目(?:达成|签订|签署)"
    # 共有356个项目签约 / 356个项目集中签约
    r"|(\d+|[一二三四五六七八九十百千]+)个(?:[^，。；\d]{0,6}?)项目(?:成功|集中|现场)?签约"
    # 签约项目比上届增加50个，达到356个: the count after a comparison with the last edition
    r"|签(?:约|订|署)项目(?:数)?(?:比|较)(?:上届|上一届|去年|上年)[^，。；]{0,12}[，,]?\s*"
    r"(?:达到|达|为|共|总数达)(\d+|[一二三四五六七八九十百千]+)(?:多|余)?(?:个|项)"
)
_HOSTS = re.compile(r"(?:首次|再次|继续)?(?:单独|共同|联合)?(?:主办|举办)(?:了)?(?:本届)?$")
_TOTAL_CUE = re.compile(
    r"总投资额?|投资总额|贸易总额|签约总额|签约金额|总金额|合同金额|协议金额|意向金额"
    r"|合同投资额|合同引资额|涉及金额|(?:投资)?合作总额|(?<![引融])投资额"
    # 合同外资金额25.6亿美元 / 利用外资额: the total of a fair that counts foreign-funded projects
    r"|合同外资(?:金)?额|利用外资(?:金)?额"
    # 协议引资3260亿元 / 引资额 / 涉及资金: older reports' words for the signed sum
    r"|(?:协议|签约|合同)引资(?:总额|额)?|(?<![利])引资(?:总)?额|涉及资金"
    r"|签约额|签约资金|合同额|合同总额"
    # 签约项目356个、金额3260亿元: the amount of the projects just counted
    r"|(?<=[个项目][，、 \u3000])(?:总金额|金额|总额)"
    # 兰洽会签约3260亿元 (a headline): a sum right after 签约
    r"|签约(?=(?:达|共|约|逾|超)?[\d一二三四五六七八九十百千]+(?:\.\d+)?(?:万|亿))"
)
_SALES_CUE = re.compile(r"成交额|销售额|交易额|成交金额|意向成交")
_VISITORS = re.compile(
    r"(\d+(?:\.\d+)?)(万)?(?:余|多)?(?:名|人次|人)(?:[^，。；]{0,8}?)(?:观众|客商|采购商|嘉宾|参会|参展|参观)"
)
_EXHIBITORS = re.compile(
    r"(\d+(?:\.\d+)?)(万)?(?:余|多)?家(?:[^，。；]{0,12}?)(?:企业|展商|参展商)"
)
_CONTEXT = (
    "本届",
    "展会期间",
    "会展期间",
    "大会期间",
    "期间",
    "会上",
    "展会",
    "本次展会",
    "博览会期间",
    "开幕以来",
    "会期内",
)
#: the fair referred to by its kind (此次博览会, 本次洽谈会): a sentence about the report's fair
_THIS_FAIR = re.compile(r"(?:此次|本次|这次)(?:博览会|洽谈会|交易会|展会|大会|展览会)")
#: a sentence whose subject is the fair named by its kind alone (博览会以“…”为主题)
_SUBJECT = re.compile(r"^\s*(?:博览会|交易会|洽谈会|展览会)(?=以|由|为|于|共|设)")
_PARTICIPATION = re.compile(r"参展|参会|参加|出席|展馆|展区|代表团|驻华|亮相|主宾国")
_OPEN = re.compile(r"开幕|启幕|揭幕|开馆|开展|拉开帷幕")
#: 某会23日在西安召开: a fair convened on a day opened on it (not 23日召开的闭幕新闻发布会, nor
#: 某会闭幕通报会9日召开, a meeting named after the fair)
_CONVENED = re.compile(r"召开(?!的)")
#: a meeting named after a fair (某会闭幕通报会, 某会签约仪式): what convened is not the fair
_MEETING = re.compile(
    r"(?:通报|发布|推介|座谈|恳谈|对接|说明|招商|签约|新闻)会|仪式|开幕式|闭幕式|论坛|峰会|会议(?!中心)"
)
#: what follows the date of a dateline (某地7月25日电): the report's date, not an event's
_DATELINE_END = re.compile(r"电|讯|消息|报道|发布")  # (…5月6日报道称: another outlet's date)
_CLOSE = re.compile(r"闭幕|落幕|闭馆|收官|落下帷幕|(?<!式)结束(?![后了])")


def _said_of(text: str, offset: int) -> str | None:
    """Whether the clause after a date says the fair opened ("open") or closed ("close") on it,
    by the first such verb there (集中开展洽谈的某会，7月9日在某地落幕: closed on the 9th).

    >>> _said_of("开展洽谈的博览会，7月9日在兰州顺利落幕。", 13), _said_of("7月6日开幕", 4)
    ('close', 'open')
    >>> _said_of("某会5月23日在西安召开", 7)
    'convene'
    """
    clause = re.match(r"[^，。；！？]*", text[offset:])
    tail = clause.group(0) if clause else ""
    found = [
        (m.start(), kind)
        for kind, rx in (("open", _OPEN), ("close", _CLOSE), ("convene", _CONVENED))
        if (m := rx.search(tail))
    ]
    return min(found)[1] if found else None


#: a clause about another edition's guest (上届主宾国为某国)
_OTHER_EDITION = re.compile(r"上届|上一届|往届|历届|下届|下一届")
_HOME_NAMES = ("中国", "中华人民共和国")


def guest_countries(sentence: Sentence) -> list[Mention]:
    """The countries a sentence names as the fair's guests: those of the clauses that hold the
    cue (主宾国为甲、乙; 甲担任主宾国), not of the sentence's other clauses (来自丙国的客商),
    nor of a clause about another edition (上届主宾国为丁); after a clause of the cue alone
    the next clause's first country (作为主宾国，甲…), or all it lists (设置主宾国，由甲、乙担任).

    >>> from fairgraph.model import Span
    >>> t = "来自甲国的客商参会，本届主宾国为乙国。"
    >>> s = Sentence(Span(0, len(t), t), (Mention(2, 4, "甲国", "Country"),
    ...                                  Mention(16, 18, "乙国", "Country")))
    >>> [m.text for m in guest_countries(s)]
    ['乙国']
    """
    out: list[Mention] = []
    clauses = [c for c in re.finditer(r"[^，；。,;]+", sentence.text)]
    for k, clause in enumerate(clauses):
        if not guest_cue(clause.group()) or _OTHER_EDITION.search(clause.group()):
            continue
        lo, hi = sentence.start + clause.start(), sentence.start + clause.end()
        found = [
            m
            for m in sentence.of_type("Country")
            if lo <= m.start and m.end <= hi and m.text not in _HOME_NAMES
        ]
        if not found and k + 1 < len(clauses):  # 作为主宾国，甲国…
            nxt = clauses[k + 1]
            lo, hi = sentence.start + nxt.start(), sentence.start + nxt.end()
            found = [
                m
                for m in sentence.of_type("Country")
                if lo <= m.start and m.end <= hi and m.text not in _HOME_NAMES
            ]
            if not re.match(r"\s*由|[^，；。]*担任\s*$", nxt.group()):
                found = found[:1]
        out += [m for m in found if m not in out]
    return out


#: the sum of parts stated before it (内资项目…，外资项目…，合计签约金额…)
_WHOLE = re.compile(
    r"(?:合计|总计|共计|汇总)(?:签约|签订)?(?:项目(\d+|[一二三四五六七八九十百千]+)个[，、]?)?"
    r"(?:签约|签订)?(?:总?金额|总额|总投资额?|投资总额|签约额|投资额)?(?:为|达|约)?"
)
#: the parts a fair's figures may be stated in first
_PARTS = re.compile(r"内资|外资|国内|国际|省外|境外|境内")


#: the words of a part of a fair's figures; the words for both together are masked first
_PART_WORD = re.compile(r"(内资|外资|国内|国际|省内|省外|境内|境外)(?=[^，。；、\d]{0,8}项目)")
_ONE_PART = r"(?:内资|外资|国内|国际|省内|省外|境内|境外)"
_BOTH_PARTS = re.compile(
    rf"内外资|中外资|国内外|海内外|境内外|省内外|{_ONE_PART}[、和与及]?{_ONE_PART}"
)


def _unmasked(text: str) -> str:
    return _BOTH_PARTS.sub(lambda m: "＿" * len(m.group()), text)


def stated_parts(sentence: Sentence) -> int | None:
    """Where a sentence begins to give a fair's figures in two or more parts (内资项目…，外资项目…;
    国际合作项目…；国内合作项目…): the position of the first part's word, or None when it names
    fewer than two kinds of part. Words inside names (某某国际会展中心) and words for both
    parts together (内外资, 国内外) are no parts.

    >>> from fairgraph.model import Span
    >>> t = "共签约项目32个，其中内资项目30个，金额20亿元；外资项目2个，合同外资1亿美元"
    >>> stated_parts(Sentence(Span(100, 100 + len(t), t), ()))
    111
    >>> t = "共签约内外资项目32个，吸引国内外客商"
    >>> stated_parts(Sentence(Span(0, len(t), t), ())) is None
    True
    >>> t = "签约国际、国内合作项目共32个，总投资额20亿元"  # both parts at once: the whole
    >>> stated_parts(Sentence(Span(0, len(t), t), ())) is None
    True
    """
    text = list(_unmasked(sentence.text))
    for m in sentence.mentions:
        for i in range(m.start - sentence.start, m.end - sentence.start):
            text[i] = "＿"
    found = list(_PART_WORD.finditer("".join(text)))
    if len({f.group(1) for f in found}) < 2:
        return None
    return sentence.start + found[0].start()


def _whole_after_parts(
    text: str, base: int, amounts: Sequence[Amount]
) -> tuple[int | None, Amount | None] | None:
    """(project count, amount) a sentence states as the sum (合计/总计) after giving its parts
    (内资…，外资…), or None when it gives no parts before a sum.

    >>> t = "签约内资项目30个，金额20亿元；外资项目5个，金额2亿美元；合计签约项目35个，金额21亿元"
    >>> a = Amount(210, "CNY", "21亿元", 51, 56)
    >>> _whole_after_parts(t, 0, [a])
    (35, Amount(value=210, currency='CNY', text='21亿元', start=51, end=56, approximate=False))
    """
    for match in _WHOLE.finditer(text):
        if not _PARTS.search(text, 0, match.start()):
            continue
        count = int(parse_number(match.group(1)) or 0) or None if match.group(1) else None
        after = base + match.end()
        following = [a for a in amounts if after <= a.start <= after + 12]
        if count is not None or following:
            return count, (following[0] if following else None)
    return None


def _convened(sentence: Sentence, fair: Mention) -> bool:
    """Whether the fair itself convened (某会23日在西安召开), not a meeting named after it
    (某会闭幕通报会9日召开).

    >>> from fairgraph.model import Span
    >>> s = Sentence(Span(0, 12, "甲博览会5月23日在西安召开"), ())
    >>> _convened(s, Mention(0, 4, "甲博览会", "Fair"))
    True
    >>> s = Sentence(Span(0, 14, "甲博览会闭幕通报会9日在兰州召开"), ())
    >>> _convened(s, Mention(0, 4, "甲博览会", "Fair"))
    False
    """
    verb = _CONVENED.search(sentence.text, max(fair.end - sentence.start, 0))
    if verb is None:
        return False
    between = sentence.between(fair.end, sentence.start + verb.start())
    return re.search(r"[，。；]", between) is None and _MEETING.search(between) is None


#: what stands between a fair's name and the short name it is given (…洽谈会暨某大会（简称“)
_SHORT_NAME_GIVEN = re.compile(r"[^，。；、（(]{0,15}[（(](?:以下)?简称为?[“\"「]?$")


def declared_short_names(sentence: Sentence, fairs: Sequence[Mention]) -> list[Mention]:
    """The fairs a sentence names, without the short names it gives them in brackets
    (某某洽谈会（简称“某洽会”）: one fair, even where the lexicon files the short name under a
    series of another name).

    >>> from fairgraph.model import Span
    >>> text = "2019东川投资洽谈会（简称“东洽会”）于昨日开幕。"
    >>> a, b = Mention(0, 11, "2019东川投资洽谈会", "Fair"), Mention(15, 18, "东洽会", "Fair")
    >>> [m.text for m in declared_short_names(Sentence(Span(0, len(text), text), [a, b]), [a, b])]
    ['2019东川投资洽谈会']
    """
    kept: list[Mention] = []
    for mention in fairs:
        if (
            kept
            and _SHORT_NAME_GIVEN.search(sentence.text, 0, mention.start - sentence.start)
            and (mention.start - kept[-1].end) <= 25
        ):
            continue
        kept.append(mention)
    return kept


def fair_facts(
    sentence: Sentence,
    lexicon: Lexicon,
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    main: Mention | None,
    has_agreement: bool = False,
    continues: bool = False,
) -> list[FairFact]:
    """What ``sentence`` states about the fair(s) it names or refers to; ``continues``: the
    sentence goes on in a paragraph about the report's main fair, so fair-wide totals with no
    other owner (签下投资合同项目235个，合同引资额为2243亿元) are that fair's."""
    named = [m for m in sentence.mentions if m.type == "Fair"]
    refers = (
        any(c in sentence.text for c in _CONTEXT)
        or _SUBJECT.match(sentence.text)
        or _THIS_FAIR.search(sentence.text)
        or guest_cue(sentence.text)  # 某国为主宾国: a report's guest country is its fair's
        or _ORGANIZERS_LINE.match(sentence.text)  # 主办单位：…, a line of the fair's facts
        or (
            continues
            and (_SIGNED_PROJECTS.search(sentence.text) or _TOTAL_CUE.search(sentence.text))
            and not sentence.of_type("Organization", "Place", "Person")
        )
    )
    if not named and main is not None and refers:
        named = [main]
    facts = []
    named = declared_short_names(sentence, named)
    series = {series_name(m, lexicon) for m in named}
    together = co_held(sentence, named)
    # a later fair counts when it has an edition, or is held as one event with the first (A暨B)
    for fair in named[:1] + [m for m in named[1:] if m.subtype or together]:
        edition = int(fair.subtype) if fair.subtype else None
        name = series_name(fair, lexicon)
        again = [m for m in named if m != fair and series_name(m, lexicon) == name]
        fact = _facts_for(
            sentence,
            fair,
            series_name(fair, lexicon),
            edition,
            amounts,
            dates,
            has_agreement,
            only_fair=len(series) == 1,
            same_dates=together,
            first=named[0] if together else fair,
            again=again,
        )
        city = (
            venue_city(fact.location, lexicon)
            if fact.location and is_venue(fact.location)
            else None
        )
        halls = other_halls(sentence, fact.location)
        if city is not None:  # the city first: a fair has one location, the venue is extra
            facts.append(dataclasses.replace(fact, location=city))
            fact = FairFact(
                fair=fair,
                series=fact.series,
                evidence=sentence.span,
                edition=edition,
                location=fact.location,
            )
        facts.append(fact)
        facts += [
            FairFact(fair, fact.series, sentence.span, edition=edition, location=hall)
            for hall in halls
        ]
    return facts


#: the fair as the subject of a sentence stating its length (本届博览会为期5天, 展会会期4天)
_LENGTH_SUBJECT = re.compile(
    r"^\s*(?:本届|本次|此次|这次)?[^，。；]{0,16}?(?:博览会|洽谈会|交易会|展会|展览会|大会)?"
    r"[^，。；]{0,4}?(?:为期|会期|展期|历时|持续)"
)
#: events held at a fair, whose length is not the fair's (论坛为期两天)
_SIDE_EVENT = re.compile(r"论坛|峰会|活动|展览(?!会)|推介会|对接会|研讨会|会议")


def dates_by_length(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
) -> list[FairFact]:
    """The main fair's missing end (or start) from its length stated in a sentence of its own
    (某会30日开幕。本届博览会为期5天。): the opening day plus the days, less one.

    Only a sentence about the fair itself counts (本届博览会为期5天), not one about an event
    held at it (论坛为期两天), and only when the fair has one known start (or end).
    """
    if main is None:
        return []
    series = series_name(main, lexicon)
    edition = int(main.subtype) if main.subtype else None
    own = [f for f in facts if f.series == series and f.edition == edition]
    starts = {f.start_date for f in own if f.start_date is not None}
    ends = {f.end_date for f in own if f.end_date is not None}
    if (starts and ends) or len(starts) > 1 or len(ends) > 1 or not (starts or ends):
        return []
    for sentence in sentences:
        for clause in re.split(r"[，；]", sentence.text):
            length = _LENGTH_SUBJECT.match(clause)
            if length is None or _SIDE_EVENT.search(clause[: length.end()]):
                continue
            if starts:
                end = end_after_days(clause, next(iter(starts)))
                if end is not None:
                    return [FairFact(main, series, sentence.span, edition=edition, end_date=end)]
            else:
                start = start_before_days(clause, next(iter(ends)))
                if start is not None:
                    return [
                        FairFact(main, series, sentence.span, edition=edition, start_date=start)
                    ]
    return []


#: the fair's opening day named by a date before it (8月24日的开幕当天, 8月24日开幕式上)
_OPENING_DAY = re.compile(r"的?(?:开幕(?:当天|当日|日|式))")


def opening_day(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
    dates: Sequence[DateMention],
) -> list[FairFact]:
    """The main fair's start from a sentence that names its opening day by a date and does not
    name the fair (8月28日，某会闭幕。… 8月24日的开幕当天，A与B签署…): when no start is known
    and the day is at most a fortnight before the known end (or no end is known).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.model import PartialDate, Span
    >>> t = "8月24日的开幕当天，甲与乙签署了协议。"
    >>> s = Sentence(Span(100, 100 + len(t), t), ())
    >>> day = DateMention(100, 105, "8月24日", PartialDate(2023, 8, 24))
    >>> fair = Mention(0, 9, "第十四届东北亚博览会", "Fair", "14")
    >>> [f.start_date for f in opening_day([s], [], fair, load_lexicon(), [day])]
    [PartialDate(year=2023, month=8, day=24)]
    """
    if main is None:
        return []
    series = series_name(main, lexicon)
    edition = int(main.subtype) if main.subtype and main.subtype.isdigit() else None
    own = [f for f in facts if f.series == series and f.edition == edition]
    if any(f.start_date is not None for f in own):
        return []
    ends = {f.end_date for f in own if f.end_date is not None}
    if len(ends) > 1:
        return []
    end = next(iter(ends), None)
    for sentence in sentences:
        if any(m.type == "Fair" for m in sentence.mentions):
            continue  # (the sentences naming a fair were read with it)
        for d in dates:
            if not sentence.start <= d.start < sentence.span.end or d.end_date is not None:
                continue
            if _OPENING_DAY.match(sentence.text, d.end - sentence.start) is None:
                continue
            if end is not None and not _days_before(d.date, end, 15):
                continue
            return [FairFact(main, series, sentence.span, edition=edition, start_date=d.date)]
    return []


def _days_before(day: PartialDate, end: PartialDate, most: int) -> bool:
    """Whether ``day`` falls on or up to ``most`` days before ``end`` (both full dates)."""
    import datetime

    if None in (day.year, day.month, day.day, end.year, end.month, end.day):
        return (
            day.month == end.month
            and day.day is not None
            and end.day is not None
            and (0 <= end.day - day.day <= most)
        )
    first = datetime.date(day.year, day.month, day.day)  # type: ignore[arg-type]
    last = datetime.date(end.year, end.month, end.day)  # type: ignore[arg-type]
    return 0 <= (last - first).days <= most


#: an approximate signed count (签约逾千个项目, 近百个项目签约): a headline's rounding
_ROUGH_COUNT = re.compile(
    r"签(?:约|订|署|下)(?:项目)?(?:逾|近|超过|超|约|将近)(\d+|[一二三四五六七八九十百千]+)(?:多|余)?个"
    r"|(?:逾|近|超过|超|约|将近)(\d+|[一二三四五六七八九十百千]+)(?:多|余)?个(?:[^，。；\d]{0,6}?)"
    r"项目(?:成功|现场)?签约"
)


def rough_project_count(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
) -> list[FairFact]:
    """The main fair's signed count stated only roughly (a headline's 某会签约逾千个项目: 1000,
    the number as stated), when the report states no count of the fair anywhere; an exact
    count always wins, and a sentence about a part, a day or earlier editions is no count.
    """
    if main is None:
        return []
    series = series_name(main, lexicon)
    edition = int(main.subtype) if main.subtype else None
    if any(f.signed_project_count is not None for f in facts if f.series == series):
        return []
    for sentence in sentences:
        text = sentence.text
        rough = _ROUGH_COUNT.search(text)
        if rough is None or own_figure(text) or day_figure(text) or earlier_figure(text):
            continue
        fairs = sentence.of_type("Fair")
        if not fairs or any(series_name(m, lexicon) != series for m in fairs):
            continue  # only a sentence naming the main fair, and no other
        if sentence.of_type("Organization", "Place", "Person"):
            continue  # a body's or a place's signings at the fair
        count = parse_number(next(g for g in rough.groups() if g))
        if count:
            return [
                FairFact(
                    main, series, sentence.span, edition=edition, signed_project_count=int(count)
                )
            ]
    return []


#: a sentence of totals that names no fair, opening with where its figures come from (据统计，
#: 共签订…; 截至闭幕，共签约…)
_UNNAMED_TOTALS = re.compile(
    r"^(?:据统计|据初步统计|据不完全统计|据了解|据介绍|据悉|截至(?:闭幕|目前|当天|昨日|今日)?)"
    r"[，,]?\s*(?:期间|会期|展会期间)?[，,]?共(?:签约|签订|签署|达成)"
)


def unnamed_totals(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
    amounts: Sequence[Amount],
) -> list[FairFact]:
    """The main fair's count and total from a sentence of totals that names no fair and no one
    (本届兰洽会成果丰硕。\n\n据统计，共签订合同项目1108个，总金额4958亿元。), when the report
    states neither anywhere else; parts, a day's, a place's or earlier editions' figures are
    read as :func:`fair_facts` reads them (no part is the whole).
    """
    if main is None:
        return []
    series = series_name(main, lexicon)
    edition = int(main.subtype) if main.subtype and main.subtype.isdigit() else None
    own = [f for f in facts if f.series == series]
    if any(f.signed_project_count is not None or f.total_investment is not None for f in own):
        return []
    for sentence in sentences:
        if not _UNNAMED_TOTALS.match(sentence.text):
            continue
        if sentence.of_type("Fair", "Organization", "Place", "Person", "Country"):
            continue  # a fair's, a body's or a place's figures, read with them
        fact = _facts_for(sentence, main, series, edition, amounts, [], False, True)
        if fact.signed_project_count is None and fact.total_investment is None:
            continue
        return [
            FairFact(
                main,
                series,
                sentence.span,
                edition=edition,
                signed_project_count=fact.signed_project_count,
                total_investment=fact.total_investment,
            )
        ]
    return []


def headline_figures(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
    amounts: Sequence[Amount],
) -> list[FairFact]:
    """The signed count and total of a headline that names no fair (在某地签约合作项目88个
    合同投资额超2900亿元 above a report on one fair) are the main fair's, when no sentence of the
    report states them; a headline naming a body, a person, a day or earlier editions gives none.
    """
    if main is None or not sentences:
        return []
    series = series_name(main, lexicon)
    head = sentences[0]
    text = head.text
    if (
        "\n" in text.strip()
        or head.of_type("Fair", "Organization", "Person")
        or own_figure(text)
        or day_figure(text)
        or earlier_figure(text)
        or any(f.series == series and f.signed_project_count is not None for f in facts)
    ):
        return []
    count = _SIGNED_PROJECTS.search(text)
    if count is None:
        return []
    projects = parse_number(next(g for g in count.groups() if g))
    within = [a for a in amounts if head.start <= a.start < head.span.end]
    total = _amount_after(text, head.start, _TOTAL_CUE, within)
    stated = any(f.series == series and f.total_investment is not None for f in facts)
    edition = int(main.subtype) if main.subtype else None
    return [
        FairFact(
            main,
            series,
            head.span,
            edition=edition,
            signed_project_count=int(projects) if projects else None,
            total_investment=None if stated else total,
        )
    ]


def document_venue(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
) -> list[FairFact]:
    """The one venue a fair report names is the main fair's venue (and its city the location),
    unless a sentence already placed the fair in a venue."""
    if main is None or any(f.location is not None and is_venue(f.location) for f in facts):
        return []
    found = [(s, m) for s in sentences for m in s.mentions if is_venue(m)]
    if len({m.text for _, m in found}) != 1:
        return []
    plain = [(s, m) for s, m in found if not s.of_type("Fair")] or [
        (s, m)
        for s, m in found
        if main in s.mentions  # 某会在海口开幕，主展馆设在某中心
    ]
    if not plain:
        return []
    sentence, venue = plain[0]
    edition = int(main.subtype) if main.subtype else None
    series = series_name(main, lexicon)
    out = [
        FairFact(fair=main, series=series, evidence=sentence.span, edition=edition, location=venue)
    ]
    city = venue_city(venue, lexicon)
    if city is not None:
        out.insert(0, dataclasses.replace(out[0], location=city))
    return out


def host_city(
    sentences: Sequence[Sentence],
    facts: Sequence[FairFact],
    main: Mention | None,
    lexicon: Lexicon,
) -> list[FairFact]:
    """The city a fair series is always held in (投洽会: 厦门), when the report names that city
    and no sentence placed the fair in a city (a venue whose name holds none, 某某博览城, may
    have placed it): the main fair's location. With no such series city, a fair held in a
    venue with no city in its name is in the dateline's city (新华社北京4月10日电 … 在全国农业
    展览馆开幕 → 北京).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.model import Span
    >>> t = "第二十一届投洽会闭幕。东道主厦门表示欢迎。"
    >>> fair = Mention(0, 8, "第二十一届投洽会", "Fair", "21")
    >>> city = Mention(14, 16, "厦门", "Place")
    >>> ss = [Sentence(Span(0, 11, t[:11]), (fair,)), Sentence(Span(11, 21, t[11:]), (city,))]
    >>> [f.location.text for f in host_city(ss, [], fair, load_lexicon())]
    ['厦门']
    """
    if main is None or any(f.location is not None and not is_hall(f.location) for f in facts):
        return []  # (a hall named where the fair is held, 某某会展体育中心, places it in no city)
    edition = int(main.subtype) if main.subtype else None
    series = series_name(main, lexicon)
    entry = lexicon.fair_of(series)
    if entry is not None and entry.city:
        for sentence in sentences:
            for m in sentence.mentions:
                place = lexicon.place_of(m.text) if m.type == "Place" else None
                if place is not None and place.name == entry.city:
                    return [FairFact(main, series, sentence.span, edition=edition, location=m)]
    if not any(f.location is not None for f in facts):
        return []  # no venue was named: the dateline alone places nothing
    found = dateline_city(sentences, lexicon)
    if found is None or (entry is not None and entry.city):
        return []
    sentence, city = found
    return [FairFact(main, series, sentence.span, edition=edition, location=city)]


#: a dateline's place and day (新华社北京4月10日电, 本报成都9月20日讯)
_DATELINE_PLACE = re.compile(r"(?:[0-9０-９]{1,2})月(?:[0-9０-９]{1,2})日(?:电|讯)")


def dateline_city(
    sentences: Sequence[Sentence], lexicon: Lexicon
) -> tuple[Sentence, Mention] | None:
    """The city (or municipality) a report's dateline names, right before its day; the
    dateline opens one of the first lines (a headline or a date line may stand above it).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.model import Span
    >>> t = "新华社北京4月10日电 某会开幕。"
    >>> s = Sentence(Span(0, len(t), t), (Mention(3, 5, "北京", "Place"),))
    >>> dateline_city([s], load_lexicon())[1].text
    '北京'
    >>> head = Sentence(Span(0, 14, "2009年8月26日 新华网"), ())
    >>> t = "新华网银川8月26日电 某会闭幕。"
    >>> s = Sentence(Span(15, 15 + len(t), t), (Mention(18, 20, "银川", "Place"),))
    >>> dateline_city([head, s], load_lexicon())[1].text
    '银川'
    """
    for first in sentences[:_DATELINE_SENTENCES]:
        match = _DATELINE_PLACE.search(first.text[:40])
        if match is None:
            continue
        day = first.start + match.start()
        for m in first.mentions:
            place = lexicon.place_of(m.text) if m.type == "Place" else None
            if m.end == day and place is not None and place.level in ("city", "province"):
                if place.level == "province" and place.name not in _MUNICIPALITIES:
                    return None
                return first, m
        return None
    return None


#: how many sentences from the top a dateline may open (after a headline and a date line)
_DATELINE_SENTENCES = 3


#: the provincial-level cities, where a dateline's place is the city itself
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")


def _host_cities(fair: Mention, series: str) -> tuple[str, ...]:
    """The host cities the lexicon gives the series a fair's name may denote (西洽会: both
    Chongqing's and Xi'an's); none when it knows no such series."""
    lexicon = load_lexicon()
    entries = [*lexicon.fair_candidates(fair.text), lexicon.fair_of(series)]
    return tuple(sorted({e.city for e in entries if e is not None and e.city}))


def _facts_for(
    sentence: Sentence,
    fair: Mention,
    series: str,
    edition: int | None,
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    has_agreement: bool,
    only_fair: bool,
    same_dates: bool = False,
    first: Mention | None = None,
    again: Sequence[Mention] = (),
) -> FairFact:
    """The facts of one fair in one sentence; ``first`` is the first of the fairs named as one
    event (A暨B), whose name a date written before them must be near; ``again``: later mentions
    of the same fair in the sentence."""
    text = sentence.text
    start_date = end_date = None
    if only_fair or same_dates:
        ranged = [d for d in dates if d.end_date is not None]
        # the opening date is the first written near or after the name (not the dateline's)
        near = [
            d
            for d in dates
            if (first or fair).end <= d.start + 40
            and not _DATELINE_END.match(text, d.end - sentence.start)
        ] or [d for d in dates if _leads(sentence, d)][:1]
        said = _said_of(text, near[0].end - sentence.start) if near else None
        if said == "convene" or (said is None and near and not _OPEN.search(text)):
            said = "open" if _convened(sentence, fair) else None
        lead = None if near or ranged else _dateline_lead(sentence, dates)
        if ranged:
            start_date, end_date = ranged[0].date, ranged[0].end_date
        elif lead is not None:  # 某社某地6月15日电 某会在某地揭幕: the news of the dateline's day
            start_date = lead.date if _OPEN.search(text) else None
            end_date = lead.date if start_date is None and _CLOSE.search(text) else None
        elif near and (said == "open" or (said is None and _OPEN.search(text))):
            start_date = near[0].date
        elif near and (said == "close" or _CLOSE.search(text)):
            end_date = near[0].date
        closing = end_date_of(text, sentence.start, dates)
        if closing is not None and end_date is None:
            end_date = closing.date
        end_date = end_date or end_after_days(text, start_date)
        start_date = start_date or start_before_days(text, end_date)
    theme_match = _THEME.search(text)
    theme = next((g.strip() for g in theme_match.groups() if g), None) if theme_match else None
    location = _location(sentence)
    organizers = (
        _in_span(sentence, _ORGANIZER, ("Organization",))
        or _in_span(sentence, _ORGANIZER_LIST, ("Organization",))
    ) or next(
        (h for m in (fair, *again) if (h := hosts_before(sentence, m))), []
    )  # …部署安排，省政府首次单独主办青洽会: the fair named again after its hosts
    guests = guest_countries(sentence) if guest_cue(text) else []
    projects: Decimal | int | None = None
    total = None
    if (
        only_fair
        and not has_agreement
        and not day_figure(text)
        and not own_figure(text)
        and not earlier_figure(text)
        and not visitor_figure(sentence, _host_cities(fair, series))
    ):
        count = _SIGNED_PROJECTS.search(text)
        if count:
            projects = parse_number(next(g for g in count.groups() if g))
        total = _amount_after(text, sentence.start, _TOTAL_CUE, amounts)
        whole = _whole_after_parts(text, sentence.start, amounts)
        if whole is not None:  # 内资…，外资…，合计…: the sum the report states, not a part
            if whole[0] is None and count and _PARTS.search(text, 0, count.end()):
                projects = None  # the count read was a part's, and no sum of them is stated
            projects, total = whole[0] or projects, whole[1] or total
        else:
            parts = stated_parts(sentence)
            if parts is not None:  # 内资…，外资… and no sum: no part is the fair's figure
                if count and _PART_WORD.search(_unmasked(count.group(0))):
                    projects = None
                if total is not None and total.start > parts:
                    total = None
    participants = (
        sentence.of_type("Country", "Organization") if _PARTICIPATION.search(text) else []
    )
    participants = [m for m in participants if m not in guests and m not in organizers]
    return FairFact(
        fair=fair,
        series=series,
        evidence=sentence.span,
        edition=edition,
        start_date=start_date,
        end_date=end_date,
        location=location,
        organizers=tuple(organizers),
        theme=theme,
        guest_countries=tuple(guests),
        signed_project_count=int(projects) if projects else None,
        total_investment=total,
        participants=tuple(participants) if only_fair else (),
    )


#: a fair's opening or closing told as past, future or of another day (已于, 将, 上周 …)
_NOT_THAT_DAY = re.compile(r"将|即将|已于|已经|曾|前夕|上周|本周|下周|日前|近日|此前|之前|前不久")


def _dateline_lead(sentence: Sentence, dates: Sequence[DateMention]) -> DateMention | None:
    """The dateline's date of a lead sentence that tells a fair's opening or closing with no
    date of its own (某社某地6月15日电 某会在某地揭幕): the news of the dateline's day.

    >>> from fairgraph.model import PartialDate, Span
    >>> text = "某社东川6月15日电 第3届东川洽谈会在东川揭幕。"
    >>> day = DateMention(4, 9, "6月15日", PartialDate(2006, 6, 15))
    >>> _dateline_lead(Sentence(Span(0, len(text), text), ()), [day]).text
    '6月15日'
    >>> text = "某社东川6月15日电 第3届东川洽谈会日前在东川揭幕。"
    >>> _dateline_lead(Sentence(Span(0, len(text), text), ()), [day]) is None
    True
    """
    text = sentence.text
    for date in dates:
        offset = date.end - sentence.start
        if (
            _DATELINE_END.match(text, offset)
            and text[offset : offset + 1] in "电讯"
            and date.date.year is not None
            and (_OPEN.search(text, offset) or _CLOSE.search(text, offset))
            and not _NOT_THAT_DAY.search(text, offset)
        ):
            return date
    return None


#: the end of a dateline and its byline (…9月5日电（记者某某）) before a sentence's own date
_AFTER_DATELINE = re.compile(r"(?:电|讯)\s*(?:[（(【][^）)】]{0,30}[）)】])?\s*$")


def _leads(sentence: Sentence, date: DateMention) -> bool:
    """Whether a date opens its sentence as the time of what the sentence tells (7月6日，…):
    then it is the event's date however long the fair's description between them.

    >>> from fairgraph.model import Span
    >>> from fairgraph.model import PartialDate
    >>> s = Sentence(Span(0, 8, "7月6日，某会开幕"), ())
    >>> _leads(s, DateMention(0, 4, "7月6日", PartialDate(None, 7, 6)))
    True
    """
    head = sentence.between(sentence.start, date.start)
    return (head.strip() == "" or _AFTER_DATELINE.search(head) is not None) and sentence.between(
        date.end, date.end + 1
    ) == "，"


def co_held(sentence: Sentence, fairs: Sequence[Mention]) -> bool:
    """Whether several fairs are named as one event (A暨B, A、B): they share dates and venue.

    >>> from fairgraph.model import Span
    >>> s = Sentence(Span(0, 9, "甲博览会暨乙交易会开幕"), ())
    >>> co_held(s, [Mention(0, 4, "甲博览会", "Fair"), Mention(5, 9, "乙交易会", "Fair")])
    True
    >>> t = "甲博览会暨乙交易会（简称“甲博会”）开幕"
    >>> s = Sentence(Span(0, len(t), t), ())
    >>> co_held(s, [Mention(0, 4, "甲博览会", "Fair"), Mention(5, 9, "乙交易会", "Fair"),
    ...             Mention(13, 16, "甲博会", "Fair")])
    True
    """
    named = [m for m in fairs if not _DECLARED_SHORT.search(sentence.between(m.start - 6, m.start))]
    if len(named) < 2:
        return False
    return all(
        sentence.between(a.end, b.start) in ("暨", "、", "和", "及", "与")
        for a, b in zip(named, named[1:], strict=False)
    )


#: a short name declared in brackets (（简称“厦洽会”）), which names no event of its own
_DECLARED_SHORT = re.compile(r"[（(](?:以下)?(?:简称)?[“\"]?$")


def _held_places(sentence: Sentence) -> list[Mention]:
    """The places and bodies named where the sentence's event is held (在…举行, 主会场设在…)."""
    matches = list(_HELD.finditer(sentence.text))
    # the first place of holding, and the main hall a later clause sets (在厦门举行，主会场设在…)
    matches = matches[:1] + [m for m in matches[1:] if m.group(2) is not None]
    out = []
    for match in matches:
        group = 1 if match.group(1) is not None else 2  # 在…举行 / 主会场设在…
        lo, hi = sentence.start + match.start(group), sentence.start + match.end(group)
        out += [
            m
            for m in sentence.mentions
            if lo <= m.start and m.end <= hi and m.type in ("Place", "Organization")
        ]
    return out


def _location(sentence: Sentence) -> Mention | None:
    places = _held_places(sentence)
    return places[-1] if places else short_form_city(sentence)


#: a fair held in a city written by its one-character short form (某会在京开幕, 在沪举办)
_HELD_IN_SHORT = re.compile(
    r"在(?P<city>[\u4e00-\u9fff])(?:隆重|盛大|正式)?"
    r"(?:开幕|闭幕|举办|举行|召开|落幕|揭幕|启幕|开展|拉开帷幕|圆满闭幕)"
)


def short_form_city(sentence: Sentence) -> Mention | None:
    """The city a fair is said to be held in by its one-character short form (在沪开幕 → 沪,
    keyed as 上海市), when nothing else in the sentence is there.

    >>> from fairgraph.model import Span
    >>> t = "首届某某博览会在沪开幕"
    >>> short_form_city(Sentence(Span(0, len(t), t), ())).text
    '沪'
    >>> short_form_city(Sentence(Span(0, 8, "某某会在此举办"), ())) is None
    True
    """
    from fairgraph.zh.lexicon.tables import CITY_SHORT_FORM, city_short_forms

    found = _HELD_IN_SHORT.search(sentence.text)
    if found is None or found.group("city") not in city_short_forms():
        return None
    at = sentence.start + found.start("city")
    if any(m.start <= at < m.end for m in sentence.mentions):
        return None  # (a name holds it)
    return Mention(at, at + 1, found.group("city"), "Place", None, CITY_SHORT_FORM)


def other_halls(sentence: Sentence, location: Mention | None) -> list[Mention]:
    """The other halls of an event held in two (在A和B分别设展 → A, when B is its location)."""
    if location is None or not is_hall(location):
        return []
    return [m for m in _held_places(sentence) if m != location and is_hall(m)]


def hosts_before(sentence: Sentence, fair: Mention) -> list[Mention]:
    """ORG (首次)(单独|共同)主办 FAIR: the organisation right before 主办 organises the fair."""
    before = sentence.between(sentence.start, fair.start)
    match = _HOSTS.search(before)
    if match is None:
        return []
    cut = sentence.start + match.start()
    orgs = [m for m in sentence.mentions if m.type == "Organization" and m.end == cut]
    return orgs[-1:]


def _in_span(sentence: Sentence, pattern: re.Pattern[str], types: tuple[str, ...]) -> list[Mention]:
    match = pattern.search(sentence.text)
    if not match:
        return []
    lo, hi = sentence.start + match.start(1), sentence.start + match.end(1)
    return [m for m in sentence.mentions if lo <= m.start and m.end <= hi and m.type in types]


def _amount_after(
    text: str, base: int, cue: re.Pattern[str], amounts: Sequence[Amount]
) -> Amount | None:
    """The amount written right after the first cue that has one (投资签约总额刷新纪录，…签约总额为
    55亿元: the second)."""
    for match in cue.finditer(text):
        after = base + match.end()
        following = [a for a in amounts if after <= a.start <= after + 12]
        if following:
            return following[0]
    return None


def fair_sales(sentence: Sentence, amounts: Sequence[Amount]) -> Amount | None:
    """Sales (成交额) stated in a fair sentence."""
    return _amount_after(sentence.text, sentence.start, _SALES_CUE, amounts)
