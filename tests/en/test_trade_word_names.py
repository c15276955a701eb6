"""Companies named by a trade word (Oil, Gas, Aluminium, Mining, Metals, Cement), and two such
names joined by "and": two companies, unless the word after "and" is a trade of the same one
(Oil and Gas Corp). Sentences written for these tests."""

from __future__ import annotations

from en_helpers import extract


def orgs(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == "Organization"}


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(m.text for m in a.parties) for a in extract(text).agreements}


def test_two_trade_named_companies_joined_by_and_are_two() -> None:
    text = "Harlow Energy signed supply agreements with Bramble Oil and Quill Motors."
    assert {"Bramble Oil", "Quill Motors"} <= orgs(text)
    assert pairs(text) == {
        frozenset({"Harlow Energy", "Bramble Oil"}),
        frozenset({"Harlow Energy", "Quill Motors"}),
    }


def test_an_acronym_led_company_after_and_is_its_own() -> None:
    text = "Gulf Global Aluminium and QX Ports Group signed a logistics deal on Monday."
    assert pairs(text) == {frozenset({"Gulf Global Aluminium", "QX Ports Group"})}


def test_oil_and_gas_is_one_company() -> None:
    text = "Harlow Energy signed a deal with Kestrel Oil and Gas Corp. on Monday."
    assert "Kestrel Oil and Gas Corp." in orgs(text)


def test_respectively_pairs_split_names_in_order() -> None:
    text = (
        "Harlow Energy and Quill Motors signed investment agreements with Gulf Global Aluminium"
        " and QX Ports Group respectively."
    )
    assert pairs(text) == {
        frozenset({"Harlow Energy", "Gulf Global Aluminium"}),
        frozenset({"Quill Motors", "QX Ports Group"}),
    }


def test_mining_and_metallurgical_is_one_company() -> None:
    text = "Harlow Energy signed a deal with Navoi Mining and Metallurgical Company."
    assert "Navoi Mining and Metallurgical Company" in orgs(text)


def test_a_person_then_and_a_company_with_its_chief_signing() -> None:
    text = "Harlow Energy chairman Tom Okafor and Bramble Oil CEO Jane Rook signed the agreement."
    assert pairs(text) == {frozenset({"Harlow Energy", "Bramble Oil"})}
    assert not any(" and " in name for name in orgs(text))
