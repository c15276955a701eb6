"""A fair series' secretariat or organising committee named by the series' short name is the
unit of the series' full name, the key an English report's "… Expo Secretariat" has (names of
the lexicon's fair series; sentences written for these tests)."""

from __future__ import annotations

from fairgraph.model import Mention
from fairgraph.zh.naming.context import DocumentContext
from fairgraph.zh.naming.keys import fair_unit, key_of


def test_a_unit_named_by_the_series_short_name() -> None:
    key, label, _rule = key_of(Mention(0, 6, "亚欧博览会秘书处", "Organization"), DocumentContext())
    assert (key, label) == ("Organization|中国—亚欧博览会秘书处", "中国—亚欧博览会秘书处")


def test_an_organising_committee_in_full_is_the_short_form() -> None:
    assert fair_unit("第八届亚欧博览会组织委员会") == "中国—亚欧博览会组委会"


def test_a_short_name_of_several_series_names_no_unit() -> None:
    assert fair_unit("西洽会秘书处") is None  # 西洽会: two series
    assert fair_unit("秘书处") is None
