"""States that no longer exist (lexicon/data/former_countries.tsv, merged into countries.tsv by
the generator): countries in older reports, not where they name a region."""

from __future__ import annotations

from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.lexicon.tables import rows
from fairgraph.zh.pipeline import recognize_entities


def test_every_former_state_is_in_the_country_table_under_its_iso_3166_3_code() -> None:
    countries = {code: names for code, _name, names in rows("countries.tsv", 3)}
    for code, name, _variants in rows("former_countries.tsv", 3):
        assert len(code) == 4 and code in countries and name in countries[code].split("|")


def test_a_former_state_is_a_country_with_no_alpha_2_code() -> None:
    lexicon = load_lexicon()
    entry = lexicon.country_of("南联盟")
    assert entry is not None and entry.name == "南斯拉夫" and len(entry.iso2) == 4
    assert lexicon.country_of("苏联") is not None


def test_a_former_state_before_a_title_is_a_country() -> None:
    found = recognize_entities("代表团会见了南斯拉夫总统彼得罗维奇。")
    assert ("南斯拉夫", "Country") in {(m.text, m.type) for m in found}


def test_a_former_state_as_its_region_is_no_country() -> None:
    found = recognize_entities("来自前苏联其它国家和东欧的客商前来洽谈。")
    assert not [m for m in found if m.type == "Country" and "苏联" in m.text]
