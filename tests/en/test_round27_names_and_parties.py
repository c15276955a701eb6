"""Issue 14, session 20: names English writes with "and" or "for the" inside them, read as one
body (an acronym that spells the words, a trade after "and", a complex of mines, an authority
for a zone), and the parties signing with them. Every sentence written for this test."""

from __future__ import annotations

from en_helpers import extract


def _orgs(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == "Organization"}


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


def test_an_acronym_spelling_the_words_makes_one_body() -> None:
    text = (
        "The Marvale Trade and Export Partnership (MTEP) signed a memorandum with the "
        "Hunan Provincial Department of Commerce on Tuesday.\n"
    )
    assert "Marvale Trade and Export Partnership" in _orgs(text)
    body = "Marvale Trade and Export Partnership"
    assert _pairs(text) == {frozenset({body, "Hunan Provincial Department of Commerce"})}


def test_an_acronym_that_spells_only_the_last_name_leaves_the_first_alone() -> None:
    text = (
        "Bank of Lorvia and Northern Farmers Credit Union (NFCU) signed a loan agreement "
        "with Hubei Grain Group.\n"
    )
    orgs = _orgs(text)
    assert "Northern Farmers Credit Union" in orgs
    assert not any(o.startswith("Bank of Lorvia and") for o in orgs)


def test_a_trade_after_and_stays_in_the_company_name() -> None:
    text = (
        "Pellworth Food and Ingredients, a pulse processor from the prairies, signed a supply "
        "contract with Jilin Grain Group.\n"
    )
    assert _pairs(text) == {frozenset({"Pellworth Food and Ingredients", "Jilin Grain Group"})}


def test_a_mining_and_metallurgical_complex_is_one_company_and_respectively_pairs() -> None:
    text = (
        "Tarvan Mining and Metallurgical Complex and Qoraneft concluded contracts with Acme "
        "Power and with Hebei Steel Group respectively.\n"
    )
    assert _pairs(text) == {
        frozenset({"Tarvan Mining and Metallurgical Complex", "Acme Power"}),
        frozenset({"Qoraneft", "Hebei Steel Group"}),
    }


def test_an_authority_for_a_zone_is_one_body() -> None:
    text = (
        "The General Authority for the Redsea Economic Zone signed a contract with Ningxia "
        "Solar Group.\n"
    )
    assert _pairs(text) == {
        frozenset({"General Authority for the Redsea Economic Zone", "Ningxia Solar Group"})
    }


def test_with_between_two_companies_is_no_name_and_the_passive_pairs_each() -> None:
    text = (
        "Contracts were inked by Lorvia Railways with Hebei Construction Corporation and with "
        "Shanxi Rail Group Limited on a new line.\n"
    )
    assert _pairs(text) == {
        frozenset({"Lorvia Railways", "Hebei Construction Corporation"}),
        frozenset({"Lorvia Railways", "Shanxi Rail Group Limited"}),
    }


def test_a_passive_signing_by_three_parties_pairs_each_with_each() -> None:
    text = (
        "A tripartite agreement was signed by Ostrava Port Authority, Hunan Harbour Engineering "
        "Company (HHEC) and Kenya's Meridian Electric to build a new quay.\n"
    )
    assert _pairs(text) == {
        frozenset({"Ostrava Port Authority", "Hunan Harbour Engineering Company"}),
        frozenset({"Ostrava Port Authority", "Meridian Electric"}),
        frozenset({"Hunan Harbour Engineering Company", "Meridian Electric"}),
    }


def test_a_list_item_of_three_parties_pairs_each_and_the_list_goes_on() -> None:
    text = (
        "Many deals were signed at the fair.\nKey deals:\n"
        "- Hunan Capital Airport Co., Ltd., Hunan Airlines and Lorvia Air: tripartite memorandum "
        "on an air cargo hub\n"
        "- Wuhan Union Medical College Hospital – Lorvia Medical University: agreement on "
        "telemedicine\nThe fair closed on Sunday.\n"
    )
    assert _pairs(text) == {
        frozenset({"Hunan Capital Airport Co., Ltd.", "Hunan Airlines"}),
        frozenset({"Hunan Capital Airport Co., Ltd.", "Lorvia Air"}),
        frozenset({"Hunan Airlines", "Lorvia Air"}),
        frozenset({"Wuhan Union Medical College Hospital", "Lorvia Medical University"}),
    }


def test_three_names_with_no_colon_are_no_list_item() -> None:
    text = "Key deals:\n- Hunan Airlines, Lorvia Air and Acme Cargo attended the fair too\n"
    assert not _pairs(text)


def test_agreed_on_a_contract_is_a_signing_and_agreed_on_a_need_is_not() -> None:
    assert _pairs("Lorvia Pulp and Hunan Paper agreed on a pulp supply contract.\n") == {
        frozenset({"Lorvia Pulp", "Hunan Paper"})
    }
    assert not _pairs("Lorvia Pulp and Hunan Paper agreed on the need for more trade.\n")


def test_there_was_a_memorandum_between_two_bodies() -> None:
    text = (
        "Then there was a memorandum between the Government of the State of Goias and the "
        "Anhui provincial government on vocational training.\n"
    )
    assert _pairs(text) == {
        frozenset({"Government of the State of Goias", "Anhui provincial government"})
    }
    assert not _pairs("There was a dispute between Acme Group and the Anhui government.\n")


def test_though_no_agreement_had_yet_been_signed_is_no_signing() -> None:
    text = (
        "Qasim said that Lorvia Chemicals had expressed willingness to partner with a Yunnan "
        "producer, though no agreement had yet been signed.\n"
    )
    assert not _pairs(text)


def test_a_based_word_is_no_party() -> None:
    text = (
        "The Hebei city signed a clean energy agreement with Lorvia Gas Group, the "
        "Langfang-based gas distributor.\n"
    )
    assert not any("based" in p for pair in _pairs(text) for p in pair)


def test_a_country_before_a_kind_of_company_is_no_party() -> None:
    text = (
        "Hunan Electric Co., Ltd. signed a licensing agreement with UK chip company Lorvia "
        "Technologies on Wednesday.\n"
    )
    assert _pairs(text) == {frozenset({"Hunan Electric Co., Ltd.", "Lorvia Technologies"})}


def test_a_zones_administrative_committee_in_lower_case_is_the_party() -> None:
    text = (
        "Lorvia Pharma signed an investment agreement with the Hunan Economic-Technological "
        "Development Area (HETDA) administrative committee on Tuesday.\n"
    )
    committee = "Hunan Economic-Technological Development Area administrative committee"
    assert _pairs(text) == {frozenset({"Lorvia Pharma", committee})}
