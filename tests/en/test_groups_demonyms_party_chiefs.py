"""A central SOE's group and its listed arm are two bodies, each meeting the key the Chinese
naming gives it; a country from its demonym alone; Party chiefs (sentences written for these
tests)."""

from __future__ import annotations

from en_helpers import extract

from fairgraph.resolve import resolve


def org_keys(text: str) -> dict[str, str]:
    """Label → key of each organisation resolved from ``text``."""
    res = resolve([extract(text)])
    return {e.label: e.key for e in res.entities if e.type == "Organization"}


def test_a_groups_listed_arm_is_its_own_body() -> None:
    cases = {
        "PetroChina": "中国石油天然气股份有限公司",
        "China National Petroleum Corporation": "中国石油天然气集团有限公司",
        "Sinopec Corp": "中国石油化工股份有限公司",
        "Sinopec Group": "中国石油化工集团有限公司",
        "CNOOC Limited": "中国海洋石油有限公司",
        "China Telecom Corporation Limited": "中国电信股份有限公司",
        "China United Network Communications Limited": "中国联合网络通信股份有限公司",
        "China Communications Construction Company Limited": "中国交通建设股份有限公司",
        "Air China": "中国国际航空股份有限公司",
        "China National Aviation Holding": "中国航空集团有限公司",
        "China Eastern Airlines Corporation Limited": "中国东方航空股份有限公司",
        "China Shenhua Energy Company Limited": "中国神华能源股份有限公司",
        "China Life Insurance Company Limited": "中国人寿保险股份有限公司",
    }
    for name, chinese in cases.items():
        keys = org_keys(f"{name} signed a cooperation agreement with Acme Trading Co., Ltd.")
        assert f"Organization|{chinese}" in keys.values(), (name, keys)


def test_a_listed_arm_the_chinese_naming_folds_into_its_group_meets_the_group() -> None:
    # the Chinese naming keys 中国移动有限公司 and 中国中铁股份有限公司 as their groups
    cases = {
        "China Mobile Limited": "中国移动通信集团有限公司",
        "China Railway Group Limited": "中国铁路工程集团有限公司",
        "Aluminum Corporation of China Limited": "中国铝业集团有限公司",
    }
    for name, chinese in cases.items():
        keys = org_keys(f"{name} signed a cooperation agreement with Acme Trading Co., Ltd.")
        assert f"Organization|{chinese}" in keys.values(), (name, keys)
