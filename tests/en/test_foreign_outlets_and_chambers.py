"""Foreign chambers and newspapers (round 9 of issue 14), on reports written for these tests:
a chamber with its bracketed short form before its president's name; the short form alone
later; a byline that is a name alone under the headline, of the paper a "Published in" line
names; a newspaper's name with its article."""

from __future__ import annotations

from en_helpers import extract, posts
from test_more_general_forms import resolved_posts

from fairgraph.en.naming import standard_variants

CHAMBER = "Ruritania Chamber of Commerce and Industry"


def test_a_chambers_bracketed_short_form_is_not_part_of_its_name() -> None:
    text = (
        f"President of the {CHAMBER} (RCCI) Ana Lopes and more than 50 firms attended the"
        " promotion conference."
    )
    assert ("Ana Lopes", "President", CHAMBER, None) in posts(text), posts(text)


def test_a_short_form_written_again_alone_is_the_body() -> None:
    text = (
        f"XINING, July 8 (Xinhua) -- Firms signed deals, according to the {CHAMBER} (RCCI). A"
        " delegation led by RCCI President Ana Lopes took part."
    )
    assert ("Ana Lopes", "President", CHAMBER) in resolved_posts(text), resolved_posts(text)


REPORT = (
    "Ruritanian firms sign deals at Kunming expo\n\n"
    "Karin Holm\n\n"
    "Kathmandu, August 10\n\n"
    "Ruritanian companies have signed six deals at the 8th China-South Asia Expo in Kunming.\n\n"
    "Published in The Himalayan Herald\n"
)


def test_a_name_alone_under_the_headline_is_the_reporter_of_the_published_in_paper() -> None:
    assert ("Karin Holm", "reporter", "Himalayan Herald") in resolved_posts(REPORT)


def test_a_line_under_the_headline_that_is_a_place_is_no_reporter() -> None:
    text = REPORT.replace("Karin Holm", "New Delhi")
    assert not any(p.role.text == "reporter" for p in extract(text).posts)


def test_a_newspapers_name_keeps_its_article_as_a_variant() -> None:
    assert "The Himalayan Herald" in standard_variants("Himalayan Herald")
    assert standard_variants("Ministry of Commerce") == ()


def test_a_bracketed_editor_credit_is_the_outlets_editor() -> None:
    text = (
        "(Coastal Evening Post) 09:10, May 3, 2024\n\nThe fair opened in Haikou on Friday.\n\n"
        "(Editor: Zhou Ting)\n"
    )
    assert any(
        p.person.text == "Zhou Ting" and p.role.text == "Editor" for p in extract(text).posts
    )


def test_a_portfolio_word_opening_a_signing_sentence_is_no_party() -> None:
    text = "Trade contracts signed with Ruritanian companies reached 1.5 billion U.S. dollars."
    assert not any(m.text == "Trade" for m in extract(text).mentions)
