"""Bylines and credits as real outlets print them (China Daily, Xinhua, CGTN, People's Daily
Online, press-release wires, government portals, foreign newspapers): a grid of short reports
written for this test, each built alone. Each must give exactly its staff posts (reporter or
editor at the outlet, per gold/README.md) and no head, credit or boilerplate fragment as a
person or an organisation."""

from __future__ import annotations

import pytest

from fairgraph.languages import extract_document
from fairgraph.model import Document
from fairgraph.resolve import resolve

BODY = "The 30th Lanzhou Investment and Trade Fair opened on Thursday in Lanzhou, Gansu province.\n"
XINHUA = "Xinhua News Agency"
CHINA_DAILY = "China Daily"
CGTN = "China Global Television Network"
PDO = "People's Daily Online"

Staff = set[tuple[str, str, str | None]]

#: a report, then its staff posts (person, title, outlet)
GRID: dict[str, tuple[str, Staff]] = {
    "China Daily: By A in X | China Daily | Updated": (
        "Lanzhou fair draws record deals\n"
        "By Zhao Hong in Lanzhou | China Daily | Updated: 2024-07-12 09:15\n" + BODY,
        {("Zhao Hong", "reporter", CHINA_DAILY)},
    ),
    "a masthead with a bar: Outlet | Updated …, Reporter: A at the foot": (
        "Lanzhou fair draws record deals\nCGTN | Updated 09:15, 12-Jul-2024\n"
        + BODY
        + "Reporter: Zhao Hong\n",
        {("Zhao Hong", "reporter", CGTN)},
    ),
    "a date, then an outlet named by its kind: date | Some Fair News Center": (
        "Lanzhou fair draws record deals\nJuly 12, 2024 | Lanzhou Fair News Center\n"
        + BODY
        + "Editor: Zhao Hong\n",
        {("Zhao Hong", "editor", "Lanzhou Fair News Center")},
    ),
    "By A, Outlet (an outlet's name after a comma, not a second person)": (
        "Lanzhou fair draws record deals\n" + BODY + "By Zhao Hong, Northwest Energy News\n",
        {("Zhao Hong", "reporter", "Northwest Energy News")},
    ),
    "a wire's foot: (Reporting by A; editing by B)": (
        "LANZHOU, July 11 -- " + BODY + "(Reporting by Zhao Hong; editing by Peter Lowell)\n",
        {
            ("Zhao Hong", "reporter", "the reporting outlet"),
            ("Peter Lowell", "editor", "the reporting outlet"),
        },
    ),
    "China Daily: By A | chinadaily.com.cn": (
        "Lanzhou fair draws record deals\n"
        "By Zhao Hong | chinadaily.com.cn | Updated: 2024-07-12 09:15\n" + BODY,
        {("Zhao Hong", "reporter", CHINA_DAILY)},
    ),
    "China Daily: a photo credit [Photo by A/China Daily]": (
        "Lanzhou fair draws record deals\n"
        "By Zhao Hong in Lanzhou | China Daily | Updated: 2024-07-12 09:15\n"
        + BODY
        + "Visitors look at exhibits in Lanzhou, July 11, 2024. [Photo by Li Ming/China Daily]\n",
        {("Zhao Hong", "reporter", CHINA_DAILY), ("Li Ming", "reporter", CHINA_DAILY)},
    ),
    "Xinhua: dateline, Editor: A at the foot": (
        "LANZHOU, July 11 (Xinhua) -- " + BODY + "Editor: Zhao Hong\n",
        {("Zhao Hong", "editor", XINHUA)},
    ),
    "Xinhua: Source line, Editor line": (
        "Lanzhou fair draws record deals\nSource: Xinhua\nEditor: Zhao Hong\n"
        "2024-07-12 09:15:21\nLANZHOU, July 11 (Xinhua) -- " + BODY,
        {("Zhao Hong", "editor", XINHUA)},
    ),
    "Xinhua: Source | date | Editor on one line": (
        "Lanzhou fair draws record deals\n"
        "Source: Xinhua | 2024-07-12 09:15:21 | Editor: Zhao Hong\n" + BODY,
        {("Zhao Hong", "editor", XINHUA)},
    ),
    "Xinhua: a photo credit (Xinhua/A) and Xinhua reporters A and B": (
        "LANZHOU, July 11 (Xinhua) -- "
        + BODY
        + "Visitors look at exhibits in Lanzhou, July 11, 2024. (Xinhua/Li Ming)\n"
        "Xinhua reporters Wang Hua and Chen Jie contributed to the story.\n",
        {
            ("Li Ming", "reporter", XINHUA),
            ("Wang Hua", "reporter", XINHUA),
            ("Chen Jie", "reporter", XINHUA),
        },
    ),
    "CGTN: a masthead line, By A": (
        "Lanzhou fair draws record deals\nUpdated 14:32, 12-Jul-2024\nBy Li Ming\nCGTN\n" + BODY,
        {("Li Ming", "reporter", CGTN)},
    ),
    "CGTN: CGTN's A reports from X": (
        "Lanzhou fair draws record deals\nCGTN's Li Ming reports from Lanzhou.\n" + BODY,
        {("Li Ming", "reporter", CGTN)},
    ),
    "People's Daily Online: (Web editor: A, B) under its masthead": (
        "Lanzhou fair draws record deals\n(People's Daily Online) 09:15, July 12, 2024\n"
        + BODY
        + "(Web editor: Zhao Hong, Liang Jun)\n",
        {("Zhao Hong", "editor", PDO), ("Liang Jun", "editor", PDO)},
    ),
    "a government portal: Source: Outlet Editor: A on one line": (
        "Lanzhou fair draws record deals\nSource: China Daily Editor: Zhao Hong 2024-07-12\n"
        + BODY,
        {("Zhao Hong", "editor", CHINA_DAILY)},
    ),
}

#: a report, then the names no person or organisation may carry, and one it must keep
FRAGMENTS: dict[str, tuple[str, set[str], str]] = {
    "a foreign newspaper: Our Correspondent | The Outlet | date; told The Outlet": (
        "Lanzhou fair draws record deals\n"
        "Our Correspondent | The Karakoram Tribune | July 12, 2024\n"
        + BODY
        + "A trade official told The Karakoram Tribune that more firms would come.\n",
        {"Our Correspondent"},
        "Karakoram Tribune",
    ),
    "a press release: /PRNewswire/ dateline, About and SOURCE boilerplate": (
        "Kestrel Group Signs Strategic Agreement at Lanzhou Fair\n"
        "LANZHOU, China, Nov. 6, 2023 /PRNewswire/ -- Kestrel Group announced today that it "
        "signed a strategic cooperation agreement with the Gansu Provincial People's Government "
        "at the 30th Lanzhou Investment and Trade Fair.\n"
        "About Kestrel Group\n"
        "Kestrel Group is a provider of logistics solutions headquartered in Rotterdam.\n"
        "SOURCE Kestrel Group\n",
        {"SOURCE Kestrel Group", "About Kestrel Group"},
        "Kestrel Group",
    ),
    "a foreign newspaper: Staff Reporter, CITY: lead": (
        "Pakistan signs MoUs at Lanzhou fair\nStaff Reporter\n"
        "ISLAMABAD: Pakistan signed three memorandums of understanding with Chinese companies "
        "at the 30th Lanzhou Investment and Trade Fair, the Ministry of Commerce said.\n",
        {"Staff Reporter", "Staff", "ISLAMABAD"},
        "Ministry of Commerce",
    ),
    "a foreign agency's dateline (APP):": (
        "Pakistan signs MoUs at Lanzhou fair\n"
        "ISLAMABAD, July 12 (APP): Pakistan signed three memorandums of understanding with "
        "Chinese companies at the 30th Lanzhou Investment and Trade Fair.\n",
        {"ISLAMABAD", "ISLAMABAD, July 12"},
        "APP",  # the agency of a dateline is an organisation (gold/README.md)
    ),
}


def _build(text: str):  # type: ignore[no-untyped-def]
    doc = Document.from_text(text, source="byline.txt", language="en")
    return resolve([extract_document(doc)])


@pytest.mark.parametrize("form", sorted(GRID))
def test_staff_posts(form: str) -> None:
    text, expected = GRID[form]
    result = _build(text)
    label = {e.key: e.label for e in result.entities}
    # (titles compared in lower case: a credit keeps its word as written, Editor: A → Editor)
    staff = {
        (label[p.person], p.role.lower(), label.get(p.organization) if p.organization else None)
        for p in result.posts
        if p.role.lower() in ("reporter", "editor", "correspondent")
    }
    assert staff == expected


@pytest.mark.parametrize("form", sorted(FRAGMENTS))
def test_no_fragment_is_a_name(form: str) -> None:
    text, fragments, kept = FRAGMENTS[form]
    result = _build(text)
    names = {e.label for e in result.entities if e.type in ("Person", "Organization")}
    assert not names & fragments, names
    assert kept in names


def test_a_name_in_capitals_is_also_written_as_in_running_text() -> None:
    text = "Lanzhou fair draws record deals\nBy ZHAO HONG in Lanzhou | China Daily\n" + BODY
    result = _build(text)
    (person,) = [e for e in result.entities if e.type == "Person"]
    assert (person.label, person.alt_labels) == ("ZHAO HONG", ("Zhao Hong",))
    label = {e.key: e.label for e in result.entities}
    assert {(label[p.person], p.role) for p in result.posts} == {("ZHAO HONG", "reporter")}


def test_an_outlet_named_in_running_text_is_no_person() -> None:
    text = (
        "Lanzhou fair draws record deals\n"
        "Our Correspondent | The Karakoram Tribune | July 12, 2024\n"
        + BODY
        + "A trade official told The Karakoram Tribune that more firms would come.\n"
    )
    result = _build(text)
    kinds = {e.label: e.type for e in result.entities}
    assert kinds.get("Karakoram Tribune") == "Organization"
    assert not any(e.type == "Person" for e in result.entities)
