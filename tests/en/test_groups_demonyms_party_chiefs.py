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


def countries(text: str) -> set[str]:
    res = resolve([extract(text)])
    return {e.label for e in res.entities if e.type == "Country"}


def test_a_country_named_by_its_demonym_alone() -> None:
    assert countries("Uzbek officials said the deals would be signed next month.") == {"Uzbekistan"}
    assert countries("The Lao side hopes to expand trade with Yunnan.") == {"Laos"}
    assert countries("Thai, Lao and Cambodian officials visited the fair.") == {
        "Thailand",
        "Laos",
        "Cambodia",
    }
    assert countries("Kyrgyz Vice Prime Minister Daniyar Amangeldiev attended.") == {"Kyrgyzstan"}


def test_a_country_from_its_demonym_before_a_title_without_a_name() -> None:
    text = "Li Hua held talks with the Kazakh first deputy prime minister and the Lao president."
    assert countries(text) == {"Kazakhstan", "Laos"}
    assert countries("The Lao vice minister of planning and investment attended.") == {"Laos"}


def test_a_demonym_that_names_no_foreign_country_here_gives_none() -> None:
    assert countries("The Chinese side hopes to deepen cooperation.") == set()
    # a country's companies are annotated as no country (the gold convention)
    assert countries("Two Hungarian enterprises signed deals on Monday.") == set()


def posts(text: str) -> set[tuple[str, str, str]]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return {(label[p.person], p.role, label.get(p.organization or "", "")) for p in res.posts}


def test_the_places_party_chief_from_the_report_context() -> None:
    region = "in Urumqi, capital of Xinjiang Uygur Autonomous Region."
    committee = "CPC Xinjiang Uygur Autonomous Regional Committee"
    assert posts(f"The region's Party chief Li Ming met the delegation {region}") == {
        ("Li Ming", "Party chief", committee)
    }
    assert posts(f"Li Ming, the region's Party chief, met the delegation {region}") == {
        ("Li Ming", "Party chief", committee)
    }
    province = "met the delegation in Lanzhou, Gansu Province."
    assert posts(f"Wang Hua, the provincial Party secretary, {province}") == {
        ("Wang Hua", "Party secretary", "Gansu Provincial CPC Committee")
    }
    assert posts(f"The city's Party chief Wang Hua {province}") == {
        ("Wang Hua", "Party chief", "Lanzhou Municipal CPC Committee")
    }
    # a report about a province has no region: no body is guessed
    assert posts(f"The region's Party chief Wang Hua {province}") == set()


def test_a_named_places_party_chief() -> None:
    assert posts("Gansu's Party chief Wang Hua opened the fair.") == {
        ("Wang Hua", "Party chief", "Gansu Provincial CPC Committee")
    }
    assert posts("Party chief of Gansu Wang Hua opened the fair.") == {
        ("Wang Hua", "Party chief", "Gansu Provincial CPC Committee")
    }


def test_a_governments_office_in_its_english_forms_meets_its_chinese_name() -> None:
    forms = [
        "the Foreign Affairs Office of Hubei Province",
        "the Foreign Affairs Office of the Hubei Provincial Government",
        "the Foreign Affairs Office of the Hubei Provincial People's Government",
        "the Hubei Provincial Government Foreign Affairs Office",
        "the Hubei Provincial Foreign Affairs Office",
        "the Hubei Foreign Affairs Office",
    ]
    for form in forms:
        keys = org_keys(f"Zhang Hua, director of {form}, attended the signing ceremony.")
        assert "Organization|湖北省外事办公室" in keys.values(), (form, keys)
    keys = org_keys("Zhang Hua, director of the Commerce Department of Hubei, attended.")
    assert "Organization|湖北省商务厅" in keys.values()
    region = "the Foreign Affairs Office of Xinjiang Uygur Autonomous Region"
    keys = org_keys(f"Zhang Hua, director of {region}, attended the signing ceremony.")
    assert "Organization|新疆维吾尔自治区外事办公室" in keys.values()
    # an office the departments' list does not name stays its own
    keys = org_keys("Zhang Hua, director of the Acme Office of Hubei Province, attended.")
    assert not any(k.startswith("Organization|湖北省") for k in keys.values())


def test_large_chinese_and_foreign_companies_meet_the_chinese_names() -> None:
    cases = {
        "SAIC Motor": "上海汽车集团股份有限公司",
        "GAC Group": "广州汽车集团股份有限公司",
        "CATL": "宁德时代新能源科技股份有限公司",
        "Volkswagen Group": "大众汽车集团",
        "Toyota Motor Corporation": "丰田汽车公司",
        "Siemens": "西门子股份公司",
        "Saudi Aramco": "沙特阿拉伯国家石油公司",
    }
    for name, chinese in cases.items():
        keys = org_keys(f"{name} signed a cooperation agreement with Acme Trading Co., Ltd.")
        assert f"Organization|{chinese}" in keys.values(), (name, keys)
    # a company's short name that is also a common word is not read alone
    assert org_keys("Shell companies were closed last year.") == {}


def test_a_banks_branch_with_the_place_after_the_banks_name() -> None:
    cases = {
        "Bank of China Lanzhou Branch": "中国银行兰州分行",
        "Industrial and Commercial Bank of China Gansu Provincial Branch": "中国工商银行甘肃省分行",
        "China Construction Bank Xinjiang Uygur Autonomous Region Branch": (
            "中国建设银行新疆维吾尔自治区分行"
        ),
    }
    for name, chinese in cases.items():
        keys = org_keys(f"The {name} signed loan agreements with Acme Trading Co., Ltd.")
        assert f"Organization|{chinese}" in keys.values(), (name, keys)


def test_a_prefectures_administrative_office() -> None:
    keys = org_keys("The Kashgar Prefecture Administrative Office signed deals with Acme Co., Ltd.")
    assert "Organization|喀什地区行政公署" in keys.values()


def test_a_places_ccpit_sub_council() -> None:
    for form in (
        "the CCPIT Gansu Sub-council",
        "the Gansu Sub-Council of the China Council for the Promotion of International Trade",
    ):
        keys = org_keys(f"Wang Hua, president of {form}, attended the fair.")
        assert "Organization|中国国际贸易促进委员会甘肃省分会" in keys.values(), (form, keys)
