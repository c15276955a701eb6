"""How English names name things: what resolution asks of the English language
(the functions :class:`fairgraph.resolve.naming.Naming` lists).

>>> from fairgraph.model import Mention
>>> key_of(Mention(0, 6, "Zambia", "Country"), None)[:2]
('Country|ZM', 'Zambia')
>>> key_of(Mention(0, 27, "Xining Municipal Government", "Organization"), None)[:2]
('Organization|西宁市人民政府', "Xining Municipal People's Government")
>>> key_of(Mention(0, 9, "Commerce", "Organization", origin="implied-by-title"), None)[:2]
('Organization|中华人民共和国商务部', 'Ministry of Commerce')
>>> key_of(Mention(0, 7, "Qinghai", "Place"), None)
('Place|青海省', 'Qinghai', 'official-name-across-languages')

Bodies and places of China are keyed by their Chinese official names (the keys the Chinese
naming gives them), so that a Chinese and an English report about the same body end on one
node; their labels stay English.
>>> party_body("Place|Qinghai", "Secretary"), party_body("Place|Xining", "Vice Mayor")
('Qinghai Provincial CPC Committee', "Xining Municipal People's Government")
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from fairgraph.en.lexicon import Lexicon, Place, data_rows, load_lexicon
from fairgraph.en.names import (
    SYLLABLE,
    cantonese_keys,
    is_chinese_name,
    is_pinyin_given,
    surnames,
    transliteration_keys,
)
from fairgraph.en.recognize import (
    ZONE_COMMITTEE,
    county_name,
    local_department,
    mission,
    org_kind,
    portfolio_words,
    series_named,
)
from fairgraph.en.words import SMALL_WORDS, word_form
from fairgraph.model import Document, Extraction, Mention
from fairgraph.resolve.records import (
    RULE_ACROSS_LANGUAGES,
    RULE_BRANCH,
    RULE_CANTONESE,
    RULE_CONTEXT,
    RULE_LEXICON,
    RULE_NAME_WORDS,
    RULE_NAME_WORDS_ANY_ORDER,
    RULE_TRADE_NAME,
    RULE_TRANSLITERATION,
)

OWN_OUTLET = "the reporting outlet"
#: the legal ending of a company's name, which news drops when it names the company again
LEGAL_END = re.compile(
    r"(?:\s*\((?:Group|Holdings?|China)\))?(?:,?\s+(?:Co\.,?\s+Ltd\.?|Co\.,?\s+Limited"
    r"|Company\s+Limited|Limited|Ltd\.?|Inc\.|Corporation|Corp\.?|PLC|LLC))+$"
)


def short_form(name: str) -> str:
    """The form news names a company by again: without its legal ending, or else without the
    business word that ends it.

    >>> short_form("Acme Solar (Group) Co., Ltd."), short_form("Gao Peak Financial")
    ('Acme Solar', 'Gao Peak')
    >>> short_form("Acme")
    'Acme'
    """
    core = LEGAL_END.sub("", name)
    words = core.rsplit(" ", 1)
    if core == name and len(words) == 2 and load_lexicon().org_suffixes.get(words[1]) == "Company":
        return words[0]
    return core


#: the state whose President and Vice President a Chinese report writes 国家主席, 国家副主席: the
#: key the Chinese naming gives it, and its English name
STATE_OF_CHINA = ("Organization|中华人民共和国", "People's Republic of China")
#: the origin of a company named again without its legal ending (Acme Solar)
SHORT_NAME = "short-name"
#: the origin of "the company" where a post or a signing reads it as its body (the pipeline
#: puts the company it stands for in its place: pipeline.company_before)
ANAPHORA = "anaphora"
_SPACES = re.compile(r"\s+")
_STAFF = ("reporter", "correspondent", "photographer", "editor")


@dataclass(frozen=True)
class Context:
    """What a report is about: its province and city, when it names them most."""

    province: str | None = None
    city: str | None = None
    country: str | None = None  # a foreign country written right before a body (Kazakhstan's)
    owner: str | None = None  # a place of China written right before a body (Gansu's)
    #: every province the report's places of China lie in (a bare county name is read in them)
    provinces: tuple[str, ...] = ()


def clean(name: str) -> str:
    """A surface name with single spaces, without quotes or a leading "the"."""
    name = _SPACES.sub(" ", name).strip().strip("\"'“”‘’")
    return name[4:] if name.startswith(("the ", "The ")) else name


def document_context(document: Document, mentions: Sequence[Mention]) -> Context:
    """The province and city a report is about: the places it names, the places that begin
    the names of its bodies (the Qinghai provincial government), and its dateline's city
    (XINING, July 8 (Xinhua) --)."""
    lex = load_lexicon()
    places = [lex.place(clean(m.text)) for m in mentions if m.type == "Place"]
    for m in mentions:
        if m.type == "Organization":
            places.append(_leading_place(clean(m.text)))
    dateline = re.match(r"\s*([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)\s*,", document.text)
    if dateline is not None:
        places.append(lex.place(dateline.group(1).title()))
    # places of China; a city name two cities share (Taizhou) tells no province
    found = [p for p in places if p is not None and p.chinese and not lex.shared_name(p)]
    provinces = Counter(p.province or p.name for p in found)
    cities = Counter(p.name for p in found if p.level == "city")
    home = _source_place(document.text)
    if home is not None and lex.shared_name(home):  # Suzhou: of the province the report names
        top = provinces.most_common(1)[0][0] if provinces else None
        home = lex.namesake_in(home, top) if top else None
        home = home if home is not None and home.province == top else None
    if home is not None:  # Source: Suzhou Municipal People's Government: the report is Suzhou's
        if home.level == "city":
            cities = Counter({home.name: sum(cities.values()) + 1})
        province = home.province or home.name
        provinces = Counter({province: sum(provinces.values()) + 1})
    return Context(
        province=provinces.most_common(1)[0][0] if provinces else None,
        city=cities.most_common(1)[0][0] if cities else None,
        provinces=tuple(sorted(provinces)),
    )


#: a source line naming a government as the report's own (Source: X Municipal People's Government)
_SOURCE_GOVERNMENT = re.compile(
    r"^\s*\[?\s*(?:Source|From)\s*[:：]\s*(?:the\s+)?(?P<place>[A-Z][\w'’ -]*?)\s+"
    r"(?:Municipal|City|Provincial|Prefectural|Regional|Autonomous\s+Region)\s+People['’]s\s+"
    r"Government\b",
    re.MULTILINE,
)


def _source_place(text: str) -> Place | None:
    """The place of China whose government a source line names as the report's own (Source:
    X Municipal People's Government), in the report's first lines."""
    found = _SOURCE_GOVERNMENT.search(text[:400])
    if found is None:
        return None
    place = load_lexicon().place(found.group("place"))
    return place if place is not None and place.chinese else None


def _leading_place(name: str) -> Place | None:
    """The place of China a body's name begins with (Qinghai provincial government →
    Qinghai), if any."""
    lex = load_lexicon()
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size and (place := lex.place(" ".join(words[:size]))) is not None:
            return None if _division_follows(place, words[size]) else place
    return None


def _division_follows(place: Place, word: str) -> bool:
    """Whether a county-level city's name is a county's or district's here (Anning District is
    Lanzhou's 安宁区, never Yunnan's 安宁市): a division word follows it."""
    return place.level == "county" and word in ("County", "District", "Banner")


def local_context(
    ctx: Context, mention: Mention, before: Callable[[], Sequence[Mention]]
) -> Context:
    """The report's context, and for a body written right behind a foreign country
    (Kazakhstan's Ministry of Trade) that country, whose body it is."""
    if mention.type not in ("Organization", "Role"):
        return ctx
    earlier = [m for m in before() if m.end <= mention.start]
    last = max(earlier, key=lambda m: m.end) if earlier else None
    if last is None or not 1 <= mention.start - last.end <= 3:
        return ctx
    lex = load_lexicon()
    place = lex.place(clean(last.text)) if last.type == "Place" else None
    if place is not None and place.chinese and mention.start - last.end >= 2:
        if mention.type == "Role":
            return ctx
        return replace(ctx, owner=place.name)  # Gansu's Department of Commerce
    if last.type != "Country":
        return ctx
    country = lex.country(clean(last.text)) or lex.demonym(clean(last.text))
    if country is None or (country.iso2 == "CN" and mention.type != "Role"):
        return ctx
    return replace(ctx, country=country.name)  # a title's country: Chinese Vice President


#: the first words of a body every state has (a ministry, a department, an agency …)
_NATIONAL_BODY = re.compile(
    r"(?:Federal\s+|State\s+|National\s+)?(?:Ministry|Department|Agency|Committee|Commission"
    r"|Embassy|Consulate|Central\s+Bank|National\s+Bank)\b"
)


def _foreign_body(name: str, ctx: Context | None) -> tuple[str, str] | None:
    """(key, label) of a foreign country's ministry or agency written behind its country
    (Kazakhstan's Ministry of Foreign Affairs) or its demonym (the Pakistani Ministry of
    Commerce): the body of that country, never China's of the same name.

    >>> _foreign_body("Ministry of Foreign Affairs", Context(country="Kazakhstan"))[1]
    'Ministry of Foreign Affairs of Kazakhstan'
    >>> _foreign_body("Pakistani Commerce Ministry", None)
    ('Organization|巴基斯坦商务部', 'Ministry of Commerce of Pakistan')
    >>> _foreign_body("Ministry of Trade and Integration", Context(country="Kazakhstan"))[0]
    'Organization|Ministry of Trade and Integration of Kazakhstan'
    >>> _foreign_body("Ministry of Commerce", None) is None
    True
    """
    lex = load_lexicon()
    country = ctx.country if ctx is not None else None
    first, _, rest = name.partition(" ")
    demonym = lex.demonym(first) if rest else None
    if demonym is not None and demonym.iso2 != "CN":
        country, name = demonym.name, rest
    if country is None:
        return None
    known = lex.body(name)
    portfolio = re.fullmatch(r"(.+?)\s+Ministry", name)
    ministry = lex.ministry(portfolio.group(1)) if portfolio else None
    if ministry is None and not (
        _NATIONAL_BODY.match(name) or (known is not None and known.kind == "Government")
    ):
        return None
    found = ministry or known
    label = f"{found.name if found is not None else name} of {country}"
    state = lex.country(country)
    zh_country = lex.country_chinese.get(state.iso2, "") if state is not None else ""
    ministry_zh = found.chinese.removeprefix("中华人民共和国") if found is not None else ""
    literal = _portfolio_chinese(found.name, single=True) if found is not None else None
    if zh_country and literal is not None and found is not None and found.kind == "Government":
        # Kazakhstan's Ministry of Transport: 哈萨克斯坦交通部, as Chinese news names a foreign
        # ministry by its portfolio's words, not by China's own ministry (交通运输部)
        return f"Organization|{zh_country}{literal}", label
    if (
        zh_country
        and ministry_zh.endswith("部")
        and found is not None
        and found.kind == "Government"
    ):
        return f"Organization|{zh_country}{ministry_zh}", label  # 哈萨克斯坦外交部, as in Chinese
    listed = _portfolio_chinese(name) if found is None and zh_country else None
    if listed is not None:  # 马来西亚投资、贸易和工业部, as the Chinese report names it
        return f"Organization|{zh_country}{listed}", label
    return f"Organization|{label}", label


def _portfolio_chinese(name: str, single: bool = False) -> str | None:
    """The Chinese name of a ministry whose portfolio lists two or more words the table knows
    (Ministry of Investment, Trade and Industry → 投资、贸易和工业部), else None; ``single``:
    one word as well (Ministry of Transport → 交通部).

    >>> _portfolio_chinese("Ministry of Investment, Trade and Industry")
    '投资、贸易和工业部'
    >>> _portfolio_chinese("Ministry of Trade"), _portfolio_chinese("Ministry of Trade and Magic")
    (None, None)

    A portfolio of two or more words without "and" is one phrase (Ministry of Economic
    Development → 经济发展部); items of several words are phrases too, and a federal ministry
    is 联邦 (Federal Ministry of Agriculture and Rural Development → 联邦农业和农村发展部):

    >>> _portfolio_chinese("Ministry of Economic Development")
    '经济发展部'
    >>> _portfolio_chinese("Federal Ministry of Agriculture and Rural Development")
    '联邦农业和农村发展部'
    """
    table = {w: zh for w, zh in data_rows("portfolio_chinese.tsv", 2)}
    found = re.fullmatch(
        r"(Federal\s+)?Ministry\s+(?:of|for)\s+((?:(?:[A-Z][a-z]+|and),?\s+)*[A-Z][a-z]+)",
        name,
    )
    if found is None:
        return None
    items = [i.split() for i in re.split(r",\s+(?:and\s+)?|\s+and\s+", found.group(2))]
    words = [w for item in items for w in item]
    if len(words) < (1 if single else 2) or any(w not in table for w in words):
        return None
    zh = ["".join(table[w] for w in item) for item in items]
    listed = "、".join(zh[:-1]) + "和" + zh[-1] if len(zh) > 1 else zh[0]
    return ("联邦" if found.group(1) else "") + listed + "部"


def _level(place: Place) -> str:
    if place.chinese.endswith("自治州"):  # Haixi Autonomous Prefecture People's Government
        return "Autonomous Prefecture"
    if place.chinese.endswith(("地区", "盟")):  # Kashgar Prefecture
        return "Prefecture"
    if place.level in ("city", "county") or place.name in (
        "Beijing",
        "Tianjin",
        "Shanghai",
        "Chongqing",
    ):  # a county-level city's (Khorgos Municipal People's Government) as well
        return "Municipal"
    return "Provincial" if place.level == "province" else "Regional"


def place_key(place: Place) -> str:
    """The key of a place: its Chinese name for a place of China (one node with the same place
    read in Chinese reports), its English name elsewhere."""
    return f"Place|{place.chinese or place.name}"


def _place_of_key(key: str) -> Place | None:
    lex = load_lexicon()
    name = key.split("|", 1)[1]
    return lex.chinese_places.get(name) or lex.chinese_counties.get(name) or lex.place(name)


def _county(name: str, ctx: Context | None) -> Place | None:
    """The county or city district of the report's province named so (Lantian County, Baqiao
    District: data/counties.tsv); with no province known (a body a title names, keyed from its
    label alone), the one county of China named so, if only one is."""
    lex = load_lexicon()
    name = county_name(name)
    if ctx is not None and ctx.province is not None:
        return lex.counties.get((name, ctx.province))
    if ctx is not None:
        return None
    found = lex.counties_named.get(name, [])
    return found[0] if len(found) == 1 else None


@functools.cache
def _bare_counties() -> dict[str, tuple[Place, ...]]:
    """A county's or city district's name without its division word (Jindong of Jindong
    District) → the counties so named."""
    out: dict[str, list[Place]] = {}
    for name, counties in load_lexicon().counties_named.items():
        bare = re.sub(r" (?:County|District|Banner)$", "", name)
        if bare != name:
            out.setdefault(bare, []).extend(counties)
    return {name: tuple(counties) for name, counties in out.items()}


def _bare_county(name: str, ctx: Context | None) -> Place | None:
    """The county or district a report names by its bare name (the governments of Jindong,
    Pujiang and Wuyi, in a report about Jinhua): the one so named in the provinces the report's
    places lie in; none where two are, or where the report names no place of China.

    >>> _bare_county("Jindong", Context(provinces=("Hunan", "Zhejiang"))).chinese
    '金东区'
    >>> _bare_county("Pujiang", Context(provinces=("Sichuan", "Zhejiang"))) is None
    True
    >>> _bare_county("Jindong", Context(provinces=("Hunan",))) is None
    True
    """
    if ctx is None or not ctx.provinces:
        return None
    found = [c for c in _bare_counties().get(name, ()) if c.province in ctx.provinces]
    return found[0] if len(found) == 1 else None


def body_key(place: Place, kind: str) -> str:
    """The key of a Chinese place's government or CPC committee: the Chinese official name
    (青海省人民政府, 中国共产党青海省委员会), shared with Chinese reports."""
    if not place.chinese:
        return f"Organization|{government(place)}"
    if kind == "committee":
        return f"Organization|中国共产党{place.chinese}委员会"
    return f"Organization|{place.chinese}人民政府"


def government(place: Place) -> str:
    """The people's government of a Chinese place, under its usual English name (an
    autonomous region's under the region's official name, never "Provincial").

    >>> lex = load_lexicon()
    >>> government(lex.place("Qinghai"))
    "Qinghai Provincial People's Government"
    >>> government(lex.place("Xinjiang"))
    "Xinjiang Uygur Autonomous Region People's Government"
    """
    if not place.chinese:  # a place outside China
        return f"Government of {place.name}"
    if place.level == "county" and place.chinese.endswith(("县", "区", "旗")):
        return f"{place.name} People's Government"  # Lantian County People's Government
    if place.name in ("Hong Kong", "Macao"):
        return f"Government of the {place.name} Special Administrative Region"
    region = load_lexicon().autonomous_region(place)
    if region is not None:
        return f"{region} People's Government"
    return f"{place.name} {_level(place)} People's Government"


def party_committee(place: Place) -> str:
    """The CPC committee of a Chinese place (an autonomous region's: CPC Ningxia Hui
    Autonomous Regional Committee, as Xinhua writes it)."""
    region = load_lexicon().autonomous_region(place)
    if region is not None:
        return f"CPC {region}al Committee"
    if place.level == "county" and place.chinese.endswith(("县", "区", "旗")):
        return f"{place.name} CPC Committee"  # Lantian County CPC Committee
    return f"{place.name} {_level(place)} CPC Committee"


def _region_variants(label: str) -> tuple[str, ...]:
    """The other official English forms of an autonomous region's government or CPC committee
    (People's Government of Ningxia Hui Autonomous Region, Ningxia Hui Autonomous Regional
    People's Government …), under each English name of the region (Tibet, Xizang).

    >>> _region_variants("CPC Guangxi Zhuang Autonomous Regional Committee")[0]
    'Communist Party of China Guangxi Zhuang Autonomous Regional Committee'
    >>> "Xizang Autonomous Region People's Government" in _region_variants(
    ...     "Tibet Autonomous Region People's Government")
    True
    """
    lex = load_lexicon()
    government = re.fullmatch(r"(?P<r>.+ Autonomous Region) People's Government", label)
    committee = re.fullmatch(r"CPC (?P<r>.+ Autonomous Region)al Committee", label)
    found = government or committee
    place = lex.place(found.group("r")) if found else None
    if place is None:
        return ()
    names = [f for f, p in lex.places.items() if p == place and f.endswith(" Autonomous Region")]
    out: list[str] = []
    for r in names:
        if government:
            out += [
                f"{r} People's Government",
                f"People's Government of {r}",
                f"People's Government of the {r}",
                f"{r}al People's Government",
                f"{r}al Government",
                f"{r} Government",
                f"Government of {r}",
                f"Government of the {r}",
            ]
        else:
            out += [
                f"CPC {r}al Committee",
                f"Communist Party of China {r}al Committee",
                f"{r}al Committee of the CPC",
                f"{r}al Committee of the Communist Party of China",
                f"{r}al CPC Committee",
                f"{r} CPC Committee",
                f"{r} Party Committee",
                f"CPC {r} Committee",  # (the region's name unchanged before Committee)
                f"CPC {r} Party Committee",
            ]
    return tuple(v for v in dict.fromkeys(out) if v != label)


_GOVERNMENT = re.compile(
    r"^(?:(?P<a>.+?)\s+(?:Municipal|Provincial|Regional|City|Autonomous Regional)?\s*"
    r"(?:People's\s+)?Government"
    r"|(?:the\s+)?(?:People's\s+Government|(?:municipal|provincial|regional)\s+government"
    r"|Government)\s+of\s+(?P<b>.+))$",
    re.IGNORECASE,
)
_COMMITTEE = re.compile(
    r"^(?:(?P<a>.+?)\s+(?:Municipal|Provincial|Regional|City)?\s*"
    r"(?:CPC|Party|CPC Municipal|CPC Provincial)\s+Committee"
    r"|(?:CPC|Communist\s+Party\s+of\s+China)\s+(?P<b>.+?)\s+(?:Municipal|Provincial|Regional)?"
    r"\s*Committee"
    r"|(?P<c>.+?)\s+(?:Municipal|Provincial|Regional)?\s*Committee\s+of\s+the\s+"
    r"(?:CPC|Communist\s+Party\s+of\s+China)"
    # the (CPC) Party Committee of (the) Xinjiang Uygur Autonomous Region, of Gansu Province
    r"|(?:CPC\s+|Communist\s+Party\s+of\s+China\s+)?(?:Party\s+)?Committee\s+of\s+"
    r"(?!the\s+(?:CPC|Communist)\b)(?P<d>.+))$"
)


def _place_of(name: str) -> Place | None:
    lex = load_lexicon()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)  # Government of the X SAR
    return lex.place(name) or lex.place(name.split(" ")[0] if name else name)


_REGION = re.compile(
    r"^(?:the\s+)?(?:(?:Province|Region|State)\s+of\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:de\s+|del\s+|la\s+)?"
    r"[A-Z][\w'’-]*){0,3}?)(?:\s+(?:Province|Oblast|Krai|Region|Governorate|Prefecture))?$"
)


_NOT_REGION_WORDS = (
    "Municipal Provincial Regional City People's Federal Central Local National State Foreign"
    " Interim Transitional New The"
)
_NOT_REGION = frozenset(_NOT_REGION_WORDS.split())


def _foreign_region(name: str, *, bare: bool = False) -> str | None:
    """The name of a region outside China written with its division word (Mendoza Province →
    Mendoza); with ``bare``, a capitalised name without it as well (the Mendoza government).
    None for a name the lexicon knows, or one that is not a region's.

    >>> _foreign_region("Mendoza Province"), _foreign_region("Mendoza", bare=True)
    ('Mendoza', 'Mendoza')
    >>> _foreign_region("the State of Goias"), _foreign_region("the Federal District")
    ('Goias', None)
    """
    lex = load_lexicon()
    words = name.split()
    if words and lex.demonym(words[0]) and len(words) > 1:
        name = " ".join(words[1:])  # the Argentine Mendoza Province
    m = _REGION.match(name)
    if m is None or (m.group("name") == name and not bare):
        return None
    region = m.group("name")
    if lex.place(region) and lex.place(region).chinese:  # type: ignore[union-attr]
        return None
    if lex.country(region) or lex.body(region) or org_kind(region):
        return None
    own = re.sub(r"^(?:the\s+)?(?:Province|Region|State)\s+of\s+", "", name).split()
    if any(w in _NOT_REGION for w in own) or any(lex.demonym(w) for w in region.split()):
        return None  # (the State of Goias: the state's own words, Goias)
    return region


_SMALL_WORDS = ("of", "for", "and", "the")


def _titled(words: str) -> str:
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in words.split())


def _context_body(name: str, ctx: Context | None) -> tuple[str, str, str | None]:
    """A body written "the city's commerce bureau", "the provincial department of commerce":
    named with the report's city or province (Xiamen Commerce Bureau, Fujian Provincial
    Department of Commerce); its own words when the report names no such place.

    >>> _context_body("city's commerce bureau", Context("Fujian", "Xiamen"))[:2]
    ('Organization|厦门市商务局', 'Xiamen Commerce Bureau')
    >>> _context_body("provincial department of commerce", Context("Fujian", "Xiamen"))[1]
    'Fujian Provincial Department of Commerce'
    """
    if name == "Regional":  # Regional vice chairman A at a sentence's start
        name = "regional"
    name = re.sub(  # the autonomous region's government, the region: the regional government
        r"^(?:autonomous\s+)?region(?:['’]s|al)?(?=\s|$)|^autonomous\s+regional(?=\s)",
        "regional",
        name,
    )
    if name == "regional":  # chairman of the region (kept in a report about such a region)
        name = "regional government"
    standing = re.match(r"(?i)standing committee of the ", name)
    if standing:  # the Standing Committee of the provincial people's congress
        name = name[standing.end() :] + " standing committee"
    level, _, rest = name.partition(" ")
    city = level.startswith(("city", "municipal", "prefect", "county", "district"))
    place = (ctx.city if city else ctx.province) if ctx is not None else None
    if place is None:
        return f"Organization|{name}", name, None
    known = load_lexicon().place(place)
    if known is not None and rest.lower() in ("government", "people's government"):
        return body_key(known, "government"), government(known), RULE_CONTEXT
    if known is not None and rest.lower() in ("party committee", "cpc committee"):
        return body_key(known, "committee"), party_committee(known), RULE_CONTEXT
    assembly = rest.lower().replace("’", "'")
    if known is not None and assembly.startswith("cppcc"):  # the provincial CPPCC (committee)
        label = f"CPPCC {known.name} {_level(known)} Committee"
    elif known is not None and assembly.startswith("people's congress"):
        label = f"{known.name} {_level(known)} People's Congress"
        if assembly.endswith("standing committee"):
            label = f"Standing Committee of the {label}"
    elif level.endswith(("'s", "’s")):
        label = f"{place} {_titled(rest)}"
    else:
        label = f"{place} {_titled(level)} {_titled(rest)}"
    department = department_key(label)
    if department is not None:  # the provincial department of commerce: 青海省商务厅
        return department[0], label, RULE_CONTEXT
    return f"Organization|{label}", label, RULE_CONTEXT


def department_key(name: str, province: str | None = None) -> tuple[str, str] | None:
    """(key, label) of a department of a Chinese province's or city's government, keyed by
    its Chinese name, written in any of its English forms.

    >>> department_key("Qinghai Provincial Department of Commerce")[0]
    'Organization|青海省商务厅'
    >>> department_key("Department of Commerce of Qinghai Province")[0]
    'Organization|青海省商务厅'
    >>> department_key("Xining Municipal Bureau of Commerce")
    ('Organization|西宁市商务局', 'Xining Municipal Bureau of Commerce')
    >>> department_key("Qinghai Provincial Development and Reform Commission")[0]
    'Organization|青海省发展和改革委员会'
    >>> department_key("Acme Department of Commerce") is None
    True
    """
    found = local_department(name)
    if found is not None:
        place, (english, provincial, municipal) = found
        if re.search(r"\b(?:Municipal|City)\b", name):  # Jilin Municipal Bureau of …: the city's
            place = load_lexicon().same_named_city(place) or place
        place = load_lexicon().namesake_in(place, province)  # Taizhou's, in a Zhejiang report
        if place.level == "province" and place.name not in (
            "Beijing",
            "Tianjin",
            "Shanghai",
            "Chongqing",
        ):
            chinese, level = place.chinese + provincial, "Provincial"
        else:
            chinese, level = place.chinese + municipal, "Municipal"
        region = load_lexicon().autonomous_region(place)
        if region is not None:  # Ningxia Hui Autonomous Region Department of Commerce
            label = f"{region} {english}"
            if not english.endswith(("Commission", "Office", "Bureau", "Administration")):
                label = f"{region} Department of {english}"
        elif english.endswith(("Commission", "Office", "Bureau", "Administration")):
            label = f"{place.name} {level} {english}"
        elif level == "Provincial":
            label = f"{place.name} Provincial Department of {english}"
        else:
            label = f"{place.name} Municipal Bureau of {english}"
        return f"Organization|{chinese}", label
    return None


_PLACE_WORDS = r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)"
_LEVEL_WORDS = (
    r"(?:(?:Provincial|Municipal|Regional|City"
    r"|(?:[A-Z][a-z]+\s+)?Autonomous\s+Region(?:al)?)\s+)?"  # Ningxia Hui Autonomous Regional
)
_ZONE_COMMITTEE = re.compile(
    rf"^(?:the\s+)?(?:(?P<a>.+?)\s+{ZONE_COMMITTEE}|{ZONE_COMMITTEE}\s+of\s+(?:the\s+)?(?P<b>.+))$"
)


@functools.cache
def _bank_words() -> str:
    """A bank's or company's name as bodies.tsv writes it, longest first (so that Bank of
    China Gansu Branch leaves the place its own: no guessing where the bank's name ends)."""
    forms = [f for f, body in load_lexicon().bodies.items() if body.kind == "Company"]
    forms.sort(key=lambda f: (-len(f), f))
    names = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return rf"(?P<bank>{names})"


@functools.cache
def _place_body_forms() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """place_bodies.tsv as (pattern, type, Chinese form) rows."""
    rows = []
    for english, kind, chinese in data_rows("place_bodies.tsv", 3):
        pattern = re.escape(english).replace(r"\ ", r"\s+")
        pattern = pattern.replace(r"LEVEL\s+", _LEVEL_WORDS).replace("PLACE", _PLACE_WORDS)
        pattern = pattern.replace("BANK", _bank_words())
        rows.append((re.compile(rf"^(?:the\s+)?{pattern}$"), kind, chinese))
    return tuple(rows)


def place_body_key(name: str, kind: str, province: str | None = None) -> str | None:
    """The Chinese name of a Chinese place's own body or area written in English
    (``place_bodies.tsv``), or of a development zone's administrative committee: the key
    Chinese reports give it too.

    >>> org = "Organization"
    >>> place_body_key("Standing Committee of the Qinghai Provincial People's Congress", org)
    '青海省人民代表大会常务委员会'
    >>> place_body_key("Gansu Branch of Bank of China", org)
    '中国银行甘肃省分行'
    >>> place_body_key("Lanzhou University", org), place_body_key("Lanzhou New Area", "Place")
    ('兰州大学', '兰州新区')
    >>> zone = "Xining Economic and Technological Development Zone"
    >>> place_body_key(f"{zone} Administrative Committee", org)
    '西宁经济技术开发区管理委员会'
    >>> place_body_key("Acme University", "Organization") is None
    True

    A city another province's city shares the English name of is the one of the report's
    ``province`` (Yulin in Shaanxi: 榆林, not Guangxi's 玉林):

    >>> place_body_key("Yulin High-tech Industrial Development Zone", "Place", "Shaanxi")
    '榆林高新技术产业开发区'
    """
    if kind == "Organization":
        m = _ZONE_COMMITTEE.match(name)
        zone = place_body_key(m.group("a") or m.group("b"), "Place", province) if m else None
        if zone is not None:  # the zone's administrative committee, or its Party working one
            return zone + ("党工作委员会" if "Party Working" in name else "管理委员会")
    lex = load_lexicon()
    for pattern, row_kind, chinese in _place_body_forms():
        if row_kind != kind:
            continue
        m = pattern.match(name)
        if m is None:
            continue
        place = lex.place(m.group("place"))
        if place is not None and province is not None:
            place = lex.namesake_in(place, province)
        if place is None or not place.chinese:
            continue
        # 青海省 → 青海; 新疆维吾尔自治区 → 新疆 (a region's name without its group)
        short = re.sub(r"(?:壮族|回族|维吾尔)?自治区$|[省市]$", "", place.chinese)
        out = chinese.replace("SHORT", short)
        if "BANK" in chinese:
            body = lex.body(m.group("bank"))
            if body is None or not body.chinese or body.kind != "Company":
                continue
            bank = re.sub(r"(?:股份)?有限(?:责任)?公司$", "", body.chinese)
            # a province's branch under its full name (甘肃省分行), a city's without 市 (兰州分行)
            out = out.replace("BANK", bank).replace("CN", short if place.level == "city" else "CN")
        return out.replace("CN", place.chinese)
    return None


#: a fair series' standing office: the X Expo Secretariat, the Organizing Committee of the X Expo
_SERIES_UNIT = re.compile(
    r"^(?:the\s+)?(?:(?P<a>.+?)\s+(?P<u>Secretariat|Organi[sz]ing\s+Committee)"
    r"|(?P<v>Secretariat|Organi[sz]ing\s+Committee)\s+of\s+(?:the\s+)?(?P<b>.+))$"
)


def series_unit_key(name: str) -> str | None:
    """The Chinese name of a fair series' secretariat or organising committee written in
    English, as Chinese reports write it (秘书处, 组委会), else None.

    >>> series_unit_key("China-ASEAN Expo Secretariat")
    '中国—东盟博览会秘书处'
    >>> series_unit_key("Organizing Committee of the China-Eurasia Expo")
    '中国—亚欧博览会组委会'
    >>> series_unit_key("Acme Secretariat") is None
    True
    """
    m = _SERIES_UNIT.match(name)
    if m is None:
        return None
    lex = load_lexicon()
    series = lex.fair_series(m.group("a") or m.group("b"))
    chinese = lex.fair_chinese.get(series) if series else None
    if not chinese:
        return None
    unit = m.group("u") or m.group("v")
    return chinese + ("秘书处" if unit == "Secretariat" else "组委会")


_MISSION_CHINESE = {"embassy": "大使馆", "consulate general": "总领事馆", "consulate": "领事馆"}
_MISSION_ENGLISH = {
    "embassy": "Embassy",
    "consulate general": "Consulate General",
    "consulate": "Consulate",
}


def mission_key(name: str) -> tuple[str, str] | None:
    """(key, label) of a diplomatic mission: keyed as Chinese reports write it (the sender's
    Chinese name, 驻, the host — 华 for China, a city by its short name — and the mission), so
    that the two reports meet; labelled Embassy of X in Y. An embassy whose host the name does
    not say is in China when a foreign country sends it (the Pakistani Embassy); a Chinese
    embassy or consulate without its host has no key of its own.

    >>> mission_key("Saudi Embassy in China")
    ('Organization|沙特阿拉伯驻华大使馆', 'Embassy of Saudi Arabia in China')
    >>> mission_key("Consulate-General of Kazakhstan in Urumqi")
    ('Organization|哈萨克斯坦驻乌鲁木齐总领事馆', 'Consulate General of Kazakhstan in Urumqi')
    >>> mission_key("Chinese Embassy in Zambia")[0], mission_key("Chinese Embassy")
    ('Organization|中国驻赞比亚大使馆', None)
    """
    found = mission(name)
    if found is None:
        return None
    lex = load_lexicon()
    names = {c.iso2: c.name for c in lex.countries.values()}
    sender_zh = lex.country_chinese.get(found.sender)
    host_country = found.host_country
    if host_country is None and found.host_place is None:
        if found.sender == "CN" or found.kind != "embassy":
            return None
        host_country = "CN"  # the Pakistani Embassy: in China
    if found.host_place is not None and found.host_place.chinese:
        if found.kind == "embassy":  # the Embassy of Pakistan in Beijing: in China
            host_country, host_zh, host_en = "CN", "华", "China"
        else:
            chinese = found.host_place.chinese
            host_zh = chinese[:-1] if chinese.endswith("市") and len(chinese) > 2 else chinese
            host_en = found.host_place.name
    elif found.host_place is not None:
        host_zh = lex.foreign_chinese.get(found.host_place.name, "")
        host_en = found.host_place.name
    else:
        assert host_country is not None
        host_zh = "华" if host_country == "CN" else lex.country_chinese.get(host_country, "")
        host_en = names.get(host_country, host_country)
    label = (
        f"{_MISSION_ENGLISH[found.kind]} of {names.get(found.sender, found.sender)} in {host_en}"
    )
    if sender_zh and host_zh and found.sender != host_country:
        return f"Organization|{sender_zh}驻{host_zh}{_MISSION_CHINESE[found.kind]}", label
    return f"Organization|{label}", label


def key_of(mention: Mention, ctx: Context | None) -> tuple[str, str, str | None]:
    lex = load_lexicon()
    name = clean(mention.text)
    kind = mention.type
    if kind == "Country":
        country = lex.country(name) or lex.demonym(name)
        if country:
            return f"Country|{country.iso2}", country.name, RULE_LEXICON
    if kind == "Place" and (feature := lex.features.get(name.removeprefix("the "))) is not None:
        return place_key(feature), feature.name, RULE_ACROSS_LANGUAGES  # Qaidam Basin: 柴达木盆地
    if kind == "Place":
        place = lex.place(name)
        if place and not place.chinese and place.name in lex.foreign_chinese:
            # Almaty: 阿拉木图, the key the Chinese naming gives the city
            return f"Place|{lex.foreign_chinese[place.name]}", place.name, RULE_ACROSS_LANGUAGES
        if place and ctx is not None:  # Taizhou in a report about Zhejiang: 台州市
            place = lex.namesake_in(place, ctx.province)
        county = _county(name, ctx)
        if place is None and county is not None:  # Baqiao District, in a report about Shaanxi
            return place_key(county), county.name, RULE_ACROSS_LANGUAGES
        unqualified = _bare_county(name, ctx) if place is None and county is None else None
        if unqualified is not None:  # Jindong, in a report about Jinhua (Zhejiang): 金东区
            return place_key(unqualified), name, RULE_CONTEXT
        if place:
            rule = RULE_ACROSS_LANGUAGES if place.chinese else None
            rule = rule or (None if place.name == name else RULE_LEXICON)
            return place_key(place), place.name, rule
        country = lex.country(name)
        if country:
            return f"Country|{country.iso2}", country.name, RULE_LEXICON
        region = _foreign_region(name)
        if region is not None:  # Mendoza Province: the region Mendoza
            return f"Place|{region}", region, RULE_LEXICON
    if kind == "Organization" and (found := mission_key(name)) is not None:
        return found[0], found[1], RULE_ACROSS_LANGUAGES  # 沙特阿拉伯驻华大使馆
    if kind in ("Organization", "Place"):
        chinese = place_body_key(name, kind, ctx.province if ctx is not None else None)
        if chinese is not None:  # a province's people's congress, a city's university …
            return f"{kind}|{chinese}", name, RULE_ACROSS_LANGUAGES
    if kind == "Organization" and mention.origin == "government-of":
        place = lex.place(name)  # the governments of Qinghai and Gansu: each its own
        if place is not None:
            return body_key(place, "government"), government(place), RULE_ACROSS_LANGUAGES
    if kind == "Organization" and mention.origin == "context-body":
        return _context_body(name, ctx)
    if kind == "Organization" and mention.origin == "context-committee":
        return _context_body(f"{name} party committee", ctx)  # the region's Party chief
    if kind == "Organization" and mention.origin == "party-department":
        owner, _, rest = name.partition(" ")
        place = lex.place(owner.removesuffix("'s").removesuffix("’s"))
        words = rest.split()
        if place is not None and words:  # Guangdong's publicity department
            dept = _titled(" ".join(w for w in words if w not in ("provincial", "municipal")))
            committee = party_committee(place)
            if not committee.startswith("CPC "):  # CPC Qinghai Provincial Committee
                committee = f"CPC {place.name} {_level(place)} Committee"
            label = f"{dept} of the {committee}"
            return f"Organization|{label}", label, RULE_CONTEXT
    if kind == "Organization" and ctx is not None and ctx.owner is not None:
        owned = department_key(f"{name} of {ctx.owner}") or department_key(f"{ctx.owner} {name}")
        if owned is not None:  # Gansu's Department of Commerce: 甘肃省商务厅
            return owned[0], owned[1], RULE_ACROSS_LANGUAGES
        owned_body = place_body_key(f"{ctx.owner} {name}", kind)
        if owned_body is not None:  # Gansu's Sub-council of the CCPIT
            return f"Organization|{owned_body}", f"{ctx.owner} {name}", RULE_ACROSS_LANGUAGES
    national = re.fullmatch(
        r"(?:([A-Z][a-z]+)\s+[Gg]overnment|[Gg]overnment\s+of\s+(?:the\s+)?(.+))", name
    )
    state = (
        (lex.demonym(national.group(1)) or lex.country(national.group(1)))
        if national and national.group(1)
        else (lex.country(national.group(2)) if national else None)
    )
    if kind == "Organization" and state is not None and state.iso2 != "CN":
        label = f"Government of {state.name}"  # the Kyrgyz government, Kyrgyzstan government
        zh_state = lex.country_chinese.get(state.iso2)
        key = f"Organization|{zh_state}政府" if zh_state else f"Organization|{label}"
        return key, label, RULE_LEXICON  # 吉尔吉斯斯坦政府, as the Chinese report writes it
    if kind == "Organization" and (foreign := _foreign_body(name, ctx)) is not None:
        return foreign[0], foreign[1], RULE_CONTEXT  # named from the country written before it
    if kind == "Organization" and (unit := series_unit_key(name)) is not None:
        return f"Organization|{unit}", name, RULE_ACROSS_LANGUAGES
    if kind == "Organization":
        body = lex.ministry(name) if mention.origin == "implied-by-title" else None
        body = body or lex.body(name)
        if body:
            key = f"Organization|{body.chinese or body.name}"
            return key, body.name, RULE_ACROSS_LANGUAGES if body.chinese else RULE_LEXICON
        department = department_key(name, ctx.province if ctx is not None else None)
        if department is not None:  # Qinghai Provincial Department of Commerce: 青海省商务厅
            written = name[:1].isupper() and not re.search(
                r"['’]s\s|\b(?:department|bureau)\b", name
            )
            label = name if written else department[1]  # the commerce department of X: its name
            return department[0], label, RULE_ACROSS_LANGUAGES
        low = name.lower()
        bare = low.removeprefix("provincial ").removeprefix("municipal ").removeprefix("city ")
        own = lex.place(ctx.province) if ctx is not None and ctx.province else None
        if low.startswith(("municipal ", "city ")):  # the municipal government: the city's
            own = lex.place(ctx.city) if ctx is not None and ctx.city else None
            own = lex.namesake_in(own, ctx.province) if own is not None and ctx else own
        if own is not None and bare in ("cpc committee", "party committee"):
            # the report's province's, as 省委 in Chinese
            return body_key(own, "committee"), party_committee(own), RULE_CONTEXT
        if own is not None and bare in ("people's government", "government"):
            return body_key(own, "government"), government(own), RULE_CONTEXT
        for pattern, build, which in (
            (_COMMITTEE, party_committee, "committee"),
            (_GOVERNMENT, government, "government"),
        ):
            m = pattern.match(name)
            if m:
                where = (
                    m.group("a")
                    or m.group("b")
                    or m.groupdict().get("c")
                    or m.groupdict().get("d")
                    or ""
                ).strip()
                # a county named whole first (Datong Hui and Tu Autonomous County: not the
                # city of Datong its first word names)
                whole = (
                    _county(where, ctx)
                    if where.endswith((" County", " District", " Banner"))
                    else None
                )
                place = _place_of(where) if whole is None else None
                if place is not None and _division_follows(place, (where.split() + [""])[1]):
                    place = None  # Jinjiang District: not the city of Jinjiang
                county = whole or (_county(where, ctx) if place is None else None)
                if county is not None:  # the Baqiao District People's Government: 灞桥区人民政府
                    return body_key(county, which), build(county), RULE_ACROSS_LANGUAGES
                if place is not None and re.search(r"\b(?:Municipal|City)\b", name):
                    place = lex.same_named_city(place) or place  # Jilin Municipal …: the city
                if place is not None and ctx is not None:
                    place = lex.namesake_in(place, ctx.province)  # Taizhou's, in Zhejiang
                if place is not None:
                    rule = RULE_ACROSS_LANGUAGES if place.chinese else RULE_LEXICON
                    return body_key(place, which), build(place), rule
                region = _foreign_region(where, bare=True)
                chinese_style = re.search(
                    r"(?i)\b(?:municipal|prefectural|county)\b|\bDistrict\s+People['’]s\b", name
                )
                if which == "government" and region is not None and chinese_style:
                    label = f"{region} Municipal People's Government"  # a city the lexicon lacks
                    if re.search(r"(?i)\bcounty\b", name):
                        label = f"{region.removesuffix(' County')} County People's Government"
                    elif re.search(r"\bDistrict\s+People['’]s\b", name):
                        label = f"{region.removesuffix(' District')} District People's Government"
                    return f"Organization|{label}", label, RULE_LEXICON
                if which == "government" and region is not None:
                    # the Mendoza provincial government: the Government of Mendoza
                    return (
                        f"Organization|Government of {region}",
                        f"Government of {region}",
                        (RULE_LEXICON),
                    )
    return f"{kind}|{name}", name, None


def ordinal(n: int) -> str:
    """6 → '6th', 21 → '21st'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _series_text(mention: Mention) -> str:
    text = clean(mention.text)
    if (
        mention.subtype
        and mention.subtype.startswith("year:")
        and text.endswith(mention.subtype[5:])
    ):
        return re.sub(r"\s+in$", "", text[:-5].rstrip())  # China Hi-tech Fair 2017, … in 2023
    if mention.origin == "session":
        return ""
    first, _, rest = text.partition(" ")
    return rest if mention.subtype and mention.subtype not in ("series",) else clean(mention.text)


def series_of(mention: Mention) -> str:
    """The series a fair mention names (the lexicon's name, else its own words)."""
    words = _series_text(mention)
    if mention.origin == "acronym" or mention.subtype == "series":
        words = clean(mention.text)
    return load_lexicon().fair_series(words) or words


def fair_keys(extraction: Extraction) -> dict[Mention, tuple[str, str]]:
    """Key of each fair mention: series + edition (or year); a series named alone (CIFIT) is
    the report's edition of that series."""
    fairs = [m for m in extraction.mentions if m.type == "Fair"]
    out: dict[Mention, tuple[str, str]] = {}
    editions: dict[str, tuple[str, str]] = {}
    lex = load_lexicon()
    known = [series_of(m) for m in fairs if m.origin != "session"]
    own = next((s for s in known if s in lex.fair_chinese), None)  # the report's series
    if own is None and any(m.origin == "session" for m in fairs):
        own = series_named(extraction.document.text)
    sessions = {}
    for m in fairs:
        if m.origin == "session" and own is not None:  # its 122nd session, the 2015 expo
            shared = lex.fair_chinese.get(own) or own
            if m.subtype and m.subtype.startswith("year:"):
                year = m.subtype[5:]
                sessions[m] = (f"Fair|{shared}|{year}", f"{year} {own}")
            else:
                n = int(m.subtype or 0)
                sessions[m] = (f"Fair|{shared}|{n}", f"{ordinal(n)} {own}")
            continue
        if m.subtype and m.subtype != "series" and m.origin != "session":
            series = series_of(m)
            shared = lex.fair_chinese.get(series) or series  # the Chinese key of the series
            if m.subtype.startswith("year:"):
                year = m.subtype[5:]
                written = _series_text(m)
                name = series if series in lex.fair_chinese else written  # the series' spelling
                key, label = f"Fair|{shared}|{year}", f"{year} {name}"
            else:
                key, label = (
                    f"Fair|{shared}|{m.subtype}",
                    f"{ordinal(int(m.subtype))} {_series_text(m)}",
                )
            if m.origin == "acronym":
                continue
            out[m] = (key, label)
            editions.setdefault(series, (key, label))
    out.update(sessions)
    text = extraction.document.text
    current = [
        key
        for m, key in sessions.items()
        if not re.match(r"[^.;]{0,40}\b(?:19|20)\d\d\b", text[m.end :])  # its first edition in 2010
        and not (m.subtype or "").startswith("year:")  # the 2015 expo: a past edition
    ]
    if own is not None and own not in editions and current:
        editions[own] = current[0]  # the only edition named is a number (its 122nd session)
    for m in fairs:
        if m not in out:
            series = series_of(m)
            if series in editions:
                out[m] = editions[series]
            elif len(set(editions.values())) == 1:
                out[m] = next(iter(editions.values()))
    _short_forms(out, lex)
    return _years_as_editions(out, lex)


_FAIR_HEAD_WORDS = frozenset(
    ["fair", "expo", "exposition", "exhibition", "china", "the", "and", "of", "for"]
)


def _short_forms(keys: dict[Mention, tuple[str, str]], lex: Lexicon) -> None:
    """An edition under a short name the lexicon does not know (the 25th Qinghai Green Fair
    of a headline) is the same edition of the one known series whose name holds its words.

    >>> from fairgraph.model import Mention
    >>> full = Mention(40, 90, "x", "Fair", "25")
    >>> short = Mention(0, 22, "y", "Fair", "25")
    >>> keys = {full: ("Fair|中国·青海绿色发展投资贸易洽谈会|25",
    ...                "25th China Qinghai Green Development Investment and Trade Fair"),
    ...         short: ("Fair|Qinghai Green Fair|25", "25th Qinghai Green Fair")}
    >>> _short_forms(keys, load_lexicon())
    >>> keys[short][0]
    'Fair|中国·青海绿色发展投资贸易洽谈会|25'
    """
    known = {shared for shared in lex.fair_chinese.values()}
    english = {shared: name for name, shared in lex.fair_chinese.items()}
    for m, (key, _label) in list(keys.items()):
        _, shared, number = key.split("|")
        if shared in known or not number.isdigit():
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", shared)} - _FAIR_HEAD_WORDS
        found = {
            (k, lab)
            for k, lab in keys.values()
            if k.split("|")[1] in known
            and k.split("|")[2] == number
            and words
            and words <= {w.lower() for w in re.findall(r"[A-Za-z]+", english[k.split("|")[1]])}
        }
        if len(found) == 1:
            keys[m] = next(iter(found))


def _years_as_editions(
    keys: dict[Mention, tuple[str, str]], lex: Lexicon
) -> dict[Mention, tuple[str, str]]:
    """A fair named by its year (Hainan Expo 2022) is the edition of its series the report
    names (the 2nd China International Consumer Products Expo) when the series' cadence puts
    that edition in that year; one node, not two. Named by its year alone, it is keyed as the
    edition the cadence puts in that year, under its own label.

    >>> from fairgraph.model import Mention
    >>> keys = {Mention(0, 9, "x", "Fair"): ("Fair|中国国际消费品博览会|2", "2nd CICPE"),
    ...         Mention(20, 30, "y", "Fair"): ("Fair|中国国际消费品博览会|2022", "2022 CICPE"),
    ...         Mention(40, 50, "z", "Fair"): ("Fair|中国国际消费品博览会|2019", "2019 CICPE")}
    >>> sorted(set(_years_as_editions(keys, load_lexicon()).values()))
    [('Fair|中国国际消费品博览会|2', '2nd CICPE'), ('Fair|中国国际消费品博览会|2019', '2019 CICPE')]
    """
    series_of_key = {shared: english for english, shared in lex.fair_chinese.items()}
    editions: dict[tuple[str, int], tuple[str, str]] = {}
    for key, label in sorted(set(keys.values())):
        _, shared, number = key.split("|")
        if number.isdigit() and int(number) < 1000:
            year = lex.year_of(series_of_key.get(shared, shared), int(number))
            if year is not None:
                editions.setdefault((shared, year), (key, label))
    out = {}
    for m, (key, label) in keys.items():
        _, shared, number = key.split("|")
        stated = int(number) if number.isdigit() and int(number) >= 1000 else None
        if stated and (shared, stated) not in editions:
            # the 2024 China-Eurasia Expo alone: the edition its cadence puts in 2024 (the
            # 8th), keyed as a report that numbers it (第8届中国—亚欧博览会) keys it
            edition = lex.edition_in(series_of_key.get(shared, shared), stated)
            if edition is not None:
                editions[(shared, stated)] = (f"Fair|{shared}|{edition}", label)
        out[m] = editions.get((shared, stated), (key, label)) if stated else (key, label)
    return out


#: words a name's initials leave out (Confederation of Acme Industry: CAI)
_NOT_INITIALS = frozenset({"of", "the", "and", "for", "&", "de", "in", "on", "to"})


def _initials(name: str, hyphens: bool) -> str:
    words = re.split(r"[\s-]+" if hyphens else r"\s+", name)
    return "".join(w[0] for w in words if w and w not in _NOT_INITIALS and w[0].isupper())


def abbreviations(names: Iterable[str]) -> dict[str, str]:
    """Initials in capitals among ``names`` (a report's organisations) mapped to the key name of
    the one organisation of the report whose words' initials they are, its hyphenated words
    split or not (CBBC: China-Britain Business Council; TEDA: Tianjin Economic-Technological
    Development Area); none for initials the lexicon knows, or that two names share.

    >>> abbreviations(["ABBC", "Acme-Britain Business Council", "Acme Builders"])
    {'ABBC': 'Acme-Britain Business Council'}
    >>> abbreviations(["AB", "Acme Builders", "Apex Brokers"])
    {}
    """
    found = set(names)
    lex = load_lexicon()
    out = {}
    for short in sorted(found):
        if not re.fullmatch(r"[A-Z]{2,6}", short) or lex.body(short) is not None:
            continue
        fulls = {
            full
            for full in found
            if full != short
            and len(full.split()) >= 2
            and short in (_initials(full, True), _initials(full, False))
        }
        if len(fulls) == 1:
            full = fulls.pop()
            out[short] = key_of(Mention(0, len(full), full, "Organization"), None)[0].split("|")[1]
    return out


def declared_short_names(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """Short forms a report gives in brackets behind a name: Ministry of Commerce (MOC)."""
    ordered = sorted(mentions)
    out: dict[str, str] = {}
    for i, m in enumerate(ordered):
        body = load_lexicon().body(m.text)
        known = body is not None  # MOC is the Ministry of Commerce
        if m.origin == "acronym" and m.type == "Organization" and i > 0 and not known:
            full = key_of(ordered[i - 1], None)[1]
            out.setdefault(m.text, full)
        elif m.origin == "acronym" and m.type == "Organization" and i > 0:
            # Guangzhou Automobile Group (GAC): the report's GAC, not the customs' GAC
            before = key_of(ordered[i - 1], None)[0]
            inside = body is not None and body.name in ordered[i - 1].text
            # (… Agency of the Ministry of Commerce (MOC): the ministry's MOC, inside the name)
            if before.startswith("Organization|") and before != key_of(m, None)[0] and not inside:
                out.setdefault(m.text, before.split("|", 1)[1])
        if m.origin == SHORT_NAME:  # Acme Solar after Acme Solar (Group) Co., Ltd.
            whole = next(
                (
                    o
                    for o in ordered[:i]
                    if o.type == "Organization"
                    and o.text != m.text
                    and short_form(o.text) == m.text
                ),
                None,
            )
            key, label, _rule = key_of(whole, None) if whole is not None else ("", "", None)
            if whole is not None and not known and key == f"Organization|{label}":
                out.setdefault(m.text, label)  # (a body the lexicon knows keeps its key)
        elif m.type == "Organization" and not known and _LETTERS.fullmatch(m.text):
            whole = _named_by_initials(m, ordered)
            key, label, _rule = key_of(whole, None) if whole is not None else ("", "", None)
            if whole is not None and key == f"Organization|{label}":
                out.setdefault(m.text, label)  # SIG after Shaanxi Investment Group
            elif whole is not None and whole.start < m.start:
                # NWAFU after Northwest A&F University, a lexicon's: the name, which the
                # resolver keys as that mention is keyed
                out.setdefault(m.text, clean(whole.text))
        elif m.type == "Organization" and m.subtype == "Company" and not known:
            whole = _named_by_first_words(m, ordered[:i])
            key, label, _rule = key_of(whole, None) if whole is not None else ("", "", None)
            if whole is not None and key == f"Organization|{label}":
                out.setdefault(m.text, label)  # Acme's chairman after Acme Group International
            elif whole is not None:  # Lulu after LuLu Group International, a lexicon's
                out.setdefault(m.text, clean(whole.text))
    return out


#: a body written in its capital letters alone (SIG, NWAFU)
_LETTERS = re.compile(r"[A-Z]{2,8}")
#: words an organisation's initials leave out
_UNLETTERED = frozenset(
    ["of", "and", "the", "for", "in", "on", "at", "&", "de", "du", "des", "la", "y", "del"]
)
#: a compound compass word, written with both its letters (Northwest A&F University: NWAFU)
_COMPASS = re.compile(r"(North|South)(east|west)", re.IGNORECASE)


def initials(name: str) -> frozenset[str]:
    """The ways an organisation's name is written in its capital letters: each word's first
    letter, a word in capitals with all its letters, a compass word with both of its own.

    >>> sorted(initials("Shaanxi Investment Group"))
    ['SIG']
    >>> sorted(initials("Northwest A&F University"))
    ['NAFU', 'NWAFU']
    """
    ways = [""]
    for word in name.split():
        if word.lower() in _UNLETTERED or not word[:1].isalpha():
            continue
        letters = {word[0].upper()}
        capitals = re.sub(r"[^A-Z]", "", word)
        if len(capitals) > 1 and word.upper() == word:
            letters = {capitals}  # A&F, CPC
        if compass := _COMPASS.fullmatch(word):
            letters.add(compass.group(1)[0].upper() + compass.group(2)[0].upper())
        ways = [w + x for w in ways for x in sorted(letters)][:16]
    return frozenset(w for w in ways if len(w) >= 2)


def _named_by_initials(m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The one organisation of the report whose name ``m``'s capitals are the initials of (SIG:
    Shaanxi Investment Group), else None."""
    wholes = {
        o.text
        for o in mentions
        if o.type == "Organization" and o.text != m.text and m.text in initials(o.text)
    }
    if len(wholes) != 1:
        return None
    return next(o for o in mentions if o.text in wholes)


def _named_by_first_words(m: Mention, before: Sequence[Mention]) -> Mention | None:
    """The one company named before ``m`` whose name ``m`` opens with whole words (Acme after
    Acme Group International), else None (none, or two such: Acme Bank and Acme Group).

    >>> a = Mention(0, 21, "Acme Group International", "Organization", "Company")
    >>> b = Mention(40, 44, "Acme", "Organization", "Company")
    >>> _named_by_first_words(b, [a]).text
    'Acme Group International'
    >>> _named_by_first_words(b, [a, Mention(25, 34, "Acme Bank", "Organization", "Company")])
    """
    wholes = {
        o.text
        for o in before
        if o.type == "Organization" and o.subtype == "Company" and o.text.startswith(m.text + " ")
    }
    if len(wholes) != 1:
        return None
    return next(o for o in before if o.text in wholes)


def country_prefixed(mentions: Iterable[Mention]) -> dict[tuple[int, int], str]:
    return {}


def written_name(mention: Mention) -> str | None:
    """The name a mention writes for its entity: none for a place read as its government (the
    municipal governments of A, B and C: A is the city, not a name of its government)."""
    return None if mention.origin == "government-of" else mention.text


def party_body(place_key: str, role: str) -> str:
    """The body a title names at a place: a secretary's CPC committee, else the government
    (its key's name: the Chinese official name for a place of China)."""
    place = _place_of_key(place_key)
    party = re.search(r"secretary|party", role, re.IGNORECASE) and "general" not in role.lower()
    lex = load_lexicon()
    shared = lex.counties_named.get(place.name, ()) if place is not None else ()
    if place is not None and place.level == "county" and len(shared) > 1:
        # Pucheng County is 蒲城县 and 浦城县: the Chinese official name says which
        return f"中国共产党{place.chinese}委员会" if party else f"{place.chinese}人民政府"
    if place is None:
        name = place_key.split("|", 1)[1]
        # a place abroad keyed by its Chinese name (阿拉木图): its English name for the label
        name = next((e for e, c in sorted(lex.foreign_chinese.items()) if c == name), name)
        # Party chief of Yuzhong county: the division word as the county's own name writes it
        name = re.sub(r" (county|district)$", lambda m: f" {m.group(1).title()}", name)
        if party and name.endswith((" County", " District")):  # a county the lexicon lacks
            return f"{name} CPC Committee"
        if name.endswith((" County", " District")):  # as its own name is keyed (key_of)
            return f"{name} People's Government"
        return f"Government of {name}"
    if not place.chinese:  # a region abroad (State Secretary … of Minas Gerais): no CPC body
        return f"Government of {place.name}"
    return party_committee(place) if party else government(place)


def person_name_key(name: str) -> str:
    """A name in the key space people share across languages: its letters in lower case
    (pinyin written in English: "Li Ming" → liming, "Lyu Wei" → luwei).

    >>> person_name_key("Li Ming"), person_name_key("Lyu Wei"), person_name_key("Ouyang Jian")
    ('liming', 'luwei', 'ouyangjian')

    A given name written first (Jianguo Wang, as some English reports write Chinese business
    people) is read family name first, when only the last word is a family name:

    >>> person_name_key("Jianguo Wang"), person_name_key("Wang Li"), person_name_key("WANG Jianguo")
    ('wangjianguo', 'wangli', 'wangjianguo')
    """
    words = name.split()
    if (
        len(words) == 2
        and words[1] in surnames()
        and words[0] not in surnames()
        and is_pinyin_given(words[0])
    ):
        name = f"{words[1]} {words[0]}"
    letters = re.sub(r"[^a-z]", "", name.lower().replace("ü", "u"))
    return re.sub(r"^([ln])(?:yu|v)", r"\1u", letters)


def person_short_names(names: Iterable[str]) -> dict[str, str]:
    """Within one report, a name written in capitals (a transcript's speaker label, a byline:
    MA JUN) stands for the one name of the report written with the same letters in mixed case
    (none where two are: Li Na, Li NA).

    >>> person_short_names(["Ma Jun", "MA JUN", "ZHAO LI", "Li Na", "LI NA", "Li NA"])
    {'MA JUN': 'Ma Jun'}
    """
    found = set(names)
    mixed: dict[str, set[str]] = {}
    for name in found:
        if not name.isupper() and name != name.lower():
            mixed.setdefault(name.upper(), set()).add(name)
    return {
        name: next(iter(mixed[name]))
        for name in sorted(found)
        if name.isupper() and " " in name and len(mixed.get(name, ())) == 1
    }


def person_name_keys(name: str) -> tuple[tuple[str, str], ...]:
    """The further keys a name meets other languages' names by: a foreign name's consonant
    skeleton (its Chinese transliteration's), the ends of a name that may be a Cantonese one
    (Ho Hau Wah: 何厚铧).

    >>> person_name_keys("Aminah Rosli")[0]
    ('transliterated-name-shared-organization', 'MNLSL')
    """
    out = [(RULE_TRANSLITERATION, skeleton) for skeleton in transliteration_keys(name)]
    out += [(RULE_CANTONESE, key) for key in cantonese_keys(name)]
    return tuple(out)


@functools.cache
def _name_kinds() -> tuple[tuple[str, str], ...]:
    rows = data_rows("name_kinds.tsv", 2)
    return tuple(sorted(((r[0], r[1]) for r in rows), key=lambda r: -len(r[0])))


#: the place of a cross key whose name has none (the Chinese naming's cross.PLACELESS)
_PLACELESS = "-"
#: the kinds of a company's legal form (the Chinese naming's cross.COMPANY_KINDS): a name
#: with such a kind meets only with words besides it
_COMPANY_KINDS = frozenset(("co ltd", "group co ltd", "group", "corp", "group corp"))


def _cross_place(words: list[str]) -> tuple[str | None, list[str]]:
    """(the Chinese key name of the place, China or country at the head of a name's words,
    the words after it), or (None, the words)."""
    lex = load_lexicon()
    for cut in range(min(len(words), 3), 0, -1):
        head = " ".join(words[:cut])
        place = None
        found = lex.place(head)
        if found is not None and cut < len(words) and _division_follows(found, words[cut]):
            found = None  # Jinjiang District …: not the city of Jinjiang
        if found is not None and found.chinese and found.level in ("province", "city", "county"):
            place = found.chinese
        if found is not None and not found.chinese and found.level == "city":
            place = lex.foreign_chinese.get(found.name)  # a city abroad: Hanoi's, 河内
        country = lex.country(head) or (lex.demonym(head) if cut == 1 else None)
        if place is None and country is not None:
            place = lex.country_chinese.get(country.iso2)  # a body abroad: Kenya's, Kenyan
        if place is not None:
            return place, words[cut:]
    return None, words


_BRANCH_OF = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w'’ -]*?)\s+(?:[Bb]ranch|[Ss]ubsidiary|[Cc]ompany)\s+of\s+"
    r"(?:the\s+)?(?P<parent>[A-Z].+)"
)
_BRANCH_END = re.compile(r"(?:,?\s+(?:Co\.,?\s+Ltd\.?|Company\s+Limited|Co\.|Company|Branch))+$")


def _branch(name: str) -> tuple[str, str] | None:
    """(the parent's Chinese name, the place's) of a lexicon company's branch or subsidiary
    named by the parent and a place of China (China Mobile Tianjin, China Mobile Tianjin Co.,
    Ltd., the Tianjin Branch of China Mobile); never the parent itself.

    >>> _branch("China Mobile Tianjin"), _branch("the Tianjin Branch of China Mobile")
    (('中国移动通信集团有限公司', '天津市'), ('中国移动通信集团有限公司', '天津市'))
    >>> _branch("China Mobile") is None, _branch("Acme Tianjin") is None
    (True, True)
    """
    lex = load_lexicon()
    of = _BRANCH_OF.fullmatch(name)
    if of is not None:
        parent_name, where = of.group("parent"), of.group("place")
    else:
        words = _BRANCH_END.sub("", name).split()
        cut = next((n for n in range(len(words) - 1, 0, -1) if lex.body(" ".join(words[:n]))), None)
        if cut is None:
            return None
        parent_name, where = " ".join(words[:cut]), " ".join(words[cut:])
    parent = lex.body(parent_name)
    place = lex.place(where)
    if parent is None or parent.kind != "Company" or not parent.chinese:
        return None
    if place is None or not place.chinese or place.level not in ("province", "city", "county"):
        return None
    return parent.chinese, place.chinese


def cross_keys(kind: str, label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a company's, zone's or body's English name meets its Chinese name by:
    the place at its head as its Chinese name, its middle words in lower case, its kind
    (data/name_kinds.tsv) — the Chinese naming reads its names into the same words. A name
    with no known kind at its end has none.

    >>> cross_keys("Organization", "Shaanxi Coal and Chemical Industry Group Co., Ltd.")[0][1]
    'Organization|陕西省|coal chemical industry|group co ltd'
    >>> cross_keys("Organization", "Guangxi LiuGong Machinery Co., Ltd.")[0][1]
    'Organization|广西壮族自治区|liugong machinery|co ltd'
    >>> cross_keys("Organization", "Acme Co., Ltd."), cross_keys("Place", "Acme")
    ((('trade-name-across-languages', 'Organization|-|acme'),), ())

    (a trade name alone meets only a Chinese trade name read so: :func:`word_set_keys`)

    A body abroad is keyed by its country's Chinese name, a venue writing its city in brackets
    by that city, a name with no place by its words alone (``-``): a company's only with words
    besides its trade name, which alone never meets.

    >>> cross_keys("Organization", "Kenya National Chamber of Commerce and Industry")[0][1]
    'Organization|肯尼亚|national|chamber commerce industry'
    >>> cross_keys("Place", "National Convention and Exhibition Center (Tianjin)")[0][1]
    'Place|天津市|national|convention exhibition center'
    >>> cross_keys("Organization", "Jiangling Motors Corporation Group")[0][1]
    'Organization|-|jiangling motors|group corp'

    A company is also keyed by its words alone (``…|``), as a name without a legal form is:

    >>> cross_keys("Organization", "Jiangling Motors")[0][1]
    'Organization|-|jiangling motors|'
    """
    if kind == "Fair":
        return fair_word_keys(label)
    if kind not in ("Organization", "Place"):
        return ()
    branch = _branch(label) if kind == "Organization" else None
    # a branch is also keyed by its words, which the other language may write instead
    branched = ((RULE_BRANCH, f"{kind}|{branch[0]}|{branch[1]}|branch"),) if branch else ()
    return branched + _word_keys(kind, label) + word_set_keys(kind, label)


def _word_keys(kind: str, label: str) -> tuple[tuple[str, str], ...]:
    """The keys of :func:`cross_keys` by place, words and kind."""
    lex = load_lexicon()
    text = label
    place: str | None = None
    bracketed = re.fullmatch(r"(.+?)\s*\(([A-Z][\w' -]+)\)", label)
    found = lex.place(bracketed.group(2)) if bracketed is not None else None
    if (
        bracketed is not None
        and found is not None
        and found.chinese
        and found.level in ("province", "city", "county")
    ):
        place, text = found.chinese, bracketed.group(1)  # National … Center (Tianjin)
    words = re.sub(r"[(),.'’]", " ", text.replace("&", " ").replace("-", " ")).split()
    if place is None:
        place, words = _cross_place(words)
    rest = " ".join(w.lower() for w in words if w.lower() not in ("and", "the", "of"))
    ending, name_kind = next(
        ((e, k) for e, k in _name_kinds() if rest == e or rest.endswith(" " + e)), ("", "")
    )
    middle = rest[: -len(ending) - 1] if ending and rest != ending else ("" if ending else rest)
    company = name_kind in _COMPANY_KINDS or not ending
    if not middle and (company or place is None):
        return ()
    if place is None and company and len(middle.split()) < 2:
        return ()  # a trade name alone (Acme Co., Ltd.)
    where = f"{kind}|{place or _PLACELESS}|{middle}"
    out = [(RULE_NAME_WORDS, f"{where}|{name_kind}")] if ending else []
    if name_kind == "group co ltd":  # as the Chinese naming keys a group company also
        out.append((RULE_NAME_WORDS, f"{where}|group"))
    if company and kind == "Organization":  # a company by its words alone (Jiangling Motors)
        out.append((RULE_NAME_WORDS, f"{where}|"))
    return tuple(out)


#: the words right after a place that say its level (Gansu Provincial Highway …)
_LEVEL_AFTER_PLACE = frozenset(("provincial", "province", "municipal", "city", "prefectural"))


@functools.cache
def _legal_words() -> dict[str, frozenset[str]]:
    """The words of a company's legal form (data/legal_words.tsv) by where they stand."""
    out: dict[str, set[str]] = {"end": set(), "head": set()}
    for word, where in data_rows("legal_words.tsv", 2):
        out[where].add(word)
    return {where: frozenset(words) for where, words in out.items()}


def _name_place(label: str) -> tuple[str | None, list[str]]:
    """(the Chinese key name of the place a name is of, the name's other words): the place at
    its head (a demonym too), in brackets at its end (Charoen Pokphand Group (Thailand)), or
    after a last "of" or "in" (Ministry of Transport of Kazakhstan); a level's word after a
    place at the head left out (Gansu Provincial …)."""
    text = re.sub(r"['’]s\b", "", label)
    place: str | None = None
    bracketed = re.fullmatch(r"(.+?)\s*\(([A-Z][\w' -]+)\)", text)
    if bracketed is not None:
        inner, _rest = _cross_place(bracketed.group(2).split())
        if inner is not None and not _rest:
            place, text = inner, bracketed.group(1)
    words = re.sub(r"[(),.'’&/]", " ", text.replace("-", " ")).split()
    if place is None:
        place, words = _cross_place(words)
        if place is not None and words and words[0].lower() in _LEVEL_AFTER_PLACE:
            words = words[1:]
    if place is None:
        for i in range(len(words) - 2, 0, -1):
            if words[i].lower() in ("of", "in"):
                found, rest = _cross_place(words[i + 1 :])
                if found is not None and not rest:
                    place, words = found, words[:i]
                break
    return place, words


def word_set_keys(kind: str, label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a name meets the other language's by the set of its words in any
    order (the Chinese naming's ``cross.word_set_keys``): its place's Chinese name and its
    words, a kind's words as data/name_kinds.tsv writes them, a company's legal form left out;
    a group with and without its group.

    >>> word_set_keys("Organization", "China Federation of Logistics and Purchasing")[0][1]
    'Organization|中国|words:federation logistic purchasing'
    >>> word_set_keys("Organization", "Ministry of Transport of Kazakhstan")[0][1]
    'Organization|哈萨克斯坦|words:ministry transport'

    Its words without the place are the key a Chinese company's trade name and other words
    meet it by (北大荒农垦集团有限公司: Beidahuang Group):

    >>> [k for r, k in word_set_keys("Organization", "Beidahuang Group Co., Ltd.")]
    ['Organization|-|beidahuang group']
    """
    if kind not in ("Organization", "Place"):
        return ()
    place, words = _name_place(label)
    legal = _legal_words()
    low = [w.lower() for w in words if w.lower() not in SMALL_WORDS]
    while low and low[-1] in legal["end"]:
        low.pop()
    while low and low[0] in legal["head"]:
        low.pop(0)
    rest = " ".join(low)
    ending, name_kind = next(
        ((e, k) for e, k in _name_kinds() if rest == e or rest.endswith(" " + e)), ("", "")
    )
    if ending and name_kind not in _COMPANY_KINDS:  # a kind's words as both namings write it
        low = [*rest[: -len(ending)].split(), *name_kind.split()]
    group = "group" in low
    bag = frozenset(word_form(w) for w in low if w != "group")
    out: list[tuple[str, str]] = []
    if place is not None and bag:
        bags = [bag]
        if place == "中国" and "national" in bag and len(bag) > 1:
            bags.append(bag - {"national"})  # China National …: 中国…
        for chosen in bags:
            text = " ".join(sorted(chosen))
            out.append((RULE_NAME_WORDS_ANY_ORDER, f"{kind}|{place}|words:{text}"))
            if group:
                out.append((RULE_NAME_WORDS_ANY_ORDER, f"{kind}|{place}|words:{text} +group"))
    # (a body the lexicon knows, often by a short name, is no trade name a Chinese company's
    # words may be cut to: Xinhua, Haier)
    if bag and kind == "Organization" and load_lexicon().body(label) is None:
        for written in dict.fromkeys((tuple(low), _joined_syllables(low))):
            trade = frozenset(word_form(w) for w in written if w != "group")
            text = " ".join(sorted(trade | ({"group"} if group else set())))
            out.append((RULE_TRADE_NAME, f"{kind}|-|{text}"))
    return tuple(out)


_ONE_SYLLABLE = re.compile(SYLLABLE)


def _joined_syllables(words: list[str]) -> tuple[str, ...]:
    """A name's words with each run of two or more one-syllable pinyin words written as one
    (Bei Da Huang Group: beidahuang group), as the Chinese naming reads a trade name.

    >>> _joined_syllables(["bei", "da", "huang", "group"]), _joined_syllables(["acme", "group"])
    (('beidahuang', 'group'), ('acme', 'group'))
    """
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word and word != "group" and _ONE_SYLLABLE.fullmatch(word):
            run.append(word)
            continue
        out += ["".join(run)] if len(run) >= 2 else run
        run = []
        if word:
            out.append(word)
    return tuple(out)


#: the words of a fair's kind, keyed as one (the Chinese naming's cross._FAIR_KINDS)
_FAIR_KIND_WORDS = frozenset(("expo", "exposition", "exhibition", "fair", "show", "mart"))


def fair_word_keys(label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a fair edition meets the other language's by (the Chinese naming's
    ``cross.fair_word_keys``): its edition (or year) and the set of its series' words, any
    word of a fair's kind as "fair"; three words at least.

    >>> fair_word_keys("14th China (Henan) International Investment and Trade Fair")[0][1]
    'Fair|14|china fair henan international investment trade'
    >>> fair_word_keys("China (Henan) International Investment and Trade Fair")
    ()
    """
    found = re.fullmatch(r"(\d+)(?:st|nd|rd|th)\s+(.+)", label) or re.fullmatch(
        r"(\d{4})\s+(.+)", label
    )
    if found is None:
        return ()
    edition, series = found.groups()
    words = {
        "fair" if w in _FAIR_KIND_WORDS else w
        for w in (word_form(w) for w in re.split(r"[^\w]+", series.replace("'s", "")) if w)
        if w not in SMALL_WORDS
    }
    if len(words) < 3:
        return ()
    return ((RULE_NAME_WORDS_ANY_ORDER, f"Fair|{int(edition)}|{' '.join(sorted(words))}"),)


def body_identity(body: str) -> tuple[str, str]:
    """(key, label) of a body a title names: the key its explicit mention has (the Chinese
    official name of a body of China), the English name as its label.

    >>> body_identity("Qinghai Provincial CPC Committee")
    ('Organization|中国共产党青海省委员会', 'Qinghai Provincial CPC Committee')
    >>> body_identity("State Council")
    ('Organization|中华人民共和国国务院', 'State Council')
    """
    if body == STATE_OF_CHINA[1]:
        return STATE_OF_CHINA
    foreign = re.fullmatch(r"(Ministry of .+) of ([A-Z][\w' -]+)", body)
    state = load_lexicon().country(foreign.group(2)) if foreign else None
    if foreign is not None and state is not None and state.iso2 != "CN":
        found = _foreign_body(foreign.group(1), Context(country=state.name))
        if found is not None:  # a foreign minister's ministry, named by the title (role_body)
            return found
    official = re.fullmatch(r"(.+?)人民政府", body)
    committee = re.fullmatch(r"中国共产党(.+?)委员会", body)
    lex = load_lexicon()
    chinese = official or committee
    where = chinese.group(1) if chinese is not None else ""
    place = (lex.chinese_places.get(where) or lex.chinese_counties.get(where)) if where else None
    if place is not None:  # 榆林市人民政府, 蒲城县: a place whose English name another shares
        return f"Organization|{body}", government(place) if official else party_committee(place)
    key, label, _ = key_of(Mention(0, len(body), body, "Organization"), None)
    return key, label


def title_form(role: str) -> str:
    """A title as the lexicon lists it, in lower case: one holder's (Vice Governors A and B:
    each a vice governor), without a rank before it (First Vice Premier: a vice premier).

    >>> title_form("Vice Governors"), title_form("First Vice Premier"), title_form("Mayor")
    ('vice governor', 'vice premier', 'mayor')
    """
    lex = load_lexicon()
    low = role.lower()
    if low.endswith(("ors", "ers")) and low[:-1] in {t.lower() for t in lex.titles}:
        low = low[:-1]  # Vice Governors A and B: each a vice governor
    return re.sub(r"^(?:first|senior)\s+(?=\S+\s)", "", low)


def standing_title_body(role: str) -> str | None:
    """The body a title standing alone belongs to (``bodiless_titles.tsv``), for people to meet
    by only: the post of General Secretary Xi Jinping has no organisation.

    >>> standing_title_body("General Secretary"), standing_title_body("Mayor")
    ('Communist Party of China Central Committee', None)
    """
    return load_lexicon().bodiless_titles.get(title_form(role)) or None  # (Vice President: none)


def role_body(ctx: Context, role: str) -> str | None:
    """The body a national title names (State Councilor → State Council); a governor's or
    mayor's government, from the report's province or city."""
    lex = load_lexicon()
    low = title_form(role)
    state = lex.country(ctx.country) if ctx.country is not None else None
    if state is not None and state.iso2 != "CN":
        return _foreign_role_body(state.name, low)
    if low in lex.title_bodies:  # State Councilor → State Council
        return lex.title_bodies[low]
    if state is not None and state.iso2 == "CN" and low in ("president", "vice president"):
        return STATE_OF_CHINA[1]  # Chinese Vice President: the state's, as 国家副主席
    minister = re.fullmatch(
        r"(?:federal\s+|union\s+)?(?:(?:first\s+)?(?:deputy|vice)\s+)?minister\s+(?:of|for)\s+"
        r"(?:the\s+)?(.+)",
        low,
    )
    if minister is not None and ctx.country is not None:
        # Russian Deputy Minister of Economic Development: Russia's ministry of that portfolio
        portfolio = " ".join(w if w == "and" else w.title() for w in minister.group(1).split())
        return f"Ministry of {portfolio} of {ctx.country}"
    if low.endswith("governor") and ctx.province and (p := lex.place(ctx.province)):
        return government(p)
    if low.endswith("mayor") and ctx.city and (p := lex.place(ctx.city)):
        p = lex.namesake_in(p, ctx.province)
        if lex.shared_name(p):  # Suzhou in Anhui: 宿州市人民政府, which the English name is not
            return body_key(p, "government").split("|", 1)[1]
        return government(p)
    municipality = lex.place(ctx.province) if ctx.city is None and ctx.province else None
    if low.endswith("mayor") and municipality and (municipality.chinese or "").endswith("市"):
        return government(municipality)  # Tianjin, a municipality: its mayor heads its government
    return None


def _foreign_role_body(country: str, low: str) -> str | None:
    """The ministry a foreign minister's title names (lower-cased), of that country; no body of
    China's (a foreign Vice Premier is no member of the State Council).

    >>> _foreign_role_body("Egypt", "minister of trade and industry")
    'Ministry of Trade and Industry of Egypt'
    >>> _foreign_role_body("Pakistan", "federal minister for commerce")
    'Ministry of Commerce of Pakistan'
    >>> _foreign_role_body("Singapore", "minister of state for trade and industry")
    'Ministry of Trade and Industry of Singapore'
    >>> _foreign_role_body("Kenya", "deputy foreign minister")
    'Ministry of Foreign Affairs of Kenya'
    >>> _foreign_role_body("Kenya", "prime minister"), _foreign_role_body("Kenya", "governor")
    (None, None)
    """
    minister = re.fullmatch(
        r"(?:federal\s+|union\s+)?(?:(?:first\s+)?(?:deputy|vice)\s+)?minister\s+"
        r"(?:of\s+state\s+)?(?:of|for)\s+(?:the\s+)?(.+)",
        low,
    )
    if minister is None:
        short = re.fullmatch(r"(?:(?:first\s+)?(?:deputy|vice)[\s-]+)?([a-z]+)\s+minister", low)
        word = short.group(1) if short else ""
        if word == "foreign":
            return f"Ministry of Foreign Affairs of {country}"
        if word.title() in portfolio_words():
            return f"Ministry of {word.title()} of {country}"
        return None
    portfolio = " ".join(w if w == "and" else w.title() for w in minister.group(1).split())
    return f"Ministry of {portfolio} of {country}"


def is_staff_title(role: str) -> bool:
    return role.lower().endswith(_STAFF)


#: the last word of a newspaper's name, which many write with its article (The Harbour Times)
_PAPER = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)+(?:Post|Times|Herald|Tribune|Gazette|Chronicle|Observer|Star|Nation"
    r"|Standard|Guardian|Independent|Express|Telegraph|Journal|Mail|Record|Himalayan)"
)


def standard_variants(label: str) -> tuple[str, ...]:
    """Other official English forms of a label (an autonomous region's government and
    committee under the forms its portals and Xinhua use); a Chinese name a byline prints
    in capitals (ZHAO HONG, ZHAO Hong) also as it is written in running text (Zhao Hong); a
    newspaper with its article, as its masthead writes it (The Harbour Times); a Chinese
    place's people's government as running text writes it (Xining municipal government); a
    city's or province's CPC committee in the other order (CPC Ningbo Municipal Committee).

    >>> standard_variants("ZHAO HONG"), standard_variants("CGTN")
    (('Zhao Hong',), ())
    >>> standard_variants("Harbour Times")
    ('The Harbour Times',)
    """
    words = label.split()
    if 2 <= len(words) <= 3 and words[0].isupper() and all(w.isalpha() for w in words):
        written = " ".join(w.capitalize() for w in words)
        if written != label and is_chinese_name(written):
            return (written,)
    paper = (f"The {label}",) if _PAPER.fullmatch(label) else ()
    return _region_variants(label) + paper + _plain_government(label) + _committee_order(label)


def _committee_order(label: str) -> tuple[str, ...]:
    """A Chinese city's or province's CPC committee in the other order English writes it
    (Xinhua's CPC Ningbo Municipal Committee; Ningbo Municipal CPC Committee).

    >>> _committee_order("Ningbo Municipal CPC Committee")
    ('CPC Ningbo Municipal Committee',)
    >>> _committee_order("CPC Gansu Provincial Committee")
    ('Gansu Provincial CPC Committee',)
    """
    after = re.fullmatch(r"(.+ (?:Municipal|Provincial|County|District)) CPC Committee", label)
    if after is not None:
        return (f"CPC {after.group(1)} Committee",)
    before = re.fullmatch(r"CPC (.+ (?:Municipal|Provincial|County|District)) Committee", label)
    return (f"{before.group(1)} CPC Committee",) if before is not None else ()


def _plain_government(label: str) -> tuple[str, ...]:
    """A Chinese city's, province's or county's people's government as English news writes
    it in running text (the municipal governments of A and B: A municipal government).

    >>> _plain_government("Xining Municipal People's Government")
    ('Xining municipal government',)
    >>> _plain_government("Ministry of Commerce")
    ()
    """
    found = re.fullmatch(r"(.+) (Municipal|Provincial|County|District) People's Government", label)
    return (f"{found.group(1)} {found.group(2).lower()} government",) if found else ()


def org_subtype(label: str) -> str | None:
    kind = org_kind(label)
    return kind if kind in ("Government", "Company", "Other") else None


#: the last word of a hall's name (… International Expo Center, … Exhibition Hall)
_HALL_END = re.compile(r"\s(?:Cent(?:er|re)|Halls?|Complex|Pavilion)$")


def place_parent(label: str) -> str | None:
    """The key of the place a place lies in: a city's or county's province, or the Chinese
    city a hall's name begins with.

    >>> place_parent("Hangzhou International Expo Center"), place_parent("Acme Expo Center")
    ('Place|杭州市', None)
    """
    lex = load_lexicon()
    place = lex.place(label)
    province = lex.place(place.province) if place and place.province else None
    if province is not None:
        return place_key(province)
    words = label.split()
    if len(words) >= 3 and _HALL_END.search(label):
        for cut in (2, 1):  # Xi'an Qujiang International …, Hangzhou International …
            city = lex.place(" ".join(words[:cut]))
            if city is not None and city.chinese:
                return place_key(city)
    return None


def series_short_names(series: str) -> tuple[str, ...]:
    """The English names of a series keyed by its Chinese name (or by its English one): its
    English name and its English short names.

    >>> series_short_names("中国—东盟博览会")
    ('CAEXPO', 'China ASEAN Expo', 'China-ASEAN Expo', 'China-ASEAN Exposition')
    """
    lex = load_lexicon()
    english = next((e for e, c in lex.fair_chinese.items() if c == series), series)
    names = {f for f, s in lex.fairs.items() if s == english}
    return tuple(sorted(names - {series}))


__all__ = [
    "OWN_OUTLET",
    "standing_title_body",
    "title_form",
    "abbreviations",
    "body_identity",
    "clean",
    "country_prefixed",
    "cross_keys",
    "declared_short_names",
    "document_context",
    "fair_keys",
    "is_staff_title",
    "key_of",
    "local_context",
    "org_subtype",
    "party_body",
    "person_name_key",
    "person_name_keys",
    "person_short_names",
    "place_parent",
    "role_body",
    "series_short_names",
    "standard_variants",
]
