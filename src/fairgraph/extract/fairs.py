"""Fairs: names, editions, dates, venue, theme, organiser, guest country and fair-wide totals.

``find_fair_mentions`` finds fair names (the lexicon's full and short names, and the general
pattern 第N届…洽谈会/博览会/交易会/展览会/论坛); ``fair_facts`` reads what one sentence says
about the fair it names (or, for 本届/展会期间, about the report's main fair).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from fairgraph.extract.fair_fields import (
    bracket_city,
    day_figure,
    end_date_of,
    guest_cue,
    is_side_event,
)
from fairgraph.extract.numbers import parse_number
from fairgraph.extract.sentences import Sentence
from fairgraph.lexicon import Lexicon
from fairgraph.model import Amount, DateMention, FairFact, Mention

_EDITION = r"第([0-9０-９]+|[一二三四五六七八九十百零〇两]+)届"
_GENERIC_SUFFIX = r"(?:洽谈会|博览会|交易会|展览会|展销会|交流会|论坛|峰会|博鳌)"
_GENERIC = re.compile(_EDITION + r"([^\s，。；、：“”《》（）()]{2,30}?" + _GENERIC_SUFFIX + ")")
_EDITION_ONLY = re.compile(_EDITION + r"$")
_THEME = re.compile(
    r"以[“\"「]([^”\"」]{2,40})[”\"」]为(?:主题|主旨)|主题(?:为|是)[“\"「]([^”\"」]{2,40})[”\"」]"
)
_HELD = re.compile(
    r"在([^，。；]{2,30}?)(?:隆重|盛大|顺利|正式)?"
    r"(?:举行|举办|开幕|召开|开展|落幕|闭幕|启幕|开馆|拉开帷幕|落下帷幕)"
)
_ORGANIZER = re.compile(r"由([^，。；]{2,60}?)(?:共同|联合)?主办")
_SIGNED_PROJECTS = re.compile(
    r"签(?:约|订|署)(?:项目|成果)?(?:共计|共|达|总数)?(\d+|[一二三四五六七八九十百千]+)(?:个|项)"
    r"|(\d+|[一二三四五六七八九十百千]+)(?:个|项)签约项目"
    r"|签(?:约|订|署)[^，。；\d]{0,12}?项目(?:共计|共|达)?(\d+|[一二三四五六七八九十百千]+)(?:个|项)"
)
_HOSTS = re.compile(r"(?:首次|再次|继续)?(?:单独|共同|联合)?(?:主办|举办)(?:了)?(?:本届)?$")
VENUE_SUFFIXES = (
    "会展中心",
    "展览中心",
    "博览中心",
    "会议中心",
    "展览馆",
    "博览馆",
    "宾馆",
    "酒店",
    "体育馆",
    "会议展览中心",
    "国际博览中心",
    "展馆",
    "交流中心",
)
_TOTAL_CUE = re.compile(
    r"总投资额?|投资总额|贸易总额|签约总额|签约金额|总金额|合同金额|协议金额|意向金额"
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
)
_PARTICIPATION = re.compile(r"参展|参会|参加|出席|展馆|展区|代表团|驻华|亮相|主宾国")
_OPEN = re.compile(r"开幕|启幕|开馆|开展|拉开帷幕")
_CLOSE = re.compile(r"闭幕|落幕|闭馆|收官|落下帷幕")


def find_fair_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Fair names in ``text``, with a preceding 第N届 included in the mention.

    Each returned mention has ``type == "Fair"`` and ``subtype`` set to the edition number
    as a string when one is given (``"25"``), else ``None``.
    """
    found: list[Mention] = []
    for match in lexicon.find(text):
        if match.type != "Fair":
            continue
        if is_side_event(Mention(match.start, match.end, match.text, "Fair")) and not re.search(
            _EDITION + r"$", text[max(0, match.start - 8) : match.start]
        ):
            continue  # a summit or forum held with a fair, not an edition of a fair
        start, edition = match.start, None
        head = re.search(_EDITION + r"$", text[max(0, start - 8) : start])
        if head:
            start -= len(head.group())
            edition = parse_number(head.group(1))
        found.append(
            Mention(
                start,
                match.end,
                text[start : match.end],
                "Fair",
                str(int(edition)) if edition else None,
                origin="lexicon",
            )
        )
    for hit in _GENERIC.finditer(text):
        if any(m.start <= hit.start() < m.end for m in found):
            continue
        edition = parse_number(hit.group(1))
        found.append(
            Mention(
                hit.start(),
                hit.end(),
                hit.group(),
                "Fair",
                str(int(edition)) if edition else None,
                origin="rule",
            )
        )
    return sorted(found)


def series_name(mention: Mention, lexicon: Lexicon) -> str:
    """The fair series a mention names: the lexicon's canonical name, else the name itself."""
    name = re.sub("^" + _EDITION, "", mention.text)
    entry = lexicon.fair_of(name)
    return entry.name if entry else name


def main_fair(mentions: Sequence[Mention]) -> Mention | None:
    """The report's main fair: the first mention with an edition number, else the first."""
    fairs = [m for m in mentions if m.type == "Fair"]
    with_edition = [m for m in fairs if m.subtype]
    chosen = with_edition or fairs
    return chosen[0] if chosen else None


def fair_facts(
    sentence: Sentence,
    lexicon: Lexicon,
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    main: Mention | None,
    has_agreement: bool = False,
) -> list[FairFact]:
    """What ``sentence`` states about the fair(s) it names or refers to."""
    named = [m for m in sentence.mentions if m.type == "Fair"]
    if not named and main is not None and any(c in sentence.text for c in _CONTEXT):
        named = [main]
    facts = []
    series = {series_name(m, lexicon) for m in named}
    together = co_held(sentence, named)
    for fair in named[:1] + [m for m in named[1:] if m.subtype]:
        edition = int(fair.subtype) if fair.subtype else None
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
        )
        city = (
            venue_city(fact.location, lexicon)
            if fact.location and is_venue(fact.location)
            else None
        )
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
    return facts


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
    plain = [(s, m) for s, m in found if not s.of_type("Fair")]
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
) -> FairFact:
    text = sentence.text
    start_date = end_date = None
    if only_fair or same_dates:
        ranged = [d for d in dates if d.end_date is not None]
        if ranged:
            start_date, end_date = ranged[0].date, ranged[0].end_date
        elif dates and _OPEN.search(text) and fair.end <= dates[0].start + 40:
            start_date = dates[0].date
        elif dates and _CLOSE.search(text):
            end_date = dates[0].date
        closing = end_date_of(text, sentence.start, dates)
        if closing is not None and end_date is None:
            end_date = closing.date
    theme_match = _THEME.search(text)
    theme = (theme_match.group(1) or theme_match.group(2)) if theme_match else None
    location = _location(sentence)
    organizers = _in_span(sentence, _ORGANIZER, ("Organization",)) or hosts_before(sentence, fair)
    guests = sentence.of_type("Country") if guest_cue(text) else []
    projects = total = None
    if only_fair and not has_agreement and not day_figure(text):
        count = _SIGNED_PROJECTS.search(text)
        if count:
            projects = parse_number(count.group(1) or count.group(2) or count.group(3))
        total = _amount_after(text, sentence.start, _TOTAL_CUE, amounts)
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


def co_held(sentence: Sentence, fairs: Sequence[Mention]) -> bool:
    """Whether several fairs are named as one event (A暨B, A、B): they share dates and venue.

    >>> from fairgraph.model import Span
    >>> s = Sentence(Span(0, 9, "甲博览会暨乙交易会开幕"), ())
    >>> co_held(s, [Mention(0, 4, "甲博览会", "Fair"), Mention(5, 9, "乙交易会", "Fair")])
    True
    """
    if len(fairs) < 2:
        return False
    return all(
        sentence.between(a.end, b.start) in ("暨", "、", "和", "及", "与")
        for a, b in zip(fairs, fairs[1:], strict=False)
    )


def _location(sentence: Sentence) -> Mention | None:
    match = _HELD.search(sentence.text)
    if not match:
        return None
    lo, hi = sentence.start + match.start(1), sentence.start + match.end(1)
    places = [
        m
        for m in sentence.mentions
        if lo <= m.start and m.end <= hi and m.type in ("Place", "Organization")
    ]
    return places[-1] if places else None


def hosts_before(sentence: Sentence, fair: Mention) -> list[Mention]:
    """ORG (首次)(单独|共同)主办 FAIR: the organisation right before 主办 organises the fair."""
    before = sentence.between(sentence.start, fair.start)
    match = _HOSTS.search(before)
    if match is None:
        return []
    cut = sentence.start + match.start()
    orgs = [m for m in sentence.mentions if m.type == "Organization" and m.end == cut]
    return orgs[-1:]


def is_venue(mention: Mention) -> bool:
    """A hall or centre where fairs are held (青海国际会展中心)."""
    name = re.sub(r"[（(][^）)]{1,6}[）)]$", "", mention.text)  # 国家会展中心（上海）
    return mention.type in ("Organization", "Place") and name.endswith(VENUE_SUFFIXES)


def city_venues(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A city written right before a venue's name is part of that name (昆明|滇池国际会展中心).

    >>> ms = [Mention(0, 2, "昆明", "Place"), Mention(2, 10, "滇池国际会展中心", "Place")]
    >>> [(m.text, m.type) for m in city_venues("昆明滇池国际会展中心", ms)]
    [('昆明滇池国际会展中心', 'Place')]
    """
    out = sorted(mentions)
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.type == "Place" and prev.end == m.start and is_venue(m):
            merged[-1] = Mention(
                prev.start, m.end, text[prev.start : m.end], m.type, m.subtype, m.origin
            )
            continue
        merged.append(m)
    return merged


def venue_city(venue: Mention, lexicon: Lexicon) -> Mention | None:
    """The city that begins a venue's name (厦门国际会展中心 → 厦门), as a mention inside it."""
    for size in range(min(4, len(venue.text) - 2), 1, -1):
        place = lexicon.place_of(venue.text[:size])
        if place is not None and place.level == "city":
            return Mention(
                venue.start, venue.start + size, venue.text[:size], "Place", origin="venue-prefix"
            )
    bracket = bracket_city(venue)
    if bracket is not None and lexicon.place_of(bracket[1]) is not None:
        start, name = bracket
        return Mention(start, start + len(name), name, "Place", origin="venue-bracket")
    return None


def _in_span(sentence: Sentence, pattern: re.Pattern[str], types: tuple[str, ...]) -> list[Mention]:
    match = pattern.search(sentence.text)
    if not match:
        return []
    lo, hi = sentence.start + match.start(1), sentence.start + match.end(1)
    return [m for m in sentence.mentions if lo <= m.start and m.end <= hi and m.type in types]


def _amount_after(
    text: str, base: int, cue: re.Pattern[str], amounts: Sequence[Amount]
) -> Amount | None:
    match = cue.search(text)
    if not match:
        return None
    after = base + match.end()
    following = [a for a in amounts if after <= a.start <= after + 12]
    return following[0] if following else None


def fair_sales(sentence: Sentence, amounts: Sequence[Amount]) -> Amount | None:
    """Sales (成交额) stated in a fair sentence."""
    return _amount_after(sentence.text, sentence.start, _SALES_CUE, amounts)
