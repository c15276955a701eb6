"""Diplomatic missions in English reports (sentences written for this test): one
organisation each, keyed as a Chinese report writes it (沙特阿拉伯驻华大使馆), so that the
two reports meet; the staff's posts are held there."""

from __future__ import annotations

import pytest
from en_helpers import extract, posts

from fairgraph.en.naming import mission_key


def mentions(text: str, kind: str) -> set[str]:
    return {m.text for m in extract(text).mentions if m.type == kind}


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "The Embassy of Saudi Arabia in China held a reception.",
            "Embassy of Saudi Arabia in China",
            "沙特阿拉伯驻华大使馆",
        ),
        (
            "The Saudi Embassy in China held a reception.",
            "Saudi Embassy in China",
            "沙特阿拉伯驻华大使馆",
        ),
        (
            "Staff of the Chinese Embassy in Zambia attended.",
            "Chinese Embassy in Zambia",
            "中国驻赞比亚大使馆",
        ),
        (
            "The Kazakh Consulate-General in Urumqi co-hosted the forum.",
            "Kazakh Consulate-General in Urumqi",
            "哈萨克斯坦驻乌鲁木齐总领事馆",
        ),
        (
            "Officials of the Embassy of the People's Republic of China in Kazakhstan attended.",
            "Embassy of the People's Republic of China in Kazakhstan",
            "中国驻哈萨克斯坦大使馆",
        ),
        (
            "The Pakistani Embassy co-hosted the event.",
            "Pakistani Embassy",
            "巴基斯坦驻华大使馆",
        ),
        (
            "The Embassy of Pakistan in Beijing co-hosted the event.",
            "Embassy of Pakistan in Beijing",
            "巴基斯坦驻华大使馆",
        ),
    ],
)
def test_a_mission_is_one_organisation_keyed_as_in_chinese(text: str, name: str, key: str) -> None:
    assert name in mentions(text, "Organization")
    found = mission_key(name)
    assert found is not None and found[0] == f"Organization|{key}"


def test_the_staff_of_a_mission_hold_their_posts_there() -> None:
    text = "Li Hua, commercial counsellor of the French Consulate General in Shanghai, attended."
    assert {(p[0], p[1], p[2]) for p in posts(text)} == {
        ("Li Hua", "commercial counsellor", "French Consulate General in Shanghai")
    }


def test_no_mission_without_a_sending_country() -> None:
    text = "The Acme Embassy Suites hotel in Lanzhou hosted the dinner."
    assert not any("Embassy" in m for m in mentions(text, "Organization"))
    assert mission_key("Chinese Embassy") is None  # whose host, the name does not say
