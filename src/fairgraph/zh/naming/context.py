"""What a report is about: its province and city, for resolving 省政府, 我省, 市委 ….

>>> from fairgraph.model import Document, Mention
>>> doc = Document.from_text("西宁7月11日电 青海省举行推介会。省政府表示欢迎。", source="a.txt")
>>> places = [Mention(0, 2, "西宁", "Place"), Mention(10, 13, "青海省", "Place")]
>>> ctx = document_context(doc, places)
>>> (ctx.province, ctx.city)
('青海省', '西宁市')
>>> ctx.expand("省政府")
'青海省人民政府'
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from fairgraph.model import Document, Mention
from fairgraph.zh.extract.fair_mentions import series_name
from fairgraph.zh.extract.schools import OWN_SCHOOL, school_of
from fairgraph.zh.lexicon import load_lexicon

# Short forms that stand for the report's own province's or city's bodies.
_PROVINCE_BODIES = {
    "省政府": "{p}人民政府",
    "省人民政府": "{p}人民政府",
    "省委": "中国共产党{p}委员会",
    "省委省政府": "",  # two bodies at once: leave unresolved
    "省人大常委会": "{p}人民代表大会常务委员会",
    "省人大": "{p}人民代表大会",
    "省政协": "中国人民政治协商会议{p}委员会",
}
_CITY_BODIES = {
    "市政府": "{c}人民政府",
    "市人民政府": "{c}人民政府",
    "市委": "中国共产党{c}委员会",
    "市人大常委会": "{c}人民代表大会常务委员会",
    "市政协": "中国人民政治协商会议{c}委员会",
}
#: an autonomous region's own short forms (自治区党委, 自治区政府), only for such a region
_REGION_BODIES = {
    "自治区党委": "中国共产党{p}委员会",
    "自治区人大常委会": "{p}人民代表大会常务委员会",
    "自治区人大": "{p}人民代表大会",
    "自治区政协": "中国人民政治协商会议{p}委员会",
    "自治区政府": "{p}人民政府",
    "自治区人民政府": "{p}人民政府",
}
#: a county's (县) bodies, for a report about one county
_COUNTY_BODIES = {
    "县委": "中国共产党{x}委员会",
    "县政府": "{x}人民政府",
    "县人民政府": "{x}人民政府",
}
#: a banner's (旗, Inner Mongolia's county) bodies, for a report about one banner
_BANNER_BODIES = {
    "旗委": "中国共产党{x}委员会",
    "旗政府": "{x}人民政府",
    "旗人民政府": "{x}人民政府",
}
#: an autonomous prefecture's (州) bodies, for a report whose city is one
_PREFECTURE_BODIES = {
    "州委": "中国共产党{c}委员会",
    "州政府": "{c}人民政府",
    "州人民政府": "{c}人民政府",
    "州人大常委会": "{c}人民代表大会常务委员会",
    "州政协": "中国人民政治协商会议{c}委员会",
}
#: a league's (盟) bodies, for a report whose city is one (its government is a 行政公署)
_LEAGUE_BODIES = {
    "盟委": "中国共产党{c}委员会",
    "盟行署": "{c}行政公署",
    "盟行政公署": "{c}行政公署",
}
#: a city district's (区) bodies, for a report about one district
_DISTRICT_BODIES = {
    "区委": "中国共产党{x}委员会",
    "区政府": "{x}人民政府",
    "区人民政府": "{x}人民政府",
}
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
#: a local Party committee's departments (省委宣传部, 市委组织部)
COMMITTEE_DEPARTMENTS = ("宣传部", "组织部", "统战部", "政法委", "政法委员会")
#: a zone's administrative committee written alone
_ZONE_COMMITTEES = ("管委会", "管理委员会")
#: a zone's Party working committee, whose zone a bare 管委会 after it belongs to
_ZONE_PARTY = ("党工委", "工委")
_SELF_PLACE = {
    "我省": "province",
    "全省": "province",
    "本省": "province",
    "我市": "city",
    "全市": "city",
    "本市": "city",
    # an autonomous region's own reports (广西日报, 内蒙古日报): 我区 is the region
    "我区": "region",
    "全区": "region",
}
# Titles that name the body they belong to (常务副省长 → the provincial government).
_ROLE_BODIES = (
    (re.compile(r"^(?:常务|代)?(?:副)?省长(?:助理)?$"), "sheng", "{p}人民政府"),
    (re.compile(r"^省委"), "sheng", "中国共产党{p}委员会"),
    (re.compile(r"^省人大常委会"), "sheng", "{p}人民代表大会常务委员会"),
    (re.compile(r"^省政协"), "sheng", "中国人民政治协商会议{p}委员会"),
    (re.compile(r"^省政府"), "sheng", "{p}人民政府"),
    (re.compile(r"^自治区(?:常务|代)?(?:副)?主席$"), "province", "{p}人民政府"),
    (re.compile(r"^自治区党委"), "province", "中国共产党{p}委员会"),
    (re.compile(r"^自治区政府"), "province", "{p}人民政府"),
    (re.compile(r"^市政府"), "city", "{c}人民政府"),
    (re.compile(r"^(?:常务|代)?(?:副)?市长(?:助理)?$"), "city", "{c}人民政府"),
    # (总书记, 国家主席 name no body: lexicon/data/bodiless_titles.tsv)
    (re.compile(r"^国务院(?:副)?总理$|^(?:副)?总理$"), "", "中华人民共和国国务院"),
    (re.compile(r"^国务委员$"), "", "中华人民共和国国务院"),
    # the PLA's chief of the general staff heads its General Staff (总参谋部, before 2016)
    (re.compile(r"^(?:副)?总参谋长$"), "", "中国人民解放军总参谋部"),
    (re.compile(r"^市委"), "city", "中国共产党{c}委员会"),
    (re.compile(r"^(?:常务|代)?(?:副)?县长(?:助理)?$"), "county", "{x}人民政府"),
    (re.compile(r"^县委"), "county", "中国共产党{x}委员会"),
    (re.compile(r"^(?:常务|代)?(?:副)?旗长(?:助理)?$"), "banner", "{x}人民政府"),
    (re.compile(r"^旗委"), "banner", "中国共产党{x}委员会"),
    (re.compile(r"^(?:常务|代)?(?:副)?州长(?:助理)?$"), "prefecture", "{c}人民政府"),
    (re.compile(r"^州委"), "prefecture", "中国共产党{c}委员会"),
    (re.compile(r"^州政府"), "prefecture", "{c}人民政府"),
    # a special administrative region's chief executive heads its government (澳门特别行政区政府)
    (re.compile(r"^(?:候任)?行政长官$"), "sar", "{p}政府"),
    # a league of Inner Mongolia (锡林郭勒盟): its 盟长 heads its 行政公署
    (re.compile(r"^(?:常务|代)?(?:副)?盟长(?:助理)?$"), "league", "{c}行政公署"),
    (re.compile(r"^盟委"), "league", "中国共产党{c}委员会"),
    (re.compile(r"^(?:常务|代)?(?:副)?区长(?:助理)?$"), "district", "{x}人民政府"),
    (re.compile(r"^区委"), "district", "中国共产党{x}委员会"),
)


@dataclass(frozen=True)
class DocumentContext:
    """The province and city a report is about (canonical names), if any."""

    province: str | None = None
    city: str | None = None
    county: str | None = None  # a county (某某县) or district (某某区) the report is about
    #: (start, end, province) of sentences that speak for another province through its official
    #: (…福建省…，省长赵某…。赵某代表省委、省政府…: the second sentence is 福建省's)
    sentence_provinces: tuple[tuple[int, int, str], ...] = field(
        default=(), compare=False, repr=False
    )
    #: (start, end) of places where a fair is held, in a report on a place of its own (我市…
    #: 组团参加): a bare 市委 after them is still the report's own
    event_sites: frozenset[tuple[int, int]] = field(default=frozenset(), compare=False, repr=False)
    #: the province (省) most named, for a report whose own place is an autonomous region or a
    #: municipality: 省长, 省政府, 省商务厅 name a 省, never a 自治区 (我省代表团在广西…)
    other_sheng: str | None = field(default=None, compare=False, repr=False)
    #: the development zone whose Party working committee a sentence named before a bare
    #: 管委会 (某新区党工委书记、管委会主任): the committee is that zone's
    zone: str | None = field(default=None, compare=False, repr=False)
    #: the local Party committee (中共某省委) whose title a chain gave right before a bare
    #: department of it (省委常委、宣传部部长): the department is that committee's
    committee: str | None = field(default=None, compare=False, repr=False)
    #: the province or city whose official's title a chain gave right before a bare department
    #: of its government (某省政府副秘书长、商务厅厅长): the department is that place's
    department_place: str | None = field(default=None, compare=False, repr=False)
    #: the university whose news site published the report: what 我校 and 本校 are
    school: str | None = field(default=None, compare=False, repr=False)

    @property
    def sheng(self) -> str | None:
        """The 省 that 省政府, 省委, 省长 and 省某厅 name: the report's province when it is a
        省, else the 省 the report names most, else none.

        >>> DocumentContext("广西壮族自治区", other_sheng="湖南省").expand("省商务厅")
        '湖南省商务厅'
        >>> DocumentContext("广西壮族自治区").body_of_role("副省长") is None
        True
        """
        if self.province and self.province.endswith("省"):
            return self.province
        return self.other_sheng

    def province_at(self, offset: int) -> str | None:
        """The other province the sentence at ``offset`` speaks for, if any."""
        return next((p for s, e, p in self.sentence_provinces if s <= offset < e), None)

    @property
    def qi(self) -> str | None:
        """The banner (旗) that 旗委, 旗政府 and 旗长 name: the one the report is about, if any.

        >>> DocumentContext("内蒙古自治区", "阿拉善盟", "阿拉善左旗").expand("旗委")
        '中国共产党阿拉善左旗委员会'
        """
        return self.county if self.county and self.county.endswith("旗") else None

    @property
    def xian(self) -> str | None:
        """The 县 that 县委, 县政府 and 县长 name: the county the report is about, if it is one."""
        return self.county if self.county and self.county.endswith("县") else None

    @property
    def shi(self) -> str | None:
        """The 市 that 市委, 市政府 and 市长 name: the report's city when it is one, else a
        county-level city the report is about (格尔木市 in a report on 海西州), else none."""
        if self.city and self.city.endswith("市"):
            return self.city
        return self.county if self.county and self.county.endswith("市") else None

    @property
    def prefecture(self) -> str | None:
        """The report's city when it is a prefecture (海西蒙古族藏族自治州): 州委, 州长 name it."""
        return (
            self.city if self.city and self.city.endswith("州") and "自治州" in self.city else None
        )

    @property
    def sar(self) -> str | None:
        """The report's province when it is a special administrative region (香港, 澳门)."""
        return self.province if self.province and self.province.endswith("特别行政区") else None

    @property
    def league(self) -> str | None:
        """The report's city when it is a league (锡林郭勒盟): 盟委, 盟长 name it."""
        return self.city if self.city and self.city.endswith("盟") else None

    @property
    def district(self) -> str | None:
        """The report's county-level place when it is a district (某某区), with its city in
        front as in the district's bodies' official names: 区委, 区长 name it."""
        if not (self.county and self.county.endswith("区")):
            return None
        return (self.city or "") + self.county

    def expand(self, name: str) -> str | None:
        """The full name of a short-form body (省政府 → 青海省人民政府), or None.

        >>> ctx = DocumentContext("广西壮族自治区", None, "某某县")
        >>> ctx.expand("自治区党委"), ctx.expand("县委")
        ('中国共产党广西壮族自治区委员会', '中国共产党某某县委员会')
        >>> DocumentContext("青海省").expand("自治区党委") is None
        True
        >>> DocumentContext("青海省", "海西蒙古族藏族自治州").expand("州政府")
        '海西蒙古族藏族自治州人民政府'
        >>> DocumentContext("浙江省", "宁波市", "北仑区").expand("区政府")
        '宁波市北仑区人民政府'
        >>> DocumentContext("青海省", "海西蒙古族藏族自治州", "格尔木市").expand("市委")
        '中国共产党格尔木市委员会'
        >>> ctx = dataclasses.replace(DocumentContext("青海省"), department_place="甘肃省")
        >>> ctx.expand("商务厅"), ctx.expand("省商务厅")
        ('甘肃省商务厅', '甘肃省商务厅')
        """
        if name in _OWN_SCHOOL and self.school:
            return self.school  # 我校 in a university's own news
        if name in _ZONE_COMMITTEES and self.zone:
            return self.zone + "管委会"
        if name in _PROVINCE_BODIES and self.sheng and _PROVINCE_BODIES[name]:
            return _PROVINCE_BODIES[name].format(p=self.sheng)
        if name in _REGION_BODIES and self.province and self.province.endswith("自治区"):
            return _REGION_BODIES[name].format(p=self.province)
        if name in _BANNER_BODIES and self.qi:
            return _BANNER_BODIES[name].format(x=self.qi)
        if name in _COUNTY_BODIES and self.xian:
            return _COUNTY_BODIES[name].format(x=self.xian)
        if name in _DISTRICT_BODIES and self.district:
            return _DISTRICT_BODIES[name].format(x=self.district)
        if name in _PREFECTURE_BODIES and self.prefecture:
            return _PREFECTURE_BODIES[name].format(c=self.prefecture)
        if name in _LEAGUE_BODIES and self.league:
            return _LEAGUE_BODIES[name].format(c=self.league)
        if name in _CITY_BODIES and self.shi:
            return _CITY_BODIES[name].format(c=self.shi)
        if self.department_place and name.endswith(_DEPARTMENT_ENDS):
            # 某省政府副秘书长、商务厅厅长 → 某省商务厅; 某省副省长兼省商务厅厅长: the level
            # written before the department is the place's own (某省 + 商务厅)
            if name[:1] in _LEVEL_CHARS and self.department_place.endswith(name[:1]):
                return self.department_place + name[1:]
            if name[:1] not in _LEVEL_CHARS:
                return self.department_place + name
        if name in COMMITTEE_DEPARTMENTS and self.committee:
            return self.committee + name  # 省委常委、宣传部部长 → 中共某省委宣传部
        department = next((d for d in COMMITTEE_DEPARTMENTS if name[2:] == d), None)
        if department and name[:2] == "省委" and self.sheng:
            return f"中共{self.sheng}委{department}"  # 省委宣传部 → 中共青海省委宣传部
        if department and name[:2] == "市委" and self.shi:
            return f"中共{self.shi}委{department}"
        if len(name) > 2 and name[0] == "省" and name[1] != "委" and self.sheng and _is_body(name):
            return self.sheng + name[1:]  # 省商务厅 → 青海省商务厅
        if len(name) > 2 and name[0] == "市" and name[1] != "委" and self.shi and _is_body(name):
            return self.shi + name[1:]
        return None

    def self_place(self, name: str) -> str | None:
        """我省 → the province, 我市 → the city."""
        level = _SELF_PLACE.get(name)
        if level == "region":
            region = self.province if self.province and self.province.endswith("自治区") else None
            return region
        return self.province if level == "province" else self.shi if level == "city" else None

    def body_of_role(self, role: str) -> str | None:
        """The body a bare title implies: 常务副省长 → 青海省人民政府, 副总理 → 国务院."""
        for pattern, level, template in _ROLE_BODIES:
            if pattern.search(role):
                if not level:
                    return template
                place = {
                    "province": self.province,
                    "sheng": self.sheng,
                    "city": self.shi,
                    "county": self.xian,
                    "banner": self.qi,
                    "prefecture": self.prefecture,
                    "league": self.league,
                    "sar": self.sar,
                    "district": self.district,
                }[level]
                return template.format(p=place, c=place, x=place) if place else None
        return None


def _is_body(name: str) -> bool:
    lexicon = load_lexicon()
    return name.endswith(lexicon.gov_suffixes)


#: a report that speaks of its own province (我省) …
#: how a city's own report names it
_OWN_CITY = ("我市", "本市")
_OWN_PROVINCE = ("我省", "我区", *_OWN_CITY)
#: … and of a place it visits: 到/赴/前往 某省 (考察)
_VISIT = ("到", "赴", "前往", "来到", "访问")


#: 于/在 PLACE (…) 开幕/举行…: where an event is held
_HELD_AFTER = re.compile(
    r"[^，。；！？\n]{0,14}?(?:隆重|盛大|顺利|正式)?"
    r"(?:开幕|举行|举办|召开|开展|开馆|启幕|闭幕|落幕|拉开帷幕|拉开序幕|落下帷幕|揭幕)"
)


def held_in(text: str, place: Mention) -> bool:
    """``place`` is where an event of its sentence is held (…于四川成都拉开帷幕).

    >>> t = "博览会于四川成都拉开帷幕，我市组团参加。"
    >>> held_in(t, Mention(4, 6, "四川", "Place")), held_in(t, Mention(6, 8, "成都", "Place"))
    (True, True)
    >>> held_in("成都市代表团于9日抵达。", Mention(0, 3, "成都市", "Place"))
    False
    """
    head = text[max(0, place.start - 6) : place.start]
    if not re.search(r"[于在](?:[\u4e00-\u9fff]{0,5})$", head) or re.search(r"[，。；]", head):
        return False
    return bool(_HELD_AFTER.match(text, place.end))


def _host_cities(mentions: Sequence[Mention]) -> set[str]:
    """The host cities (lexicon) of the fair series the report names (兰洽会 → 兰州市)."""
    lexicon = load_lexicon()
    out = set()
    for m in mentions:
        if m.type == "Fair":
            entry = lexicon.fair_of(series_name(m, lexicon))
            if entry is not None and entry.city:
                out.add(entry.city)
    return out


def document_context(document: Document, mentions: Sequence[Mention]) -> DocumentContext:
    """The province and city a report is about: dateline and title first, then the most named."""
    lexicon = load_lexicon()
    provinces: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    counties: Counter[str] = Counter()
    head = len(document.title or "") + 80
    own = any(word in document.text for word in _OWN_PROVINCE)
    sites = frozenset(
        (m.start, m.end)
        for m in mentions
        if own and m.type == "Place" and held_in(document.text, m)
    )
    for m in mentions:
        if m.type not in ("Place", "Organization"):
            continue
        if (
            own
            and m.type == "Place"
            and (document.text.endswith(_VISIT, 0, m.start) or (m.start, m.end) in sites)
        ):
            # 我省代表团到甘肃省考察, 博览会于四川成都开幕…我市组团参加: the place visited, or
            # where the fair was held, is not the report's own
            continue
        entry = lexicon.place_of(m.text) if m.type == "Place" else _place_prefix(m.text)
        if entry is None:
            continue
        weight = 3 if m.start < head else 1
        province = entry if entry.level == "province" else lexicon.province_of(entry.name)
        if province is not None and province.level == "province":
            provinces[province.name] += weight
        if entry.level == "city":
            cities[entry.name] += weight
        if entry.level == "county" and entry.name.endswith(("县", "区", "市", "旗")):
            counties[entry.name] += weight
    province = _top(provinces)
    if any(word in document.text for word in _OWN_CITY):
        # 我市组团参加兰洽会: the fair's host city is where the report's city went, not its own
        hosts = _host_cities(mentions)
        if any(c not in hosts for c in cities):
            cities = Counter({c: n for c, n in cities.items() if c not in hosts})
    city = _top(
        Counter(
            {c: n for c, n in cities.items() if province is None or _province_name(c) == province}
        )
    )
    if city is None and province in _MUNICIPALITIES:
        city = province  # 北京市 is both: 市长 and 市政府 name its bodies
    county = _top(
        Counter(
            {c: n for c, n in counties.items() if province is None or _province_name(c) == province}
        )
    )
    others = _sentence_provinces(document.text, mentions, province)
    sheng = _top(Counter({p: n for p, n in provinces.items() if p.endswith("省")}))
    school = None
    if any(m.origin == OWN_SCHOOL for m in mentions):  # 我校 in a university's own news
        school = next((s for m in mentions if (s := school_of(m)) is not None), None)
    return DocumentContext(
        province=province,
        city=city,
        county=county,
        sentence_provinces=others,
        event_sites=sites,
        other_sheng=sheng,
        school=school,
    )


#: how a university's own news names the university
_OWN_SCHOOL = ("我校", "本校")


#: the titles of a province's leaders, whose holder speaks for that province
_PROVINCE_LEADER = re.compile(r"^(?:常务|代)?副?省长$|^省委(?:副)?书记$|^(?:副)?书记$")
_SENTENCE_END = re.compile(r"[。！？\n]")


def _sentence_provinces(
    text: str, mentions: Sequence[Mention], home: str | None
) -> tuple[tuple[int, int, str], ...]:
    """Sentences that name no province but an official of another province named earlier
    (福建省担任主宾省，省长赵某… → 赵某 speaks for 福建省): (start, end, that province).

    >>> from fairgraph.model import Mention
    >>> t = "甘肃省举办洽谈会。福建省任主宾省，省长赵明致辞。赵明代表省政府祝贺。"
    >>> ms = [Mention(0, 3, "甘肃省", "Place"), Mention(9, 12, "福建省", "Place"),
    ...       Mention(17, 19, "省长", "Role"), Mention(19, 21, "赵明", "Person"),
    ...       Mention(24, 26, "赵明", "Person")]
    >>> _sentence_provinces(t, ms, "甘肃省")
    ((24, 34, '福建省'),)
    """
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    lexicon = load_lexicon()
    speaks_for: dict[str, str] = {}
    out = []
    for start, end in spans:
        inside = [m for m in mentions if start <= m.start < end]
        named = []
        for i, m in enumerate(inside):
            entry = lexicon.place_of(m.text) if m.type == "Place" else None
            if m.type == "Organization":
                entry = _place_prefix(m.text)
            if entry is not None and entry.level == "province":
                named.append(entry.name)
            led = i and inside[i - 1].type == "Role" and _PROVINCE_LEADER.match(inside[i - 1].text)
            if m.type == "Person" and led and named:
                speaks_for.setdefault(m.text, named[-1])
        if named:
            continue
        others = {speaks_for[m.text] for m in inside if m.type == "Person" and m.text in speaks_for}
        others.discard(home or "")
        if len(others) == 1:
            out.append((start, end, others.pop()))
    return tuple(out)


def _place_prefix(name: str):  # type: ignore[no-untyped-def]
    """The place a body's name begins with (甘肃省商务厅 → 甘肃省), after 中共 (中共甘肃省委).

    >>> _place_prefix("中共甘肃省委").name
    '甘肃省'
    """
    lexicon = load_lexicon()
    for party in ("中国共产党", "中共"):
        if name.startswith(party):
            name = name[len(party) :]
            break
    for size in range(min(len(name) - 1, 8), 1, -1):
        entry = lexicon.place_of(name[:size])
        if entry is not None:
            return entry
    return None


def _province_name(city: str) -> str | None:
    entry = load_lexicon().province_of(city)
    return entry.name if entry else None


def _top(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    best = max(counter.values())
    return min(name for name, n in counter.items() if n == best)


def zone_context(ctx: DocumentContext, name: str, before: Sequence[Mention]) -> DocumentContext:
    """The context for a bare 管委会: the zone whose Party working committee was named before
    it in its sentence (某新区党工委书记、管委会主任 → 某新区管委会).

    >>> ms = [Mention(0, 7, "兰州新区党工委", "Organization")]
    >>> zone_context(DocumentContext("甘肃省"), "管委会", ms).expand("管委会")
    '兰州新区管委会'
    >>> zone_context(DocumentContext("甘肃省"), "管委会", []).expand("管委会") is None
    True
    """
    if name not in _ZONE_COMMITTEES:
        return ctx
    for m in reversed(before):
        party = next((p for p in _ZONE_PARTY if m.text.endswith(p)), None)
        if m.type == "Organization" and party and len(m.text) > len(party) + 1:
            return dataclasses.replace(ctx, zone=m.text[: -len(party)])
    return ctx


def _title_before(before: Sequence[Mention], at: int) -> tuple[Mention, Mention] | None:
    """The body (or place) and the title written right before ``at`` and a 、 (省委常委、…,
    甘肃省政府副秘书长、…): the last two mentions, joined, the title ending one character before."""
    if len(before) < 2:
        return None
    holder, role = before[-2], before[-1]
    if role.type != "Role" or holder.end != role.start or at - role.end != 1:
        return None
    return holder, role


def committee_context(
    ctx: DocumentContext, name: str, at: int, before: Sequence[Mention]
) -> DocumentContext:
    """The context for a bare Party department (宣传部 at ``at``) written right after a title
    of its committee and 、 (省委常委、宣传部部长, 广东省委常委、组织部部长): that committee,
    named as its departments are (中共某省委), so that two provinces' 宣传部 stay two bodies.

    >>> ms = [Mention(0, 2, "省委", "Organization"), Mention(2, 4, "常委", "Role")]
    >>> committee_context(DocumentContext("甘肃省"), "宣传部", 5, ms).expand("宣传部")
    '中共甘肃省委宣传部'
    >>> ms = [Mention(0, 4, "广东省委", "Organization"), Mention(4, 6, "常委", "Role")]
    >>> committee_context(DocumentContext("甘肃省"), "组织部", 7, ms).expand("组织部")
    '中共广东省委组织部'
    >>> committee_context(DocumentContext("甘肃省"), "宣传部", 5, []).expand("宣传部") is None
    True
    """
    titled = _title_before(before, at) if name in COMMITTEE_DEPARTMENTS else None
    if titled is None or titled[0].type != "Organization":
        return ctx
    committee = titled[0]
    full: str | None = None
    if committee.text == "省委":
        full = f"中共{ctx.sheng}委" if ctx.sheng else None
    elif committee.text == "市委":
        full = f"中共{ctx.shi}委" if ctx.shi else None
    elif committee.text.endswith(("省委", "市委", "州委", "县委", "区委")):
        full = committee.text if committee.text.startswith("中共") else "中共" + committee.text
    return dataclasses.replace(ctx, committee=full) if full else ctx


#: how a bare department of a province's (厅) or a city's (局) government ends
_DEPARTMENT_ENDS = ("厅", "局")
#: a level written before a department alone (省商务厅, 市商务局)
_LEVEL_CHARS = "省市区州县旗"


def department_context(
    ctx: DocumentContext, name: str, at: int, before: Sequence[Mention]
) -> DocumentContext:
    """The context for a bare government department (商务厅 at ``at``) written right after a
    title of that government's official and 、 (甘肃省政府副秘书长、商务厅厅长; 兰州市副市长、
    商务局局长): that province's or city's department, not the report's one fuller 商务厅 of
    another province. A province has 厅, a city 局.

    >>> ms = [Mention(0, 5, "甘肃省政府", "Organization"), Mention(5, 9, "副秘书长", "Role")]
    >>> department_context(DocumentContext("四川省"), "商务厅", 10, ms).expand("商务厅")
    '甘肃省商务厅'
    >>> ms = [Mention(0, 3, "兰州市", "Place"), Mention(3, 6, "副市长", "Role")]
    >>> department_context(DocumentContext("甘肃省"), "商务局", 7, ms).expand("商务局")
    '兰州市商务局'
    >>> department_context(DocumentContext("甘肃省"), "商务厅", 7, ms).expand("商务厅") is None
    True
    """
    titled = _title_before(before, at) if name.endswith(_DEPARTMENT_ENDS) else None
    if titled is None or len(name) > 6:
        return ctx
    holder = titled[0]
    lexicon = load_lexicon()
    entry = (
        lexicon.place_of(holder.text)
        if holder.type == "Place"
        else _place_prefix(holder.text)
        if holder.type == "Organization"
        else None
    )
    if entry is None or entry.level not in ("province", "city"):
        return ctx
    if name.endswith("厅") != (entry.level == "province"):
        return ctx  # a province's 厅, a city's 局
    return dataclasses.replace(ctx, department_place=entry.name)


def nearest_context(ctx: DocumentContext, name: str, before: Sequence[Mention]) -> DocumentContext:
    """The context for one short form (县政府, 市委 …): when a place of that level is named
    earlier in the same sentence, the form names that place's body, not the report's most
    named one (海晏县副县长某某代表县政府 → 海晏县人民政府 in a report on several counties).

    >>> ms = [Mention(0, 3, "海晏县", "Place")]
    >>> nearest_context(DocumentContext("青海省", None, "刚察县"), "县政府", ms).county
    '海晏县'
    >>> ms = [Mention(0, 3, "福建省", "Place")]  # 福建省担任主宾省，省长某某… in a report on 甘肃
    >>> nearest_context(DocumentContext("甘肃省", "兰州市"), "省长", ms)
    DocumentContext(province='福建省', city=None, county=None)
    """
    level = name[:1]
    if level not in "省县市区旗" or len(name) < 2 or name[1] not in "政委长人":
        return ctx
    lexicon = load_lexicon()
    for m in reversed(before):
        if (m.start, m.end) in ctx.event_sites:
            continue  # 博览会于四川成都开幕，市委副书记某某带领我市代表团…: not 成都's
        entry = lexicon.place_of(m.text) if m.type == "Place" else None
        if level == "省" and m.type == "Organization":
            entry = _place_prefix(m.text)  # 青海省委副书记、省长某某: 青海省's governor
        if entry is None or not entry.name.endswith(level):
            continue
        if level == "省":
            if entry.level != "province":
                continue
            # another province's bodies, and no city or county of the report's province
            same = entry.name == ctx.province
            return ctx if same else DocumentContext(province=entry.name)
        if level == "市":
            return dataclasses.replace(ctx, city=entry.name)  # 某市 or a county-level 某市
        if entry.level == "county":
            return dataclasses.replace(ctx, county=entry.name)
    return ctx
