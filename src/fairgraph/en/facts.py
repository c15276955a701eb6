"""Facts of one English sentence: posts (a person, a title, its body or the country it
represents), signed agreements and what a sentence says about a fair.

>>> from fairgraph.en.recognize import recognize
>>> from fairgraph.model import Span
>>> t = "Li Ming, Vice Mayor of Xining Municipal Government, attended."
>>> ms = recognize(t)
>>> found = find_posts(Span(0, len(t), t), ms, t)
>>> [(p.person.text, p.role.text, p.organization.text) for p in found]
[('Li Ming', 'Vice Mayor', 'Xining Municipal Government')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from fairgraph.en.lexicon import company_nouns, data_rows, load_lexicon
from fairgraph.en.recognize import (
    HONORIFIC,
    LED_BY,
    apposed_country,
    org_apposed,
    portfolio_words,
)
from fairgraph.model import (
    Agreement,
    Amount,
    DateMention,
    FairFact,
    Mention,
    Post,
    Span,
)

_PARTY_TYPES = ("Organization", "Place", "Country")
_OF = re.compile(r"\s+(?:of|at|with|in|to|for)\s+(?:the\s+)?$")
_JOIN = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?(?:now\s+)?(?:(?:a|an)\s+)?|\s*;\s*"
    r"|\s+and\s+(?:is\s+)?(?:also\s+|now\s+)?(?:(?:a|an)\s+)?"  # TITLE of X and also TITLE of Y
    r"|\s*,?\s*who\s+is\s+also\s+(?:(?:a|an|the)\s+)?"  # TITLE of X, who is also TITLE of Y
    r"|\s+and\s+the\s+(?:province|city|region|county)['’]s\s+)$"  # … and the province's governor
)
_DEMONYM = re.compile(r"([A-Z][a-z]+)\s+$")


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b] if a <= b else ""


def _unit(
    role: Mention, mentions: Sequence[Mention], text: str
) -> tuple[int, Mention | None, Mention | None]:
    """(end of the title's unit, its body, the country it represents)."""
    lex = load_lexicon()
    after = [
        m for m in mentions if m.start >= role.end and m.type != "Role" and m.origin != "based-in"
    ]  # (the Dubai-based X: X is the body, Dubai only where it is)
    body: Mention | None = None
    country: Mention | None = None
    end = role.end
    gap0 = _gap(text, role.end, after[0].start) if after else ""
    demonym = re.search(r"([A-Z][a-z]+)\s+$", gap0)
    if demonym and lex.demonym(demonym.group(1)):  # of the Argentine Mendoza Province
        gap0 = gap0[: demonym.start()]
    based = re.search(r"[A-Z][\w'’.-]*-(?:based|headquartered)\s+$", gap0)
    if based:  # of the Dubai-based Gulf Trading Group
        gap0 = gap0[: based.start()]
    joint = (
        r"s\s+(?:the\s+)?"
        if role.origin == "verb"
        else r"\s+(?:of|at|with|in|to|for)\s+(?:the\s+)?"
    )
    if after and re.fullmatch(joint, gap0):  # head of X; (who) heads X
        target = after[0]
        possessive = re.match(r"['’]s\s+[a-z]", text[target.end :])
        if (
            target.type in ("Country", "Place")
            and len(after) > 1
            and re.fullmatch(r"['’]s\s+", _gap(text, target.end, after[1].start))
        ):
            target = after[1]  # chief executive of China's Macao SAR
        delegation = re.match(r"(?:\s+(?:[a-z-]+|and)){0,4}?\s+delegations?\b", text[target.end :])
        if possessive and target.type in ("Country", "Place"):
            pass  # head of Guangdong's publicity department: not Guangdong's government
        elif delegation and (target.origin == "demonym" or target.type in ("Place", "Country")):
            pass  # head of the Argentine (Gansu) delegation: a group, no body
        elif target.type in ("Country", "Place") and _diplomat(role) and re.match(r"\s+in\s", gap0):
            end = target.end  # Consul General in Chengdu: where the post is, not its body
        elif target.type == "Country" and _diplomat(role) and re.match(r"\s+to\s", gap0):
            end = target.end  # ambassador to China: the receiving country, not the sender
        elif target.type == "Country":
            country, end = target, target.end
        elif target.type in ("Organization", "Place"):
            body, end = target, target.end
            division = re.match(
                r"\s+(?:province|city|municipality|prefecture|county|district|region)\b",
                text[end:],
            )
            if target.type == "Place" and division:  # of Yunnan province and chairman of …
                end += division.end()
    elif (
        the_place := re.match(
            r"\s+of\s+the\s+(?:province|city|region|county|prefecture|municipality)\b",
            text[role.end :],
        )
    ) and (
        places := [
            m
            for m in mentions
            if m.type == "Place" and m.end <= role.start and m.subtype != "venue"
        ]
    ):  # governor of Gansu and deputy Party chief of the province: the place named before
        body, end = places[-1], role.end + the_place.end()
    else:  # Minister of Commerce: the body a title names
        m = re.match(r"\s+of\s+((?:[A-Z][a-z]+)(?:\s+(?:and\s+)?[A-Z][a-z]+)*)", text[role.end :])
        foreign = (d := _DEMONYM.search(text[max(0, role.start - 30) : role.start])) and (
            lex.demonym(d.group(1)) not in (None, lex.country("China"))
        )
        if m is None and "minister" in role.text and not foreign:  # minister of commerce
            m = re.match(r"\s+of\s+([a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})\b", text[role.end :])
        words = m.group(1) if m else ""
        while words and not lex.ministry(words):
            words = words.rpartition(" ")[0]  # Commerce Bo Xilai → Commerce
        if m and words:
            start = role.end + m.start(1)
            body = Mention(
                start, start + len(words), words, "Organization", "Government", "implied-by-title"
            )
            end = body.end
    if body is None and country is None and role.origin != "verb" and role.text[:1].isupper():
        # A B, Executive Vice President, China & East Asia, Acme AG: a company's title, its
        # region between commas, then the company (a press release's form)
        corporate = [
            c.end()
            for c in (_CORPORATE_NEXT.match(text, role.end), _CORPORATE.match(text, role.end))
            if c
        ]
        company = next(
            (m for at in corporate for m in after if m.start == at and m.type == "Organization"),
            None,
        )
        if company is not None and re.match(
            r"\s*(?:[,.;:\"”)]|and\b|$)|\s+(?:said|says|told|added|noted)\b", text[company.end :]
        ):
            body, end = company, company.end
    to = [m for m in mentions if m.start >= end and m.type == "Country"]
    if to and re.fullmatch(r"\s+to\s+(?:the\s+)?", _gap(text, end, to[0].start)):
        end = to[0].end  # Ambassador of Pakistan to China
    seat = [m for m in mentions if m.start >= end and m.type in ("Place", "Country")]
    if _diplomat(role) and seat and re.fullmatch(r"\s+in\s+", _gap(text, end, seat[0].start)):
        end = seat[0].end  # Consul General of Pakistan in Chengdu: the city the post is in
    before = text[max(0, role.start - 30) : role.start]
    prev = [m for m in mentions if m.end <= role.start and m.type != "Role"]
    level = r"(?:(?:Provincial|Municipal|Regional|City|Prefectural)\s+)?"
    division = re.match(r"(District|County)\s+(?:Head|Magistrate|Mayor)\b", role.text)
    named = re.search(r"\b([A-Z][a-z]+)\s+$", before) if division else None
    if division and named and body is None and country is None:  # Baqiao District Head A
        at = role.start - len(before) + named.start(1)
        head = role.start + len(division.group(1))
        body = Mention(at, head, text[at:head], "Place", None, DIVISION_TITLE)
    if (
        prev
        and prev[-1].type == "Organization"
        and body is None
        and re.fullmatch(r"\s*,\s*whose\s+", _gap(text, prev[-1].end, role.start))
    ):  # Acme Corp, whose vice-president A B said …: Acme's
        body = prev[-1]
    plural_owner = r"|['’]\s+" if prev and prev[-1].text.endswith("s") else ""
    if prev and re.fullmatch(
        rf"\s*(?:['’]s\s*{plural_owner})?{level}(?:CPC\s+)?", _gap(text, prev[-1].end, role.start)
    ):  # Qinghai Provincial Party Secretary: the province's; Acme Logistics' chairman
        holder = prev[-1]  # Qinghai Vice Governor, Pakistani Prime Minister
        if holder.type == "Country" and country is None:
            country = holder
        elif holder.type in ("Place", "Organization") and body is None:
            body = holder
    if (d := re.match(r"([A-Z][a-z]+)\s", role.text)) and lex.demonym(d.group(1)):
        if _diplomat(role):  # the sending country (Chinese ambassador to X, Thai Consul General)
            start = role.start
            country = Mention(
                start, start + len(d.group(1)), d.group(1), "Country", None, "demonym"
            )
    elif (
        (d := _DEMONYM.search(before) or _demonym_portfolio(text, role))
        and lex.demonym(d.group(1))
        and (country is None or _diplomat(role))
    ):
        start = d.start(1) + (role.start - len(before) if d.re is _DEMONYM else 0)
        kind = lex.titles.get(role.text) or lex.titles.get(role.text[:1].upper() + role.text[1:])
        minister = kind == "minister" or "minister" in role.text.lower() or _cabinet(role)
        foreign = lex.demonym(d.group(1)) != lex.country("China")
        if (
            kind in ("diplomat", "head")
            or _diplomat(role)
            or re.sub(r"[\s-]+", " ", role.text.lower()) in ("president", "vice president")
            or (minister and (foreign or body is None))
        ):
            country = Mention(
                start, start + len(d.group(1)), d.group(1), "Country", None, "demonym"
            )
    led = _LED_BY.search(text, max(0, role.start - 160), role.start)
    if (
        led is not None
        and country is None
        and (body is None or body.origin == "implied-by-title")
        and lex.demonym(led.group(1)) not in (None, lex.country("China"))
    ):  # a Lao delegation led by Vice Minister of X A B (or by A B, vice minister of X)
        country = Mention(led.start(1), led.end(1), led.group(1), "Country", None, "demonym")
    china = lex.country("China")
    if (
        country is not None
        and body is None
        and (lex.demonym(country.text) or lex.country(country.text)) == china
        and (role.text.lower() in lex.title_bodies or lex.bodiless_titles.get(role.text.lower()))
    ):  # (a bare title of no one body, Vice President, is still the state's: below)
        # Chinese Premier, China's commerce minister: the body the title names; Chinese Vice
        # Premier: a title standing alone (bodiless_titles.tsv)
        country = None
    if (
        body is not None
        and body.origin == "implied-by-title"
        and country is not None
        and (lex.country(country.text) or lex.demonym(country.text)) != china
    ):
        body = None  # Kenya's Minister of Commerce: Kenya's ministry, not China's
    return end, body, country


#: what stands between a capitalised title and its company in a press release's credit: a
#: comma, and a region written between commas (, Asia Pacific, ; , China & East Asia, )
_CORPORATE_NEXT = re.compile(r"\s*,\s+(?:the\s+)?")
_CORPORATE = re.compile(
    r"\s*,\s+(?:(?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&|and))*\s*,\s+)?(?:the\s+)?"
)

#: the origin of the district (county) a title names with its own word (Baqiao District Head)
DIVISION_TITLE = "division-title"


#: a delegation a country's demonym sends, then "led by" (and a name with a comma) just before a
#: title: the title is the sending country's
_LED_BY = re.compile(
    LED_BY.pattern
    + r"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|ul|bin|al|de|van|von|da)){1,4},\s+(?:the\s+)?)?$"
)
_PORTFOLIO_BEFORE = re.compile(r"([A-Z][a-z]+)\s+((?:[A-Z][a-z]+,?\s+|and\s+){1,6})$")


def _demonym_portfolio(text: str, role: Mention) -> re.Match[str] | None:
    """A demonym, then a portfolio, before a minister's title (Malaysian Investment, Trade
    and Industry Minister): the demonym's match (offsets into ``text``), else None."""
    if "minister" not in role.text.lower() and not _cabinet(role):
        return None
    found = _PORTFOLIO_BEFORE.search(text, max(0, role.start - 80), role.start)
    if found is None:
        return None
    words = re.findall(r"[A-Z][a-z]+", found.group(2))
    return found if all(w in portfolio_words() for w in words) else None


def _cabinet(role: Mention) -> bool:
    """A cabinet secretary's title with its portfolio (Trade Secretary, Secretary of Trade and
    Industry), as the Philippines and others name ministers; no Party secretary.

    >>> titles = ("Trade Secretary", "Secretary", "Cabinet Secretary for Trade and Industry")
    >>> [_cabinet(Mention(0, len(t), t, "Role")) for t in titles]
    [True, False, True]
    """
    return re.fullmatch(
        r"(?:[A-Z][a-z]+,?\s+(?:and\s+)?)+Secretary"
        r"|(?:(?:Cabinet|Principal|Permanent)\s+)?Secretary\s+(?:of|for)\s+[A-Z][\w ,]+",
        role.text,
    ) is not None and not re.search(r"\b(?:Party|General|CPC)\b", role.text)


def _diplomat(role: Mention) -> bool:
    """An ambassador's, consul's, counsellor's or envoy's title (a mission's staff), or a title
    the title list calls a diplomat's (Trade Representative)."""
    if re.search(r"ambassador|consul|counsel+or|envoy|charg[eé]|attach[eé]", role.text.lower()):
        return True
    titles = load_lexicon().titles
    return (
        titles.get(role.text) or titles.get(role.text[:1].upper() + role.text[1:])
    ) == "diplomat"


def find_posts(sentence: Span, mentions: Sequence[Mention], text: str) -> list[Post]:
    """Posts of one sentence: NAME, TITLE of BODY (and TITLE of BODY …) or TITLE (of BODY) NAME."""
    mentions = sorted(m for m in mentions if sentence.start <= m.start and m.end <= sentence.end)
    roles = [m for m in mentions if m.type == "Role"]
    persons = [m for m in mentions if m.type == "Person"]
    units = {r: _unit(r, mentions, text) for r in roles}
    out: list[Post] = []
    holder_of: dict[Mention, Mention] = {}
    for i, role in enumerate(roles):
        end, body, country = units[role]
        # TITLE NAME: the name right behind the unit
        after = [p for p in persons if p.start >= end]
        gap = _gap(text, end, after[0].start) if after else ""
        if after and re.fullmatch(
            rf"\s*[–—-]\s*(?:{HONORIFIC}\s+)*|\s+(?:\([A-Z]{{2,}}\)\s+)?(?:{HONORIFIC}\s+)*", gap
        ):
            holder_of[role] = after[0]
            continue
        # TITLE, NAME, (Portuguese Ambassador to China, Paulo Nascimento, said): no name before
        before_names = [p for p in persons if p.end <= role.start]
        owned = re.search(r"\w['’]s\s+$", text[max(0, role.start - 4) : role.start])
        if (
            after
            and re.fullmatch(rf"\s*,\s*(?:{HONORIFIC}\s+)*", gap)  # the Mayor of X, Mr. A B,
            and (
                re.match(
                    r"\s*(?:,|and\b|said|says|stated|told|noted|spoke|added)",
                    text[after[0].end :],
                )
                or (owned and re.match(r"\s*(?:[.;]|$)", text[after[0].end :]))
            )  # … and by Acme's general manager, A B.
            and not (
                before_names
                and before_names[-1] not in holder_of.values()
                and re.fullmatch(r"\s*,\s*", _gap(text, before_names[-1].end, role.start))
            )
        ):
            holder_of[role] = after[0]
            continue
        # NAME, TITLE …: walk back over earlier units joined by commas and "and"
        j, start = i, role.start
        while True:
            prev_person = [p for p in persons if p.end <= start]
            gap = _gap(text, prev_person[-1].end, start) if prev_person else ""
            gap = re.sub(
                r"^\s*,\s*(?:who|which)\s+(?:is|also\s+serves\s+as|serves\s+as)"
                r"(?:\s+also)?\s+"
                r"|^\s*,\s*who\s+(?:also\s+|currently\s+|now\s+)?$"  # A, who heads X
                r"|^\s*,\s*also\s+$"  # A, also Deputy Secretary of X
                r"|^\s*,\s*(?:a\s+|the\s+)?(?:former|ex-)[^,;()]{0,80}?\s+(?:who\s+is|and)\s+now"
                r"\s+(?:(?:a|an)\s+)?$"
                # A, a former vice governor of X who is now (and now) TITLE of Y: Y's post
                r"|^\s*,\s*who\s+(?:was|previously|formerly|once)\b[^,;()]{0,80}?\s+and\s+is\s+now"
                r"\s+(?:(?:a|an)\s+)?$"  # A, who was TITLE of X until May and is now TITLE of Y
                r"|^\s*,\s*(?:both|all|now)\s+$"  # A and B, both vice governors of X
                r"|^\s*,\s*(?:a\s+)?(?:former|the\s+then|then|ex-)[\s-]*$"  # (dropped below)
                r"|^\s*,\s*(?:who\s+(?:was|has\s+been|had\s+been|is)\s+)?(?:newly\s+|recently\s+"
                r"|just\s+)?(?:appointed|named|elected)\s+(?:as\s+)?$",  # A, newly appointed TITLE
                ", ",
                gap,
            )  # A, who is also TITLE (A, who was TITLE: a former post, none now)
            if prev_person and (
                re.fullmatch(
                    r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[A-Z][\w&.-]*(?:,?\s+[A-Z][\w&.-]*){0,4}"
                    r"(?:['’]s|(?<=s)['’])\s+"
                    r"|(?:city|province|region|county|prefecture|company|group|firm"
                    r"|corporation|bank|bureau|committee|department|commission|administration"
                    r")['’]s\s+)?"
                    r"(?:(?:provincial|municipal|city)\s+)?|\s+",
                    gap,
                )
                or apposed_country(gap, places=True)  # A, the UAE Minister of …; A, Yunnan governor
                or org_apposed(text, prev_person[-1].end, start, mentions)  # A, KAM Chairman
            ):  # A, Alberta's minister of …; A, Thai ambassador to China
                holder_of[role] = prev_person[-1]
                break
            if j == 0:
                break
            prev_end = units[roles[j - 1]][0]
            if not _JOIN.fullmatch(_gap(text, prev_end, start)):
                break
            j -= 1
            start = roles[j].start
            if roles[j] in holder_of:
                holder_of[role] = holder_of[roles[j]]
                break
    _titles_before_one_name(roles, units, holder_of, text)
    _respectively(roles, units, holder_of, persons, text)
    for i, role in enumerate(roles):
        person = holder_of.get(role)
        if person is None:
            continue
        end, body, country = units[role]
        if body is None and country is None and i > 0:
            prev = roles[i - 1]
            prev_holder = holder_of.get(prev)
            _, prev_body, prev_country = units[prev]
            if (
                prev_holder is not None
                and prev_holder != person
                and prev_country is not None
                and prev_body is None
                and prev_country.start < prev.start
                and re.fullmatch(r"\s*,?\s+and\s+", _gap(text, prev_holder.end, role.start))
                and not _LOCAL_TITLE.search(role.text)  # a country has no (vice) governor
            ):  # Ruritania's Minister of X – A and Deputy Minister of Y – B: both Ruritania's
                country = prev_country
        if body is None and country is None and i + 1 < len(roles):
            nxt = roles[i + 1]
            if holder_of.get(nxt) == person and re.fullmatch(
                r"\s+and\s+", _gap(text, end, nxt.start)
            ):
                _, body, country = units[nxt]  # State Councilor and Secretary-General of X
        if body is None and country is None and person.start >= end:
            last = person
            if plural_title(role.text):  # Vice Governors A, B and C of Guangdong
                last = ([person, *_listed_after(person, persons, text)])[-1]
            behind = [m for m in mentions if m.start >= last.end and m.type != "Role"]
            if behind and re.fullmatch(
                r"\s+of\s+(?:the\s+)?", _gap(text, last.end, behind[0].start)
            ):  # Vice Governor A B of Guangdong
                if behind[0].type == "Country":
                    country = behind[0]
                elif behind[0].type in ("Place", "Organization"):
                    body = behind[0]
        out.append(Post(person, role, sentence, organization=body, represents=country))
        if plural_title(role.text) and person.start >= end:  # Vice Governors A and B
            for other in _listed_after(person, persons, text):
                out.append(Post(other, role, sentence, organization=body, represents=country))
        elif plural_title(role.text) and person.end <= role.start:  # A and B, vice governors
            others = _listed_before(person, persons, text)
            bodies = _respective(body, mentions, text) if body is not None else []
            if len(bodies) == len(others) + 1:  # A and B, chairmen of X and Y respectively
                out[-1] = Post(person, role, sentence, organization=bodies[-1])
                for other, own in zip(others, reversed(bodies[:-1]), strict=True):
                    out.append(Post(other, role, sentence, organization=own))
                continue
            for other in others:
                out.append(Post(other, role, sentence, organization=body, represents=country))
    return [p for p in out if not _FORMER.search(text, max(0, p.role.start - 40), p.role.start)]


#: a title of a province's, city's or county's leaders, never a country's
_LOCAL_TITLE = re.compile(
    r"\b(?:governor|mayor|party\s+(?:secretary|chief)|prefect|county\s+(?:head|chief)"
    r"|district\s+(?:head|chief))s?\b",
    re.IGNORECASE,
)

#: a title held before (former vice governor, ex-chairman, the then mayor, Then mayor of X at a
#: sentence's start, Former Chinese Ambassador): no post now
_FORMER = re.compile(
    r"(?<![\w-])(?:[Ff]ormer[\s-]+|[Ee]x-|(?<=[Tt]he\s)then[\s-]+|(?<=,\s)then\s+|[Tt]hen-"
    r"|(?<![\w,]\s)Then\s+|[Ll]ate\s+"
    r"|[Rr]etired\s+|[Oo]ne-?time\s+)(?:[A-Z][\w'’-]*\s+){0,2}$"
)


def _titles_before_one_name(
    roles: Sequence[Mention],
    units: dict[Mention, tuple[int, Mention | None, Mention | None]],
    holder_of: dict[Mention, Mention],
    text: str,
) -> None:
    """Titles joined by "and" (or commas) before one name (China Huadian chairman and CEO A B,
    Party secretary and chairman of X A B): each is that name's; a title without a body of its
    own takes the one written around the first (X chairman and CEO: X's)."""
    for i in range(len(roles) - 2, -1, -1):
        role, nxt = roles[i], roles[i + 1]
        holder = holder_of.get(nxt)
        if role in holder_of or holder is None or holder.start < units[nxt][0]:
            continue
        if re.fullmatch(r"\s*,\s*|\s*,?\s+and\s+", _gap(text, units[role][0], nxt.start)):
            holder_of[role] = holder
            end, body, country = units[nxt]
            _, own_body, own_country = units[role]
            if body is None and country is None:
                units[nxt] = (end, own_body, own_country)


def _respectively(
    roles: Sequence[Mention],
    units: dict[Mention, tuple[int, Mention | None, Mention | None]],
    holder_of: dict[Mention, Mention],
    persons: Sequence[Mention],
    text: str,
) -> None:
    """A and B, chairman of X and president of Y, respectively: the titles of one chain, given
    to the last name, go to the names listed before it in their order (``holder_of`` is
    changed in place)."""
    i = 0
    while i < len(roles):
        chain = [roles[i]]
        while i + len(chain) < len(roles) and _JOIN.fullmatch(
            _gap(text, units[chain[-1]][0], roles[i + len(chain)].start)
        ):
            chain.append(roles[i + len(chain)])
        i += len(chain)
        holder = holder_of.get(chain[0])
        if (
            holder is None
            or len(chain) < 2
            or any(holder_of.get(r) != holder for r in chain)
            or holder.end > chain[0].start
            or not re.match(r",?\s+respectively\b", text[units[chain[-1]][0] :])
        ):
            continue
        names = [*reversed(_listed_before(holder, persons, text)), holder]
        if len(names) == len(chain):
            for role, name in zip(chain, names, strict=True):
                holder_of[role] = name


def _respective(first: Mention, mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The bodies listed from ``first`` on up to "respectively" (X, Y and Z respectively), in
    their order; none without "respectively"."""
    out = [first]
    for m in mentions:
        if m.start < out[-1].end or m.type not in ("Organization", "Place", "Country"):
            continue
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", _gap(text, out[-1].end, m.start)):
            break
        out.append(m)
    return out if re.match(r",?\s+respectively\b", text[out[-1].end :]) and len(out) > 1 else []


def plural_title(title: str) -> bool:
    """Whether a title is written in the plural (vice governors, vice-chairmen).

    >>> plural_title("vice-chairmen"), plural_title("Vice Governors"), plural_title("Chairman")
    (True, True, False)
    """
    return title.endswith(("rs", "ns", "men"))


def _listed_before(last: Mention, persons: Sequence[Mention], text: str) -> list[Mention]:
    """The names listed before ``last`` (A, B and C, vice governors of X): what a plural title
    after them gives them all."""
    out: list[Mention] = []
    cursor = last
    for p in sorted(persons, key=lambda m: -m.start):
        if p.end > cursor.start:
            continue
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", _gap(text, p.end, cursor.start)):
            break
        out.append(p)
        cursor = p
    return out


def _listed_after(first: Mention, persons: Sequence[Mention], text: str) -> list[Mention]:
    """The names listed after ``first`` (A, B and C): what a plural title gives them all."""
    out: list[Mention] = []
    cursor = first
    for p in persons:
        if p.start <= cursor.start:
            continue
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", _gap(text, cursor.end, p.start)):
            break
        out.append(p)
        cursor = p
    return out


@dataclass(frozen=True)
class _Verbs:
    """The signing verbs of ``data/signing_verbs.tsv`` as patterns."""

    every: re.Pattern[str]  # any form of any signing verb
    adjective: frozenset[str]  # past forms written before a noun (the signed deals)
    past: frozenset[str]  # every past form (lower case, one space between words)
    document: frozenset[str]  # forms that sign only with a document as their object
    passive: str  # the alternation of the past forms read in a passive (was signed by A)


def _words(form: str) -> str:
    return r"\s+".join(re.escape(w) for w in form.split())


@cache
def _verbs() -> _Verbs:
    rows = data_rows("signing_verbs.tsv", 3)
    forms = sorted(
        {f for past, other, _ in rows for f in (past, *other.split("|")) if f},
        key=len,
        reverse=True,
    )
    uses = {past: set(kinds.split("|")) for past, _, kinds in rows}
    every_form = {
        " ".join(f.lower().split()): uses[past]
        for past, other, _ in rows
        for f in (past, *other.split("|"))
        if f
    }
    return _Verbs(
        every=re.compile(r"\b(?:" + "|".join(map(_words, forms)) + r")\b", re.IGNORECASE),
        adjective=frozenset(p for p, u in uses.items() if "adjective" in u),
        past=frozenset(uses),
        document=frozenset(f for f, u in every_form.items() if "document" in u),
        passive="|".join(_words(p) for p, u in uses.items() if "passive" in u),
    )


def _form(verb: re.Match[str]) -> str:
    return " ".join(verb.group().lower().split())


#: "signing" naming an event (a signing ceremony), not the act, where a verb follows
_SIGNING_EVENT = re.compile(r"\s+(?:ceremon(?:y|ies)|event|session)\b", re.IGNORECASE)


#: an inverted signing: its signers after "were" (Signing the agreement were A and B)
_INVERTED = re.compile(
    r"\W*Signing\s+(?:the|an?|two|three|these|both)\s+[^,;]{0,80}?\s+(?:were|was)\s+(?:the\s+)?"
)
#: a signing written as a clause fronting its subject (Having signed …, A …; After signing …)
_FRONTED = re.compile(r"\W*(?:(?:After|Upon|Since)\s+(?:having\s+)?|Having\s+)$")
#: a relative clause of a body's people after its name (A, whose chairman attended, signed)
_WHOSE = re.compile(r"\s*,\s*whose\s")
#: the subjects of a signing said to be among its signers (A and B were among the firms that
#: signed): none signs with the other
_AMONG = re.compile(
    r"\b(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:that|which|who|to)\s+(?:have\s+|had\s+|has\s+)?$",
    re.IGNORECASE,
)


#: a phrase naming who watched a signing (witnessed by C, in the presence of C, attended by C)
_WITNESS_PHRASE = re.compile(
    r"(?:^|\b)(?:[Ii]n\s+the\s+presence\s+of|witnessed\s+by|attended\s+by)\s+(?:the\s+)?"
)


#: a participle written as an adjective before its noun (the signed projects, newly inked
#: deals, to turn signed contracts into factories): the words before it
_BEFORE_ADJECTIVE = re.compile(
    r"(?<![\w'’-])(?:the|these|those|every|its|their|our|his|her|of|for|into|newly"
    r"|to\s+(?!(?:have|be|get|being|been|then|also|jointly|formally|officially)\b)[a-z]+)\s+$",
    re.IGNORECASE,
)


def signing_verbs(text: str) -> list[re.Match[str]]:
    """The signing verbs of ``text``, without a "signing ceremony" before a later one (At a
    signing ceremony, A signed … with B: the verb is "signed").

    >>> [m.group() for m in signing_verbs("At a signing ceremony, A signed a deal with B.")]
    ['signed']
    >>> [m.group() for m in signing_verbs("A and B held a signing ceremony.")]
    ['signing']
    """
    known = _verbs()
    verbs = [
        v
        for v in known.every.finditer(text)
        if not (_form(v) in known.adjective and _BEFORE_ADJECTIVE.search(text, 0, v.start()))
        and (_form(v) not in known.document or _signs_a_document(text, v))
    ]  # the signed projects, to turn signed contracts into factories: no signing here
    while len(verbs) > 1 and _SIGNING_EVENT.match(text, verbs[0].end()):
        verbs = verbs[1:]
    return verbs


#: the object of a verb that signs only a document: a few words (an article, a sum, kinds)
#: and no preposition before the document's noun (exchanged two MoUs; finalized a US$5 million
#: supply deal; not exchanged views on the agreement)
_OBJECT_WORDS = re.compile(
    r"\s+(?:(?!(?:on|in|at|of|for|with|to|about|over|from|by|and|or|that|which)\s)"
    r"[\w$€£¥.,'’-]+\s+){0,6}?$",
    re.IGNORECASE,
)
#: the be of a passive (was finalized, have been initialed, were also exchanged)
_PASSIVE_BE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+|also\s+)?$",
    re.IGNORECASE,
)


def _signs_a_document(text: str, verb: re.Match[str]) -> bool:
    """Whether a verb that signs only a document has one: as its object (exchanged two MoUs)
    or, in a passive, before it (an agreement was finalized).

    >>> [_signs_a_document(t, _verbs().every.search(t)) for t in (
    ...     "A and B exchanged cooperation documents.", "A and B exchanged views on the deal.",
    ...     "An MoU was initialed by A and B.", "A and B had an MoU finalized.")]
    [True, False, True, True]
    """
    for kind in load_lexicon().agreement_types:
        for m in re.finditer(rf"\b{re.escape(kind)}(?:s|es)?\b", text[verb.end() :], re.IGNORECASE):
            if _OBJECT_WORDS.fullmatch(text, verb.end(), verb.end() + m.start()):
                return True
            break
    low = text[: verb.start()].lower()
    kinds = load_lexicon().agreement_types
    if _PASSIVE_BE.search(text, 0, verb.start()):
        return any(kind.lower() in low for kind in kinds)
    return any(re.search(rf"\b{re.escape(k.lower())}(?:s|es)?\s+$", low) for k in kinds)


#: a signing still ahead or only intended: will (would, shall, may) sign, expected (set, plan,
#: hope) to sign, will be signed
_UNSIGNED = re.compile(
    r"\b(?:will|would|shall|may|might|could|to)\s+"
    r"(?:(?:also|then|soon|jointly|formally|officially|further|later|each|both|likely|now)\s+)*"
    r"(?:be\s+)?$",
    re.IGNORECASE,
)
_BE = re.compile(r"\bbe\s+$", re.IGNORECASE)
#: a signing only spoken of, looked forward to or prepared, before its gerund (talks about
#: signing, looks forward to signing, preparations for signing)
_GERUND_AHEAD = re.compile(
    r"\b(?:about|toward|towards|discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|process\s+of"
    r"|close\s+to"
    r"|explor(?:e|ed|es|ing)|forward\s+to|prepar(?:e|ed|es|ing|ations?)\s+for"
    r"|committed\s+to|aim(?:s|ed|ing)?\s+at|plans?\s+(?:on|for)|talks\s+on)\s+"
    r"(?:(?:jointly|formally|officially)\s+)?$",
    re.IGNORECASE,
)


#: a signing called off, put off or not yet held (the signing … was postponed)
_CALLED_OFF = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+"
    r"(?:(?:later|since|again|indefinitely)\s+)?"
    r"(?:postponed|delayed|cancell?ed|called\s+off|put\s+off|suspended|scrapped|shelved"
    r"|deferred|rescheduled|planned|scheduled)\b",
    re.IGNORECASE,
)
#: a signing ceremony still to be held (will hold, is to host, plan to stage a signing ceremony)
_TO_HOLD = re.compile(
    r"\b(?:will|would|shall|to)\s+(?:(?:also|jointly|then|soon)\s+)?(?:hold|host|stage|attend)"
    r"\s+(?:a|the|their)\s+$",
    re.IGNORECASE,
)


def _bare_or_passive(verb: re.Match[str], before: str) -> bool:
    """Whether a signing verb is bare (sign, ink) or a passive's participle (be signed): the
    forms a signing still ahead is written in (will sign, is to be signed)."""
    form = _form(verb)
    if form in _verbs().past:
        return _BE.search(before) is not None
    return not form.endswith(("s", "ing"))


def _agreement_type(text: str) -> tuple[int, str] | None:
    low = text.lower()
    best = None
    for kind in load_lexicon().agreement_types:
        at = low.find(kind.lower())
        if at >= 0 and (
            best is None or at < best[0] or (at == best[0] and len(kind) > len(best[1]))
        ):
            if re.match(r"\w(?<!s)|s\w", low[at + len(kind) : at + len(kind) + 2] or " "):
                continue
            best = (at, kind)
    if best is None:
        m = re.search(r"\bprojects?\b", low)
        return (m.start(), "project") if m else None
    return best


#: a signing denied or failed just before its verb: did not (never, failed to, refused to)
#: sign; no agreement was signed; … denied (that it had) signed
_NEGATED = re.compile(
    r"\b(?:not|never|n['’]t|failed\s+to|refused\s+to|declined\s+to|yet\s+to)\s+"
    r"(?:yet\s+)?(?:been\s+|be\s+|have\s+)?$"
    r"|(?:^|[,;]\s+|\b(?:but|and|that|though|although|while|whereas)\s+)(?:that\s+)?no\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deals?"
    r"|contracts?|documents?|papers?|intent|understanding"
    r"|MoUs?|MOUs?|memorand\w+|pacts?|accords?|protocols?)\s+(?:was|were|has|have|had)\s+"
    r"(?:yet\s+)?(?:been\s+)?$"
    r"|\b(?:denied|denies|deny|denying)\b[^.;]*$"
    r"|\b(?:once|if|unless|until|till|whether|when)\s+(?:[\w-]+\s+){0,5}?(?:is|are|gets?|get)\s+"
    r"(?:finally\s+|formally\s+)?$",  # once an agreement is reached: not yet
    re.IGNORECASE,
)


def not_signed(before: str) -> bool:
    """Whether the words before a signing verb deny or fail it (did not sign, failed to
    sign, no deal was signed, denied that it had signed).

    >>> not_signed("A did not "), not_signed("No agreement was "), not_signed("A has ")
    (True, True, False)
    >>> not_signed("A said that no deal had yet been "), not_signed("once an agreement is ")
    (True, True)
    >>> not_signed("A and B spoke of it; no document was "), not_signed("no letter of intent was ")
    (True, True)
    >>> not_signed("A is keen to invest, though no agreement had yet been ")
    True
    """
    return _NEGATED.search(before) is not None


#: A and B agreed to set up (build, establish …) something: a signing where the report speaks
#: of deals (the gold guideline for English reports), not an agreement to deepen ties
_AGREED_TO = re.compile(
    r"\s+(?:also\s+|have\s+|has\s+)?agreed\s+to\s+(?:jointly\s+|together\s+|co-)?"
    r"(?:set\s+up|build|establish|form|develop|launch|construct|create|open|operate|invest\s+in"
    r"|co-develop|co-invest\s+in)\s+"
)
_ABSTRACT = re.compile(
    r"(?:[a-z]+er\s+|more\s+|new\s+)?(?:ties|relations|relationships|cooperation|exchanges"
    r"|friendship|consensus|mechanisms?|communication|dialogue|partnerships?|trust)\b"
)
_DEALS_CONTEXT = re.compile(
    r"\b(?:deals?|agreements?|contracts?|signed|signing|signings|MoUs?|MOUs?|projects)\b"
)


def _agreed_to(
    sentence: Span,
    evidence: Span,
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    posts: Sequence[Post],
) -> list[Agreement]:
    """ "A and B agreed to set up a joint venture" where the sentence speaks of deals (Among
    the deals, …; …, while C and D agreed to build …): one A–B agreement; bodies only."""
    text = sentence.text
    agreed = _AGREED_TO.search(text)
    if agreed is None or _ABSTRACT.match(text, agreed.end()):
        return []
    if _DEALS_CONTEXT.search(evidence.text) is None or _UNSIGNED.search(text[: agreed.start() + 1]):
        return []
    bodies = {p.organization for p in posts} | {p.represents for p in posts}
    at = sentence.start + agreed.start()
    left = [
        m
        for m in mentions
        if m.type in ("Organization", "Country")
        and m.origin not in ("owner-adjective", "of-company", "based-in")
        and sentence.start <= m.start
        and m.end <= at
        and m not in bodies
    ]
    joined = re.fullmatch(
        r"(?:\s+\([A-Z][\w&-]*\)|\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
        r"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
        r"(?:[\w'’]+-[a-z]+\s+)?",
        text[left[0].end - sentence.start : left[1].start - sentence.start]
        if len(left) == 2
        else "",
    )
    if (
        len(left) != 2
        or joined is None
        or text[left[1].end - sentence.start : agreed.start()].strip(" ()")
    ):
        return []
    date = dates[0].date if dates else None
    investment = amounts[0] if amounts else None
    kind = (
        "joint venture"
        if re.match(r"(?:a\s+)?joint\s+venture", text[agreed.end() :])
        else "project"
    )
    return [Agreement((left[0], left[1]), kind, evidence, date=date, investment=investment)]


#: a clause of another subject after a signing one (…, while C and D agreed to …)
_OTHER_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+")
_CLAUSE = re.compile(
    r",\s+(?:and|while|whereas)\s+|;\s+|,\s+(?=[A-Z]|the\s+[A-Z])"
    r"|,?\s+(?:after|before|when|once|as)\s+(?=(?:the\s+)?[A-Z])"  # … after C signed with D
    r"|\s+and\s+(?=(?:the\s+)?[A-Z])"  # A signed with B and C signed with D
)


#: a dateline opening a sentence: PLACE, date (Outlet) -- (or an em dash); a wire's PLACE,
#: date /Wire/ --; a city in capitals before a colon or a dash (KARACHI: …, LAHORE -- …)
_DATELINE_HEAD = re.compile(
    r"^(?:[^.\n]|\.(?=\s+\d)){0,80}?"
    r"(?:\([^()]{2,40}\)|/[^/\n]{2,40}/)\s*(?:--|—|–|-(?=\s))\s*"  # (Aug. 8: a month's
    # abbreviation; a wire's one hyphen: NANNING, China, Sept 17 (Reuters) - Text)
    r"|^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}(?::|\s+(?:--|—|–|-))\s+"
)


#: a sentence that announces the list of signings after it (the following agreements were
#: entered into:)
_FOLLOWING = re.compile(
    r"\bthe\s+following\s+(?:\w+\s+){0,2}(?:agreements|deals|contracts|documents|projects"
    r"|memorand\w*|MoUs|MOUs)\b[^:]*:\s*$"
)
#: what opens a line of a live blog or a bulletin before its sentence: a timestamp (11:40), a
#: short label and its colon (Signing corner:), or both
_LINE_LABEL = re.compile(
    r"\s*(?:\d{1,2}:\d{2}\s+(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+)?"
    r"|[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}:\s+)"
)
#: a second signing told by ellipsis: A signed X with B, as did C with D
_AS_DID = re.compile(r",\s+as\s+did\s+")


def _as_did(
    sentence: Span,
    cut: re.Match[str],
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    posts: Sequence[Post],
) -> list[Agreement]:
    """A signed X with B, as did C with D: the first clause's agreements, then C–D of the
    first clause's kind (C's side and D's side each one or more bodies).

    >>> t = "Acme signed a supply deal with Beta, as did Gamma Corp with Delta Group."
    >>> ms = [Mention(0, 4, "Acme", "Organization", "Company"),
    ...       Mention(31, 35, "Beta", "Organization", "Company"),
    ...       Mention(44, 54, "Gamma Corp", "Organization", "Company"),
    ...       Mention(60, 71, "Delta Group", "Organization", "Company")]
    >>> found = find_agreements(Span(0, len(t), t), ms, [], [], [])
    >>> [tuple(p.text for p in a.parties) for a in found]
    [('Acme', 'Beta'), ('Gamma Corp', 'Delta Group')]
    """
    head = Span(sentence.start, sentence.start + cut.start(), sentence.text[: cut.start()])
    inside = [m for m in mentions if m.end <= head.end]
    found = find_agreements(head, inside, amounts, dates, posts)
    rest = sentence.text[cut.end() :]
    joint = re.search(r"\s+with\s+", rest)
    if joint is None or not found:
        return found
    at = sentence.start + cut.end()
    sides = [m for m in mentions if m.type in ("Organization", "Country") and m.start >= at]
    left = [m for m in sides if m.end <= at + joint.start()]
    right = [m for m in sides if m.start >= at + joint.end()]
    if left and right:
        date = dates[0].date if dates else None
        kind = found[0].agreement_type
        found += [Agreement((a, b), kind, sentence, date=date) for a in left for b in right[:1]]
    return found


def find_agreements(
    sentence: Span,
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    posts: Sequence[Post],
) -> list[Agreement]:
    """Signed agreements of one sentence: A signed X with B (, C and D); A and B signed X;
    X was signed between A and B. A sentence of clauses that each sign (A signed X with B,
    and C inked a deal with D) is read clause by clause."""
    evidence = sentence
    if _FOLLOWING.search(sentence.text):
        return []  # … the following agreements were entered into: the list below signs
    label = _LINE_LABEL.match(sentence.text)
    if label is not None and label.end() < len(sentence.text):
        # 11:40 Signing corner: A signs X with B: the timestamp and the label sign nothing
        at = sentence.start + label.end()
        rest = Span(at, sentence.end, sentence.text[label.end() :])
        inside = [m for m in mentions if m.start >= at]
        return [
            dataclasses.replace(a, evidence=sentence)
            for a in find_agreements(rest, inside, amounts, dates, posts)
        ]
    head = _DATELINE_HEAD.match(sentence.text)
    if head is not None:  # XINING, July 8 (Xinhua) -- …: the dateline's outlet signs nothing
        mentions = [m for m in mentions if m.start >= sentence.start + head.end()]
    by = _signed_by(sentence, mentions)
    if by is not None:  # … were signed by A, B and C with D, E and F respectively
        signed_at, pairs = by
        kind = _agreement_type(sentence.text)
        found = [Agreement(pair, kind[1] if kind else "agreement", evidence) for pair in pairs]
        inside = [m for m in mentions if m.end <= sentence.start + signed_at]  # what signed before
        return find_agreements(sentence, inside, amounts, dates, posts) + found
    with_by = _signed_with_by(sentence, mentions)
    if with_by is not None:  # … were signed with A, B and C respectively by X
        kind = _agreement_type(sentence.text)
        date = dates[0].date if dates else None
        return [
            Agreement(pair, kind[1] if kind else "agreement", evidence, date=date)
            for pair in with_by
        ]
    verbs = signing_verbs(sentence.text)
    as_did = _AS_DID.search(sentence.text)
    if verbs and as_did is not None and verbs[0].start() < as_did.start():
        return _as_did(sentence, as_did, mentions, amounts, dates, posts)
    if verbs and re.match(r"\s*Signing\s+(?:on\s+behalf|for)\b", sentence.text):
        verbs = verbs[1:]  # Signing on behalf of X, A inked a deal with Y: one clause
    kind = _agreement_type(sentence.text)
    rests, stop = _verbless_pairs(
        sentence, mentions, verbs, kind[1] if kind else None, dates, posts
    )
    if rests:  # A signed with B; C with D: the first clause ends at the first semicolon
        sentence = Span(sentence.start, sentence.start + stop, sentence.text[:stop])
        mentions = [m for m in mentions if m.end <= sentence.end]
        amounts = [a for a in amounts if a.end <= sentence.end]
    cuts = []
    for verb in verbs[1:]:
        if verb.start() >= len(sentence.text):
            break
        before = list(_CLAUSE.finditer(sentence.text, 0, verb.start()))
        before = [
            b
            for b in before
            if b.start() > verbs[0].end()
            and not any(
                m.start < sentence.start + b.end() and sentence.start + b.start() < m.end
                for m in mentions
            )
        ]  # not the comma of a name (Acme Co., Ltd.)
        plain = [b for b in before if re.fullmatch(r"\s+and\s+", b.group())]
        before = [b for b in before if b not in plain]
        if not before and plain:  # A signed with B and C signed with D: C, and only C, signs
            b = plain[-1]
            subject = [m for m in mentions if b.end() <= m.start - sentence.start < verb.start()]
            ahead = [m for m in mentions if m.end - sentence.start <= b.start()]
            if (
                len(subject) == 1
                and subject[0].start - sentence.start == b.end()
                and not sentence.text[subject[0].end - sentence.start : verb.start()].strip(" ")
                and ahead
                and not re.search(r",\s*$", sentence.text[: ahead[-1].start - sentence.start])
            ):
                before = [b]
        strong = [b for b in before if not re.fullmatch(r",\s+", b.group())]
        if strong and before[-1] not in strong and _listed_from(strong[-1], mentions, sentence):
            before = strong  # …, while A, B and C sealed deals: the clause begins at "while"
        if before:
            cuts.append(before[-1])
    for other in _OTHER_CLAUSE.finditer(sentence.text, verbs[0].end() if verbs else 0):
        if not any(c.start() == other.start() for c in cuts):
            cuts.append(other)  # …, while C and D agreed to …: a clause of its own, no signing
    cuts.sort(key=lambda c: c.start())
    owned = [
        Agreement(pair, kind[1] if kind else "agreement", evidence)
        for pair in possessive_pairs(sentence, mentions)
    ]  # … included A's deal with B: A–B, with what else the sentence signs
    if not cuts:
        found = _agreements(sentence, evidence, mentions, amounts, dates, posts) + rests
        return found + [a for a in owned if a.parties not in {f.parties for f in found}]
    out = []
    at = 0
    for cut in [*cuts, None]:
        end = cut.start() if cut is not None else len(sentence.text)
        part = Span(sentence.start + at, sentence.start + end, sentence.text[at:end])
        inside = [m for m in mentions if part.start <= m.start < part.end]
        own = [a for a in amounts if part.start <= a.start < part.end]  # each clause its sum
        # a clause that names no kind signs the kind its sentence names (…, while C signed with D)
        out += _agreements(part, evidence, inside, own, dates, posts, kind[1] if kind else None)
        at = cut.end() if cut is not None else end
    return out + rests + [a for a in owned if a.parties not in {f.parties for f in out}]


#: what a possessive names before its agreement: a planned or proposed one is not signed
_NOT_YET = re.compile(
    r"\b(?:planned|proposed|possible|potential|draft|future|pending|expected|upcoming"
    r"|prospective|intended|hoped-for|would-be)\b",
    re.IGNORECASE,
)


@cache
def _possessed_kind() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in load_lexicon().agreement_types)
    word = r"(?:(?!(?:with|and|or|of|to|for|on)\b)[a-z][\w-]*|(?:US|HK|RMB)?[$€£¥]?[\d.,]+[\w-]*)"
    return re.compile(rf"['’]s\s+((?:{word}\s+){{0,5}}?)(?i:{kinds})(?:s|es)?\b")


def possessive_pairs(sentence: Span, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """The pairs a possessive names in a sentence that tells of a signing: A's agreement (deal,
    MoU …) with B; A and B's agreement — none for a planned (proposed, draft) one.

    >>> t = "Deals signed included Acme Co.'s supply deal with Bolt Ltd."
    >>> ms = [Mention(t.find(w), t.find(w) + len(w), w, "Organization")
    ...       for w in ("Acme Co.", "Bolt Ltd.")]
    >>> [(a.text, b.text) for a, b in possessive_pairs(Span(0, len(t), t), ms)]
    [('Acme Co.', 'Bolt Ltd.')]
    """
    text = sentence.text
    signed = [
        v
        for v in signing_verbs(text)
        if not not_signed(text[: v.start()])
        and not (_UNSIGNED.search(text[: v.start()]) and _bare_or_passive(v, text[: v.start()]))
    ]
    if not signed:
        return []
    parties = [
        m
        for m in mentions
        if m.type in _PARTY_TYPES
        and m.origin not in ("owner-adjective", "of-company", "based-in")
        and sentence.start <= m.start
        and m.end <= sentence.end
    ]
    out = []
    for i, m in enumerate(parties):
        kind = _possessed_kind().match(text, m.end - sentence.start)
        if kind is None or _NOT_YET.search(kind.group(1)) or _verbs().every.search(kind.group(1)):
            continue  # a planned deal; A's officials inked deals: no possession
        after = re.match(r"\s+with\s+(?:the\s+)?", text[kind.end() :])
        later = parties[i + 1] if i + 1 < len(parties) else None
        if after and later is not None and later.start - sentence.start == kind.end() + after.end():
            out.append((m, later))  # A's agreement with B
        elif i > 0 and re.fullmatch(
            r"\s+and\s+(?:the\s+)?",
            text[parties[i - 1].end - sentence.start : m.start - sentence.start],
        ):
            out.append((parties[i - 1], m))  # A and B's agreement
    return out


def _listed_from(cut: re.Match[str], mentions: Sequence[Mention], sentence: Span) -> bool:
    """Whether a list of parties (A, B and C) begins right after ``cut``: the bare commas
    after it are that list's, not a clause's."""
    at = sentence.start + cut.end()
    first = next((m for m in mentions if m.start >= at), None)
    if first is None or sentence.text[cut.end() : first.start - sentence.start].strip() not in (
        "",
        "the",
    ):
        return False
    later = [m for m in mentions if m.start > first.start]
    return (
        bool(later)
        and re.fullmatch(
            r",\s+(?:the\s+)?",
            sentence.text[first.end - sentence.start : later[0].start - sentence.start],
        )
        is not None
    )


#: a passive signing that names the other sides first and the signer last: (deals) were
#: signed with A, B and C (respectively) by X
@cache
def _with_by_verb() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:was|were|been|being|are|is)\s+(?:also\s+|separately\s+)?"
        rf"(?:{_verbs().passive})\s+(?:separately\s+)?with\s+(?:the\s+)?"
    )


def _signed_with_by(
    sentence: Span, mentions: Sequence[Mention]
) -> list[tuple[Mention, Mention]] | None:
    """The pairs of "… were signed with A, B and C respectively by X" (X–A, X–B, X–C; two
    lists of one length after "respectively" in their order); None for any other form.

    >>> t = "Deals were signed with Acme Co. and Bolt Ltd. respectively by Core Inc."
    >>> ms = [Mention(t.find(w), t.find(w) + len(w), w, "Organization")
    ...       for w in ("Acme Co.", "Bolt Ltd.", "Core Inc.")]
    >>> [(a.text, b.text) for a, b in _signed_with_by(Span(0, len(t), t), ms)]
    [('Core Inc.', 'Acme Co.'), ('Core Inc.', 'Bolt Ltd.')]
    """
    text = sentence.text
    verb = _with_by_verb().search(text)
    if verb is None or not_signed(text[: verb.start()]):
        return None
    parties = [
        m
        for m in mentions
        if m.type in _PARTY_TYPES
        and m.start >= sentence.start + verb.end()
        and m.end <= sentence.end
    ]
    if not parties or parties[0].start != sentence.start + verb.end():
        return None
    gap = r",\s+(?:the\s+)?|,?\s+and\s+(?:the\s+)?"
    right = [parties[0]]
    for m in parties[1:]:
        if re.fullmatch(gap, text[right[-1].end - sentence.start : m.start - sentence.start]):
            right.append(m)
        else:
            break
    tail = re.match(
        r",?\s+(?:respectively,?\s+)?by\s+(?:the\s+)?", text[right[-1].end - sentence.start :]
    )
    if tail is None:
        return None
    at = right[-1].end + tail.end()
    left = [m for m in parties if m.start >= at]
    if not left or left[0].start != at:
        return None
    signers = [left[0]]
    for m in left[1:]:
        if re.fullmatch(gap, text[signers[-1].end - sentence.start : m.start - sentence.start]):
            signers.append(m)
        else:
            break
    if len(signers) == 1:
        return [(signers[0], m) for m in right]
    if len(signers) == len(right) and "respectively" in text[verb.end() :]:
        return list(zip(signers, right, strict=True))
    return None


#: what may describe a party before its name in a list (Croatian food maker Acme; state
#: utility Acme): a nationality, up to three words, a kind of business (or nothing)
@cache
def _described() -> str:
    return rf"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{company_nouns()}\s+)?"


#: a passive signing with its signers after "by" (… were signed by A with B; sealed by A and B)
@cache
def _signed_by_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_verbs().passive})\s+(?:separately\s+|respectively\s+)?by\s+")


def _signed_by(
    sentence: Span, mentions: Sequence[Mention]
) -> tuple[int, list[tuple[Mention, Mention]]] | None:
    """(where the passive clause begins, its pairs) of a signing whose signers follow "by":
    signed by A, B and C with D, E and F respectively (A–D, B–E, C–F); signed by A with B, and
    by C with D (A–B, C–D); sealed by A and B (A–B). None when the clause names no such pairs.

    >>> t = "Deals were signed by Acme Co. with Bolt Ltd., and by Core Inc. with Dart Corp."
    >>> ms = [Mention(t.find(w), t.find(w) + len(w), w, "Organization")
    ...       for w in ("Acme Co.", "Bolt Ltd.", "Core Inc.", "Dart Corp.")]
    >>> [(a.text, b.text) for a, b in _signed_by(Span(0, len(t), t), ms)[1]]
    [('Acme Co.', 'Bolt Ltd.'), ('Core Inc.', 'Dart Corp.')]
    """
    text = sentence.text
    verb = _signed_by_verb().search(text)
    if verb is None:
        return None
    before = text[: verb.start()]
    if not_signed(before) or _UNSIGNED.search(re.sub(r"\bbe\s+$", "", before)):
        return None  # will be signed by …, was not signed by …: no signing
    parties = [
        m
        for m in mentions
        if m.type in _PARTY_TYPES
        and m.start >= sentence.start + verb.end()
        and m.end <= sentence.end
        and m.origin != "acronym"  # A (GAC) with B: the bracket is A's short form
    ]
    if len(parties) < 2:
        return None
    rel = [(m.start - sentence.start, m.end - sentence.start, m) for m in parties]
    owned = {  # Nepal's Board of Investment: the board signs, not its owner
        o[0]: r[0] for r in rel for o in rel if re.fullmatch(r"['’]s\s+", text[r[1] : o[0]])
    }
    rel = [(owned.get(a, a), b, m) for a, b, m in rel if a not in owned.values()]

    def joined(a: tuple[int, int, Mention], b: tuple[int, int, Mention]) -> bool:
        gap = re.sub(r"^\s*\([^()]{1,30}\)", "", text[a[1] : b[0]])  # A (GAC), B and C
        return (
            re.fullmatch(
                r"\s*(?:,|,?\s+and)\s+(?:with\s+)?(?:the\s+)?" + _described(),
                gap,
            )  # (with A and with B: one list)
            is not None
        )

    def with_gap(a: tuple[int, int, Mention], b: tuple[int, int, Mention]) -> bool:
        gap = re.sub(r"^\s*\([^()]{1,30}\)", "", text[a[1] : b[0]])  # A (GAC) with B
        return re.fullmatch(r"\s+with\s+(?:the\s+)?", gap) is not None

    def run(i: int) -> int:  # the end (exclusive) of the list of parties from i
        j = i + 1
        while j < len(rel) and joined(rel[j - 1], rel[j]):
            j += 1
        return j

    if any(re.match(r"[-\w]", text[b : b + 1]) for _, b, _ in rel):
        return None  # Temasek-backed Marlow Ports: a party inside a longer phrase

    if re.fullmatch(r"\s*(?:the\s+)?", text[verb.end() : rel[0][0]]) is None:
        return None
    pairs: list[tuple[Mention, Mention]] = []
    i = 0
    while i < len(rel):
        j = run(i)
        k = j
        if j < len(rel) and with_gap(rel[j - 1], rel[j]):
            k = run(j)
            left, right = [m for *_, m in rel[i:j]], [m for *_, m in rel[j:k]]
            after = text[rel[k - 1][1] :]
            if len(left) == len(right) > 1 and re.match(r"[\s,]*respectively\b", after):
                pairs += list(zip(left, right, strict=True))
            elif len(left) == 1 or len(right) == 1:
                pairs += [(a, b) for a in left for b in right]
            else:
                return None
        elif j - i == 2:  # sealed by A and B; by A and B, and by C and D
            pairs.append((rel[i][2], rel[i + 1][2]))
        elif j - i > 2 and i == 0:  # sealed by A, B and C: each with each
            sides = [m for *_, m in rel[i:j]]
            pairs += [(a, b) for n, a in enumerate(sides) for b in sides[n + 1 :]]
        else:
            break
        again = r"\s*,?\s+and\s+by\s+(?:the\s+)?"
        if k < len(rel) and re.fullmatch(again, text[rel[k - 1][1] : rel[k][0]]):
            i = k
            continue
        break
    return (verb.start(), pairs) if pairs else None


def _object_only(between: str) -> bool:
    """Whether the words between a gapped clause's subject and its "with" are nothing or only
    the object of the verb left out (C, with D; C a contract with D).

    >>> _object_only(", "), _object_only(" a supply contract"), _object_only(" met officials")
    (True, True, False)
    """
    words = between.strip(" ,")
    if not words:
        return True
    return bool(
        re.fullmatch(r"(?:an?|the|another|two|three|four|five|several|\d[\d,.]*)\s+[\w\s-]+", words)
        and _agreement_type(words) is not None
        and not _verbs().every.search(words)
    )


def _verbless_pairs(
    sentence: Span,
    mentions: Sequence[Mention],
    verbs: Sequence[re.Match[str]],
    kind: str | None,
    dates: Sequence[DateMention],
    posts: Sequence[Post],
) -> tuple[list[Agreement], int]:
    """Clauses after a signing one, cut by semicolons, that give only more pairs (A signed
    with B; C with D; and E with F; A and B signed an MoU, and C and D a contract): each
    "C with D" (or "C and D a contract") is one more agreement of the kind; and where the
    first of them begins."""
    if not verbs:
        return [], len(sentence.text)
    first = len(sentence.text)
    bodies = {p.organization for p in posts} | {p.represents for p in posts}
    out = []
    text = sentence.text
    named = [(m.start - sentence.start, m.end - sentence.start) for m in mentions]

    def cuts_of(pattern: str) -> list[re.Match[str]]:
        return [
            c
            for c in re.finditer(pattern, text)
            if c.start() > verbs[0].end()
            and not any(a < c.end() and c.start() < b for a, b in named)
        ]  # not the comma of a name (Acme Co., Ltd.)

    def gapped(lo: int, hi: int) -> tuple[Mention, Mention] | None:
        """The pair of a part that is only "C with D" (or "C, with D")."""
        part = text[lo:hi]
        with_ = re.search(r",?\s(?:signed\s+)?with\s+(?:the\s+)?", part)
        if with_ is None:
            return _gapped_and(lo, hi)
        if _verbs().every.search(part[: with_.start()]):
            return None
        mid = sentence.start + lo + with_.start()
        inside = [
            m
            for m in mentions
            if m.type in _PARTY_TYPES
            and sentence.start + lo <= m.start < sentence.start + hi
            and m not in bodies
        ]
        left = [m for m in inside if m.end <= mid]
        right = [m for m in inside if m.start >= mid]
        if (
            len(left) == 1
            and len(right) == 1
            and left[0].start == sentence.start + lo
            and _object_only(text[left[0].end - sentence.start : mid - sentence.start])
        ):
            return left[0], right[0]
        return None

    def _gapped_and(lo: int, hi: int) -> tuple[Mention, Mention] | None:
        """The pair of a part that is only "C and D a contract" (A and B signed an MoU, and
        C and D a contract): two parties, then the object of the verb left out."""
        inside = [
            m
            for m in mentions
            if m.type in _PARTY_TYPES
            and sentence.start + lo <= m.start < sentence.start + hi
            and m not in bodies
        ]
        if len(inside) != 2 or inside[0].start != sentence.start + lo:
            return None
        a, b = inside
        joined = re.fullmatch(
            r"\s+(?:and|&)\s+(?:the\s+)?",
            _gap(text, a.end - sentence.start, b.start - sentence.start),
        )
        rest = text[b.end - sentence.start : hi]
        if joined is None or _verbs().every.search(rest) or _agreement_type(rest) is None:
            return None
        if not re.match(r",?\s+(?:an?|the|another|two|three|four|five|several|\d[\d,.]*)\s", rest):
            return None
        return a, b

    date = dates[0].date if dates else None
    cuts = cuts_of(r";\s+(?:and\s+)?")  # A signed with B; C with D; and E, with F
    for i, cut in enumerate(cuts):
        stop = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        pair = gapped(cut.end(), stop)
        if pair is not None:
            out.append(Agreement(pair, kind or "agreement", sentence, date=date))
            first = min(first, cut.start())
    commas = (
        cuts_of(r",\s+(?:and\s+|while\s+|whereas\s+)?(?!with\b)") if not out and not cuts else []
    )
    pairs = [
        gapped(cut.end(), commas[i + 1].start() if i + 1 < len(commas) else len(text))
        for i, cut in enumerate(commas)
    ]
    if pairs and all(p is not None for p in pairs):  # A signed with B, C with D, and E with F
        out = [Agreement(p, kind or "agreement", sentence, date=date) for p in pairs if p]
        first = commas[0].start()
    return out, first


def _agreements(
    sentence: Span,
    evidence: Span,
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    posts: Sequence[Post],
    kind: str | None = None,
) -> list[Agreement]:
    text = sentence.text
    verb = next(iter(signing_verbs(text)), None)
    if verb is None:
        return _agreed_to(sentence, evidence, mentions, amounts, dates, posts)
    before = text[: verb.start()]
    if _UNSIGNED.search(before) and _bare_or_passive(verb, before):
        return []  # will sign, are expected to sign, is to be signed: not signed (yet)
    if _GERUND_AHEAD.search(before) and _form(verb).endswith("ing"):
        return []  # talked about (looks forward to, is preparing for) signing: not signed
    if _form(verb) == "signing" and (
        _CALLED_OFF.search(re.split(r"[,;]", text[verb.end() :])[0])
        or (_SIGNING_EVENT.match(text, verb.end()) and _TO_HOLD.search(before))
    ):
        return []  # the signing … was postponed; A and B will hold a signing ceremony
    if not_signed(before):
        return []  # did not sign, failed to sign, no deal was signed, denied it had signed
    found = _agreement_type(text[verb.start() :]) or _agreement_type(text)
    if found is None and (kind or _WITH_NEXT.match(text[verb.end() :])):
        found = (len(text), kind or "agreement")  # … while C signed with D; A signed with B
    if found is None:  # At the signing ceremony, A and B agreed to establish X
        return _agreed_to(sentence, evidence, mentions, amounts, dates, posts)
    kind = found[1]
    post_bodies = {p.organization for p in posts} | {p.represents for p in posts}
    located = {
        m
        for m in mentions
        if m.type in ("Place", "Country")
        and re.search(
            r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$",
            text[max(0, m.start - sentence.start - 16) : m.start - sentence.start],
        )
        or re.match(r"['’]s\s", text[m.end - sentence.start :])
        or (m.text.endswith("s") and re.match(r"['’]\s", text[m.end - sentence.start :]))
        or re.search(
            r",\s+(?:the\s+|a\s+)?$",
            text[max(0, m.start - sentence.start - 6) : m.start - sentence.start],
        )
        and re.match(  # …, the Lanzhou Evening News reported: the source, no party
            r"\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|announced|quoted|cited|learned)\b",
            text[m.end - sentence.start :],
        )
        or m.type in ("Place", "Country")
        and re.search(  # based in Kostanay, Kazakhstan: where, not who
            r"\b(?:[Ii]n|[Aa]t)\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2},\s+(?:the\s+)?$",
            text[max(0, m.start - sentence.start - 50) : m.start - sentence.start],
        )
        or m.type in ("Place", "Country")
        and re.match(r"\)", text[m.end - sentence.start :])
        and re.search(
            r"[\w.]\s*\($", text[max(0, m.start - sentence.start - 3) : m.start - sentence.start]
        )
        # Acme (Germany): a party's country in brackets, no party of its own
        or m.type in ("Place", "Country")
        and re.search(  # buyers from Russia, firms mostly from Yunnan: where they come from
            r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*|,?\s+(?:and|or)\s+))*$",
            text[max(0, m.start - sentence.start - 60) : m.start - sentence.start],
        )
        or re.search(
            r"\b(?:[Aa]ccording\s+to|[Aa]s\s+(?:announced|reported)\s+by)\s+(?:the\s+)?$",
            text[max(0, m.start - sentence.start - 30) : m.start - sentence.start],
        )
        or re.search(
            r",\s+(?:the\s+)?(?:[a-z]+\s+)?(?:capital|city|seat|hub|heart)\s+of\s+(?:the\s+)?"
            r"(?:[A-Z][a-z]+['’]s\s+)?$",
            text[max(0, m.start - sentence.start - 40) : m.start - sentence.start],
        )  # in Xi'an, capital of Shaanxi Province
        or m.type in ("Place", "Country")
        and _RUNS_ON.match(text[m.end - sentence.start :]) is not None
        or m.type in ("Place", "Country")
        and any(  # Acme Assemblers (AA) of Mombasa: where the company is, no party
            o.type == "Organization"
            and re.fullmatch(
                r"\s+\([A-Z][\w&-]*\)\s+of\s+(?:the\s+)?",
                _gap(text, o.end - sentence.start, m.start - sentence.start),
            )
            for o in mentions
        )
        or m.type in ("Place", "Country")
        and any(  # Acme, a state-owned company of the Province of X, Ruritania: who Acme is
            o.type == "Organization"
            and _DESCRIBED_PARTY.fullmatch(
                _gap(text, o.end - sentence.start, m.start - sentence.start)
            )
            for o in mentions
        )
        # China Three Gorges Renewables Signs …: the first word of a longer name in a headline
    }  # where the signing took place, a possessive modifier (Canada's), a source, is no party
    located |= {  # with Shymkent, Kazakhstan, …: the place's country, no party of its own
        m
        for m in mentions
        if m.type == "Country"
        and re.match(r"\s*(?:[,.;)]|$)", text[m.end - sentence.start :])
        and any(
            p.type == "Place"
            and re.fullmatch(r",\s+", _gap(text, p.end - sentence.start, m.start - sentence.start))
            for p in mentions
            if p.end <= m.start
        )
    }
    watching = _WITH_WITNESS.search(text)
    if watching is not None:  # …, with C witnessing (looking on): C signs nothing
        located |= {m for m in mentions if m.start >= sentence.start + watching.start()}
    located |= {  # A B, on behalf of X, signed: a signatory the reader guessed to be a party
        m
        for m in mentions
        if m.origin == "party"
        and re.match(r",\s+on\s+behalf\s+of\s", text[m.end - sentence.start :])
    }
    for watched in _WITNESS_PHRASE.finditer(text):  # witnessed by C, …: C signs nothing
        stop = re.compile(r"[,;]").search(text, watched.end())
        end = sentence.start + (stop.start() if stop else len(text))
        located |= {m for m in mentions if sentence.start + watched.end() <= m.start < end}
    parties = [
        m
        for m in mentions
        if m not in located
        and m.type in _PARTY_TYPES
        and sentence.start <= m.start < sentence.end
        and (m not in post_bodies or _WHOSE.match(text, m.end - sentence.start))
        and m.origin not in ("owner-adjective", "of-company", "based-in")
        # Temasek-backed X, X Co. of Japan: X signs, not its owner nor its country; A, whose
        # chairman attended, signed: A signs
    ]
    at = sentence.start + verb.start()
    inverted = _INVERTED.match(text) if _form(verb) == "signing" and not before.strip() else None
    if inverted is not None:  # Signing the agreement were A and B: the subjects after "were"
        cut = sentence.start + inverted.end()
        signers = [m for m in parties if m.start >= cut]
        if len(signers) < 2:  # … were A of X and B of Y: X and Y sign
            signers = _signers_bodies(mentions, posts, cut) or signers
        date = dates[0].date if dates else None
        return [
            Agreement((a, b), kind, evidence, date=date)
            for i, a in enumerate(signers)
            for b in signers[i + 1 :]
            if a.text != b.text
        ]
    fronted = _FRONTED.match(before)
    if fronted is not None and not [m for m in parties if m.end <= at]:
        # Having signed (After signing) an MoU with B, A opened a plant: A signed with B
        comma = re.compile(r",\s+(?:the\s+)?").search(text, verb.end())
        subject = [m for m in parties if comma and m.start - sentence.start == comma.end()]
        with_ = re.search(r"\swith\s", text[verb.end() : comma.start()]) if comma else None
        side = [
            m
            for m in parties
            if comma
            and with_
            and verb.end() + with_.end() <= m.start - sentence.start < comma.start()
        ]
        if subject and side:
            date = dates[0].date if dates else None
            return [Agreement((subject[0], b), kind, evidence, date=date) for b in side]
    among = _AMONG.search(text, 0, verb.start())
    if among is not None:  # A and B were among the companies that signed: no pair of theirs
        parties = [m for m in parties if m.start >= sentence.start + among.end()]
    if len(re.findall(r"\bbetween\s", text)) >= 2:
        # a project between A and B, and a park between C and D
        listed = _between_pairs(sentence, evidence, parties, amounts, dates, kind)
        if listed:
            return listed
    left = [m for m in parties if m.end <= at]
    rest = text[verb.end() :]
    right: list[Mention] = []
    between = re.search(r"\bbetween\s", text)
    with_nobody = False
    by = re.match(
        r"(?:\s+(?:of|on|at|in|during)\s+[^,;]{0,60}?)?\s+(?:jointly\s+)?by\s"
        if _form(verb) == "signing" or not left
        else r"\s+(?:jointly\s+)?by\s",
        rest,
    )  # an MoU was inked by A and B; the signing of X (was signed at the expo) by A and B
    bys = list(re.finditer(r"\bby\s+(?:the\s+)?", rest))
    if by is not None and len(bys) >= 2 and re.search(r"\brespectively\b", rest):
        groups = []  # signed by A and B, and by C and D, respectively: A–B and C–D
        for i, b in enumerate(bys):
            lo = sentence.start + verb.end() + b.end()
            hi = (
                sentence.start
                + verb.end()
                + (bys[i + 1].start() if i + 1 < len(bys) else len(rest))
            )
            inside = [m for m in parties if lo <= m.start < hi]
            if len(inside) == 2:
                groups.append((inside[0], inside[1]))
        if len(groups) == len(bys):
            date = dates[0].date if dates else None
            return [Agreement(g, kind, evidence, date=date) for g in groups]
    if by is not None and not re.search(r"\s(?:with|between)\s", rest):
        cut = sentence.start + verb.end() + by.end()  # an MOU was inked by A and B
        left = [m for m in parties if m.start >= cut]
        if len(left) < 2:  # signed by A, director of X, and B, president of Y: X and Y sign
            present = _PRESENT.search(rest)  # …, in the presence of C: C signs nothing
            until = sentence.start + verb.end() + present.start() if present else None
            left = _signers_bodies(mentions, posts, cut, until=until) or left
        rest = ""
    for word in (" with ", " between ", " among "):
        w = rest.find(word)
        if w >= 0:
            with_nobody = (
                word == " with "
                and bool(  # signed X with 29 countries: the other
                    # side is not named (A and B signed X between the two countries: A and B sign)
                    re.match(
                        r"\s*(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|\d[\d,]*\s+|many\s+"
                        r"|several\s+|other\s+|foreign\s+|local\s+|(?:the\s+)?[A-Z][a-z]+\s+(?=[a-z]))?"
                        r"(?:[a-z-]+\s+){0,2}?(?:countries|companies|firms|enterprises|partners|regions"
                        r"|businesses|investors|cities|buyers|suppliers|customers|clients|importers"
                        r"|exporters|traders|purchasers|counterparts|manufacturers|producers)\b",
                        rest[w + len(word) - 1 :],
                    )
                )
            )
            cut = sentence.start + verb.end() + w
            right = [m for m in parties if m.start > cut]
            right = _named_side(right, text, sentence.start, cut - sentence.start)
            if word == " between " and right:
                left, right = right[:1], right[1:]
            elif word == " among " and len(right) >= 2:  # signed among A, B and C: each pair
                left, right = right, []
            elif word == " among ":  # among 20 agreements: no parties listed
                right, with_nobody = [], False
                continue
            break
    else:
        if between is not None and found[0] < between.start():  # an X between A and B was signed
            inside = [
                m for m in parties if between.end() <= m.start - sentence.start < verb.start()
            ]
            left, right = inside[:1], inside[1:2]
    trade = _TRADE_PARTNER.search(rest) if rest and not right and not with_nobody else None
    if trade is not None:  # signed deals to buy soybeans from A and B; to supply X to A
        cut = sentence.start + verb.end() + trade.end()
        right = _named_side(
            [m for m in parties if m.start >= cut], text, sentence.start, cut - sentence.start
        )
        if len(left) >= 2:  # A and B signed a deal to export X to China: a market, no party
            right = [m for m in right if m.type == "Organization"]
    behalf = [
        m
        for m in parties
        if re.search(
            r"\bon\s+behalf\s+of\s+(?:the\s+)?$",
            text[max(0, m.start - sentence.start - 25) : m.start - sentence.start],
        )
        and m not in right
    ]  # A signed on behalf of X with Y; signing on behalf of X, A inked a deal with Y
    left = _without_owners([*left, *(b for b in behalf if b not in left)], text, sentence.start)
    unit = [
        m
        for m in left
        if _UNIT_BEFORE.search(
            text[max(0, m.start - sentence.start - 60) : m.start - sentence.start]
        )
    ]  # A said its China subsidiary, B, has signed: B signs (not A, not China)
    if len(unit) == 1:
        left = unit
    if rest and not right and not with_nobody and re.search(r"\swith\s", rest):
        cut = sentence.start + verb.end() + rest.find(" with ")
        right = _signers_bodies(mentions, posts, cut, least=1)[:1]  # with A, vice governor of X
    if (
        len(left) < 2
        and not _WITNESSED.search(text[: verb.start()])
        and not re.search(r"\bled\s+by\b", text[: verb.start()])  # a delegation's leaders
    ):
        signers = [  # A, chairman of X, and B, governor of Y, signed: X and Y sign
            b
            for b in _signers_bodies(mentions, posts, sentence.start, least=1)
            if b.start < at or b.origin == "implied-by-title"
        ]
        held = [p.person for p in posts if p.person.end <= at]
        if held and all(b.text != m.text for m in left for b in signers):
            left = sorted([*left, *signers], key=lambda m: m.start)
    pairs: list[tuple[Mention, Mention]] = []
    named_left = [m for m in left if m.origin != "acronym"]  # (A (AC) and B: two, not three)
    named_right = [m for m in right if m.origin != "acronym"]
    if (
        len(named_left) == len(named_right) > 1
        and re.search(r"\brespectively\b", text[right[-1].end - sentence.start :])
        and left[-1].end <= at
    ):  # A, B and C signed deals with D, E and F respectively: in their order
        pairs = list(zip(named_left, named_right, strict=True))
    elif right:
        left = left[-3:] if left else []
        pairs = [(a, b) for a in left for b in right if a.text != b.text]
    elif len(left) >= 2 and not with_nobody:
        pairs = [(a, b) for i, a in enumerate(left) for b in left[i + 1 :] if a.text != b.text]
    if not pairs:  # Among the deals signed, A and B agreed to set up a joint venture
        return _agreed_to(sentence, evidence, mentions, amounts, dates, posts)
    date = dates[0].date if dates else None
    investment = amounts[0] if amounts else None
    return [Agreement((a, b), kind, evidence, date=date, investment=investment) for a, b in pairs]


#: the other side of a signing written as a trade's partner: (agreements) to buy (purchase,
#: import) X from A; to supply (sell, export) X to A
_TRADE_PARTNER = re.compile(
    r"^[^.;]{0,40}?\bto\s+(?:(?:buy|purchase|import|source|procure)\b[^.;]{0,80}?\bfrom"
    r"|(?:supply|sell|export|provide|deliver|ship)\b[^.;]{0,80}?\bto)\s+(?:the\s+)?"
)


#: between a party and a place or country the apposition describing the party names (Acme, the
#: New Zealand marketer; Acme ("AC"), a state-owned company of the Province of X, Ruritania):
#: where the party is from, no party of its own
_DESCRIBED_PARTY = re.compile(
    r"(?:\s*\([^()]*\))?\s*,\s+(?:a|an|the)\s+"
    r"(?:(?!(?:with|and|or|between|signed|signs|inked|to|from|by)\b)[\w'’-]+,?\s+){0,10}?"
)
#: "with" right after a signing verb, or after whom the signer signs for (A signed with B; A
#: signed on behalf of X with B)
_WITH_NEXT = re.compile(r"(?:\s+on\s+behalf\s+of\s+[^,;]{1,60}?)?\s+with\s")
#: a capitalised word running on after a place's name (a longer name the reader did not
#: take whole), other than a headline's verb or a word that ends the name
_RUNS_ON = re.compile(
    r"\s(?!(?:Signs?|Signed|Signing|Inks?|Inked|Seals?|Sealed|Strikes?|Clinches|Reaches|Enters"
    r"|Pens|Agrees?|Wins|Eyes|Eye|And|With|To|On|In|At|For|Of|By|As|Deals?|Government|Province"
    r"|City|Mayor|Governor)\b)[A-Z][a-z]+\b(?!['’])"
)


def _between_pairs(
    sentence: Span,
    evidence: Span,
    parties: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    kind: str,
) -> list[Agreement]:
    """Each "X between A and B" of a sentence (a project between A and B, and a park between
    C and D): one A–B agreement, with the sum written near it."""
    text = sentence.text
    betweens = list(re.finditer(r"\bbetween\s+(?:the\s+)?", text))
    listed = []
    for i, b in enumerate(betweens):
        stop = betweens[i + 1].start() if i + 1 < len(betweens) else len(text)
        inside = [m for m in parties if b.end() <= m.start - sentence.start < stop][:2]
        if len(inside) == 2 and re.fullmatch(
            r"\s+and\s+(?:the\s+)?",
            text[inside[0].end - sentence.start : inside[1].start - sentence.start],
        ):
            near = [a for a in amounts if b.start() - 60 <= a.start - sentence.start < stop]
            listed.append((inside[0], inside[1], near[0] if near else None))
    date = dates[0].date if dates else None
    return [
        Agreement((a, c), kind, evidence, date=date, investment=amount) for a, c, amount in listed
    ]


#: a sentence listing deals signed (They include …; Among them are …; Major deals included …)
_DEALS_LISTED = re.compile(
    r"^\W*(?:(?:They|These|Those|The\s+(?:deals|agreements|contracts|projects|signings|documents)"
    r"(?:\s+signed)?|Major\s+(?:deals|agreements|contracts|projects)|Highlights)\s+"
    r"(?:also\s+)?include[sd]?\b|Among\s+(?:them|the\s+(?:deals|agreements|contracts|projects)"
    r"(?:\s+signed)?)\s+(?:is|are|was|were)\b"
    r"|(?:(?:Then|Next|And|Also|Besides),?\s+)?[Tt]here\s+(?:was|were)\s+(?:also\s+)?"
    r"(?=(?:an?|one|two|three|another)\s))"  # Then there was a memorandum between A and B
)
#: a kind of agreement right before "between" (a 2-billion-yuan contract between)
_KIND_BEFORE_BETWEEN = re.compile(
    r"(?i:agreements?|deals?|contracts?|MoUs?|memorand\w+|pacts?|accords?|protocols?"
    r"|projects?|letters?\s+of\s+intent|orders?)\s+(?:\([^)]*\)\s+)?(?:signed\s+)?$"
)


def listed_deals(
    sentence: Span,
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
) -> list[Agreement]:
    """A sentence with no signing verb that lists the deals signed (They include a contract
    between A and B, and an MoU between C and D): each pair between, of its kind."""
    if not _DEALS_LISTED.match(sentence.text) or signing_verbs(sentence.text):
        return []
    kind = _agreement_type(sentence.text)
    if kind is None:
        return []
    parties = [
        m
        for m in mentions
        if m.type in _PARTY_TYPES
        and m.origin not in ("owner-adjective", "of-company", "based-in")
        and sentence.start <= m.start < sentence.end
    ]
    found = _between_pairs(sentence, sentence, parties, amounts, dates, kind[1])
    return [
        a
        for a in found
        if _KIND_BEFORE_BETWEEN.search(
            re.sub(
                r"\s*between\s+(?:the\s+)?$",
                " ",
                sentence.text[: a.parties[0].start - sentence.start],
            )
        )
    ]


#: a company's unit named in apposition (its China subsidiary, Acme China Ltd., …)
_UNIT_BEFORE = re.compile(
    r"\b(?:its|their|the\s+company['’]s|the\s+group['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:subsidiary|subsidiaries|unit|arm|affiliate|branch|division|joint\s+venture)\s*,\s*$"
)
#: what a party list runs into that names no more parties: a purpose or topic (for soybeans
#: sourced from A and B, on trade with C) or an appositive (, the trading arm of D,)
_PURPOSE = re.compile(
    r",?\s+(?:for|on|to|covering|regarding|concerning|over|about)\s+(?:the\s+)?[a-z]"
)
_APPOSITIVE = re.compile(
    r"(?:\s*\([^()]{1,80}\)|[^(),]{0,40}\))?"
    r",\s+(?:the|a|an|its)\s+(?:[a-z-]+\s+){0,5}?(?:of|under|in)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)  # B, the arm of C; Suzhou, a city in northern Anhui; B ("B" or "the Company"), the arm of C


#: another party of the same side after a purpose phrase (… on X and with C on Y)
_AND_WITH = re.compile(r",?\s+and\s+(?:also\s+)?with\s+(?:the\s+)?")


def _named_side(right: list[Mention], text: str, base: int, cut: int) -> list[Mention]:
    """The parties of the side after "with": up to a purpose phrase (for soybeans from A and
    B), and not the owner an appositive names (B, the trading arm of C)."""
    purpose = _PURPOSE.search(text, cut + 5)
    if purpose is not None:
        every = right
        right = [m for m in every if m.start - base < purpose.start()]
        for again in _AND_WITH.finditer(text, purpose.end()):
            # signed with B on a wind farm and with C on a rail link: C signs too
            more = [m for m in every if m.start - base == again.end()]
            right += more[:1]
    for clause in _OTHER_SUBJECT.finditer(text, cut):  # …, and C met D: C's own clause
        after = [m for m in right if m.start - base == clause.end()]
        if after and _FINITE.match(text, after[0].end - base):
            right = [m for m in right if m.start - base < clause.start()]
            break
    return _without_owners(right, text, base)


#: a clause of another subject after the side "with" names (…, and C met D; …, but C said)
_OTHER_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+)?")
#: a finite verb after a subject (met, visited, said, has opened, also plans)
_FINITE = re.compile(
    r"\s+(?:(?:has|have|had|also|later|then)\s+)*(?!and\b|or\b)[a-z]+(?:ed|s|et|ok|ew|ent|id)\b"
)


def _without_owners(side: list[Mention], text: str, base: int) -> list[Mention]:
    """The parties of one side but an owner an appositive names (B, the arm of C, signed)."""
    kept: list[Mention] = []
    dropped: Mention | None = None
    for m in side:
        if dropped is not None and re.fullmatch(
            r"\s*\(\s*[\"“']?", text[dropped.end - base : m.start - base]
        ):
            continue  # C ("CC"): the owner's short form in brackets, no party either
        dropped = None
        if kept and _APPOSITIVE.search(text[kept[-1].end - base : m.start - base]):
            dropped = m
            continue  # B, the agribusiness platform of C: C is B's owner, no party
        kept.append(m)
    return kept


@cache
def _signed_with_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
        rf"(?:{_verbs().passive})\s+with\s+"
        r"(?:(?:companies|firms|enterprises|partners)\s+(?:including|such\s+as)\s+)?"
    )


def sole_signer(sentence: Span, mentions: Sequence[Mention]) -> Mention | None:
    """The one body (or place) that signs in a sentence naming nobody it signs with (The X
    government signed 15 projects …): who the next sentence's passive signing is by."""
    verb = next(iter(signing_verbs(sentence.text)), None)
    if verb is None:
        return None
    head = _DATELINE_HEAD.match(sentence.text)
    at = sentence.start + verb.start()
    if any(m.type in _PARTY_TYPES and m.start > at for m in mentions):
        return None  # signed with B: named
    left = [
        m
        for m in mentions
        if m.type in _PARTY_TYPES
        and sentence.start + (head.end() if head else 0) <= m.start
        and m.end <= at
    ]
    return left[0] if len(left) == 1 else None


def signed_with(
    sentence: Span,
    mentions: Sequence[Mention],
    signer: Mention,
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
) -> list[Agreement]:
    """The projects were signed with A, B and C: each with the sentence before's sole signer."""
    found = _signed_with_pattern().search(sentence.text)
    if found is None:
        return []
    kind = _agreement_type(sentence.text)
    cut = sentence.start + found.end()
    parties = [m for m in mentions if m.type in _PARTY_TYPES and m.start >= cut]
    date = dates[0].date if dates else None
    investment = amounts[0] if amounts else None
    return [
        Agreement(
            (signer, b), kind[1] if kind else "project", sentence, date=date, investment=investment
        )
        for b in parties
        if b.text != signer.text
    ]


#: the two sides a sentence before named, as the subject of a signing (The two sides signed …)
_TWO_SIDES = re.compile(
    r"\b(?:the\s+two\s+(?:sides|parties|companies|firms|governments|cities|provinces|banks"
    r"|universities|countries|ministries|institutions)|both\s+sides|the\s+two)"
    r"\s+(?:(?:then|also|later|have|had|jointly|formally|officially|subsequently)\s+)*$",
    re.IGNORECASE,
)


def two_sides(
    sentence: Span, mentions: Sequence[Mention], posts: Sequence[Post] = ()
) -> list[Mention]:
    """The two bodies (or countries) a sentence names, as "the two sides" of the next one's
    signing: exactly two, neither where it happened nor an owner or a company's country nor
    its dateline's agency; a person's body stands for the person who met (Governor A met
    with X chairman B: the province's government and X)."""
    head = _DATELINE_HEAD.match(sentence.text)
    since = sentence.start + (head.end() if head else 0)
    bodies = [p.organization or p.represents for p in posts]
    out: list[Mention] = []
    for m in sorted([*mentions, *(b for b in bodies if b is not None)], key=lambda m: m.start):
        if (
            (m.type in ("Organization", "Country") or m in bodies)
            and m.origin not in ("owner-adjective", "of-company", "dateline", "based-in")
            and since <= m.start
            and m.end <= sentence.end
            and all(o.text != m.text for o in out)
        ):
            out.append(m)
    return out if len(out) == 2 else []


def signed_by_two_sides(
    sentence: Span,
    sides: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
) -> list[Agreement]:
    """The two sides signed X (after a sentence naming them): one agreement of the two."""
    verb = next(iter(signing_verbs(sentence.text)), None)
    if verb is None or len(sides) != 2:
        return []
    before = sentence.text[: verb.start()]
    if _TWO_SIDES.search(before) is None or _UNSIGNED.search(before) or not_signed(before):
        return []
    found = _agreement_type(sentence.text[verb.start() :])
    if found is None or re.match(r"\s+with\s", sentence.text[verb.end() :]):
        return []
    date = dates[0].date if dates else None
    investment = amounts[0] if amounts else None
    return [Agreement((sides[0], sides[1]), found[1], sentence, date=date, investment=investment)]


#: a witness in a closing "with" clause (…, with C witnessing the ceremony; with C looking on)
_WITH_WITNESS = re.compile(
    r",\s+with\s+(?=[^,;]{0,120}?\b(?:witnessing|looking\s+on|in\s+attendance|present)\b)"
)
#: a witness named after the signatories (…, in the presence of C)
_PRESENT = re.compile(r",?\s+(?:in\s+the\s+presence\s+of|witnessed\s+by|attended\s+by)\s")


def _signers_bodies(
    mentions: Sequence[Mention],
    posts: Sequence[Post],
    cut: int,
    least: int = 2,
    until: int | None = None,
) -> list[Mention]:
    """The bodies (or countries) of the people named after ``cut`` (and before ``until``) who
    hold a post, in the order of the people, when ``least`` or more differ; else none."""
    held = {p.person: p.organization or p.represents for p in posts}
    out: list[Mention] = []
    for m in mentions:
        inside = m.start >= cut and (until is None or m.start < until)
        body = held.get(m) if m.type == "Person" and inside else None
        if body is not None and all(body.text != b.text for b in out):
            out.append(body)
    return out if len(out) >= least else []


#: people named before the verb who watch, attend or speak: no signers
_WITNESSED = re.compile(
    r"\b(?:witness\w*|presence|attend\w*|present|said|says|told|according|presided|hosted)\b",
    re.IGNORECASE,
)


_OPEN = re.compile(
    r"\b(?:open(?:ed|s)?|kick(?:ed|s)? off|g(?:o|e)ts? under\s?way|got under\s?way|began|begins"
    r"|start(?:ed|s)|launched|inaugurated|opening\s+ceremony|opening(?=\s+on\b)"
    r"|curtain\s+(?:rose|rises|went\s+up|goes\s+up)\s+on|raised\s+the\s+curtain\s+on)\b",
    re.IGNORECASE,
)  # the opening ceremony of the X Expo was held on …: its first day
_CLOSE = re.compile(
    r"\b(?:clos(?:ed|es|e)|wrap(?:ped|s)? up|conclud(?:ed|es|e)|end(?:ed|s)?|came to a close"
    r"|until|till|through|closing\s+ceremony|came\s+to\s+an\s+end"
    r"|curtain\s+(?:fell|falls|came\s+down|comes\s+down)\s+on|lowered\s+the\s+curtain\s+on)\b",
    re.IGNORECASE,
)
_FAIR_WORD = re.compile(
    r"\b(?:the|an?|this\s+year['’]s|this)\s+(?:[a-z]+-[a-z]+\s+|annual\s+|trade\s+)?"
    r"(?:expo|fair|exposition|event|exhibition|show|(?:opening|closing)\s+ceremony)\b",
    re.IGNORECASE,
)  # the expo, the five-day fair, this year's event
_ORGANISERS = re.compile(
    r"\b(?:(?:co-)?(?:organi[sz]ed|sponsored|hosted|staged|held)\s+(?:jointly\s+)?by"
    r"|(?:sponsors|organi[sz]ers|hosts)\s+(?:of\s+the\s+[^.;]{1,90}?\s+)?(?:were|are|include)"
    r"|(?:hosting|organi[sz]ing|sponsoring)\s+the\s+[\w\s-]{0,30}?\s+(?:were|are))\b",
    re.IGNORECASE,
)
_THEME = re.compile(
    r"\b(?:[Tt]hemed|theme\s+(?:of\s+|is\s+|was\s+)?|under\s+the\s+theme\s+(?:of\s+)?"
    r"|(?:motto|slogan)\s+(?:is|was)\s+)\s*"
    r"(?:[\"“]([^\"”]+?)[,.]?[\"”]|(?<![\"“])([a-z][^\"”,.;]+))",
    re.IGNORECASE,
)
#: a theme written before its word (took "Open Doors" as its theme, with "X" as the theme)
_THEME_BEFORE = re.compile(
    r"[\"“]([^\"”]{3,120}?)[,.]?[\"”]\s+as\s+(?:its|the|this\s+year['’]s)\s+(?:theme|motto|slogan)\b"
)
_GUEST = re.compile(
    r"\b(?:(?:guest|theme)\s+countr(?:y|ies)(?:\s+of\s+honou?r)?|countr(?:y|ies)\s+of\s+honou?r"
    r"|guests?\s+of\s+honou?r(?:\s+countr(?:y|ies))?|honou?rary\s+guest(?:\s+countr(?:y|ies))?)\b",
    re.IGNORECASE,
)
_PROJECTS = re.compile(
    r"\b(\d[\d,]*)\s+(?:[a-z-]+\s+){0,3}(?:projects?|agreements|deals|contracts)\b"
)


#: a part of a fair's signings stated apart (80 domestic projects, 40 foreign-funded projects,
#: international cooperation projects): no count or total of the whole
_PART = re.compile(
    r"\b(?:domestic|foreign(?:-funded|-invested|-backed)?|overseas|international|inbound"
    r"|outbound|non-local|out-of-province)\s+(?:[a-z-]+\s+)?"
    r"(?:cooperation\s+)?(?:projects?|deals|contracts|agreements|investment|capital)\b",
)


#: the rest of a group named after a body (ASEAN member states, EU countries): no body itself
_GROUP_AFTER = re.compile(
    r"\s+(?:member\s+)?(?:states|countries|nations|governments)\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?"
)


#: A, B and C (jointly) host / co-organize the expo
_HOSTS_ACTIVE = re.compile(
    r"\s+(?:jointly\s+|together\s+)?(?:co-?)?(?:host|hosts|hosted|organi[sz]es?|organi[sz]ed"
    r"|sponsors?|sponsored|stage[sd]?)\s+(?:the\s+|this\s+year['’]s\s+)(?:\w+\s+){0,3}?"
    r"(?:expo|fair|event|exhibition|exposition)\b",
    re.IGNORECASE,
)
_WORTH = re.compile(
    r"\b(?:deals|agreements|contracts|projects|investments?)\b[^.;]{0,30}?\b(?:worth|valued\s+at"
    r"|totall?ing|with\s+a\s+(?:total\s+)?(?:value|investment)\s+of)\s",
    re.IGNORECASE,
)


#: totals of many editions: since its launch, over the past seven editions, cumulatively
_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:its|the\s+(?:expo|fair|event)['’]s|the)\s+(?:launch|inception|founding"
    r"|establishment|debut|start|birth|first\s+(?:edition|session))|since\s+(?:19|20)\d\d"
    r"|(?:over|in|during|across)\s+(?:the\s+|its\s+)?(?:past|previous|last|first|earlier|prior)"
    r"\s+(?:\w+\s+){0,2}(?:editions|sessions|years|expos|fairs)|the\s+(?:previous|past|earlier"
    r"|prior)\s+(?:\w+\s+)?(?:editions|sessions|expos|fairs)|(?:all|previous|past|earlier|prior)"
    r"\s+editions|over\s+the\s+years|cumulative(?:ly)?|accumulated|in\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+)?history)\b",
    re.IGNORECASE,
)
#: one other edition: last year's expo, the previous session, the 2019 edition
_OTHER_EDITION = re.compile(
    r"\b(?:last\s+year['’]s|the\s+(?:previous|last|preceding|next|coming)\s+"
    r"(?:edition|session|expo|fair|event)|next\s+year['’]s|last\s+(?:edition|session))\b",
    re.IGNORECASE,
)
#: a comparison names another edition without speaking of it (up from 400 at last year's)
_COMPARED = re.compile(
    r"\b(?:than|from|over|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)


def _other_editions(text: str, before: int | None = None) -> bool:
    """Whether a sentence speaks of earlier or other editions than the one it is about: a
    cumulative total (since its launch in 2004, the expo has seen 1,500 deals), or another
    edition named before ``before`` and not in a comparison (At last year's expo, 400 deals
    were signed; but: 470 deals, up from 400 at last year's expo).

    >>> _other_editions("Since its launch in 2004, the expo has seen 1,500 deals signed.")
    True
    >>> _other_editions("At last year's expo, 470 deals were signed.", 30)
    True
    >>> _other_editions("470 deals were signed, 20 percent more than the previous edition.", 5)
    False
    >>> _other_editions("Held every year since 2004, the expo saw 470 deals signed.", 40)
    False
    """
    # Held every year since 2004, the expo …: how often it is held, no total of many editions
    text = re.sub(
        r"\b(?:[Hh]eld|[Hh]osted|[Ss]taged|[Oo]rgani[sz]ed)\s+(?:\w+\s+){0,3}?since\s+(?:19|20)\d\d",
        lambda m: " " * len(m.group()),
        text,
    )
    if _CUMULATIVE.search(text):
        return True
    for m in _OTHER_EDITION.finditer(text):
        if (before is None or m.start() < before) and not _COMPARED.search(text[: m.start()]):
            return True
    return False


def fair_facts(
    sentence: Span,
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
    main: Mention | None,
    series: dict[Mention, str],
    signing: bool,
    continues: bool = False,
    headline: bool = False,
) -> list[FairFact]:
    """What one sentence says about the fairs it names (or about the report's fair);
    ``continues``: the sentence follows one about the report's fair in its paragraph, so a
    signing total with no signing body of its own (A total of 267 projects worth X were
    signed, organizers said) is that fair's."""
    text = sentence.text
    dateline = _DATELINE_HEAD.match(text)
    body = [d for d in dates if dateline is not None and d.start >= sentence.start + dateline.end()]
    if body:  # CHANGSHA, June 16 (Xinhua) -- … opened on Thursday: Thursday, not the dateline
        dates = body
    fairs = [m for m in mentions if m.type == "Fair" and m in series]
    about_fair = _FAIR_WORD.search(text) or _GUEST.search(text) or _ORGANISERS.search(text)
    totals = (
        continues
        and _PROJECTS.search(text)
        and re.search(r"\b(?:signed|inked|clinched|sealed|struck)\b", text)
        and not any(m.type in ("Organization", "Person", "Place", "Country") for m in mentions)
    )
    pronoun = (  # The X Expo opened on Monday. It will last until Friday.
        continues
        and re.match(r"\s*It\s+(?:will\s+|is\s+|was\s+)?(?:last|run|end|close|conclude)", text)
        and dates
    )
    if headline and re.search(r"(?i)\b(?:fair|expo|exposition|exhibition)\b", text):
        about_fair = about_fair or _WORTH.search(text) or _PROJECTS.search(text)
    if not fairs and main is not None and (about_fair or totals or pronoun):
        fairs = [main]
    out = []
    for fair in fairs:
        edition = int(fair.subtype) if fair.subtype and fair.subtype.isdigit() else None
        start_date = end_date = None
        ranged = [d for d in dates if d.end_date is not None]
        if ranged:
            start_date, end_date = ranged[0].date, ranged[0].end_date
        else:  # each date goes with the verb nearest before it (opened on …, closes on …)
            for d in dates:
                head = text[: d.start - sentence.start]
                opened = [m.end() for m in _OPEN.finditer(head)]
                closed = [m.end() for m in _CLOSE.finditer(head)]
                if closed and (not opened or closed[-1] > opened[-1]):
                    end_date = end_date or d.date
                elif opened:
                    start_date = start_date or d.date
                elif not closed:  # On the morning of May 18, the fair opened: the verb after
                    tail = text[d.end - sentence.start :]
                    o, c = _OPEN.search(tail), _CLOSE.search(tail)
                    if o and (not c or o.start() < c.start()):
                        start_date = start_date or d.date
                    elif c:
                        end_date = end_date or d.date
        located = [
            m
            for m in mentions
            if m.type == "Place"
            and m.subtype != "venue"
            and re.search(r"\b(?:in|city\s+of)\s+$", text[: m.start - sentence.start])
        ]
        lex = load_lexicon()
        hosts = [
            m
            for m in mentions
            if m.type == "Place"
            and re.match(
                r"\s+(?:City\s+)?(?:hosts|hosted|will host|is hosting)\b",
                text[m.end - sentence.start :],
            )
        ]  # Guangzhou City hosts the fair
        located = [*located, *hosts]
        cities = [m for m in located if (p := lex.place(m.text)) is not None and p.level == "city"]
        location = next(iter(cities or located), None)  # in Hainan's city of Haikou: Haikou
        venues = [m for m in mentions if m.type == "Place" and m.subtype == "venue"]
        for venue in venues:  # the venue is a location of the fair as well
            out.append(
                FairFact(fair=fair, series=series.get(fair, ""), evidence=sentence, location=venue)
            )
        organizers: tuple[Mention, ...] = ()
        if _ORGANISERS.search(text) is not None:  # the list right after each "by"
            listed: list[Mention] = []
            for org in _ORGANISERS.finditer(text):  # sponsored by A, and organized by B
                if listed and re.match(r"(?:co-)?organi[sz]ed\b", org.group(), re.IGNORECASE):
                    break  # hosted by A and B, and organized by C: C runs it for the hosts
                at = sentence.start + org.end()
                for m in mentions:
                    if m.start < at or m.origin == "acronym":
                        continue
                    gap = text[at - sentence.start : m.start - sentence.start]
                    crowd = _GROUP_AFTER.match(text, m.end - sentence.start)
                    if listed and crowd and re.fullmatch(r"\s*,\s*(?:the\s+)?[\w\s-]{0,20}", gap):
                        at = sentence.start + crowd.end()  # A, the ten ASEAN member states and B:
                        continue  # the group names no one body; A and B are the organisers
                    if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap):
                        break
                    if m.type == "Country" and re.match(r"['’]s\s", text[m.end - sentence.start :]):
                        at = m.end + 2  # Russia's Ministry of …: the country qualifies the body
                        continue
                    if m.type not in ("Organization", "Place"):
                        break
                    if m not in listed:
                        listed.append(m)
                    at = m.end
            organizers = tuple(listed)
        elif (act := _HOSTS_ACTIVE.search(text)) is not None:  # A and B co-host the expo
            at = sentence.start + act.start()
            listed = []
            for m in reversed([m for m in mentions if m.end <= at]):
                gap = text[m.end - sentence.start : at - sentence.start]
                if m.type != "Organization" or not re.fullmatch(
                    r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap
                ):
                    break
                listed.insert(0, m)
                at = m.start
            organizers = tuple(listed)
        theme = None
        t = _THEME.search(text)
        if (
            t is not None
            and t.group(2)
            and re.match(r"theme\s+(?!of\b|is\b|was\b)[a-z]", t.group(0), re.I)
        ):
            t = None  # the theme provinces, a theme pavilion: no theme stated
        if t is not None:
            theme = (t.group(1) or t.group(2)).strip()
        elif (themed := _THEME_BEFORE.search(text)) is not None:  # took "X" as its theme
            theme = themed.group(1).strip()
        guests: tuple[Mention, ...] = ()
        clause = (
            re.search(rf"[^;]*{re.escape(g.group())}[^;]*", text)
            if (g := _GUEST.search(text))
            else None
        )
        if g is not None and clause is not None and _other_editions(clause.group()):
            g = None  # Malaysia was the country of honour of last year's expo
        if g is not None:  # every country of the clause but China
            at = sentence.start + g.start()
            near = [
                m
                for m in mentions
                if m.type == "Country"
                and abs(m.start - at) < 120
                and m.text not in ("China", "Chinese")
                and not re.search(
                    r"[;:]",
                    text[min(m.start, at) - sentence.start : max(m.start, at) - sentence.start],
                )
            ]
            guests = tuple(near)
        count = None
        total = None
        signed = signing or re.search(
            r"\b(?:sign(?:ed|s)|ink(?:ed|s)|clinch(?:ed|es)|seal(?:ed|s)|struck|strikes)\b", text
        )  # present tense in a headline: Expo inks 320 deals
        numbers = [a.start - sentence.start for a in amounts[:1]] + [
            p.start() for p in _PROJECTS.finditer(text)
        ]
        if signed and _other_editions(text, min(numbers, default=None)):
            signed = None  # since its launch, the expo has seen 1,500 deals worth X signed
        if signed and (projects := _PROJECTS.search(text)) is not None:
            part = _PART.search(projects.group())
            count = None if part else int(projects.group(1).replace(",", ""))
            total = amounts[0] if amounts else None
            if total is not None and part and total.start - sentence.start > projects.start():
                total = None  # 80 domestic projects worth X and 40 foreign-funded …: parts
        elif signed and amounts and _WORTH.search(text):  # deals worth X were signed
            total = amounts[0]
        if total is not None and _PART.search(text[: total.start - sentence.start][-60:]):
            total = None  # of which domestic investment was X: a part, not the whole
        if len(fairs) > 1 and dates:  # two fairs named: the dates are the nearer one's
            after_a_fair = [d for d in dates if any(f.end <= d.start for f in fairs)]
            first = (after_a_fair or dates)[0]
            before = [f for f in fairs if f.end <= first.start]
            group = [before[-1]] if before else []
            for f in reversed(before[:-1]):  # X and the Y … wrapped up Monday: both
                if not re.fullmatch(
                    r"\s+and\s+(?:the\s+)?",
                    text[f.end - sentence.start : group[0].start - sentence.start],
                ):
                    break
                group.insert(0, f)
            if fair not in group:
                start_date = end_date = None
        out.append(
            FairFact(
                fair=fair,
                series=series.get(fair, ""),
                evidence=sentence,
                edition=edition,
                start_date=start_date,
                end_date=end_date,
                location=location,
                organizers=organizers,
                theme=theme,
                guest_countries=guests,
                signed_project_count=count,
                total_investment=total,
            )
        )
    return out


@cache
def _pronoun_subject() -> re.Pattern[str]:
    nouns = "|".join(re.escape(row[0]) for row in data_rows("subject_nouns.tsv", 1))
    return re.compile(
        r"(?:(?:Later|Then|Also|Meanwhile|Subsequently|Separately|Earlier|In\s+addition"
        r"|Additionally)(?:\s+(?:that|the\s+same)\s+(?:day|week|morning|afternoon|evening))?"
        r",?\s+|[A-Z][^,.;:\n]{0,40},\s+)?"
        rf"(?P<it>(?-i:It|it)|(?-i:[Tt]he)\s+(?:{nouns}))"
        r"\s+(?:(?:also|later|then|subsequently|separately|further|additionally|has|have|had"
        r"|jointly|formally|officially|successfully|also)\s+)*",
        re.IGNORECASE,
    )


#: what follows a subject coordinated with another (A and B …; A, together with B, …)
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|&|as\s+well\s+as|together\s+with|along\s+with)\s")


def _subject_of(sentence: Span, mentions: Sequence[Mention]) -> Mention | None:
    """The one organisation a sentence has as its subject: its only organisation, or the
    organisation that opens it (after an article or a fronted phrase) alone; None when the
    sentence names several and none of them is that, or when two are its subject."""
    orgs = [
        m
        for m in mentions
        if m.type == "Organization"
        and m.origin not in ("owner-adjective", "of-company", "based-in", "dateline", "pronoun")
        and sentence.start <= m.start < sentence.end
    ]
    if not orgs:
        return None
    first = orgs[0]
    after = sentence.text[first.end - sentence.start :]
    if _COORDINATED.match(after) and any(
        m.type in _PARTY_TYPES and m.start > first.end for m in mentions
    ):
        nxt = min((m for m in mentions if m.start > first.end), key=lambda m: m.start)
        joined = sentence.text[first.end - sentence.start : nxt.start - sentence.start]
        if _COORDINATED.fullmatch(joined + " ") or re.fullmatch(
            r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?", joined
        ):
            return None  # A and B …: two subjects
    if len(orgs) == 1:
        return first
    before = sentence.text[: first.start - sentence.start]
    opens = re.fullmatch(r"(?:[Tt]he\s+)?|[A-Z][^,.;:]{0,60},\s+(?:the\s+)?", before)
    return first if opens is not None else None


def pronoun_signer(
    sentence: Span, previous: Span | None, mentions: Sequence[Mention]
) -> tuple[Mention, Mention] | None:
    """A signing whose subject is "it" or "the group" (the firm, the bank …:
    ``data/subject_nouns.tsv``) standing for the organisation the sentence before had as its
    subject (:func:`_subject_of`): (a mention of the pronoun, that organisation); None when
    the sentence has no such subject or the one before has none that is unambiguous.

    >>> t = "Acme Group showed its trucks. It later signed a deal with Beta Corp."
    >>> acme = Mention(0, 10, "Acme Group", "Organization", "Company")
    >>> beta = Mention(58, 67, "Beta Corp", "Organization", "Company")
    >>> it, body = pronoun_signer(Span(30, 68, t[30:]), Span(0, 29, t[:29]), [acme, beta])
    >>> (it.text, body.text)
    ('It', 'Acme Group')
    """
    if previous is None:
        return None
    hit = _pronoun_subject().match(sentence.text)
    if hit is None:
        return None
    verb = _verbs().every.match(sentence.text, hit.end())
    if verb is None or _form(verb) not in _verbs().past:
        return None
    start, end = sentence.start + hit.start("it"), sentence.start + hit.end("it")
    if any(m.start < end and start < m.end for m in mentions):
        return None  # the pronoun's words are part of a name
    if any(
        m.type in _PARTY_TYPES and sentence.start <= m.start < start and m.origin != "dateline"
        for m in mentions
    ):
        return None  # a body named before the pronoun: not a subject standing alone
    body = _subject_of(previous, [m for m in mentions if previous.start <= m.start < previous.end])
    if body is None:
        return None
    pronoun = Mention(
        start,
        end,
        sentence.text[hit.start("it") : hit.end("it")],
        "Organization",
        body.subtype,
        "pronoun",
    )
    return pronoun, body


#: a heading over a list of signings (Major projects signed included:; Deals signed at the
#: event:; The agreements inked:): signed words, and a colon that ends it
_LIST_HEADING = re.compile(
    r"[^\n]*\b(?:signed|inked|sealed|signings|deals|agreements|contracts|MoUs|MOUs)\b[^\n]*:\s*",
    re.IGNORECASE,
)
#: a heading over signings still to come (to be signed, expected, under negotiation)
_LIST_AHEAD = re.compile(
    r"\b(?:to\s+be|will\s+be|expected|planned|proposed|pending|under\s+negotiation|in\s+talks"
    r"|upcoming|awaiting|not\s+yet)\b",
    re.IGNORECASE,
)
#: a list item's mark (-, •, *, 1., (a))
_BULLET = re.compile(r"\s*(?:[-•*·▪◦–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*(?:the\s+)?")
#: what stands between the two parties of a list item (A – B, A and B, A with B, A / B)
_ITEM_JOIN = re.compile(r"\s*(?:[–—/×]|-{1,2})\s*(?:the\s+)?|\s+(?:and|&|with|x)\s+(?:the\s+)?")
#: what ends an item's parties: its colon, a comma, or its subject (on, for, over, to)
_ITEM_END = re.compile(r"\s*(?:[:,(]|[–—]\s|$)|\s+(?:on|for|over|to|in|at|worth|to\s+build)\s")


def list_heading(sentence: Span) -> bool:
    """Whether a sentence is a heading over a list of signings (Major projects signed
    included:), not over signings to come (Projects to be signed:).

    >>> list_heading(Span(0, 31, "Major projects signed included:"))
    True
    >>> list_heading(Span(0, 24, "Projects to be signed:  "))
    False
    """
    return bool(_LIST_HEADING.fullmatch(sentence.text)) and not _LIST_AHEAD.search(sentence.text)


def listed_signing(
    sentence: Span,
    mentions: Sequence[Mention],
    amounts: Sequence[Amount],
    dates: Sequence[DateMention],
) -> list[Agreement]:
    """A line of a list under a heading of signings (:func:`list_heading`): "A – B: project,
    amount", "A and B: …", "A with B on …", each with its bullet or none: one A–B agreement,
    with the line's sum; [] for a line that is not such an item.

    >>> t = "Acme Group – Beta Corp: a wind farm, 2 billion yuan"
    >>> acme = Mention(0, 10, "Acme Group", "Organization", "Company")
    >>> beta = Mention(13, 22, "Beta Corp", "Organization", "Company")
    >>> [(a.parties[0].text, a.parties[1].text, a.agreement_type)
    ...  for a in listed_signing(Span(0, len(t), t), [acme, beta], [], [])]
    [('Acme Group', 'Beta Corp', 'project')]
    """
    text = sentence.text
    parties = [
        m
        for m in mentions
        if m.type in ("Organization", "Country")
        and m.origin not in ("owner-adjective", "of-company", "based-in")
        and sentence.start <= m.start < sentence.end
    ]
    if len(parties) < 2:
        return []
    a, b = parties[0], parties[1]
    opening = _BULLET.fullmatch(text[: a.start - sentence.start])
    listed = _listed_item(text, parties, sentence.start)
    if opening is not None and len(listed) > 2:  # A, B and C: a tripartite memorandum
        kind = _agreement_type(text[listed[-1].end - sentence.start :])
        date = dates[0].date if dates else None
        return [
            Agreement((x, y), kind[1] if kind else "project", sentence, date=date)
            for n, x in enumerate(listed)
            for y in listed[n + 1 :]
        ]
    joined = _ITEM_JOIN.fullmatch(_gap(text, a.end - sentence.start, b.start - sentence.start))
    owner = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*['’]s\s+")
    if opening is None or (joined is None and not _owned_join(text, a, b, sentence.start, owner)):
        return []
    end = _ITEM_END.match(text, b.end - sentence.start)
    if end is None:
        return []
    rest = text[b.end - sentence.start :]
    kind = _agreement_type(rest)
    date = dates[0].date if dates else None
    investment = amounts[0] if amounts else None
    return [
        Agreement(
            (a, b), kind[1] if kind else "project", sentence, date=date, investment=investment
        )
    ]


def _listed_item(text: str, parties: Sequence[Mention], base: int) -> list[Mention]:
    """The parties of a list item naming three or more before its colon (A, B and C: …),
    commas between them and "and" before the last; [] for any other item.

    >>> t = "- Acme Co., Beta Ltd and Core Inc: a memorandum"
    >>> ms = [Mention(t.find(w), t.find(w) + len(w), w, "Organization")
    ...       for w in ("Acme Co.", "Beta Ltd", "Core Inc")]
    >>> [m.text for m in _listed_item(t, ms, 0)]
    ['Acme Co.', 'Beta Ltd', 'Core Inc']
    """
    run = [parties[0]]
    for m in parties[1:]:
        gap = _gap(text, run[-1].end - base, m.start - base)
        if re.fullmatch(r"\s*,\s*(?:the\s+)?", gap):
            run.append(m)
            continue
        if re.fullmatch(r"\s*,?\s+and\s+(?:the\s+)?", gap):
            run.append(m)
        break
    if len(run) < 3:
        return []
    and_last = re.search(
        r"\band\s+(?:the\s+)?$", _gap(text, run[-2].end - base, run[-1].start - base)
    )
    if and_last is None or not re.match(r"\s*:", text[run[-1].end - base :]):
        return []
    return run


def _owned_join(text: str, a: Mention, b: Mention, base: int, owner: re.Pattern[str]) -> bool:
    """A – Hungary's B: the join, then the second party's owner or country before it."""
    gap = _gap(text, a.end - base, b.start - base)
    join = _ITEM_JOIN.match(gap)
    return join is not None and owner.fullmatch(gap[join.end() :]) is not None
