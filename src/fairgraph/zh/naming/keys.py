"""Canonical identities of mentions: the rules that decide which names are the same thing.

Each rule is named; the name is recorded in the graph for every merge it makes.

>>> from fairgraph.model import Mention
>>> from fairgraph.zh.naming.context import DocumentContext
>>> ctx = DocumentContext(province="青海省", city="西宁市")
>>> key_of(Mention(0, 3, "省政府", "Organization"), ctx)[:2]
('Organization|青海省人民政府', '青海省人民政府')
>>> key_of(Mention(0, 7, "吉尔吉斯共和国", "Country"), ctx)[:2]
('Country|KG', '吉尔吉斯斯坦')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from fairgraph.model import Mention
from fairgraph.resolve.records import RULE_CONTEXT, RULE_LEXICON, RULE_ZONE_FORMS
from fairgraph.zh.extract.agreement_clauses import LATIN_NAME_IN_BRACKETS
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.lexicon.entries import CountryEntry
from fairgraph.zh.lexicon.tables import (
    ABBREVIATED_COUNTRY,
    CITY_SHORT_FORM,
    city_short_forms,
    country_abbreviations,
    departments,
    rows,
)
from fairgraph.zh.naming.context import DocumentContext

_COMPANY_TAIL = re.compile(r"^.{0,4}(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司)$")
_GENERIC_TAIL = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "集团公司",
    "集团",
    "公司",
)
_SPACES = re.compile(r"\s+")


@functools.cache
def _abbreviated(short: str) -> CountryEntry | None:
    """The country of a one-character short form (越), or of a side (中方)."""
    code = country_abbreviations().get(short.removesuffix("方"))
    return next((c for c in load_lexicon().countries.values() if c.iso2 == code), None)


def clean(name: str) -> str:
    """A surface name without inner whitespace or decorative dots."""
    return _SPACES.sub("", name).strip("“”\"'《》")


def key_of(mention: Mention, ctx: DocumentContext) -> tuple[str, str, str | None]:
    """(key, canonical label, rule) of an entity mention; rule is None for an exact name."""
    lexicon = load_lexicon()
    name = clean(mention.text)
    kind = mention.type
    if kind == "Country":
        country = lexicon.country_of(name)
        if country is None and mention.origin == ABBREVIATED_COUNTRY:
            country = _abbreviated(name)  # 中越两国: 越 is 越南 there
        if country:
            return f"Country|{country.iso2}", country.name, RULE_LEXICON
    if kind == "Place":
        own = ctx.self_place(name)
        if own:
            return f"Place|{own}", own, RULE_CONTEXT
        place = lexicon.place_of(name) or compound_place(name)
        if place is None and mention.origin == CITY_SHORT_FORM:
            place = lexicon.place_of(city_short_forms().get(name, ""))  # 在沪开幕: 上海市
        if place:
            return f"Place|{place.name}", place.name, RULE_LEXICON
        country = lexicon.country_of(name)
        if country:
            return f"Country|{country.iso2}", country.name, RULE_LEXICON
    if kind == "Organization":
        if mention.origin == "implied-by-place":
            place = lexicon.place_of(name)
            # (自治区: the report's region, whose government 自治区副主席 serves)
            own = None if place else ctx.expand(name + "政府")
            full = government_of(place.name) if place else own or name + "政府"  # a foreign region
            return f"Organization|{full}", full, RULE_CONTEXT
        expanded = ctx.expand(name)
        if expanded:
            entry = lexicon.org_of(expanded)
            # (省发改委 → 某省发改委 → 某省发展和改革委员会: a department in its full form)
            full = (
                entry.name if entry else place_department(expanded) or zone_body_full_name(expanded)
            )
            return f"Organization|{full}", full, RULE_CONTEXT
        entry = (
            lexicon.org_of(name)
            or lexicon.org_of(_core(name))
            or lexicon.org_of(_without_country(name))
            or lexicon.org_of(_older_form_of(name))
            # 浙江国贸 (a group's short name without 集团, before a title): 浙江国贸集团
            or (lexicon.org_of(name + "集团") if len(name) >= 4 else None)
        )
        if entry:
            return f"Organization|{entry.name}", entry.name, RULE_LEXICON
        unit = fair_unit(name)
        if unit is not None and unit != name:  # 东博会秘书处: the secretariat of 东博会's series
            return f"Organization|{unit}", unit, RULE_LEXICON
        body = (
            place_body(name)
            or place_body(_without_party(name))
            or trade_council(name)
            or place_department(name)
        )
        if body:
            # 鄂尔多斯市鄂托克旗人民政府: keyed as the banner's own body, labelled as written
            return f"Organization|{body}", _outer_places(name) + body, RULE_LEXICON
        full = zone_body_full_name(name)
        if full != name:
            return f"Organization|{full}", full, RULE_ZONE_FORMS
    return f"{kind}|{name}", name, None


#: short forms in the names of development zones' bodies, and their official long forms
_ZONE_FORMS = (
    ("经开区", "经济技术开发区"),
    ("高新区", "高新技术产业开发区"),
    ("管委会", "管理委员会"),
)


def zone_body_full_name(name: str) -> str:
    """A zone's administrative committee named with its usual short forms, written in full
    (西宁经开区管委会 → 西宁经济技术开发区管理委员会); other names, and a zone body named
    without its place (经开区管委会), are returned as they are.

    >>> zone_body_full_name("西宁经开区管委会"), zone_body_full_name("经开区管委会")
    ('西宁经济技术开发区管理委员会', '经开区管委会')
    """
    if not name.endswith(("管委会", "管理委员会")) or name.startswith(
        ("经开区", "高新区", "管委会")
    ):
        return name
    for short, full in _ZONE_FORMS:
        name = name.replace(short, full)
    return name


_BODY_FORMS = (
    # (suffix after a place name, canonical template)
    ("人民政府", "{}人民政府"),
    ("省政府", "{}人民政府"),
    ("市政府", "{}人民政府"),
    ("区政府", "{}人民政府"),
    ("州政府", "{}人民政府"),
    ("县政府", "{}人民政府"),
    ("政府", "{}人民政府"),
    ("党委", "中国共产党{}委员会"),
    ("省委", "中国共产党{}委员会"),
    ("市委", "中国共产党{}委员会"),
    ("区委", "中国共产党{}委员会"),
    ("州委", "中国共产党{}委员会"),
    ("县委", "中国共产党{}委员会"),
    ("旗委", "中国共产党{}委员会"),  # a banner (旗), Inner Mongolia's county
    ("旗政府", "{}人民政府"),
    ("人大常委会", "{}人民代表大会常务委员会"),
    ("政协", "中国人民政治协商会议{}委员会"),
)


#: the first characters of suffixes that write a place's level (某县委, 某旗政府)
_LEVEL_CHARS = "省市区州县旗"


def place_body(name: str) -> str | None:
    """A place's government or Party committee under its full name.

    >>> place_body("青海省政府"), place_body("兰州市委"), place_body("甘肃政府")
    ('青海省人民政府', '中国共产党兰州市委员会', '甘肃省人民政府')
    >>> place_body("临夏县委"), place_body("阿拉善左旗旗委"), place_body("阿拉善左旗政府")
    ('中国共产党临夏县委员会', '中国共产党阿拉善左旗委员会', '阿拉善左旗人民政府')
    >>> place_body("浙江省义乌市人民政府")  # a county-level city written behind its province
    '义乌市人民政府'
    """
    lexicon = load_lexicon()
    for suffix, template in _BODY_FORMS:
        if not name.endswith(suffix) or len(name) <= len(suffix) + 1:
            continue
        head = _within_province(name[: -len(suffix)])
        # 临夏县委: the place with the level the suffix writes (临夏县), before the place its
        # head alone names (临夏 → 临夏回族自治州)
        levelled = lexicon.place_of(head + suffix[0]) if suffix[0] in _LEVEL_CHARS else None
        place = levelled or lexicon.place_of(head) or lexicon.place_of(head + suffix[0])
        if place is not None and place.level in ("province", "city", "county"):
            if (
                suffix[0] in _LEVEL_CHARS
                and not place.name.endswith(suffix[0])
                and suffix != "人民政府"
            ):
                continue
            if template == "{}人民政府":
                return government_of(place.name)
            return template.format(place.name)
    return None


def _outer_places(name: str) -> str:
    """The province or city a place's body is written behind (浙江省 of 浙江省义乌市人民政府),
    which its key leaves out; "" for any other name.

    >>> _outer_places("鄂尔多斯市鄂托克旗人民政府"), _outer_places("西宁市人民政府")
    ('鄂尔多斯市', '')
    """
    for suffix, _template in _BODY_FORMS:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            head = name[: -len(suffix)]
            inner = _within_province(head)
            if inner != head and place_body(name) is not None:
                return head[: len(head) - len(inner)]
    return ""


def _within_province(head: str) -> str:
    """A city or county written behind the province or city it lies in (浙江省义乌市 → 义乌市,
    陕西省西安市灞桥区 → 灞桥区); any other head as it is.

    >>> _within_province("浙江省义乌市"), _within_province("陕西省西安市灞桥区")
    ('义乌市', '灞桥区')
    >>> _within_province("青海义乌市"), _within_province("西宁市")
    ('青海义乌市', '西宁市')
    """
    lexicon = load_lexicon()
    for cut in range(2, min(len(head) - 1, 9)):
        outer = lexicon.place_of(head[:cut])
        if outer is None or outer.level not in ("province", "city"):
            continue
        rest = _within_province(head[cut:])
        inner = lexicon.place_of(rest)
        if inner is not None and inner.level in ("city", "county") and inner.name == rest:
            parents: set[str] = set()
            parent = inner.parent
            while parent and parent not in parents:
                parents.add(parent)
                above = lexicon.place_of(parent)
                parent = above.parent if above is not None else None
            if outer.name in parents:
                return rest
    return head


@functools.cache
def _department_forms() -> dict[str, str]:
    """Every department word of ``departments.tsv``, to its full form (``department_forms.tsv``)."""
    full = {name: name for name in departments()}
    for name, shorts in rows("department_forms.tsv", 2):
        full.update(dict.fromkeys(shorts.split("|"), name))
    return full


#: what may stand between a place and its department (甘肃省人民政府外事办公室, 甘肃省政府商务厅)
_GOVERNMENT_WORDS = ("人民政府", "政府", "")


def place_department(name: str) -> str | None:
    """A department of a place's government written with the place, under its full name: the
    place's full name, then the department's full form (甘肃外办, 甘肃省人民政府外事办公室 and
    甘肃省外事办公室 are one office).

    >>> place_department("甘肃省人民政府外事办公室"), place_department("甘肃外办")
    ('甘肃省外事办公室', '甘肃省外事办公室')
    >>> place_department("兰州市政府商务局"), place_department("甘肃省人民政府办公厅")
    ('兰州市商务局', None)
    """
    forms = _department_forms()
    lexicon = load_lexicon()
    for cut in range(2, len(name) - 1):
        place = lexicon.place_of(name[:cut])
        if place is None or place.level not in ("province", "city", "county"):
            continue
        rest = name[cut:]
        for words in _GOVERNMENT_WORDS:
            department = forms.get(rest[len(words) :]) if rest.startswith(words) else None
            if department is not None:
                return place.name + department
    return None


#: the national council whose local councils reports name by their place, and its forms
_COUNCIL = "中国国际贸易促进委员会"
_COUNCIL_FORMS = (_COUNCIL, "中国贸促会")
#: a place's council named after the place (甘肃省贸促会)
_LOCAL_COUNCIL_FORMS = ("国际贸易促进委员会", "贸促会")


def trade_council(name: str) -> str | None:
    """A place's council for the promotion of international trade under one name, however it
    is written: the national council's name, the place's full name, 分会 (中国贸促会新疆分会,
    新疆维吾尔自治区贸促会 and 中国国际贸易促进委员会新疆维吾尔自治区分会 are one council, the form
    an English report's "CCPIT Xinjiang Sub-council" is keyed under too).

    >>> trade_council("中国贸促会新疆分会"), trade_council("甘肃省贸促会")
    ('中国国际贸易促进委员会新疆维吾尔自治区分会', '中国国际贸易促进委员会甘肃省分会')
    >>> trade_council("中国贸促会"), trade_council("中国国际贸易促进委员会")
    (None, None)
    """
    lexicon = load_lexicon()
    written = None
    for form in _COUNCIL_FORMS:
        if name.startswith(form) and name.endswith(("分会", "支会")):
            written = name[len(form) : -2]
            break
    else:
        for form in _LOCAL_COUNCIL_FORMS:
            if name.endswith(form):
                written = name[: -len(form)]
                break
    place = lexicon.place_of(written) if written and len(written) >= 2 else None
    if place is None or place.level not in ("province", "city", "county"):
        return None
    return f"{_COUNCIL}{place.name}分会"


def government_of(place: str) -> str:
    """The government of a place of China under its full name: 某省人民政府, but a special
    administrative region's is 香港特别行政区政府 (never 人民政府).

    >>> government_of("青海省"), government_of("香港特别行政区")
    ('青海省人民政府', '香港特别行政区政府')
    """
    return f"{place}政府" if place.endswith("特别行政区") else f"{place}人民政府"


def compound_place(name: str):  # type: ignore[no-untyped-def]
    """The most specific known place of a compound or variant name, or None.

    >>> compound_place("广西南宁").name, compound_place("广西自治区").name
    ('南宁市', '广西壮族自治区')
    """
    lexicon = load_lexicon()
    for suffix in ("自治区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            entry = lexicon.place_of(name[: -len(suffix)])
            if entry is not None and entry.level == "province":
                return entry
    for cut in range(2, len(name) - 1):
        head, tail = lexicon.place_of(name[:cut]), lexicon.place_of(name[cut:])
        if head is not None and tail is not None and tail.parent == head.name:
            return tail
    return None


def party_body(place_key: str, role: str) -> str:
    """A place named before a title stands for its government or its Party committee; a
    foreign region (one the lexicon does not hold) has a plain 政府, never a 人民政府.

    >>> party_body("Place|西宁市", "副市长"), party_body("Place|西宁市", "市委书记")
    ('西宁市人民政府', '中国共产党西宁市委员会')
    >>> party_body("Place|阿某尔州", "州长")
    '阿某尔州政府'
    >>> party_body("Place|兰州市城关区", "区长")  # a district written with its city
    '兰州市城关区人民政府'
    """
    place = place_key.split("|", 1)[1]
    if load_lexicon().place_of(place) is None and not _chinese_district(place):
        return f"{place}政府"
    if "委" in role or "书记" in role:
        return f"中国共产党{place}委员会"
    return government_of(place)


def _chinese_district(name: str) -> bool:
    """A district or county of China written after its city (兰州市城关区, 某市某县): the
    city is one the lexicon knows.

    >>> _chinese_district("兰州市城关区"), _chinese_district("阿某尔州")
    (True, False)
    """
    city, sep, rest = name.partition("市")
    entry = load_lexicon().place_of(city + sep) if sep else None
    return (
        entry is not None
        and entry.level == "city"
        and 1 < len(rest) <= 6
        and rest.endswith(("区", "县", "旗"))
    )


def abbreviations(names: Iterable[str]) -> dict[str, str]:
    """Short forms among ``names`` mapped to the one full name they abbreviate.

    A short form S abbreviates a full name F when F is an optional place prefix, then S without
    its generic tail (公司, 集团 …), then at most four characters and a company suffix — and
    exactly one such F exists. Cores shorter than two Han characters never match.

    >>> abbreviations(["金山办公", "北京金山办公软件股份有限公司", "国家电网青海省电力公司"])
    {'金山办公': '北京金山办公软件股份有限公司'}
    >>> abbreviations(["国家电网", "国家电网青海省电力公司"])
    {}
    """
    lexicon = load_lexicon()
    pool = sorted(set(names), key=lambda n: (-len(n), n))
    out: dict[str, str] = {}
    for short in pool:
        core = _core(short)
        if sum(1 for ch in core if "\u4e00" <= ch <= "\u9fff") < 2:
            continue
        fulls = []
        for full in pool:
            if len(full) <= len(short) or core not in full:
                continue
            head, _, tail = full.partition(core)
            if head and lexicon.place_of(head) is None and lexicon.country_of(head) is None:
                continue
            if _COMPANY_TAIL.match(tail):
                fulls.append(full)
        if len(fulls) == 1:
            out[short] = fulls[0]
    return out


#: FULL（以下简称“SHORT”）: a short name the report declares for the organisation before it; so
#: is its Latin name in brackets (某某集团有限公司（COSCO SHIPPING）: the same body, never another)
_DECLARED = re.compile(
    r"[（(](?:以下)?(?:简称|称)[“\"「]([^”\"」]{1,12})[”\"」]"
    r"(?:(?:或|、|和)[“\"「]([^”\"」]{1,12})[”\"」])?[）)]"
    r"|" + LATIN_NAME_IN_BRACKETS
)


def declared_short_names(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """Short names a report declares in brackets right after an organisation's name, mapped to
    that name: 甲科技股份有限公司（以下简称“公司”） → {'公司': '甲科技股份有限公司'}.

    >>> t = "甲科技股份有限公司（以下简称“公司”）与乙市签约。公司董事长某某出席。"
    >>> declared_short_names(t, [Mention(0, 9, "甲科技股份有限公司", "Organization")])
    {'公司': '甲科技股份有限公司'}
    >>> t = "甲科技股份有限公司（以下简称“甲科技”或“公司”）签约"
    >>> declared_short_names(t, [Mention(0, 9, "甲科技股份有限公司", "Organization")])
    {'甲科技': '甲科技股份有限公司', '公司': '甲科技股份有限公司'}
    >>> t = "甲乙航运集团有限公司（JY Shipping）与丙市签约"
    >>> declared_short_names(t, [Mention(0, 10, "甲乙航运集团有限公司", "Organization")])
    {'JYShipping': '甲乙航运集团有限公司'}
    >>> declared_short_names("甲科技股份有限公司（600519.SH）", [Mention(0, 9, "甲科技股份有限公司",
    ...     "Organization")])
    {}
    """
    out: dict[str, str] = {}
    for m in mentions:
        if m.type != "Organization":
            continue
        match = _DECLARED.match(text, m.end)
        for short in match.groups() if match is not None else ():
            if short and short != m.text:
                out.setdefault(clean(short), clean(m.text))
    return out


def _without_country(name: str) -> str:
    """中国商务部 / 国家商务部 → 商务部: a national body named with its country in front."""
    for prefix in ("中华人民共和国", "中国", "国家"):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix) :]
    return name


#: a company's older or shorter tails, which name the same company as the lexicon's (a
#: 股份有限公司 or a bare 有限公司 is often a listed subsidiary: a company of its own)
_OLDER_TAILS = ("集团公司", "集团", "总公司")


def _older_form_of(name: str) -> str:
    """The lexicon's company that ``name`` names with an older or shorter tail, else "".

    >>> _older_form_of("中国移动通信集团公司"), _older_form_of("中国南方航空股份有限公司")
    ('中国移动通信集团有限公司', '')
    """
    if not name.endswith(_OLDER_TAILS):
        return ""
    return companies_by_core().get(_core(name), "")


@functools.cache
def companies_by_core() -> dict[str, str]:
    """The lexicon's companies by their core (the name without its company tail), for the
    cores only one company has: a company named with another tail is that company
    (中国电子科技集团, 中国移动通信集团公司 → 中国移动通信集团有限公司).

    >>> companies_by_core()["中国移动通信"]
    '中国移动通信集团有限公司'
    >>> "中国电信" in companies_by_core()  # 中国电信集团有限公司 and 中国电信股份有限公司
    False
    """
    names: dict[str, set[str]] = {}
    for entry in load_lexicon().organizations.values():
        core = _core(entry.name)
        if entry.kind == "Company" and core != entry.name:
            names.setdefault(core, set()).add(entry.name)
    return {core: next(iter(found)) for core, found in names.items() if len(found) == 1}


def _without_party(name: str) -> str:
    """中共福建省委 → 福建省委 (the place-body rule then names it in full)."""
    return name[2:] if name.startswith("中共") and name.endswith("委") else name


def _core(name: str) -> str:
    for tail in _GENERIC_TAIL:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
    return name


#: the units of a fair series named after it, and the form their key writes (as the English
#: naming's ``series_unit_key`` keys "China-ASEAN Expo Secretariat")
_FAIR_UNITS = (
    ("秘书处", "秘书处"),
    ("组织委员会", "组委会"),
    ("组委会", "组委会"),
)


def fair_unit(name: str) -> str | None:
    """A fair series' secretariat or organising committee named by the series' full or short
    name, under the series' full name (东博会秘书处 → 中国—东盟博览会秘书处), else None; a
    short name several series share names none.

    >>> fair_unit("东博会秘书处"), fair_unit("中国—亚欧博览会组织委员会")
    ('中国—东盟博览会秘书处', '中国—亚欧博览会组委会')
    >>> fair_unit("某某会秘书处") is None
    True
    """
    for suffix, unit in _FAIR_UNITS:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            head = re.sub(r"^第[0-9一二三四五六七八九十百]+届", "", name[: -len(suffix)])
            found = load_lexicon().fair_candidates(head)
            if len(found) == 1:
                return found[0].name + unit
    return None
