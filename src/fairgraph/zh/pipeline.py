"""Document → Extraction: the extraction layer, one pure function per document.

>>> from fairgraph.model import Document
>>> text = "青海省人民政府与中国电信集团有限公司签署战略合作框架协议。"
>>> doc = Document.from_text(text, source="t.txt")
>>> ex = extract_document(doc, backend="rules")
>>> [(a.parties[0].text, a.parties[1].text, a.agreement_type) for a in ex.agreements]
[('青海省人民政府', '中国电信集团有限公司', '战略合作框架协议')]
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Collection, Sequence

from fairgraph.model import (
    Agreement,
    Amount,
    DateMention,
    Document,
    Extraction,
    FairFact,
    Mention,
    PartialDate,
    Post,
)
from fairgraph.zh.extract.agreement_clauses import (
    DASHED_ITEM,
    LIST_ITEM,
    SIGNING_LIST_HEAD,
    TABLE_HEAD,
    VERB,
    SigningClause,
    signing_clauses,
    unnamed_counterparts,
    unnamed_pairs,
    unnamed_subjects,
)
from fairgraph.zh.extract.agreement_slots import signing_slot_parties, unread_list_items
from fairgraph.zh.extract.agreements import (
    find_agreements,
    signatories,
    split_joined_parties,
    trim_at_signing_verbs,
    witnesses,
    zone_committees,
)
from fairgraph.zh.extract.bodies import drop_generic_departments, short_bodies
from fairgraph.zh.extract.compound_titles import repair_compound_titles
from fairgraph.zh.extract.dates import dateline_day, find_dates, head_date
from fairgraph.zh.extract.fair_fields import bracketed_venues
from fairgraph.zh.extract.fair_mentions import (
    find_fair_mentions,
    main_fair,
    series_name,
    stated_editions,
)
from fairgraph.zh.extract.fair_venues import city_venues, held_venues, is_venue
from fairgraph.zh.extract.fair_years import month_of, year_of
from fairgraph.zh.extract.fairs import (
    dates_by_length,
    document_venue,
    fair_facts,
    fair_sales,
    headline_figures,
    host_city,
    opening_day,
    rough_project_count,
    unnamed_totals,
)
from fairgraph.zh.extract.foreign_companies import brands_before_signing, split_foreign_companies
from fairgraph.zh.extract.money import find_amounts, table_amounts
from fairgraph.zh.extract.person_names import trim_run_on
from fairgraph.zh.extract.persons import (
    byline_persons,
    dateline_outlet,
    join_name_pieces,
    merge_persons,
    report_outlet,
    title_names,
)
from fairgraph.zh.extract.places import own_place_parties, plausible_places
from fairgraph.zh.extract.posts import (
    bodiless_titles,
    find_posts,
    foreign_bare_heads,
    repeated_bare_titles,
)
from fairgraph.zh.extract.regions import foreign_regions
from fairgraph.zh.extract.reporters import EDITOR_TITLES, dateline_bracket
from fairgraph.zh.extract.roles import refine_roles
from fairgraph.zh.extract.schools import own_school_mentions, school_of, school_posts
from fairgraph.zh.extract.sentences import Sentence, group_mentions, split_sentences
from fairgraph.zh.extract.subsidiaries import subsidiary_names
from fairgraph.zh.extract.tenure import dated_post, stated_posts
from fairgraph.zh.extract.title_bodies import title_bodies
from fairgraph.zh.extract.titles import repair_titles
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.naming.context import document_context
from fairgraph.zh.naming.keys import declared_short_names
from fairgraph.zh.ner import recognize
from fairgraph.zh.ner.rules_foreign import written_short_forms


def recognize_entities(
    text: str, spans: Sequence[Mention] | None = None, *, backend: str = "default"
) -> list[Mention]:
    """Entity mentions of ``text``: the recogniser sentence by sentence, plus fair names,
    titles split from the bodies they begin with, and the persons that titles introduce."""
    found: list[Mention] = []
    for sentence in split_sentences(text):
        for m in recognize(sentence.text, backend=backend):
            found.append(
                dataclasses.replace(m, start=m.start + sentence.start, end=m.end + sentence.start)
            )
    found = split_foreign_companies(
        plausible_places(split_joined_parties(trim_at_signing_verbs(found)))
    )
    found = written_short_forms(text, found)  # 伊朗…中伊两国: 伊 is 伊朗 in this report
    found = drop_generic_departments(text, found)
    found = city_venues(text, found)
    found = bracketed_venues(text, found, is_venue, _is_place_name)
    fairs = find_fair_mentions(text, load_lexicon())
    mentions = fair_secretariats(text, held_venues(text, merge_mentions(fairs, found)))
    mentions = refine_roles(text, repair_titles(text, mentions))
    mentions = repair_compound_titles(text, mentions)
    mentions = foreign_regions(text, mentions + short_bodies(text, mentions))
    mentions = byline_persons(text, join_name_pieces(text, trim_run_on(text, mentions)))
    mentions = listed_governments(text, title_bodies(text, mentions))
    return merge_persons(mentions, title_names(text, mentions))


#: the bodies a list of provinces or cities shares (山西、安徽…等六省人民政府, 甲、乙两市政府):
#: each one's
_SHARED_BODY = re.compile(
    r"(?:等)?(?:[0-9一二三四五六七八九十两几]+)?(?:个)?(省|省区|省区市|省市|市)?(人民政府|政府|党委)"
)
#: the level of the places a shared body's word names (两市政府: cities; none: provinces)
_SHARED_LEVELS = {"市": "city", None: "province"}


def listed_governments(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """山西、安徽、江西等三省人民政府: the body named once after a list of provinces is each
    province's (an organisation mention over each province's name, beside the place); so is
    甲、乙两市政府 each city's. A body written after the last of a list of places written in
    full (甲市、乙市、丙市人民政府, 甲省、乙省商务厅) is each place's too, in the place's stead,
    where the bodies sign or hold a title.

    >>> t = "由商务部以及山西、安徽等两省人民政府联合主办"
    >>> ms = [Mention(6, 8, "山西", "Place"), Mention(9, 11, "安徽", "Place")]
    >>> [m.text for m in listed_governments(t, ms) if m.type == "Organization"]
    ['山西省人民政府', '安徽省人民政府']
    >>> t = "与兰州市、天水市、酒泉市人民政府签约"
    >>> ms = [Mention(1, 4, "兰州市", "Place"), Mention(5, 8, "天水市", "Place"),
    ...       Mention(9, 16, "酒泉市人民政府", "Organization", "Government")]
    >>> [m.text for m in listed_governments(t, ms)]
    ['兰州市人民政府', '天水市人民政府', '酒泉市人民政府']
    """
    lexicon = load_lexicon()
    out = list(mentions)
    places = [m for m in mentions if m.type == "Place"]
    bodies = {m.start: m for m in mentions if m.type == "Organization"}
    i = 0
    while i < len(places):
        run = [places[i]]
        while i + len(run) < len(places) and text[run[-1].end : places[i + len(run)].start] == "、":
            run.append(places[i + len(run)])
        i += len(run)
        entries = [lexicon.place_of(m.text) for m in run]
        if any(e is None for e in entries):
            continue
        last = bodies.get(run[-1].end + 1) if text[run[-1].end : run[-1].end + 1] == "、" else None
        tail = _shared_tail(last, run) if last is not None else None
        if last is not None and tail is not None and _needs_bodies(text, run[0], last, mentions):
            # 甲市、乙市、丙市人民政府: the last one's body, each place's (in the place's stead:
            # the list is of bodies)
            kind = last.subtype
            out = [m for m in out if m not in run]
            out += [
                Mention(m.start, m.end, m.text + tail, "Organization", kind, "listed-body")
                for m in run
            ]
            continue
        shared = _SHARED_BODY.match(text, run[-1].end)
        if len(run) < 2 or shared is None:
            continue
        level = _SHARED_LEVELS.get(shared.group(1), "province")
        if any(e is None or e.level != level for e in entries):
            continue
        body = "人民政府" if shared.group(2) != "党委" else None
        for m, entry in zip(run, entries, strict=True):
            assert entry is not None
            name = f"{entry.name}{body}" if body else f"中国共产党{entry.name}委员会"
            out.append(Mention(m.start, m.end, name, "Organization", "Government", "listed-body"))
    return sorted(out)


def _needs_bodies(text: str, first: Mention, last: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the bodies of a list (甲市、乙市、丙市人民政府) are needed: when they sign (a signing
    verb in the sentence) or hold a title written right after the last one (…人民政府副市长);
    a list that only says who came (甲市、乙市政府负责同志参加) names the places.

    >>> t = "甲公司与兰州市、天水市人民政府签署协议"
    >>> _needs_bodies(t, Mention(4, 7, "兰州市", "Place"), Mention(8, 15, "天水市人民政府",
    ...     "Organization"), [])
    True
    """
    start = max(text.rfind(c, 0, first.start) for c in "。；！？\n") + 1
    ends = [i for i in (text.find(c, last.end) for c in "。；！？\n") if i >= 0]
    if VERB.search(text, start, min(ends) if ends else len(text)):
        return True
    return any(m.type == "Role" and m.start == last.end for m in mentions)


#: the endings of a place's name written in full before a body a list shares (甲市、乙市…)
_LEVEL_ENDS = "省市县区州"


def _shared_tail(body: Mention, run: Sequence[Mention]) -> str | None:
    """The body's words after its place (酒泉市人民政府 → 人民政府) when the body begins with a
    known place written with the same ending as every place of the list before it (兰州市、
    天水市、酒泉市人民政府); else None.

    >>> run = [Mention(0, 3, "兰州市", "Place")]
    >>> _shared_tail(Mention(4, 11, "酒泉市人民政府", "Organization"), run)
    '人民政府'
    >>> _shared_tail(Mention(4, 10, "酒泉人民政府", "Organization"), run) is None
    True
    """
    end = run[0].text[-1:]
    if not end or end not in _LEVEL_ENDS or any(m.text[-1:] != end for m in run):
        return None
    cut = body.text.find(end) + 1
    place, tail = body.text[:cut], body.text[cut:]
    if cut < 2 or not tail or load_lexicon().place_of(place) is None:
        return None
    return tail


#: the standing offices of a fair series, named after it (某某博览会秘书处, 某某博览会事务局,
#: 某会新闻中心), and its committee's offices (某会执委会办公室, 某会组委会新闻中心)
_SECRETARIAT = re.compile(
    r"秘书处|事务局|新闻中心|(?:组委会|执委会|组织委员会|执行委员会|筹委会)(?:办公室|新闻中心|秘书处)"
)


def fair_secretariats(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A fair's name followed by 秘书处/事务局/新闻中心, or by its committee's office, names a
    body of the fair: an organisation (某会新闻中心主任X, 某会执委会办公室主任X). The committee
    itself (某会组委会, 组委会主任) is named by its kind, as the gold guideline has it.

    >>> t = "中国—南亚博览会秘书处秘书长"
    >>> ms = [Mention(0, 8, "中国—南亚博览会", "Fair"), Mention(11, 14, "秘书长", "Role")]
    >>> [(m.text, m.type) for m in fair_secretariats(t, ms)][0]
    ('中国—南亚博览会秘书处', 'Organization')
    >>> t = "据西洽会执委会办公室介绍，兰洽会组委会主任张某说"
    >>> ms = [Mention(1, 4, "西洽会", "Fair"), Mention(13, 16, "兰洽会", "Fair")]
    >>> [(m.text, m.type) for m in fair_secretariats(t, ms)]
    [('西洽会执委会办公室', 'Organization'), ('兰洽会', 'Fair')]
    """
    out = []
    for m in mentions:
        office = _SECRETARIAT.match(text, m.end) if m.type == "Fair" else None
        if office is not None and not any(
            x.start < office.end() and x.end > m.end for x in mentions
        ):
            end = office.end()
            m = Mention(m.start, end, text[m.start : end], "Organization", "Other", "fair-office")
        out.append(m)
    return out


#: what may stand before a declared short name used as a word (公司董事长…, 与公司签约)
_WORD_BEFORE = "，。；：、与和同及由在“（\n"


def declared_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Every uncovered use of a short name the report declares for an organisation
    (甲公司（以下简称“公司”）… 公司副总裁某某): an organisation mention.

    >>> t = "甲科技股份有限公司（以下简称“公司”）签约。公司副总裁王某出席。"
    >>> ms = [Mention(0, 9, "甲科技股份有限公司", "Organization")]
    >>> [(m.start, m.text) for m in declared_mentions(t, ms)]
    [(22, '公司')]
    """
    out: list[Mention] = []
    for short in declared_short_names(text, mentions):
        for match in re.finditer(re.escape(short), text):
            start, end = match.span()
            if start > 0 and text[start - 1] not in _WORD_BEFORE:
                continue
            if text[start - 1 : start] == "“" and text[end : end + 1] == "”":
                continue  # the declaration itself
            if any(m.start < end and start < m.end for m in [*mentions, *out]):
                continue
            out.append(Mention(start, end, short, "Organization", None, "declared-short-name"))
    return out


def _is_place_name(word: str) -> bool:
    return load_lexicon().place_of(word) is not None


def merge_mentions(preferred: Sequence[Mention], others: Sequence[Mention]) -> list[Mention]:
    """``preferred`` mentions plus every other mention that overlaps none of them, sorted.

    >>> a, b = Mention(0, 3, "甲乙丙", "Fair"), Mention(2, 5, "丙丁戊", "Organization")
    >>> [m.text for m in merge_mentions([a], [b, Mention(6, 8, "己庚", "Place")])]
    ['甲乙丙', '己庚']
    """
    taken = [False] * (max((p.end for p in preferred), default=0) + 1)
    for p in preferred:
        for i in range(p.start, p.end):
            taken[i] = True
    kept = list(preferred)
    kept.extend(m for m in others if not any(taken[m.start : min(m.end, len(taken))]))
    return sorted(kept)


#: projects counted as the subject of the signing (共有512个项目达成合作协议)
_COUNTED_PROJECTS = re.compile(r"\d+个[^，。；]{0,4}项目$")


def _of_projects(sentence: Sentence, clause: SigningClause) -> bool:
    """Whether a signing clause counts projects (签约项目, 签约合同项目), as a fair's totals do."""
    end = clause.verb_end + len(clause.name)
    counted = _COUNTED_PROJECTS.search(sentence.between(sentence.start, clause.verb_start))
    return clause.name.endswith("项目") or sentence.between(end, end + 2) == "项目" or bool(counted)


def _with_parties(sentence: Sentence, clause: SigningClause) -> bool:
    """Whether a body, place or country stands before a signing clause: one that may have
    signed it (本届共签订…；签订外贸合同金额15.5亿美元 names no one: the fair's own figures)."""
    return any(
        m.type in ("Organization", "Place", "Country") and m.end <= clause.verb_start
        for m in sentence.mentions
    )


def _within(
    items: Sequence[Amount] | Sequence[DateMention], starts: Sequence[int], sentence: Sentence
) -> list:
    """The items (sorted by start; ``starts`` their starts) that lie in ``sentence``."""
    lo = bisect.bisect_left(starts, sentence.start)
    out = []
    for x in items[lo:]:
        if x.start >= sentence.span.end:
            break
        if x.end <= sentence.span.end:
            out.append(x)
    return out


def extract_document(document: Document, *, backend: str = "default") -> Extraction:
    """Everything the extraction layer finds in one document."""
    text = document.text
    lexicon = load_lexicon()
    spans = split_sentences(text)
    mentions = recognize_entities(text, backend=backend)
    mentions = signing_slot_parties(text, mentions, lexicon)
    mentions = sorted([*mentions, *unnamed_counterparts(text, mentions)])
    mentions = sorted([*mentions, *unnamed_subjects(text, mentions)])
    mentions = sorted([*mentions, *unnamed_pairs(text, mentions)])
    mentions = sorted([*mentions, *unread_list_items(text, mentions)])  # (…与A、某某签署)
    mentions = sorted([*mentions, *subsidiary_names(text, mentions)])
    mentions = sorted([*mentions, *declared_mentions(text, mentions)])
    mentions = sorted([*mentions, *brands_before_signing(text, mentions)])
    ctx = document_context(document, mentions)
    levels = {level for level, name in (("province", ctx.province), ("city", ctx.shi)) if name}
    if ctx.province and ctx.province.endswith("自治区"):
        levels.add("region")  # 我区 in a report of an autonomous region
    mentions = sorted([*mentions, *own_place_parties(text, mentions, levels)])
    outlet = _byline_outlet(text, mentions)
    own_outlet = outlet or report_outlet(text)  # 来源：某某网 / a masthead: what 本报/本网 is
    if own_outlet is not None:
        mentions = merge_mentions([own_outlet], mentions)
    school = school_of(own_outlet)  # a university's news site: 我校 and 校长 are the university
    if school is not None:
        mentions = sorted([*mentions, *own_school_mentions(text, mentions)])
    # (a table's money column: 投资额（亿元） over its rows' numbers)
    amounts = sorted([*find_amounts(text), *table_amounts(text)], key=lambda a: a.start)
    main = main_fair(mentions)
    reference = reference_date(
        document,
        main,
        {m.text for m in mentions if m.type == "Place"},
        [m for m in mentions if m.type == "Fair"],
    )
    reference = _with_head_year(reference, head_date(text))
    dates = find_dates(text, reference)
    amounts = sorted(amounts, key=lambda a: a.start)  # (already in text order: a stable no-op)
    dates = sorted(dates, key=lambda d: d.start)
    amount_starts = [a.start for a in amounts]
    date_starts = [d.start for d in dates]
    document = _dated(document, reference, dates)
    sentences = group_mentions(spans, mentions)

    posts = []
    agreements: list[Agreement] = []
    fairs: list[FairFact] = []
    signing_people: list[tuple[int, str, list[Mention]]] = []
    in_fair_paragraph = False  # a paragraph that spoke of the report's fair goes on about it
    listing = False  # inside a list of signings
    for index, sentence in enumerate(sentences):
        s_amounts = _within(amounts, amount_starts, sentence)
        s_dates = _within(dates, date_starts, sentence)
        found_posts = find_posts(sentence, outlet)
        posts.extend([*found_posts, *stated_posts(sentence, s_dates, found_posts)])
        previous = sentences[index - 1] if index else None
        # 签约项目如下：\n1.A—B 合作协议\n2.…: the items of a list of signings
        if previous is not None and SIGNING_LIST_HEAD.search(previous.text):
            listing = True
        listing = listing and bool(
            LIST_ITEM.match(sentence.text)
            or TABLE_HEAD.match(sentence.text)
            or DASHED_ITEM.match(sentence.text)
        )
        found = find_agreements(
            sentence, s_amounts, s_dates, previous, listing, _earlier(text, sentences, index)
        )
        agreements.extend(found)
        signing = bool(found) or any(
            not _of_projects(sentence, c) and _with_parties(sentence, c)
            for c in signing_clauses(sentence)
        )
        if index and "\n" in text[sentences[index - 1].span.end : sentence.start]:
            in_fair_paragraph = False  # a new paragraph
        found_facts = fair_facts(
            sentence,
            lexicon,
            s_amounts,
            s_dates,
            main,
            has_agreement=signing,
            continues=in_fair_paragraph,
        )
        for fact in found_facts:
            sales = fair_sales(sentence, s_amounts)
            fairs.append(dataclasses.replace(fact, sales=sales) if sales else fact)
        in_fair_paragraph = in_fair_paragraph or bool(found_facts)
        for role, people in (
            ("signatory", signatories(sentence)),
            ("witness", witnesses(sentence)),
        ):
            if people:
                signing_people.append((sentence.start, role, people))
    posts = [dated_post(_own_outlet_staff(p, own_outlet), text, dates) for p in posts]
    posts = repeated_bare_titles(bodiless_titles(foreign_bare_heads(posts, mentions)))
    if school is not None:
        posts = school_posts(posts, text, mentions, school)
    agreements = zone_committees(agreements, mentions)
    agreements = _attach_signing_people(_once(agreements), signing_people)
    fairs.extend(dates_by_length(sentences, fairs, main, lexicon))
    fairs.extend(opening_day(sentences, fairs, main, lexicon, dates))
    fairs.extend(unnamed_totals(sentences, fairs, main, lexicon, amounts))
    fairs.extend(rough_project_count(sentences, fairs, main, lexicon))
    fairs.extend(headline_figures(sentences, fairs, main, lexicon, amounts))
    fairs.extend(document_venue(sentences, fairs, main, lexicon))
    fairs.extend(host_city(sentences, fairs, main, lexicon))
    # (2025某某博览会 … 本届瓷博会为第二十一届: the edition the report states of its fair)
    told = stated_editions(text, mentions, lexicon)
    fairs = [
        dataclasses.replace(f, edition=told[f.series])
        if f.edition is None and f.series in told
        else f
        for f in fairs
    ]
    known = set(mentions)
    extra = {f.location for f in fairs if f.location is not None and f.location not in known}
    # (某国外交部长甲与…签署: the country a signatory's title opens with signs)
    extra |= {p for a in agreements for p in a.parties if p.origin == "title" and p not in known}
    mentions = sorted([*mentions, *extra])  # cities read off a venue's name (厦门国际会展中心)
    return Extraction(
        document=document,
        mentions=tuple(mentions),
        posts=tuple(posts),
        agreements=tuple(agreements),
        fairs=tuple(fairs),
        amounts=tuple(amounts),
        dates=tuple(dates),
        sentences=tuple(spans),
    )


#: how far into the text a written-out full date (二〇二五年九月九日) dates the report
HEAD_CHARS = 120
#: a year written out in digits (not 今年, 去年 …)
_WRITTEN_YEAR = re.compile(r"[0-9０-９〇零○一二三四五六七八九]{4}年")


#: how many sentences before the previous one 该公司 or 双方 may look back, in one paragraph
_LOOK_BACK = 3


def _earlier(text: str, sentences: Sequence[Sentence], index: int) -> list[Sentence]:
    """The sentences of ``index``'s paragraph before the previous one, nearest first (at most
    :data:`_LOOK_BACK`): where a company 该公司 points back to, or the pair 双方 means, may be
    named (A与B会谈。甲介绍了…。乙表示…。会后，双方签署了…)."""
    out: list[Sentence] = []
    k = index - 1
    while k >= 1 and len(out) < _LOOK_BACK:
        if "\n" in text[sentences[k - 1].span.end : sentences[k].start]:
            break
        out.append(sentences[k - 1])
        k -= 1
    return out


def _dated(
    document: Document, reference: PartialDate | None, dates: Sequence[DateMention]
) -> Document:
    """The document with its own date as the text gives it, where ingest found none with a
    year: a full date written near the top (二〇二五年九月九日), else the reference date when
    that knows the year (the dateline's day in the year of the report's fair edition).

    >>> doc = Document.from_text("第25届青洽会闭幕。", source="t", date=PartialDate(None, 7, 15))
    >>> _dated(doc, PartialDate(2024, 7, 15), ()).date
    PartialDate(year=2024, month=7, day=15)
    >>> _dated(doc, PartialDate(None, 7, 15), ()).date
    PartialDate(year=None, month=7, day=15)
    """
    if document.date is not None and document.date.year is not None:
        return document
    head = [
        d.date
        for d in dates
        if d.end <= HEAD_CHARS
        and _WRITTEN_YEAR.search(d.text)
        and d.date.complete
        and d.end_date is None
    ]
    date = head[0] if head else reference
    if date is None or date.year is None:
        return document
    return dataclasses.replace(document, date=date)


def _with_head_year(reference: PartialDate | None, head: PartialDate | None) -> PartialDate | None:
    """The reference date, given the year of the full date written at the report's top when it
    has none (发布时间：2011-10-22 … 本报讯 某会22日开幕); a dateline's own day stays.

    >>> _with_head_year(PartialDate(None, 10, 22), PartialDate(2011, 10, 23))
    PartialDate(year=2011, month=10, day=22)
    >>> _with_head_year(None, PartialDate(2011, 10, 23))
    PartialDate(year=2011, month=10, day=23)
    >>> _with_head_year(PartialDate(2024, 7, 5), PartialDate(2011, 10, 23))
    PartialDate(year=2024, month=7, day=5)
    """
    if head is None or (reference is not None and reference.year is not None):
        return reference
    if reference is None or reference.month is None:
        return head
    assert head.year is not None and head.month is not None
    year = head.year - 1 if reference.month - head.month > 6 else head.year
    year = head.year + 1 if head.month - reference.month > 6 else year
    return PartialDate(year, reference.month, reference.day)


_NAMED_YEAR = re.compile(r"^((?:19|20)\d\d)年?")


def reference_date(
    document: Document,
    main: Mention | None,
    places: Collection[str] = (),
    fairs: Sequence[Mention] = (),
) -> PartialDate | None:
    """The document's date; without a year, the year the main fair's name states (or written
    right before its name or another of the report's *fairs*), or the year of its edition if
    known.

    >>> doc = Document.from_text("第25届青洽会闭幕。", source="t.txt")
    >>> reference_date(doc, Mention(0, 6, "第25届青洽会", "Fair", "25"))
    PartialDate(year=2024, month=None, day=None)
    >>> doc = Document.from_text("第114届广交会4日闭幕。", source="t.txt")
    >>> reference_date(doc, Mention(0, 7, "第114届广交会", "Fair", "114"))
    PartialDate(year=2013, month=11, day=None)
    >>> doc = Document.from_text("人民网5月27日电 2025中国国际大数据产业博览会开幕。", source="t")
    >>> reference_date(doc, Mention(13, 29, "2025中国国际大数据产业博览会", "Fair"))
    PartialDate(year=2025, month=5, day=27)
    """
    date = document.date
    if date is None or date.year is None:
        date = date_line(document.text) or date
    date = _dateline_today(document.text, date)
    if (date is not None and date.year is not None) or main is None:
        return date
    named = _NAMED_YEAR.match(main.text) or next(
        (y for m in (main, *fairs) if (y := _year_before(document.text, m.start))), None
    )
    series = series_name(main, load_lexicon(), places)
    edition = int(main.subtype) if main.subtype and main.subtype.isdigit() else None
    if named is not None:  # 2025中国国际大数据产业博览会
        year: int | None = int(named.group(1))
    elif edition is not None:
        year = year_of(series, edition)
    else:
        return date
    if year is None:
        return date
    if date is None or date.month is None:
        date = dateline_day(document.text) or date  # 某地5月27日电: the day, without a year
    if date is None or date.month is None:  # 19日闭幕: the month the series is held in
        day = _DAY_ALONE.search(document.text)
        month = month_of(series, year, edition, int(day.group(1))) if day else None
        return PartialDate(year, month) if month else PartialDate(year)
    return PartialDate(year, date.month, date.day)


#: a day written without its month (19日在南宁闭幕, 于昨天（11日）闭幕)
_DAY_ALONE = re.compile(r"(?<![月\d０-９])([0-9]{1,2})[日号]")


#: a year written right before a fair's name the recogniser read without it (2019|厦门…洽谈会)
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)年?$")


def _year_before(text: str, start: int) -> re.Match[str] | None:
    """The year written just before a fair's name (``2019东川投资贸易洽谈会``, the mention
    begun after the year).

    >>> _year_before("2019东川投资洽谈会", 4).group(1), _year_before("第3届东川洽谈会", 3)
    ('2019', None)
    """
    return _YEAR_BEFORE.search(text, max(0, start - 5), start)


def _dateline_today(text: str, date: PartialDate | None) -> PartialDate | None:
    """The dateline's day (某地4月18日电) with the publication date's year: the day that
    今天 of a report counts from, even when the page was published the next day.

    >>> _dateline_today("新华社海口4月18日电 今天闭幕", PartialDate(2024, 4, 19))
    PartialDate(year=2024, month=4, day=18)
    """
    day = dateline_day(text)
    if day is None or date is None or date.month is None or date.year is None:
        return date
    year = date.year - 1 if day.month is not None and day.month - date.month > 6 else date.year
    return PartialDate(year, day.month, day.day)


_DATE_LINE = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$", re.MULTILINE)


def date_line(text: str, lines: int = 4) -> PartialDate | None:
    """The date written on a line of its own among the report's first lines.

    >>> date_line("某某会开幕\\n2024年6月3日\\n正文")
    PartialDate(year=2024, month=6, day=3)

    or closing the report (older papers put it there, in brackets):

    >>> date_line("某某会昨日闭幕\\n正文。\\n\\n（2010年10月26日）")
    PartialDate(year=2010, month=10, day=26)
    """
    head = "\n".join(text.split("\n")[:lines])
    match = _DATE_LINE.search(head) or _LAST_DATE_LINE.fullmatch(text.rstrip().rsplit("\n", 1)[-1])
    if match is None:
        return None
    return PartialDate(int(match.group(1)), int(match.group(2)), int(match.group(3)))


#: a day of publication closing the report on its own line, bracketed or not (older papers'
#: style: …正文。\n（2010年10月26日）)
_LAST_DATE_LINE = re.compile(r"\s*[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[）)]?\s*")


def _once(agreements: list[Agreement]) -> list[Agreement]:
    """Each agreement once: a report often restates a signing (same type, same parties)."""
    seen: set[tuple[str, frozenset[str]]] = set()
    out = []
    for a in agreements:
        key = (a.agreement_type, frozenset(m.text for m in a.parties))
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


#: the report's own staff (a 通讯员 is a correspondent from elsewhere, often a press office)
_STAFF_TITLES = ("记者", "摄影", "实习生", *EDITOR_TITLES)


def _own_outlet_staff(post: Post, outlet: Mention | None) -> Post:
    """A reporter or editor with no outlet named works for the report's own outlet, when the
    report names it (来源：某某网, a masthead)."""
    if outlet is None or post.organization is not None or post.represents is not None:
        return post
    if not post.role.text.endswith(_STAFF_TITLES):
        return post
    return dataclasses.replace(post, organization=outlet)


def _byline_outlet(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The dateline's outlet, when a reporter's title (or a bracket of reporters' names after
    电: 某社某地7月19日电（张某 李某）) stands on the report's first line."""
    reporter = next((m for m in mentions if m.type == "Role" and m.text.endswith("记者")), None)
    anchor = reporter.start if reporter is not None else dateline_bracket(text)
    if anchor is None:
        return None
    outlet = dateline_outlet(text, anchor)
    if outlet is None:
        return None
    same = [m for m in mentions if m.type == "Organization" and m.start == outlet.start]
    return same[0] if same and same[0].end == outlet.end else outlet


def _attach_signing_people(
    agreements: list[Agreement],
    people: list[tuple[int, str, list[Mention]]],
) -> list[Agreement]:
    """Signatories and witnesses join the nearest agreement stated at or before their sentence."""
    if not agreements:
        return agreements
    extra: dict[int, dict[str, list[Mention]]] = {}
    for start, role, persons in people:
        before = [i for i, a in enumerate(agreements) if a.evidence.start <= start]
        target = agreements[before[-1]].evidence.start if before else agreements[0].evidence.start
        extra.setdefault(target, {}).setdefault(role, []).extend(persons)
    out = []
    for a in agreements:
        add = extra.get(a.evidence.start, {})
        out.append(
            dataclasses.replace(
                a,
                signatories=a.signatories + tuple(add.get("signatory", ())),
                witnesses=a.witnesses + tuple(add.get("witness", ())),
            )
        )
    return out
