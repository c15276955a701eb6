"""Issue 14, round 25: an unknown name joined to a Chinese place's company, publication dates on
a short top line, a business noun before a name, "About X" and the first person plural of a
company's own post, a roundup's second fair, a hall's city, names in capitals, respectively
lists with bracketed acronyms, and pinyin city names. Every sentence written for this test;
names invented."""

from __future__ import annotations

import pytest

from extract_helpers import labelled_pairs, resolved_text
from fairgraph.en.lexicon import load_lexicon
from fairgraph.en.meta import find_publication_date
from fairgraph.model import PartialDate


def test_an_unknown_name_and_a_chinese_places_company_are_two_parties() -> None:
    text = (
        "The Peruvian fruit exporter Brisagro and Chengdu Grain Group concluded a supply "
        "agreement for avocados on Tuesday. The next day, BRS Litio and Chongqing Acme "
        "Automobile Company reached an agreement on battery supply."
    )
    assert labelled_pairs(resolved_text(text, "en")) == {
        frozenset({"Brisagro", "Chengdu Grain Group"}),
        frozenset({"BRS Litio", "Chongqing Acme Automobile Company"}),
    }


def test_a_place_before_and_stays_part_of_one_bank() -> None:
    text = "The Hong Kong and Shanghai Banking Corporation opened a branch in Xi'an on Monday."
    orgs = {e.label for e in resolved_text(text, "en").entities if e.type == "Organization"}
    assert "Hong Kong and Shanghai Banking Corporation" in orgs


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("Acme Wines\nPosted on LinkedIn · 14 April 2025\n\nCheers!", PartialDate(2025, 4, 14)),
        ("TRADE WEEKLY | Week ending 26 September 2025\nItems", PartialDate(2025, 9, 26)),
        ("Briefing\n\nLanzhou, September 25, 2025\n\nGood morning.", PartialDate(2025, 9, 25)),
    ],
)
def test_a_short_top_line_ending_in_a_full_date_gives_the_publication_date(
    top: str, date: PartialDate
) -> None:
    assert find_publication_date(top) == date


def test_a_sentence_ending_in_a_date_is_no_publication_date() -> None:
    text = "Expo news\nThe organizers said the expo will open its doors to visitors on 12 June 2026"
    assert find_publication_date(text) is None


def test_a_business_noun_before_a_name_makes_the_word_before_a_description() -> None:
    text = (
        "Payments firm Kestrel Pay inked agreements with Ant Orbit and with Lianhe DigiTech. "
        "Battery giant Volta Cells Co., Ltd. signed a supply contract with Xiamen Acme Group."
    )
    result = resolved_text(text, "en")
    orgs = {e.label for e in result.entities if e.type == "Organization"}
    assert not {"Payments", "Battery"} & orgs
    assert labelled_pairs(result) == {
        frozenset({"Kestrel Pay", "Ant Orbit"}),
        frozenset({"Kestrel Pay", "Lianhe DigiTech"}),
        frozenset({"Volta Cells Co., Ltd.", "Xiamen Acme Group"}),
    }


def test_a_company_post_signs_as_the_company_of_its_about_heading() -> None:
    text = (
        "Great days at the expo!\n\n"
        "We signed a memorandum of understanding with Kestrel Liquor Group.\n"
        "We entered into distribution agreements with Ant Orbit, Lianhe Foods and Guizhou "
        "Acme Supply Chain Co., Ltd.\n"
        "A letter of intent was signed between us and the Guiyang Municipal Bureau of Commerce.\n\n"
        "About Wombat Wine Estates\n"
        "Wombat Wine Estates is a wine company headquartered in Adelaide."
    )
    pairs = labelled_pairs(resolved_text(text, "en"))
    assert pairs == {
        frozenset({"Wombat Wine Estates", "Kestrel Liquor Group"}),
        frozenset({"Wombat Wine Estates", "Ant Orbit"}),
        frozenset({"Wombat Wine Estates", "Lianhe Foods"}),
        frozenset({"Wombat Wine Estates", "Guizhou Acme Supply Chain Co., Ltd."}),
        frozenset({"Wombat Wine Estates", "Guiyang Municipal Bureau of Commerce"}),
    }


def test_we_without_an_about_heading_signs_for_nobody() -> None:
    text = "We signed a memorandum of understanding with Kestrel Liquor Group at the expo."
    assert labelled_pairs(resolved_text(text, "en")) == set()


def test_a_roundups_second_fair_keeps_its_own_hosts_and_dates() -> None:
    text = (
        "ACME BRIEFING | Week ending 26 September 2025\n\n"
        "1. The 13th China (Mianyang) Science and Technology City International Sci-Tech Expo "
        "closed on Friday (26 September) after four days. The expo was co-hosted by the Ministry "
        "of Science and Technology and the Sichuan Provincial People's Government.\n"
        "2. The 4th Global Digital Trade Expo opened on Thursday (25 September) at the Hangzhou "
        "International Expo Center. Co-hosted by the Zhejiang Provincial People's Government and "
        "the Ministry of Commerce, it reported deals on its first day.\n"
    )
    result = resolved_text(text, "en")
    by_edition = {f.edition: f for f in result.fairs}
    digital, mianyang = by_edition[4], by_edition[13]
    assert "Organization|浙江省人民政府" in digital.organizers
    assert "Organization|浙江省人民政府" not in mianyang.organizers
    assert digital.start_date == PartialDate(2025, 9, 25)
    assert mianyang.end_date == PartialDate(2025, 9, 26)


def test_a_hall_named_after_a_chinese_city_lies_in_that_city() -> None:
    text = "The 4th Acme Expo opened on May 8, 2025 at the Hangzhou International Expo Center."
    halls = [e for e in resolved_text(text, "en").entities if e.type == "Place"]
    assert any(e.parent == "Place|杭州市" for e in halls)


def test_a_name_in_capitals_is_the_same_person_as_its_mixed_case_form() -> None:
    text = (
        "MODERATOR: Today we have Zhao Haiming, deputy director of the Gansu Provincial "
        "Department of Commerce.\n\nZHAO HAIMING: Thank you. The expo went well."
    )
    persons = [e for e in resolved_text(text, "en").entities if e.type == "Person"]
    assert len(persons) == 1


def test_respectively_pairs_names_not_their_bracketed_acronyms() -> None:
    text = (
        "Acme Group and Bolt Power signed cooperation agreements with Gamma Steel (GS) and "
        "Delta Mining (DM) respectively."
    )
    assert labelled_pairs(resolved_text(text, "en")) == {
        frozenset({"Acme Group", "Gamma Steel"}),
        frozenset({"Bolt Power", "Delta Mining"}),
    }


@pytest.mark.parametrize(
    ("name", "chinese"),
    [("Luohe", "漯河市"), ("Changzhi", "长治市"), ("Tai'an", "泰安市"), ("Taian", "泰安市")],
)
def test_city_names_read_as_their_places_do(name: str, chinese: str) -> None:
    place = load_lexicon().place(name)
    assert place is not None and place.chinese == chinese


def test_a_magazine_masthead_with_a_section_and_an_issue_names_the_bylines_outlet() -> None:
    text = (
        "ACME REVIEW | BUSINESS | NO. 18 MAY 1, 2026\n\n"
        "From the grasslands to the islands\n"
        "By Li Qiuyu\n\n"
        "Dairy makers from Inner Mongolia came to the expo in Haikou this spring."
    )
    result = resolved_text(text, "en")
    assert not {e.label for e in result.entities if e.type == "Person"} - {"Li Qiuyu"}
    labels = {e.key: e.label for e in result.entities}
    posts = {(labels[p.person], p.role, labels.get(p.organization or "")) for p in result.posts}
    assert posts == {("Li Qiuyu", "reporter", "ACME REVIEW")}


def test_a_theme_written_before_its_word() -> None:
    text = (
        "Hosted by the Ministry of Commerce, the 6th China International Consumer Products Expo "
        'took "Open Doors, Better Life" as its theme.'
    )
    assert [f.theme for f in resolved_text(text, "en").fairs] == ["Open Doors, Better Life"]


def test_initials_in_capitals_are_the_organisation_they_spell() -> None:
    text = (
        "ABBC WEEKLY BRIEFING\n"
        "Acme-Britain Business Council – members' roundup\n\n"
        "ABBC signed a memorandum of understanding with Ant Orbit on Monday."
    )
    result = resolved_text(text, "en")
    assert labelled_pairs(result) == {frozenset({"Acme-Britain Business Council", "Ant Orbit"})}


def test_an_adviser_holds_a_post_at_the_body_after_at() -> None:
    text = "Jane Holloway, Senior Adviser at the Acme-Britain Business Council, said trade grew."
    result = resolved_text(text, "en")
    labels = {e.key: e.label for e in result.entities}
    posts = {(labels[p.person], p.role, labels.get(p.organization or "")) for p in result.posts}
    assert posts == {("Jane Holloway", "Senior Adviser", "Acme-Britain Business Council")}
