"""Sixth round of general forms, each on sentences written for these tests: totals of earlier
editions and other editions' guests are not this edition's; Vietnamese, Malay and Uyghur names
kept whole; CCPIT councils, market regulators, free trade zones, development zones and border
ports."""

from __future__ import annotations

import pytest
from en_helpers import extract

from fairgraph.resolve import resolve


def fields(text: str) -> dict[str, object]:
    """The resolved fields of the one fair ``text`` is about."""
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    (fair,) = res.fairs
    return {
        "edition": fair.edition,
        "end": fair.end_date.iso() if fair.end_date else None,
        "count": fair.signed_project_count,
        "total": fair.total_investment[1].text if fair.total_investment else None,
        "guests": sorted(label[k] for k in fair.guest_countries),
    }


OPENING = "NANNING, Sept. 19, 2023 (Xinhua) -- The 20th China-Pacific Expo concluded on Tuesday.\n"


# fair fields


def test_a_total_of_earlier_editions_is_not_this_editions() -> None:
    for later in (
        "Since its launch in 2004, the expo has seen 1,500 deals worth 600 billion yuan signed.",
        "Over the past nineteen editions, 2,000 projects worth 1.5 trillion yuan were signed.",
        "The expo has seen 900 agreements worth 40 billion yuan signed since 2004.",
        "At last year's expo, 470 projects worth 487 billion yuan were signed.",
        "Cumulatively, contracts valued at 900 billion yuan have been signed at the expo.",
    ):
        got = fields(OPENING + later)
        assert (got["count"], got["total"]) == (None, None), later
        assert got["end"] == "2023-09-19"


def test_this_editions_total_beside_a_comparison_is_kept() -> None:
    got = fields(
        OPENING + "A total of 470 projects worth 487 billion yuan were signed at the expo,"
        " 20 percent more than the previous edition."
    )
    assert (got["count"], got["total"]) == (470, "487 billion yuan")
    got = fields(OPENING[:-1] + " In total, 96 contracts valued at 12 billion yuan were signed.")
    assert (got["count"], got["total"]) == (96, "12 billion yuan")


def test_another_editions_guest_country_is_not_this_editions() -> None:
    assert fields(OPENING + "Fiji was the country of honour of last year's expo.")["guests"] == []
    assert fields(OPENING + "Fiji was the country of honour of this year's expo.")["guests"] == [
        "Fiji"
    ]


# names


def resolved_posts(text: str) -> set[tuple[str, str, str]]:
    """(person, title, organisation or represented country) of each resolved post."""
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return {
        (label[p.person], p.role, label.get(p.organization or p.represents or "", ""))
        for p in res.posts
    }


def persons(text: str) -> set[str]:
    return {e.label for e in resolve([extract(text)]).entities if e.type == "Person"}


def test_a_vietnamese_name_is_kept_whole() -> None:
    text = "Vietnamese Deputy Prime Minister Tran Hong Hai attended the opening ceremony."
    assert persons(text) == {"Tran Hong Hai"}
    assert resolved_posts(text) == {("Tran Hong Hai", "Deputy Prime Minister", "Vietnam")}
    text = "Vietnamese Minister of Industry and Trade Nguyen Hong Son said the expo was a bridge."
    assert resolved_posts(text) == {
        ("Nguyen Hong Son", "Minister of Industry and Trade", "Vietnam")
    }


def test_a_malay_honorific_is_no_part_of_the_name() -> None:
    text = "Datuk Seri Ahmad Karim, Prime Minister of Malaysia, delivered a speech."
    assert persons(text) == {"Ahmad Karim"}
    assert resolved_posts(text) == {("Ahmad Karim", "Prime Minister", "Malaysia")}
    text = "Malaysian Deputy Prime Minister Datuk Seri Rahim Osman spoke at the forum."
    assert resolved_posts(text) == {("Rahim Osman", "Deputy Prime Minister", "Malaysia")}
    assert persons("Tan Sri Rahim Osman met Tan Wei, a Chinese investor.") == {
        "Rahim Osman",
        "Tan Wei",
    }


def test_uyghur_names_are_persons_whole() -> None:
    text = "Alim Tursun, chairman of the Xinjiang Uygur Autonomous Region, attended the ceremony."
    assert resolved_posts(text) == {
        ("Alim Tursun", "chairman", "Xinjiang Uygur Autonomous Region People's Government")
    }


def test_a_portfolio_is_no_person_and_ends_before_the_next_name() -> None:
    text = "Zhao Lin, China's Minister of Agriculture and Rural Affairs, spoke."
    assert persons(text) == {"Zhao Lin"}
    assert resolved_posts(text) == {
        ("Zhao Lin", "Minister", "Ministry of Agriculture and Rural Affairs")
    }
    text = "Aidos Serik, the Kazakh Minister of Trade, and Rustam Karimov, Prime Minister of"
    text += " Uzbekistan, attended."
    assert resolved_posts(text) == {
        ("Aidos Serik", "Minister of Trade", "Kazakhstan"),
        ("Rustam Karimov", "Prime Minister", "Uzbekistan"),
    }


def test_a_cabinet_secretary_abroad_represents_the_country() -> None:
    for text, title in (
        ("Philippine Trade Secretary Jose Reyes attended the expo.", "Trade Secretary"),
        (
            "Jose Reyes, the Philippine Secretary of Trade and Industry, spoke.",
            "Secretary of Trade and Industry",
        ),
    ):
        assert resolved_posts(text) == {("Jose Reyes", title, "Philippines")}


# bodies and places


def keys(text: str) -> dict[str, str]:
    """Label → key of each organisation and place resolved from ``text``."""
    res = resolve([extract(text)])
    return {e.label: e.key for e in res.entities if e.type in ("Organization", "Place")}


def test_a_places_ccpit_sub_council_in_every_form() -> None:
    for form in (
        "The CCPIT Hunan Sub-council",
        "The Hunan Sub-council of the China Council for the Promotion of International Trade",
        "The Hunan Provincial Sub-council of the China Council for the Promotion of International"
        " Trade",
    ):
        found = keys(f"{form} signed an MOU with Acme Trading Co., Ltd.")
        assert "Organization|中国国际贸易促进委员会湖南省分会" in found.values(), (form, found)
        assert "Place|湖南省" not in found.values()


def test_a_places_administration_for_market_regulation() -> None:
    for form, chinese in (
        ("the Hunan Provincial Administration for Market Regulation", "湖南省市场监督管理局"),
        ("the Administration for Market Regulation of Hunan Province", "湖南省市场监督管理局"),
        ("the Changsha Municipal Administration for Market Regulation", "长沙市市场监督管理局"),
    ):
        found = keys(f"Zhao Lin, director of {form}, spoke.")
        assert f"Organization|{chinese}" in found.values(), (form, found)
    found = keys(
        "The Hunan Provincial Administration for Market Regulation and Acme Trading Co., Ltd."
        " signed a cooperation agreement."
    )
    assert set(found.values()) == {
        "Organization|湖南省市场监督管理局",
        "Organization|Acme Trading Co., Ltd.",
    }


def test_a_pilot_free_trade_zone_and_its_committee() -> None:
    found = keys(
        "Acme Trading Co., Ltd. opened an office in the China (Hunan) Pilot Free Trade Zone."
    )
    assert "Place|中国（湖南）自由贸易试验区" in found.values()
    for text in (
        "The China (Hunan) Pilot Free Trade Zone Administrative Committee signed an MOU with Acme"
        " Trading Co., Ltd.",
        "Zhao Lin, director of the Administrative Committee of the China (Hunan) Pilot Free Trade"
        " Zone, spoke.",
    ):
        found = keys(text)
        assert "Organization|中国（湖南）自由贸易试验区管理委员会" in found.values(), found
        assert not any(k.startswith("Person") for k in found.values())
    assert persons(
        "Zhao Lin, director of the Administrative Committee of the China (Hunan) Pilot Free Trade"
        " Zone, spoke."
    ) == {"Zhao Lin"}


def test_border_port_cities_are_places_of_china() -> None:
    found = keys("Freight trains crossed the border at Erenhot and Alashankou.")
    assert found == {"Erenhot": "Place|二连浩特市", "Alashankou": "Place|阿拉山口市"}
    found = keys("Zhao Lin, mayor of Khorgos, attended the ceremony.")
    assert found["Khorgos Municipal People's Government"] == "Organization|霍尔果斯市人民政府"


# across languages


def shared_nodes(zh: str, en: str) -> dict[str, str]:
    """Label → the languages whose reports name the node, for a pair built together."""
    from fairgraph.languages import extract_document
    from fairgraph.model import Document

    a = Document.from_text(zh, source="zh.txt", language="zh")
    b = Document.from_text(en, source="en.txt", language="en")
    res = resolve([extract_document(a), extract_document(b)])
    lang = {a.id: "zh", b.id: "en"}
    return {
        e.label: "+".join(sorted({lang[ev.document] for ev in e.evidence}, reverse=True))
        for e in res.entities
    }


def test_bodies_of_the_chinese_lexicon_meet_their_english_names() -> None:
    nodes = shared_nodes(
        "香港贸易发展局、国药集团与中国（湖南）自由贸易试验区管理委员会在霍尔果斯签署合作协议。",
        "The Hong Kong Trade Development Council, Sinopharm and the China (Hunan) Pilot Free Trade"
        " Zone Administrative Committee signed a cooperation agreement in Khorgos.",
    )
    shared = {label for label, langs in nodes.items() if langs == "zh+en"}
    assert len(shared) == 4, nodes


def test_a_fair_series_secretariat_meets_the_chinese_one() -> None:
    nodes = shared_nodes(
        "中国—东盟博览会秘书处秘书长赵林出席。",
        "Zhao Lin, secretary-general of the China-ASEAN Expo Secretariat, attended.",
    )
    assert nodes == {"China-ASEAN Expo Secretariat": "zh+en", "Zhao Lin": "zh+en"}


def organisers(text: str) -> list[str]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    (fair,) = res.fairs
    return sorted(label[k] for k in fair.organizers)


def test_organisers_around_a_group_that_names_no_body() -> None:
    assert organisers(
        "The 20th China-Pacific Expo is organized by the Ministry of Commerce, the ten ASEAN"
        " member states and the ASEAN Secretariat."
    ) == ["ASEAN Secretariat", "Ministry of Commerce"]


def test_how_often_a_fair_is_held_is_no_total_of_editions() -> None:
    got = fields(
        OPENING[:-1] + " Held every year since 2004, the expo saw 96 contracts worth 12 billion"
        " yuan signed."
    )
    assert (got["count"], got["total"]) == (96, "12 billion yuan")


def test_a_name_beside_a_person_or_a_meeting_is_a_person() -> None:
    assert persons("The ceremony was attended by Alim Tursun and Zhao Lin.") == {
        "Alim Tursun",
        "Zhao Lin",
    }
    assert persons("Alim Tursun and Aidos Serik held talks in Urumqi.") == {
        "Alim Tursun",
        "Aidos Serik",
    }
    assert persons("Nguyen Van Duc and Zhao Lin visited the expo.") == {
        "Nguyen Van Duc",
        "Zhao Lin",
    }


def test_a_pinyin_name_with_an_apostrophe() -> None:
    assert persons("Aidos Serik met with Zhao Min'er.") == {"Aidos Serik", "Zhao Min'er"}
    nodes = shared_nodes(
        "天津市委书记赵敏尔出席。", "Zhao Min'er, Party secretary of Tianjin, attended."
    )
    assert nodes["Zhao Min'er"] == "zh+en"


def countries(text: str) -> set[str]:
    return {e.label for e in resolve([extract(text)]).entities if e.type == "Country"}


def test_a_demonym_before_a_capitalised_title_with_no_name_is_the_country() -> None:
    assert countries("The Kazakh Consul General in Urumqi attended the event.") == {"Kazakhstan"}
    assert countries("The Uzbek Deputy Prime Minister attended the event.") == {"Uzbekistan"}
    assert countries("The Chinese Premier attended the event.") == set()


# a body of its owner, never another's of the same name


def test_a_foreign_ministry_is_its_countrys_never_chinas() -> None:
    for text, label in (
        (
            "Kazakhstan's Ministry of Foreign Affairs signed an MOU with Acme Trading Co., Ltd.",
            None,
        ),
        ("Pakistan's Ministry of Commerce signed an MOU with Acme Trading Co., Ltd.", "Pakistan"),
        ("Pakistan's Commerce Ministry signed an MOU with Acme Trading Co., Ltd.", "Pakistan"),
        (
            "The Pakistani Ministry of Commerce signed an MOU with Acme Trading Co., Ltd.",
            "Pakistan",
        ),
    ):
        found = keys(text)
        assert "Organization|中华人民共和国商务部" not in found.values(), (text, found)
        assert "Organization|中华人民共和国外交部" not in found.values(), (text, found)
        if label:
            assert "Organization|巴基斯坦商务部" in found.values(), found  # as Chinese writes it
    assert (
        "Organization|中华人民共和国商务部"
        in keys("China's Ministry of Commerce signed an MOU with Acme Trading Co., Ltd.").values()
    )
    found = keys("Kazakhstan's Ministry of Trade and Pakistan's Ministry of Trade signed an MOU.")
    assert set(found.values()) == {
        "Organization|Ministry of Trade of Kazakhstan",
        "Organization|Ministry of Trade of Pakistan",
    }


def test_a_provinces_department_written_with_its_possessive() -> None:
    found = keys(
        "Gansu's Department of Commerce and Qinghai's Department of Commerce signed an MOU."
    )
    assert {"Organization|甘肃省商务厅", "Organization|青海省商务厅"} <= set(found.values())
    assert "Organization|Department of Commerce" not in found.values()


def test_a_company_name_holding_and_before_another_party() -> None:
    text = (
        "Zhao Lin witnessed the signing of a cooperation agreement between Ruritania National"
        " Coal and Mineral Industries Group and China Huadian."
    )
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    assert [sorted(label[k] for k in a.parties) for a in res.agreements] == [
        ["China Huadian Corporation", "Ruritania National Coal and Mineral Industries Group"]
    ]


def test_a_foreign_national_government_is_one_body_in_every_form() -> None:
    for form in ("the Kyrgyz government", "the Kyrgyz Government", "the Government of Kyrgyzstan"):
        res = resolve([extract(f"PowerChina signed a contract with {form}.")])
        labels = {e.label for e in res.entities}
        assert "Government of Kyrgyzstan" in labels, (form, labels)
        found = keys(f"PowerChina signed a contract with {form}.")
        assert "Organization|吉尔吉斯斯坦政府" in found.values(), (form, found)


def test_a_venue_with_its_city_in_brackets_and_a_fair_complex() -> None:
    res = resolve(
        [
            extract(
                "The 6th CIIE opened at the National Exhibition and Convention Center (Shanghai)."
            )
        ]
    )
    places = {e.label for e in res.entities if e.type == "Place"}
    assert places == {"National Exhibition and Convention Center (Shanghai)"}
    res = resolve(
        [extract("The 135th Canton Fair opened at the China Import and Export Fair Complex.")]
    )
    assert {e.label for e in res.entities if e.type in ("Place", "Country")} == {
        "China Import and Export Fair Complex"
    }


def test_a_city_abroad_meets_its_chinese_name() -> None:
    nodes = shared_nodes(
        "第五届中俄博览会在叶卡捷琳堡举行。", "The 5th China-Russia Expo was held in Yekaterinburg."
    )
    assert nodes["Yekaterinburg"] == "zh+en"
    assert (
        keys("Zhao Lin, Chinese Consul General in Almaty, attended.")["Almaty"] == "Place|阿拉木图"
    )


def test_an_edition_written_after_its_series_possessive() -> None:
    res = resolve(
        [extract("The Canton Fair's 136th session opened on Oct. 15, 2024 in Guangzhou.")]
    )
    (fair,) = res.fairs
    assert (fair.edition, fair.start_date.iso() if fair.start_date else None) == (136, "2024-10-15")


def test_the_day_of_the_opening_or_closing_ceremony() -> None:
    res = resolve(
        [extract("The opening ceremony of the 21st China-Pacific Expo was held on Sept. 24, 2024.")]
    )
    assert res.fairs[0].start_date is not None and res.fairs[0].start_date.iso() == "2024-09-24"
    res = resolve(
        [extract("The closing ceremony of the 21st China-Pacific Expo was held on Sept. 28, 2024.")]
    )
    assert res.fairs[0].end_date is not None and res.fairs[0].end_date.iso() == "2024-09-28"


def test_a_foreign_ministry_and_government_meet_their_chinese_forms() -> None:
    nodes = shared_nodes(
        "哈萨克斯坦外交部与吉尔吉斯斯坦政府签署协议。",
        "Kazakhstan's Ministry of Foreign Affairs signed an agreement with the Kyrgyz government.",
    )
    assert nodes["Ministry of Foreign Affairs of Kazakhstan"] == "zh+en"
    assert nodes["Government of Kyrgyzstan"] == "zh+en"


def test_an_acting_governor_or_mayor_holds_the_post_at_the_government() -> None:
    assert resolved_posts("Zhao Lin, acting governor of Yunnan Province, attended.") == {
        ("Zhao Lin", "acting governor", "Yunnan Provincial People's Government")
    }
    assert resolved_posts("Acting Mayor of Kunming Zhao Lin attended.") == {
        ("Zhao Lin", "Acting Mayor", "Kunming Municipal People's Government")
    }


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        (
            "中国贸促会新疆分会会长张伟出席了签约仪式。",
            "Zhang Wei, president of the CCPIT Xinjiang Sub-council, attended the signing.",
        ),
        (
            "西宁市贸促会会长张伟致辞。",
            "Zhang Wei, president of the Xining Municipal Council for the Promotion of"
            " International Trade, addressed the meeting.",
        ),
    ],
)
def test_a_place_council_for_the_promotion_of_trade_meets_in_every_form(
    chinese: str, english: str
) -> None:
    """中国贸促会X分会, X贸促会 and the English forms are one council (the Chinese full name
    中国国际贸易促进委员会X分会), and its president one person."""
    nodes = shared_nodes(chinese, english)
    assert nodes.get("Zhang Wei") == "zh+en", nodes
    council = [label for label in nodes if "council" in label.lower() or "促进委员会" in label]
    assert len(council) == 1 and nodes[council[0]] == "zh+en", nodes
