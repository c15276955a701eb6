"""English agreements and fair fields as Xinhua and China Daily write them: a grid of short
reports (sentences written for this test; company names invented), each built alone, with the
agreements' parties and the fair's fields they must give."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fairgraph.languages import extract_document
from fairgraph.model import Document, PartialDate
from fairgraph.resolve import resolve


def _resolved(text: str):  # type: ignore[no-untyped-def]
    doc = Document.from_text(text, source="en.txt", language="en")
    result = resolve([extract_document(doc)])
    label = {e.key: e.label for e in result.entities}
    return result, label


#: a report, then the pairs of parties it signs (as labelled in the graph)
AGREEMENTS = {
    "at a signing ceremony, A signed with B: the verb is 'signed', not the ceremony's 'signing'": (
        "At a signing ceremony chaired by Vice-Governor Wang Lin, the Gansu Provincial People's "
        "Government signed a strategic cooperation framework agreement with Kestrel Group, and "
        "another with Vantor Motors.",
        {
            ("Gansu Provincial People's Government", "Kestrel Group"),
            ("Gansu Provincial People's Government", "Vantor Motors"),
        },
    ),
    "an adverb opening the sentence signs nothing": (
        "Shortly after the opening, Kestrel Group signed a supply agreement with Vantor Motors.",
        {("Kestrel Group", "Vantor Motors")},
    ),
    "a signing, then a clause of others after 'while': its bodies are no parties of the "
    "signing, and agreeing to set up a joint venture among the deals is their own signing": (
        "Kestrel Group signed with Vantor Motors for a garment plant, while Halden Logistics and "
        "China Huadian agreed to set up a joint venture.",
        {("Kestrel Group", "Vantor Motors"), ("China Huadian Corporation", "Halden Logistics")},
    ),
    "a clause after 'while' that signs nothing and builds nothing": (
        "Kestrel Group signed with Vantor Motors for a garment plant, while Halden Logistics and "
        "China Huadian held talks.",
        {("Kestrel Group", "Vantor Motors")},
    ),
    "will sign: not signed": (
        "Kestrel Group will sign an agreement with Vantor Motors next month.",
        set(),
    ),
    "are expected to sign: not signed": (
        "Kestrel Group and Vantor Motors are expected to sign a deal next week.",
        set(),
    ),
    "will be signed by: not signed": (
        "The agreement will be signed by Kestrel Group and Vantor Motors.",
        set(),
    ),
    "a city of China and a company signed a project": (
        "Tianshui and Kestrel Motors Co., Ltd. signed a 2-billion-yuan auto parts project.",
        {("Kestrel Motors Co., Ltd.", "Tianshui")},
    ),
    "a city signed with two companies respectively, the first named by its short form": (
        "Wuwei signed with Halden Power and State Grid Gansu Electric Power Company "
        "respectively on wind power and grid projects.",
        {
            ("Halden Power", "Wuwei"),
            ("State Grid Gansu Electric Power Company", "Wuwei"),
        },
    ),
    "A and B signed": (
        "The Gansu Provincial People's Government and China Huadian Corporation signed a "
        "strategic cooperation framework agreement on Monday.",
        {("China Huadian Corporation", "Gansu Provincial People's Government")},
    ),
    "A inked a deal with B": (
        "Kestrel Group inked a deal with Vantor Motors to build a battery plant in Xining.",
        {("Kestrel Group", "Vantor Motors")},
    ),
    "A penned an agreement with B": (
        "Vantor Motors penned a cooperation agreement with the Qinghai Provincial People's "
        "Government.",
        {("Qinghai Provincial People's Government", "Vantor Motors")},
    ),
    "A clinched a deal with B": (
        "Halden Logistics clinched a deal with China Three Gorges Corporation.",
        {("China Three Gorges Corporation", "Halden Logistics")},
    ),
    "A sealed a deal with B and C": (
        "The Xining municipal government sealed deals with Kestrel Group and Vantor Motors, "
        "worth a total of 3.2 billion yuan.",
        {
            ("Kestrel Group", "Xining Municipal People's Government"),
            ("Vantor Motors", "Xining Municipal People's Government"),
        },
    ),
    "memorandums of understanding with B and an unknown C": (
        "The Ningxia Hui Autonomous Region People's Government signed memorandums of "
        "understanding with Saudi Aramco and ACWA Power on Monday.",
        {
            ("Ningxia Hui Autonomous Region People's Government", "Saudi Aramco"),
            ("ACWA Power", "Ningxia Hui Autonomous Region People's Government"),
        },
    ),
    "an MOU was signed between A and B": (
        "A memorandum of understanding on green hydrogen was signed between Kestrel Group and "
        "China Huadian.",
        {("China Huadian Corporation", "Kestrel Group")},
    ),
    "signed by A and B": (
        "The agreement was signed by Kestrel Group and Vantor Motors at the 8th China-Eurasia "
        "Expo.",
        {("Kestrel Group", "Vantor Motors")},
    ),
    "A reached an agreement with B": (
        "China Huadian reached an agreement with Kestrel Group on the sale of power equipment.",
        {("China Huadian Corporation", "Kestrel Group")},
    ),
    "including one between A and B": (
        "Several agreements were signed at the ceremony, including one between China Huadian "
        "and the Gansu Provincial People's Government.",
        {("China Huadian Corporation", "Gansu Provincial People's Government")},
    ),
    "A and B signed with C respectively": (
        "Kestrel Group and Vantor Motors signed agreements with the Qinghai Provincial People's "
        "Government respectively.",
        {
            ("Kestrel Group", "Qinghai Provincial People's Government"),
            ("Qinghai Provincial People's Government", "Vantor Motors"),
        },
    ),
    "a foreign ministry signs": (
        "Kestrel Group and the Kyrgyz Ministry of Economy and Commerce signed an investment "
        "agreement worth 300 million U.S. dollars, according to the Kyrgyz side.",
        {("Kestrel Group", "Ministry of Economy and Commerce of Kyrgyzstan")},
    ),
}


@pytest.mark.parametrize("name", sorted(AGREEMENTS))
def test_english_signings(name: str) -> None:
    text, pairs = AGREEMENTS[name]
    result, label = _resolved(text)
    found = {tuple(sorted(label[k] for k in a.parties)) for a in result.agreements}
    assert found == pairs


def test_a_deal_with_its_amount_in_yuan_and_dollars() -> None:
    result, _ = _resolved(
        "China Three Gorges Corporation and the Xinjiang Uygur Autonomous Region People's "
        "Government signed a framework agreement worth 9.16 billion yuan (1.27 billion U.S. "
        "dollars) on Tuesday."
    )
    (agreement,) = result.agreements
    assert agreement.investment is not None
    assert (agreement.investment.value, agreement.investment.currency) == (
        Decimal("9160000000"),
        "CNY",
    )


#: a report, then the fields of its fair: series (Chinese key), edition, first and last day,
#: projects signed, total of the signings (value, currency)
FAIRS = {
    "a total of N projects worth X were signed; runs until Sunday": (
        "URUMQI, June 26 (Xinhua) -- A total of 56 projects worth 32.5 billion yuan were signed "
        "at the 8th China-Eurasia Expo, which runs until Sunday in Urumqi.",
        ("中国—亚欧博览会", 8, None, PartialDate(2024, 6, 30), 56, ("32500000000", "CNY")),
    ),
    "deals worth X were signed during the fair": (
        "Deals worth 12.8 billion U.S. dollars were signed during the 20th China-ASEAN Expo.",
        ("中国—东盟博览会", 20, None, None, None, ("12800000000", "USD")),
    ),
    "N agreements were signed at the expo, involving investment of X": (
        "YINCHUAN, Sept. 22 (Xinhua) -- The 7th China-Arab States Expo concluded here on "
        "Sunday. A total of 120 agreements were signed at the expo, involving investment of "
        "86.4 billion yuan.",
        (
            "中国—阿拉伯国家博览会",
            7,
            None,
            PartialDate(2025, 9, 21),
            120,
            ("86400000000", "CNY"),
        ),
    ),
    "concluded on a weekday, with N projects worth X signed": (
        "XINING, July 16 (Xinhua) -- The 25th China (Qinghai) Green Development Investment and "
        "Trade Fair concluded on Tuesday, with 403 projects worth 161.9 billion yuan signed.",
        (
            "中国·青海绿色发展投资贸易洽谈会",
            25,
            None,
            PartialDate(2024, 7, 16),
            403,
            ("161900000000", "CNY"),
        ),
    ),
    "opened on a date and will run until a date, no dateline": (
        "The 8th China-South Asia Expo opened in Kunming on Aug. 16, 2024 and will run until "
        "Aug. 20.",
        ("中国—南亚博览会", 8, PartialDate(2024, 8, 16), PartialDate(2024, 8, 20), None, None),
    ),
    "held from a day to a day": (
        "The 4th China-Northeast Asia Expo, held from Aug. 22 to 26, 2023 in Changchun, "
        "attracted more than 3,000 exhibitors.",
        ("中国—东北亚博览会", 4, PartialDate(2023, 8, 22), PartialDate(2023, 8, 26), None, None),
    ),
    "the session of a series, opened and runs until": (
        "GUANGZHOU, Oct. 15 (Xinhua) -- The 136th session of the Canton Fair opened on Tuesday "
        "and will run until Nov. 4.",
        (
            "中国进出口商品交易会",
            136,
            PartialDate(2024, 10, 15),
            PartialDate(2024, 11, 4),
            None,
            None,
        ),
    ),
    "the curtain fell on the fair": (
        "NANNING, Sept. 28 (Xinhua) -- The curtain fell on the 21st China-ASEAN Expo on Friday.",
        ("中国—东盟博览会", 21, None, PartialDate(2024, 9, 27), None, None),
    ),
    "got underway, then the four-day expo": (
        "NANNING, Sept. 24 (Xinhua) -- The 21st China-ASEAN Expo got underway on Tuesday. The "
        "four-day expo has drawn exhibitors from 50 countries.",
        ("中国—东盟博览会", 21, PartialDate(2024, 9, 24), PartialDate(2024, 9, 27), None, None),
    ),
    "closed after N days": (
        "NANNING, Sept. 28 (Xinhua) -- The 21st China-ASEAN Expo closed on Friday after four days.",
        ("中国—东盟博览会", 21, PartialDate(2024, 9, 24), PartialDate(2024, 9, 27), None, None),
    ),
    "a short name with a year": (
        "BEIJING, Sept. 2 (Xinhua) -- Contracts worth a combined 9.16 billion yuan (1.27 "
        "billion U.S. dollars) were inked on the opening day of the 2024 CIFTIS.",
        ("中国国际服务贸易交易会", None, None, None, None, ("9160000000", "CNY")),
    ),
}


@pytest.mark.parametrize("name", sorted(FAIRS))
def test_english_fair_fields(name: str) -> None:
    text, (series, edition, start, end, count, total) = FAIRS[name]
    result, _ = _resolved(text)
    (fair,) = [f for f in result.fairs if f.series == series]
    assert fair.edition == edition
    assert (fair.start_date, fair.end_date) == (start, end)
    assert fair.signed_project_count == count
    got = fair.total_investment[1] if fair.total_investment else None
    assert (got and (str(got.value), got.currency)) == (total or None)
