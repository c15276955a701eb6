"""Places read by their form (round 9 of issue 14), on sentences written for these tests: a new
area (zone) of a place the lexicon lacks, an expo city as a venue, natural features."""

from __future__ import annotations

import pytest
from en_helpers import extract


def places(text: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == "Place"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("and Qiantan New Area signed with Acme Group on a port.", "Qiantan New Area"),
        (
            "The fair was held at the Eastern China International Expo City.",
            "Eastern China International Expo City",
        ),
        ("a solar base in the Tengger Desert", "Tengger Desert"),
        ("wind farms in the Tarim Basin and the Gansu Corridor", "Tarim Basin"),
        # round 12: a town abroad with its country after a comma; a division abroad by its kind
        (
            "Halden Maschinenbau GmbH, headquartered in Bietigheim-Bissingen, Germany, makes "
            "pumps.",
            "Bietigheim-Bissingen",
        ),
        ("Norvik Agro, based in Kostanay, Kazakhstan, grows wheat.", "Kostanay"),
        ("A new plant opened in Querétaro, Mexico, last year.", "Querétaro"),
        ("Gansu and the Australian state of Queensland signed an MoU.", "Queensland"),
        ("The delegation visited the Japanese prefecture of Shizuoka.", "Shizuoka"),
        ("The mayor toured the Russian city of Kazan in June.", "Kazan"),
        ("Gansu signed an agreement with the state of Parana in Brazil.", "Parana"),
        # round 13: counties and districts by their bare names after "governments of"
        ("the district and county governments of Qilihe, Yongdeng and Gaolan met", "Yongdeng"),
        ("the county governments of Yongdeng and Gaolan said", "Gaolan"),
        # a town abroad before "-based" is where the company is, a place
        ("Karachi-based Indus Foods Limited opened a plant.", "Karachi"),
    ],
)
def test_a_place_is_read_by_its_form(text: str, place: str) -> None:
    assert place in places(text), extract(text).mentions


@pytest.mark.parametrize(
    "text",
    [
        "goods moving along the New International Land-Sea Trade Corridor",
        "Chinese Desert tours sold well.",
    ],
)
def test_a_route_or_a_demonym_before_a_feature_word_is_no_place(text: str) -> None:
    assert not any(m.origin == "feature" for m in extract(text).mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The talks took place in June, Kazakhstan's busiest month for fairs.",
        "The forum was held at Acme Tower, Lanzhou.",
        "Officials of the Chinese city of Lanzhou attended.",
    ],
)
def test_no_town_abroad_from_a_month_a_building_or_a_chinese_city(text: str) -> None:
    assert not any(
        m.origin in ("town-abroad", "division-abroad") for m in extract(text).mentions
    ), extract(text).mentions


def test_a_city_inside_a_mastheads_outlet_is_no_place() -> None:
    text = (
        "Xining Business Journal | May 19, 2023\n\nSinopec signed a deal with PowerChina in "
        "Lanzhou on Monday."
    )
    found = extract(text).mentions
    assert places(text) == {"Lanzhou"}, found
    assert any(m.text == "Xining Business Journal" for m in found)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [  # round 13: an airport and an airline named after places are bodies, not those places
        (
            "Lanzhou Zhongchuan International Airport opened a route.",
            "Lanzhou Zhongchuan International Airport",
        ),
        ("a delegation of Uzbekistan's Air Samarkand arrived", "Air Samarkand"),
        ("the Qilihe district government said", "Qilihe district government"),
    ],
)
def test_a_body_named_after_a_place_is_no_place(text: str, organisation: str) -> None:
    found = extract(text).mentions
    assert organisation in {m.text for m in found if m.type == "Organization"}, found
    assert not any(m.type == "Place" and organisation.startswith(m.text) for m in found), found
