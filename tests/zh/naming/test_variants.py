"""Alternative names of entities (fairgraph.zh.naming.variants)."""

from __future__ import annotations

import pytest

from fairgraph.model import Mention
from fairgraph.zh.naming.variants import country_prefixed, standard_variants, venue_without_city


@pytest.mark.parametrize(
    "label, forms",
    [("中国共产党甘肃省委员会", {"中共甘肃省委", "中共甘肃省委员会"}),
     ("中国共产党兰州市委员会", {"中共兰州市委"}),
     ("中国共产党洋县委员会", {"中共洋县委", "中共洋县县委"}),
     ("甘肃省人民政府", set())],
)  # fmt: skip
def test_party_committees_have_their_standard_short_names(label: str, forms: set[str]) -> None:
    assert forms <= set(standard_variants(label))
    assert bool(forms) == bool(standard_variants(label))


@pytest.mark.parametrize(
    "label, own",
    [("昆明滇池国际会展中心", "滇池国际会展中心"),
     ("俄罗斯叶卡捷琳堡国际展览中心", "叶卡捷琳堡国际展览中心"),
     ("兰州国际会展中心", None), ("中国西部国际博览城", None), ("青海国际会展中心", None)],
)  # fmt: skip
def test_a_venue_without_the_city_in_front(label: str, own: str | None) -> None:
    assert venue_without_city(label) == own


def test_only_a_foreign_country_joins_the_organisation_after_it() -> None:
    text = "越南海防市人民委员会与中国某某集团签约"
    ms = [
        Mention(0, 2, "越南", "Country"),
        Mention(2, 10, "海防市人民委员会", "Organization"),
        Mention(11, 13, "中国", "Country"),
        Mention(13, 17, "某某集团", "Organization"),
    ]
    assert text[2:10] == ms[1].text
    assert country_prefixed(ms) == {(2, 10): "越南海防市人民委员会"}
