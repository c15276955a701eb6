"""Names as round 11 found them (sentences written for these tests): an ampersand inside a
company's name, an event's name is no person, rivers and deltas are places."""

from __future__ import annotations

from en_helpers import extract


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
