"""Signings whose "between" names no party (A and B signed X between the two countries: A and
B sign) and whose signer signs "on behalf of" a body before "with". Sentences written for these
tests."""

from __future__ import annotations

from en_helpers import extract


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


def test_between_the_two_countries_leaves_the_subjects_signing() -> None:
    text = (
        "Harlow Energy and Bramble Oil signed a framework agreement on pipeline capacity between"
        " the two countries, while Quill Mining and Delta Coal signed an MoU on a coal mine."
    )
    assert pairs(text) == {
        frozenset({"Harlow Energy", "Bramble Oil"}),
        frozenset({"Quill Mining", "Delta Coal"}),
    }


def test_a_deal_between_named_parties_still_pairs_them() -> None:
    text = "A supply contract was signed between Harlow Energy and Bramble Oil on Monday."
    assert pairs(text) == {frozenset({"Harlow Energy", "Bramble Oil"})}


def test_with_unnamed_countries_still_names_no_other_side() -> None:
    assert pairs("Harlow Energy signed framework agreements with 12 countries.") == set()


def test_signed_on_behalf_of_a_body_with_another() -> None:
    text = "Li Ming signed on behalf of the Hanford Trade Bureau with Quill Motors on Monday."
    assert frozenset({"Hanford Trade Bureau", "Quill Motors"}) in pairs(text)


def test_signed_among_three_parties_pairs_each() -> None:
    text = "A tripartite agreement was signed among Harlow Energy, Bramble Oil and Quill Motors."
    assert pairs(text) == {
        frozenset({"Harlow Energy", "Bramble Oil"}),
        frozenset({"Harlow Energy", "Quill Motors"}),
        frozenset({"Bramble Oil", "Quill Motors"}),
    }


def test_among_other_deals_names_no_party() -> None:
    text = "Harlow Energy signed a deal with Bramble Oil among 20 agreements."
    assert pairs(text) == {frozenset({"Harlow Energy", "Bramble Oil"})}
