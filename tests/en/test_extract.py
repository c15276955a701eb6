"""The English extractor on sentences written for these tests (never sentences of the corpus)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fairgraph.en.pipeline import extract_document
from fairgraph.model import Document, Extraction, PartialDate


def extract(text: str) -> Extraction:
    return extract_document(Document.from_text(text, source="t.txt", language="en"))


def entities(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in extract(text).entities}


def posts(text: str) -> set[tuple[str, str, str | None]]:
    out = set()
    for p in extract(text).posts:
        target = p.organization or p.represents
        out.add((p.person.text, p.role.text, target.text if target else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wang Xiao, Vice Mayor of Xining Municipal Government, opened the forum.",
            {("Wang Xiao", "Vice Mayor", "Xining Municipal Government")},
        ),
        (
            "Vice Mayor of Lanzhou Municipal Government Ouyang Jian spoke next.",
            {("Ouyang Jian", "Vice Mayor", "Lanzhou Municipal Government")},
        ),
        (
            "Zhang Min, member of the Standing Committee of Gansu Provincial CPC Committee and "
            "Secretary of Lanzhou Municipal CPC Committee, met the guests.",
            {
                ("Zhang Min", "member of the Standing Committee", "Gansu Provincial CPC Committee"),
                ("Zhang Min", "Secretary", "Lanzhou Municipal CPC Committee"),
            },
        ),
        (
            "Chinese Ambassador to Zambia Li Hua attended the ceremony.",
            {("Li Hua", "Chinese Ambassador", "Chinese")},  # the country it represents: the sender,
        ),
        (
            "Maria Lopez, chairwoman of Andes Mining Co., Ltd., said the deal mattered.",
            {("Maria Lopez", "chairwoman", "Andes Mining Co., Ltd.")},
        ),
        (
            "Minister of Commerce Gao Ping told reporters the fair had grown.",
            {("Gao Ping", "Minister", "Commerce")},
        ),
        (
            "Chen Jun, State Councilor and Secretary-General of the State Council, cut the ribbon.",
            {
                ("Chen Jun", "State Councilor", "State Council"),
                ("Chen Jun", "Secretary-General", "State Council"),
            },
        ),
    ],
)
def test_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts(text) == expected


def test_entities_of_every_type() -> None:
    found = entities(
        "The 6th China-Eurasia Expo opened in Urumqi, capital of Xinjiang, on Monday, with "
        "firms from Kazakhstan and the Bank of China, the China Chamber of Commerce in Zambia "
        "and Tianshan Cement Group Co., Ltd. taking part."
    )
    assert ("Fair", "6th China-Eurasia Expo") in found
    assert {("Place", "Urumqi"), ("Place", "Xinjiang"), ("Country", "Kazakhstan")} <= found
    assert ("Organization", "Bank of China") in found
    assert ("Organization", "China Chamber of Commerce in Zambia") in found
    assert ("Organization", "Tianshan Cement Group Co., Ltd.") in found


def test_agreements_with_a_list_of_parties() -> None:
    ex = extract(
        "Gansu Provincial People's Government signed a strategic cooperation framework "
        "agreement with China Telecom, Bank of China and PowerChina."
    )
    pairs = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    gov = "Gansu Provincial People's Government"
    assert pairs == {
        frozenset({gov, "China Telecom"}),
        frozenset({gov, "Bank of China"}),
        frozenset({gov, "PowerChina"}),
    }
    assert {a.agreement_type for a in ex.agreements} == {
        "strategic cooperation framework agreement"
    }


def test_agreement_between_two_parties() -> None:
    ex = extract("A memorandum of understanding was signed between Hainan Airlines and Air China.")
    assert [sorted(m.text for m in a.parties) for a in ex.agreements] == [
        ["Air China", "Hainan Airlines"]
    ]


@pytest.mark.parametrize(
    ("text", "value", "currency", "approximate"),
    [
        ("Deals worth $505 million were signed.", Decimal("505000000"), "USD", False),
        ("It drew US$1.2 billion in investment.", Decimal("1200000000"), "USD", False),
        ("Contracts reached RMB 9.16 billion.", Decimal("9160000000"), "CNY", False),
        ("Projects worth about 30 billion yuan were inked.", Decimal("30000000000"), "CNY", True),
    ],
)
def test_amounts(text: str, value: Decimal, currency: str, approximate: bool) -> None:
    amounts = extract(text).amounts
    assert [(a.value, a.currency, a.approximate) for a in amounts] == [
        (value, currency, approximate)
    ]


def test_amount_with_its_dollar_value() -> None:
    amounts = extract("Deals totalled 9.16 billion yuan (1.27 billion U.S. dollars).").amounts
    assert [(a.value, a.currency) for a in amounts] == [
        (Decimal("9160000000"), "CNY"),
        (Decimal("1270000000"), "USD"),
    ]
    assert not entities("Deals totalled 1.27 billion U.S. dollars.")  # U.S. is a currency here


def test_fair_dates_and_fields() -> None:
    ex = extract(
        "XINING, July 10, 2024 (Xinhua) -- The 25th China (Qinghai) Green Development "
        "Investment and Trade Fair will be held in Xining from July 11 to 15, with Iceland as "
        "the guest country."
    )
    fact = next(f for f in ex.fairs if f.edition == 25)
    assert (fact.start_date, fact.end_date) == (PartialDate(2024, 7, 11), PartialDate(2024, 7, 15))
    assert fact.location is not None and fact.location.text == "Xining"
    assert [c.text for c in fact.guest_countries] == ["Iceland"]


def test_weekday_resolved_with_the_dateline() -> None:
    ex = extract("URUMQI, Sept. 2, 2024 (Xinhua) -- The 8th China-Eurasia Expo closed on Monday.")
    fact = next(f for f in ex.fairs if f.edition == 8)
    assert fact.end_date == PartialDate(2024, 9, 2)


def test_each_date_goes_with_its_verb() -> None:
    ex = extract(
        "LANZHOU, July 6, 2024 (Xinhua) -- The 30th China Lanzhou Investment and Trade Fair "
        "opened on July 6 and will run until July 10."
    )
    fact = next(f for f in ex.fairs if f.edition == 30)
    assert (fact.start_date, fact.end_date) == (PartialDate(2024, 7, 6), PartialDate(2024, 7, 10))


def test_generic_bodies_are_no_organisations() -> None:
    found = entities("The Organizing Committee said the Gansu Provincial Government agreed.")
    assert ("Organization", "Organizing Committee") not in found
    assert ("Organization", "Gansu Provincial Government") in found


def test_a_president_named_with_a_demonym_represents_the_country() -> None:
    assert posts("Kenyan President Peter Otieno opened the hall.") == {
        ("Peter Otieno", "President", "Kenyan")
    }


def test_a_fair_named_by_its_year_is_the_edition_its_cadence_puts_there() -> None:
    """The 2nd China International Consumer Products Expo, or Hainan Expo 2022: one fair (the
    series' cadence puts its 2nd edition in 2022)."""
    from fairgraph.resolve import resolve

    text = (
        "HAIKOU, July 25 (Xinhua) -- The 2nd China International Consumer Products Expo, or "
        "Hainan Expo 2022, opened on Monday in Haikou. Hainan Expo 2022 runs until July 30."
    )
    fairs = [e for e in resolve([extract(text)]).entities if e.type == "Fair"]
    assert [f.label for f in fairs] == ["2nd China International Consumer Products Expo"]
