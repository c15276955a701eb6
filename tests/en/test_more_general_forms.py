"""More general forms of English news (beside test_general_forms.py), each on sentences
written for these tests: the five autonomous regions' governments, committees, departments and
chairmen; edition years of every run of a series; former titles and other post forms; central
bodies and SOEs by their English names; signing lists; currencies; weekday ranges."""

from __future__ import annotations

from en_helpers import extract

from fairgraph.en.lexicon import load_lexicon
from fairgraph.resolve import resolve


def resolved_posts(text: str) -> set[tuple[str, str, str]]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return {(label[p.person], p.role, label.get(p.organization or "", "")) for p in res.posts}


def org_keys(text: str) -> dict[str, str]:
    """Label → key of each organisation resolved from ``text``."""
    res = resolve([extract(text)])
    return {e.label: e.key for e in res.entities if e.type == "Organization"}


# autonomous regions


def test_an_autonomous_regions_government_is_named_as_a_region_not_a_province() -> None:
    cases = {
        "Xinjiang Uygur Autonomous Region People's Government": (
            "Ding Hao, vice chairman of the Xinjiang Uygur Autonomous Region People's Government,"
            " opened the fair."
        ),
        "Guangxi Zhuang Autonomous Region People's Government": (
            "The fair is hosted by the government of Guangxi Zhuang Autonomous Region and Acme"
            " Co., Ltd."
        ),
        "Ningxia Hui Autonomous Region People's Government": (
            "Ding Hao, Chairman of the Ningxia Hui Autonomous Region, opened the fair."
        ),
        "Inner Mongolia Autonomous Region People's Government": (
            "Ding Hao, chairwoman of Inner Mongolia Autonomous Regional Government, spoke."
        ),
        "Tibet Autonomous Region People's Government": (
            "Ding Hao, vice chairman of Tibet Autonomous Region, spoke."
        ),
    }
    for label, text in cases.items():
        keys = org_keys(text)
        assert label in keys, (label, keys)
        assert keys[label].endswith("自治区人民政府")
        assert not any("Provincial" in k for k in keys), keys


def test_an_autonomous_regions_chairman_holds_a_post_at_its_government() -> None:
    assert resolved_posts("Ding Hao, Chairman of the Ningxia Hui Autonomous Region, spoke.") == {
        ("Ding Hao", "Chairman", "Ningxia Hui Autonomous Region People's Government")
    }
    text = "YINCHUAN, May 3 (Xinhua) -- Ding Hao, vice chairman of the autonomous region, spoke."
    assert ("Ding Hao", "vice chairman", "Ningxia Hui Autonomous Region People's Government") in (
        resolved_posts(text)
    )
    # the same words in a report about a province name no body
    text = "XINING, May 3 (Xinhua) -- Ding Hao, chairman of the region, spoke."
    assert {p[2] for p in resolved_posts(text)} <= {""}
    assert "region" not in org_keys(text)


def test_an_autonomous_regions_committee_in_its_english_forms() -> None:
    for text in (
        "Ding Hao, secretary of the CPC Xinjiang Uygur Autonomous Regional Committee, spoke.",
        "Ding Hao, secretary of the Communist Party of China Xinjiang Uygur Autonomous Regional"
        " Committee, spoke.",
        "Ding Hao, secretary of the Xinjiang Uygur Autonomous Regional Committee of the CPC,"
        " spoke.",
    ):
        keys = org_keys(text)
        assert keys.get("CPC Xinjiang Uygur Autonomous Regional Committee") == (
            "Organization|中国共产党新疆维吾尔自治区委员会"
        ), keys


def test_the_regions_own_government_from_the_report_context() -> None:
    for text in (
        "NANNING, May 3 (Xinhua) -- The autonomous region's government will host the expo.",
        "NANNING, May 3 (Xinhua) -- The regional government will host the expo.",
        "NANNING, May 3 (Xinhua) -- The region's government will host the expo.",
    ):
        keys = org_keys(text)
        assert keys.get("Guangxi Zhuang Autonomous Region People's Government") == (
            "Organization|广西壮族自治区人民政府"
        ), (text, keys)


def test_a_department_of_an_autonomous_region() -> None:
    keys = org_keys(
        "Ding Hao, director of the Department of Commerce of Ningxia Hui Autonomous Region, spoke."
    )
    department = "Department of Commerce of Ningxia Hui Autonomous Region"
    assert keys == {department: "Organization|宁夏回族自治区商务厅"}
    keys = org_keys("The Inner Mongolia Autonomous Region Development and Reform Commission said.")
    assert set(keys.values()) == {"Organization|内蒙古自治区发展和改革委员会"}


def test_an_autonomous_regions_government_carries_its_official_forms() -> None:
    res = resolve([extract("Ding Hao, Chairman of the Ningxia Hui Autonomous Region, spoke.")])
    (gov,) = [e for e in res.entities if e.type == "Organization"]
    assert "People's Government of Ningxia Hui Autonomous Region" in gov.alt_labels
    assert "Ningxia Hui Autonomous Regional People's Government" in gov.alt_labels


# edition years beyond a series' first run


def test_edition_years_of_every_run_of_a_series() -> None:
    lex = load_lexicon()
    cases = {
        ("China International Fair for Investment and Trade", 13): 2009,
        ("China International Fair for Investment and Trade", 24): 2024,
        ("China-Eurasia Expo", 4): 2014,
        ("China-Eurasia Expo", 5): 2016,
        ("China-Eurasia Expo", 8): 2024,
        ("China-Northeast Asia Expo", 10): 2015,
        ("Airshow China", 12): 2018,
        ("Airshow China", 13): 2021,
        ("Airshow China", 15): 2024,
    }
    assert {k: lex.year_of(*k) for k in cases} == cases
    assert lex.year_of("China International Fair for Investment and Trade", 18) is None


def test_an_edition_beyond_the_first_run_dates_its_fair() -> None:
    found = extract("The 24th CIFIT opened in Xiamen on Sept. 8.").fairs
    assert [
        (f.start_date.year, f.start_date.month, f.start_date.day) for f in found if f.start_date
    ] == [(2024, 9, 8)]


# former titles, verbs of leading, "X's chief", "who is also"


def test_a_former_title_is_no_post_now() -> None:
    for text in (
        "Former vice governor Ding Hao of Gansu attended the fair.",
        "Ding Hao, former vice governor of Gansu Province, attended the fair.",
        "Former Chinese Ambassador to Zambia Ding Hao spoke.",
        "Ding Hao, the then vice mayor of Lanzhou, signed the deal.",
        "Ding Hao, ex-chairman of Acme Co., Ltd., spoke.",
        "Ding Hao, who was vice governor of Gansu until 2020, spoke.",
    ):
        assert resolved_posts(text) == set(), text
    # the former holder's title does not keep the current holder's from being read
    assert resolved_posts(
        "Ding Hao, the former mayor of Lanzhou, and Li Ming, mayor of Lanzhou, spoke."
    ) == {("Li Ming", "mayor", "Lanzhou Municipal People's Government")}


def test_who_heads_or_chairs_a_body_holds_a_post_there() -> None:
    assert resolved_posts(
        "Ding Hao, who heads the Gansu Provincial Department of Commerce, spoke."
    ) == {("Ding Hao", "head", "Gansu Provincial Department of Commerce")}
    assert resolved_posts("Ding Hao, who also chairs Acme Co., Ltd., spoke.") == {
        ("Ding Hao", "chair", "Acme Co., Ltd.")
    }


def test_a_bodys_chief() -> None:
    for text in ("Acme Group's chief Ding Hao spoke.", "Acme Group chief Ding Hao spoke."):
        assert resolved_posts(text) == {("Ding Hao", "chief", "Acme Group")}, text
    assert resolved_posts("The chief economist Ding Hao said growth was strong.") == set()


def test_who_is_also_goes_on_with_a_second_post() -> None:
    found = resolved_posts(
        "Ding Hao, Party secretary of Lanzhou, who is also a member of the Standing Committee"
        " of the Gansu Provincial CPC Committee, spoke."
    )
    assert found == {
        ("Ding Hao", "Party secretary", "Lanzhou Municipal CPC Committee"),
        ("Ding Hao", "member of the Standing Committee", "Gansu Provincial CPC Committee"),
    }


# fair fields


def test_a_length_before_an_edition_and_its_series_gives_the_other_day() -> None:
    found = extract("The four-day 8th China-Eurasia Expo opened on June 26 in Urumqi.").fairs
    ends = [f.end_date for f in found if f.end_date is not None]
    assert [(d.year, d.month, d.day) for d in ends] == [(2024, 6, 29)]


# central bodies and SOEs under their English names and short forms


def test_state_council_bodies_and_soe_short_forms_meet_the_chinese_names() -> None:
    keys = org_keys(
        "China Huadian, CHN Energy and China Baowu signed agreements with the China National"
        " Intellectual Property Administration and the National Bureau of Statistics."
    )
    assert set(keys.values()) == {
        "Organization|中国华电集团有限公司",
        "Organization|国家能源投资集团有限责任公司",
        "Organization|中国宝武钢铁集团有限公司",
        "Organization|国家知识产权局",
        "Organization|国家统计局",
    }
    keys = org_keys("Sinosure signed a cooperation agreement with the Silk Road Fund.")
    assert set(keys.values()) == {
        "Organization|中国出口信用保险公司",
        "Organization|丝路基金有限责任公司",
    }


# signing lists


def pairs_of(text: str) -> set[frozenset[str]]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return {frozenset(label[k] for k in a.parties) for a in res.agreements}


def test_a_list_of_pairs_after_semicolons_signs_each_pair() -> None:
    assert pairs_of(
        "Among the deals, Acme Co., Ltd. signed with Beta Group; Gamma Co., Ltd. with Delta"
        " Corp.; and Omega Inc. with Sigma Holdings."
    ) == {
        frozenset({"Acme Co., Ltd.", "Beta Group"}),
        frozenset({"Gamma Co., Ltd.", "Delta Corp."}),
        frozenset({"Omega Inc.", "Sigma Holdings"}),
    }
    # a clause after a semicolon that is no pair signs nothing
    assert pairs_of(
        "Acme Co., Ltd. signed a deal with Beta Group; the two firms with the most exhibits"
        " won awards."
    ) == {frozenset({"Acme Co., Ltd.", "Beta Group"})}


def test_a_clause_signing_with_no_kind_takes_the_sentences() -> None:
    assert pairs_of(
        "Acme Co., Ltd. inked an agreement with Beta Group, while Gamma Co., Ltd. signed with"
        " Delta Corp."
    ) == {
        frozenset({"Acme Co., Ltd.", "Beta Group"}),
        frozenset({"Gamma Co., Ltd.", "Delta Corp."}),
    }
    assert pairs_of("Acme Co., Ltd. and Gamma Co., Ltd. signed with Beta Group.") == {
        frozenset({"Acme Co., Ltd.", "Beta Group"}),
        frozenset({"Gamma Co., Ltd.", "Beta Group"}),
    }


# more post forms


def test_chinas_minister_named_by_portfolio_is_the_ministrys() -> None:
    for text in (
        "Ding Hao, China's commerce minister, spoke.",
        "Ding Hao, commerce minister of China, spoke.",
    ):
        assert resolved_posts(text) == {("Ding Hao", "commerce minister", "Ministry of Commerce")}
    # another country's stays that country's
    res = resolve([extract("Ding Hao, Zambia's commerce minister, spoke.")])
    assert [p.organization for p in res.posts] == [None]


def test_and_the_provinces_title_is_a_second_post_of_the_same_person() -> None:
    assert resolved_posts(
        "Ding Hao, deputy Party chief of Heilongjiang and the province's governor, spoke."
    ) == {
        ("Ding Hao", "deputy Party chief", "Heilongjiang Provincial CPC Committee"),
        ("Ding Hao", "governor", "Heilongjiang Provincial People's Government"),
    }


def test_a_departments_lower_case_forms_meet_its_chinese_name() -> None:
    cases = {
        "Ding Hao, head of the commerce department of Qinghai Province, spoke.": "青海省商务厅",
        "Ding Hao, director of Qinghai Province's department of commerce, spoke.": "青海省商务厅",
        "Ding Hao, head of the department of culture and tourism of Gansu, spoke.": (
            "甘肃省文化和旅游厅"
        ),
        "Ding Hao, director of the Xinjiang Uygur Autonomous Region's department of commerce,"
        " spoke.": "新疆维吾尔自治区商务厅",
    }
    for text, chinese in cases.items():
        assert set(org_keys(text).values()) == {f"Organization|{chinese}"}, text
    assert org_keys("The sales department of Acme Co., Ltd. grew.") == {
        "Acme Co., Ltd.": "Organization|Acme Co., Ltd."
    }


def test_an_autonomous_regions_congress_and_cppcc() -> None:
    keys = org_keys(
        "Ding Hao, chairman of the Standing Committee of the Ningxia Hui Autonomous Regional"
        " People's Congress, and Li Ming, chairman of the Guangxi Zhuang Autonomous Regional"
        " Committee of the CPPCC, attended."
    )
    assert set(keys.values()) == {
        "Organization|宁夏回族自治区人民代表大会常务委员会",
        "Organization|中国人民政治协商会议广西壮族自治区委员会",
    }


def test_an_autonomous_regions_abbreviation() -> None:
    keys = org_keys("Ding Hao, Deputy Secretary-General of the People's Government of XUAR, spoke.")
    assert set(keys.values()) == {"Organization|新疆维吾尔自治区人民政府"}


def test_the_regions_chairman_in_a_report_about_an_autonomous_region() -> None:
    gov = "Xinjiang Uygur Autonomous Region People's Government"
    dateline = "URUMQI, June 26 (Xinhua) -- "
    assert resolved_posts(dateline + "Erkin Tuniyaz, the region's chairman, spoke.") == {
        ("Erkin Tuniyaz", "chairman", gov)
    }
    assert resolved_posts(dateline + "The regional vice chairwoman Zhao Li spoke.") == {
        ("Zhao Li", "vice chairwoman", gov)
    }
    # a regional chairman of a company stays the company's
    assert resolved_posts("Li Ming, regional chairman of Acme Co., Ltd., spoke.") == {
        ("Li Ming", "regional chairman", "Acme Co., Ltd.")
    }
    assert (
        resolved_posts("XINING, June 26 (Xinhua) -- Li Ming, the region's chairman, spoke.")
        == set()
    )


# amounts


def test_more_currencies_of_trade_partners() -> None:
    from fairgraph.en.quantities import find_amounts

    cases = {
        "2 million British pounds": "GBP",
        "60 million Brazilian reais": "BRL",
        "10 billion Russian rubles": "RUB",
        "500 million Uzbek soums": "UZS",
        "10 million Saudi riyals": "SAR",
        "3 billion Qatari riyals": "QAR",
        "1 billion Kazakh tenge": "KZT",
        "2 billion Philippine pesos": "PHP",
        "100 million Moroccan dirhams": "MAD",
        "20 million taka": "BDT",
        "5 million Polish zlotys": "PLN",
    }
    found = {t: [a.currency for a in find_amounts(f"deals worth {t} were signed")] for t in cases}
    assert found == {t: [c] for t, c in cases.items()}
    assert find_amounts("deals worth 20 million pesos") == []  # several countries' pesos


# dates


def test_a_range_of_weekdays_is_placed_around_the_reports_day() -> None:
    def span(text: str) -> list[tuple[str, str]]:
        return [
            (f.start_date.iso(), f.end_date.iso())
            for f in extract(text).fairs
            if f.start_date and f.end_date
        ]

    opening = "URUMQI, June 26 (Xinhua) -- The 8th China-Eurasia Expo, running from Wednesday"
    assert span(opening + " to Sunday, opened in Urumqi.") == [("2024-06-26", "2024-06-30")]
    closing = "URUMQI, June 30 (Xinhua) -- The 8th China-Eurasia Expo, held from Wednesday"
    assert span(closing + " to Sunday, closed.") == [("2024-06-26", "2024-06-30")]
    ahead = "URUMQI, June 26 (Xinhua) -- The 8th China-Eurasia Expo will run Thursday-Monday."
    assert span(ahead) == [("2024-06-27", "2024-07-01")]


def test_a_clinched_deal_is_signed() -> None:
    assert pairs_of("Acme Co., Ltd. clinched a deal with Beta Group worth 300 million yuan.") == {
        frozenset({"Acme Co., Ltd.", "Beta Group"})
    }


def test_then_as_an_adverb_keeps_the_post() -> None:
    assert resolved_posts(
        "The delegation was received and then Vice Premier Ding Hao delivered a speech."
    ) == {("Ding Hao", "Vice Premier", "")}  # a title standing alone (bodiless_titles.tsv)
    assert resolved_posts("Then-Governor Ding Hao of Gansu spoke.") == set()


def test_no_name_ends_a_title_body_with_a_division_word() -> None:
    assert resolved_posts(
        "Vice Chairman of the People's Government of Guangxi Zhuang Autonomous Region Wei Hao"
        " attended the meeting."
    ) == {("Wei Hao", "Vice Chairman", "Guangxi Zhuang Autonomous Region People's Government")}
    found = resolved_posts(
        "Ding Hao, Director of the Foreign Affairs Office of the People's Government of Xinjiang"
        " Uygur Autonomous Region, spoke."
    )
    assert {(p[0], p[1]) for p in found} == {("Ding Hao", "Director")}


def test_a_unit_named_with_its_peoples_government_is_the_department() -> None:
    keys = org_keys(
        "Ding Hao, director of the Department of Commerce of the Qinghai Provincial People's"
        " Government, spoke."
    )
    assert set(keys.values()) == {"Organization|青海省商务厅"}


def test_the_head_of_a_places_delegation_holds_no_post_at_its_government() -> None:
    for text in (
        "Ding Hao, head of the Gansu delegation, spoke.",
        "Ding Hao, who heads the Gansu provincial delegation, spoke.",
    ):
        assert resolved_posts(text) == set(), text


def test_a_places_exhibition_centre_and_university_meet_the_chinese_names() -> None:
    cases = {
        "The 8th China-Eurasia Expo is held at the Xinjiang International Convention and"
        " Exhibition Center.": "Place|新疆国际会展中心",
        "The 24th CIFIT was held at the Xiamen International Conference and Exhibition"
        " Center.": "Place|厦门国际会议展览中心",
    }
    for text, key in cases.items():
        res = resolve([extract(text)])
        assert key in {e.key for e in res.entities if e.type == "Place"}, text
    keys = org_keys("Xinjiang University signed a cooperation agreement with Guangxi University.")
    assert set(keys.values()) == {"Organization|新疆大学", "Organization|广西大学"}


def test_a_central_body_of_china_is_the_body() -> None:
    keys = org_keys(
        "The Ministry of Commerce of the People's Republic of China and the General"
        " Administration of Customs of China hosted the event."
    )
    assert set(keys) == {"Ministry of Commerce", "General Administration of Customs"}
    # a name that ends with "of China" is its own (the Bank of China is no "Bank")
    assert "Bank of China" in org_keys("The Bank of China signed a deal with Acme Co., Ltd.")


def test_the_corps_commander_and_political_commissar() -> None:
    corps = "Xinjiang Production and Construction Corps"
    for title in ("commander", "political commissar"):
        assert resolved_posts(f"Ding Hao, {title} of the {corps}, spoke.") == {
            ("Ding Hao", title, corps)
        }


def test_prefectures_of_the_regions_under_their_official_names() -> None:
    res = resolve([extract("Karamay, Ordos and Kashgar Prefecture signed agreements.")])
    assert {e.key for e in res.entities if e.type == "Place"} == {
        "Place|克拉玛依市",
        "Place|鄂尔多斯市",
        "Place|喀什地区",
    }
    keys = org_keys(
        "The event was hosted by the People's Government of Bayingolin Mongol Autonomous"
        " Prefecture."
    )
    assert keys == {
        "Bayingolin Autonomous Prefecture People's Government": (
            "Organization|巴音郭楞蒙古自治州人民政府"
        )
    }
