"""Foreign ministries, posts at them, and who signs (round 9 of issue 14), each on sentences
written for these tests: ministries whose portfolio is a list with commas; a minister's post at
the ministry the report names; countries written as possessives or in a headline, and
witnesses, that sign nothing; a purpose phrase and an appositive after the party list."""

from __future__ import annotations

import pytest
from en_helpers import extract, posts


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Ana Lopes, deputy minister of Ruritania's Ministry of Energy, Mines and Water,"
            " praised the fair.",
            "Ministry of Energy, Mines and Water",
        ),
        (
            "According to the Ministry of Agriculture, Livestock and Irrigation, exports grew.",
            "Ministry of Agriculture, Livestock and Irrigation",
        ),
        (
            "The Ministry of Trade, Industry and Cooperatives will send 30 firms to the expo.",
            "Ministry of Trade, Industry and Cooperatives",
        ),
    ],
)
def test_a_ministry_whose_portfolio_lists_words_with_commas_is_one_body(
    text: str, ministry: str
) -> None:
    found = [m.text for m in extract(text).mentions if m.type == "Organization"]
    assert ministry in found, found
    assert not any(f != ministry and f.startswith("Ministry of") for f in found), found


def test_a_list_that_goes_on_with_a_company_is_no_ministry_of_commas() -> None:
    found = [
        m.text for m in extract("The Ministry of Commerce, Acme Group and Beta Bank met.").mentions
    ]
    assert "Ministry of Commerce, Acme Group and Beta Bank" not in found


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (  # the ministry named after the title
            "Zambian Minister of Energy, Mines and Water Ana Lopes opened the pavilion. The"
            " Ministry of Energy, Mines and Water will bring 20 exhibitors.",
            (
                "Ana Lopes",
                "Minister of Energy, Mines and Water",
                "Ministry of Energy, Mines and Water",
            ),
        ),
        (  # the ministry named before, with its country's possessive
            "Laos' Ministry of Culture and Tourism signed an MoU with Acme Co., Ltd. on Monday."
            " Lao Minister of Culture and Tourism Ana Lopes attended.",
            ("Ana Lopes", "Minister of Culture and Tourism", "Ministry of Culture and Tourism"),
        ),
    ],
)
def test_a_foreign_minister_holds_the_post_at_the_ministry_the_report_names(
    text: str, post: tuple[str, str, str]
) -> None:
    assert (*post, None) in posts(text), posts(text)


def test_a_foreign_minister_whose_ministry_is_not_named_represents_the_country() -> None:
    text = "The deal was welcomed by Ana Lopes, Minister of Foreign Affairs of Laos."
    assert ("Ana Lopes", "Minister of Foreign Affairs", None, "Laos") in posts(text), posts(text)


def test_a_country_written_as_a_possessive_in_s_apostrophe_signs_nothing() -> None:
    text = (
        "China's Ministry of Commerce and Laos' Ministry of Culture and Tourism on Friday inked"
        " a memorandum of understanding on tourism."
    )
    assert pairs(text) == {
        frozenset({"China's Ministry of Commerce", "Ministry of Culture and Tourism"})
    }


def test_a_witness_after_in_the_presence_of_signs_nothing() -> None:
    text = (
        "The MoU was signed by Ding Hao, chairman of Acme Group, and Ana Lopes, president of"
        " Beta Bank, in the presence of Carl Berg, Minister of Foreign Affairs of Kenya."
    )
    assert pairs(text) == {frozenset({"Acme Group", "Beta Bank"})}, pairs(text)


def test_a_headlines_two_countries_sign_nothing_when_the_text_names_the_signers() -> None:
    text = (
        "China, Laos ink tourism MoU\n\n"
        "China's Ministry of Commerce and Laos' Ministry of Culture and Tourism on Friday inked"
        " a memorandum of understanding on tourism.\n"
    )
    assert frozenset({"China", "Laos"}) not in pairs(text), pairs(text)


def test_an_adverb_opening_a_signing_sentence_is_no_party() -> None:
    text = "Separately, Acme Holdings Co., Ltd. signed an MoU with Beta Bank on a port."
    assert "Separately" not in {m.text for m in extract(text).mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Acme Foods said that its China subsidiary, Acme Trading (China) Co., Ltd., has signed"
        " supply agreements with Beta Grain Ltd. for wheat grown in Canada and Australia.",
        "Acme Foods announced that its Asian unit, Acme Trading (China) Co., Ltd., inked"
        " supply agreements with Beta Grain Ltd., the trading arm of Gamma Holdings, on barley.",
    ],
)
def test_a_subsidiary_in_apposition_signs_and_a_purpose_or_owner_after_the_list_does_not(
    text: str,
) -> None:
    assert pairs(text) == {frozenset({"Acme Trading (China) Co., Ltd.", "Beta Grain Ltd."})}, pairs(
        text
    )


def test_a_list_of_parties_after_with_still_signs_each() -> None:
    text = (
        "Acme Group signed contracts with Beta Bank, Gamma Steel Co., Ltd. and Delta Port Co., Ltd."
    )
    assert len(pairs(text)) == 3, pairs(text)


def test_a_foreign_ministry_of_listed_words_is_keyed_by_its_chinese_name() -> None:
    from fairgraph.resolve import resolve

    text = "Ana Lopes, deputy minister of Zambia's Ministry of Energy, Mines and Water, spoke."
    keys = {e.key for e in resolve([extract(text)]).entities if e.type == "Organization"}
    assert "Organization|赞比亚能源、矿业和水利部" in keys, keys
