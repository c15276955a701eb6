"""English fair fields as real outlets state them: a grid of short reports (sentences written
for this test) about one numbered edition of a fair series, each built alone, with the fields
of that edition they must give — dates with and without a dated dateline, venue, theme,
organisers, guest country, and the signings' count and total (parts stated apart and totals of
all editions are not this edition's)."""

from __future__ import annotations

from typing import Any

import pytest

from fairgraph.languages import extract_document
from fairgraph.model import Document, PartialDate
from fairgraph.resolve import resolve

FAIR = "30th Lanzhou Investment and Trade Fair"
MOFCOM = "Ministry of Commerce"
GANSU = "Gansu Provincial People's Government"

#: a report, then the fields its 30th edition must have (fields not named are not checked)
GRID: dict[str, tuple[str, dict[str, Any]]] = {
    # dates
    "from July 11 to 15, dateline with its year": (
        f"LANZHOU, July 12, 2024 (Xinhua) -- The {FAIR}, held from July 11 to 15, drew 300 "
        "enterprises.",
        {"start_date": PartialDate(2024, 7, 11), "end_date": PartialDate(2024, 7, 15)},
    ),
    "opened on a weekday, runs through Sunday (dateline)": (
        f"LANZHOU, July 12, 2024 (Xinhua) -- The {FAIR} opened on Thursday in Lanzhou. The "
        "fair runs through Sunday.",
        {"start_date": PartialDate(2024, 7, 11), "end_date": PartialDate(2024, 7, 14)},
    ),
    "closed on Tuesday, the dateline's day": (
        f"LANZHOU, July 16, 2024 (Xinhua) -- The {FAIR} closed on Tuesday.",
        {"end_date": PartialDate(2024, 7, 16)},
    ),
    "opening on a weekday, lasting N days: a clause before its subject": (
        "LANZHOU, July 12, 2024 (Xinhua) -- Lasting four days and opening on Tuesday, the "
        f"event drew 300 enterprises to the {FAIR}.",
        {"start_date": PartialDate(2024, 7, 9), "end_date": PartialDate(2024, 7, 12)},
    ),
    "opened on a weekday, scheduled to close on a date (no dateline)": (
        f"The {FAIR} opened on Wednesday in Lanzhou. Scheduled to close on Nov. 19, 2023, the "
        "event has drawn 4,000 exhibitors.",
        {"start_date": PartialDate(2023, 11, 15), "end_date": PartialDate(2023, 11, 19)},
    ),
    "opened on a weekday and will close on a date": (
        f"The {FAIR} opened on Wednesday in Lanzhou and will close on Nov. 19, 2023.",
        {"start_date": PartialDate(2023, 11, 15), "end_date": PartialDate(2023, 11, 19)},
    ),
    "opened on a date, closed on a weekday (no dateline)": (
        f"The {FAIR} opened on July 11, 2024 in Lanzhou. The fair closed on Monday.",
        {"start_date": PartialDate(2024, 7, 11), "end_date": PartialDate(2024, 7, 15)},
    ),
    "concludes on a weekday (present tense): ahead of the dateline": (
        f"LANZHOU, July 12, 2024 (Xinhua) -- The {FAIR} concludes on Sunday.",
        {"end_date": PartialDate(2024, 7, 14)},
    ),
    "opened Thursday and closes Monday (no 'on')": (
        f"LANZHOU, July 12, 2024 (Xinhua) -- The {FAIR} opened Thursday and closes Monday.",
        {"start_date": PartialDate(2024, 7, 11), "end_date": PartialDate(2024, 7, 15)},
    ),
    "from 24 to 28 September (day first)": (
        f"The {FAIR} will run from 24 to 28 September 2024.",
        {"start_date": PartialDate(2024, 9, 24), "end_date": PartialDate(2024, 9, 28)},
    ),
    "held at a venue from a day to a day": (
        f"The {FAIR} was held at the Lanzhou International Convention and Exhibition Center "
        "from July 11 to 15, 2024.",
        {
            "start_date": PartialDate(2024, 7, 11),
            "end_date": PartialDate(2024, 7, 15),
            "locations": "Lanzhou International Convention and Exhibition Center",
        },
    ),
    # theme, organisers, guest country
    "under the theme of": (
        f"The {FAIR}, which runs from July 11 to 15, 2024, is held under the theme of "
        '"Open Cooperation and Green Development".',
        {"theme": "Open Cooperation and Green Development"},
    ),
    "themed": (
        f'The {FAIR}, themed "Open Cooperation and Green Development", opened on July 11, 2024.',
        {"theme": "Open Cooperation and Green Development"},
    ),
    "was co-hosted by A and B": (
        f"The {FAIR} was co-hosted by the Ministry of Commerce and the Gansu Provincial People's "
        "Government.",
        {"organizers": {MOFCOM, GANSU}},
    ),
    "co-hosted by A and B, as a clause": (
        f"The {FAIR}, co-hosted by the Ministry of Commerce and the Gansu Provincial People's "
        "Government, opened on July 11, 2024.",
        {"organizers": {MOFCOM, GANSU}, "start_date": PartialDate(2024, 7, 11)},
    ),
    "Organizers of X include A and B": (
        f"Organizers of the {FAIR} include the Ministry of Commerce and the Gansu Provincial "
        "People's Government.",
        {"organizers": {MOFCOM, GANSU}},
    ),
    "hosted by A and B, and organized by C: the hosts": (
        f"The {FAIR} is jointly hosted by the Ministry of Commerce and the Gansu Provincial "
        "People's Government, and organized by the Gansu Provincial Department of Commerce.",
        {"organizers": {MOFCOM, GANSU}},
    ),
    "organized by A and undertaken by B: A": (
        f"The {FAIR} is organized by the Ministry of Commerce and undertaken by the Gansu "
        "Provincial Department of Commerce.",
        {"organizers": {MOFCOM}},
    ),
    "Country of Honor": (
        f"Kazakhstan is the Country of Honor of the {FAIR}.",
        {"guest_countries": {"Kazakhstan"}},
    ),
    "guest of honor country": (
        f"Kazakhstan is the guest of honor country at the {FAIR}.",
        {"guest_countries": {"Kazakhstan"}},
    ),
    "with X as its guest country of honor": (
        f"The {FAIR}, with Kazakhstan as its guest country of honor, opened on July 11, 2024.",
        {"guest_countries": {"Kazakhstan"}},
    ),
    # totals
    "a total of N projects with a contracted investment of X": (
        "A total of 120 projects with a contracted investment of 50 billion yuan were signed "
        f"at the {FAIR}.",
        {"signed_project_count": 120, "total_investment": ("50000000000", "CNY")},
    ),
    "deals worth X, including domestic and foreign-funded parts": (
        f"Deals worth 50 billion yuan were signed at the {FAIR}, including 80 domestic projects "
        "worth 30 billion yuan and 40 foreign-funded projects worth 20 billion yuan.",
        {"signed_project_count": None, "total_investment": ("50000000000", "CNY")},
    ),
    "domestic and foreign-funded parts stated apart, no sum": (
        f"At the {FAIR}, 80 domestic projects worth 30 billion yuan and 40 foreign-funded "
        "projects worth 20 billion yuan were signed.",
        {"signed_project_count": None, "total_investment": None},
    ),
    "the total of all editions, then this edition's": (
        "Since its launch in 1993, the Lanzhou Investment and Trade Fair has seen 5,000 "
        f"projects worth 900 billion yuan signed. This year, the {FAIR} saw 120 projects worth "
        "50 billion yuan signed.",
        {"signed_project_count": 120, "total_investment": ("50000000000", "CNY")},
    ),
}


def _fields(text: str) -> dict[str, Any]:
    doc = Document.from_text(text, source="grid.txt", language="en")
    result = resolve([extract_document(doc)])
    label = {e.key: e.label for e in result.entities}
    (fair,) = [f for f in result.fairs if f.edition == 30]
    total = fair.total_investment[1] if fair.total_investment else None
    return {
        "start_date": fair.start_date,
        "end_date": fair.end_date,
        "locations": {label.get(k, k) for k in fair.locations},
        "theme": fair.theme,
        "organizers": {label.get(k, k) for k in fair.organizers},
        "guest_countries": {label.get(k, k) for k in fair.guest_countries},
        "signed_project_count": fair.signed_project_count,
        "total_investment": total and (str(total.value), total.currency),
    }


@pytest.mark.parametrize("form", sorted(GRID))
def test_fair_field_grid(form: str) -> None:
    text, expected = GRID[form]
    got = _fields(text)
    for field, value in expected.items():
        if field == "locations":
            assert value in got[field], (field, got[field])
        else:
            assert got[field] == value, (field, got[field])


#: a report naming the edition before its own only by where it was held, then the location
#: that earlier edition must have (None: no such edition is a fair of the report)
PREVIOUS: dict[str, tuple[str, int, str | None]] = {
    "Last year, its venue was the city of X (a yearly series)": (
        f"The {FAIR} opened on Thursday. Last year, its venue was the city of Tianshui.",
        29,
        "Tianshui",
    ),
    "last year's fair was held in X": (
        f"The {FAIR} opened on Thursday. Last year's fair was held in Tianshui.",
        29,
        "Tianshui",
    ),
    "the previous edition took place in X (a series held every other year)": (
        "The 8th China-Eurasia Expo opened on Wednesday. The previous edition took place in "
        "Urumqi as well.",
        7,
        "Urumqi",
    ),
    "last year's expo of a series held every other year: no edition": (
        "The 8th China-Eurasia Expo opened on Wednesday. Last year's expo was held in Urumqi.",
        7,
        None,
    ),
    "a comparison with last year's fair: no edition": (
        f"The {FAIR} saw 300 contracts signed, up 10 percent from last year's fair.",
        29,
        None,
    ),
}


@pytest.mark.parametrize("form", sorted(PREVIOUS))
def test_the_previous_edition_where_it_was_held(form: str) -> None:
    text, edition, location = PREVIOUS[form]
    doc = Document.from_text(text, source="grid.txt", language="en")
    result = resolve([extract_document(doc)])
    label = {e.key: e.label for e in result.entities}
    found = [f for f in result.fairs if f.edition == edition]
    if location is None:
        assert found == []
    else:
        (fair,) = found
        assert location in {label.get(k, k) for k in fair.locations}


def test_a_sports_centre_is_a_venue() -> None:
    got = _fields(
        f"The {FAIR} opened at the Lanzhou Olympic Sports Center in Lanzhou on July 11, 2024."
    )
    assert {"Lanzhou Olympic Sports Center", "Lanzhou"} <= got["locations"]
