"""Forms round 11 found (sentences written for these tests): an ampersand inside a company's
name, an event's name is no person, rivers and deltas are places; passive signings with their
signers after "by" (respectively; by A with B, and by C with D; sealed by A and B)."""

from __future__ import annotations

from en_helpers import extract

from fairgraph.resolve import resolve


def mentions(text: str, kind: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == kind}


def test_an_ampersand_inside_a_company_name_keeps_it_whole() -> None:
    text = "A freight agreement was signed by Fuzhou K&L Logistics Inc. and a railway operator."
    assert "Fuzhou K&L Logistics Inc." in mentions(text, "Organization")
    assert not {"Fuzhou K", "L Logistics Inc."} & mentions(text, "Organization")


def test_an_event_after_attended_is_no_person() -> None:
    text = "Vice Governor Zhao Hong attended the Investment Conference of the 30th Lanzhou Fair."
    assert mentions(text, "Person") == {"Zhao Hong"}


def test_a_river_and_a_delta_are_places() -> None:
    text = "The group will build a wind farm on the Dadu River and a port in the Pearl River Delta."
    assert {"Dadu River", "Pearl River Delta"} <= mentions(text, "Place")


def pairs(text: str) -> set[frozenset[str]]:
    res = resolve([extract(text)])
    label = {e.key: e.label for e in res.entities}
    return {frozenset(label[k] for k in a.parties) for a in res.agreements}


def test_signed_by_lists_respectively_pair_in_order() -> None:
    text = (
        "Investment agreements were then signed by the Anning District People's Government and "
        "the Gaotai County People's Government with Kestrel Trading Co., Ltd. and Halden "
        "Maschinenbau GmbH respectively."
    )
    assert pairs(text) == {
        frozenset({"Anning District People's Government", "Kestrel Trading Co., Ltd."}),
        frozenset({"Gaotai County People's Government", "Halden Maschinenbau GmbH"}),
    }


def test_signed_by_a_with_b_and_by_c_with_d() -> None:
    text = (
        "Contracts were signed by Kestrel Trading Co., Ltd. with Vantor Energia S.A., and by "
        "Brightwater Holdings PLC with Falkenrath Chemie AG."
    )
    assert pairs(text) == {
        frozenset({"Kestrel Trading Co., Ltd.", "Vantor Energia S.A."}),
        frozenset({"Brightwater Holdings PLC", "Falkenrath Chemie AG"}),
    }


def test_an_agreement_sealed_by_a_and_b_after_one_between_c_and_d() -> None:
    text = (
        "The deals include a framework agreement between the Gansu Provincial People's "
        "Government and China Huadian Corporation, and a logistics agreement sealed by Kestrel "
        "Trading Co., Ltd. and Halden Maschinenbau GmbH."
    )
    assert frozenset({"Kestrel Trading Co., Ltd.", "Halden Maschinenbau GmbH"}) in pairs(text)
