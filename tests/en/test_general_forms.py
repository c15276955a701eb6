"""General forms of English news (issue 14, rounds 7 to 9), each on sentences written for these
tests: hyphenated titles, ambassadors named after the country they are posted to, plural
governments, autonomous prefectures under their full names, development zones, MOU before a
party; two bodies joined by "and", consuls general, foreign delegations led by a title,
provinces that sign, a weekday that ends a span."""

from __future__ import annotations

from en_helpers import extract, org_labels, posts

from fairgraph.model import Document
from fairgraph.resolve import resolve


def mentions(text: str, kind: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == kind}


def labelled_parties(text: str) -> list[set[str]]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return [{label[k] for k in a.parties} for a in res.agreements]


# hyphenated titles


def test_hyphenated_titles_are_titles() -> None:
    assert posts("Vice-Premier Fang Lirong opened the fair.") == {
        ("Fang Lirong", "Vice-Premier", "State Council", None)
    } or {p[:2] for p in posts("Vice-Premier Fang Lirong opened the fair.")} == {
        ("Fang Lirong", "Vice-Premier")
    }
    found = posts("Executive Vice-Governor Tan Qiming of Gansu province spoke.")
    assert {(p[0], p[1], p[2]) for p in found} == {
        ("Tan Qiming", "Executive Vice-Governor", "Gansu")
    }
    found = posts("Tan Qiming, executive vice-governor of Gansu province, spoke.")
    assert {(p[0], p[1], p[2]) for p in found} == {
        ("Tan Qiming", "executive vice-governor", "Gansu")
    }


def test_vice_premier_with_hyphen_stands_alone() -> None:
    # a vice premier's title stands alone (bodiless_titles.tsv), written with a hyphen too
    res = resolve([extract("Vice-Premier Fang Lirong opened the fair.")])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], p.organization) for p in res.posts] == [("Fang Lirong", None)]


# ambassadors


def test_ambassador_to_a_country_then_a_foreign_name() -> None:
    for text in (
        "Malawian Ambassador to China Grace Mbewe toured the fair.",
        "Ambassador of Malawi to China Grace Mbewe toured the fair.",
        "Grace Mbewe, Malawian ambassador to China, toured the fair.",
    ):
        assert mentions(text, "Person") == {"Grace Mbewe"}, text
        assert mentions(text, "Country") >= {"China"}, text
        ((person, _, org, country),) = posts(text)
        assert (person, org) == ("Grace Mbewe", None)
        assert country in ("Malawian", "Malawi"), text


def test_exports_to_a_country_name_no_person() -> None:
    assert mentions("Exports to China Grew by half.", "Person") == set()


# organisations


def test_plural_governments_give_each_its_government() -> None:
    expected = {"Gansu Provincial People's Government", "Shaanxi Provincial People's Government"}
    for text in (
        "The governments of Gansu and Shaanxi provinces signed a cooperation agreement.",
        "The Gansu and Shaanxi provincial governments signed a cooperation agreement.",
    ):
        assert labelled_parties(text) == [expected], text
        assert mentions(text, "Place") == set(), text


def test_autonomous_prefecture_under_its_full_name_is_the_prefecture() -> None:
    text = "The park lies in Enshi Tujia and Miao Autonomous Prefecture."
    res = resolve([extract(text)])
    assert [(e.type, e.label) for e in res.entities] == [("Place", "Enshi")]
    assert [e.key for e in res.entities] == ["Place|恩施土家族苗族自治州"]


def test_development_zone_is_one_place_even_as_a_party() -> None:
    text = "Lanzhou Economic and Technological Development Zone signed a deal with Acme Co., Ltd."
    assert mentions(text, "Place") == {"Lanzhou Economic and Technological Development Zone"}
    assert labelled_parties(text) == [
        {"Lanzhou Economic and Technological Development Zone", "Acme Co., Ltd."}
    ]


def test_mou_before_with_is_no_part_of_the_party() -> None:
    text = "The provincial department of commerce signed an MOU with Acme Technologies Co., Ltd."
    assert "Acme Technologies Co., Ltd." in mentions(text, "Organization")
    assert not any("MOU" in m for m in mentions(text, "Organization"))
    assert mentions("An MOU was signed by Acme Co., Ltd. and Beta Co., Ltd.", "Person") == set()


# posts


def test_place_and_level_before_a_party_title() -> None:
    found = posts("Gansu Provincial Party Secretary Hou Jianmin attended.")
    assert {(p[0], p[1], p[2]) for p in found} == {("Hou Jianmin", "Party Secretary", "Gansu")}
    res = resolve([extract("Lanzhou Municipal Party Secretary Hou Jianmin attended.")])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], label[p.organization]) for p in res.posts] == [
        ("Hou Jianmin", "Lanzhou Municipal CPC Committee")
    ]


def test_deputy_party_secretary_is_one_title() -> None:
    found = posts("Hou Jianmin, deputy Party secretary of Gansu province, spoke.")
    assert {(p[0], p[1]) for p in found} == {("Hou Jianmin", "deputy Party secretary")}


def test_plural_title_after_a_list_of_names_gives_each_the_post() -> None:
    text = "Tan Li, Zhou Bo and Hou Min, vice governors of Gansu, attended."
    assert {(p[0], p[1], p[2]) for p in posts(text)} == {
        (name, "vice governors", "Gansu") for name in ("Tan Li", "Zhou Bo", "Hou Min")
    }


def test_plural_title_in_men_before_names_and_their_body() -> None:
    text = (
        "Vice-chairmen Tan Li and Hou Min of the Gansu Provincial People's Congress Standing"
        " Committee attended."
    )
    body = "Gansu Provincial People's Congress Standing Committee"
    assert posts(text) == {(n, "Vice-chairmen", body, None) for n in ("Tan Li", "Hou Min")}
    assert mentions(text, "Organization") == {body}
    assert mentions(text, "Person") == {"Tan Li", "Hou Min"}


# agreements and amounts


def test_signers_with_posts_give_their_bodies_as_parties() -> None:
    expected = [{"China Petrochemical Corporation", "Gansu Provincial People's Government"}]
    for text in (
        "Sinopec chairman Zhou Anming and Gansu Governor Tan Qiming signed the agreement.",
        "Zhou Anming, chairman of Sinopec, and Tan Qiming, governor of Gansu, signed the deal.",
        "Tan Qiming, vice governor of Gansu, signed the agreement with Sinopec.",
        "Zhou Anming, on behalf of Sinopec, signed the agreement with Tan Qiming, vice governor"
        " of Gansu.",
    ):
        assert labelled_parties(text) == expected, text


def test_people_who_speak_or_witness_sign_nothing() -> None:
    assert labelled_parties("Gansu Governor Tan Qiming said Sinopec signed an agreement.") == []
    assert labelled_parties(
        "Witnessed by Gansu Governor Tan Qiming, Sinopec signed an agreement with PetroChina."
    ) == [{"China Petrochemical Corporation", "PetroChina Company Limited"}]


def test_hyphenated_amount_before_its_noun() -> None:
    ex = extract("Gansu and Sinopec sealed a 10-billion-yuan deal on hydrogen.")
    assert [(a.text, int(a.value), a.currency) for a in ex.amounts] == [
        ("10-billion-yuan", 10_000_000_000, "CNY")
    ]
    assert [a.investment.text for a in ex.agreements if a.investment] == ["10-billion-yuan"]
    ex = extract("The firm plans a 1.2-billion-U.S.-dollar plant.")
    assert [(int(a.value), a.currency) for a in ex.amounts] == [(1_200_000_000, "USD")]


# fairs


def fair_labels(text: str) -> list[str]:
    res = resolve([extract(text)])
    return [e.label for e in res.entities if e.type == "Fair"]


def test_this_years_fair_with_a_bracketed_place_in_its_name() -> None:
    text = (
        "XINING, July 10, 2024 (Xinhua) -- Deals worth 30 billion yuan were signed at this"
        " year's China (Qinghai) Green Development Investment and Trade Fair."
    )
    assert fair_labels(text) == ["2024 China Qinghai Green Development Investment and Trade Fair"]


def test_a_known_series_alone_in_a_dated_report_is_that_years_edition() -> None:
    text = "NANNING, Sept. 14, 2024 (Xinhua) -- The China-ASEAN Expo opened on Saturday."
    assert fair_labels(text) == ["2024 China-ASEAN Expo"]
    # without a year written, no edition is guessed
    assert fair_labels("NANNING, Sept. 14 (Xinhua) -- The China-ASEAN Expo opened.") == []
    # an edition named elsewhere in the report is the one meant
    text = "The 21st China-ASEAN Expo opened in Nanning in 2024. The China-ASEAN Expo is annual."
    assert fair_labels(text) == ["21st China-ASEAN Expo"]


def test_passive_signing_with_a_list_is_by_the_sentence_befores_signer() -> None:
    text = (
        "LANZHOU, July 7 -- The Lanzhou municipal government signed 12 investment projects with"
        " a combined value of 6 billion yuan on Saturday.\n"
        "The projects were signed with companies including Acme Co., Ltd. and Beta Group."
    )
    assert sorted(map(sorted, labelled_parties(text))) == [
        ["Acme Co., Ltd.", "Lanzhou Municipal People's Government"],
        ["Beta Group", "Lanzhou Municipal People's Government"],
    ]
    # a sentence that names its own partners leaves no signer for the next one
    text = (
        "The Lanzhou municipal government signed a deal with Acme Co., Ltd. on Saturday.\n"
        "Other deals were signed with Beta Group."
    )
    assert labelled_parties(text) == [{"Acme Co., Ltd.", "Lanzhou Municipal People's Government"}]


def test_listed_companies_keep_their_corporate_suffix() -> None:
    text = "Gansu signed deals with companies including Beta Group, Acme Co., Ltd., and Zeta Inc."
    assert mentions(text, "Organization") == {"Beta Group", "Acme Co., Ltd.", "Zeta Inc."}


# units of bodies, assemblies of the report's place


def test_a_branch_in_a_place_is_one_organisation_not_the_places_government() -> None:
    for text in (
        "Zhou Bo, president of the Gansu branch of Bank of China, said.",
        "Zhou Bo, general manager of China Mobile's Gansu branch, said.",
    ):
        ((person, role, org, _),) = posts(text)
        assert person == "Zhou Bo" and "Gansu" in org and "branch" in org, text
        assert not any("Government" in label for label in org_labels(text)), text
    assert labelled_parties("The Gansu branch of Bank of China signed a deal with Acme Co.") == [
        {"Gansu branch of Bank of China", "Acme Co."}
    ]


def test_provincial_cppcc_and_peoples_congress_are_the_reports_provinces() -> None:
    text = (
        "LANZHOU, July 6 (Xinhua) -- Tan Li, vice chairman of the provincial CPPCC committee,"
        " and Hou Min, chairwoman of the Standing Committee of the provincial people's congress,"
        " attended the fair in Gansu province."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert sorted((label[p.person], label[p.organization]) for p in res.posts) == [
        ("Hou Min", "Standing Committee of the Gansu Provincial People's Congress"),
        ("Tan Li", "CPPCC Gansu Provincial Committee"),
    ]
    assert not any("National Committee" in v for v in label.values())


def test_secretary_general_without_hyphen_and_the_provincial_governor() -> None:
    assert {p[:2] for p in posts("Tan Li, secretary general of the Acme Chamber, said.")} == {
        ("Tan Li", "secretary general")
    }
    text = "Hou Min, the provincial governor, spoke at the fair in Gansu province."
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], label[p.organization]) for p in res.posts] == [
        ("Hou Min", "Gansu Provincial People's Government")
    ]


def fair_facts_of(text: str):  # type: ignore[no-untyped-def]
    res = resolve([extract(text)])
    (fair,) = res.fairs
    return fair


def test_headline_total_when_the_text_gives_none() -> None:
    text = (
        "Lanzhou fair seals deals worth 480 billion yuan\n\n"
        "LANZHOU, July 12, 2024 (Xinhua) -- The 30th Lanzhou Investment and Trade Fair"
        " concluded on Friday in Lanzhou."
    )
    fair = fair_facts_of(text)
    assert fair.total_investment is not None
    assert int(fair.total_investment[1].value) == 480_000_000_000
    # the text's own total wins over the headline's rounded one
    text = (
        "Lanzhou fair seals deals worth 480 bln yuan\n\n"
        "LANZHOU, July 12, 2024 (Xinhua) -- The 30th Lanzhou Investment and Trade Fair"
        " concluded on Friday. A total of 310 projects worth 481.6 billion yuan were signed at"
        " the fair."
    )
    fair = fair_facts_of(text)
    assert fair.total_investment is not None
    assert fair.total_investment[1].text == "481.6 billion yuan"
    assert fair.signed_project_count == 310


def test_it_will_last_until_after_a_sentence_on_the_fair() -> None:
    text = (
        "KUNMING, June 24, 2024 (Xinhua) -- The 8th China-South Asia Expo opened on Monday in"
        " Kunming. It will last until June 28."
    )
    fair = fair_facts_of(text)
    assert (fair.start_date.iso(), fair.end_date.iso()) == ("2024-06-24", "2024-06-28")


def test_minister_of_a_portfolio_in_lower_case_is_the_ministry() -> None:
    for text, role in (
        ("Gao Ming, minister of commerce, said.", "minister"),
        ("Gao Ming, vice minister of commerce, said.", "vice minister"),
    ):
        res = resolve([extract(text)])
        label = {e.key: e.label for e in res.entities}
        assert [(label[p.person], p.role, label[p.organization]) for p in res.posts] == [
            ("Gao Ming", role, "Ministry of Commerce")
        ], text


def test_a_demonym_after_and_ends_a_body_name() -> None:
    text = (
        "Gao Ming, member of the Standing Committee of the Political Bureau of the CPC Central"
        " Committee and Chinese premier, spoke."
    )
    assert mentions(text, "Organization") == {"Political Bureau of the CPC Central Committee"}


def test_autonomous_county_under_its_full_name_is_one_place() -> None:
    text = "Menyuan Hui Autonomous County signed a deal with Acme Co., Ltd."
    assert mentions(text, "Place") == {"Menyuan Hui Autonomous County"}
    assert labelled_parties(text) == [{"Menyuan Hui Autonomous County", "Acme Co., Ltd."}]
    # words that are no ethnic group make no autonomous area
    assert mentions("Acme Green Autonomous County", "Place") == set()


def test_xinjiang_production_and_construction_corps_is_one_body() -> None:
    text = "The Xinjiang Production and Construction Corps signed a deal with Acme Co., Ltd."
    assert mentions(text, "Organization") == {
        "Xinjiang Production and Construction Corps",
        "Acme Co., Ltd.",
    }


# people and their posts in business news


def test_portfolio_of_several_words_before_a_ministers_title() -> None:
    text = "Malaysian Investment, Trade and Industry Minister Aziz Rahman led the delegation."
    assert posts(text) == {
        ("Aziz Rahman", "Investment, Trade and Industry Minister", None, "Malaysian")
    }


def test_a_based_prefix_is_no_part_of_the_company() -> None:
    text = "Omar Haddad, chairman of the Dubai-based Gulf Trading Group, said."
    assert mentions(text, "Organization") == {"Gulf Trading Group"}
    assert posts(text) == {("Omar Haddad", "chairman", "Gulf Trading Group", None)}


def test_people_by_an_occupation_in_apposition_or_after_said() -> None:
    assert mentions("Peter Mwale, a businessman from Zambia, sold copper.", "Person") == {
        "Peter Mwale"
    }
    assert mentions('"Sales are good," said Ahmed Salem.', "Person") == {"Ahmed Salem"}
    assert mentions("Visitors to Xining, a city on the plateau, came.", "Person") == set()


def test_a_foreign_undersecretary_of_commerce_is_not_chinas_ministry() -> None:
    text = '"We buy more," said Ahmed Salem, the Omani undersecretary of commerce.'
    assert "Ministry of Commerce" not in org_labels(text)


def test_manager_and_a_narrowed_title_of_a_company() -> None:
    assert posts("Liu Yang, a manager with Acme Dairy Co., said sales rose.") == {
        ("Liu Yang", "manager", "Acme Dairy Co.", None)
    }
    assert posts("Liu Yang, sales director at Acme Dairy Co., said.") == {
        ("Liu Yang", "sales director", "Acme Dairy Co.", None)
    }
    assert posts("The manager said sales rose.") == set()


def agreements_of(text: str) -> list[tuple[set[str], str, str | None]]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return [
        (
            {label[k] for k in a.parties},
            a.agreement_type,
            a.investment.text if a.investment else None,
        )
        for a in res.agreements
    ]


def test_a_list_of_projects_each_between_two_parties() -> None:
    text = (
        "The projects signed include a 2-billion-yuan solar farm between Acme Solar Co. and"
        " Haidong, and a 500-million-yuan cold-chain park between Beta Logistics Co. and Xining."
    )
    assert sorted(agreements_of(text), key=lambda a: a[2] or "") == [
        ({"Acme Solar Co.", "Haidong"}, "project", "2-billion-yuan"),
        ({"Beta Logistics Co.", "Xining"}, "project", "500-million-yuan"),
    ]


def test_more_signing_verbs_and_agreement_kinds() -> None:
    assert agreements_of("Acme Co. inked a strategic partnership with Beta Group.") == [
        ({"Acme Co.", "Beta Group"}, "strategic partnership", None)
    ]
    assert agreements_of("Acme Co. entered into a supply agreement with Beta Group.") == [
        ({"Acme Co.", "Beta Group"}, "supply agreement", None)
    ]
    text = "Representatives from Acme Co. and Beta Group signed an MOU on Tuesday."
    assert [a[0] for a in agreements_of(text)] == [{"Acme Co.", "Beta Group"}]


def test_a_fair_name_going_on_after_its_fair_word() -> None:
    assert fair_labels("The 5th Acme Expo for Green Energy and Trade opened on Monday.") == [
        "5th Acme Expo for Green Energy and Trade"
    ]
    assert fair_labels("The 5th Acme Expo on Monday drew crowds.") == ["5th Acme Expo"]
    assert fair_labels("The 5th Acme Fair for companies opened.") == ["5th Acme Fair"]


# brands and companies named alone


def test_a_name_with_its_kind_of_company_in_apposition_is_a_company() -> None:
    assert mentions("Zorvia, the electric car maker, showed five models.", "Organization") == {
        "Zorvia"
    }
    assert mentions("Kelmont, a solar giant, unveiled modules.", "Organization") == {"Kelmont"}
    assert mentions("Zorvia's Xining factory made cars.", "Organization") == {"Zorvia"}
    assert mentions("Peter Smith, a director of the group, said.", "Organization") == set()
    assert mentions("Products from Zorvia.com sold well.", "Organization") == {"Zorvia.com"}


def test_a_foreign_name_then_a_title_behind_an_article_is_a_person() -> None:
    text = "Peter Smith, a director of Acme Co., said."
    assert mentions(text, "Person") == {"Peter Smith"}
    assert posts(text) == {("Peter Smith", "director", "Acme Co.", None)}


# bylines and outlets


def test_outlet_named_between_bars_of_a_byline_and_by_its_web_address() -> None:
    text = (
        "By LIN FANG in Harbin | chinadaily.com.cn | Updated: 2024-05-17 16:40\n\n"
        "The 8th China-Russia Expo opened on Friday in Harbin."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], p.role, label[p.organization]) for p in res.posts] == [
        ("LIN FANG", "reporter", "China Daily")
    ]


def test_a_credit_under_a_dateline_is_the_agencys() -> None:
    text = "Xining, July 6 (ECNS) -- The fair opened on Saturday.\nEditor: Zhou Ning"
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], p.role, label[p.organization]) for p in res.posts] == [
        ("Zhou Ning", "Editor", "China News Service")
    ]


def test_a_central_enterprise_under_its_group_form_and_each_clause_its_sum() -> None:
    text = (
        "The Gansu provincial government signed a strategic cooperation agreement with China"
        " Energy Engineering Group, and Lanzhou New Area inked deals worth 21 billion yuan with"
        " Acme Co., Ltd."
    )
    assert sorted(agreements_of(text), key=lambda a: sorted(a[0])) == [
        ({"Acme Co., Ltd.", "Lanzhou New Area"}, "deal", "21 billion yuan"),
        (
            {"China Energy Engineering Corporation", "Gansu Provincial People's Government"},
            "strategic cooperation agreement",
            None,
        ),
    ]


def test_the_weekday_of_the_opening_wins_over_the_dateline_date() -> None:
    text = (
        "CHANGSHA, June 16, 2025 (Xinhua) -- At the booth of Ethiopia at the 4th China-Africa"
        " Economic and Trade Expo, which kicked off on Thursday in Changsha, visitors queued."
    )
    assert fair_facts_of(text).start_date.iso() == "2025-06-12"
    text = "HARBIN, June 17, 2024 (Xinhua) -- The 8th China-Russia Expo opened in Harbin."
    assert fair_facts_of(text).start_date.iso() == "2024-06-17"


def test_posts_in_a_chain_after_a_province_word_and_a_place_before_the_title() -> None:
    text = (
        "Tan Li, Party secretary of Gansu province and chairman of the Standing Committee of the"
        " Gansu Provincial People's Congress, attended."
    )
    assert {(p[1], p[2]) for p in posts(text)} == {
        ("Party secretary", "Gansu"),
        ("chairman", "Standing Committee of the Gansu Provincial People's Congress"),
    }
    text = "Present were Tan Li, Gansu Party chief; Hou Min, Gansu governor; and others."
    assert {(p[0], p[1], p[2]) for p in posts(text)} == {
        ("Tan Li", "Party chief", "Gansu"),
        ("Hou Min", "governor", "Gansu"),
    }


def test_a_headlines_short_name_of_the_edition_is_the_same_fair() -> None:
    text = (
        "26th Qinghai Green Fair Grandly Opened\n\n"
        "On July 6, 2025, the 26th China (Qinghai) Green Development Investment and Trade Fair"
        " was opened in Xining. The fair will last until July 10."
    )
    assert fair_labels(text) == ["26th China (Qinghai) Green Development Investment and Trade Fair"]
    fair = fair_facts_of(text)
    assert (fair.start_date.iso(), fair.end_date.iso()) == ("2025-07-06", "2025-07-10")
    # a short name that is no known series' stays its own fair
    assert len(fair_labels("The 3rd Acme Fair and the 26th Qinghai Green Fair opened.")) == 2


def test_municipal_government_of_a_city_the_lexicon_lacks_is_a_peoples_government() -> None:
    text = "An agreement was signed between Acme Solar Co. and the Korlam municipal government."
    assert agreements_of(text) == [
        ({"Acme Solar Co.", "Korlam Municipal People's Government"}, "agreement", None)
    ]
    # a foreign region's government keeps its own form
    text = "The Mendoza provincial government signed a deal with Acme Co."
    assert agreements_of(text) == [({"Government of Mendoza", "Acme Co."}, "deal", None)]


def test_a_local_department_in_any_english_form_is_one_node_with_its_chinese_name() -> None:
    from fairgraph.languages import extract_document as any_language

    english = extract(
        "LANZHOU, July 6 (Xinhua) -- Tan Li, head of the provincial department of commerce,"
        " and Hou Min, director of the Gansu Provincial Commerce Department, and staff of the"
        " Department of Commerce of Gansu Province attended the fair in Gansu province."
    )
    chinese = any_language(
        Document.from_text(
            "甘肃省商务厅与兰州市人民政府签署合作协议。", source="z.txt", language="zh"
        )
    )
    res = resolve([english, chinese])
    nodes = [e for e in res.entities if e.key == "Organization|甘肃省商务厅"]
    assert len(nodes) == 1
    assert not [e for e in res.entities if e.type == "Organization" and "Commerce" in e.key]


def test_amounts_in_headline_abbreviations_and_trailing_currency_codes() -> None:
    found = [
        (a.text, int(a.value), a.currency)
        for a in extract("Fair seals deals worth $7b, a $500m plant and 1.2 bln USD.").amounts
    ]
    assert found == [
        ("$7b", 7_000_000_000, "USD"),
        ("$500m", 500_000_000, "USD"),
        ("1.2 bln USD", 1_200_000_000, "USD"),
    ]
    assert [a.currency for a in extract("It cost 5 billion Chinese yuan.").amounts] == ["CNY"]
    assert extract("Visit Hall 5 B and room 100 m2.").amounts == ()


def test_plural_title_with_bodies_respectively_pairs_them_in_order() -> None:
    text = (
        "Li Ming, Wang Bo and Zhou Bo, chairmen of Acme Co., Gamma Ltd and Beta Group,"
        " respectively, attended."
    )
    assert {(p[0], p[2]) for p in posts(text)} == {
        ("Li Ming", "Acme Co."),
        ("Wang Bo", "Gamma Ltd"),
        ("Zhou Bo", "Beta Group"),
    }
    # without "respectively" the one body is each one's
    text = "Li Ming and Zhou Bo, vice governors of Gansu, attended."
    assert {(p[0], p[2]) for p in posts(text)} == {("Li Ming", "Gansu"), ("Zhou Bo", "Gansu")}


def test_title_of_a_province_word_then_a_name_and_founder_and_ceo() -> None:
    text = "Vice Governor of Gansu Province Tan Li attended."
    assert {(p[0], p[1]) for p in posts(text)} == {("Tan Li", "Vice Governor")}
    assert mentions(text, "Person") == {"Tan Li"}
    assert {p[1] for p in posts("Li Ming, founder and CEO of Acme Co., signed.")} == {
        "founder",
        "CEO",
    }


# round 9: two bodies joined by "and", consuls general, delegations, provinces that sign, weekdays
# that end a span


def test_two_bodies_joined_by_and_are_two_and_a_passive_by_pairs_them() -> None:
    text = "The deals were signed by Hubei Provincial Department of Finance and PetroChina."
    assert mentions(text, "Organization") == {
        "Hubei Provincial Department of Finance",
        "PetroChina",
    }
    assert labelled_parties(text) == [
        {"Hubei Provincial Department of Finance", "PetroChina Company Limited"}
    ]
    # a body the lexicon knows, then a company nothing else names: the signing slot reads it
    text = "An MOU was signed by the Ministry of Commerce and Vantor Holdings."
    assert labelled_parties(text) == [{"Ministry of Commerce", "Vantor Holdings"}]
    # a department whose portfolio holds "and" stays one body, before and after another
    text = (
        "Hunan Provincial Department of Industry and Information Technology and China Unicom"
        " signed a strategic cooperation agreement."
    )
    assert mentions(text, "Organization") == {
        "Hunan Provincial Department of Industry and Information Technology",
        "China Unicom",
    }
    assert len(labelled_parties(text)) == 1
    # a foreign ministry of two portfolios is one name
    assert mentions(
        "The Ministry of Commerce and Industry of Kenya hosted it.", "Organization"
    ) == {"Ministry of Commerce and Industry of Kenya"}


def test_consul_general_represents_the_country_and_the_city_is_the_seat() -> None:
    for text in (
        "Consul General of Nepal in Guangzhou Rajan Devi Pokharel visited the booth.",
        "Nepali Consul General in Guangzhou Rajan Devi Pokharel visited the booth.",
        "Rajan Devi Pokharel, Consul General of Nepal in Guangzhou, visited the booth.",
        "Consul General Rajan Devi Pokharel of Nepal visited the booth.",
    ):
        assert mentions(text, "Person") == {"Rajan Devi Pokharel"}, text
        found = {(p[0], p[1], p[2]) for p in posts(text)}
        assert found == {("Rajan Devi Pokharel", "Consul General", None)}, text
        assert {p[3] for p in posts(text)} in ({"Nepal"}, {"Nepali"}), text
        assert "Guangzhou" in mentions(text, "Place") or "Guangzhou" not in text, text


def test_a_place_name_inside_a_run_of_name_words_is_part_of_the_name() -> None:
    text = "Tariq Ali Rana, a businessman from Lahore, signed a deal."
    assert mentions(text, "Person") == {"Tariq Ali Rana"}
    assert "Ali" not in mentions(text, "Place")
    # alone, or at an end of a phrase, the place stays a place
    assert mentions("The company opened an office in Ali Prefecture of Tibet.", "Place") >= {
        "Tibet"
    }
    assert "Ali" in mentions("Ali is a prefecture of Tibet.", "Place")


def test_a_foreign_delegation_led_by_a_title_gives_the_post_its_country() -> None:
    for text in (
        "A Mongolian delegation led by Vice Minister of Food and Light Industry Bat-Erdene"
        " Ganbold visited the fair.",
        "A Mongolian trade delegation headed by Bat-Erdene Ganbold, Vice Minister of Food and"
        " Light Industry, visited the fair.",
    ):
        assert posts(text) == {
            (
                "Bat-Erdene Ganbold",
                "Vice Minister of Food and Light Industry",
                None,
                "Mongolian",
            )
        }, text
        res = resolve([extract(text)])
        assert {e.label for e in res.entities if e.type == "Country"} == {"Mongolia"}
    # a Chinese delegation: the title's own body, no country from the demonym
    found = posts("A Chinese delegation led by Vice Premier Ding Xuelin visited Mongolia.")
    assert {(p[0], p[1], p[3]) for p in found} == {("Ding Xuelin", "Vice Premier", None)}
    # the head of a delegation holds no post in a country
    text = "Rajan Devi Pokharel, head of the Nepali delegation, said the fair was a success."
    assert not [p for p in posts(text) if p[1] == "head" and (p[2] or p[3])]


def test_a_province_that_signs_with_listed_enterprises_is_the_place() -> None:
    # the gold convention (gold/README.md, the English and Chinese sets): a province or city
    # that signs is the party as the place it is
    text = (
        "Hunan province signed agreements with 15 enterprises, including Sinopec and Vantor"
        " Holdings."
    )
    assert sorted(sorted(p) for p in labelled_parties(text)) == [
        ["China Petrochemical Corporation", "Hunan"],
        ["Hunan", "Vantor Holdings"],
    ]


def test_a_weekday_that_ends_a_span_counts_from_the_opening_day() -> None:
    from fairgraph.en.pipeline import extract_document
    from fairgraph.model import PartialDate

    def span(text: str) -> set[tuple[PartialDate | None, PartialDate | None]]:
        document = Document.from_text(
            text, source="t.txt", language="en", date=PartialDate(2025, 6, 10)
        )
        fairs = extract_document(document).fairs
        return {(f.start_date, f.end_date) for f in fairs if f.start_date or f.end_date}

    # 10 June 2025 is a Tuesday: opened last Thursday (5 June), ran through Sunday (8 June)
    text = (
        "CHANGSHA, June 10 (Xinhua) -- The 3rd China-Africa Economic and Trade Expo opened on"
        " Thursday in Changsha, running through Sunday."
    )
    assert span(text) == {(PartialDate(2025, 6, 5), PartialDate(2025, 6, 8))}
    # with nothing before it in the sentence, the weekday ahead counts from the dateline
    text = (
        "CHANGSHA, June 10 (Xinhua) -- The 3rd China-Africa Economic and Trade Expo runs"
        " through Sunday in Changsha."
    )
    assert span(text) == {(None, PartialDate(2025, 6, 15))}


def test_singular_titles_respectively_pair_the_names_in_order() -> None:
    text = (
        "Zhou Bo and Wang Hua, chairman of Acme Group and president of Beta Co., respectively,"
        " signed the deal."
    )
    assert {(p[0], p[1], p[2]) for p in posts(text)} == {
        ("Zhou Bo", "chairman", "Acme Group"),
        ("Wang Hua", "president", "Beta Co."),
    }
    assert labelled_parties(text) == [{"Acme Group", "Beta Co."}]
    # without "respectively" both titles are the last name's
    text = "Zhou Bo and Wang Hua, chairman of Acme Group and president of Beta Co., attended."
    assert {(p[0], p[1]) for p in posts(text)} == {
        ("Wang Hua", "chairman"),
        ("Wang Hua", "president"),
    }


def test_lists_with_as_well_as_and_lists_of_countries() -> None:
    text = "Exhibitors include companies such as Huawei and Zentra, as well as Kenya Airways."
    assert mentions(text, "Organization") == {"Huawei", "Zentra", "Kenya Airways"}
    text = "Firms such as Acme Tools and Bolt Motors as well as the Zeta Fund took part."
    assert mentions(text, "Organization") == {"Acme Tools", "Bolt Motors", "Zeta Fund"}
    # the names listed after countries and regions are countries, not companies
    text = (
        "Over 900 companies from 40 countries and regions, including Peru, Chile and Ghana, came."
    )
    assert mentions(text, "Organization") == set()
    assert mentions(text, "Country") == {"Peru", "Chile", "Ghana"}


def test_a_secretary_for_a_portfolio_is_one_title() -> None:
    text = "Kenya's Cabinet Secretary for Trade Moses Kuria visited the fair."
    assert posts(text) == {("Moses Kuria", "Cabinet Secretary for Trade", None, "Kenya")}


def test_a_clause_opened_by_while_signs_too() -> None:
    text = (
        "Acme Group signed an agreement with Bolt Motors, while Zentra Heavy Industry inked a"
        " deal with Kenya's Kisumu Port Authority."
    )
    assert sorted(sorted(p) for p in labelled_parties(text)) == [
        ["Acme Group", "Bolt Motors"],
        ["Kisumu Port Authority", "Zentra Heavy Industry"],
    ]


def test_a_rank_before_a_title_is_part_of_it() -> None:
    text = "Li Ming met Pavel Orlov, First Deputy Governor of Russia's Tomsk Region."
    assert {(p[0], p[1]) for p in posts(text)} == {("Pavel Orlov", "First Deputy Governor")}
    assert "First Deputy" not in mentions(text, "Person")
    res = resolve([extract("First Vice Premier Ding Xuelin attended the opening.")])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], p.role, p.organization) for p in res.posts] == [
        ("Ding Xuelin", "First Vice Premier", None)  # a vice premier's: standing alone
    ]


def test_on_behalf_of_names_the_party_a_person_signs_for() -> None:
    for text in (
        "Wang Jun signed the deal on behalf of the Lanzhou New Area with Zentra Solar.",
        "Signing on behalf of the Lanzhou New Area, Wang Jun inked a deal with Zentra Solar.",
    ):
        assert labelled_parties(text) == [{"Lanzhou New Area", "Zentra Solar"}], text
    text = "Wang Jun, on behalf of Acme Group, signed a deal with Beta Co."
    assert labelled_parties(text) == [{"Acme Group", "Beta Co."}]
    # a sentence opened by "Signing" names no party "Signing"
    assert "Signing" not in mentions(
        "Signing on behalf of the Lanzhou New Area, Wang Jun inked a deal with Zentra Solar.",
        "Organization",
    )


def test_the_body_after_a_title_whatever_its_words() -> None:
    text = "Hans Vogel, president of Zentrix Medical Greater China, spoke at the expo."
    assert mentions(text, "Organization") == {"Zentrix Medical Greater China"}
    assert {(p[0], p[1], p[2]) for p in posts(text)} == {
        ("Hans Vogel", "president", "Zentrix Medical Greater China")
    }
    text = "Claire Dumas, CEO of Lumeo North Asia, said the market was growing."
    assert {(p[0], p[2]) for p in posts(text)} == {("Claire Dumas", "Lumeo North Asia")}
    # a place and a name after the title stay a place and a name
    text = "Vice Governor of Gansu Province Tan Li attended."
    assert mentions(text, "Organization") == set()


def test_a_dollar_sign_after_us_is_no_country() -> None:
    text = "Acme Group signed a deal worth US$300 million with Beta Co."
    assert mentions(text, "Country") == set()


def test_a_hong_kong_name_with_an_english_given_name_and_its_government() -> None:
    text = "Hong Kong Chief Executive Peter Chan Ka-ming attended the opening."
    assert mentions(text, "Person") == {"Peter Chan Ka-ming"}
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert [(label[p.person], label[p.organization]) for p in res.posts] == [
        ("Peter Chan Ka-ming", "Government of the Hong Kong Special Administrative Region")
    ]
    # a portfolio or a body before a Chinese name stays the title's
    assert mentions("Minister of Commerce Bo Xilai attended.", "Person") == {"Bo Xilai"}


def test_chairman_of_the_board_of_a_company() -> None:
    text = "Zhou Bo, chairman of the board of Acme Group, said the firm would invest."
    assert {(p[0], p[2]) for p in posts(text)} == {("Zhou Bo", "Acme Group")}
    text = "Chairman of the Board of Directors of Acme Group Zhou Bo said so."
    assert {(p[0], p[1], p[2]) for p in posts(text)} == {
        ("Zhou Bo", "Chairman of the Board of Directors", "Acme Group")
    }


def test_a_county_or_district_the_lexicon_lacks_is_a_place_with_its_bodies() -> None:
    text = "An MOU was inked between Hunan and Kenya's Kericho County."
    assert "Kericho County" in mentions(text, "Place")
    assert labelled_parties(text) == [{"Hunan", "Kericho County"}]
    assert mentions("Lintan County signed a deal with Acme Group.", "Person") == set()
    res = resolve(
        [
            extract(
                "Li Ming, Party secretary of Lintan County, and Wang Bo, head of"
                " Lintan County, attended."
            )
        ]
    )
    label = {e.key: e.label for e in res.entities}
    assert {(label[p.person], label[p.organization]) for p in res.posts} == {
        ("Li Ming", "Lintan County CPC Committee"),
        ("Wang Bo", "Lintan County People's Government"),
    }


def test_amounts_in_the_currencies_of_trade_partners() -> None:
    text = (
        "Deals worth 3 billion Japanese yen, 50 million Malaysian ringgit, 2 billion kwacha,"
        " 5 billion Kenyan shillings, A$300 million and 20 billion tenge were signed."
    )
    assert [(a.text, int(a.value), a.currency) for a in extract(text).amounts] == [
        ("3 billion Japanese yen", 3_000_000_000, "JPY"),
        ("50 million Malaysian ringgit", 50_000_000, "MYR"),
        ("2 billion kwacha", 2_000_000_000, "ZMW"),
        ("5 billion Kenyan shillings", 5_000_000_000, "KES"),
        ("A$300 million", 300_000_000, "AUD"),
        ("20 billion tenge", 20_000_000_000, "KZT"),
    ]
    # a word that names a currency only with its country's adjective names none alone
    assert extract("The 5 million sum was paid in full.").amounts == ()


def test_a_range_between_two_days() -> None:
    from fairgraph.en.quantities import find_dates
    from fairgraph.model import PartialDate

    found = find_dates("It runs between June 28 and July 2, 2023, in Hefei.", None)
    assert [(d.date, d.end_date) for d in found] == [
        (PartialDate(2023, 6, 28), PartialDate(2023, 7, 2))
    ]
    found = find_dates("The fair is held between Sept. 3 and 7.", PartialDate(2024))
    assert [(d.date, d.end_date) for d in found] == [
        (PartialDate(2024, 9, 3), PartialDate(2024, 9, 7))
    ]
    # without "between", two days joined by "and" are no range
    found = find_dates("Talks were held on July 11 and 15.", PartialDate(2024))
    assert [d.end_date for d in found] == [None]


def test_foreign_names_by_what_stands_only_next_to_people() -> None:
    for text in (
        "According to Tomas Ferreira, the fair helps small firms.",
        "Tomas Ferreira, who runs a coffee farm, came to the fair.",
        "Tomas Ferreira, 52, has attended the fair for five years.",
        "Brazilian trader Tomas Ferreira brought coffee beans.",
        "Dr. Tomas Ferreira gave a talk on coffee.",
    ):
        assert mentions(text, "Person") == {"Tomas Ferreira"}, text
    # the same slots hold no person when a body or a thing stands there
    assert mentions("According to Acme Group, sales rose.", "Person") == set()
    assert mentions("The Silk Road, which links Asia and Europe, is old.", "Person") == set()


def test_a_person_of_the_body_named_with_its_article() -> None:
    text = "Dr. Amina Yusuf of the University of Nairobi gave a talk."
    assert mentions(text, "Person") == {"Amina Yusuf"}
    assert mentions(text, "Organization") == {"University of Nairobi"}


def test_consuls_general_of_a_long_country_name_and_a_name_led_by_a_place_word() -> None:
    text = "Consul General of the Republic of Korea in Shenyang Park Min-jun attended."
    assert posts(text) == {("Park Min-jun", "Consul General", None, "Republic of Korea")}
    text = "Deputy Consul General of Pakistan in Chengdu Ali Raza attended."
    assert posts(text) == {("Ali Raza", "Deputy Consul General", None, "Pakistan")}
    assert "Ali" not in mentions(text, "Place")


def test_organisers_after_each_by_and_an_autonomous_regions_government() -> None:
    text = (
        "NANNING, Sept. 24 (Xinhua) -- The 21st China-ASEAN Expo opened on Tuesday. The expo is"
        " sponsored by the commerce ministries of the member states, and organized by the"
        " Guangxi Zhuang Autonomous Region government."
    )
    ex = extract(text)
    organisers = {m.text for f in ex.fairs for m in f.organizers}
    assert organisers == {"Guangxi Zhuang Autonomous Region government"}
    res = resolve([ex])
    assert "Organization|广西壮族自治区人民政府" in {e.key for e in res.entities}


def test_pairs_signed_by_each_by_respectively_and_a_government_then_a_body() -> None:
    text = (
        "The agreements were signed by Hunan Provincial Department of Commerce and Acme Trade"
        " Authority, and by Changsha Municipal People's Government and Nepal's Board of"
        " Investment, respectively."
    )
    assert sorted(sorted(p) for p in labelled_parties(text)) == [
        ["Acme Trade Authority", "Hunan Provincial Department of Commerce"],
        ["Board of Investment", "Changsha Municipal People's Government"],
    ]


def test_a_country_in_two_words_possessive_and_a_foreign_vice_president() -> None:
    text = "Nimal Perera, Sri Lanka's Minister of Agriculture, said the expo was useful."
    assert posts(text) == {("Nimal Perera", "Minister of Agriculture", None, "Sri Lanka")}
    text = "They met Nepali Vice-President Hari Prasad Sharma."
    assert posts(text) == {("Hari Prasad Sharma", "Vice-President", None, "Nepali")}


def test_the_citys_or_provinces_title_is_the_reports_place() -> None:
    text = (
        "HEFEI, Sept. 20 (Xinhua) -- Zhang Hong, the city's mayor, said investors were welcome"
        " in Hefei, and Li Bo, the province's governor, spoke in Anhui."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert {(label[p.person], p.role, label[p.organization]) for p in res.posts} == {
        ("Zhang Hong", "mayor", "Hefei Municipal People's Government"),
        ("Li Bo", "governor", "Anhui Provincial People's Government"),
    }


def test_title_of_a_body_then_a_foreign_name() -> None:
    for text, body in (
        ("Governor of the Bank of Zambia Denny Mwale attended.", "Bank of Zambia"),
        ("Chairman of Zentrix Medical Peter Banda attended.", "Zentrix Medical"),
        ("Secretary-General of ASEAN Kao Kim Sok attended.", "ASEAN"),
    ):
        found = posts(text)
        assert {(p[2]) for p in found} == {body}, text
        assert len(mentions(text, "Person")) == 1, text


def test_a_dateline_with_an_abbreviated_month_signs_nothing_and_dates_nothing() -> None:
    text = "KUNMING, Aug. 8 (Xinhua) -- Yunnan signed a deal with Acme Group."
    assert labelled_parties(text) == [{"Yunnan", "Acme Group"}]
    assert "Aug" not in mentions(text, "Organization")
    text = (
        "HEFEI, Sept. 19, 2024 (Xinhua) -- The 2024 China International Fair for Investment and"
        " Trade will open Friday and close Monday."
    )
    found = {(f.start_date, f.end_date) for f in extract(text).fairs if f.start_date}
    assert {s.day for s, _ in found} == {20}  # Friday, not the dateline's day
    # a given name that is also a month's abbreviation stays a name
    assert mentions("Tang Jun, vice director of Acme Group, spoke.", "Person") == {"Tang Jun"}


def test_a_lower_case_portfolio_listed_with_commas() -> None:
    text = (
        '"We welcome investors," said Peter Banda, Zambian minister of commerce, trade and'
        " industry."
    )
    assert posts(text) == {
        ("Peter Banda", "minister of commerce, trade and industry", None, "Zambian")
    }
    text = "Peter Banda, Zambian minister of commerce, said so."
    assert {p[1] for p in posts(text)} == {"minister of commerce"}
