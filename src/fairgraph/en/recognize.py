"""The English recogniser: titles from the title list, capitalised phrases classified by the
lexicons and the organisation suffixes, people by the shape of their names and the titles
around them.

>>> text = "Wang Xiao, Vice Mayor of Xining Municipal Government, met Zambian guests in Xining."
>>> [(m.text, m.type) for m in recognize(text)]  # doctest: +NORMALIZE_WHITESPACE
[('Wang Xiao', 'Person'), ('Vice Mayor', 'Role'), ('Xining Municipal Government', 'Organization'),
 ('Xining', 'Place')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from fairgraph.en.lexicon import Place, company_nouns, data_rows, load_lexicon, org_prefixes
from fairgraph.en.names import family_names_abroad, is_chinese_name, surnames
from fairgraph.model import Mention

#: an ordinal edition: 6th, 21st, sixth …
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + ")"
#: what a fair's name ends with
FAIR_HEADS = r"(?:Expo|Exposition|Fair|Trade Fair|Exhibition|Show|Mart|Week)"
_FAIR_WORD = r"(?:[A-Z][\w'’.-]*|\([A-Z][\w ]*\)|[·&]|and|for|of|in|on)"
#: what a fair's name may go on with after its fair word (Fair for Trade in Services)
_FAIR_TAIL = (
    r"(?:\s+(?:for|on)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?-i:[A-Z][\w-]*)(?:\s+(?:and|in|of|&)\s+(?-i:[A-Z][\w-]*)|\s+(?-i:[A-Z][\w-]*))*)?"
)
_FAIR = re.compile(
    rf"\b(?:[Tt]he\s+)?((?:{ORDINAL}|(?:19|20)\d\d)\s+{_FAIR_WORD}"
    rf"(?:\s+{_FAIR_WORD})*?\s+{FAIR_HEADS}{_FAIR_TAIL})"
    rf"(?:\s+\(([A-Z]{{2,}})\))?",
    re.IGNORECASE,
)
#: a capitalised word of a name (C&D, an ampersand inside: Xiamen C&D Inc.)
#: capital letters of Latin scripts, accented ones too (Ákos, Ömer, Łukasz, Şahin, Žilina)
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_CAP = (
    rf"(?:[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|[{UPPER}][\w'’.-]*|[A-Z]{{2,}}\d*|\d+[a-z]{{0,2}}[A-Z][\w]*)"
)
_CONN = (
    r"(?:of|for|and|the|on|in|de|du|des|la|le|les|del|di|do|dos|das|der|den|es|el|y|van|von|da"
    r"|ul|bin|binti|bint|ibn|abu|ould|los|las|al|with|&|·)"
)
#: an Arabic article or patronymic joined to a name by a hyphen (al-Falih, el-Sisi, bin-Salman)
ARABIC_PREFIX = r"(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|ben)-"
_PHRASE = re.compile(
    rf"{_CAP}(?:(?:\s+(?:{_CONN}\s+)*|-)(?:{ARABIC_PREFIX})?{_CAP}|\s+\([A-Z][\w ]+\)(?=\s+[A-Z])"
    r"|\s+\((?:Group|Holdings?)\)"  # Acme Food (Group): the bracket of a registered name
    rf"|,?\s+(?:Co\.,?\s+Ltd\.?|Ltd\.?|Inc\.|Co\.|Corp\.|LLC|PLC|GmbH|AG)(?!\w))*"
)
#: words that open a sentence or a phrase without being part of a name
_FUNCTION = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "As",
        "To",
        "Of",
        "And",
        "But",
        "Or",
        "After",
        "Before",
        "During",
        "Also",
        "Some",
        "More",
        "Over",
        "Under",
        "About",
        "Among",
        "Since",
        "While",
        "When",
        "Last",
        "Next",
        "This",
        "Another",
        "Each",
        "Every",
        "Both",
        "Such",
        "Other",
        "Many",
        "Most",
        "Several",
        "Few",
        "All",
        "Sponsors",
        "Addressing",
        "Stressing",
        "Together",
        "Along",
        "Having",
        "Upon",
        "Inaugurated",
        "Backed",
        "Attracting",
        "Spanning",
        "With",
        "According",
        "Throughout",
        "Groups",
        "Economic",
        "Projects",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
        "Professor",
        "Madam",
        "Madame",
        "H.E.",
        "MOU",
        "MoU",
        "MOUs",
        "MoUs",
        # a press release's boilerplate heads (SOURCE Acme Group, About Acme, Media Contact)
        "SOURCE",
        "Source",
        "ABOUT",
        "CONTACT",
        "Contact",
    ]
)
#: the word behind the name of a region of a foreign country (Mendoza Province, Amur Oblast)
REGION_WORDS = ("Province", "Oblast", "Krai", "Region", "Governorate", "Prefecture")
#: a courtesy title between a title of office and a name (Minister of X Dr. A B)
#: the honorifics of Malaysia and Brunei before a name (Datuk Seri A B, Tan Sri A B, Tun A B):
#: part of no name, as the Chinese reports leave them out
MALAY_HONORIFIC = (
    r"(?:Datuk(?:\s+Seri)?|Dato['’]?(?:\s+S(?:e)?ri(?:\s+Setia)?)?|Datin(?:\s+(?:Seri|Paduka))?"
    r"|(?:Tan|Puan)\s+Sri|Toh\s+Puan|Tun|Pehin(?:\s+Sri)?|Yang\s+Berhormat)"
)
HONORIFIC = rf"(?:(?:Mrs?|Ms|Dr|Prof|H\.\s?E)\.|Madam|Madame|Professor|{MALAY_HONORIFIC})"
_MALAY_BEFORE_NAME = re.compile(rf"(?<![\w.'’]){MALAY_HONORIFIC}\s+(?:Dr\.\s+)?(?=[A-Z][a-z])")
_WEEKDAYS_MONTHS = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
        # abbreviations without their full stop, except those that are given names too
        # (Jan, Jun, Mar: Tang Jun)
        "Feb",
        "Apr",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)
#: generic words that are not names on their own
_GENERIC = frozenset(
    [
        "Fair",
        "Expo",
        "Exposition",
        "Exhibition",
        "Forum",
        "Summit",
        "Government",
        "Committee",
        "Council",
        "Party",
        "Chairman",
        "Secretary",
        "President",
        "Internet",
        "Belt",
        "Road",
        "Initiative",
        "BRI",
        "Day",
        "Hall",
        "City",
        "Province",
        "County",
        "District",
        "Country",
        "Honor",
        "Special",
        "Partner",
        "Fortune",
        "Municipal",
        "Provincial",
        "National",
        "International",
        "Standing",
        "People",
        "Chinese",
    ]
)


#: a delegation its country's demonym sends (a Lao delegation, the Zambian trade and investment
#: delegation)
DELEGATION = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:[a-z-]+|and)\s+){0,4}?delegations?\b")
#: a country's side, officials, government … named by its demonym alone (the Lao side, Uzbek
#: officials, the Kazakh deputy prime minister): the country; its companies or enterprises
#: (Romanian enterprises) name none, as the gold has it
DEMONYM_GROUP = re.compile(
    r"(?<!Inner )\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,3}?(?:side|officials?|delegates|government"
    r"|authorities|counterparts?|leaders|ministers?|ministry|embassy|consulate|president"
    r"|premier|ambassador|consul)\b"
)
#: a demonym before a capitalised title no name follows (the Kazakh Consul General in Urumqi,
#: the Uzbek Deputy Prime Minister attended): the country, as for a lower-case title
DEMONYM_TITLE = re.compile(
    r"(?<!Inner )\b([A-Z][a-z]+)\s+(?:(?:First|Deputy|Vice|Prime|Foreign|Trade|Commerce)\s+){0,3}"
    r"(?:President|Premier|Ambassador|Consul(?:\s+General)?|Minister)\b(?![\s,]+(?:[A-Z]|Dr\.))"
)
#: a demonym before another in a list (Thai, Lao and …)
_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:\s*,\s*|,?\s+and\s+)$")
#: … delegation led by: who leads it comes next
LED_BY = re.compile(DELEGATION.pattern + r"[^.;]{0,60}?\b(?:led|headed)\s+by\s+")
_LED_BY_HERE = re.compile(LED_BY.pattern + r"$")


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = list(load_lexicon().titles)
    titles += [t[:-3] + "men" for t in titles if t.endswith("man")]  # chairmen, congressmen
    titles.sort(key=len, reverse=True)
    forms = []
    for t in titles:
        first, rest = t[:1], re.escape(t[1:]).replace(r"\ ", r"\s+")
        forms.append(f"[{first.upper()}{first.lower()}]{rest}")
    # a plural (Vice Governors A and B) names each of the names listed after it
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(forms) + r")(?:(?<=[nr])s)?(?![\w-])",
        re.IGNORECASE,
    )


def find_roles(text: str) -> list[Mention]:
    """Every title of the title list (its first letter in either case).

    >>> [m.text for m in find_roles("Vice Chairman of X and member of the Standing Committee")]
    ['Vice Chairman', 'member of the Standing Committee']
    """
    out: list[Mention] = []
    for match in _title_pattern().finditer(text):
        if out and match.start() < out[-1].end:
            continue  # inside the title before (chairman of the board of directors)
        word = match.group()
        if word.isupper() and len(word) > 3:
            continue  # a heading in capitals
        generic = word.islower() and word in (
            "head",
            "chair",
            "founder",
            "member",
            "director",
            "commander",
        )
        if (
            generic
            and not re.match(r"\s+(?:of|at)\b|\s+and\s+[\w -]{1,40}?\s+of\b", text[match.end() :])
            and not (  # X Department of Commerce head A B, Acme's director A B: before a name
                word in ("head", "chair", "director", "founder")
                and re.search(r"(?:[A-Z][\w.&-]*|['’]s?)\s+$", text[: match.start()])
                and re.match(r"\s+[A-Z][a-z'’-]+\s+[A-Z]", text[match.end() :])
            )
            and not (  # A, the bureau's director, said: a possessive's title
                word in ("head", "chair", "director", "founder")
                and re.search(r"\b[a-z]+['’]s\s+$", text[: match.start()])
                and re.match(r"\s*,", text[match.end() :])
            )
        ):  # founder and CEO of X: a title as well
            continue  # "member countries", "head" as a verb
        if (
            word.lower() == "manager"
            and not re.match(r"\s+(?:of|at|with)\s", text[match.end() :])
            and _scoped_title(text, match.start()) is None
        ):
            continue  # a manager alone names no post (but Acme's China sales manager A B)
        if word in ("heads", "chairs") and re.search(
            r",\s+who\s+(?:\w+\s+)?$", text[: match.start()]
        ):
            continue  # A, who heads X: a verb, read below
        if word.lower() == "chief" and not (
            re.match(r"\s+(?:of|at)\s", text[match.end() :])
            or (
                re.search(r"(?:['’]s|[A-Za-z.])\s+$", text[: match.start()])
                and re.match(r"\s+[A-Z][a-z]", text[match.end() :])
            )
        ):
            continue  # X's chief A, chief of X; "chief" alone (chief economist) no post
        start, end = match.start(), match.end()
        modifier = _ROLE_MODIFIER.search(text, max(0, start - 20), start)
        chair = (  # regional chairman A B: the region's chairman
            modifier is not None
            and "chair" in word.lower()
            and re.match(r"\s+[A-Z]", text[end:]) is not None
        )
        if modifier and not word[:1].isupper() and not chair:  # sales director, regional manager
            start = modifier.start()
        board = _BOARD.match(text, end)
        if board is not None:  # chairman of the board of X: the title goes on to its body
            end = board.end()
        rank = _rank().search(text, max(0, start - 30), start)
        if rank is not None and rank.group().lower().startswith("second"):
            rank = rank if word.lower().startswith("permanent") else None  # second permanent …
        if rank is not None:  # First Deputy Governor, Deputy Governor: one title
            start = rank.start()
        scope = _scoped_title(text, start)
        if scope is not None:  # Acme's China director A B: the title of its China business
            start = scope
        secretary_for = word.lower().endswith("secretary") and re.match(r"\s+for\s", text[end:])
        foreign = _foreign_before(text[: _portfolio_before_at(text, start)])
        secretary_abroad = word in ("Secretary", "Deputy Secretary") and foreign
        of_state = word.lower().endswith("minister of state")  # … for Trade and Industry
        if word.lower().endswith("minister") or of_state or secretary_for or secretary_abroad:
            # Zambian Minister of Commerce A B: a foreign minister's portfolio, not China's body;
            # Philippine Trade Secretary A B, Secretary of Trade and Industry: a cabinet secretary
            foreign = foreign or _foreign_delegation(text[:start])
            end += _portfolio(text[end:], foreign=foreign)
            start -= _portfolio_before(text[:start])
        out.append(Mention(start, end, text[start:end], "Role"))
    for verb in _HEADS.finditer(text):  # A, who heads X: A is head of X
        if _free(out, verb.start(1), verb.end(1)):
            title = verb.group(1)[:-1]
            out.append(
                Mention(verb.start(1), verb.start(1) + len(title), title, "Role", None, "verb")
            )
    return sorted(out)


#: A, who heads (chairs) X: the title of a verb of leading
_HEADS = re.compile(
    r",\s+who\s+(?:also\s+|currently\s+|now\s+)?(heads|chairs)\s+(?=(?:the\s+)?[A-Z])"
)


_PORTFOLIO = re.compile(
    r"\s+(?:of|for)\s+((?:[A-Z][a-z]+)(?:(?:,\s+|\s+)(?:and\s+)?(?!(?:Mrs?|Ms|Dr)\b)[A-Z][a-z]+)*"
    r"|[a-z]+(?:,\s+[a-z]+)+,?\s+and\s+[a-z]+(?=\s+of\s|[,.;]|\s*$)"  # of commerce, trade and …
    r"|[a-z]+(?:\s+[a-z]+){0,5}?(?=\s+of\s|[,.;]|\s*$))"
)


#: the board a chairman chairs, before the company (chairman of the board of directors of X)
_BOARD = re.compile(
    r"\s+of\s+the\s+(?:[Bb]oard(?:\s+of\s+(?:[Dd]irectors|[Ss]upervisors))?|(?:[Ss]upervisory"
    r"|[Mm]anagement|[Ee]xecutive)\s+[Bb]oard)(?=\s+(?:of|at)\s|\s+and\s+[a-z])"
    # … of the board and president of X; chairman of the management board of X
)


@cache
def _rank() -> re.Pattern[str]:
    """A rank written before a title the list holds without it (First Deputy Governor, first
    vice president, Senior Vice President, acting director: the word belongs to its title),
    from the ranks of data/title_leads.tsv.

    >>> [bool(_rank().search(t)) for t in ("First Deputy ", "interim ", "Deputy ", "Chief ")]
    [True, True, True, False]
    """
    rows = data_rows("title_leads.tsv", 2)
    plain = [w for w, kind in rows if kind == "rank"]
    deputy = [w for w, kind in rows if kind == "rank+deputy"]

    def either(words: list[str]) -> str:
        return "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in words)

    return re.compile(
        rf"(?<![\w-])(?:(?:{either(deputy)})\s+(?:(?:[Dd]eputy|[Vv]ice)[\s-]+)?"
        rf"|(?:{either(plain)})\s+)$"
    )


@cache
def _title_leads() -> frozenset[str]:
    """The words that open a title, never a person's name (data/title_leads.tsv)."""
    return frozenset(row[0] for row in data_rows("title_leads.tsv", 1))


#: an owner's possessive, then the country, region or place a company's title covers (Acme's
#: China director, Acme's Asia-Pacific sales manager)
_SCOPE_BEFORE = re.compile(
    r"[\w.&)](?:['’]s|(?<=s)['’])\s+([A-Z][\w.&-]*(?:\s+(?:&\s+)?[A-Z][\w.&-]*){0,2})\s+$"
)


def _scope_before(text: str, start: int) -> int | None:
    """Where the scope of a company's title written before ``start`` begins, behind its owner's
    possessive (Acme's China director: before China), else None.

    >>> t = "Acme's Greater China director"
    >>> _scope_before(t, t.index("director")), _scope_before("Acme's Bolt director", 13)
    (7, None)
    """
    hit = _SCOPE_BEFORE.search(text, max(0, start - 40), start)
    if hit is None:
        return None
    lex, scope = load_lexicon(), hit.group(1)
    if lex.country(scope) or lex.place(scope) or scope in world_regions():
        return hit.start(1)
    return None


def _scoped_title(text: str, start: int) -> int | None:
    """Where the scope of a company's title at ``start`` begins, a lower-case word that narrows
    the title between them (Acme's China sales manager A B), else None."""
    modifier = _ROLE_MODIFIER.search(text, max(0, start - 20), start)
    return _scope_before(text, modifier.start() if modifier else start)


#: a lower-case word that narrows a title written after it (sales director)
_ROLE_MODIFIER = re.compile(
    r"(?<![\w-])(?:sales|marketing|regional|overseas|international|business|technical|project"
    r"|purchasing|product|operations|finance|financial|brand|store|plant|factory|export|branch)"
    r"\s+$"
)


def _portfolio_before_at(text: str, start: int) -> int:
    """Where a portfolio written before the title at ``start`` begins (Philippine Trade
    Secretary: before Trade)."""
    return start - _portfolio_before(text[:start])


def _portfolio_before(head: str) -> int:
    """Length of a portfolio written before a minister's title (Malaysian Investment, Trade
    and Industry Minister), else 0.

    >>> _portfolio_before("Malaysian Investment, Trade and ")
    22
    >>> _portfolio_before("Chinese "), _portfolio_before("Prime ")
    (0, 0)
    """
    found = re.search(r"((?:[A-Z][a-z]+,?\s+|and\s+)+)$", head)
    if found is None:
        return 0
    seg = found.group(1)
    for w in re.finditer(r"[A-Z][a-z]+,?\s+", seg):
        rest = seg[w.start() :]
        if all(x in portfolio_words() for x in re.findall(r"[A-Z][a-z]+", rest)):
            return len(rest)
    return 0


def _foreign_before(head: str) -> bool:
    """Whether a foreign country's demonym or possessive stands right before a title
    (Zambian Minister…, Zambia's Deputy Minister…).

    >>> _foreign_before("and Zambian "), _foreign_before("Zambia's Deputy ")
    (True, True)
    >>> _foreign_before("Chinese "), _foreign_before("the ")
    (False, False)
    """
    found = re.search(r"([A-Z][a-z]+)(['’]s)?\s+(?:(?:Deputy|Vice|Federal|First)\s+)?$", head)
    if found is None:
        return False
    lex = load_lexicon()
    country = lex.country(found.group(1)) if found.group(2) else lex.demonym(found.group(1))
    if country is None and found.group(2):  # Manitoba's minister of …: a region abroad
        place = lex.place(found.group(1))
        return place is None or not place.chinese
    return country is not None and country.iso2 != "CN"


def _foreign_delegation(head: str) -> bool:
    """Whether a title stands right after "led by" behind a foreign country's delegation (a
    Lao delegation led by Vice Minister …).

    >>> _foreign_delegation("A Lao delegation led by "), _foreign_delegation("A delegation led by ")
    (True, False)
    """
    found = _LED_BY_HERE.search(head, max(0, len(head) - 160))
    if found is None:
        return False
    country = load_lexicon().demonym(found.group(1))
    return country is not None and country.iso2 != "CN"


def _portfolio(rest: str, foreign: bool = False) -> int:
    """Length of a minister's portfolio written after the title (of Trade and Commerce, of
    economic development and trade), when it names no known ministry, place or country
    (``foreign``: the title is a foreign country's, so a portfolio that names a Chinese
    ministry is still the portfolio)."""
    m = _PORTFOLIO.match(rest)
    if m is None:
        return 0
    words = m.group(1)
    lex = load_lexicon()
    of = rest.lstrip().startswith("of ")  # Minister of Commerce: China's ministry (for: not)
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b", rest[m.end() :])
    if after is not None:  # Minister of Foreign Affairs of Ruritania: the country's portfolio
        abroad = lex.country(after.group(1))
        foreign = foreign or (abroad is not None and abroad.iso2 != "CN")
    if words[:1].isupper():  # Minister of Trade A B: the portfolio ends before the name
        kept: list[str] = []
        for w in words.replace(",", " , ").split():
            if w == ",":
                if not kept or kept[-1] in ("and", ","):
                    break
                kept.append(w)
                continue
            after_and = (  # Industry and Supplies: one portfolio; Trade, and A B: a name
                bool(kept) and kept[-1] == "and" and kept[-2:-1] != [","]
            )
            if w != "and" and w not in portfolio_words() and not after_and:
                break
            kept.append(w)
        while kept and kept[-1] in ("and", ","):
            kept.pop()
        if kept and len([w for w in kept if w != ","]) < len(words.replace(",", "").split()):
            words = " ".join(kept).replace(" ,", ",")
            m_end = m.start(1) + len(words)
            first = words.split()[0]
            known = of and not foreign and lex.ministry(words)
            if known or lex.place(first) or lex.country(first):
                return 0
            return m_end
    words = words.split(",")[0]  # Chief Minister of Balochistan, A B: the portfolio ends
    if words[:1].islower():  # of commerce and (former) director of X: the portfolio ends
        kept = []
        for w in words.split():
            if w != "and" and w.capitalize() not in portfolio_words():
                break
            kept.append(w)
        while kept and kept[-1] == "and":
            kept.pop()
        if kept and len(kept) < len(words.split()):
            words = " ".join(kept)
            if of and not foreign and lex.ministry(words):
                return 0
            return m.start(1) + len(words)
    first = words.split()[0]
    if (of and not foreign and lex.ministry(words)) or lex.place(first) or lex.country(first):
        return 0
    if words[:1].isupper():
        from fairgraph.en.names import is_chinese_name

        parts = words.split()
        for size in (2, 3):  # Minister of Commerce Gao Ping: stop before the name
            if len(parts) > size and is_chinese_name(" ".join(parts[-size:])):
                return 0
    return m.end()


@cache
def portfolio_words() -> frozenset[str]:
    """The words a minister's portfolio is made of (data/portfolio_words.tsv)."""
    return frozenset(row[0] for row in data_rows("portfolio_words.tsv", 1))


@cache
def _series_pattern() -> re.Pattern[str]:
    forms = sorted(load_lexicon().fairs, key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(
        rf"\b((?:{ORDINAL}|(?:19|20)\d\d)\s+(?:{alternation}))(?![\w-])", re.IGNORECASE
    )


@cache
def _series_year_pattern() -> re.Pattern[str]:
    forms = sorted(load_lexicon().fairs, key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"\b({alternation})\s+(?:in\s+)?((?:19|20)\d\d)(?![\w-])", re.IGNORECASE)


@cache
def _series_names() -> re.Pattern[str]:
    forms = sorted(load_lexicon().fairs, key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"\b(?:{alternation})(?![\w-])")


def series_named(text: str) -> str | None:
    """The first fair series of the lexicon that ``text`` names (by any of its names).

    >>> series_named("The Canton Fair wrapped up its 122nd session.")
    'China Import and Export Fair'
    """
    match = _series_names().search(text)
    return load_lexicon().fair_series(re.sub(r"\s+", " ", match.group())) if match else None


def find_fairs(text: str) -> list[Mention]:
    """Fair editions: an ordinal or a year, a capitalised name, a fair word.

    >>> [(m.text, m.subtype) for m in find_fairs("the 6th China-Eurasia Expo opened")]
    [('6th China-Eurasia Expo', '6')]
    >>> [(m.text, m.subtype) for m in find_fairs("The fourth China-Arab States Expo got under way")]
    [('fourth China-Arab States Expo', '4')]
    """
    out: list[Mention] = []
    for match in _series_year_pattern().finditer(text):  # China Hi-tech Fair 2017
        year = match.group(2)
        written_in = re.search(r"\sin\s+$", text[match.end(1) : match.start(2)])
        renamed = re.search(
            r"\b(?:to|into|as|named|renamed|called|since|from|became|become)\s+(?:the\s+)?$",
            text[max(0, match.start(1) - 20) : match.start(1)],
        )
        if written_in and renamed:
            continue  # upgraded to the X Expo in 2014: the series, not an edition
        out.append(Mention(match.start(1), match.end(2), match.group(), "Fair", "year:" + year))
    matches = list(_series_pattern().finditer(text))
    matches += [
        m
        for m in _FAIR.finditer(text)
        if not any(m.start(1) < n.end() and n.start() < m.end(1) for n in matches)
    ]
    for match in sorted(matches, key=lambda m: m.start(1)):
        if any(match.start(1) < o.end and o.start < match.end(1) for o in out):
            continue
        name = match.group(1)
        first, _, rest = name.partition(" ")
        if not re.search(r"[A-Z]", rest[:1]) and not rest.startswith("("):
            continue
        if first.lower() in ORDINAL_WORDS:
            edition = str(ORDINAL_WORDS[first.lower()])
        elif first[:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", first):
            edition = str(int(re.sub(r"\D", "", first)))
        else:
            edition = "year:" + first
        end = match.end(1)
        out.append(Mention(match.start(1), end, text[match.start(1) : end], "Fair", edition))
    return out


@cache
def _departments() -> dict[str, tuple[str, str, str]]:
    """Portfolio (lower case) → (its English form, provincial and municipal Chinese suffixes)
    of the departments of Chinese local governments (data/departments.tsv)."""
    return {row[0].lower(): (row[0], row[1], row[2]) for row in data_rows("departments.tsv", 3)}


_LEVEL_WORD = r"(?:Provincial|Municipal|City|Prefectural|Regional)"
_PLACE_WORDS = (
    r"[A-Z][\w'’-]*(?:\s+(?!(?:Provincial|Municipal|City|Prefectural|Regional)\b)[A-Z][\w'’-]*)??"
    r"(?:(?:\s+[A-Z][a-z]+)?\s+Autonomous\s+Region(?:al)?)?"  # Ningxia Hui Autonomous Region
)
_DEPARTMENT_FORMS = (
    re.compile(
        rf"^(?P<place>{_PLACE_WORDS})\s+(?:{_LEVEL_WORD}\s+)?"
        r"(?:Department|Bureau)\s+of\s+(?P<port>.+)$"
    ),
    re.compile(
        rf"^(?P<place>{_PLACE_WORDS})\s+(?:{_LEVEL_WORD}\s+)?"
        r"(?P<port>.+?)(?:\s+(?:Department|Bureau))?$"
    ),
    re.compile(
        r"^(?:Department|Bureau)\s+of\s+(?P<port>.+?)\s+of\s+(?:the\s+)?"
        rf"(?P<place>{_PLACE_WORDS})(?:\s+(?:Province|City|Municipality))?$"
    ),
)


#: a unit of a Chinese place's people's government named with the government: the Foreign
#: Affairs Office of the People's Government of X, the Department of Commerce of the X
#: Provincial People's Government
_GOVERNMENT_UNIT_FORMS = (
    re.compile(
        r"^(?P<port>[A-Z].+?)\s+of\s+(?:the\s+)?People['’]s\s+Government\s+of\s+(?:the\s+)?"
        rf"(?P<place>{_PLACE_WORDS})(?:\s+(?:Province|City|Municipality))?$"
    ),
    re.compile(
        rf"^(?P<port>[A-Z].+?)\s+of\s+(?:the\s+)?(?P<place>{_PLACE_WORDS})\s+"
        rf"(?:{_LEVEL_WORD}\s+)?(?:People['’]s\s+)?Government$"
    ),
    # the Foreign Affairs Office of Hubei Province, the Hubei Provincial Government Foreign
    # Affairs Office, the Commerce Department of Hubei
    re.compile(
        rf"^(?P<port>[A-Z].+?)\s+of\s+(?:the\s+)?(?P<place>{_PLACE_WORDS})"
        r"(?:\s+(?:Province|City|Municipality))?$"
    ),
    re.compile(
        rf"^(?P<place>{_PLACE_WORDS})\s+(?:{_LEVEL_WORD}\s+)?(?:People['’]s\s+)?Government\s+"
        r"(?P<port>[A-Z].+)$"
    ),
)


def local_department(name: str) -> tuple[Place, tuple[str, str, str]] | None:
    """The place and the portfolio (its English form, provincial and municipal Chinese
    suffixes) of a department of a Chinese province's or city's government written in any of
    its English forms (Qinghai Provincial Department of Commerce, Department of Commerce of
    Qinghai Province, Xining Municipal Bureau of Commerce), else None.

    >>> local_department("Gansu Provincial Department of Industry and Information Technology")[1][1]
    '工业和信息化厅'
    >>> local_department("Hebei Provincial Investment Promotion Bureau")[1][1]
    '投资促进局'
    >>> local_department("Acme Department of Commerce") is None
    True
    """
    lex = load_lexicon()
    for form in _DEPARTMENT_FORMS:
        m = form.match(name)
        if m is None:
            continue
        place = lex.place(m.group("place"))
        found = _departments().get(m.group("port").lower())
        if found is None:  # … Investment Promotion Bureau: "Bureau" is the portfolio's own
            found = _departments().get(name[m.start("port") :].lower())
        if place is not None and place.chinese and found is not None:
            return place, found
    for form in _GOVERNMENT_UNIT_FORMS:  # Foreign Affairs Office of the X People's Government
        m = form.match(name)
        if m is None:
            continue
        port = re.sub(
            r"^(?:Department|Bureau)\s+of\s+|\s+(?:Department|Bureau)$", "", m.group("port")
        )
        place = lex.place(m.group("place"))
        found = _departments().get(port.lower())
        if place is not None and place.chinese and found is not None:
            return place, found
    for key in re.finditer(r"\b(?:department|bureau)\b", name):
        lower = _lower_department(name, key.start())
        if lower is not None and lower[:2] == (0, len(name)):
            return lower[2], lower[3]  # the commerce department of Qinghai Province
    return None


_LOWER_PLACE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}")
_OWNER = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})['’]s\s+$")


def _place_run(words: str) -> tuple[str, Place] | None:
    """The longest run of first words that names a place of China (Qinghai Province, Ningxia
    Hui Autonomous Region), with the place."""
    lex = load_lexicon()
    parts = words.split()
    while parts:
        place = lex.place(" ".join(parts))
        if place is not None and place.chinese:
            return " ".join(parts), place
        parts.pop()
    return None


def _lower_department(text: str, at: int) -> tuple[int, int, Place, tuple[str, str, str]] | None:
    """A department of a Chinese place written in lower case around the word "department"
    (or "bureau") at ``at``: the commerce department of Qinghai Province, the department of
    commerce of Qinghai, Qinghai Province's department of commerce. (start, end, place,
    portfolio) or None."""
    key = re.compile(r"(?:department|bureau)\b").match(text, at)
    if key is None:
        return None
    departments = _departments()
    port_start, port_end = at, key.end()
    before = text[max(0, at - 40) : at]
    port = None
    for size in (4, 3, 2, 1):  # the culture and tourism department
        tail = re.search(rf"((?:[a-z]+\s+){{{size}}})$", before)
        if tail and tail.group(1).strip().lower() in departments:
            port = tail.group(1).strip().lower()
            port_start = at - len(tail.group(1))
            break
    if port is None:  # the department of commerce (of …)
        after = re.match(r"\s+of\s+((?:[a-z]+\s+){0,4}[a-z]+)", text[key.end() :])
        if after is not None:
            cut = after.group(1).split()
            while cut and " ".join(cut) not in departments:
                cut.pop()
            if cut:
                port = " ".join(cut)
                port_end = key.end() + after.start(1) + len(port)
    if port is None:
        return None
    owner = _OWNER.search(text, max(0, port_start - 50), port_start)
    if owner is not None:  # Qinghai Province's department of commerce
        parts = owner.group(1).split()
        for i in range(len(parts)):
            run = _place_run(" ".join(parts[i:]))
            if run is not None and run[0] == " ".join(parts[i:]):
                start = owner.end(1) - len(run[0])
                return start, port_end, run[1], departments[port]
    of = re.match(r"\s+of\s+(?:the\s+)?", text[port_end:])
    if of is not None:
        place = _LOWER_PLACE.match(text, port_end + of.end())
        run = _place_run(place.group()) if place else None
        if run is not None:
            return port_start, port_end + of.end() + len(run[0]), run[1], departments[port]
    return None


def find_lower_departments(text: str) -> list[Mention]:
    """Departments of a Chinese place's government written in lower case with the place's
    name (the commerce department of Qinghai Province, Xinjiang Uygur Autonomous Region's
    department of commerce): one body each.

    >>> [m.text for m in find_lower_departments("the commerce department of Qinghai Province said")]
    ['commerce department of Qinghai Province']
    >>> [m.text for m in find_lower_departments("director of Gansu's department of commerce")]
    ["Gansu's department of commerce"]
    """
    out = []
    for key in re.finditer(r"\b(?:department|bureau)\b", text):
        found = _lower_department(text, key.start())
        if found is not None:
            start, end = found[0], found[1]
            out.append(Mention(start, end, text[start:end], "Organization", "Government"))
    return out


def _whole_body(name: str) -> bool:
    """Whether ``name`` is a whole body by itself: one the lexicon knows, a department of a
    Chinese local government, or a Chinese place's people's government or CPC committee."""
    return (
        load_lexicon().body(name) is not None
        or local_department(name) is not None
        or local_government(name) is not None
    )


def _two_bodies(name: str, start: int) -> list[Mention]:
    """Two bodies joined by "and" when the left one is whole by itself (a known body, a local
    department) and the right one is no more of its name (Gansu Provincial Department of
    Commerce and PetroChina; Ministry of Commerce and Acme Group): the left body, then what the
    right one reads as. Empty when the whole is one name (Ministry of Industry and Information
    Technology, Department of Culture and Tourism)."""
    if " and " not in name or _whole_body(name):
        return []
    at = name.find(" and ")
    while at > 0:
        head, tail = name[:at], name[at + 5 :]
        words = tail.split()
        continues = not words or words[0] in portfolio_words() or words[0][:1].islower()
        if _whole_body(head) and not continues:
            left = Mention(start, start + len(head), head, "Organization", org_kind(head))
            return [left, *classify(tail, start + at + 5)]
        at = name.find(" and ", at + 1)
    return []


def org_kind(name: str) -> str | None:
    lex = load_lexicon()
    body = lex.body(name)
    if body is not None:
        return body.kind
    if re.search(r"\s\((?:Group|Holdings?)\)$", name):  # Acme Food (Group)
        return "Company"
    for suffix, kind in sorted(lex.org_suffixes.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return kind
    first, _, rest = name.partition(" ")
    if rest[:1].isupper() and first in org_prefixes():  # Grupo Acme, PT Acme, PJSC Acme
        return org_prefixes()[first]
    return None


@cache
def people_nouns() -> frozenset[str]:
    """The plural nouns of people acting for a body (``data/people_nouns.tsv``)."""
    return frozenset(row[0] for row in data_rows("people_nouns.tsv", 1))


def _possessed_deal(name: str) -> re.Match[str] | None:
    """A phrase "A's MoU (Agreement, Deal …) with B": A and B, each a name of its own.

    >>> _possessed_deal("Acme Group's MoU with Bolt Ltd").groups()
    ('Acme Group', 'Bolt Ltd')
    """
    kinds = "|".join(re.escape(k) for k in load_lexicon().agreement_types)
    return re.fullmatch(
        rf"(.+?)['’]s\s+(?:[\w-]+\s+){{0,3}}?(?i:{kinds})(?:s|es)?\s+with\s+(?:the\s+)?(.+)",
        name,
    )


def classify(name: str, start: int) -> list[Mention]:
    """The entity mentions of one capitalised phrase (split where it holds several)."""
    lex = load_lexicon()
    name_ = name.rstrip(",")
    if not name_:
        return []
    name = name_
    if name.startswith(("The ", "the ")):
        return classify(name[4:], start + 4)
    if name in world_regions() and lex.place(name) is None:
        return []  # Latin America, Central Asia: a region of the world, no entity (not Far East)
    if " and with " in name:  # with A and with B: two names
        head, _, tail = name.partition(" and with ")
        return classify(head, start) + classify(tail, start + len(head) + 10)
    if " " in name and lex.demonym(name) is not None and lex.country(name) is None:
        return []  # Sri Lankan, as Zambian: an adjective, no name (the country is read by rule)
    based = re.match(r"[A-Z][\w'’.-]*-(?:based|headquartered)\s+(?=[A-Z])", name)
    if based:  # Dubai-based Gulf Trading Group: the company, and where it is based
        town = name[: name.index("-")]
        place = lex.place(town)
        where = (
            [Mention(start, start + len(town), town, "Place", None, "based-in")]
            if place is not None and not getattr(place, "chinese", "")
            else []
        )  # (a place abroad; a Chinese city before -based is often part of the name)
        return where + classify(name[based.end() :], start + based.end())
    demonym = re.search(r"\s+and\s+([A-Z][a-z]+)$", name)
    if demonym and lex.demonym(demonym.group(1)) and not lex.body(name):
        return classify(name[: demonym.start()], start)  # … Committee and Chinese premier
    head, sep, tail = name.partition(" and ")
    if (
        sep
        and 2 <= len(head.split()) <= 3
        and is_chinese_name(head)
        and not (lex.body(head) or lex.body(name) or lex.place(head) or lex.country(head))
    ):  # Lanzhou Mayor Li Ming and Acme Group Chairman Wang Hua: a name, then a body
        at = start + len(head) + len(sep)
        return [Mention(start, start + len(head), head, "Person", "candidate"), *classify(tail, at)]
    owner = re.search(r"\s+and\s+(?=([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+[A-Z])", name)
    if owner and (lex.country(owner.group(1)) or lex.place(owner.group(1))):
        # Kazakhstan's Ministry of Trade and Pakistan's Ministry of Trade: two bodies
        tail_at = owner.end()
        return classify(name[: owner.start()], start) + classify(name[tail_at:], start + tail_at)
    words = name.split()
    inner = [i for i, w in enumerate(words) if i > 0 and re.fullmatch(HONORIFIC, w)]
    if inner and len(words) - inner[0] - 1 >= 2:  # Commerce Dr. A B: a body, then a name
        at = start + _word_at(name, inner[0] + 1)
        head = name[: _word_at(name, inner[0])].rstrip()
        tail = name[at - start :]
        return classify(head, start) + classify(tail, at)
    lex_ = load_lexicon()
    surname_first = (
        len(words) == 2
        and words[0] in ("He", "An")
        and words[1] not in _FUNCTION
        and is_chinese_name(name)
        and lex_.place(words[1]) is None
    )  # He Lifeng: a family name that is also a function word
    if (words[0] in _FUNCTION or words[0] in _WEEKDAYS_MONTHS) and not surname_first:
        rest = name[len(words[0]) :].lstrip()
        rest = re.sub(rf"^(?:{_CONN}\s+)+", "", rest)  # MOU with A: A
        return classify(rest, start + len(name) - len(rest)) if rest else []
    plural = re.match(r"([A-Z][a-z]+s) of (?:the )?", name)
    if plural and plural.group(1) not in load_lexicon().org_suffixes:
        rest = name[plural.end() :]
        if _whole_org(rest, start + plural.end()):  # Representatives of the X Council
            return classify(rest, start + plural.end())
    if words[-1] in _WEEKDAYS_MONTHS and len(words) > 1:
        # X Corporation on Tuesday / in July: the date and its preposition end no name
        rest = re.sub(rf"(?:\s+{_CONN})*\s*$", "", name[: -len(words[-1])].rstrip())
        return classify(rest, start) if rest else []
    if lex.country(name):
        return [Mention(start, start + len(name), name, "Country")]
    if (body := lex.body(name)) is not None:  # a known body is one name, whatever its words
        return [Mention(start, start + len(name), name, "Organization", body.kind)]
    if (split := _body_then_name(name, start)) is not None:
        return split  # President of the All-China Federation of Industry and Commerce A B
    if local_department(name) is not None:  # … Department of Industry and Information Technology
        return [Mention(start, start + len(name), name, "Organization", "Government")]
    if two := _two_bodies(name, start):  # Gansu Provincial Department of Commerce and PetroChina
        return two
    if lex.place(name):
        return [Mention(start, start + len(name), name, "Place")]
    if (area := _area_then_name(name, start)) is not None:
        return area
    if lex.fair_series(name):
        return [Mention(start, start + len(name), name, "Fair", "series")]
    head, sep, tail = name.partition(" of ")
    person_head = (
        2 <= len(head.split()) <= 3
        and (is_chinese_name(head) or all(_name_word(w) for w in head.split()))
        and not any(
            w in _GENERIC or w in _GENERIC_ORG or w in lex.org_suffixes for w in head.split()
        )
    )
    names = re.split(r",\s*|\s+and\s+", head)
    if sep and len(names) > 1 and all(is_chinese_name(n) for n in names) and org_kind(tail):
        people = []  # Vice-chairmen A B and C D of the X Committee: the names, then the body
        for n in re.finditer(r"[^,]+?(?=,|\s+and\s+|$)", head):
            person = n.group().strip().removeprefix("and ").strip()
            at = start + n.start() + n.group().index(person)
            people.append(Mention(at, at + len(person), person, "Person", "candidate"))
        at = start + len(head) + len(sep)
        return people + classify(tail, at)
    acronym_led = re.match(r"[A-Z]{2,}\b", tail) is not None and len(tail.split()) > 1
    bare = tail.removeprefix("the ")  # A B of the University of Nairobi
    of_body = org_kind(bare) or (bare != tail and _whole_org(bare, 0))
    if sep and person_head and (acronym_led or (of_body and not lex.body(name))):
        if bare != tail:
            return classify(head, start) + classify(tail, start + len(head) + len(sep))
        at = start + len(head) + len(sep)  # Robert Mitrofan of UPR Business Romania
        return [
            Mention(start, start + len(head), head, "Person", "candidate"),
            Mention(at, start + len(name), tail, "Organization", org_kind(tail) or "Company"),
        ]
    for joint in (" and the ", " with the ", ", and "):
        head, sep, tail = name.partition(joint)
        if sep:
            return classify(head, start) + classify(tail, start + len(head) + len(sep))
    acting = re.match(r"([A-Z][a-z]+)(?:\s+(?:of|from)\s+(?:the\s+)?|$)", name)
    if acting and acting.group(1) in people_nouns():  # Representatives of A and B: A and B
        rest = name[acting.end() :]
        return classify(rest, start + acting.end()) if rest else []
    deal = _possessed_deal(name)
    if deal is not None:  # A's MoU with B: two parties, no name of one
        at = start + deal.start(2)
        return classify(deal.group(1), start) + classify(deal.group(2), at)
    head, sep, tail = name.partition(" with ")
    if sep and (org_kind(head) or lex.body(head)) and (org_kind(tail) or lex.body(tail)):
        return classify(head, start) + classify(tail, start + len(head) + len(sep))  # A with B
    for poss in ("'s ", "’s ", "' ", "’ "):  # Russia's (Laos') Ministry of …: the country, the body
        head, sep, tail = name.partition(poss)
        if (
            sep
            and (sep[1:2] == "s" or head.endswith("s"))
            and (lex.country(head) or lex.place(head))
        ):
            return classify(head, start) + classify(tail, start + len(head) + len(sep))
    head, sep, tail = name.partition(" of the ")
    if sep and _whole_org(head, start) and _whole_org(tail, start + len(head) + len(sep)):
        kind = org_kind(head) or lex.org_suffixes.get(head.split(" of ")[0])
        return [Mention(start, start + len(name), name, "Organization", kind)]  # a unit of a body
    head, sep, tail = name.partition(" of ")
    after_and = tail.split(" and ", 1)[1] if " and " in tail else ""
    listed = after_and and (
        after_and.split()[0] in lex.org_suffixes
        or _whole_org(after_and, 0)
        or lex.country(after_and)
        or lex.place(after_and)
    )  # … and Ministry of …, … and PowerChina: a list, not one name
    if sep and head in lex.org_suffixes and lex.org_suffixes[head] != "Venue" and not listed:
        kind = lex.org_suffixes[head]  # Ministry of Economic Development, Institute of …
        return [Mention(start, start + len(name), name, "Organization", kind)]
    head, sep, tail = name.rpartition(" in ")
    if sep and lex.country(head) and (lex.country(tail) or lex.place(tail)):
        return classify(head, start) + classify(tail, start + len(head) + len(sep))  # X in China
    if sep and org_kind(head) == "Venue":  # Shougang Park in Beijing
        return classify(head, start) + classify(tail, start + len(head) + len(sep))
    head, sep, tail = name.rpartition(" in ")
    if sep and (lex.body(head) or org_kind(head) == "Government") and lex.place(tail):
        # China Telecom in Xining; the X Autonomous Region People's Government in Nanning
        return classify(head, start) + classify(tail, start + len(head) + len(sep))
    if sep and org_kind(head) == "Company" and (lex.place(tail) or lex.country(tail)):
        return classify(head, start) + classify(tail, start + len(head) + len(sep))  # Acme in China
    for joint in (" in ", " of "):
        head, sep, tail = name.rpartition(joint)
        generic = head in lex.org_suffixes and lex.org_suffixes[head] != "Venue"
        if sep and org_kind(head) == "Venue" and (lex.place(tail) or lex.country(tail)):
            # the Southern Economic Corridor of Vietnam: a place, then its country
            return classify(head, start) + classify(tail, start + len(head) + len(sep))
        if sep and (org_kind(head) or generic) and (lex.place(tail) or lex.country(tail)):
            split = _split_list(name, start) if " and " in head else []
            if split:  # Bank of China and University of Toronto: two names
                return split
            kind = org_kind(head) or lex.org_suffixes[head]  # Chamber of Commerce in Zambia
            return [Mention(start, start + len(name), name, "Organization", kind)]
    head, sep, tail = name.partition(" of ")
    if sep and (
        (org_kind(head) and not lex.country(tail))
        or (head in lex.org_suffixes and (lex.place(tail) or lex.country(tail)))
    ):
        split = _split_list(name, start) if " and " in tail else []
        if split:  # Bank of China and China Construction Bank: two names
            return split
        kind = org_kind(head) or lex.org_suffixes[head]
        return [Mention(start, start + len(name), name, "Organization", kind)]
    head_at = _inner_head(words)
    if head_at is not None and " and " not in " ".join(words[:head_at]):
        kind = lex.org_suffixes[words[head_at]]  # General Authority for Investment and Free Zones
        own = words[1:] if lex.demonym(words[0]) and head_at > 1 else words
        at = start + len(name) - len(" ".join(own))
        return [Mention(at, start + len(name), " ".join(own), "Organization", kind)]
    split = _split_list(name, start) if " and Ministry " in name else []
    if split:
        return split
    kind = org_kind(name)
    if kind == "Venue":  # Hainan International Exhibition Center: a place
        split = _split_list(name, start)
        if split:
            return split
        return [Mention(start, start + len(name), name, "Place", "venue")]
    if kind is not None:
        split = _split_list(name, start)
        if split:
            return split
        return [Mention(start, start + len(name), name, "Organization", kind)]
    head, sep, tail = name.rpartition(" of ")
    named = is_chinese_name(head) or (
        _name_run(head.split())
        and len(head.split()) <= 4
        and not any(w in _GENERIC or w in _GENERIC_ORG or w in lex.org_suffixes for w in words)
    )
    if sep and (lex.place(tail) or lex.country(tail)) and named:
        return classify(head, start) + classify(tail, start + len(head) + len(sep))  # A B of X
    split = _split_list(name, start) if " and " in name else []
    if split:  # Vietnam National Coal and Mineral Industries Group and China Huadian: two bodies
        return split
    for joint in (" and ", " & ", " with ", " of the ", " in ", " for ", " on "):
        head, sep, tail = name.partition(joint)
        if sep:
            return classify(head, start) + classify(tail, start + len(head) + len(sep))
    if name.endswith(("'s", "’s")):
        return classify(name[:-2], start)
    if " " in name and lex.place(words[0]) and words[1] in ("Province", "City", "Municipality"):
        rest = " ".join(words[2:])
        if rest and is_chinese_name(rest):  # of Qinghai Province Zhang Wei: the place, a name
            at = start + name.index(rest, len(words[0]) + len(words[1]) + 1)
            head = name[: at - start].rstrip()
            return [
                Mention(start, start + len(head), head, "Place"),
                Mention(at, start + len(name), rest, "Person", "candidate"),
            ]
        return [Mention(start, start + len(name), name, "Place")]
    if len(words) >= 2 and words[-1] in REGION_WORDS and not lex.place(name):
        own = words[1:] if lex.demonym(words[0]) else words  # (Argentine) La Rioja Province
        if 2 <= len(own) <= 4 and all(_name_word(w) or w in ("de", "del", "la") for w in own[:-1]):
            at = start + len(name) - len(" ".join(own))
            return [Mention(at, start + len(name), " ".join(own), "Place", None, "region")]
    if (
        2 <= len(words) <= 3
        and words[-1] in ("County", "District")
        and all(_name_word(w) for w in words[:-1])
    ):  # Huangzhong County, Nakuru County: a place
        return [Mention(start, start + len(name), name, "Place")]
    for size in (2, 3):  # "Commerce Bo Xilai": a title's body, then a name
        tail = " ".join(words[-size:])
        if size == 3 and len(words) == 4 and _name_word(words[0]):
            break  # Edmund Ho Hau Wah: an English given name before a Hong Kong name
        given = (
            len(words) == size + 1
            and _name_word(words[0])
            and words[0] not in portfolio_words()
            and lex.body(words[0]) is None
            and "-" in words[-1]
        )
        if given:  # John Lee Ka-chiu: an English given name before a Hong Kong name
            break
        portfolio = all(w in portfolio_words() or w in ("and", "of") for w in words[:-size])
        named = is_chinese_name(tail) or (portfolio and size == 2 and _name_run(words[-size:]))
        abroad = len(words) == size + 1 and words[0] in family_names_abroad()
        if abroad and not is_chinese_name(name):  # Tran Hong Ha: a Vietnamese name, whole
            break
        if len(words) > size and named and words[-size - 1] not in surnames():
            at = name.rindex(tail)
            return classify(name[:at].rstrip(), start) + [
                Mention(start + at, start + len(name), tail, "Person", "candidate")
            ]
    particles = _PARTICLES
    if any(w in particles for w in words[1:-1]) and all(
        _name_word(w) for w in words if w not in particles
    ):  # Moin ul Haque
        return [Mention(start, start + len(name), name, "Person", "candidate")]
    hk_style = (
        len(words) in (3, 4) and _name_word(words[0]) and is_chinese_name(" ".join(words[1:]))
    )
    if (
        2 <= len(words) <= 4
        and not any(w in _GENERIC for w in words)
        and (is_chinese_name(name) or hk_style or (len(words) <= 3 and _name_run(words)))
    ):
        return [Mention(start, start + len(name), name, "Person", "candidate")]
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w-]*\.com", name):  # JD.com: a company
        return [Mention(start, start + len(name), name, "Organization", "Company")]
    if len(words) == 1 and lex.demonym(name) is None and name.isupper() and len(name) >= 2:
        return []  # an acronym of its own: kept only when the lexicon knows it
    out: list[Mention] = []
    offset = 0
    for w in words:  # places or countries inside a phrase that is none of the above
        at = name.index(w, offset)
        offset = at + len(w)
        w2 = w.rstrip(",").removesuffix("'s").removesuffix("’s")
        if lex.country(w2):
            out.append(Mention(start + at, start + at + len(w2), w2, "Country"))
        elif lex.place(w2):
            out.append(Mention(start + at, start + at + len(w2), w2, "Place"))
    return out


def _body_then_name(name: str, start: int) -> list[Mention] | None:
    """A body the lexicon knows, then a person's name, as one capitalised run (Chairman of the
    China Council for the Promotion of International Trade Ren Hong): the body, then the name.

    >>> [m.text for m in _body_then_name("Bank of China Zhang Wei", 0)]
    ['Bank of China', 'Zhang Wei']
    """
    words = name.split()
    lex = load_lexicon()
    for size in (2, 3, 4):
        if len(words) <= size:
            break
        tail = words[-size:]
        person = " ".join(tail)
        hk_style = size in (3, 4) and _name_word(tail[0]) and is_chinese_name(" ".join(tail[1:]))
        named = is_chinese_name(person) or hk_style  # (China Daily Asia Pacific: no name)
        if not named or any(w in lex.org_suffixes or w in _GENERIC for w in tail):
            continue
        if lex.place(person) or lex.country(person) or lex.body(person):
            continue  # Bank of China Hong Kong: a place, not a name
        at = len(name) - len(person)
        head = name[:at].rstrip()
        body = lex.body(head)
        if body is None:
            continue
        return [
            Mention(start, start + len(head), head, "Organization", body.kind),
            Mention(start + at, start + len(name), person, "Person", "candidate"),
        ]
    return None


_AREA_THEN_NAME = re.compile(
    r"(?P<area>.+?\b(?:Region|Province|Prefecture|County|District|City|Municipality|League))"
    r"\s+(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,4})$"
)


def _area_then_name(name: str, start: int) -> list[Mention] | None:
    """A place of China written with its division word, then a person's name (Chief Executive
    of the Hong Kong Special Administrative Region John Lee Ka-chiu; Governor of Gansu Province
    Ren Zhenhe): the place, then the name.

    >>> [m.text for m in _area_then_name("Macao Special Administrative Region Sam Hou Fai", 0)]
    ['Macao Special Administrative Region', 'Sam Hou Fai']
    """
    m = _AREA_THEN_NAME.fullmatch(name)
    if m is None:
        return None
    area, person = m.group("area"), m.group("name")
    words = person.split()
    hk_style = (
        len(words) in (3, 4) and _name_word(words[0]) and is_chinese_name(" ".join(words[1:]))
    )
    if not (is_chinese_name(person) or hk_style or (len(words) <= 4 and _name_run(words))):
        return None
    if load_lexicon().place(area) is None and not _AUTONOMOUS.fullmatch(area):
        return None
    at = start + m.start("name")
    return classify(area, start) + [Mention(at, at + len(person), person, "Person", "candidate")]


def _word_at(name: str, index: int) -> int:
    """Offset of the ``index``-th word of ``name``."""
    return [m.start() for m in re.finditer(r"\S+", name)][index]


_INNER_HEADS_WORDS = (
    "Authority Agency Council Commission Association Institute Center Centre Fund Federation"
    " Organization Organisation Board Bureau Administration Office Committee Chamber Foundation"
    " Society Union League Alliance Confederation Corporation Bank Academy"
)
_INNER_HEADS = frozenset(_INNER_HEADS_WORDS.split())


def _inner_head(words: list[str]) -> int | None:
    """The index of a body's head word followed by "for" or "of" and more name (General
    Authority for Investment and Free Zones, National Council for Trade Promotion, Gansu
    Provincial Council for the Promotion of International Trade), when the words before it
    are part of the name."""
    for i, w in enumerate(words[1:-2], 1):
        # (… Council for the Promotion of International Trade: "the" may follow the link)
        named = (
            words[i + 3][:1].isupper() if words[i + 2] == "the" and i + 3 < len(words) else False
        )
        if (
            w in _INNER_HEADS
            and words[i + 1] in ("for", "of")
            and (words[i + 2][:1].isupper() or named)
        ):
            before = [x for x in words[:i] if x not in ("and", "of", "for", "the")]
            if all(x[:1].isupper() and x not in _FUNCTION for x in before):
                return i
    return None


def _whole_org(name: str, start: int) -> bool:
    found = classify(name, start)
    return len(found) == 1 and found[0].type == "Organization" and found[0].text == name


#: words that name no organisation on their own (an organizing committee, the expo's secretariat)
_GENERIC_ORG_WORDS = (
    "Organizing Organising Committee Expo Fair Executive Secretariat Council Center Centre"
    " Office Group Government Department Bureau Ministry Provincial Municipal Local Foreign"
    " International National Chinese Joint Standing Exhibition Convention Organizer"
    " Organizers Host City Event Forum Summit Conference"
)
_GENERIC_ORG = frozenset(_GENERIC_ORG_WORDS.split())


def generic_org(name: str) -> bool:
    """A name made only of generic words (Organizing Committee, Exhibition Center).

    >>> generic_org("Organizing Committee"), generic_org("Qinghai Provincial Government")
    (True, False)
    """
    words = [w for w in name.split() if w not in ("of", "the", "and", "for")]
    return all(w.strip(",.") in _GENERIC_ORG for w in words)


#: a ministry's head before its portfolio (Ministry of, Department for)
_PORTFOLIO_HEAD = re.compile(r"\b(?:Ministry|Department|Commission)\s+(?:of|for)\s")


def _split_list(name: str, start: int) -> list[Mention]:
    """Two names joined by "and" (or "with", or a name "in" a place), when each side is a whole
    name: Ministry of Economic Development and Ministry of Industry and Trade; Shougang Park in
    Beijing; Acme Railways with Beta Construction Corporation. Empty when the phrase is one
    name (Ministry of Industry and Information Technology)."""
    for joint in (" and ", " & ", " in ", " with "):
        at = name.find(joint)
        while at > 0:
            head, tail = name[:at], name[at + len(joint) :]
            left = classify(head, start)
            right = classify(tail, start + at + len(joint))
            whole_left = (
                left
                and left[-1].end == start + len(head)
                and left[-1].start == start
                and (
                    left[-1].type == "Organization"
                    or left[-1].subtype == "venue"
                    or joint == " in "
                    or _chinese_place(left[-1])  # Tianshui and Acme Motors Co., Ltd.
                )  # not a person's name: Navoi Mining and Metallurgical Company is one body
            )
            owned = len(right) == 2 and right[0].type == "Country"  # and Thailand's X Group
            whole_right = (len(right) == 1 or owned) and right[-1].end == start + len(name)
            adjacent = whole_right and right[0].start == start + at + len(joint)
            placed = _chinese_place(left[-1]) if left else False
            if placed and (
                joint != " and "
                or not right
                or right[0].type != "Organization"
                or load_lexicon().place(tail.split()[0]) is not None
            ):  # a place of China and a body, both whole (not Hong Kong and Shanghai Banking …)
                whole_left = False
            if (
                joint == " and "
                and _PORTFOLIO_HEAD.search(head)
                and tail.split()[0] in portfolio_words()
                and not (right and right[0].type == "Organization")
            ):  # Ministry of Agriculture and Land Reclamation: the portfolio runs on
                whole_left = False
            trade, *after = tail.split()
            if (
                joint == " and "
                and (load_lexicon().org_suffixes.get(trade) == "Company" or trade in _trade_words())
                and after[:1] != ["of"]  # (and Bank of China: a body of its own)
            ):  # Harbin Electric and Machinery Group, X Oil and Gas Corp, Navoi Mining and
                whole_left = False  # Metallurgical Company: the trades of one company
            elif (
                joint == " and "
                and left
                and left[-1].type == "Person"
                and (left[-1].start, left[-1].end) == (start, start + len(head))
                and _name_run(head.split())
                and right
                and right[-1].type == "Organization"
            ):  # chairman A B and Bramble Oil CEO C D: a person, then a company
                whole_left = True
            if (
                whole_left
                and adjacent
                and (joint != " in " or right[0].type == "Place")
                and (joint != " with " or left[-1].type == right[0].type == "Organization")
            ):  # (Acme Railways with Beta Construction Corporation: two companies)
                return left + right
            if (
                joint not in (" in ", " with ")
                and adjacent
                and _placed_company(right[0], tail)
                and not left
            ):
                # Acme and Chongqing Grain Group: an unknown name, then a Chinese place's
                # company, whole with its suffix (not Hong Kong and Shanghai Banking …: a place)
                kind = org_kind(head)
                return [Mention(start, start + len(head), head, "Organization", kind), *right]
            at = name.find(joint, at + 1)
    return []


def _placed_company(m: Mention, tail: str) -> bool:
    """Whether ``m``, read from all of ``tail``, is a company named after a place of China with
    a company's suffix (Chongqing Grain Group, Guizhou Acme Co., Ltd.)."""
    first = tail.split()[0]
    place = load_lexicon().place(first)
    return (
        m.type == "Organization"
        and m.text == tail
        and place is not None
        and bool(place.chinese)
        and org_kind(tail) == "Company"
    )


@cache
def _trade_words() -> frozenset[str]:
    """Words of a trade that go on one company's name after "and" (Navoi Mining and
    Metallurgical Company), besides the company endings of org_suffixes.tsv
    (data/trade_words.tsv)."""
    return frozenset(row[0] for row in data_rows("trade_words.tsv", 1))


def _chinese_place(m: Mention) -> bool:
    """Whether ``m`` is a place of China the lexicon knows (a party as the place it is)."""
    place = load_lexicon().place(m.text) if m.type == "Place" and m.subtype != "venue" else None
    return place is not None and bool(place.chinese)


def _name_word(word: str) -> bool:
    word = re.sub(rf"^{ARABIC_PREFIX}(?=[A-Z])", "", word)  # al-Falih: a name word
    return (
        word[:1].isupper()
        and word[1:].replace("-", "").isalpha()
        and not word[1:].isupper()
        and word not in _FUNCTION
        and word not in _WEEKDAYS_MONTHS
        and load_lexicon().place(word) is None
        and load_lexicon().country(word) is None
        and load_lexicon().demonym(word) is None
    )


#: lower-case words inside a name (Moin ul Haque, Ahmed bin Sulayem, Jan van der Berg, Luiz da
#: Silva, Ursula von der Leyen, Maria de los Santos), and the Mauritanian Ould ("son of")
_PARTICLES = (
    "ul",
    "bin",
    "binti",
    "bint",
    "ibn",
    "al",
    "el",
    "abu",
    "de",
    "del",
    "der",
    "den",
    "van",
    "von",
    "da",
    "dos",
    "das",
    "do",
    "di",
    "du",
    "la",
    "le",
    "los",
    "las",
    "y",
    "ould",
    "Ould",
)


def _name_run(words: Sequence[str], lead: bool = False) -> bool:
    """Whether ``words`` are a person's name: name words, where a word inside the run (not its
    first or last) may also be a place's name (Zahid Ali Khan: Ali is a prefecture of Tibet
    too, but not between two given names); with ``lead``, where a name is all that can stand
    (behind "Consul General in Chengdu"), its first word too (Ali Raza).

    >>> _name_run(["Zahid", "Ali", "Khan"]), _name_run(["Ali", "Khan"])
    (True, False)
    >>> _name_run(["Ali", "Khan"], lead=True), _name_run(["Ahmed", "Ali"])
    (True, True)
    """
    lex = load_lexicon()
    return (
        len(words) >= 2
        and all(
            _name_word(w)
            or (0 < i < len(words) - 1 and w in _PARTICLES)  # Moin ul Haque
            or (
                (i > 0 or lead)
                and i < len(words) - 1
                and w[:1].isupper()
                and w[1:].isalpha()
                and w[1:].islower()
                and lex.place(w) is not None
                and lex.country(w) is None
                and lex.demonym(w) is None
            )
            or (  # Ahmed Ali: a place's other spelling (Ali for Ngari) closing a name
                i == len(words) - 1
                and i > 0
                and _name_word(words[0])
                and w[1:].isalpha()
                and w[1:].islower()
                and (place := lex.place(w)) is not None
                and place.name != w
                and lex.country(w) is None
            )
            for i, w in enumerate(words)
        )
        and not all(w in portfolio_words() for w in words)  # Rural Affairs: a portfolio
    )


_ABBREVIATION = re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp|Bhd|St|Jr|Sr)|(?:\b[A-Z]\.)+)\.$|\b[A-Z]\.$")


def _free(spans: Sequence[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end for m in spans)


#: a place's government or Party committee after the place's name (the Qinghai provincial
#: government, Xining municipal Party committee; in capitals, as bodies name themselves, with
#: re.IGNORECASE: Gansu Provincial People's Government, Lanzhou Municipal CPC Committee)
_GOVERNING = (
    r"(?:(?:provincial|municipal|(?:autonomous\s+)?regional|prefectural|city|county|district)\s+)?"
    r"(?:people's\s+)?(?:government|Party\s+committee|CPC\s+committee)\b"
)
_LOWER_BODY = re.compile(
    r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:provincial\s+|municipal\s+|city\s+)?"
    r"(?:(?!government\b|party\b)[a-z]+\s+){0,3}?(?:department|bureau"
    r"|council|commission|office)(?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,4}?)?"
    r"(?=[,.;]|\s+(?:said|says|and|has|have|had|was|were|is|are|will|[a-z]+ed)\b)"
    r"|\b(?:(?:regional|provincial|municipal|city|county)\s+(?:people's\s+)?government"
    r"|(?:provincial|municipal|regional|city)\s+(?:Party|CPC)\s+committee)\s+of\s+"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"|\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s+" + _GOVERNING
)


#: the city's commerce bureau, the provincial department of commerce, the municipal
#: development and reform commission: a body of the report's city or province
_CONTEXT_BODY = re.compile(
    r"\b[Tt]he\s+((?:city|province|region|prefecture|county|district)['’]s|provincial|municipal"
    r"|city|regional|prefectural)\s+((?:[a-z]+\s+){0,5}?(?:department|bureau|commission|office|administration"
    r"|committee)(?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,4}?)?)"
    r"(?=\s*[,.;)]|\s+(?:said|says|and|has|have|had|was|were|is|are|will|to|in|on|at|with"
    r"|signed|held|organi[sz]ed|hosted|launched|released|also|which|that|who|[a-z]+ed)\b)"
)
#: the provincial government, the municipal Party committee: the report's place's
_CONTEXT_GOVERNMENT = re.compile(
    r"\b[Tt]he\s+((?:provincial|municipal|city|regional|autonomous\s+regional"
    r"|(?:autonomous\s+)?region['’]s)\s+(?:people's\s+government|government"
    r"|(?:Party|CPC|party)\s+committee))\b(?!\s+of\b)"
    # chairman of the (autonomous) region: the region's government
    r"|\b(?:[Cc]hair(?:man|woman)|[Vv]ice[\s-]+[Cc]hair(?:man|woman))\s+of\s+the\s+"
    r"((?:autonomous\s+)?region)\b(?!['’])"
    # the region's chairman, regional vice chairman: the region's government
    r"|\b((?<=[Tt]he\s)(?:autonomous\s+)?region(?=['’]s\s+(?:(?:executive\s+)?vice[\s-]+)?"
    r"chair(?:man|woman)\b)|[Rr]egional(?=\s+(?:(?:executive\s+)?vice[\s-]+)?chair(?:man|woman)\s+[A-Z]))"
)
#: the region's Party chief, the provincial Party secretary, the city's Party chief: the CPC
#: committee of the report's region, province or city
_CONTEXT_PARTY_CHIEF = re.compile(
    r"\b[Tt]he\s+((?:autonomous\s+)?region|province|city|provincial|municipal|regional)"
    r"(?:['’]s)?\s+(?=(?:[Dd]eputy\s+)?(?:Party|party|CPC)\s+(?:chief|[Ss]ecretary|boss)\b)"
)
_NOT_A_BODY = ("government", "party", "cpc", "people's", "standing", "organizing", "organising")
#: the provincial CPPCC (committee), the (Standing Committee of the) municipal people's congress
_CONTEXT_ASSEMBLY = re.compile(
    r"\b(?:(?:[Ss]tanding\s+[Cc]ommittee\s+of\s+)?[Tt]he\s+)((?:provincial|municipal|city|regional)"
    r"\s+(?:CPPCC(?:\s+committee)?|people['’]s\s+congress(?:\s+standing\s+committee)?))\b"
)


def find_context_bodies(text: str) -> list[Mention]:
    """Bodies written in lower case after "the city's", "the provincial", "the municipal" …:
    named in resolution with the report's city or province.

    >>> [m.text for m in find_context_bodies("Li Ming, head of the city's commerce bureau, said")]
    ["city's commerce bureau"]
    >>> [m.text for m in find_context_bodies("the provincial department of commerce and Acme")]
    ['provincial department of commerce']
    >>> [m.text for m in find_context_bodies("the provincial government said")]
    ['provincial government']
    >>> find_context_bodies("the provincial government of Ningxia said")
    []
    >>> [m.text for m in find_context_bodies("the Standing Committee of the city CPPCC")]
    ['Standing Committee of the city CPPCC']
    """

    def body(m: re.Match[str]) -> Mention:
        start = m.start(1)
        return Mention(
            start, m.end(), text[start : m.end()], "Organization", "Government", "context-body"
        )

    out = []
    for m in _CONTEXT_GOVERNMENT.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        start = m.start(group)
        found = text[start : m.end()]
        out.append(Mention(start, m.end(), found, "Organization", "Government", "context-body"))
    for m in _CONTEXT_PARTY_CHIEF.finditer(text):
        found = m.group(1)
        out.append(
            Mention(m.start(1), m.end(1), found, "Organization", "Government", "context-committee")
        )
    for m in _CONTEXT_ASSEMBLY.finditer(text):
        start = m.start() if m.group().startswith(("Standing", "standing")) else m.start(1)
        found = text[start : m.end()]
        out.append(Mention(start, m.end(), found, "Organization", "Government", "context-body"))
    for m in _CONTEXT_BODY.finditer(text):
        words = m.group(2).split()
        if not (any(w in _NOT_A_BODY for w in words[:3]) or words[0] in ("and", "of")):
            out.append(body(m))
    return out


#: departments of a CPC committee, not of a government (Guangdong's publicity department)
_PARTY_DEPARTMENT = re.compile(
    r"\b(?:publicity|propaganda|organization|organisation|united\s+front\s+work)\s+department\b"
)


#: a county or city district with its division word in lower case (Lantian county, Baqiao
#: district), as China Daily writes them
_LOWER_COUNTY = re.compile(r"\b([A-Z][a-z]+(?:['’-][a-z]+)?) (county|district)\b")


def find_lower_counties(text: str) -> list[Mention]:
    """Counties and city districts of China written with their division word in lower case:
    places when the table of counties (data/counties.tsv) holds them.

    >>> [m.text for m in find_lower_counties("Wang Lin, Party chief of Lantian county, said")]
    ['Lantian county']
    >>> find_lower_counties("the Acme county fair")
    []
    """
    names = load_lexicon().counties_named
    return [
        Mention(m.start(), m.end(), m.group(), "Place", None, "region")
        for m in _LOWER_COUNTY.finditer(text)
        if county_name(m.group()) in names
        and not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30) : m.start()])
    ]  # (not the end of a longer capitalised name: Acme Lantian county …)


#: the governments of counties or districts listed by their bare names (the district and
#: county governments of A, B and C)
_COUNTY_GOVERNMENTS = re.compile(
    r"\b(?:district|county|city)(?:\s+and\s+(?:district|county|city))?\s+governments\s+of\s+"
    r"((?:[A-Z][a-z]+(?:['’-][a-z]+)?,\s+)*[A-Z][a-z]+(?:['’-][a-z]+)?,?\s+and\s+"
    r"[A-Z][a-z]+(?:['’-][a-z]+)?)\b"
)


def find_listed_counties(text: str) -> list[Mention]:
    """Counties and districts listed by their bare names after "the district and county
    governments of": places (each signs as the place it is), when every name is a county's
    or district's of the table (data/counties.tsv) or a place's.

    >>> [m.text for m in find_listed_counties("the district and county governments of "
    ...     "Qilihe, Yongdeng and Gaolan signed")]
    ['Qilihe', 'Yongdeng', 'Gaolan']
    >>> find_listed_counties("the county governments of Acme and Bolt")
    []
    """
    lex = load_lexicon()
    out = []
    for m in _COUNTY_GOVERNMENTS.finditer(text):
        names = list(re.finditer(r"[A-Z][a-z]+(?:['’-][a-z]+)?", m.group(1)))
        known = [
            n
            for n in names
            if lex.place(n.group()) is not None
            or any(
                county_name(f"{n.group()} {w}") in lex.counties_named
                for w in ("District", "County")
            )
        ]
        if len(known) == len(names):
            out += [
                Mention(
                    m.start(1) + n.start(), m.start(1) + n.end(), n.group(), "Place", None, "region"
                )
                for n in names
            ]
    return out


def county_name(written: str) -> str:
    """A county's name as the table of counties writes it (Rong'an county → Rongan County).

    >>> county_name("Rong'an county")
    'Rongan County'
    """
    name = re.sub(r"['’]", "", written)
    return re.sub(r" (county|district)$", lambda m: f" {m.group(1).title()}", name)


def find_lower_bodies(text: str) -> list[Mention]:
    """Governments and Party committees written in lower case around a Chinese place.

    >>> [m.text for m in find_lower_bodies("and the regional government of Ningxia.")]
    ['regional government of Ningxia']
    >>> [m.text for m in find_lower_bodies("The Qinghai provincial government said")]
    ['Qinghai provincial government']
    """
    lex = load_lexicon()
    out = []
    for m in _LOWER_BODY.finditer(text):
        place = m.group(1) or m.group(2) or m.group(3)
        start = m.start()
        while m.group(3) and len(place.split()) > 2 and lex.place(place) is None:
            place = place.split(" ", 1)[1]  # … Guangxi Zhuang Autonomous Region government
            start = m.start(3) + m.group(3).rindex(place)
        if m.group(3) and place in ("The", "the"):
            continue  # The regional government: the report's place's (a context body)
        if m.group(3) and place.startswith(("The ", "the ")):
            place = place.split()[-1]  # The Qinghai provincial government
            start = m.start(3) + m.group(3).rindex(place)
        elif (
            m.group(3)
            and lex.place(place) is None
            and not lex.counties_named.get(county_name(place))  # the Guangming District government
            and place not in _FUNCTION
            and not re.search(
                r"(?:provincial|municipal|regional|city|county|district)\s", m.group()
            )
            and not (lex.demonym(place) and m.group().endswith("government"))
            and not re.fullmatch(
                r"[A-Z][a-z]+(?:['’-][a-z]+)?\s+(?:District|County|New\s+Area)", place
            )
        ):  # (the Guangming District government: a district's own government, kept)
            continue  # "X government" of a place the lexicon does not know: too loose
            # (the Tanzanian government: a country's government, kept)
            # La Rioja provincial government: a foreign place's government
        if lex.place(place) is None and not m.group(3):
            continue
        party = _PARTY_DEPARTMENT.search(m.group()) and not m.group(2) and not m.group(3)
        origin = "party-department" if party else "rule"
        kind = "Other" if party else "Government"
        out.append(Mention(start, m.end(), text[start : m.end()], "Organization", kind, origin))
    for m in _GOVERNMENT_OF.finditer(text):
        words = m.group(1).split()
        whole = list(words)
        while words and not getattr(lex.place(" ".join(words)), "chinese", ""):
            words.pop()  # the longest run of words that names a place of China
        if not words:  # the government of Sverdlovsk Region (and Acme): a region abroad
            words = next(
                (
                    whole[:n]
                    for n in range(len(whole), 1, -1)
                    if _REGION_ABROAD.fullmatch(" ".join(whole[:n]))
                ),
                [],
            )
        if words:  # the government of Guangxi Zhuang Autonomous Region
            end = m.start(1) + len(" ".join(words))
            if _free(out, m.start(), end):
                out.append(
                    Mention(m.start(), end, text[m.start() : end], "Organization", "Government")
                )
    return out


#: a region abroad by its division word (Sverdlovsk Region, Almaty Oblast, Punjab Province)
_REGION_ABROAD = re.compile(
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Region|Oblast|Krai|Province|State|Governorate|Voivodeship)"
)


def local_government(name: str) -> Place | None:
    """The place of China or abroad whose government or Party committee ``name`` is, written
    as the body names itself or in lower case.

    >>> local_government("Gansu Provincial People's Government").name
    'Gansu'
    >>> local_government("Xining municipal Party committee").name, local_government("Acme Group")
    ('Xining', None)
    """
    whole = re.fullmatch(r"(.+?)\s+" + _GOVERNING, name, re.IGNORECASE)
    return load_lexicon().place(whole.group(1)) if whole else None


#: the (people's) government of a Chinese place, in lower case
_GOVERNMENT_OF = re.compile(
    r"(?<=\b[Tt]he\s)(?:people['’]s\s+)?government\s+of\s+(?:the\s+)?"
    r"([A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,5})"
)  # (the government of X Mongol and Tibetan Autonomous Prefecture)


_PLACE_NAME = r"(?!The\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_PLACE_LIST = rf"{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*,?\s+and\s+{_PLACE_NAME}"
#: the governments of Qinghai and Gansu provinces, the Xining and Lanzhou municipal governments
_GOVERNMENTS = re.compile(
    r"\b(?:(?:provincial|municipal|city|regional|local)\s+)?(?:people's\s+)?governments\s+of\s+"
    rf"(?:the\s+)?({_PLACE_LIST})"
    rf"|\b({_PLACE_LIST})\s+(?:provincial|municipal|city|regional)\s+(?:people's\s+)?governments\b"
)


@cache
def ethnic_groups() -> frozenset[str]:
    """The ethnic groups of China under the English names autonomous areas use
    (data/ethnic_groups.tsv)."""
    return frozenset(row[0] for row in data_rows("ethnic_groups.tsv", 1))


_AUTONOMOUS = re.compile(
    r"\b((?!The\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)((?:\s+(?:and\s+)?[A-Z][\w'-]*){1,3})"
    r"\s+Autonomous\s+(?:County|Prefecture|Banner)\b"
)


def find_autonomous_areas(text: str) -> list[Mention]:
    """Autonomous counties and prefectures under their full names (Datong Hui and Tu
    Autonomous County): one place each.

    >>> [m.text for m in find_autonomous_areas("in Menyuan Hui Autonomous County, the")]
    ['Menyuan Hui Autonomous County']
    >>> find_autonomous_areas("the Acme Green Autonomous County")
    []
    """
    out = []
    groups = ethnic_groups()
    for m in _AUTONOMOUS.finditer(text):
        words = [w for w in m.group(2).split() if w != "and"]
        head = m.group(1).split()
        if len(head) == 2 and head[1] in groups:  # Haixi Mongolian and Tibetan: one place word
            words.insert(0, head.pop())
        if not all(w in groups for w in words):
            continue
        start = m.start(1)
        out.append(Mention(start, m.end(), text[start : m.end()], "Place", "autonomous"))
    return out


_LOWER_AUTONOMOUS = re.compile(
    r"\b((?!The\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s+autonomous\s+(?:region|prefecture|county)\b"
)


def _lower_autonomous(text: str) -> list[Mention]:
    """A region, prefecture or county of China whose division words are in lower case, as
    China Daily writes them (Yinchuan, Ningxia Hui autonomous region): the place, whole.

    >>> [m.text for m in _lower_autonomous("in Yinchuan, Ningxia Hui autonomous region, a")]
    ['Ningxia Hui autonomous region']
    """
    out = []
    lex = load_lexicon()
    for m in _LOWER_AUTONOMOUS.finditer(text):
        words = m.group(1).split()
        for i in range(len(words)):  # the shortest run of words before it that is a place's
            at = m.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
            if lex.place(text[at : m.end()]) is not None:
                out.append(Mention(at, m.end(), text[at : m.end()], "Place", "autonomous"))
                break
    return out


@cache
def _unreadable_names() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str | None]]]:
    """The lexicon's bodies and countries whose names the phrase reader cannot read whole: a
    comma, a lower-case word, a letter outside A-Z or a title's words inside (General
    Administration of Quality Supervision, Inspection and Quarantine; Shell plc; iFlytek;
    Counsellors' Office of the State Council; Cote d'Ivoire; Åland Islands), with the type and
    subtype of each. Forms without a capital letter (central bank, news.cn) and names made of
    generic words only (Foreign Ministry: whose, the sentence says) are left to the phrase
    reader, as are those it reads after "the"."""
    lex = load_lexicon()
    found: dict[str, tuple[str, str | None]] = {}
    named: list[tuple[str, str, str | None]] = [
        (f, "Organization", b.kind) for f, b in lex.bodies.items()
    ]
    named += [(f, "Country", None) for f in lex.countries]
    for form, kind, subtype in named:
        if not re.search(r"[A-Z]", form) or form.startswith(("the ", "The ")):
            continue
        if kind == "Organization" and generic_org(form):
            continue
        whole = [Mention(0, len(form), form, kind, subtype)]
        read = (
            _PHRASE.fullmatch(form) is not None
            and classify(form, 0) == whole
            and not find_roles(form)  # a title inside (Counsellors' Office) would take its words
        )
        if not read:
            found.setdefault(form, (kind, subtype))
    if not found:
        return None, found
    alternatives = "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<![\w&.-])(?:{alternatives})(?![\w&-])"), found


def find_known_names(text: str) -> list[Mention]:
    """Bodies and countries of the lexicon the phrase reader cannot read whole, found by their
    names.

    >>> found = find_known_names("iFlytek and Shell plc signed with the General "
    ...     "Administration of Quality Supervision, Inspection and Quarantine.")
    >>> [m.text for m in found][:2], found[2].text.endswith("Inspection and Quarantine")
    (['iFlytek', 'Shell plc'], True)
    >>> [(m.text, m.type) for m in find_known_names("a delegation from Cote d'Ivoire")]
    [("Cote d'Ivoire", 'Country')]
    """
    pattern, kinds = _unreadable_names()
    if pattern is None:
        return []
    return [
        Mention(m.start(), m.end(), m.group(), *kinds[m.group()]) for m in pattern.finditer(text)
    ]


#: a diplomatic mission: the Chinese Embassy in Zambia, the Embassy of Saudi Arabia in China,
#: the Consulate General of Kazakhstan in Urumqi, the French Consulate-General in Shanghai
_MISSION_WORD = r"(?:[Ee]mbassy|[Cc]onsulate[-\s][Gg]eneral|[Cc]onsulate)"
_CAPITALS = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4}"
_MISSION = re.compile(
    r"\b(?:(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)"
    rf"(?P<dem>{_CAPITALS})\s+{_MISSION_WORD}|{_MISSION_WORD}\s+of\s+(?:the\s+)?"
    rf"(?P<sender>{_CAPITALS}))"
    rf"(?:\s+(?:in|to)\s+(?:the\s+)?(?P<host>{_CAPITALS}))?(?![\w-]|['’](?!s\b))"
)  # (the Kenyan Embassy's counsellor: the embassy before its possessive)


@dataclass(frozen=True)
class Mission:
    """A diplomatic mission read from its English name: its kind (embassy, consulate
    general, consulate), the country it represents, and where it is (a country, or a city),
    None when the name does not say."""

    kind: str
    sender: str  # ISO code
    host_country: str | None  # ISO code
    host_place: Place | None


def mission(name: str) -> Mission | None:
    """The mission a name names, else None.

    >>> mission("Embassy of Saudi Arabia in China")
    Mission(kind='embassy', sender='SA', host_country='CN', host_place=None)
    >>> m = mission("Consulate General of Kazakhstan in Urumqi")
    >>> m.kind, m.sender, m.host_place.name
    ('consulate general', 'KZ', 'Urumqi')
    >>> mission("Chinese Embassy in Zambia").host_country, mission("Acme Embassy in Zambia")
    ('ZM', None)
    """
    m = _MISSION.fullmatch(name.removeprefix("the ").removeprefix("The "))
    if m is None:
        return None
    lex = load_lexicon()
    sender_text = m.group("dem") or m.group("sender") or ""
    sender = lex.country(sender_text) or lex.demonym(sender_text)
    if sender is None:
        return None
    word = re.search(_MISSION_WORD, m.group()) if m else None
    kind = re.sub(r"[-\s]+", " ", word.group()).lower() if word else "embassy"
    host_country, host_place = None, None
    if m.group("host"):
        host = m.group("host")
        found = lex.country(host)
        place = lex.place(host)
        if found is not None:
            host_country = found.iso2
        elif place is not None:
            host_place = place
        else:
            return None  # the Embassy of X in Acme Tower: no mission's host
    return Mission(kind, sender.iso2, host_country, host_place)


def find_missions(text: str) -> list[Mention]:
    """Diplomatic missions under their English names (organisations of their country's
    government), with the country they represent named in the name.

    >>> [m.text for m in find_missions("Staff of the Chinese Embassy in Zambia and the "
    ...     "Consulate General of Kazakhstan in Urumqi attended.")]
    ['Chinese Embassy in Zambia', 'Consulate General of Kazakhstan in Urumqi']
    """
    out = []
    for m in _MISSION.finditer(text):
        whole = m.group()
        for cut in [0, *(w.end() for w in re.finditer(r"\s+", whole))]:
            words = whole[cut:]  # Staff of the Chinese Embassy: the mission's own words
            if words.split(" ", 1)[0] in _FUNCTION or words.startswith(("the ", "of ")):
                continue
            found = mission(words)
            host = m.group("host")
            shorter = host.split()[:-1] if found is None and host else []
            while shorter:  # … in Zambia Li Ming: the host is Zambia, a name follows
                trial = words[: len(words) - len(host)] + " ".join(shorter)
                if (found := mission(trial)) is not None:
                    words = trial
                    break
                shorter.pop()
            if found is None and host:  # … in Acme Tower: the name without it
                words = re.sub(r"\s+(?:in|to)\s+(?:the\s+)?" + re.escape(host) + "$", "", words)
                found = mission(words)
            if found is not None:
                start = m.start() + cut
                out.append(
                    Mention(
                        start, start + len(words), words, "Organization", "Government", "mission"
                    )
                )
                break
    return out


#: words of a zone's kind, never its owner's name (the … Pilot Free Trade Zone)
_ZONE_WORDS = frozenset(
    ["Pilot", "National", "New", "Free", "Bonded", "Comprehensive", "High", "Hi", "Tech"]
)


def find_zones(text: str) -> list[Mention]:
    """Development zones, new areas and industrial parks under their capitalised names, after
    the place of China they belong to: places.

    >>> [m.text for m in find_zones("The Xining Economic and Technological Development Zone")]
    ['Xining Economic and Technological Development Zone']
    >>> [(m.text, m.type) for m in find_zones("the Lanzhou New Area Administrative Committee said")]
    [('Lanzhou New Area Administrative Committee', 'Organization')]
    >>> [m.text for m in find_zones("the Management Committee of the Lanzhou New Area said")]
    ['Management Committee of the Lanzhou New Area']
    >>> [(m.text, m.type) for m in find_zones("with the Lanzhou New Area Administration on")]
    [('Lanzhou New Area Administration', 'Organization')]
    >>> find_zones("the Lanzhou New Area Development Group signed")
    []
    """
    out = []
    for hit in _ZONE_NAME.finditer(text):
        start = hit.start(1)
        first = hit.group(1).split()[0]
        if first in _FUNCTION:
            start += len(first) + 1
        owner = text[start : hit.end(1)]
        lex = load_lexicon()
        if lex.place(owner) is None and (
            not owner
            or any(
                w in _FUNCTION
                or w in _GENERIC
                or w in _ZONE_WORDS
                or w in portfolio_words()
                or lex.country(w)
                or lex.demonym(w)
                for w in owner.split()
            )
        ):
            continue  # Liangjiang New Area: a zone of a place the lexicon lacks, by its own name
        if _ZONE_BODY_AFTER.match(text, hit.end()):
            continue  # the … Economic Zone Authority (Group): a body of its own name, read whole
        after = _ZONE_COMMITTEE_AFTER.match(text, hit.end()) or _ZONE_ADMINISTRATION.match(
            text, hit.end()
        )  # the zone's administrative committee (its administration): its governing body
        before = _ZONE_COMMITTEE_BEFORE.search(text[:start])
        if after is not None:  # the zone's administrative committee: its governing body
            end = after.end()
            out.append(Mention(start, end, text[start:end], "Organization", "Government"))
        elif before is not None:
            begin = before.start(1)
            out.append(
                Mention(begin, hit.end(), text[begin : hit.end()], "Organization", "Government")
            )
        else:
            out.append(Mention(start, hit.end(), text[start : hit.end()], "Place", "zone"))
    return out


#: how a development zone's governing body is named (the Xining … Zone Administrative Committee)
ZONE_COMMITTEE = r"(?:[Aa]dministrative|[Mm]anagement|Party\s+[Ww]orking)\s+[Cc]ommittee"
_ZONE_COMMITTEE_AFTER = re.compile(rf"\s+{ZONE_COMMITTEE}\b")
#: a zone's administration (bureau), another body than its administrative committee
_ZONE_ADMINISTRATION = re.compile(r"\s+Administration(?:\s+Bureau)?\b")
#: a body named after its zone (the … Economic Zone Authority, … Zone Development Group)
_ZONE_BODY_AFTER = re.compile(
    r"\s+(?:Authority|Corporation|Company|Group|Holdings|Development\s+(?:Company|Corporation"
    r"|Group))\b"
)
_ZONE_COMMITTEE_BEFORE = re.compile(rf"\b({ZONE_COMMITTEE}\s+of\s+(?:the\s+)?)$")


_UNIT_WORDS = r"(?:branch|subsidiary|sub-council|representative\s+office|office)"
_BRANCH_OF = re.compile(rf"\b({_PLACE_NAME})\s+{_UNIT_WORDS}\s+of\s+(?:the\s+)?(?=[A-Z])")
_OWNERS_BRANCH = re.compile(
    rf"\b((?:[A-Z][\w&.-]*\s+(?:of\s+|and\s+)?){{0,5}}[A-Z][\w&.-]*)['’]s\s+({_PLACE_NAME})"
    rf"\s+{_UNIT_WORDS}\b"
)


def find_branches(text: str) -> list[Mention]:
    """A body's unit in a place (the Qinghai branch of Bank of China, China Mobile's Gansu
    branch): one organisation, not the place's government.

    >>> [m.text for m in find_branches("president of the Gansu branch of Bank of China, said")]
    ['Gansu branch of Bank of China']
    >>> [m.text for m in find_branches("head of China Mobile's Gansu branch said")]
    ["China Mobile's Gansu branch"]
    """
    lex = load_lexicon()
    out = []
    for m in _BRANCH_OF.finditer(text):
        owner = _PHRASE.match(text, m.end())
        if owner is None or lex.place(m.group(1)) is None:
            continue
        name = owner.group().rstrip(".,")
        found = classify(name, 0)
        if len(found) == 1 and found[0].type == "Organization" and found[0].text == name:
            end = m.end() + len(name)
            kind = found[0].subtype
            out.append(Mention(m.start(), end, text[m.start() : end], "Organization", kind))
    for m in _OWNERS_BRANCH.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _FUNCTION:
            words.pop(0)
        name = " ".join(words)
        if not name or lex.place(m.group(2)) is None:
            continue
        found = classify(name, 0)
        if len(found) == 1 and found[0].type == "Organization" and found[0].text == name:
            start = m.start(1) + m.group(1).index(name)
            kind = found[0].subtype
            out.append(Mention(start, m.end(), text[start : m.end()], "Organization", kind))
    return out


_BODY_BEFORE = re.compile(
    r"(?:People['’]s\s+Government|CPC\s+Committee|(?<=[Tt]he\s)(?:people['’]s\s+)?government)"
    r"\s+of\s+(?:the\s+)?$"
)  # (the government of X Mongol and Tibetan Autonomous Prefecture)
_BODY_AFTER = re.compile(r"\s+(?:People['’]s\s+Government|CPC\s+Committee)\b")


def _area_body(area: Mention, text: str) -> Mention:
    """An autonomous area's people's government or CPC committee when its name is written
    around the area's (People's Government of X Mongol Autonomous Prefecture), else the area.
    """
    before = _BODY_BEFORE.search(text, max(0, area.start - 40), area.start)
    after = _BODY_AFTER.match(text, area.end)
    if before is not None:
        start = before.start()
        return Mention(start, area.end, text[start : area.end], "Organization", "Government")
    if after is not None:
        return Mention(
            area.start, after.end(), text[area.start : after.end()], "Organization", "Government"
        )
    return area


def find_governments(text: str) -> list[Mention]:
    """The places of China one plural "governments" names, each for its own government.

    >>> [m.text for m in find_governments("the governments of Qinghai and Gansu provinces")]
    ['Qinghai', 'Gansu']
    >>> [m.text for m in find_governments("The Xining, Haidong and Lanzhou municipal governments")]
    ['Xining', 'Haidong', 'Lanzhou']
    """
    lex = load_lexicon()
    out = []
    for m in _GOVERNMENTS.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        for name in re.finditer(_PLACE_NAME, m.group(group)):
            place = name.group()
            known = lex.place(place)
            if known is None or not known.chinese:
                continue
            start = m.start(group) + name.start()
            out.append(
                Mention(
                    start, start + len(place), place, "Organization", "Government", "government-of"
                )
            )
    return out


@cache
def _feature_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((row[0] for row in data_rows("feature_words.tsv", 1)), key=len))
    return re.compile(rf"\b((?:[A-Z][a-z]+\s+){{1,2}}(?:{words}))\b")


def find_features(text: str) -> list[Mention]:
    """Natural features under their names (data/feature_words.tsv): places.

    >>> [m.text for m in find_features("a solar base in the Tarim Basin and the Gobi Desert")]
    ['Tarim Basin', 'Gobi Desert']
    >>> [m.text for m in find_features("a dam on the upper Minjiang River, the Pearl River Delta")]
    ['Minjiang River', 'Pearl River Delta']
    >>> find_features("The Basin of X; Chinese Desert tours")
    []
    >>> [m.text for m in find_features("a port on Xinghua Bay; the Tarim Basin Oil Company")]
    ['Xinghua Bay']
    >>> find_features("Heard Island & McDonald Islands")
    []
    """
    lex = load_lexicon()
    out = []
    for hit in _feature_pattern().finditer(text):
        words = hit.group(1).split()[:-1]
        while words and words[0] in _FUNCTION:
            words.pop(0)
        if not words or any(
            lex.demonym(w) or lex.country(w) or w in _GENERIC or w in portfolio_words()
            for w in words
        ):
            continue  # the Land-Sea Trade Corridor: a route, no place
        start = hit.end(1) - len(" ".join([*words, hit.group(1).split()[-1]]))
        if lex.country(text[start : hit.end(1)]) or lex.body(text[start : hit.end(1)]):
            continue  # a state, a body the lexicon knows by such a name
        if re.match(r"\s*&|\s+(?:[A-Z]|Area\b)", text[hit.end(1) :]):
            continue  # the Beibu Gulf International Port Group, the Greater Bay Area: a longer name
        out.append(Mention(start, hit.end(1), text[start : hit.end(1)], "Place", None, "feature"))
    return out


#: a ministry (department, commission) whose portfolio lists its words with commas: the
#: Ministry of Investment, Trade and Industry
_LISTED_PORTFOLIO = re.compile(
    r"\b(?:(?:Federal|State)\s+)?(?:Ministry|Department|Commission)\s+(?:of|for)\s+(?:the\s+)?"
    r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?:,\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)+,?\s+and\s+"
    r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)"
)


#: the country a listed portfolio's ministry belongs to, written after it (… of Mongolia)
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b")

#: a chamber of commerce for the import and export of goods listed with commas (the national
#: chambers of China: … of Machinery and Electronic Products; … of Foodstuffs, Native Produce
#: and Animal By-products): one body, its list of goods whole
_TRADE_CHAMBER = re.compile(
    r"\b(?:(?:China|[A-Z][a-z]+)\s+)?Chamber\s+of\s+Commerce\s+for\s+(?:the\s+)?Import\s+and\s+"
    r"Export\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
)


def find_listed_portfolios(text: str) -> list[Mention]:
    """Ministries whose portfolio is a list with commas, whole, when every word of it is a
    portfolio's (data/portfolio_words.tsv): a name the phrase reader would cut at the comma.

    >>> [m.text for m in find_listed_portfolios("at Ruritania's Ministry of Energy, Mines and "
    ...     "Water, the minister said")]
    ['Ministry of Energy, Mines and Water']
    >>> find_listed_portfolios("the Ministry of Commerce, Acme Group and Beta Bank")
    []
    """
    out = []
    lex = load_lexicon()
    for m in _LISTED_PORTFOLIO.finditer(text):
        words = re.findall(r"[A-Z][a-z]+", m.group(1))
        if all(w in portfolio_words() for w in words):
            end = m.end()
            owner = _OF_OWNER.match(text, end)  # … Light Industry of Mongolia: the country's
            if owner is not None and lex.country(owner.group(1)) is not None:
                end = owner.end()
            out.append(Mention(m.start(), end, text[m.start() : end], "Organization", "Government"))
    for m in _TRADE_CHAMBER.finditer(text):  # a chamber for the import and export of X, Y and Z
        if _free(out, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), m.group(), "Organization", None))
    for m in _DEPARTMENT_FOR.finditer(text):  # the State Department for Trade (A B): its words
        if not _free(out, m.start(), m.end()):
            continue
        words = m.group(1).split()
        while words and (words[-1] == "and" or words[-1] not in portfolio_words()):
            words.pop()
        if words and all(w == "and" or w in portfolio_words() for w in words):
            end = m.start(1) + len(" ".join(words))
            out.append(Mention(m.start(), end, text[m.start() : end], "Organization", "Government"))
    return out


#: an airport under its name (Lanzhou Zhongchuan International Airport): the body that runs
#: it, not the city its name begins with
_AIRPORT = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,4}(?:International\s+)?Airport"
    r"(?:\s+(?:Co\.?,?\s+Ltd\b\.?|Group\b|Company\b))?(?!\s+[A-Z])"
)
#: an airline named "Air" and its country or city (Air Astana, Air Macau)
_AIRLINE = re.compile(r"\bAir\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


#: a Mongolian name as Mongolian outlets write it: the initial of the patronymic, a dot and the
#: given name with no space (B.Tuvshinbayar, Ts.Naran, Kh.Battulga)
_MONGOLIAN_NAME = re.compile(
    r"(?<![\w.])((?:Ch|Sh|Ts|Kh|Zh|[A-Z])\.[A-Z][a-z]{3,})\b(?!\.[A-Za-z])"
)


def find_mongolian_names(text: str) -> list[Mention]:
    """Persons named the Mongolian way (B.Tuvshinbayar, Ts.Naran): the initial of the
    father's name joined to the given name by a dot.

    >>> [m.text for m in find_mongolian_names("Minister Ts.Naran and Ambassador B.Bold met.")]
    ['Ts.Naran', 'B.Bold']
    >>> find_mongolian_names("St.Petersburg, the U.S.Navy and Mr.Smith")
    []
    """
    return [
        Mention(m.start(1), m.end(1), m.group(1), "Person", None, "name")
        for m in _MONGOLIAN_NAME.finditer(text)
        if not re.match(r"(?:[A-Z]\.){2}", text[m.start() :])
    ]


def find_transport_bodies(text: str) -> list[Mention]:
    """Airports and airlines named after a place (Lanzhou Zhongchuan International Airport,
    Air Astana): organisations, whose place word is no place of its own.

    >>> [m.text for m in find_transport_bodies("Executives of Lanzhou Zhongchuan International "
    ...     "Airport met a delegation of Uzbekistan's Air Samarkand.")]
    ['Lanzhou Zhongchuan International Airport', 'Air Samarkand']
    >>> find_transport_bodies("The Open Air Museum in Lanzhou; the air show")
    []
    """
    lex = load_lexicon()
    out = []
    for m in _AIRPORT.finditer(text):
        start = m.start()
        words = m.group().split()
        while words and (words[0] in _FUNCTION or words[0] in ("The", "An", "A")):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 and words[0] != "Airport":
            out.append(Mention(start, m.end(), text[start : m.end()], "Organization", "Company"))
    for m in _AIRLINE.finditer(text):
        if re.search(r"\b[A-Z][a-z]*\s+$", text[max(0, m.start() - 20) : m.start()]):
            continue  # the Open Air Museum: inside a longer name
        if lex.place(m.group(1)) is not None or lex.country(m.group(1)) is not None:
            out.append(Mention(m.start(), m.end(), m.group(), "Organization", "Company"))
    return out


#: a department named for its portfolio with "for" (the State Department for Trade, the
#: Department for Business and Trade): one body, whatever name follows
_DEPARTMENT_FOR = re.compile(
    r"\b(?:State\s+)?(?:Department|Ministry)\s+for\s+([A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,4})"
)


#: a quoted theme, slogan or title: its capitalised words name nothing
_SLOGAN = re.compile(
    r"\b(?:[Tt]hemed|[Tt]heme|[Ss]logan|[Mm]otto|[Tt]itled|[Ee]ntitled|[Dd]ubbed)\b[^\"“]{0,20}"
    r"[\"“]([^\"”]{1,160})[\"”]"
)


#: a division of a foreign country named with its kind: the Australian state of Victoria, the
#: Russian city of Kazan, the state of Parana in Brazil
_DIVISION_ABROAD = re.compile(
    r"\b[Tt]he\s+(?:([A-Z][a-z]+)\s+)?(?:state|province|region|prefecture|oblast|emirate"
    r"|governorate|canton|county|city|municipality)\s+of\s+"
    rf"([{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}})"
    r"(?:(?:\s+in\s+|,\s+)(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
)


def find_divisions_abroad(text: str) -> list[Mention]:
    """Places abroad named with their kind and country (the Australian state of Victoria, the
    Japanese prefecture of Shizuoka, the state of Parana in Brazil): the place, by its name.

    >>> [m.text for m in find_divisions_abroad("signed with the Australian state of Victoria.")]
    ['Victoria']
    >>> find_divisions_abroad("the city of Lanzhou"), find_divisions_abroad("Chinese city of X")
    ([], [])
    """
    lex = load_lexicon()
    china = lex.country("China")
    out = []
    for m in _DIVISION_ABROAD.finditer(text):
        demonym = lex.demonym(m.group(1)) if m.group(1) else None
        country = lex.country(m.group(3)) if m.group(3) else None
        abroad = (demonym is not None and demonym != china) or (
            m.group(1) is None and country is not None and country != china
        )
        place = lex.place(m.group(2))
        if abroad and not (place is not None and place.chinese):
            out.append(Mention(m.start(2), m.end(2), m.group(2), "Place", None, "division-abroad"))
    return out


#: a town then its country after a comma: headquartered in Rueil-Malmaison, France; in
#: Mendoza, Argentina
_TOWN_COUNTRY = re.compile(
    r"\b(in|at|from|near|with)\s+"
    rf"([{UPPER}][\w'’]+(?:[\s-][{UPPER}][\w'’]+){{0,2}}),\s+(?:the\s+)?"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b(?!['’])"
)
#: what ends a town's country after "with" (not a list: with A, Kazakhstan and Uzbekistan)
_TOWN_COUNTRY_END = re.compile(r"\s*(?:[.;:)]|$|,(?!\s*[A-Z]))")


def find_towns_abroad(text: str) -> list[Mention]:
    """A town abroad written with its country after a comma (based in X, France): a place.

    >>> [m.text for m in find_towns_abroad("Acme, headquartered in Rueil-Malmaison, France,")]
    ['Rueil-Malmaison']
    >>> find_towns_abroad("in Acme Tower, Lanzhou"), find_towns_abroad("in June, China")
    ([], [])
    """
    lex = load_lexicon()
    out = []
    for m in _TOWN_COUNTRY.finditer(text):
        if m.group(1) == "with" and not _TOWN_COUNTRY_END.match(text, m.end()):
            continue  # signed with A, Kazakhstan and Uzbekistan: a list of parties
        country = lex.country(m.group(3))
        words = re.split(r"[\s-]", m.group(2))
        if (
            country is None
            or country.iso2 == "CN"
            or lex.place(m.group(2)) is not None
            or lex.country(m.group(2)) is not None
            or lex.body(m.group(2)) is not None
            or any(
                w in _FUNCTION or w in _WEEKDAYS_MONTHS or w in _GENERIC or w in _GENERIC_ORG
                for w in words
            )
        ):
            continue
        out.append(Mention(m.start(2), m.end(2), m.group(2), "Place", None, "town-abroad"))
    return out


#: a numbered unit of a body (the 14th Research Institute of X, the 3rd Engineering Bureau of
#: Y): the unit's whole name, its number with it
_NUMBERED_UNIT = re.compile(
    r"\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Institute|Academy|Bureau|Division"
    r"|Brigade|Hospital|Branch)\s+of\s+(?:the\s+)?"
    rf"{_CAP}(?:\s+(?:(?:of|for|and|the|&)\s+)*{_CAP})*"
)


def find_numbered_units(text: str) -> list[Mention]:
    """A body's numbered unit named with its number and its body (the 14th Research Institute
    of Acme Group): one organisation.

    >>> [m.text for m in find_numbered_units("the 14th Research Institute of Acme Group said")]
    ['14th Research Institute of Acme Group']
    """
    return [
        Mention(hit.start(), hit.end(), hit.group(), "Organization", "Other")
        for hit in _NUMBERED_UNIT.finditer(text)
    ]


def recognize(text: str) -> list[Mention]:
    """Entity and title mentions of one sentence (offsets into ``text``)."""
    roles = find_roles(text)
    fairs = find_fairs(text)
    bodies = [b for b in find_numbered_units(text) if _free(fairs, b.start, b.end)]
    bodies += [b for b in find_known_names(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_listed_portfolios(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_transport_bodies(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_mongolian_names(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_features(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_missions(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_zones(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_divisions_abroad(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_towns_abroad(text) if _free([*fairs, *bodies], b.start, b.end)]
    areas = [_area_body(b, text) for b in find_autonomous_areas(text)]
    areas += [a for a in _lower_autonomous(text) if _free(areas, a.start, a.end)]
    bodies += [b for b in areas if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_branches(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_governments(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_lower_bodies(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_lower_counties(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_listed_counties(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_lower_departments(text) if _free([*fairs, *bodies], b.start, b.end)]
    bodies += [b for b in find_context_bodies(text) if _free([*fairs, *bodies], b.start, b.end)]
    fairs += bodies
    taken = [*fairs]
    roles = [r for r in roles if _free(taken, r.start, r.end)]
    taken += roles
    out: list[Mention] = [*fairs, *roles]
    masked = list(text)
    for m in taken:
        masked[m.start : m.end] = "\0" * (m.end - m.start)
    for q in _SLOGAN.finditer(text):  # Themed "Open Markets, Shared Prosperity": no names
        masked[q.start(1) : q.end(1)] = "\0" * (q.end(1) - q.start(1))
    for q in _MALAY_BEFORE_NAME.finditer(text):  # Datuk Seri A B: the name is A B
        if _free(taken, q.start(), q.end()):
            masked[q.start() : q.end()] = "\0" * (q.end() - q.start())
    for q in _DATE_WORD.finditer(text):  # A on Monday in Lanzhou with B: no name runs on
        if _free(taken, q.start(), q.end()):
            masked[q.start() : q.end()] = "\0" * (q.end() - q.start())
    owners = _owner_adjectives(text, taken)
    for owner, end in owners:  # Temasek-backed X: the owner is its own name, and no party
        masked[owner.start : end] = "\0" * (end - owner.start)
    out.extend(owner for owner, _ in owners)
    owned = {end + 1 for _, end in owners}  # where the owned company's name begins
    flat = "".join(masked)
    for match in _PHRASE.finditer(flat):
        phrase = match.group()
        if phrase.endswith(".") and not _ABBREVIATION.search(phrase):
            phrase = phrase[:-1]  # the full stop of the sentence
        posted = _posted_to(flat[: match.start()], phrase)
        if posted:  # Ambassador to China A B: the country the title names, then the name
            country, rest = posted
            out.extend(classify(country, match.start()))
            at = match.start() + phrase.index(rest, len(country))
            out.append(Mention(at, at + len(rest), rest, "Person", "candidate"))
            other = re.match(r"\s+and\s+(.+)", flat[at + len(rest) : match.start() + len(phrase)])
            if other is not None and _name_run(other.group(1).split(), lead=True):
                # … A B and C D: the other name of the pair
                begin = at + len(rest) + other.start(1)
                out.append(
                    Mention(
                        begin, begin + len(other.group(1)), other.group(1), "Person", "candidate"
                    )
                )
            continue
        of_country = _OF_COUNTRY.match(phrase)
        after = _AFTER_COUNTRY.match(phrase, of_country.end()) if of_country else None
        if (
            of_country
            and load_lexicon().country(of_country.group(2)) is not None
            and (after is not None or of_country.end() == len(phrase))
        ):  # Okada & Co. of Japan (and B, in Lanzhou): the company, and its country beside it
            at = match.start() + of_country.start(2)
            company = of_country.group(1)
            out.extend(classify(company, match.start()))
            country = of_country.group(2)
            out.append(Mention(at, at + len(country), country, "Country", None, "of-company"))
            if after is not None and after.end() < len(phrase):
                out.extend(classify(phrase[after.end() :], match.start() + after.end()))
            continue
        if match.start() in owned and not _ABBREVIATION.search(phrase):
            # Temasek-backed Marlow Ports (in Lanzhou): what an owner backs is a company
            cut = re.search(r"\s+(?:in|at|on|with|for|and)\s+(?:the\s+)?", phrase)
            name = phrase[: cut.start()] if cut else phrase
            end = match.start() + len(name)
            out.append(Mention(match.start(), end, name, "Organization", "Company"))
            if cut is not None:
                out.extend(classify(phrase[cut.end() :], match.start() + cut.end()))
            continue
        where = _IN_PLACE.fullmatch(phrase)
        if where is not None and (
            load_lexicon().place(where.group(2)) or load_lexicon().country(where.group(2))
        ):  # … Bank of China in Lanzhou: the bodies, then where they are
            head = classify(where.group(1), match.start())
            if head and all(m.type == "Organization" for m in head):
                at = match.start() + where.start(2)
                out.extend(head)
                out.append(Mention(at, at + len(where.group(2)), where.group(2), "Place"))
                continue
        holders = _body_holders(phrase, match.start())
        if holders and _BODY_SLOT.search(flat, max(0, match.start() - 12), match.start()):
            out.extend(holders)  # Prime Minister of Mongolia A B and C D, …: two people
            continue
        found = classify(phrase, match.start())
        end = match.start() + len(phrase)
        if (
            2 <= len(phrase.split()) <= 3
            and not _name_run(phrase.split())
            and _name_run(phrase.split(), lead=True)
            and any(
                r.type == "Role"
                and (_apposed(text[end : r.start]) or text[r.end : match.start()] == " ")
                for r in roles
            )
        ):  # Ali Mamat, vice chairman of …; Ali Raza, Pakistan's ambassador …; Deputy Prime
            # Minister Milan Petrovic: a name whose first word is also a place's
            found = [Mention(match.start(), end, phrase, "Person", "candidate")]
        slot = _BODY_SLOT.search(flat, max(0, match.start() - 12), match.start())
        if slot and _unread(phrase, match.start(), found):
            # president of Acme Healthineers Greater China: the title's body, whatever its words
            whole = Mention(match.start(), match.start() + len(phrase), phrase, "Organization")
            found = _title_body(phrase, match.start(), [whole])
        elif slot and len(found) == 1 and found[0].type == "Organization":
            found = _title_body(phrase, match.start(), found)  # of the Bank of Zambia A B
        elif slot and not found and re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+", phrase):
            # chairman of KazMunayGas: one word with capitals inside is a company's name
            end = match.start() + len(phrase)
            found = [Mention(match.start(), end, phrase, "Organization", "Company")]
        elif slot and not found and re.fullmatch(r"[A-Z][A-Z&]{2,7}", phrase):
            # vice-president of NWAFU: letters a title's body is written in name a body
            end = match.start() + len(phrase)
            found = [Mention(match.start(), end, phrase, "Organization", "Other", "acronym-body")]
        out.extend(
            m
            for m in found
            if not (m.type == "Country" and re.match(r"\s+dollars|\$", text[m.end :]))
        )  # U.S. dollars, US$: a currency
    out.extend(_acronyms(text, out))
    listed = _listed(text, out)
    out = [m for m in out if not any(m.overlaps(x) for x in listed)] + listed
    described = [
        (h.start(1), h.end(1), h.group(1)) for h in _described().finditer(flat)
    ]  # Chinese automaker BYD, tech firm Netac, the label Daniel Hechter
    described += [
        (h.start(1), h.end(1), h.group(1))
        for h in _NAMED_GROUP.finditer(re.sub(r"\b(?:The|A|An|This|That)\s", _blank, flat))
        if not re.search(r"\d", h.group(1))
        and load_lexicon().place(h.group(1)) is None
        and load_lexicon().country(h.group(1)) is None
        and load_lexicon().demonym(h.group(1).split()[0]) is None
        and h.group(1).split()[0] not in _FUNCTION
    ]  # the Galeries Lafayette group
    lex = load_lexicon()
    title_words = {w for t in lex.titles for w in t.split()}
    for h in [
        *_described_after().finditer(flat),
        *_described_before().finditer(flat),
        *_OWNED.finditer(flat),
        *(
            c
            for c in [
                *_CHIEF_OF.finditer(text),
                *_CHIEF_BEFORE.finditer(text),
                *_CHIEF_OWNED.finditer(text),
                *(o for o in _SCOPED_OWNED.finditer(text) if _scope_before(text, o.start("title"))),
            ]
            if flat[c.start(1) : c.end(1)] == c.group(1)  # (the title is read; the name not)
            and not (  # Chairman of Zentrix Medical Peter Banda attended: a name runs on
                c.re is _CHIEF_OF
                and len(c.group(1).split()) >= 3
                and re.match(r"\s+[a-z]", text[c.end(1) :])
            )
        ),
    ]:
        name = h.group(1)
        words = name.split()
        while words and words[0] in _FUNCTION:
            words.pop(0)
        name = " ".join(words)
        if h.re in (_CHIEF_OF, _CHIEF_BEFORE, _CHIEF_OWNED, _SCOPED_OWNED) and (
            any(
                w in title_words
                or w in _FUNCTION
                or w in _GENERIC
                or w in _GENERIC_ORG
                or w in _NOT_A_COMPANY
                or (w in portfolio_words() and h.re not in (_CHIEF_OWNED, _SCOPED_OWNED))
                for w in words
            )
            or lex.body(name) is not None
        ):
            continue  # Vice President A, CEO of the Board: title words, no company
        if (
            not name
            or lex.place(name)
            or lex.country(name)
            or lex.demonym(words[0])
            or is_chinese_name(name)
            or name in _WEEKDAYS_MONTHS
        ):
            continue
        start = h.start(1) + h.group(1).index(name)
        described.append((start, start + len(name), name))
    for start, end, name in described:
        start = _trades_before(text, start, name)  # Acme Food and Ingredients, a processor
        name = text[start:end]
        inside = [o for o in out if o.start < end and start < o.end]
        if all(
            (o.type == "Person" and o.subtype == "candidate")
            or (o.type in ("Country", "Place") and o.start == start and o.end < end)
            for o in inside
        ):  # railway company Uzbekistan Temir Yollari: a country's name opens the company's
            out = [o for o in out if o not in inside]
            out.append(Mention(start, end, name, "Organization", "Company"))
    for hit in _SUBSIDIARY.finditer(flat):  # its subsidiary COFCO International: one company
        start, end = hit.span(1)
        inside = [o for o in out if o.start < end and start < o.end]
        if all(
            (o.type == "Person" and o.subtype == "candidate")
            or (o.type in ("Organization", "Place", "Country") and o.start == start and o.end < end)
            for o in inside
        ):
            out = [o for o in out if o not in inside]
            out.append(Mention(start, end, hit.group(1), "Organization", "Company"))
    for hit in _ZONE.finditer(text):  # the Guangxi pilot free trade zone: a place
        inside = [o for o in out if o.start < hit.end() and hit.start(1) < o.end]
        if all(o.type == "Place" and o.start == hit.start(1) for o in inside):
            out = [o for o in out if o not in inside]
            out.append(Mention(hit.start(1), hit.end(), hit.group(), "Place", "zone"))
    for hit in _DIVISION.finditer(text):  # Futian district, Alberta province
        if load_lexicon().demonym(hit.group(1)) is not None or hit.group(1) in _FUNCTION:
            continue  # a Canadian province; The province, This county: no name
        if not any(o.start <= hit.start(1) < o.end for o in out if o.type != "Role"):
            out.append(Mention(hit.start(1), hit.end(1), hit.group(1), "Place", None, "division"))
    for hit in DELEGATION.finditer(text):  # a Lao delegation: Laos sends it
        if load_lexicon().demonym(hit.group(1)) is not None and _free(out, *hit.span(1)):
            out.append(Mention(*hit.span(1), hit.group(1), "Country", None, "demonym"))
    for hit in [*DEMONYM_GROUP.finditer(text), *DEMONYM_TITLE.finditer(text)]:
        # the Lao side, Uzbek officials, the Kazakh Consul General in Urumqi: the country
        sender = load_lexicon().demonym(hit.group(1))
        if sender is None or sender.iso2 == "CN" or not _free(out, *hit.span(1)):
            continue  # the Chinese side: China is written where it stands on its own
        out.append(Mention(*hit.span(1), hit.group(1), "Country", None, "demonym"))
        end = hit.start(1)  # Thai, Lao and Vietnamese companies: each country
        while (before := _DEMONYM_BEFORE.search(text, max(0, end - 40), end)) is not None:
            word = before.group(1)
            if load_lexicon().demonym(word) in (None, load_lexicon().country("China")):
                break
            if not _free(out, *before.span(1)):
                break
            out.append(Mention(*before.span(1), word, "Country", None, "demonym"))
            end = before.start(1)
    out = list({(m.start, m.end): m for m in out}.values())  # an acronym's reading wins
    out = _venues_with_city(text, out)
    out = [
        m
        for m in out
        if m.type not in ("Organization", "Place")
        or not generic_org(m.text)
        or (m.subtype == "venue" and m.text.endswith(")"))
    ]
    found = _bodies_after_titles(text, _persons_by_context(text, out))
    parties = _signing_parties(text, flat, found)
    found = [m for m in found if not any(m.overlaps(p) for p in parties)] + parties
    found = _body_for_zone(text, _spelled_by_acronym(text, found))
    found = [
        _zone_committee(text, _country_of_company(text, m))
        for m in found
        if not _BASED_WORD.fullmatch(m.text) and not _document_named(m)
    ]
    return sorted(m for f in found for m in _of_where(f) for m in _acronym_and(m))


#: the committee that runs a zone, written in lower case after its name (and its short form)
_ZONE_COMMITTEE = re.compile(r"(\s+\([A-Z]{2,8}\))?\s+(?:administrative|management)\s+committee\b")


def _zone_committee(text: str, m: Mention) -> Mention:
    """A zone's name with its committee after it in lower case (the Acme Development Area
    (ADA) administrative committee): the committee, one body, named without the bracket.

    >>> t = "with the Acme Development Area (ADA) administrative committee on Monday"
    >>> _zone_committee(t, Mention(9, 30, "Acme Development Area", "Place", "zone")).text
    'Acme Development Area administrative committee'
    """
    hit = _ZONE_COMMITTEE.match(text, m.end)
    if hit is None or m.type not in ("Place", "Organization"):
        return m
    if not re.search(r"\b(?:Area|Zone|Park|District)$", m.text):
        return m
    name = m.text + text[hit.end(1) if hit.group(1) else m.end : hit.end()]
    return Mention(m.start, hit.end(), name, "Organization", "Government", m.origin)


#: the words of a document signed, which no person's name holds (a headline's Premier Renews
#: Sister-Province Agreement: no person)
_DOCUMENT_WORD = re.compile(
    r"\b(?:Agreements?|Memorand(?:um|a|ums)|MoUs?|MOUs?|Contracts?|Deals?|Pacts?|Accords?"
    r"|Protocols?)$"
)


def _document_named(m: Mention) -> bool:
    """Whether a person's reading ends in a document's word (Renews Trade Agreement): none.

    >>> _document_named(Mention(0, 22, "Renews Trade Agreement", "Person"))
    True
    """
    return m.type == "Person" and _DOCUMENT_WORD.search(m.text) is not None


#: a word that says where a company is based or who owns it (the Dubai-based …): no name
_BASED_WORD = re.compile(r"[A-Z][\w'’.-]*-(?:based|headquartered|owned|backed|listed|registered)")


@cache
def _kind_before_name() -> re.Pattern[str]:
    """A kind of business, up to three words before it, then a name (chip designer Acme)."""
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?{company_nouns(True)}\s+(?:the\s+)?[A-Z]")


def _country_of_company(text: str, m: Mention) -> Mention:
    """A country written before the kind of business a company's name follows (UK chip
    designer Acme): where the company is from (``of-company``), no party of its own.

    >>> t = "with UK chip company Acme Technologies."
    >>> _country_of_company(t, Mention(5, 7, "UK", "Country")).origin
    'of-company'
    >>> _country_of_company("with the UK on trade", Mention(9, 11, "UK", "Country")).origin
    'rule'
    """
    if m.type == "Country" and _kind_before_name().match(text, m.end):
        return dataclasses.replace(m, origin="of-company")
    return m


#: the little words a name's initials skip (Trade and Export Partnership: TEP)
_INITIAL_SKIPS = frozenset(["and", "&", "for", "of", "the", "de", "on", "in"])
#: a capitalised run of words right before a bracketed acronym (… Export Partnership (STEP))
_RUN_WORD = r"(?:[A-Z][\w'’.-]*|and|&|for|of|the|de|on|in)"
_RUN_BEFORE_ACRONYM = re.compile(rf"({_RUN_WORD}(?:[ ]+{_RUN_WORD})*)[ ]+\(([A-Z][A-Z&]{{1,9}})\)")


def _spelled_by_acronym(text: str, found: Sequence[Mention]) -> list[Mention]:
    """One organisation for the words a bracketed acronym spells, letter by first letter
    (Ashgrove Trade and Export Partnership (ATEP): one body, not a place and a person), when
    the words were read as several names or as a shorter one. The shortest run of words
    ending before the bracket whose initials (skipping and, for, of, the) are the acronym.

    >>> [m.text for m in _spelled_by_acronym(
    ...     "The Ashgrove Trade and Export Partnership (ATEP) signed.",
    ...     [Mention(4, 12, "Ashgrove", "Place"),
    ...      Mention(23, 41, "Export Partnership", "Person", "candidate")])]
    ['Ashgrove Trade and Export Partnership']
    """
    out = list(found)
    for hit in _RUN_BEFORE_ACRONYM.finditer(text):
        words = list(re.finditer(r"\S+", hit.group(1)))
        acronym = hit.group(2).replace("&", "")
        for first in range(len(words) - 1, -1, -1):
            lead = words[first].group()
            if not lead[0].isupper() or lead in _FUNCTION:
                continue
            content = [w.group() for w in words[first:] if w.group() not in _INITIAL_SKIPS]
            if "".join(w[0] for w in content) != acronym:
                continue
            if len(content) < 2:
                break
            start, end = hit.start(1) + words[first].start(), hit.start(1) + words[-1].end()
            inside = [m for m in out if m.start < end and start < m.end]
            if (
                inside
                and not (len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end))
                and all(
                    start <= m.start
                    and m.end <= end
                    and (m.type in ("Organization", "Place") or m.subtype == "candidate")
                    for m in inside
                )
            ):
                name = text[start:end]
                out = [m for m in out if m not in inside]
                out.append(Mention(start, end, name, "Organization", org_kind(name) or "Other"))
            break
    return out


#: what an authority is for: the … for the (zone)
_FOR_THE = re.compile(r"\s+(?:for|of)\s+the\s+")
#: the last word of a body set over a zone (the General Authority for the X Zone)
_ZONE_BODY = re.compile(r"\b(?:Authority|Administration|Agency|Commission|Committee|Corporation)$")


def _body_for_zone(text: str, found: Sequence[Mention]) -> list[Mention]:
    """A body named for the zone it runs (the General Authority for the Harbour Free Zone):
    one organisation, not a generic body beside a zone.

    >>> [m.text for m in _body_for_zone(
    ...     "The General Authority for the Harbour Free Zone signed.",
    ...     [Mention(4, 21, "General Authority", "Organization", "Other"),
    ...      Mention(30, 47, "Harbour Free Zone", "Place", "zone")])]
    ['General Authority for the Harbour Free Zone']
    """
    out = sorted(found)
    for body, zone in zip(out, out[1:], strict=False):
        if (
            body.type == "Organization"
            and _ZONE_BODY.search(body.text)
            and zone.type == "Place"
            and zone.subtype == "zone"
            and _FOR_THE.fullmatch(text[body.end : zone.start])
        ):
            name = text[body.start : zone.end]
            joined = Mention(body.start, zone.end, name, "Organization", body.subtype)
            return _body_for_zone(text, [m for m in out if m not in (body, zone)] + [joined])
    return out


def _acronym_and(m: Mention) -> list[Mention]:
    """An organisation read as "ACRONYM and <a name>" (KTZB and Acme Group): two, the
    acronym a name of its own, when what follows "and" reads alone as a whole organisation.

    >>> [x.text for x in _acronym_and(
    ...     Mention(0, 22, "KTZB and Halvard Group", "Organization", "Company"))]
    ['KTZB', 'Halvard Group']
    """
    hit = re.fullmatch(r"([A-Z]{2,6}\d*)\s+and\s+(.+)", m.text)
    if m.type != "Organization" or hit is None or load_lexicon().bodies.get(m.text):
        return [m]
    at = m.start + hit.start(2)
    rest = classify(hit.group(2), at)
    if len(rest) != 1 or rest[0].type != "Organization" or rest[0].text != hit.group(2):
        return [m]
    acronym = Mention(
        m.start, m.start + len(hit.group(1)), hit.group(1), "Organization", "Company", "party"
    )
    return [acronym, rest[0]]


#: a company's name and where it is after "of" (Acme Group of Hubei Province, Castor Mobis of
#: the ROK): the company, and the place or country beside it
_OF_WHERE = re.compile(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
#: the last words of a company's name that a place after "of" is not part of
_COMPANY_END = re.compile(r"\b(?:Corporation|Corp\.?|Group|Company|Holdings|Co\.|Ltd\.?|Inc\.)$")
#: those before a country that is not part of the name either (Shipping Corporation of India is
#: a name; Acme Group of Japan is not)
_COMPANY_END_ABROAD = re.compile(r"\b(?:Group|Holdings|Co\.|Ltd\.?|Inc\.)$")


def _of_where(m: Mention) -> list[Mention]:
    """A company mention that runs on with "of" and a place or country (Acme Motor
    Corporation of Hubei Province; a signing's party Castor Mobis of the ROK): the company,
    and the place (country) of origin ``of-company`` beside it, which signs nothing; any other
    mention as it is.

    >>> [(x.text, x.type) for x in _of_where(
    ...     Mention(0, 38, "Acme Motor Corporation of Hubei Province", "Organization", "Company"))]
    [('Acme Motor Corporation', 'Organization'), ('Hubei Province', 'Place')]
    >>> [x.text for x in _of_where(
    ...     Mention(0, 28, "Shipping Corporation of India", "Organization", "Company"))]
    ['Shipping Corporation of India']
    """
    if m.type != "Organization" or m.origin not in ("rule", "party", None):
        return [m]
    hit = _OF_WHERE.fullmatch(m.text)
    if hit is None or len(hit.group(1).split()) < 2:
        return [m]
    head, where = hit.group(1), hit.group(2)
    at = m.start + hit.start(2)
    read = classify(where, at)
    if len(read) != 1 or read[0].type not in ("Place", "Country") or read[0].text != where:
        return [m]
    if load_lexicon().bodies.get(m.text) is not None:
        return [m]  # a name of the lexicon (… Bank of China)
    country = read[0].type == "Country"
    place = not country
    last = head.split()[-1]
    if place and not country:
        fits = _COMPANY_END.search(head) is not None or (
            m.origin == "party" and last not in _GENERIC_ORG
        )
    else:
        fits = _COMPANY_END_ABROAD.search(head) is not None or (
            m.origin == "party" and last not in _GENERIC_ORG and not _COMPANY_END.search(head)
        )
    if not fits:
        return [m]
    company = Mention(m.start, m.start + len(head), head, m.type, m.subtype, m.origin)
    beside = dataclasses.replace(read[0], origin="of-company")
    return [company, beside]


#: a day or a date written inside a run of capitalised words (A on Monday in Lanzhou with B,
#: A on July 8 signed …): part of no name
_DATE_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+\d{1,2}\b)"
)
#: a company's owner written as an adjective before its name (Temasek-backed X, Alibaba-owned
#: Y): the owner, then the word that ties it
_OWNER_ADJECTIVE = re.compile(
    r"\b([A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,2})-(backed|owned|funded|controlled|financed"
    r"|invested|sponsored)\s+(?=[A-Z])"
)
#: capitalised words that are no owner (State-owned, Foreign-funded at a sentence's start)
_NO_OWNER = frozenset(
    [
        "State",
        "Foreign",
        "Government",
        "Family",
        "Privately",
        "Wholly",
        "Jointly",
        "Publicly",
        "Locally",
        "Partly",
        "Majority",
        "Minority",
        "Venture",
        "Capital",
    ]
)
#: a company under its legal form, then the country it is of (Okada & Co. of Japan)
_OF_COUNTRY = re.compile(
    r"(.+?(?:\bCo\.|\bLtd\.?|\bInc\.|\bCorp\.|\bLLC|\bPLC|\bGmbH|\bAG|\bS\.A\.|\bLimited))"
    r"\s+of\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)

#: a run of capitalised words that ends with where its bodies are (… Bank of China in Lanzhou)
_IN_PLACE = re.compile(r"(.+?)\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
#: what may follow "X Co. of Japan" inside one run of capitalised words: and B, in Lanzhou
_AFTER_COUNTRY = re.compile(r"\s+(?:(?:and|in|at|on|with|for|the|&)\s+)+")


def _owner_adjectives(text: str, taken: Sequence[Mention]) -> list[tuple[Mention, int]]:
    """The owners written as adjectives before a name (Temasek-backed PSA): each an
    organisation of origin ``owner-adjective``, which signs nothing, and where its adjective
    ends."""
    lex = load_lexicon()
    out = []
    for q in _OWNER_ADJECTIVE.finditer(text):
        owner = q.group(1)
        if not _free(taken, q.start(1), q.end(2)):
            continue
        if (
            owner.split()[0] in _NO_OWNER
            or owner.split()[0] in _FUNCTION
            or lex.country(owner) is not None
            or lex.demonym(owner) is not None
            or lex.place(owner) is not None
        ):  # State-owned, Chinese-owned: no owner named (and State-owned Assets … is a name)
            continue
        out.append(
            (
                Mention(q.start(1), q.end(1), owner, "Organization", "Company", "owner-adjective"),
                q.end(2),
            )
        )
    return out


#: a title (blanked out) then "of" or "at": a body's slot
_BODY_SLOT = re.compile(r"\0\s+(?:of|at)\s+(?:the\s+)?$")


def _unread(phrase: str, start: int, found: Sequence[Mention]) -> bool:
    """Whether a phrase of two or more words is read as no person, organisation or fair and
    leaves a capitalised word of its own outside the places and countries read in it (Acme
    Healthineers Greater China: only China)."""
    if len(phrase.split()) < 2 or any(m.type in ("Person", "Organization", "Fair") for m in found):
        return False  # a name read already (the Dubai-based Gulf Trading Group)
    if phrase.split()[0] in _FUNCTION or re.match(r"[A-Z][\w.-]*['’]s\s", phrase):
        return False
    if all(
        w in portfolio_words() or w in ("and", "of", "&") for w in phrase.replace(",", "").split()
    ):
        return False  # Minister of Agriculture and Rural Affairs: a portfolio, not a body
    covered = [False] * len(phrase)
    for m in found:
        covered[max(0, m.start - start) : m.end - start] = [True] * (m.end - m.start)
    lex = load_lexicon()
    for word in re.finditer(r"[A-Z][\w'’.&-]*", phrase):
        if not any(covered[word.start() : word.end()]) and lex.demonym(word.group()) is None:
            return True  # a demonym before a region is no name of its own (the Argentine X)
    return False


#: words of administrative divisions, which no person's name holds
_DIVISION_WORDS = frozenset(
    [
        "Autonomous",
        "Region",
        "Regional",
        "Province",
        "Provincial",
        "Municipality",
        "Municipal",
        "Prefecture",
        "County",
        "District",
        "City",
        "Banner",
    ]
)


def _body_holders(phrase: str, start: int) -> list[Mention] | None:
    """The body behind "TITLE of" with its holder's name, then "and" another person's name
    (Prime Minister of Mongolia A B and C D, First Vice Prime Minister of …): the body, the
    holder and the other person; None when the phrase is not so.

    >>> [(m.text, m.type) for m in _body_holders("Mongolia Batu Erdene and Aibek Toktar", 0)]
    [('Mongolia', 'Country'), ('Batu Erdene', 'Person'), ('Aibek Toktar', 'Person')]
    >>> _body_holders("Industry and Information Technology", 0) is None
    True
    """
    at = phrase.rfind(" and ")
    if at < 0:
        return None
    head, tail = phrase[:at], phrase[at + 5 :]
    if not (2 <= len(tail.split()) <= 3 and _name_run(tail.split(), lead=True)):
        return None
    if " and " in head or not head:
        return None
    unread = Mention(start, start + len(head), head, "Organization", "whole")
    found = _title_body(head, start, [unread])
    if len(found) < 2 or found[-1].type != "Person":
        return None
    other = Mention(start + at + 5, start + len(phrase), tail, "Person", "candidate")
    return [*found, other]


def _title_body(phrase: str, start: int, fallback: list[Mention]) -> list[Mention]:
    """The body behind "TITLE of", then the holder's name when one ends the phrase (Governor of
    the Bank of Zambia A B, Secretary-General of ASEAN A B C); else ``fallback``."""
    lex = load_lexicon()
    words = phrase.split()
    if _whole_body(phrase):  # Department of Commerce of Ningxia Hui Autonomous Region
        return fallback
    if any(phrase.endswith(" " + s) for s in lex.org_suffixes if " " in s):
        return fallback  # … of the China (Hubei) Pilot Free Trade Zone: no name ends it
    for size in (3, 2):
        tail = words[-size:]
        if len(words) <= size or not _name_run(tail):
            continue
        if any(w in lex.org_suffixes or w in _GENERIC_ORG or w in _GENERIC for w in tail):
            continue
        if any(w in _DIVISION_WORDS for w in tail):
            continue  # … of Guangxi Zhuang Autonomous Region A B: no name holds "Region"
        at = phrase.rindex(" ".join(tail))
        head = phrase[:at].rstrip()
        bracket = re.search(r"\s+\([A-Z]{2,10}\)$", head)
        if bracket is not None:  # … Chamber of Commerce (ZCC) A B: its short form is read apart
            head = head[: bracket.start()]
        found = classify(head, start)
        whole = len(found) == 1 and found[0].start == start and found[0].end == start + len(head)
        unread = fallback[0].text == phrase and fallback[0].subtype is None
        if whole or (
            unread and size == 2 and _unread(head, start, found) and len(head.split()) > 1
        ):
            body = found if whole else [Mention(start, start + len(head), head, "Organization")]
            holder = Mention(start + at, start + len(phrase), phrase[at:], "Person", "candidate")
            return [*body, holder]
    return fallback


def _posted_to(before: str, phrase: str) -> tuple[str, str] | None:
    """A country and a name run together behind a title and "to" (Ambassador to China A B,
    Consul General in Chongqing A B): the country (or place) and the rest, else None
    (``before``: the sentence before the phrase, its titles blanked out with NUL).

    >>> _posted_to("Zambian " + chr(0) * 10 + " to ", "China Winnie Banda")
    ('China', 'Winnie Banda')
    >>> _posted_to("exports to ", "China Winnie Banda") is None
    True
    >>> _posted_to("Zambian " + chr(0) * 10 + " to ", "China Winnie Banda and Mary Phiri")
    ('China', 'Winnie Banda')
    """
    of_country = r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?"  # of Zambia
    lex = load_lexicon()
    words = phrase.split()
    if not re.search(rf"\0{of_country}\s+(?:to|in)\s+(?:the\s+)?$", before):
        sent = re.match(r"((?:[A-Z][a-z]+\s+(?:of\s+(?:the\s+)?)?){1,4}?)(?:in|to)\s+", phrase)
        if not (re.search(r"\0\s+of\s+(?:the\s+)?$", before) and sent):
            return None  # Consul General of Pakistan in Chengdu A B: the country, the city
        if not lex.country(sent.group(1).strip()):
            return None
        found = _posted_to(
            before + phrase[: sent.end()].replace(sent.group(1), "\0 "), phrase[sent.end() :]
        )
        return (phrase[: sent.end()] + found[0], found[1]) if found else None
    for size in (3, 2, 1):
        named = words[size:]
        if "and" in named:  # Ambassador to China A B and C D, president of …: A B
            named = named[: named.index("and")]
        head, rest = " ".join(words[:size]), " ".join(named)
        if (
            (lex.country(head) or lex.place(head))
            and 2 <= len(named) <= 4
            and (is_chinese_name(rest) or _name_run(named, lead=True))
        ):
            return head, rest
    return None


_SIGNING = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|inked|inks|sealed|struck|reached|entered\s+into|clinched|penned"
    r"|agreed\s+on)\b"
    r"[^.;]*?\b(?:agreements?|deals?|contracts?|memorand(?:um|a|ums)|MOUs?|MoUs?|accords?"
    r"|partnerships?|projects?|documents?|letters?\s+of\s+intent)\b"
    r"|\b(?i:agreements?|deals?|contracts?|memorand(?:um|a|ums)|MOUs?|MoUs?)\b[^.;]*?"
    r"\b(?:signed|inked|sealed|clinched|penned)\b",
)


@cache
def _signing_with() -> re.Pattern[str]:
    """A clause signing with a capitalised party (A signed … with B), its verbs those of
    ``data/signing_verbs.tsv``.

    >>> bool(_signing_with().search("Bidco Africa inked a pact with Acme Agriculture."))
    True
    >>> bool(_signing_with().search("Bidco Africa met with Acme Agriculture."))
    False
    """
    forms = sorted(
        {
            f
            for past, other, _ in data_rows("signing_verbs.tsv", 3)
            for f in (past, *other.split("|"))
            if f
        },
        key=len,
        reverse=True,
    )
    verbs = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)
    return re.compile(rf"\b(?:{verbs})\b[^.;]*?\bwith\s+(?:the\s+)?[A-Z0-9]")


def _signs(text: str) -> bool:
    """A signing sentence; one signing "with" only when it ends as a sentence does (a
    headline's short names are left to the body of the report)."""
    if _SIGNING.search(text):
        return True
    return bool(_signing_with().search(text) and re.search(r"[.!?][\"'’”]?\s*$", text))


_SLOT_BEFORE = re.compile(
    r"(?:\b(?:with|between|and|by|while|whereas|including|namely|such\s+as)|,|:|^)\s*(?:the\s+)?$"
    r"|^\s*(?:The\s+)?$"
)
_SLOT_AFTER = re.compile(
    r"\s*(?:,|and\b|&|\((?=[A-Z][\w ]*\))|signed\b|inked\b|sealed\b|struck\b|reached\b"
    r"|has\s+signed|have\s+signed"
    r"|entered\b|on\s+\w+\s+signed|[.;]|$|\s+(?!(?:countries|nations|states|companies|firms"
    r"|enterprises|businesses|sides?|partners|governments|people|investors|officials|delegat\w+"
    r"|provinces|cities|regions|counterparts|leaders|region|province|city)\b)[a-z])"
)
#: words that open a sentence or name an event, never a party of their own
_NOT_PARTY_WORDS = (
    "However Meanwhile Moreover Besides Furthermore Additionally Today Yesterday His Her Their"
    " Our Your My Deals Agreements Contracts Projects Deal Agreement Contract Project Memorandum"
    " Memorandums Memoranda Letters Letter Documents Document Protocols Protocol Pacts Pact MoUs"
    " Under Through Thanks Including Altogether Overall Together Totally Witnessed Attended"
    " Accompanied Present Attending Witnessing Representatives Officials Delegates Leaders Heads"
    " Signing Signed Sign Separately Similarly Likewise Also Later Earlier Previously"
    " Subsequently Elsewhere Finally Lastly Meantime Afterwards Next Then Still"
    " Shortly Soon Initially Recently Additionally Notably Specifically Eventually Ultimately"
    " Currently Presently Importantly Officially Jointly Accordingly Consequently Thereafter"
)
_NOT_PARTY = frozenset(_NOT_PARTY_WORDS.split())
_EVENT_WORDS_WORDS = (
    "Conference Forum Summit Meeting Ceremony Session Expo Fair Week Festival Dialogue Symposium"
    " Seminar Exhibition Exposition Show Roundtable Conclave Congress Convention"
)
_EVENT_WORDS = frozenset(_EVENT_WORDS_WORDS.split())


def _party(flat: str, start: int, phrase: str, found: Sequence[Mention]) -> Mention | None:
    """The organisation a capitalised piece of a signing sentence names, if it stands where a
    party stands and nothing else reads it."""
    while (
        phrase.split(" ", 1)[0] in _FUNCTION
        or phrase.split(" ", 1)[0] in ("The", "An", "the")
        or phrase[:1].islower()  # … and with Acme DigiTech: the name after the small words
    ):
        first, _, rest = phrase.partition(" ")
        if not rest:
            return None
        start += len(first) + 1
        phrase = rest
    owner = re.match(r"([A-Z][\w .-]*?)['’]s\s+", phrase)
    lex = load_lexicon()
    slot = start  # where the party's slot begins (before its owner)
    if owner and (lex.country(owner.group(1)) or lex.place(owner.group(1))):
        start += owner.end()  # Kazakhstan's Samruk-Kazyna: the country, then the party
        phrase = phrase[owner.end() :]
    dated = re.search(r"\s+(?:on|in)\s+(\S+)(?:\s+\d+)?$", phrase)
    if dated and dated.group(1) in _WEEKDAYS_MONTHS:  # A on Monday: the party is A
        phrase = phrase[: dated.start()]
    words = phrase.split()
    if not words or all(
        w in _FUNCTION or w in _WEEKDAYS_MONTHS or w in _GENERIC or w in _GENERIC_ORG for w in words
    ):
        return None
    if words[0] in _NOT_PARTY or words[0] in people_nouns() or words[-1] in _EVENT_WORDS:
        return None
    if re.fullmatch(r"([A-Z][a-z]+)-[a-z]+", words[0]) and words[0].split("-")[0] in _NO_OWNER:
        return None  # the State-owned IT giant: a description, no name
    if len(words) == 1 and words[0] in portfolio_words():
        return None  # Trade contracts signed with …: a field, no party
    if len(words) == 1 and words[0] in surnames():
        return None  # Xu: a person named again by the family name
    end = start + len(phrase)
    local = _ADMINISTRATION_AFTER.match(flat, end)
    if (
        local is not None
        and not any(
            m.type == "Organization" and m.start < local.end() and start < m.end for m in found
        )
        and _SLOT_BEFORE.search(flat[:slot])
        and _SLOT_AFTER.match(flat[local.end() :])
    ):  # the Navoi regional administration: a foreign place's government signs
        return Mention(
            start, local.end(), flat[start : local.end()], "Organization", "Other", "party"
        )
    inside = [m for m in found if m.start < end and start < m.end]
    chars = list(phrase)
    for m in inside:
        width = min(end, m.end) - max(start, m.start)
        chars[max(0, m.start - start) : m.end - start] = " " * width
    if not re.sub(r"['’]s\b|\s", "", "".join(chars)):
        return None  # Canada's Alberta: a country and a place, each read already
    if any(m.type in ("Organization", "Fair", "Role") for m in inside):
        return None
    if any(m.type == "Person" for m in inside):
        return None  # a person with a title, a Chinese name: a signatory
    if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
        return None  # a whole country or place signs as itself
    if load_lexicon().demonym(phrase) is not None or len(phrase) < 2:
        return None
    if not (_SLOT_BEFORE.search(flat[:slot]) and _SLOT_AFTER.match(flat[end:])):
        return None
    if _describes_name().match(flat, end):
        return None  # Payments firm Acme: the business of the company named next
    return Mention(start, end, phrase, "Organization", "Company", "party")


@cache
def _describes_name() -> re.Pattern[str]:
    """A business noun, then a capitalised name: what stands before it describes that company.

    >>> bool(_describes_name().match(" firm Acme")), bool(_describes_name().match(" firm in"))
    (True, False)
    """
    return re.compile(rf"\s+{company_nouns(ahead=True)}\s+[A-Z\x00]")  # (\x00: a name read)


#: a place's government written in lower case after its name (the Osh regional administration,
#: the Tete provincial government)
_ADMINISTRATION_AFTER = re.compile(
    r"\s+(?:regional|provincial|municipal|city|state|district|county|local|oblast|prefectural)"
    r"\s+(?:administration|government|authority|authorities|council|hokimiyat|akimat)\b"
)


#: what parts the names of a signing sentence's capitalised run (A, B and C; A & B), not the
#: "&" of one name (Brenmark & Sons, Acme & Co., Lee & Partners)
_PIECES = re.compile(
    r",\s*(?:and\s+)?|\s+and\s+|\s+with\s+"
    r"|\s+&\s+(?!(?:Sons?|Co\.?|Company|Partners|Associates|Brothers|Bros\.?|Daughters)(?:\W|$))"
)


#: one word, after its owner's possessive or none (Vosk; Italy's Brelling)
_ONE_WORD = re.compile(r"(?:\S+['’]s\s+)?\S+")


def _pieces(run: str) -> list[str]:
    """The names of a run of capitalised words (A, B and C; A & B), where "&" between two
    single words is one name's (Brelling & Vosk, a firm named after two people).

    >>> _pieces("Acme Group & Beta Corp and Brelling & Vosk")
    ['Acme Group', 'Beta Corp', 'Brelling & Vosk']
    """
    parts = re.split(f"({_PIECES.pattern})", run)
    out = [parts[0]]
    for sep, piece in zip(parts[1::2], parts[2::2], strict=True):
        if (
            sep.strip() == "&" and _ONE_WORD.fullmatch(out[-1]) and " " not in piece
        ) or _trade_joins(sep, out[-1], piece):  # Acme Food and Ingredients: one company
            out[-1] = out[-1] + sep + piece
        else:
            out.append(piece)
    return out


def _trade_joins(sep: str, before: str, piece: str) -> bool:
    """Whether "and" (or "&") joins two trades of one company's name (Acme Food and
    Ingredients): a name of two words or more before it, a trade word (data/trade_words.tsv)
    opening what follows, and no "of" after it (and Bank of China is a body of its own).

    >>> _trade_joins(" and ", "Acme Food", "Ingredients"), _trade_joins(" and ", "Acme", "Beta")
    (True, False)
    """
    words = piece.split()
    return (
        sep.strip() in ("and", "&")
        and len(before.split()) >= 2
        and bool(words)
        and words[0] in _trade_words()
        and "of" not in words
    )


def _trades_before(text: str, start: int, name: str) -> int:
    """Where a company's name begins whose trade ``name`` opens after "and" (Acme Food and
    Ingredients, a processor: the name is read from Acme); ``start`` when nothing joins.

    >>> text = "Acme Food and Ingredients, a processor"
    >>> text[_trades_before(text, 14, "Ingredients"):14]
    'Acme Food and '
    """
    hit = re.search(
        r"([A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*)(\s+(?:and|&)\s+)$", text[max(0, start - 60) : start]
    )
    if hit is None or not _trade_joins(hit.group(2), hit.group(1), name):
        return start
    return start - len(hit.group())


def _signing_parties(text: str, flat: str, found: Sequence[Mention]) -> list[Mention]:
    """In a sentence that signs something, a capitalised name standing where a party stands
    (A signed … with B; A and B signed; between A and B) is an organisation, even when its
    words tell nothing (Volvo Cars, a bank's brand, a company named after its country)."""
    if not _signs(text):
        return []
    out = []
    for match in _PHRASE.finditer(flat):
        whole = match.group()
        if whole.endswith(".") and not _ABBREVIATION.search(whole):
            whole = whole[:-1]
        at = 0
        for piece in _pieces(whole):
            at = whole.index(piece, at)
            start, phrase = match.start() + at, piece
            at += len(piece)
            party = _party(flat, start, phrase, found)
            if party is not None:
                out.append(party)
    return out


def _bodies_after_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name right after "<title> of (the)" is the body of the title (chairman of Eastman
    Kodak), not a person."""
    roles = [m for m in mentions if m.type == "Role"]
    out = []
    for m in mentions:
        if m.type == "Person" and not is_chinese_name(m.text):
            gap = [text[r.end : m.start] for r in roles if r.end <= m.start]
            if gap and re.fullmatch(r"\s+(?:of|at|with)\s+(?:the\s+)?", gap[-1]):
                m = Mention(m.start, m.end, m.text, "Organization", None, "after-title")
        out.append(m)
    return out


_LIST_NOUNS = (
    r"companies|firms|brands|enterprises|businesses|corporations|groups|manufacturers|makers"
    r"|automakers|carmakers|retailers|multinationals|giants|players|investors|exhibitors|partners"
    r"|sponsors|developers|operators|suppliers|banks|funds|insurers|agencies|bodies|entities"
    r"|organi[sz]ations|institutions|institutes|universities|associations|chambers|unions"
)
_LIST_HEAD = re.compile(
    rf"\b((?i:{_LIST_NOUNS}))\b(?:[^.;:]{{0,40}}?\b(?:such as|including|like|among them|among which"
    rf"(?: are| were)?|notably|namely|led by)\s+|\s+(?:include[sd]?|are|were)\s+|\s*:\s+)"
)
_ITEM = re.compile(
    r"(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+|de\s+)?[A-Z0-9][\w'’&.-]*)*"
    r"(?:,?\s+(?:Co\.,?\s+Ltd\.?|Ltd\.?|Inc\.|Co\.|Corp\.|LLC|PLC|GmbH|AG)(?!\w))?)"
)


def _listed(text: str, found: Sequence[Mention]) -> list[Mention]:
    """The names listed after "companies such as", "organizations including", "firms, among
    them" …: bodies, each item of a list "A, B(,) and C" one.

    >>> [m.text for m in _listed("firms such as Acme Tools, Bolt Motors, and the Zeta Fund", [])]
    ['Acme Tools', 'Bolt Motors', 'Zeta Fund']
    >>> [m.text for m in _listed("The exhibitors include Acme, Bolt Motors and Zeta Fund.", [])]
    ['Acme', 'Bolt Motors', 'Zeta Fund']
    """
    lex = load_lexicon()
    out: list[Mention] = []
    for head in _LIST_HEAD.finditer(text):
        noun = head.group(1).lower()
        kind = "Other" if noun.startswith(("organi", "instit", "univ", "assoc")) else None
        at = head.end()
        items: list[tuple[int, int]] = []
        while True:
            item = _ITEM.match(text, at)
            if item is None:
                break
            start, end = item.span(1)
            name = item.group(1)
            if not _ABBREVIATION.search(name):
                name = name.rstrip(".")  # the full stop of the sentence
            end = start + len(name)
            sep = re.match(
                r",?\s+as\s+well\s+as\s+(?:the\s+)?|,\s*(?:and\s+)?|\s+and\s+", text[end:]
            )
            closes = re.match(r"\s*(?:[.;:)]|$)", text[end:]) or (
                items and re.match(r"\s+[a-z]", text[end:])
            )  # … and C signed: the list ends before a verb
            if sep is None and not closes:
                break  # "Fortune 500 firms": no name of its own
            well = sep is not None and "well" in sep.group()  # A and B, as well as C
            if ((items and sep is None) or well) and " and " in name and not lex.body(name):
                a = name.rindex(" and ")  # A, B and C: C closes the list
                items.append((start, start + a))
                items.append((start + a + 5, end))
            else:
                items.append((start, end))
            if sep is None:
                break
            at = end + sep.end()
        if len(items) < 2 and not head.group(0).rstrip().endswith(("such as", "including", "like")):
            continue
        if re.search(r"\b(?:countr|region|nation|province|cit(?:y|ies)|state)", head.group(0)):
            continue  # companies from 50 countries and regions, including A and B: places
        for start, end in items:
            name = text[start:end]
            if lex.country(name) or lex.place(name) or generic_org(name) or name in _FUNCTION:
                continue
            if " and " in name and all(
                lex.country(x) or lex.place(x) for x in name.split(" and ")
            ):  # Egypt and Kenya: two countries
                continue
            blocked = [
                f
                for f in [*found, *out]
                if f.start < end
                and start < f.end
                and f.type != "Person"
                and not (f.start <= start and end <= f.end and f.end - f.start > end - start)
                and not (f.type in ("Place", "Country") and (f.start > start or f.end < end))
            ]  # a longer name that swallowed the item, a place inside it: the item wins
            if blocked:
                continue
            body = lex.body(name)
            sort = body.kind if body else kind or org_kind(name) or "Company"
            out.append(Mention(start, end, name, "Organization", sort, "listed"))
    return out


def _blank(match: re.Match[str]) -> str:
    return "\0" * len(match.group())


#: a kind of company, then its name: Chinese automaker BYD, tech firm Netac, the label Acme
@cache
def _described() -> re.Pattern[str]:
    return re.compile(
        rf"\b{company_nouns(ahead=True)}\s+([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){{0,2}})"
    )


#: a name then its kind of company in apposition: BYD, the electric car maker; LONGi, a
#: solar giant; Acme, the New Zealand marketer (a country's or place's name before the kind)
@cache
def _described_after() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'’-])([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2})"
        r"(?:\s+\([\"“]?[A-Z][\w&.-]*[\"”]?\))?,\s+(?:the|a|an)\s+"  # (its short name)
        r"(?:(?:[A-Z][a-z]+['’]s\s+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?=[a-z]))?"
        r"(?:(?!(?:of|the|in|at|for|with|and|to)\b)[a-z][\w-]*\s+){0,4}?)"
        + company_nouns()
        + r"(?![\w'’-])"
    )


#: a kind of company, then its name between commas: a Russian timber processing company,
#: Sibirsky Les, and …
@cache
def _described_before() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z-]+\s+){0,4}?"
        + company_nouns()
        + r",\s+([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})(?=,)"
    )


#: a company's subsidiary named after it (its subsidiary Acme International): the whole name,
#: not the parent's known name inside it
_SUBSIDIARY = re.compile(
    r"\b(?:its|a|the|their)\s+(?:wholly[\s-]owned\s+)?subsidiary,?\s+"
    r"([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){1,4})"
)
#: a company's possession: Tesla's Shanghai factory
_OWNED = re.compile(
    r"(?<![\w'’-])([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:factory|plant|subsidiary|headquarters|booth|stand|pavilion|products|brand|shares"
    r"|chairman|CEO|president|founder)\b"
)
#: a company's chief: the CEO (chairman, founder …) of X; X CEO A B (a name the lexicon does
#: not hold: the company, as a title's body)
_CHIEF = (
    r"(?:CEO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Ff]ounder"
    r"|[Gg]eneral\s+[Mm]anager|[Mm]anaging\s+[Dd]irector)"
)
#: words before a chief's title that name no company (Board Chairman, Honorary President)
_NOT_A_COMPANY_WORDS = (
    "Board Honorary Former Acting Founding Interim Outgoing Incoming Then Current Company"
    " Corporate Global Regional Country Chinese Foreign"
)
_NOT_A_COMPANY = frozenset(_NOT_A_COMPANY_WORDS.split())
_CHIEF_OF = re.compile(
    rf"\b{_CHIEF}\s+(?:of|at)\s+([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})"
    r"(?=\s*[,.;:)]|\s*$|\s+[a-z])"
)
_CHIEF_BEFORE = re.compile(
    rf"(?<![\w'’.-])([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})\s+{_CHIEF}\s+(?=[A-Z][a-z])"
)
#: a company's name in the possessive before a chief's title (Acme Logistics' chairman, Acme
#: Mining's CEO)
_CHIEF_OWNED = re.compile(
    rf"(?<![\w'’.-])([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})(?:['’]s|(?<=s)['’])\s+{_CHIEF}\b"
)
#: a company's name in the possessive, then the scope and title of one of its people before
#: the person's name (Acme's China director A B; Acme's Asia-Pacific sales manager A B)
_SCOPED_OWNED = re.compile(
    r"(?<![\w'’.-])([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:['’]s|(?<=s)['’])\s+"
    r"(?:[A-Z][\w&-]*\s+){1,2}(?P<title>(?:[a-z]+\s+)?"
    r"(?:director|representative|manager|head|spokes(?:man|woman|person)))\s+(?=[A-Z][a-z])"
)
#: a name then "group" or "company" in lower case: the Galeries Lafayette group
_NAMED_GROUP = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:group|company|conglomerate)\b"
    r"(?!\s+(?:of|in)\b)"
)
#: a zone written in lower case behind its place's name (development zones are places)
_ZONE = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:pilot\s+)?free\s+trade\s+(?:zone|port)"
    r"|industrial\s+park"
    r"|(?:national\s+)?(?:economic(?:\s+and\s+technological)?|high-tech|hi-tech|industrial)"
    r"\s+(?:development\s+)?zone|new\s+area|(?:comprehensive\s+)?bonded\s+zone)\b"
)
#: a development zone under its capitalised name, after the place it belongs to
_ZONE_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:National\s+)?"
    r"(?:(?:Economic(?:\s+and\s+|-)Technological|Hi(?:gh)?-[Tt]ech(?:\s+Industrial)?|Industrial"
    r"|Economic)\s+Development\s+Zone|(?:Economic|Hi(?:gh)?-[Tt]ech|Industrial|Bonded)\s+Zone"
    r"|New\s+Area|Industrial\s+Park|(?:Pilot\s+)?Free\s+Trade\s+Zone"
    r"|(?:Agricultural\s+)?(?:Hi(?:gh)?-[Tt]ech\s+)?(?:Industr(?:y|ies)\s+)?Demonstration\s+Zone)\b"
)
_DIVISION = re.compile(
    r"\b([A-Z][a-z]+(?:['’][a-z]+)?)\s+(?:district|county|province|state|prefecture)\b"
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
#: a press release's defined short name: Acme Motor Co., Ltd. ("Acme Motor" or "the Company")
_DEFINED = re.compile(r"\(\s*[\"“]([A-Z][\w&.' -]{1,40}?)[\"”]\s*(?=[),;]|or\b|and\b)")


def _acronyms(text: str, found: Sequence[Mention]) -> list[Mention]:
    """A bracketed short form behind a name (Ministry of Commerce (MOC)), or the short name a
    press release defines in quotes (Acme Motor Co., Ltd. ("Acme Motor" or "the Company")), is
    that name's.

    >>> t = 'Orlan Motor Co., Ltd. ("Orlan Motor" or "the Company") signed.'
    >>> [m.text for m in _acronyms(t, [Mention(0, 21, t[:21], "Organization", "Company")])]
    ['Orlan Motor']
    """
    out = []
    lex = load_lexicon()
    for match in [*_ACRONYM.finditer(text), *_DEFINED.finditer(text)]:
        if lex.country(match.group(1)) or lex.place(match.group(1)):
            continue  # Acme (Germany), Acme (China): where the company is, no short form
        if match.group(1).lower().startswith("the "):
            continue  # ("the Company"): a word the release uses for it, read as "the company"
        before = [
            m for m in found if m.end <= match.start() and text[m.end : match.start()].strip() == ""
        ]
        if before and before[-1].type in ("Organization", "Fair"):
            kind = before[-1].type
            out.append(
                Mention(
                    match.start(1),
                    match.end(1),
                    match.group(1),
                    kind,
                    before[-1].subtype,
                    "acronym",
                )
            )
    return out


#: a person's occupation in apposition: A B, a businessman from Zambia, …
_OCCUPATION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:business(?:man|woman|men|people)|entrepreneur"
    r"|manager|exhibitor|buyer|trader|merchant|official|representative|executive|investor|engineer"
    r"|farmer|expert|researcher|scholar|professor|economist|analyst|founder|owner|employee|vendor"
    r"|seller|dealer|designer|worker|visitor|chef|artisan|craftsman|consultant|partner|exporter"
    r"|importer|producer|maker|supplier|distributor|retailer|grower|breeder)\b"
)


#: what stands before a person's name only: according to, a courtesy title, an occupation
#: (Zambian trader A B, exhibitor A B)
_PERSON_BEFORE = re.compile(
    rf"(?:\b[Aa]ccording\s+to|(?<![\w.]){HONORIFIC}|\b(?:trader|exhibitor|businessman|businesswoman"
    r"|entrepreneur|buyer|visitor|farmer|merchant|designer|dealer|vendor|investor|engineer|expert"
    r"|scholar|economist|analyst|researcher|professor|consumer|shopper|artisan|craftsman|chef"
    r"|manager|founder|owner))\s+$"
)
#: what follows a person's name only: a relative "who", an age between commas
_PERSON_AFTER = re.compile(r",\s+(?:who\b|\d{1,2},)")


@cache
def world_regions() -> frozenset[str]:
    """The regions of the world English writes (data/world_regions.tsv): never a person."""
    return frozenset(row[0] for row in data_rows("world_regions.tsv", 1))


#: what stands between a name and its title in apposition: a comma, an article, a body's
#: or a country's possessive (", ", ", the ", ", Pakistan's ", ", the province's ")
_APPOSED = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w&.-]*(?:,?\s+[A-Z][\w&.-]*){0,4}['’]s?\s+"
    r"|(?:city|province|region|county|prefecture|company|group|bank|bureau|committee|department"
    r"|commission|administration)['’]s\s+)?"
)


def _apposed(gap: str) -> bool:
    """Whether ``gap`` ties a name to the title after it in apposition (", ", ", the ",
    ", Pakistan's ", ", the Pakistani ").

    >>> _apposed(", "), _apposed(", Pakistan's "), _apposed(", the Kenyan "), _apposed(" and ")
    (True, True, True, False)
    """
    return _APPOSED.fullmatch(gap) is not None or apposed_country(gap)


#: a comma, an article and a country's name, a country's demonym or a place of China before a
#: title (", the UAE ", ", New Zealand ", ", Zambian ", ", Yunnan ")
_QUALIFIED_GAP = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+")


def apposed_country(gap: str, places: bool = False) -> bool:
    """Whether ``gap``, between a name and the title after it, is a comma, then a country's
    name or demonym in apposition (A B, the UAE Minister of State …; A B, New Zealand Trade
    Minister; A B, Zambian ambassador to China); ``places``: a place of China as well (A B,
    Yunnan governor). The one reader of this apposition, for persons and for their posts.

    >>> apposed_country(", the UAE "), apposed_country(", New Zealand "), apposed_country(", Thai ")
    (True, True, True)
    >>> apposed_country(", the Acme "), apposed_country(", Yunnan ")
    (False, False)
    >>> apposed_country(", Yunnan ", places=True)
    True
    """
    hit = _QUALIFIED_GAP.fullmatch(gap)
    if hit is None:
        return False
    lex, words = load_lexicon(), hit.group(1)
    return (
        lex.country(words) is not None
        or lex.demonym(words) is not None
        or (places and lex.place(words) is not None)
    )


def org_apposed(text: str, end: int, start: int, mentions: Sequence[Mention]) -> bool:
    """Whether an organisation's name alone stands in apposition between a name ending at
    ``end`` and a title starting at ``start`` (A B, Acme Chief Executive, said; A B, KAM
    chairman): the title is held at that organisation, named there or elsewhere (its short
    form written again), or written in capitals (a sentence read alone). The one reader of
    this apposition, for persons and for their posts.

    >>> t = "Ann Lee, Acme Chief Executive, said"
    >>> org_apposed(t, 7, 14, [Mention(20, 24, "Acme", "Organization")])
    True
    >>> org_apposed(t, 7, 14, []), org_apposed("Ann Lee, KAM Chairman", 7, 13, [])
    (False, True)
    """
    gap = re.fullmatch(
        r",\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+", text[end:start]
    )
    if gap is None:
        return False
    return re.fullmatch(r"[A-Z]{2,8}", gap.group(1)) is not None or any(
        o.type == "Organization" and o.text == gap.group(1) for o in mentions
    )


def _venues_with_city(text: str, mentions: list[Mention]) -> list[Mention]:
    """A venue followed by its city in brackets is one venue (the National Exhibition and
    Convention Center (Shanghai)), not a generic venue and a city."""
    lex = load_lexicon()
    out = list(mentions)
    for m in mentions:
        if m.type != "Place" or m.subtype != "venue":
            continue
        bracket = re.match(r"\s*\(([A-Z][\w' -]+)\)", text[m.end :])
        if bracket is None or lex.place(bracket.group(1)) is None:
            continue
        end = m.end + bracket.end()
        out = [o for o in out if o is not m and not (m.end <= o.start and o.end <= end)]
        out.append(Mention(m.start, end, text[m.start : end], "Place", "venue", m.origin))
    return out


def _persons_by_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """A candidate person stays a person when it is a Chinese name, or a title stands next to
    it (before it, or after it behind a comma), or it says or tells something."""
    roles = [m for m in mentions if m.type == "Role"]
    out = []
    for m in mentions:
        if m.type != "Person":
            out.append(m)
            continue
        if m.text.split()[-1] in _EVENT_WORDS:
            continue  # attended the Promotion Conference: an event, no person
        if m.text in world_regions():
            continue  # Executive Vice President, China & East Asia: a region, no person
        if m.text.split()[0] in _title_leads():
            continue  # Senior Business (Reporter): a title's first words, no person
        after = text[m.end : m.end + 40]
        before = text[max(0, m.start - 3) : m.start]
        near_role = (
            any(
                0 <= m.start - r.end <= 60
                and not re.search(r"[.;]", re.sub(HONORIFIC, "", text[r.end : m.start]))
                for r in roles
            )
            or any(
                0 <= r.start - m.end <= 3
                or re.fullmatch(
                    r",\s+(?:a\s+|the\s+)?[A-Z][\w&.-]*(?:,?\s+[A-Z][\w&.-]*){0,4}['’]s\s+"
                    r"|,\s+the\s+(?:city|province|region|county|prefecture|bureau|committee"
                    r"|department|commission|administration)['’]s\s+",
                    text[m.end : r.start],
                )  # A B, Sri Lanka's Minister of …; A B, the region's chairman
                or apposed_country(text[m.end : r.start])  # A B, the UAE Minister of …
                or org_apposed(text, m.end, r.start, mentions)  # A B, KAM Chief Executive
                or re.fullmatch(r",\s+(?:a|an|the)\s+", text[m.end : r.start])  # A B, a director
                for r in roles
            )
        )
        speaks = (
            re.match(
                r",?\s+(?:said|says|told|noted|added|stressed|urged|pointed|spoke|remarked|stated)\b",
                after,
            )
            or (  # "…," said A B, the …
                re.search(r"\b(?:said|says|added|noted)\s+$", text[max(0, m.start - 8) : m.start])
                and re.match(r"\s*[,.]", after)
            )
        )
        occupation = _OCCUPATION.match(text, m.end)  # A B, a businessman from Zambia
        occupation = occupation or _PERSON_BEFORE.search(text, max(0, m.start - 40), m.start)
        occupation = occupation or _PERSON_AFTER.match(text, m.end)  # A B, who …; A B, 45,
        chinese = is_chinese_name(m.text)
        of_body = any(  # A B of Acme Corp: a person with an affiliation
            o.type == "Organization" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end : o.start])
            for o in mentions
            if o.start > m.end
        )
        acts = _PERSON_ACTS.match(text, m.end) or _PERSON_MET.search(
            text, max(0, m.start - 40), m.start
        )  # A B held talks with …; attended by A B
        if (
            chinese
            or near_role
            or speaks
            or occupation
            or of_body
            or acts
            or (before.endswith(", ") and after.startswith(","))
        ):
            out.append(Mention(m.start, m.end, m.text, "Person", None, "name"))
        elif m.text.split()[0] in surnames():
            continue
    return _listed_with_persons(text, mentions, out)


#: what a person does right after the name (A B held talks with …, A B and C D met …)
_PERSON_ACTS = re.compile(
    r"(?:,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:also\s+)?(?:held\s+talks"
    r"|met\b|visited\b|presided\b|inspected\b|toured\b|congratulated\b|hailed\b"
    r"|delivered\s+(?:a\s+)?(?:speech|keynote|an\s+address)|addressed\s+the\b)"
)
#: what only a person follows (attended by A B, talks with A B)
_PERSON_MET = re.compile(
    r"\b(?:attended\s+by|met\s+with|held\s+talks\s+with|talks\s+with|accompanied\s+by"
    r"|presided\s+over\s+by|chaired\s+by|received\s+by)\s+(?:[A-Z][\w'’-]*\s+){0,4}?$"
)


def _listed_with_persons(text: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """A candidate name listed right beside a person (A B and Xi Jinping; Li Qiang, A B and
    C D) is a person as well; other candidates stay left out."""
    people = sorted(m for m in kept if m.type == "Person")
    candidates = sorted(m for m in mentions if m.type == "Person" and m not in people)
    candidates = [c for c in candidates if not any(p.start == c.start for p in people)]
    joint = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
    added = True
    while added and candidates:
        added = False
        for c in list(candidates):
            beside = any(
                joint.fullmatch(text[c.end : p.start]) or joint.fullmatch(text[p.end : c.start])
                for p in people
                if p.end <= c.start or c.end <= p.start
            )
            if beside and c.text.split()[0] not in surnames():
                person = Mention(c.start, c.end, c.text, "Person", None, "name")
                kept.append(person)
                people.append(person)
                candidates.remove(c)
                added = True
    return kept
