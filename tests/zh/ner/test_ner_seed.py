"""On the project's seed article the recogniser finds the key names in full (skips without it)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import recognize
from paths import SHARED

SEED = SHARED / "corpus" / "zh" / "seed-qinghai-25th.txt"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="shared corpus not available")

PERSONS = ["王光谦", "安立佳", "杨忠", "陈卫军", "王冬", "易卜雷", "任秀丽", "王臻", "魏雅琪"]
ORGANIZATIONS = [
    "全国政协",
    "工业和信息化部",
    "全国工商联",
    "新疆生产建设兵团",
    "中国华电集团有限公司",
    "金川集团",
    "青海省人民政府",
    "金山软件集团有限公司",
    "北京京东世纪贸易有限公司",
    "青海省工业和信息化厅",
    "青海省数据局",
    "360数字安全集团有限公司",
    "北京金山办公软件股份有限公司",
    "青海省外事办",
]
COUNTRIES = ["冰岛", "赞比亚", "阿尔巴尼亚", "吉尔吉斯共和国"]


@pytest.fixture(scope="module")
def found() -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in recognize(SEED.read_text("utf-8"))}


@pytest.mark.parametrize("name", PERSONS)
def test_officials_and_authors(found, name):
    assert (name, "Person") in found


@pytest.mark.parametrize("name", ORGANIZATIONS)
def test_organisations_in_full(found, name):
    assert (name, "Organization") in found


@pytest.mark.parametrize("name", COUNTRIES)
def test_countries(found, name):
    assert (name, "Country") in found


def test_region_split_from_country(found):
    assert ("伊塞克湖州", "Place") in found


def test_no_truncated_organisation(found):
    assert ("信息化厅", "Organization") not in found
    assert ("数字安全集团有限公司", "Organization") not in found
    assert not any(t.endswith("摄") for t, kind in found if kind == "Person")
