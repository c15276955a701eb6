"""The English word lists and lexicons, read once from ``data/`` (TSV, sources in SOURCES.md).

>>> lex = load_lexicon()
>>> lex.country("Zambia").iso2, lex.country("U.S.").name, lex.demonym("Chinese").iso2
('ZM', 'United States', 'CN')
>>> lex.place("Xining").province, lex.place("Qinghai Province").name
('Qinghai', 'Qinghai')
>>> lex.body("MOFCOM").name, lex.fair_series("CAEXPO")
('Ministry of Commerce', 'China-ASEAN Expo')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from fairgraph.model import FairCalendar


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str


@dataclass(frozen=True)
class Place:
    name: str
    level: str  # province, city, county (of China: a border port city); city, region (elsewhere);
    # feature (a natural feature of China: data/natural_features.tsv)
    province: str | None  # the province a city lies in
    chinese: str  # its name in the Chinese lexicon


@dataclass(frozen=True)
class Body:
    name: str
    kind: str  # Government, Company, Other
    chinese: str


@dataclass(frozen=True)
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)  # any form → country
    demonyms: dict[str, Country] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)  # any form → place
    chinese_places: dict[str, Place] = field(default_factory=dict)  # Chinese name → place
    #: China's major natural features (data/natural_features.tsv), any form → feature: keyed by
    #: their Chinese names, never read as a division (no government, no title's body)
    features: dict[str, Place] = field(default_factory=dict)
    #: (English name, province) → county or city district (data/counties.tsv), and by Chinese name
    counties: dict[tuple[str, str], Place] = field(default_factory=dict)
    chinese_counties: dict[str, Place] = field(default_factory=dict)
    #: English name → the counties of every province named so (one, or several namesakes)
    counties_named: dict[str, list[Place]] = field(default_factory=dict)
    country_chinese: dict[str, str] = field(default_factory=dict)  # iso2 → Chinese lexicon name
    #: a place abroad → its name in the Chinese lexicon (Almaty → 阿拉木图), where it holds it
    foreign_chinese: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)  # any form → body
    #: a company's forms without their legal ending, in lower case (LONGi Green Energy
    #: Technology → longi green energy technology) → the company; None where two companies
    #: share the stem
    company_stems: dict[str, Body | None] = field(default_factory=dict)
    fairs: dict[str, str] = field(default_factory=dict)  # any form → series name
    fair_chinese: dict[str, str] = field(default_factory=dict)  # series → Chinese series name
    #: series → its runs: (anchor edition, its year, years per edition, first edition, last
    #: edition of the run)
    cadences: dict[str, tuple[tuple[int, int, float, int, int | None], ...]] = field(
        default_factory=dict
    )
    #: series → when it opens and closes, by run of years
    calendars: dict[str, tuple[FairCalendar, ...]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # title → kind
    title_bodies: dict[str, str] = field(default_factory=dict)  # national title → its body
    #: titles standing without a body when none is stated (general secretary), lower case →
    #: the body they belong to, for people to meet by only (lexicon name)
    bodiless_titles: dict[str, str] = field(default_factory=dict)
    org_suffixes: dict[str, str] = field(default_factory=dict)  # last words → kind
    agreement_types: tuple[str, ...] = ()

    def country(self, name: str) -> Country | None:
        return self.countries.get(name.removeprefix("the "))

    def demonym(self, word: str) -> Country | None:
        return self.demonyms.get(word)

    def place(self, name: str) -> Place | None:
        found = self.places.get(name)
        if found is None and name.isupper():
            found = self.places.get(name.title())  # NANNING in a dateline
        if found is None and name.endswith((" Autonomous Regional", " Autonomous")):
            # Guangxi Zhuang Autonomous Regional (People's Government): the region
            found = self.places.get(name.removesuffix("al").removesuffix(" Region") + " Region")
        if found is None and name.endswith(" Autonomous Prefecture"):
            found = self._autonomous_prefecture(name)
        lower = re.fullmatch(r"(.+) autonomous (region|prefecture|county)", name)
        if found is None and lower:  # Ningxia Hui autonomous region, as China Daily writes it
            found = self.place(f"{lower.group(1)} Autonomous {lower.group(2).title()}")
        return found

    def same_named_city(self, place: Place) -> Place | None:
        """The prefecture-level city named as its province is (Jilin City in Jilin Province),
        which "Municipal" or "City" after the name means; None for any other place.

        >>> lex = load_lexicon()
        >>> lex.same_named_city(lex.place("Jilin")).chinese, lex.same_named_city(lex.place("Gansu"))
        ('吉林市', None)
        """
        if place.level != "province":
            return None
        return next(
            (p for p in self.chinese_places.values() if p.level == "city" and p.name == place.name),
            None,
        )

    def namesake_in(self, place: Place, province: str | None) -> Place:
        """The city of the same English name in ``province`` (Taizhou in Zhejiang: 台州市,
        where the name alone gives Jiangsu's 泰州市), else the place itself.

        >>> lex = load_lexicon()
        >>> lex.namesake_in(lex.place("Taizhou"), "Zhejiang").chinese
        '台州市'
        >>> lex.namesake_in(lex.place("Taizhou"), "Gansu").chinese
        '泰州市'
        """
        if province is None or place.level != "city" or place.province == province:
            return place
        return next(
            (
                p
                for p in self.chinese_places.values()
                if p.level == "city" and p.name == place.name and p.province == province
            ),
            place,
        )

    def shared_name(self, place: Place) -> bool:
        """Whether another city of China has this city's English name (Taizhou, Suzhou)."""
        return place.level == "city" and any(
            p.level == "city" and p.name == place.name and p != place
            for p in self.chinese_places.values()
        )

    def autonomous_region(self, place: Place) -> str | None:
        """The official name of a province-level autonomous region (Xinjiang → Xinjiang Uygur
        Autonomous Region), None for any other place.

        >>> lex = load_lexicon()
        >>> lex.autonomous_region(lex.place("Guangxi")), lex.autonomous_region(lex.place("Gansu"))
        ('Guangxi Zhuang Autonomous Region', None)
        """
        if place.level != "province" or not place.chinese.endswith("自治区"):
            return None
        forms = (  # the first written in the data: its official name
            f
            for f, p in self.places.items()
            if p == place and f.startswith(place.name + " ") and f.endswith(" Autonomous Region")
        )
        return next(forms, f"{place.name} Autonomous Region")

    def _autonomous_prefecture(self, name: str) -> Place | None:
        """An autonomous prefecture under its full English name (Haixi Mongolian and Tibetan
        Autonomous Prefecture): the prefecture its first words name, with the ethnic groups
        written between them and "Autonomous Prefecture"."""
        words = name.split()[:-2]
        for size in range(1, len(words)):
            found = self.places.get(" ".join(words[:size]))
            groups = words[size:]
            if (
                found is not None
                and found.chinese.endswith("自治州")
                and all(w == "and" or w[:1].isupper() for w in groups)
                and groups[0] != "and"
                and groups[-1] != "and"
            ):
                return found
        return None

    def body(self, name: str) -> Body | None:
        """A known body under one of its names; a central body also with "of China" (of the
        People's Republic of China, of the PRC) after its name.

        >>> load_lexicon().body("Ministry of Commerce of the People's Republic of China").name
        'Ministry of Commerce'
        """
        found = self.bodies.get(name.removeprefix("the "))
        if found is None and (m := _OF_CHINA.match(name)) is not None:
            inner = self.bodies.get(m.group(1).removeprefix("the "))
            if inner is not None and inner.kind == "Government" and inner.chinese:
                found = inner
        if found is None and _LEGAL_END.search(name):
            found = self.registered_company(name)
        if found is None:
            found = next((b for v in _legal_spellings(name) if (b := self.bodies.get(v))), None)
        if found is None and (m := _OF_COUNTRY.fullmatch(name)) is not None:
            # Hyundai Mobis of the ROK: a known company with the country it is of
            inner = self.bodies.get(m.group(1).removeprefix("the "))
            if inner is not None and inner.kind == "Company" and self.country(m.group(2)):
                found = inner
        return found

    def registered_company(self, name: str) -> Body | None:
        """A known company under its name with a legal ending (Co., Ltd., Inc., AG …) the table
        does not write, in any letter case, or behind the Chinese city or province it is
        registered in: Xi'an Longi Green Energy Technology Co., Ltd. is LONGi Green Energy
        Technology. A stem of one word is too weak (Sunway Co., Ltd. is any Sunway).

        >>> load_lexicon().body("Xi'an Longi Green Energy Technology Co., Ltd.").chinese
        '隆基绿能科技股份有限公司'
        >>> load_lexicon().body("Xi'an Green Energy Technology Co., Ltd.") is None
        True
        """
        stem = company_stem(name)
        if stem is None or " " not in stem:
            return None
        found = self.company_stems.get(stem)
        if found is not None:
            return found
        words = name.removeprefix("the ").split()
        for cut in (2, 1):
            place = self.places.get(" ".join(words[:cut]))
            if place is None or place.level not in ("province", "city") or not place.chinese:
                continue
            rest = company_stem(" ".join(words[cut:]))
            found = self.company_stems.get(rest) if rest and " " in rest else None
            if found is not None and not self.places.get(found.name.split()[0]):
                return found
        return None

    def ministry(self, portfolio: str) -> Body | None:
        """The ministry of a portfolio, written capitalised or not (Commerce, commerce).

        >>> load_lexicon().ministry("commerce").name
        'Ministry of Commerce'
        """
        small = ("and", "of", "for", "the")
        titled = " ".join(w if w in small else w[:1].upper() + w[1:] for w in portfolio.split())
        return self.body("Ministry of " + portfolio) or self.body("Ministry of " + titled)

    def fair_series(self, name: str) -> str | None:
        """The series a name names (China-Eurasia EXPO as well as China-Eurasia Expo)."""
        name = name.removeprefix("the ")
        found = self.fairs.get(name)
        if found is None and any(w.isupper() and len(w) > 3 for w in name.split()):
            lower = name.lower()
            found = next((s for f, s in sorted(self.fairs.items()) if f.lower() == lower), None)
        return found

    def year_of(self, series: str, edition: int) -> int | None:
        """The year an edition of a series was held, when its cadence is known.

        >>> load_lexicon().year_of("China-South Asia Expo", 9)
        2025
        >>> load_lexicon().year_of("China International Fair for Investment and Trade", 24)
        2024
        """
        for anchor, year, step, first, last in self.cadences.get(series, ()):
            if first <= edition and (last is None or edition <= last):
                return year + int((edition - anchor) * step)
        return None

    def edition_in(self, series: str, year: int) -> int | None:
        """The edition of a series held in a year, when its cadence gives exactly one.

        >>> load_lexicon().edition_in("China-South Asia Expo", 2025)
        9
        >>> load_lexicon().edition_in("China-South Asia Expo", 1990) is None
        True
        """
        found = set()
        for anchor, start, step, first, last in self.cadences.get(series, ()):
            span = (year - start) / step
            if span != int(span):
                continue
            edition = anchor + int(span)
            if first <= edition and (last is None or edition <= last):
                found.add(edition)
        return found.pop() if len(found) == 1 else None


#: a central body's name, then "of China" (of the People's Republic of China, of the PRC)
#: a name with the country it is of after it (Hyundai Mobis of the ROK)
_OF_COUNTRY = re.compile(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][\w.' -]+)")
_OF_CHINA = re.compile(
    r"(.+?)\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China|PRC|China)$"
)


#: the legal ending of a company's name (Co., Ltd.; Company Limited; Inc.; AG; JSC …)
_LEGAL_END = re.compile(
    r",?\s+(?:(?:Co\.?,?\s*|Company\s+|Corporation\s+|Corp\.?,?\s*)(?:Ltd\.?|Limited)"
    r"|Corporation|Corp\.?|Company|Limited|Ltd\.?|Inc\.?|Incorporated|LLC|PLC|plc|AG|SE|"
    r"S\.A\.|N\.V\.|P?JSC|A/S|S\.p\.A\.|Berhad|Bhd)$"
)


def company_stem(name: str) -> str | None:
    """A company's name without its legal ending, in lower case and single-spaced.

    >>> company_stem("LONGi Green Energy Technology Co., Ltd."), company_stem("Goldwind")
    ('longi green energy technology', 'goldwind')
    """
    stem = _LEGAL_END.sub("", name.removeprefix("the ").removeprefix("The ")).strip(" ,")
    return " ".join(stem.lower().split()) or None


def data_rows(name: str, width: int) -> list[list[str]]:
    """The rows of ``data/<name>`` (comments and blank lines left out), padded to ``width``."""
    text = (resources.files("fairgraph.en") / "data" / name).read_text("utf-8")
    return [
        (line.split("\t") + [""] * width)[:width]
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


#: the short and the full spelling of a legal form's word inside a name (State Grid Corp of
#: China, State Grid Corporation of China)
_LEGAL_WORDS = (("Corp.", "Corporation"), ("Corp", "Corporation"), ("Co.", "Company"))


def _legal_spellings(name: str) -> list[str]:
    """A name with each legal form's word spelt the other way (Corp → Corporation, Corporation
    → Corp, Co. → Company), for a body the table writes so.

    >>> _legal_spellings("State Grid Corp of China")
    ['State Grid Corporation of China']
    """
    out = []
    for short, full in _LEGAL_WORDS:
        pattern = re.escape(short) + (r"(?=\s|$)" if not short.endswith(".") else "")
        longer = re.sub(rf"(?<![\w.]){pattern}", full, name)
        shorter = re.sub(rf"\b{full}\b", short, name)
        out += [v for v in (longer, shorter) if v != name and v not in out]
    return out


@cache
def company_nouns(ahead: bool = False) -> str:
    """The nouns of a kind of business (``data/company_nouns.tsv``) as one regex alternation,
    longest first; ``ahead``: only those that also stand right before a company's name
    (automaker Acme), not those a title follows as well (the group Chairman, the bank Governor).

    >>> import re
    >>> bool(re.fullmatch(company_nouns(), "bank")), bool(re.fullmatch(company_nouns(True), "bank"))
    (True, False)
    """
    rows = data_rows("company_nouns.tsv", 2)
    nouns = [noun for noun, where in rows if where == "ahead" or not ahead]
    return "(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=lambda n: (-len(n), n))) + ")"


@cache
def org_prefixes() -> dict[str, str]:
    """The first words of a company's name in other languages and legal systems (Grupo Acme,
    PT Acme Tbk, PJSC Acme: ``data/org_prefixes.tsv``) → the kind they give."""
    return {prefix: kind for prefix, kind in data_rows("org_prefixes.tsv", 2)}


def _split(cell: str) -> list[str]:
    return [v for v in cell.split("|") if v]


def _company_forms(name: str, kind: str) -> list[str]:
    """The forms a company's name takes in news (China Energy Engineering Corporation:
    … Corp., … Group, … Group Co., Ltd.), none but a company's.

    >>> _company_forms("China Huadian Corporation", "Company")[:3]
    ['China Huadian Corp', 'China Huadian Corp.', 'China Huadian Group']
    """
    if kind != "Company":
        return []
    for head in (" Corporation", " Group Co., Ltd.", " Group"):
        if name.endswith(head):
            stem = name[: -len(head)]
            return [
                f"{stem}{tail}"
                for tail in (
                    " Corp",
                    " Corp.",
                    " Group",
                    " Group Co., Ltd.",
                    " Group Co Ltd",
                    " Co., Ltd.",
                    " Corporation",
                    " Corporation Limited",
                    " Corporation Ltd",
                    " Corporation Ltd.",
                    " Group Corporation",
                    " Group Co., Limited",
                )
                if f"{stem}{tail}" != name
            ]
    return []


@cache
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    for iso2, name, variants, demonyms, chinese in data_rows("countries.tsv", 5):
        country = Country(iso2, name)
        if chinese:
            lex.country_chinese[iso2] = chinese
        for form in [name, *_split(variants)]:
            lex.countries.setdefault(form, country)
        for form in _split(demonyms):
            lex.demonyms.setdefault(form, country)
    for name, level, province, aliases, chinese in data_rows("places.tsv", 5):
        place = Place(name, level, province or None, chinese)
        for form in [name, *_split(aliases)]:
            lex.places.setdefault(form, place)
        lex.chinese_places.setdefault(chinese, place)
    for name, province, chinese in data_rows("counties.tsv", 3):
        county = Place(name, "county", province, chinese)
        lex.counties[name, province] = county
        lex.chinese_counties[chinese] = county
        lex.counties_named.setdefault(name, []).append(county)
    for name, aliases, chinese in data_rows("natural_features.tsv", 3):
        feature = Place(name, "feature", None, chinese)  # the Qaidam Basin: 柴达木盆地
        for form in [name, *_split(aliases)]:
            lex.features.setdefault(form, feature)
    for name, _iso2, kind, chinese in data_rows("foreign_places.tsv", 4):
        lex.places.setdefault(name, Place(name, kind, None, ""))
        if chinese:
            lex.foreign_chinese[name] = chinese
    bodies = data_rows("bodies.tsv", 4) + data_rows("international_organizations.tsv", 4)
    for name, kind, aliases, chinese in bodies:
        body = Body(name, kind, chinese)
        for form in [name, *_split(aliases)]:
            lex.bodies.setdefault(form, body)
    for name, kind, _aliases, chinese in bodies:  # after every written form, which wins
        for form in _company_forms(name, kind):
            lex.bodies.setdefault(form, Body(name, kind, chinese))
    for form, body in lex.bodies.items():
        stem = company_stem(form) if body.kind == "Company" else None
        if stem is not None and lex.company_stems.get(stem, body) != body:
            lex.company_stems[stem] = None  # two companies: neither
        elif stem is not None:
            lex.company_stems[stem] = body
    for name, aliases, chinese in data_rows("fairs.tsv", 3):
        lex.fair_chinese[name] = chinese
        for form in [name, *_split(aliases)]:
            lex.fairs.setdefault(form, name)
    for name, anchor, year, step, first, last in data_rows("fair_cadences.tsv", 6):
        run = (int(anchor), int(year), float(step), int(first), int(last) if last else None)
        lex.cadences[name] = (*lex.cadences.get(name, ()), run)
    for name, first, last, editions, opens, closes in data_rows("fair_calendar.tsv", 6):
        window = FairCalendar.from_cells(first, last, editions, opens, closes)
        lex.calendars[name] = (*lex.calendars.get(name, ()), window)
    for title, kind, body_name in data_rows("titles.tsv", 3):
        # Vice Premier is also written Vice-Premier (vice-governor, vice-mayor …)
        # and Secretary-General also Secretary General
        forms = [title, title.replace("Vice ", "Vice-"), title.replace("-", " ")]
        for form in dict.fromkeys(forms):
            lex.titles.setdefault(form, kind)
            if body_name:
                lex.title_bodies[form.lower()] = body_name
    bodiless = {
        form.lower(): body
        for title, body, _meaning in data_rows("bodiless_titles.tsv", 3)
        for form in (title, title.replace("Vice ", "Vice-"))
    }
    for suffix, kind in data_rows("org_suffixes.tsv", 2):
        lex.org_suffixes[suffix] = kind
    kinds = [r[0] for r in data_rows("agreement_types.tsv", 1)]
    return Lexicon(
        **{
            **lex.__dict__,
            "agreement_types": tuple(sorted(kinds, key=len)[::-1]),
            "bodiless_titles": bodiless,
        }
    )
