"""The provincial state-owned enterprises of ``provincial_soes.tsv``: every province has its
major enterprises, a short form names the registered name, and no short form is taken from
another lexicon entry."""

from __future__ import annotations

import pytest

from fairgraph.errors import ModelError
from fairgraph.zh.lexicon import load_lexicon, tables

MAINLAND = 31  # provinces, autonomous regions and municipalities (not Hong Kong, Macao, Taiwan)


@pytest.fixture(scope="module")
def provinces() -> dict[str, str]:
    return {e.short: e.name for e, _ in tables.places() if e.level == "province" and e.short}


def test_every_mainland_province_has_its_enterprises(provinces) -> None:
    rows = list(tables.rows("provincial_soes.tsv", 3))
    covered = {province for _, province, _ in rows}
    assert len(covered) == MAINLAND
    assert covered <= set(provinces)
    assert {"香港", "澳门", "台湾"}.isdisjoint(covered)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("甘肃电投", "甘肃省电力投资集团有限责任公司"),
        ("甘肃省电投", "甘肃省电力投资集团有限责任公司"),  # the province written out
        ("四川交投", "四川省交通投资集团有限责任公司"),
        ("云南建投", "云南省建设投资控股集团有限公司"),
        ("山东国投", "山东省国有资产投资控股有限公司"),
        ("四川铁投", "四川省铁路产业投资集团有限责任公司"),
        ("龙江森工集团", "中国龙江森林工业集团有限公司"),
        ("山东能源集团", "山东能源集团有限公司"),
        ("陕煤集团", "陕西煤业化工集团有限责任公司"),
        ("浙能集团", "浙江省能源集团有限公司"),
        ("同煤集团", "大同煤矿集团有限责任公司"),  # a former name keeps its own row
    ],
)
def test_short_forms_name_the_registered_enterprise(short: str, name: str) -> None:
    org = load_lexicon().org_of(short)
    assert org is not None and org.name == name and org.kind == "Company"


def test_no_short_form_is_taken_from_another_entry(provinces) -> None:
    lex = load_lexicon()
    known = {n for o in tables.organizations() for n in (o.name, *o.aliases)}
    for org in tables.provincial_soes(provinces):
        for name in (org.name, *org.aliases):
            assert name not in known, name
            assert lex.place_of(name) is None and lex.country_of(name) is None, name
            assert lex.org_of(name) == org, name  # one enterprise per short form


def test_the_province_column_must_name_a_province() -> None:
    with pytest.raises(ModelError, match="province"):
        tables.provincial_soes({})


def test_a_central_soe_keeps_its_name_when_both_lists_hold_it() -> None:
    assert load_lexicon().org_of("北汽集团").name == "北京汽车集团有限公司"
