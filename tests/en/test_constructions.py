"""General constructions of English news (issue 14), each on sentences written for these tests:
bylines, titles before a dash or a courtesy title, foreign regions and their governments,
lower-case bodies of the report's place, lists of organisations, international organisations,
signing parties, fair fields spread over sentences, bodies a title names."""

from __future__ import annotations

from en_helpers import extract, org_labels, posts

from fairgraph.model import PartialDate


def orgs(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == "Organization"}


# 1. bylines


def test_by_line_with_outlet_gives_each_reporter() -> None:
    text = "By Tang Wei, Luo Qing and Mark Hollis from Harbour Evening News\nThe fair opened."
    assert posts(text) == {
        (name, "reporter", "Harbour Evening News", None)
        for name in ("Tang Wei", "Luo Qing", "Mark Hollis")
    }


def test_by_line_with_agency_in_brackets_and_bar_line() -> None:
    assert posts("By Gao Lin (Xinhua)\nThe fair opened.") == {
        ("Gao Lin", "reporter", "Xinhua", None)
    }
    assert posts("Ruth Alder | China Daily\nThe fair opened.") == {
        ("Ruth Alder", "reporter", "China Daily", None)
    }


def test_reporters_named_in_a_sentence_work_for_the_outlet_before_them() -> None:
    text = "KUNMING, May 2 (Xinhua) -- The expo opened. Xinhua reporters Fan Jun and Yu Lei wrote."
    assert {(p, r, o) for p, r, o, _ in posts(text)} == {
        ("Fan Jun", "reporter", "Xinhua"),
        ("Yu Lei", "reporter", "Xinhua"),
    }


def test_a_place_after_by_is_no_outlet() -> None:
    assert posts("By Nora Quist in Lanzhou\nThe fair opened.") == {
        ("Nora Quist", "reporter", None, None)
    }


# 2. titles before a dash or a courtesy title; ministers represent their country


def test_title_dash_name_and_title_courtesy_name() -> None:
    text = (
        "The pavilion was opened by Nepal's Minister of Industry and Supplies – Hari Gurung and "
        "Deputy Minister of Tourism and Culture – Sita Rai, who toured the booths."
    )
    assert posts(text) == {
        ("Hari Gurung", "Minister of Industry and Supplies", None, "Nepal"),
        ("Sita Rai", "Deputy Minister of Tourism and Culture", None, "Nepal"),
    }


def test_courtesy_title_between_title_and_name() -> None:
    text = "Federal Minister for Water Resources Mrs. Amina Qadir visited Chile's stand."
    assert posts(text) == {("Amina Qadir", "Federal Minister for Water Resources", None, "Chile")}
    text = "Ghana's Minister of Trade Dr. Kwame Boateng met buyers."
    assert posts(text) == {("Kwame Boateng", "Minister of Trade", None, "Ghana")}


def test_portfolio_ends_before_the_name() -> None:
    text = "Peruvian Minister of Energy and Mines Rosa Salas toured the hall."
    assert posts(text) == {("Rosa Salas", "Minister of Energy and Mines", None, "Peruvian")}


def test_a_foreign_name_in_a_chinese_ministry_title_is_the_foreign_countrys() -> None:
    text = "Oman sent a delegation. Minister of Commerce Dr. Salim Harthy spoke."
    ((person, role, org, country),) = posts(text)
    assert (person, org, country) == ("Salim Harthy", None, "Oman")


# 3. foreign regions and their governments


def test_regions_minister_holds_the_regions_government() -> None:
    text = (
        "Paula Grant, Manitoba's minister of agriculture, met buyers. The Manitoba government "
        "will open an office."
    )
    assert ("Paula Grant", "minister of agriculture", "Manitoba", None) in posts(text)
    assert "Government of Manitoba" in org_labels(text)
    assert not any(label == "Manitoba government" for label in org_labels(text))


def test_region_written_with_its_division_word() -> None:
    text = (
        "Diego Ruiz, minister of Tourism of the Argentine Salta Province, said the Salta "
        "provincial government would sign."
    )
    ex = extract(text)
    assert ("Place", "Salta Province") in {(m.type, m.text) for m in ex.mentions}
    assert ("Diego Ruiz", "minister of Tourism", "Salta Province", None) in posts(text)
    labels = org_labels(text)
    assert "Government of Salta" in labels and "Salta provincial government" not in labels


# 4. lower-case bodies of the report's place


def test_bodies_of_the_reports_city_and_province() -> None:
    text = (
        "The fair opened in Liuzhou, Guangxi. Qin Feng, head of the city's commerce bureau, "
        "spoke. Lu Yan, deputy director of the provincial department of commerce, said."
    )
    assert {p[:3] for p in posts(text)} == {
        ("Qin Feng", "head", "city's commerce bureau"),
        ("Lu Yan", "deputy director", "provincial department of commerce"),
    }
    labels = org_labels(text)
    assert {"Liuzhou Commerce Bureau", "Guangxi Provincial Department of Commerce"} <= labels


def test_context_body_without_the_place_keeps_its_words() -> None:
    assert "provincial department of commerce" in org_labels(
        "Lu Yan, deputy director of the provincial department of commerce, said."
    )


# 5. lists


def test_lists_of_companies_and_organisations() -> None:
    assert {"Harbor Logistics", "Vantor Robotics", "Kestrel Foods"} <= orgs(
        "Exhibitors included companies such as Harbor Logistics, Vantor Robotics and Kestrel Foods."
    )
    assert {"Orion Textiles", "Blue Delta Mining", "Pinecrest Solar"} <= orgs(
        "More than 30 firms attended, among them Orion Textiles, Blue Delta Mining, and "
        "Pinecrest Solar."
    )
    assert {"Meridian Capital", "Sunway Holdings", "Corvel Energy"} <= orgs(
        "Investors including Meridian Capital, Sunway Holdings and Corvel Energy toured the park."
    )


def test_a_list_noun_without_names_gives_nothing() -> None:
    assert orgs("Companies from 40 countries took part, including many small firms.") == set()


# 6. international organisations


def test_international_organisations_are_known_with_their_chinese_names() -> None:
    text = (
        "International organizations such as the UN Industrial Development Organization, the "
        "World Food Programme, and the New Development Bank sent delegates."
    )
    assert {
        "UN Industrial Development Organization",
        "World Food Programme",
        "New Development Bank",
    } <= orgs(text)
    labels = org_labels(text)
    assert "United Nations Industrial Development Organization" in labels


# signing parties


def test_parties_of_a_signing_need_no_suffix() -> None:
    pairs = {
        frozenset(m.text for m in a.parties)
        for a in extract(
            "Zhejiang Geely Holding Group and Nordlys Cars signed an MOU on batteries. "
            "Sinopec inked a deal with Marvest Energy worth 3 billion U.S. dollars. "
            "On Friday, Kenya and China signed an agreement."
        ).agreements
    }
    assert {
        frozenset({"Zhejiang Geely Holding Group", "Nordlys Cars"}),
        frozenset({"Sinopec", "Marvest Energy"}),
        frozenset({"Kenya", "China"}),
    } == pairs


def test_no_party_from_sentence_openers_or_events() -> None:
    found = orgs("However, deals were signed at the Trade Cooperation Conference in Xining.")
    assert found == set()


# 7. fair fields


def test_weekday_ahead_and_a_stated_length() -> None:
    ex = extract(
        "HAIKOU, Sep 3, 2024, Xinhua. The expo, which runs until Friday, opened on Tuesday. "
        "The 4th China International Consumer Products Expo drew exhibitors."
    )
    starts = {f.start_date for f in ex.fairs if f.start_date}
    ends = {f.end_date for f in ex.fairs if f.end_date}
    assert starts == {PartialDate(2024, 9, 3)} and ends == {PartialDate(2024, 9, 6)}


def test_the_length_gives_the_last_day() -> None:
    ex = extract(
        "KUNMING, Aug. 16 (Xinhua) -- The 8th China-South Asia Expo opened on Friday in Kunming. "
        "The expo, lasting five days, drew 2,000 exhibitors."
    )
    assert {f.end_date for f in ex.fairs if f.end_date} == {PartialDate(2024, 8, 20)}


def test_a_weekday_without_a_dated_report_gives_no_date() -> None:
    ex = extract("The 4th China International Consumer Products Expo opened on Tuesday.")
    assert not [f for f in ex.fairs if f.start_date]


def test_past_edition_by_the_year_it_was_held() -> None:
    ex = extract(
        "The 8th China-South Asia Expo opened in Kunming. In 2019, the expo was held in Colombo."
    )
    past = [f for f in ex.fairs if f.fair.subtype == "year:2019"]
    assert past and past[0].location is not None and past[0].location.text == "Colombo"


def test_renamed_series_is_no_edition() -> None:
    ex = extract(
        "The 8th China-South Asia Expo opened. It was upgraded to the China-South Asia "
        "Expo in 2013."
    )
    assert not [m for m in ex.mentions if m.type == "Fair" and m.subtype == "year:2013"]


# 8. bodies a title names


def test_titles_name_their_bodies() -> None:
    text = (
        "The fair opened in Guangzhou, Guangdong. Vice Governor Zhang Hu of Guangdong, "
        "Guangzhou Mayor Sun Zhi and Chinese Vice Premier He Lifeng spoke. "
        "Commerce Minister Wang Wentao attended."
    )
    labels = org_labels(text)
    assert {
        "Guangdong Provincial People's Government",
        "Guangzhou Municipal People's Government",
        "Ministry of Commerce",
    } <= labels
    # a vice premier's title stands alone (bodiless_titles.tsv): no State Council is implied
    assert "State Council" not in labels
    assert {p[0] for p in posts(text)} == {"Zhang Hu", "Sun Zhi", "He Lifeng", "Wang Wentao"}


def test_names_of_bodies_with_an_inner_head_and_lists_of_banks() -> None:
    assert {"Industrial and Commercial Bank of China", "China Construction Bank"} <= orgs(
        "Industrial and Commercial Bank of China and China Construction Bank set up booths."
    )
    assert "General Authority for Investment and Free Zones" in orgs(
        "The Egyptian General Authority for Investment and Free Zones opened a desk."
    )
    assert orgs("Representatives of the Kestrel Trade Development Council attended.") == {
        "Kestrel Trade Development Council"
    }
    assert "Chamber of Commerce of Lima" in orgs(
        "Juan Mendez, president of the Chamber of Commerce of Lima, attended."
    )


def test_diplomat_sent_by_the_country_before_the_title() -> None:
    text = (
        "Also present were Nguyen Van Thanh, Vietnam's deputy minister of industry and trade, "
        "and Somchai Prasert, Thai ambassador to China. Kofi Owusu, Ghana's ambassador to China, "
        "spoke."
    )
    found = {(p, c) for p, _, _, c in posts(text)}
    assert found == {
        ("Nguyen Van Thanh", "Vietnam"),
        ("Somchai Prasert", "Thai"),
        ("Kofi Owusu", "Ghana"),
    }


def test_signed_projects_at_the_opening_ceremony_are_the_fairs() -> None:
    ex = extract(
        "The third China-Africa Economic and Trade Expo opened in Changsha. A total of 120 "
        "projects worth 10.3 billion U.S. dollars were signed at the opening ceremony. The "
        "expo's guest countries of honor are Ghana and Zambia."
    )
    assert {f.signed_project_count for f in ex.fairs} >= {120}
    guests = {g.text for f in ex.fairs for g in f.guest_countries}
    assert guests == {"Ghana", "Zambia"}


def test_credits_work_for_the_source_outlet() -> None:
    text = (
        "The fair opened in Haikou.\nSource: Coastal Evening Post\nEditor: Zhou Ting\n"
        "Photo by Wu Gang"
    )
    assert posts(text) == {
        ("Zhou Ting", "Editor", "Coastal Evening Post", None),
        ("Wu Gang", "reporter", "Coastal Evening Post", None),
    }


def test_day_first_dates_and_a_date_before_its_verb() -> None:
    ex = extract(
        "Updated: 2024-05-20\nOn the morning of May 18, the 2024 China (Hainan) International "
        "Consumer Goods Fair opened in Haikou. The fair runs from 18 to 21 May."
    )
    assert {f.start_date for f in ex.fairs if f.start_date} == {PartialDate(2024, 5, 18)}
    assert {f.end_date for f in ex.fairs if f.end_date} == {PartialDate(2024, 5, 21)}


def test_two_fairs_joined_by_and_share_the_date() -> None:
    ex = extract(
        "NANNING, Nov. 30 (Xinhua) -- The 17th China-ASEAN Expo and the China-ASEAN Business "
        "and Investment Summit running alongside it wrapped up Monday in Nanning."
    )
    ends = {f.end_date for f in ex.fairs if f.fair.text == "17th China-ASEAN Expo"}
    assert PartialDate(2020, 11, 30) in ends


def test_clauses_that_each_sign_and_owned_parties() -> None:
    ex = extract(
        "During the expo, Tarim Zhongtai Group signed a cooperation agreement with Uzbekistan's "
        "Navoi Mining and Metallurgical Company, and Goldfeng Science & Technology Co inked a "
        "deal with Kazakhstan's Samruk-Kazyna."
    )
    pairs = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    assert pairs == {
        frozenset({"Tarim Zhongtai Group", "Navoi Mining and Metallurgical Company"}),
        frozenset({"Goldfeng Science & Technology Co", "Samruk-Kazyna"}),
    }
    assert {"Uzbekistan", "Kazakhstan"} <= {m.text for m in ex.mentions if m.type == "Country"}


def test_byline_with_place_and_outlet_after_bars() -> None:
    text = "By Li Na in Urumqi | China Daily | Updated: 2023-08-18 07:12\nThe fair opened."
    assert posts(text) == {("Li Na", "reporter", "China Daily", None)}


def test_every_mention_is_the_text_it_spans() -> None:
    text = (
        "By Tang Wei and Mark Hollis from Harbour Evening News\n"
        "KUNMING, Aug. 16 (Xinhua) -- The 8th China-South Asia Expo opened on Friday. Xinhua "
        "reporters Fan Jun and Yu Lei wrote. Diego Ruiz, minister of Tourism of the Argentine "
        "Salta Province, and Paula Grant, Manitoba's minister of agriculture, met Lu Yan, deputy "
        "director of the provincial department of commerce. Nordlys Cars signed a deal with "
        "Kazakhstan's Samruk-Kazyna.\nSource: Coastal Evening Post\nEditor: Zhou Ting"
    )
    ex = extract(text)
    assert ex.posts and all(text[m.start : m.end] == m.text for m in ex.mentions)


def test_a_quoted_theme_names_nothing_and_theme_provinces_are_no_theme() -> None:
    ex = extract(
        'The 3rd China-Andes Expo opened in Lanzhou. Themed "Open Markets, Shared Prosperity," '
        "the expo drew 400 firms. Gansu and Ningxia are the theme provinces of the expo."
    )
    assert "Shared Prosperity" not in {m.text for m in ex.mentions}
    assert {f.theme for f in ex.fairs if f.theme} == {"Open Markets, Shared Prosperity"}


def test_list_items_win_over_a_longer_reading_and_a_place_inside() -> None:
    found = orgs(
        "Exhibitors include Sany Heavy Industry, Yunnan Baiyao, Haier Smart Home and Tongwei "
        "Solar Energy. BYD Auto and Great Wall Motor showed cars."
    )
    assert found == {
        "Sany Heavy Industry",
        "Yunnan Baiyao",
        "Haier Smart Home",
        "Tongwei Solar Energy",
        "BYD Auto",
        "Great Wall Motor",
    }


def test_deals_worth_a_sum_signed_at_the_fair_are_its_total() -> None:
    ex = extract(
        "The 7th China-Eurasia Expo opened in Urumqi. Deals worth 200 billion yuan ($27.8 "
        "billion) were signed during the expo."
    )
    totals = {f.total_investment.text for f in ex.fairs if f.total_investment}
    assert totals == {"200 billion yuan"}


def test_organisers_before_an_active_host_verb() -> None:
    ex = extract(
        "The 7th China-Eurasia Expo opened in Urumqi. The Ministry of Commerce, the China Council "
        "for the Promotion of International Trade and the Xinjiang regional government jointly "
        "host the expo."
    )
    found = {m.text for f in ex.fairs for m in f.organizers}
    assert found == {
        "Ministry of Commerce",
        "China Council for the Promotion of International Trade",
        "Xinjiang regional government",
    }


def test_possessive_bodies_and_party_departments() -> None:
    text = (
        "Lin Tao, head of Fujian's publicity department, and Chen Lin, director of Fujian's "
        "foreign trade office, attended."
    )
    assert {p[:3] for p in posts(text)} == {
        ("Lin Tao", "head", "Fujian's publicity department"),
        ("Chen Lin", "director", "Fujian's foreign trade office"),
    }
    assert "Publicity Department of the CPC Fujian Provincial Committee" in org_labels(text)


def test_described_and_affiliated_names() -> None:
    text = (
        "Participants from France include the Orvelle Maison group, the food company Danone and "
        "the fashion label Jean Perrin. Anton Varga of UPR Business Hungary remarked that demand "
        "was strong."
    )
    ex = extract(text)
    assert {"Orvelle Maison", "Danone", "Jean Perrin", "UPR Business Hungary"} <= {
        m.text for m in ex.mentions if m.type == "Organization"
    }
    assert "Anton Varga" in {m.text for m in ex.mentions if m.type == "Person"}


def test_known_bodies_stay_whole_and_lists_of_bodies_split() -> None:
    assert orgs("The Ministry of Industry and Information Technology spoke.") == {
        "Ministry of Industry and Information Technology"
    }
    assert orgs("Bank of China and University of Toronto attended.") == {
        "Bank of China",
        "University of Toronto",
    }
    assert orgs("The Standing Committee of Qinghai Provincial People's Congress met.") == {
        "Standing Committee of Qinghai Provincial People's Congress"
    }


def test_zones_written_in_lower_case_are_places() -> None:
    ex = extract("Firms in the Guangxi pilot free trade zone and Suzhou industrial park grew.")
    assert {(m.text, m.type) for m in ex.mentions} == {
        ("Guangxi pilot free trade zone", "Place"),
        ("Suzhou industrial park", "Place"),
    }


def test_no_pair_from_a_source_or_from_unnamed_counterparts() -> None:
    ex = extract(
        "According to the Ministry of Commerce, China signed free trade agreements with 29 "
        "countries and regions. Kestrel Group and Vantor Motors signed deals with more than 20 "
        "foreign companies. Kestrel Group and Vantor Motors signed a deal with a total value of "
        "2 billion yuan."
    )
    pairs = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    assert pairs == {frozenset({"Kestrel Group", "Vantor Motors"})}
    assert len(ex.agreements) == 1


def test_this_years_expo_in_a_dated_report_is_that_years_edition() -> None:
    ex = extract(
        "YINCHUAN, Aug. 20, 2019, Xinhua. This year's China-Arab States Expo opened on Tuesday "
        "in Yinchuan. The expo, lasting four days, drew 2,000 exhibitors."
    )
    assert {m.subtype for m in ex.mentions if m.type == "Fair"} == {"year:2019"}
    assert {f.end_date for f in ex.fairs if f.end_date} == {PartialDate(2019, 8, 23)}
    undated = extract("This year's China-Arab States Expo opened on Tuesday in Yinchuan.")
    assert not [m for m in undated.mentions if m.type == "Fair" and m.subtype != "series"]


def test_honorary_guest_is_a_guest_country() -> None:
    ex = extract(
        "The 4th China-Andes Expo opened in Lanzhou. Peru, the expo's honorary guest, sent "
        "60 firms."
    )
    assert {g.text for f in ex.fairs for g in f.guest_countries} == {"Peru"}


def test_passive_signing_by_two_parties_and_a_countrys_government() -> None:
    ex = extract(
        "A memorandum of understanding was inked by Kestrel Group and Vantor Motors. Under the "
        "agreement signed by Kestrel Group and the Tanzanian government, a plant will be built. "
        "Kestrel Group has signed a framework agreement with the Municipal Government of Dar es "
        "Salaam."
    )
    pairs = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    assert pairs == {
        frozenset({"Kestrel Group", "Vantor Motors"}),
        frozenset({"Kestrel Group", "Tanzanian government"}),
        frozenset({"Kestrel Group", "Municipal Government of Dar es Salaam"}),
    }


def test_bare_governments_are_the_reports_city_or_province() -> None:
    text = (
        "The fair opened in Kunming, Yunnan Province. Secretary-General of the provincial "
        "government Li Wei presided. The municipal government and the provincial Party committee "
        "issued a plan."
    )
    assert {
        "Kunming Municipal People's Government",
        "Yunnan Provincial People's Government",
        "Yunnan Provincial CPC Committee",
    } <= org_labels(text)
    assert ("Li Wei", "Secretary-General", "provincial government", None) in posts(text)


def test_trade_representative_of_a_country_in_china() -> None:
    text = "Ms. Anna Petrova, Trade Representative of the Russian Federation in China, attended."
    assert posts(text) == {("Anna Petrova", "Trade Representative", None, "Russian Federation")}


def test_a_session_number_dates_a_dateline_through_the_series_cadence() -> None:
    ex = extract(
        "GUANGZHOU, April 15 (Xinhua) -- The 133rd session of the China Import and Export Fair, "
        "also known as the Canton Fair, opened on Saturday in Guangzhou. The first phase of the "
        "fair runs until April 19."
    )
    assert {f.start_date for f in ex.fairs if f.start_date} == {PartialDate(2023, 4, 15)}
    assert {f.end_date for f in ex.fairs if f.end_date} == {PartialDate(2023, 4, 19)}


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    got = orgs("The city signed a deal with Northern Copper Corporation on Tuesday in Lanzhou.")
    assert "Northern Copper Corporation" in got and not any("Tuesday" in o for o in got)


def test_the_datelines_outlet_signs_nothing() -> None:
    text = (
        "LANZHOU, June 3 (Xinhua) -- The Gansu provincial government signed a cooperation "
        "agreement with Northern Copper Corporation."
    )
    parties = [{m.text for m in a.parties} for a in extract(text).agreements]
    assert parties == [{"Gansu provincial government", "Northern Copper Corporation"}]


def test_a_bare_vice_governor_is_the_reports_provinces() -> None:
    """The province read from a body's name or the dateline's city names the governor's body."""
    from fairgraph.resolve import resolve

    text = (
        "LANZHOU, June 3 (Xinhua) -- The Gansu provincial government signed an agreement with "
        "Northern Copper Corporation, Vice Governor Wang Lixin said."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    got = {(label[p.person], p.role, label[p.organization]) for p in res.posts}
    assert ("Wang Lixin", "Vice Governor", "Gansu Provincial People's Government") in got


def test_a_companies_country_written_before_it_in_a_list() -> None:
    """with A and Thailand's B: two companies, and Thailand only says whose B is."""
    got = orgs("The city signed deals with Northern Copper Group and Thailand's Siam Steel Group.")
    assert {"Northern Copper Group", "Siam Steel Group"} <= got


def test_the_province_is_no_place_named_the() -> None:
    places = {m.text for m in extract("The province and Futian district signed deals.").mentions}
    assert (
        "The" not in places and "Futian district" in places
    )  # (the county, division word and all)


def test_signed_by_two_officials_the_bodies_they_hold_posts_in_sign() -> None:
    text = (
        "The memorandum was signed by Wang Lixin, deputy director of the Gansu Provincial "
        "Department of Commerce, and Mary Stone, president of the Nordic Chamber of Commerce."
    )
    parties = [{m.text for m in a.parties} for a in extract(text).agreements]
    assert parties == [{"Gansu Provincial Department of Commerce", "Nordic Chamber of Commerce"}]


def test_a_fairs_totals_in_the_next_sentence() -> None:
    """The expo opened … . A total of N projects worth X were signed, organizers said."""
    text = (
        "KUNMING, June 5 (Xinhua) -- The 9th China-South Asia Expo opened on Thursday in "
        "Kunming. A total of 150 projects worth 60 billion yuan were signed, organizers said."
    )
    facts = [f for f in extract(text).fairs if f.signed_project_count]
    assert [(f.signed_project_count, f.total_investment.text) for f in facts] == [
        (150, "60 billion yuan")
    ]


def test_the_n_day_fair_is_the_reports_fair() -> None:
    text = (
        "The 9th China-South Asia Expo closed on June 9 in Kunming. During the five-day fair, "
        "120 projects with a total investment of 50 billion yuan were signed."
    )
    facts = [f for f in extract(text).fairs if f.signed_project_count]
    assert [f.signed_project_count for f in facts] == [120]


def test_a_foreign_ministers_portfolio_is_not_chinas_ministry() -> None:
    """Zambian Minister of Commerce A B: the portfolio ends before the name; Zambia is
    represented (China's Ministry of Commerce is not read into it)."""
    got = posts("Zambian Minister of Commerce Chola Banda attended the ceremony.")
    assert ("Chola Banda", "Minister of Commerce", None, "Zambian") in got


def test_a_plural_title_gives_each_listed_name_the_post() -> None:
    from fairgraph.resolve import resolve

    text = "Gansu Governor Wang Lixin and Vice Governors Li Hua, Zhao Ming and Sun Qiang spoke."
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    held = {(label[p.person], label[p.organization]) for p in res.posts if "Vice" in p.role}
    body = "Gansu Provincial People's Government"
    assert held == {("Li Hua", body), ("Zhao Ming", body), ("Sun Qiang", body)}
