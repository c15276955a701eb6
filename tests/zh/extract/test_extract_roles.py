"""Titles made ready for posts: src/fairgraph/zh/extract/roles.py."""

from __future__ import annotations

from fairgraph.model import Mention
from fairgraph.zh.extract.roles import refine_roles


def test_a_department_between_a_place_and_a_title_is_the_place_s_department() -> None:
    text = "甘肃省商务厅厅长王某介绍"
    found = refine_roles(
        text,
        [
            Mention(0, 3, "甘肃省", "Place"),
            Mention(3, 8, "商务厅厅长", "Role"),
            Mention(8, 10, "王某", "Person"),
        ],
    )
    assert [(m.text, m.type) for m in found] == [
        ("甘肃省商务厅", "Organization"),
        ("厅长", "Role"),
        ("王某", "Person"),
    ]


def test_a_department_title_without_a_place_stays_one_title() -> None:
    found = refine_roles("商务厅厅长王某", [Mention(0, 5, "商务厅厅长", "Role")])
    assert [m.text for m in found] == ["商务厅厅长"]


def test_a_title_character_taken_by_the_department_goes_back() -> None:
    text = "甘肃省商务厅厅长王某介绍"
    found = refine_roles(
        text,
        [
            Mention(0, 7, "甘肃省商务厅厅", "Organization", "Government"),
            Mention(7, 8, "长", "Role"),
            Mention(8, 10, "王某", "Person"),
        ],
    )
    assert [(m.text, m.type, m.start) for m in found] == [
        ("甘肃省商务厅", "Organization", 0),
        ("厅长", "Role", 6),
        ("王某", "Person", 8),
    ]


def test_a_ministry_with_an_uncovered_zhang_before_a_name_is_a_minister_title() -> None:
    text = "某国副总理兼财政部长王某出席"
    found = refine_roles(
        text,
        [
            Mention(0, 2, "某国", "Country"),
            Mention(2, 5, "副总理", "Role"),
            Mention(6, 9, "财政部", "Organization", "Government"),
            Mention(10, 12, "王某", "Person"),
        ],
    )
    assert ("财政部长", "Role") in [(m.text, m.type) for m in found]
    assert "财政部" not in [m.text for m in found]
