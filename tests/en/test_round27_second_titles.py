"""Issue 14, session 20: a person's second title in one apposition ("and also", "and is now",
"who was … and is now", "a former … and now"), a group's executive title, and the government
of a region abroad written in lower case before "and". Every sentence written for this test."""

from __future__ import annotations

from en_helpers import extract, posts


def test_a_second_title_after_and_also_is_a_post_of_its_own() -> None:
    text = (
        "Ali Rahimov, president of Tarvan Trade Agency and also chairman of the board of the "
        "Tarvan-China Business Council, witnessed the signing.\n"
    )
    assert posts(text) == {
        ("Ali Rahimov", "president", "Tarvan Trade Agency", None),
        ("Ali Rahimov", "chairman of the board", "Tarvan-China Business Council", None),
    }


def test_a_group_executive_director_is_a_title_not_a_name() -> None:
    text = (
        "Musa Danjuma, Group Executive Director of Kwara Industries and chairman of the board "
        "of Kwara Cement, said the plant would open next year.\n"
    )
    assert posts(text) == {
        ("Musa Danjuma", "Group Executive Director", "Kwara Industries", None),
        ("Musa Danjuma", "chairman of the board", "Kwara Cement", None),
    }


def test_who_was_then_is_now_keeps_only_the_present_post() -> None:
    text = (
        "Ma Lin, who was director of the Department of Commerce of Yunnan Province until March "
        "and is now secretary-general of the Yunnan Trade Council, said so.\n"
    )
    assert posts(text) == {("Ma Lin", "secretary-general", "Yunnan Trade Council", None)}


def test_who_previously_ran_and_is_now_a_vice_president() -> None:
    text = (
        "Sun Hao, who previously ran the group's Asian business and is now a vice president of "
        "Hunan Dairy Group, agrees.\n"
    )
    assert posts(text) == {("Sun Hao", "vice president", "Hunan Dairy Group", None)}


def test_the_government_of_a_krai_abroad_is_a_party_before_and() -> None:
    text = (
        "Hebei Steel Group and Tianjin Port Group concluded agreements with the government of "
        "Primorsky Krai and Lorvia Shipping respectively.\n"
    )
    pairs = {frozenset(m.text for m in a.parties) for a in extract(text).agreements}
    assert frozenset({"Hebei Steel Group", "government of Primorsky Krai"}) in pairs
    assert frozenset({"Tianjin Port Group", "Lorvia Shipping"}) in pairs


def test_capitals_spelling_a_body_named_in_full_are_that_body() -> None:
    text = (
        "ARDEN TRADE NEWS\nArden Valley Business Council\n\n"
        "The pavilion was opened by AVBC President Jo Harlow on Monday.\n"
    )
    assert ("Jo Harlow", "President", "AVBC", None) in posts(text)


def test_a_one_word_masthead_in_capitals_over_a_date_is_the_reporters_paper() -> None:
    text = (
        "DAILYPOST\nTuesday, June 17, 2025\n\nLagos Firms Seal Deals in Changsha\n\n"
        "By Ngozi Adaeze-Okafor in Changsha, China\n\n"
        "Nigerian and Chinese companies signed agreements at the expo on Sunday.\n"
    )
    assert ("Ngozi Adaeze-Okafor", "reporter", "DAILYPOST", None) in posts(text)


def test_a_city_in_capitals_over_a_date_is_no_masthead() -> None:
    text = (
        "HARBIN\nTuesday, June 17, 2025\n\nFirms Seal Deals\n\nBy Ngozi Adaeze-Okafor\n\n"
        "Companies signed agreements at the fair on Sunday.\n"
    )
    assert not any(org == "HARBIN" for _, _, org, _ in posts(text))


def test_a_trade_and_investment_commissioner_is_a_title_with_its_body() -> None:
    text = (
        "Thanks go to Peter Lang, Senior Trade and Investment Commissioner at the Canadian "
        "Trade and Investment Commission in Chengdu, for his support.\n"
    )
    assert (
        "Peter Lang",
        "Senior Trade and Investment Commissioner",
        "Canadian Trade and Investment Commission",
        None,
    ) in posts(text)


def test_the_secretariat_a_title_names_is_the_secretariat_named_before() -> None:
    text = (
        "The China-Lorvia Expo Secretariat said so.\n\nMa Lin, who was director of the "
        "Department of Commerce of Yunnan Province until March and is now secretary-general "
        "of the secretariat, said so.\n"
    )
    assert posts(text) == {("Ma Lin", "secretary-general", "China-Lorvia Expo Secretariat", None)}


def test_the_government_of_the_state_of_a_region_abroad_is_the_regions_government() -> None:
    from en_helpers import org_labels

    text = (
        "Then there was a memorandum between the Government of the State of Goias and the "
        "Anhui provincial government on vocational training. Clara Souza, State Secretary "
        "for Economic Development of Goias, signed for the state.\n"
    )
    assert len([label for label in org_labels(text) if "Goias" in label]) == 1  # one node


def test_a_headline_title_before_words_of_a_document_names_no_person() -> None:
    text = "Premier Renews Trade Agreement with Jilin\n\nThe premier spoke in Changchun.\n"
    assert not any("Agreement" in person for person, _, _, _ in posts(text))


def test_title_of_place_then_an_honorific_and_the_name_between_commas() -> None:
    text = "In Urumqi, the Mayor of Kashgar, Mr. Adil Rahman, opened the trade hall on Monday.\n"
    assert {(person, role) for person, role, _, _ in posts(text)} == {("Adil Rahman", "Mayor")}
