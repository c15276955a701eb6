"""A body written in its capital letters alone: after a title's "of" it is a body (and keeps a
chain of posts going), and where the report names a body whose initials those letters are, it
is that body. Sentences written for these tests."""

from __future__ import annotations

from en_helpers import org_labels, posts


def test_letters_after_a_former_title_keep_the_chain_to_the_present_post() -> None:
    text = (
        "Ma Lin, a former dean of QBTU and now director of the Hanford Trade Bureau, said exports"
        " grew."
    )
    assert ("Ma Lin", "director", "Hanford Trade Bureau", None) in posts(text)


def test_letters_are_the_body_whose_initials_they_are() -> None:
    text = (
        "Harlow Valley Investment Group signed a deal with Bramble Foods on Monday, and HVIG"
        " later signed another with Quill Motors."
    )
    labels = org_labels(text)
    assert "HVIG" not in labels
    assert "Harlow Valley Investment Group" in labels


def test_a_compass_word_gives_both_its_letters() -> None:
    text = (
        "Northeast Hanford University signed a deal with Bramble Foods on Monday, and NEHU"
        " later signed another with Quill Motors."
    )
    assert "NEHU" not in org_labels(text)


def test_letters_two_bodies_share_name_neither() -> None:
    text = (
        "Harlow Valley Group and Hanford Vine Group signed a deal with Bramble Foods on Monday,"
        " and HVG later signed another with Quill Motors."
    )
    assert "HVG" in org_labels(text)
