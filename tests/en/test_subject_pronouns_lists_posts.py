"""Issue 14, round 23: a signing's subject written "it" or "the group" (the body the sentence
before had as its subject), signings listed under a heading, a company's "of <place>", and
posts written as a country's "commerce chief" or "top diplomat" and a bare "Vice President".
Every sentence written for this test; names invented."""

from __future__ import annotations

import pytest

from extract_helpers import LabelledPost, labelled_pairs, labelled_posts, resolved_text
from fairgraph.en.facts import _subject_of, list_heading, not_signed, pronoun_signer
from fairgraph.en.naming import standing_title_body
from fairgraph.en.recognize import recognize
from fairgraph.languages import extract_document
from fairgraph.model import Document, Mention, Span
from fairgraph.resolve import resolve


def _posts(text: str) -> set[LabelledPost]:
    return labelled_posts(resolved_text(text, "en"))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Pakistan's commerce chief Arif Sadiq attended the opening.",
            ("Arif Sadiq", "commerce chief", None, "Pakistan"),
        ),
        (
            "Arif Sadiq, Pakistan's commerce chief, attended the opening.",
            ("Arif Sadiq", "commerce chief", None, "Pakistan"),
        ),
        (
            "Kenya's top diplomat Mary Wambui met the mayor.",
            ("Mary Wambui", "top diplomat", None, "Kenya"),
        ),
        (
            "Vice President Mary Wambui opened the expo.",
            ("Mary Wambui", "Vice President", None, None),
        ),
        (
            "Mary Jones, Vice President of Halvard Group, spoke at the forum.",
            ("Mary Jones", "Vice President", "Halvard Group", None),
        ),
    ],
)
def test_posts_of_a_country_and_a_bare_vice_president(text: str, post: tuple) -> None:
    assert post in _posts(text)


def test_a_bare_vice_president_names_no_body_to_meet_by() -> None:
    assert standing_title_body("Vice President") is None


def _mentions(text: str) -> list[Mention]:
    return recognize(text)


def test_the_subject_of_a_sentence_is_its_one_organisation_or_the_one_opening_it() -> None:
    one = "Halvard Group showed its trucks in Wuhan."
    assert _subject_of(Span(0, len(one), one), _mentions(one)).text == "Halvard Group"
    opening = "Halvard Group met officials of Castellan Corporation."
    assert _subject_of(Span(0, len(opening), opening), _mentions(opening)).text == "Halvard Group"
    two = "Halvard Group and Castellan Corporation opened plants."
    assert _subject_of(Span(0, len(two), two), _mentions(two)) is None
    inside = "The expo drew Halvard Group and Castellan Corporation."
    assert _subject_of(Span(0, len(inside), inside), _mentions(inside)) is None


def test_a_pronoun_signs_only_in_the_subject_slot_of_an_active_signing() -> None:
    before = "Halvard Group showed its trucks. "
    for after, signs in (
        ("It later signed a deal with Castellan Corporation.", True),
        ("Later that day, the group inked a deal with Castellan Corporation.", True),
        ("It was signed by Castellan Corporation and Norbridge Ltd.", False),
        ("It will sign a deal with Castellan Corporation.", False),
        ("The company signed a deal with Castellan Corporation.", False),  # its own rule
    ):
        text = before + after
        ms = recognize(text)
        found = pronoun_signer(
            Span(len(before), len(text), after), Span(0, len(before) - 1, before[:-1]), ms
        )
        assert (found is not None) == signs, after
        if found is not None:
            assert found[1].text == "Halvard Group"


@pytest.mark.parametrize(
    ("heading", "is_one"),
    [
        ("Major projects signed included:", True),
        ("Deals signed at the event:", True),
        ("Agreements inked on the first day:", True),
        ("Projects to be signed next year:", False),
        ("Deals expected at the fair:", False),
        ("Exhibitors included:", False),
        ("Major projects signed included the following.", False),
    ],
)
def test_a_heading_over_signings(heading: str, is_one: bool) -> None:
    assert list_heading(Span(0, len(heading), heading)) == is_one


def test_a_signing_not_yet_made_in_a_clause() -> None:
    assert not_signed("A said it was in talks with B but that no agreement had yet been ")
    assert not_signed("A and B are in talks; members will hear once a deal is ")
    assert not not_signed("A and B have ")


@pytest.mark.parametrize(
    ("text", "company", "where"),
    [
        (
            "Torvane Motor Corporation of Hubei Province showed trucks.",
            "Torvane Motor Corporation",
            "Hubei Province",
        ),
        ("Halvard Group signed a deal with Castor Mobis of the ROK.", "Castor Mobis", "ROK"),
    ],
)
def test_a_company_of_a_place_is_the_company_and_the_place_beside_it(
    text: str, company: str, where: str
) -> None:
    found = {(m.text, m.origin) for m in recognize(text)}
    assert any(t == company for t, _ in found)
    assert (where, "of-company") in found


def test_a_name_of_a_body_ending_in_of_a_country_stays_whole() -> None:
    text = "Halvard Group signed a deal with the Shipping Corporation of India."
    assert "Shipping Corporation of India" in {m.text for m in recognize(text)}


def test_alphanumeric_brands_and_ampersand_names_are_parties() -> None:
    text = "The Nanning Municipal Government and Italy's 7vR signed a letter of intent."
    assert "7vR" in {m.text for m in recognize(text)}
    text = "Brenmark & Sons signed an agreement with Halvard Group."
    assert "Brenmark & Sons" in {m.text for m in recognize(text)}


def _pairs(text: str) -> set[frozenset[str]]:
    return labelled_pairs(resolved_text(text, "en"))


def test_the_company_of_a_new_paragraph_is_its_own_not_the_signer_before() -> None:
    text = (
        "At the forum, Orland Oil Co., Ltd. and Pemberton Chemical Company signed deals with "
        "Quarry Engineering Corporation and Tessel Mining Group respectively.\n\n"
        "Wexley Dairy Co., Ltd. showed plans for a cheese plant. Later that day, the company "
        "signed an investment agreement with the Yanji Municipal People's Government."
    )
    pairs = _pairs(text)
    assert frozenset({"Wexley Dairy Co., Ltd.", "Yanji Municipal People's Government"}) in pairs
    assert (
        frozenset({"Pemberton Chemical Company", "Yanji Municipal People's Government"})
        not in pairs
    )


def test_the_company_in_the_same_paragraph_is_the_signer_before() -> None:
    text = (
        "Orland Oil Co., Ltd. signed an agreement with Quarry Engineering Corporation. "
        "The company also signed a contract with Tessel Mining Group."
    )
    assert frozenset({"Orland Oil Co., Ltd.", "Tessel Mining Group"}) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orland Motors Ltd. and retailer Vantor Group talked of a wider partnership; no document "
        "was signed.",
        "Orland Motors Ltd. met Vantor Group, but no letter of intent was signed.",
    ],
)
def test_no_document_signed_is_no_agreement(text: str) -> None:
    assert _pairs(text) == set()


def test_a_press_releases_defined_names_and_listing_code() -> None:
    text = (
        "SHENYANG, China, June 4, 2024 /PRNewswire/ -- Shenyang Norvik Motor Company Limited "
        '("Norvik Motor" or "the Company", SZSE: 009876) today announced deals signed at the '
        "expo.\n\n"
        "On Friday, the Company signed cooperation agreements with Pellam Technologies Co., Ltd. "
        "and Rastow Mobile Group Co., Ltd."
    )
    result = resolve([extract_document(Document.from_text(text, source="p.txt", language="en"))])
    label = {e.key: e.label for e in result.entities}
    pairs = {frozenset(label[p] for p in a.parties) for a in result.agreements}
    assert pairs == {
        frozenset({"Shenyang Norvik Motor Company Limited", "Pellam Technologies Co., Ltd."}),
        frozenset({"Shenyang Norvik Motor Company Limited", "Rastow Mobile Group Co., Ltd."}),
    }
    assert "Company" not in label.values()
    assert not any("Stock Exchange" in v for v in label.values())
    norvik = next(e for e in result.entities if e.label == "Shenyang Norvik Motor Company Limited")
    assert "Norvik Motor" in norvik.alt_labels


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Deals were inked by Halvard Foods with Poland's Mirek Group and Slovak dairy maker "
            "Tatrin, covering milk powder.",
            {"Halvard Foods", "Tatrin"},
        ),
        (
            "A memorandum on a cement plant was signed by the Fergana regional administration "
            "with Quorvel Building Group.",
            {"Fergana regional administration", "Quorvel Building Group"},
        ),
    ],
)
def test_a_described_party_and_a_foreign_local_government_sign(text: str, pair: set) -> None:
    assert frozenset(pair) in _pairs(text)


def test_a_bare_ambassador_represents_the_country_his_sentence_names_before_him() -> None:
    text = (
        "Chile is the guest country of the fair, and Chile sent two ministers. A delegation "
        "from Peru led by Ambassador Tomas Rivera toured the halls."
    )
    assert ("Tomas Rivera", "Ambassador", None, "Peru") in _posts(text)
    alone = "Chile is the guest country of the fair, and Chile sent two ministers. "
    assert ("Tomas Rivera", "Ambassador", None, "Chile") in _posts(
        alone + "Ambassador Tomas Rivera toured the halls."
    )


def test_a_first_name_that_is_also_a_place_after_a_title_is_a_person() -> None:
    text = "Serbian Deputy Prime Minister Milan Petrovic opened the Serbian pavilion."
    assert ("Milan Petrovic", "Deputy Prime Minister", None, "Serbia") in _posts(text)
