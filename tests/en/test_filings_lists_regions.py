"""Issue 14, round 24: a stock-exchange filing's disclaimer bodies, company names that end in a
business word (and their short form after), list items of unknown companies under a heading of
signings, "with A and with B", "as did C with D", agreement nouns that are no party, and the
government of a region abroad. Every sentence written for this test; names invented."""

from __future__ import annotations

import pytest

from extract_helpers import labelled_pairs, labelled_posts, resolved_text
from fairgraph.en.names import is_chinese_name
from fairgraph.en.naming import short_form


def _labels(text: str, kind: str) -> set[str]:
    return {e.label for e in resolved_text(text, "en").entities if e.type == kind}


def test_the_disclaimer_of_a_hong_kong_filing_names_two_bodies() -> None:
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
        "take no responsibility for the contents of this announcement of Acme Lithium Co., Ltd."
    )
    result = resolved_text(text, "en")
    keys = {e.key for e in result.entities if e.type == "Organization"}
    assert "Organization|香港交易及结算所有限公司" in keys
    assert "Organization|香港联合交易所有限公司" in keys
    assert not {e.label for e in result.entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("name", "chinese"),
    [
        ("Ho Hau Wah", True),
        ("Leung Chun-ying", True),
        ("Gao Peak Systems", False),
        ("Hong Kong Exchanges", False),
    ],
)
def test_a_hong_kong_style_name_is_of_short_syllables(name: str, chinese: bool) -> None:
    assert is_chinese_name(name) is chinese


def test_a_company_ending_in_a_business_word_and_its_short_form_are_one_party() -> None:
    text = (
        "Gao Peak Financial and Acme Group signed a cooperation agreement on pensions. "
        "Gao Peak also signed a custody agreement with Beta Bank the next day."
    )
    result = resolved_text(text, "en")
    assert not {e.label for e in result.entities if e.type == "Person"}
    assert labelled_pairs(result) == {
        frozenset({"Gao Peak Financial", "Acme Group"}),
        frozenset({"Gao Peak Financial", "Beta Bank"}),
    }


def test_short_form_drops_a_legal_ending_or_a_business_word() -> None:
    assert short_form("Acme Solar (Group) Co., Ltd.") == "Acme Solar"
    assert short_form("Gao Peak Financial") == "Gao Peak"
    assert short_form("Acme") == "Acme"


def test_list_items_of_unknown_companies_under_a_heading_of_signings() -> None:
    text = (
        "Deals signed by our members at the fair:\n\n"
        "• Norwood – Tallis Holdings: a two-year fertiliser supply memorandum\n"
        "• Brackwater Labs – Qinfeng Power: a battery joint venture agreement\n\n"
        "Pending: Corvane – Ostrel: a deal still under negotiation."
    )
    result = resolved_text(text, "en")
    assert labelled_pairs(result) == {
        frozenset({"Norwood", "Tallis Holdings"}),
        frozenset({"Brackwater Labs", "Qinfeng Power"}),
    }


def test_no_list_item_without_a_heading_of_signings() -> None:
    text = "Our route this week:\n\n• Norwood – Tallis Holdings: a visit to the plant\n"
    assert labelled_pairs(resolved_text(text, "en")) == set()


def test_signed_by_one_side_with_a_and_with_b() -> None:
    text = (
        "Letters of intent were signed by Acme Foods with Tallis Food (Group) and with "
        "Beta Corporation on meat imports."
    )
    result = resolved_text(text, "en")
    assert "Letters" not in {e.label for e in result.entities}
    assert labelled_pairs(result) == {
        frozenset({"Acme Foods", "Tallis Food (Group)"}),
        frozenset({"Acme Foods", "Beta Corporation"}),
    }


def test_a_second_signing_told_by_as_did() -> None:
    text = (
        "Acme Railways signed a transit agreement with Beta Logistics Corporation, as did the "
        "Gamma Mining and Metallurgical Company with Delta Group on ore supplies."
    )
    assert labelled_pairs(resolved_text(text, "en")) == {
        frozenset({"Acme Railways", "Beta Logistics Corporation"}),
        frozenset({"Gamma Mining and Metallurgical Company", "Delta Group"}),
    }


def test_the_government_of_a_region_abroad_is_a_body_and_its_governor_serves_it() -> None:
    text = (
        "The government of Sverdlovsk Region signed a cooperation agreement with Acme Group. "
        "Sverdlovsk Governor Pavel Orlov attended the signing in Harbin."
    )
    result = resolved_text(text, "en")
    governments = {
        e.label for e in result.entities if e.key == "Organization|Government of Sverdlovsk"
    }
    assert governments
    assert labelled_pairs(result) == {frozenset({governments.pop(), "Acme Group"})}
    posts = labelled_posts(result)
    assert any(
        p[0] == "Pavel Orlov" and p[1] == "Governor" and p[2] and "Sverdlovsk" in p[2]
        for p in posts
    )


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Tallis Export Center (TEC) signed a memorandum with Acme Group. TEC acting CEO "
            "Marta Novak said buyers wanted timber.",
            ("Marta Novak", "acting CEO", "Tallis Export Center", None),
        ),
        (
            "Omar Al Suwaidi, the UAE Minister of State for Foreign Trade, told reporters the "
            "deals would grow.",
            (
                "Omar Al Suwaidi",
                "Minister of State for Foreign Trade",
                None,
                "UAE",
            ),
        ),
        (
            "Chen Baoguo, director of the Yangling Agricultural Hi-tech Industries Demonstration "
            "Zone administrative committee, said the zone trained farmers.",
            (
                "Chen Baoguo",
                "director",
                "Yangling Agricultural Hi-tech Industries Demonstration Zone administrative"
                " committee",
                None,
            ),
        ),
    ],
)
def test_posts_with_acting_titles_country_appositions_and_zone_committees(
    text: str, post: tuple[str, str, str | None, str | None]
) -> None:
    assert post in labelled_posts(resolved_text(text, "en"))


def test_a_live_blog_line_signs_after_its_timestamp_and_label() -> None:
    text = (
        "11:40 Signing corner: the Tallis Trade Center inks cooperation memorandums with the "
        "Norland Investment Agency and the Ostrel Investment Commission."
    )
    assert labelled_pairs(resolved_text(text, "en")) == {
        frozenset({"Tallis Trade Center", "Norland Investment Agency"}),
        frozenset({"Tallis Trade Center", "Ostrel Investment Commission"}),
    }


def test_a_bracketed_short_form_is_the_name_before_it_even_when_a_known_body_shares_it() -> None:
    text = (
        "A distribution contract was signed by Guangzhou Automobile Group (GAC) with Chile's "
        "Norvel Motors. GAC said the deal covers 9,000 cars."
    )
    result = resolved_text(text, "en")
    keys = {e.key for e in result.entities if e.type == "Organization"}
    assert "Organization|中华人民共和国海关总署" not in keys  # not the customs' GAC
    assert labelled_pairs(result) == {frozenset({"Guangzhou Automobile Group", "Norvel Motors"})}


def test_a_filing_defines_the_company_and_lists_its_signings_after_a_colon() -> None:
    text = (
        "Norland Exchange Limited takes no responsibility for this announcement.\n\n"
        'This announcement is made by Tallis Cobalt Co., Ltd. (the "Company").\n\n'
        "During the expo, the following agreements were entered into:\n\n"
        "1. On 3 May 2025, the Company entered into a supply agreement with Ostrel Minerales "
        "Sociedad del Estado.\n\n"
        '2. On 4 May 2025, a letter of intent was signed between Cobalt du Niger SA ("CNSA"), '
        "a subsidiary of the Company, and Beta Mining Group."
    )
    assert labelled_pairs(resolved_text(text, "en")) == {
        frozenset({"Tallis Cobalt Co., Ltd.", "Ostrel Minerales Sociedad del Estado"}),
        frozenset({"Cobalt du Niger SA", "Beta Mining Group"}),
    }


def test_a_region_of_the_world_is_no_country() -> None:
    text = "Buyers from Latin America and Central America toured the hall with Chilean buyers."
    assert "United States" not in _labels(text, "Country")


def test_the_lower_case_government_of_an_autonomous_prefecture_signs() -> None:
    text = (
        "The government of Haixi Mongol and Tibetan Autonomous Prefecture signed an agreement "
        "with Tallis Energy Group."
    )
    result = resolved_text(text, "en")
    keys = {e.key for e in result.entities if e.type == "Organization"}
    assert "Organization|海西蒙古族藏族自治州人民政府" in keys
    assert len(labelled_pairs(result)) == 1


def test_an_airshow_center_is_a_venue() -> None:
    text = "The show opened at the Zhuhai International Airshow Center on Tuesday."
    assert "Zhuhai International Airshow Center" in _labels(text, "Place")


@pytest.mark.parametrize(
    ("head", "post"),
    [
        (
            "By Anil Varma, Senior Business Reporter\nPublished: Tue 2 Sep 2025\n\n",
            ("Anil Varma", "Senior Business Reporter"),
        ),
        ("By MENG QINGLAN in Datong, Shanxi | China Daily | Updated: 2025-10-18\n\n", None),
    ],
)
def test_a_byline_keeps_its_written_title_and_a_place_with_its_province(
    head: str, post: tuple[str, str] | None
) -> None:
    text = head + "Acme Group signed a supply agreement with Beta Corp on Monday."
    result = resolved_text(text, "en")
    posts = {(p[0], p[1]) for p in labelled_posts(result)}
    assert not {e.label for e in result.entities if e.type == "Person"} & {"Senior Business"}
    if post is not None:
        assert post in posts
    else:
        assert ("MENG QINGLAN", "reporter") in posts


def test_a_known_short_form_of_a_body_inside_the_name_before_it_stays_that_body() -> None:
    text = (
        "Wang Fang, director of the Investment Promotion Agency of the Ministry of Commerce "
        "(MOC), opened the forum."
    )
    keys = {e.key for e in resolved_text(text, "en").entities if e.type == "Organization"}
    assert "Organization|中华人民共和国商务部" in keys
    assert len(keys) == 2


def test_a_paper_named_in_capitals_on_the_first_line_is_its_byline_outlet() -> None:
    text = (
        "THE STEPPE HERALD\n\nDeals signed at the expo\n\nBy Dana Omarova in Urumqi, China\n"
        "28 June 2024\n\nAcme Group signed a supply agreement with Beta Corp on Monday."
    )
    assert ("Dana Omarova", "reporter", "Steppe Herald", None) in labelled_posts(
        resolved_text(text, "en")
    )
