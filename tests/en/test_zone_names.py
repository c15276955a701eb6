"""Zones named by their kind at the end (… Cooperation Demonstration Area, … Economic Corridor,
… Free Economic Zone): places, also before "of" and their country. Sentences written for these
tests."""

from __future__ import annotations

from en_helpers import extract


def kinds(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract(text).mentions}


def test_a_demonstration_area_is_a_place() -> None:
    found = kinds(
        "The fair runs at the China-ASEAN Local Trade and Investment Cooperation Demonstration"
        " Area in Qingdao."
    )
    assert found["China-ASEAN Local Trade and Investment Cooperation Demonstration Area"] == "Place"


def test_an_economic_corridor_of_a_country_is_a_place_and_its_country() -> None:
    found = kinds("Acme will invest in the Southern Economic Corridor of Vietnam.")
    assert found.get("Southern Economic Corridor") == "Place"
    assert found.get("Vietnam") == "Country"


def test_a_free_economic_zone_is_a_place() -> None:
    assert (
        kinds("Acme opened a plant in the Qinzhou Free Economic Zone.")[
            "Qinzhou Free Economic Zone"
        ]
        == "Place"
    )
