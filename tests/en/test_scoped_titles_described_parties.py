"""A company's title with its scope after the company's possessive (Acme's China director A B),
a company named again by its first word, and the apposition that describes a party (its country
or province is no party). Sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract, org_labels, posts


def parties(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


def test_a_scoped_title_after_a_possessive_is_the_company_post() -> None:
    text = (
        "Harlow Foods signed a supply deal with Bramble Trading Holdings on Monday."
        " Bramble's China director Tom Okafor called it a milestone."
    )
    assert ("Tom Okafor", "China director", "Bramble", None) in posts(text)


def test_a_region_and_a_narrowing_word_before_a_manager() -> None:
    text = "Quill Motors' Asia-Pacific sales manager Jane Rook said orders doubled."
    assert posts(text) == {("Jane Rook", "Asia-Pacific sales manager", "Quill Motors", None)}


def test_a_company_named_again_by_its_first_word_is_one_node() -> None:
    text = (
        "Harlow Foods signed a supply deal with Bramble Trading Holdings on Monday."
        " Bramble's China director Tom Okafor called it a milestone."
    )
    labels = org_labels(text)
    assert "Bramble" not in labels
    assert "Bramble Trading Holdings" in labels


def test_a_first_word_two_companies_share_names_neither() -> None:
    text = (
        "Bramble Bank and Bramble Trading Holdings signed a loan deal on Monday."
        " Bramble's China director Tom Okafor called it a milestone."
    )
    assert "Bramble" in org_labels(text)


def test_a_country_in_the_apposition_of_a_party_signs_nothing() -> None:
    text = "Harlow Foods signed a supply deal with Kivi, the New Zealand marketer, on Monday."
    assert parties(text) == {frozenset({"Harlow Foods", "Kivi"})}


def test_a_province_and_country_describing_a_party_sign_nothing() -> None:
    text = (
        'Harlow Foods signed a framework agreement with Salta Minerales ("SAMI"), a state-owned'
        " company of the Province of Salta, Argentina, on lithium."
    )
    signed = set().union(*parties(text))
    assert "Argentina" not in signed
    assert "Harlow Foods" in signed
