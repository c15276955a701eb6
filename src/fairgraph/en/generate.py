"""Regenerate ``data/countries.tsv``, ``data/places.tsv``, ``data/fairs.tsv`` and
``data/fair_cadences.tsv``.

Run ``python -m fairgraph.en.generate``. Countries come from pycountry (ISO 3166-1 alpha-2)
and babel's English territory names (CLDR), merged with the hand-written
``data/country_variants.tsv`` (preferred names, variants, demonyms), with the Chinese
lexicon's name of each country. Places are the
province-level divisions of ``data/provinces.tsv`` and the prefecture-level cities of the
Chinese lexicon (``fairgraph/zh/lexicon/data/places.tsv``) under the pinyin of their short
form (pypinyin), or the official English name of ``data/city_names.tsv``, the border
port cities of ``data/port_cities.tsv`` and the other county-level cities (pinyin, or
``data/county_city_names.tsv``), level county. Fair series are the
English names of the Chinese lexicon's ``fairs.tsv`` with the short names of
``data/fair_names.tsv``; their cadences (the year of each edition) every run of the Chinese
lexicon's ``fair_cadences.tsv`` under the series' English name, then the hand-written runs of
``data/fair_editions.tsv``; when each series opens and closes, the Chinese lexicon's
``fair_calendar.tsv`` under the series' English name; the counties and city districts of the
Chinese lexicon under the pinyin of their name and their division word
(``data/counties.tsv``). Runtime code never imports babel, pycountry or pypinyin.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ZH_DATA = Path(__file__).resolve().parent.parent / "zh" / "lexicon" / "data"
NOT_COUNTRIES = frozenset({"TW", "HK", "MO"})


def rows(path: Path, width: int) -> list[list[str]]:
    """The rows of a TSV data file (comments and blank lines left out), padded to ``width``."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append((line.split("\t") + [""] * width)[:width])
    return out


def build_countries() -> list[list[str]]:
    import pycountry
    from babel import Locale

    en = Locale.parse("en").territories
    extra = {r[0]: r for r in rows(DATA / "country_variants.tsv", 4)}
    chinese = {r[0]: r[1] for r in rows(ZH_DATA / "countries.tsv", 3)}
    out = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        if code in NOT_COUNTRIES or code not in en:
            continue
        _, preferred, more, demonyms = extra.get(code, [code, "", "", ""])
        name = preferred or en[code]
        names = [en[code], getattr(country, "common_name", ""), country.name]
        names += [getattr(country, "official_name", ""), *more.split("|")]
        variants = [n for n in dict.fromkeys(names) if n and n != name and "," not in n]
        out.append([code, name, "|".join(variants), demonyms, chinese.get(code, "")])
    return out


def build_places() -> list[list[str]]:

    official = {r[0]: r for r in rows(DATA / "city_names.tsv", 3)}
    provinces = {r[0]: r for r in rows(DATA / "provinces.tsv", 4)}
    readings = {r[0]: r[1] for r in rows(DATA / "county_readings.tsv", 2)}  # 漯河: Luohe
    out = []
    for zh_name, short, level, parent, *_ in rows(ZH_DATA / "places.tsv", 6):
        if level == "province":
            _, name, aliases, kind = provinces[zh_name]
            out.append([name, "province", "", aliases, zh_name])
        elif level == "city" and parent in provinces:
            if zh_name in official:
                name, aliases = official[zh_name][1], official[zh_name][2]
            else:
                form = short or zh_name
                if form.endswith(("州", "盟")) and len(form) > 2 and not zh_name.startswith(form):
                    form = form[:-1]  # 湘西州 → Xiangxi (a prefecture's short form)
                name = _pinyin_name(form, readings)
                aliases = name.replace("'", "") if "'" in name else ""  # Tai'an, also Taian
            forms = [f"{name} City", f"{name} Municipality"] if zh_name.endswith("市") else []
            if zh_name.endswith(("地区", "自治州")):  # Kashgar Prefecture, Haixi Prefecture
                forms.append(f"{name} Prefecture")
            if zh_name.endswith("盟"):  # Xilingol League
                forms.append(f"{name} League")
            forms += [a for a in aliases.split("|") if a]
            out.append([name, "city", provinces[parent][1], "|".join(forms), zh_name])
    prefectures = {r[0]: r[3] for r in rows(ZH_DATA / "places.tsv", 6) if r[2] == "city"}
    ports = {r[0]: r for r in rows(DATA / "port_cities.tsv", 3)}
    for zh_name, _short, level, parent, *_ in rows(ZH_DATA / "places.tsv", 6):
        if zh_name in ports and level == "county" and prefectures.get(parent) in provinces:
            _, name, aliases = ports.pop(zh_name)
            province = provinces[prefectures[parent]][1]
            out.append([name, "county", province, aliases, zh_name])
    if ports:
        raise SystemExit(f"port_cities.tsv: not county-level places: {sorted(ports)}")
    return out + _county_level_cities(out)


def _pinyin_name(stem: str, readings: dict[str, str]) -> str:
    """A place's name in pinyin as its official romanisation writes it: one word, capitalised,
    an apostrophe before a syllable that begins with a, o or e (福安 → Fu'an)."""
    from pypinyin import lazy_pinyin

    if stem in readings:
        return readings[stem].capitalize()
    syllables = lazy_pinyin(stem)
    joined = syllables[0] + "".join(
        ("'" + s if s[:1] in ("a", "o", "e") else s) for s in syllables[1:]
    )
    return joined.capitalize()


def _county_level_cities(places: list[list[str]]) -> list[list[str]]:
    """The county-level cities (县级市) of the Chinese lexicon, level ``county``, under the pinyin
    of their name (福清市 → Fuqing, alias Fuqing City), or the name of
    ``data/county_city_names.tsv`` (its English name where it is not the pinyin; empty: left
    out, the name being a common word's); a name another prefecture, province, country or
    place abroad has, or two county-level cities share (晋州 Jinzhou and Liaoning's 锦州, 新沂
    and 信宜 Xinyi), is left out, as are the border port cities ``port_cities.tsv`` names. (A
    county or district of the same name is read only with its division word: Jinjiang
    District is 锦江区, Jinjiang 晋江市.)"""
    provinces = {r[0]: r for r in rows(DATA / "provinces.tsv", 4)}
    readings = {r[0]: r[1] for r in rows(DATA / "county_readings.tsv", 2)}
    named = {r[0]: r for r in rows(DATA / "county_city_names.tsv", 3)}
    zh_places = rows(ZH_DATA / "places.tsv", 6)
    prefectures = {r[0]: r[3] for r in zh_places if r[2] == "city"}
    taken = {form for p in places for form in [p[0], *p[3].split("|")] if form}
    taken |= {r[0] for r in rows(DATA / "foreign_places.tsv", 4)}
    taken |= {r[1] for r in rows(DATA / "countries.tsv", 5)}
    found: dict[str, list[list[str]]] = {}
    for zh_name, _short, level, parent, *_ in zh_places:
        stem = zh_name[:-1]
        if level != "county" or not zh_name.endswith("市"):
            continue
        if len(stem) < 2 and zh_name not in named:
            continue  # 芒市: its name in the table, else none
        if prefectures.get(parent) not in provinces or zh_name in {p[4] for p in places}:
            continue
        name, aliases = named[zh_name][1:3] if zh_name in named else ("", "")
        if zh_name in named and not name:
            continue  # a common word's name (Longjing tea)
        pinyin = _pinyin_name(stem, readings)
        name = name or pinyin
        forms = [f"{name} City", *(a for a in aliases.split("|") if a)]
        if pinyin != name:
            forms.append(pinyin)
        if "'" in name:
            forms.append(name.replace("'", ""))  # Fu'an written Fuan
        province = provinces[prefectures[parent]][1]
        found.setdefault(name, []).append([name, "county", province, "|".join(forms), zh_name])
    plain = {form.replace("'", "").lower() for form in taken}
    return [
        rows_[0]
        for name, rows_ in sorted(found.items())
        if len(rows_) == 1 and name.replace("'", "").lower() not in plain
    ]


def _peoples(stem: str) -> tuple[str, list[str]]:
    """A name's stem without the peoples it ends with, and their English names in the order
    written (大通回族土族 → 大通, [Hui, Tu]), from data/ethnic_groups.tsv."""
    english: dict[str, str] = {}
    for name, chinese in rows(DATA / "ethnic_groups.tsv", 2):
        english.setdefault(chinese, name)
    peoples: list[str] = []
    while True:
        found = next((c for c in sorted(english, key=len, reverse=True) if stem.endswith(c)), None)
        if found is None:
            return stem, peoples
        peoples.insert(0, english[found])
        stem = stem[: -len(found)]


def build_counties() -> list[list[str]]:
    """The counties (县), city districts (区) and banners (旗) of the Chinese lexicon under the
    pinyin of their name and their division word (蓝田县 → Lantian County, 灞桥区 → Baqiao
    District, 额济纳旗 → Ejin Banner: Inner Mongolia's banners keep their own names; 滨海新区 →
    Binhai New Area), with their province's English name (a municipality's districts:
    Tianjin); a name two counties of one province share, or a Chinese name two counties share,
    is left out (it would name either)."""
    from pypinyin import lazy_pinyin

    provinces = {r[0]: r[1] for r in rows(DATA / "provinces.tsv", 4)}
    readings = {r[0]: r[1] for r in rows(DATA / "county_readings.tsv", 2)}  # 佛坪: Foping
    places = rows(ZH_DATA / "places.tsv", 6)
    city_province = {r[0]: r[3] for r in places if r[2] == "city"}
    chinese_count: dict[str, int] = {}
    for r in places:
        chinese_count[r[0]] = chinese_count.get(r[0], 0) + 1
    out: dict[tuple[str, str], list[str] | None] = {}
    for zh_name, _short, level, parent, *_ in places:
        # a district of a municipality (天津市 西青区) lies in the province-level city itself
        province = provinces.get(city_province.get(parent, "")) or provinces.get(parent)
        word = {"县": "County", "区": "District", "旗": "Banner"}.get(zh_name[-1:])
        stem = zh_name[:-1]
        if zh_name.endswith("新区"):  # 滨海新区 → Binhai New Area, as its government writes it
            word, stem = "New Area", zh_name[:-2]
        if zh_name.endswith("林区"):  # 神农架林区 → Shennongjia Forestry District
            word, stem = "Forestry District", zh_name[:-2]
        if level != "county" or province is None or word is None or len(stem) < 2:
            continue
        if chinese_count[zh_name] > 1:
            continue  # a shared name is either
        if stem.endswith("自治"):
            # 三江侗族自治县 → Sanjiang Dong Autonomous County (its peoples in English)
            stem, peoples = _peoples(stem.removesuffix("自治"))
            if not peoples or len(stem) < 2 or word not in ("County", "Banner"):
                continue
            people = (
                ", ".join(peoples[:-1]) + " and " + peoples[-1] if len(peoples) > 1 else peoples[0]
            )
            word = f"{people} Autonomous {word}"
        reading = readings.get(stem) or "".join(lazy_pinyin(stem))
        name = f"{reading.title()} {word}"
        key = (name, province)
        out[key] = None if key in out else [name, province, zh_name]
    return [row for row in out.values() if row is not None]


def build_fairs() -> list[list[str]]:
    short = {r[0]: r for r in rows(DATA / "fair_names.tsv", 3)}
    out = []
    for zh_name, _, _city, english, *_ in rows(ZH_DATA / "fairs.tsv", 5):
        if not english:
            continue
        name, _, bracket = english.partition(" (")
        aliases = [bracket.rstrip(")")] if bracket and "(" not in name else []
        if "(" in english and not bracket.endswith("Fair)"):
            name, aliases = english, []
        extra = short.get(name, [name, "", ""])
        aliases += [a for a in extra[1].split("|") if a]
        out.append([name, "|".join(dict.fromkeys(aliases)), zh_name])
    return out


def build_cadences() -> list[list[str]]:
    """Every run of every series' cadence: the Chinese lexicon's (a series may hold several,
    numbering resumed or the cadence changed), then ``fair_editions.tsv``'s own."""
    from fairgraph.zh.extract.fair_years import cadences

    english = {zh: name for name, _aliases, zh in build_fairs()}
    out = []
    for zh_name, runs in cadences().items():
        if zh_name not in english:
            continue
        for run in runs:
            last = str(run.last) if run.last else ""
            cells = [str(run.edition), str(run.year), f"{run.step:g}", str(run.first), last]
            out.append([english[zh_name], *cells])
    known = set(english.values())
    for row in rows(DATA / "fair_editions.tsv", 7):
        if row[0] not in known:
            raise SystemExit(f"fair_editions.tsv: unknown series {row[0]!r}")
        out.append(row[:6])
    return out


def build_calendar() -> list[list[str]]:
    """When each series opens and closes: the Chinese lexicon's ``fair_calendar.tsv`` under the
    series' English name."""
    english = {zh: name for name, _aliases, zh in build_fairs()}
    out = []
    for row in rows(ZH_DATA / "fair_calendar.tsv", 7):
        if row[0] in english:
            out.append([english[row[0]], *row[1:6]])
    return out


HEADERS = {
    "countries.tsv": "# iso2\tEnglish name\tvariants (|-separated)\tdemonyms (|-separated)"
    "\tChinese name (the Chinese lexicon's)\n",
    "places.tsv": "# English name\tlevel\tprovince (English)\taliases (|-separated)"
    "\tChinese name\n",
    "fairs.tsv": "# English series name (no edition)\tshort names (|-separated)\tChinese name\n",
    "counties.tsv": "# English name (pinyin and division word)\tprovince (English)\tChinese name\n",
    "fair_cadences.tsv": "# English series name\tanchor edition\tits year\tyears per edition"
    "\tfirst edition\tlast edition of that run (empty: every later one)\n",
    "fair_calendar.tsv": "# English series name\tfirst year\tlast year\teditions (odd/even/all)"
    "\topens (MM-DD..MM-DD)\tcloses (MM-DD..MM-DD)\n",
}


def write(name: str, table: list[list[str]]) -> int:
    lines = [HEADERS[name]] + ["\t".join(r) + "\n" for r in table]
    (DATA / name).write_text("".join(lines), "utf-8")
    return len(table)


def main() -> int:
    counts = [
        f"{name}: {write(name, build())} rows"
        for name, build in (
            ("countries.tsv", build_countries),
            ("places.tsv", build_places),
            ("fairs.tsv", build_fairs),
            ("counties.tsv", build_counties),
            ("fair_cadences.tsv", build_cadences),
            ("fair_calendar.tsv", build_calendar),
        )
    ]
    sys.stdout.write("; ".join(counts) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
