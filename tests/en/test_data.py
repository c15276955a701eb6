"""The English data files: well formed, each named in SOURCES.md, generated ones up to date."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from fairgraph.en.lexicon import data_rows, load_lexicon

DATA = Path(str(resources.files("fairgraph.en") / "data"))
WIDTHS = {
    "agreement_types.tsv": 1,
    "bodies.tsv": 4,
    "city_names.tsv": 3,
    "company_nouns.tsv": 2,
    "countries.tsv": 5,
    "currencies.tsv": 2,
    "currency_symbols.tsv": 3,
    "counties.tsv": 3,
    "county_city_names.tsv": 3,
    "county_readings.tsv": 2,
    "feature_words.tsv": 1,
    "country_variants.tsv": 4,
    "departments.tsv": 3,
    "ethnic_groups.tsv": 2,
    "family_names_abroad.tsv": 2,
    "fair_names.tsv": 2,
    "fair_cadences.tsv": 6,
    "fair_calendar.tsv": 6,
    "fair_editions.tsv": 7,
    "fairs.tsv": 3,
    "foreign_places.tsv": 4,
    "natural_features.tsv": 3,
    "name_kinds.tsv": 2,
    "international_organizations.tsv": 4,
    "org_prefixes.tsv": 2,
    "org_suffixes.tsv": 2,
    "place_bodies.tsv": 3,
    "people_nouns.tsv": 1,
    "places.tsv": 5,
    "port_cities.tsv": 3,
    "portfolio_words.tsv": 1,
    "outlet_words.tsv": 1,
    "credit_names.tsv": 1,
    "portfolio_chinese.tsv": 2,
    "provinces.tsv": 4,
    "signing_verbs.tsv": 3,
    "subject_nouns.tsv": 1,
    "surnames.tsv": 1,
    "titles.tsv": 3,
    "bodiless_titles.tsv": 3,
    "title_leads.tsv": 2,
    "trade_words.tsv": 1,
    "legal_words.tsv": 2,
    "world_regions.tsv": 1,
}


def test_every_file_is_known_and_named_in_sources() -> None:
    files = {p.name for p in DATA.glob("*.tsv")}
    assert files == set(WIDTHS)
    sources = (DATA / "SOURCES.md").read_text("utf-8")
    assert all(f"`{name}`" in sources for name in files)


@pytest.mark.parametrize("name", sorted(WIDTHS))
def test_rows_have_their_columns(name: str) -> None:
    for line in (DATA / name).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) <= WIDTHS[name], line
        assert cells[0] == cells[0].strip() and cells[0], line


@pytest.mark.parametrize("name", ["bodies.tsv", "countries.tsv", "titles.tsv"])
def test_first_column_is_unique(name: str) -> None:
    firsts = [r[0] for r in data_rows(name, WIDTHS[name])]
    assert len(firsts) == len(set(firsts))


def test_place_homonyms_read_as_the_first() -> None:
    """Fuzhou (Fujian, Jiangxi), Jilin (province, city) …: a name is unique within its
    province, and an English name alone is read as its first row (the province, the capital)."""
    rows = data_rows("places.tsv", 5)
    assert len({(r[0], r[2]) for r in rows}) == len(rows)
    lex = load_lexicon()
    assert lex.place("Jilin").level == "province" and lex.place("Fuzhou").province == "Fujian"


def test_kinds_are_the_contracts() -> None:
    assert {r[1] for r in data_rows("bodies.tsv", 4)} <= {"Government", "Company", "Other"}
    kinds = {"Government", "Company", "Other", "Venue"}
    assert {r[1] for r in data_rows("org_suffixes.tsv", 2)} <= kinds
    assert {r[1] for r in data_rows("titles.tsv", 3)} <= {
        "office",
        "diplomat",
        "head",
        "minister",
        "staff",
    }
    lex = load_lexicon()
    assert all(lex.body(b) for b in lex.title_bodies.values())  # national titles name known bodies


def test_chinese_names_of_places_and_fairs_are_the_chinese_lexicons() -> None:
    from fairgraph.zh.lexicon import load_lexicon as zh_lexicon

    zh = zh_lexicon()
    assert all(zh.place_of(r[4]) for r in data_rows("places.tsv", 5))
    countries = {r[0] for r in data_rows("countries.tsv", 4)}
    assert all(r[1] in countries for r in data_rows("foreign_places.tsv", 3))
    assert all(zh.fair_of(r[2]) for r in data_rows("fairs.tsv", 3))


def test_generated_files_are_up_to_date() -> None:
    pytest.importorskip("pypinyin")
    from fairgraph.en import generate

    for name, build in (
        ("countries.tsv", generate.build_countries),
        ("places.tsv", generate.build_places),
        ("fairs.tsv", generate.build_fairs),
        ("fair_cadences.tsv", generate.build_cadences),
    ):
        lines = [generate.HEADERS[name]] + ["\t".join(r) + "\n" for r in build()]
        assert (DATA / name).read_text("utf-8") == "".join(lines), name


def test_international_organizations_are_well_formed() -> None:
    """Each row: an English name, kind Other, short names that no other body claims, and a
    Chinese name written in Chinese characters; a Chinese name the Chinese lexicon knows is its
    canonical name there (so that a Chinese and an English report meet on one key)."""
    rows = data_rows("international_organizations.tsv", 4)
    assert len(rows) >= 60
    bodies = {r[0] for r in data_rows("bodies.tsv", 4)}
    names = [r[0] for r in rows]
    assert len(names) == len(set(names)) and not bodies & set(names)
    forms = [f for r in rows for f in [r[0], *r[2].split("|")] if f]
    assert len(forms) == len(set(forms))
    zh = Path(str(resources.files("fairgraph.zh.lexicon") / "data" / "organizations.tsv"))
    canonical, aliases = set(), set()
    for line in zh.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            canonical.add(cells[0])
            aliases.update(a for a in (cells[2] if len(cells) > 2 else "").split("|") if a)
    for name, kind, _aliases, chinese in rows:
        assert kind == "Other", name
        assert chinese and all("\u4e00" <= c <= "\u9fff" or c in "、" for c in chinese), name
        assert chinese in canonical or chinese not in aliases, name
    lex = load_lexicon()
    assert lex.body("WFP").chinese == "世界粮食计划署"
    assert lex.body("UN Industrial Development Organization").name == (
        "United Nations Industrial Development Organization"
    )


def test_place_bodies_name_their_place_in_both_languages() -> None:
    for english, kind, chinese in data_rows("place_bodies.tsv", 3):
        assert kind in ("Organization", "Place"), english
        assert "PLACE" in english and ("CN" in chinese or "SHORT" in chinese), english
        assert ("BANK" in english) == ("BANK" in chinese), english


def test_every_currency_name_is_read_after_a_number() -> None:
    """Each row of currencies.tsv is an amount's currency when it follows a number (the
    pattern is made from the rows: a name written there is a name read)."""
    from fairgraph.en.quantities import find_amounts

    for name, code in data_rows("currencies.tsv", 2):
        found = find_amounts(f"a deal worth 5 million {name} in all")
        assert [a.currency for a in found] == [code], name


def test_natural_features_are_the_chinese_lexicons() -> None:
    """Every natural feature's Chinese name is one the Chinese lexicon reads as a feature."""
    from fairgraph.zh.lexicon import load_lexicon as chinese_lexicon

    features = chinese_lexicon().features
    rows = data_rows("natural_features.tsv", 3)
    assert len(rows) > 100
    assert all(chinese in features for _, _, chinese in rows)
