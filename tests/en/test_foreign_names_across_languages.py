"""Foreign names that Chinese transliterates by their own language's sounds (a j read y, an
ending c read ch, ki read ji, an m closing a syllable read n, an r left out or written 尔), and a
foreign ministry Chinese news names by its portfolio's words (交通部, not China's 交通运输部):
the names meet at the same body or country. Names and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from en_helpers import built_pair, nodes_with


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("德拉甘·约万契奇", "Dragan Jovancic"),  # j read y, c read ch
        ("拉斯洛·霍瓦奇", "Laszlo Horvacs"),  # cs read ch
        ("路易斯·金托", "Luis Quinto"),  # qu before i read ji
        ("颂帕·通猜", "Sompa Thongchai"),  # m closing a syllable read n
        ("安德烈亚斯·维伯", "Andreas Weber"),  # an ending r left out
        ("保罗·贝尔纳多", "Paulo Bernado"),  # an r before a consonant written 尔
    ],
)
def test_the_sound_keys_of_names_read_in_their_own_language_meet(
    chinese: str, english: str
) -> None:
    from fairgraph.en import naming as en
    from fairgraph.zh import naming as zh

    assert set(zh.person_name_keys(chinese)) & set(en.person_name_keys(english))


def test_a_foreign_name_meets_through_the_country_both_reports_give(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "塞尔维亚副总理德拉甘·约万契奇出席开幕式。",
        "Serbian Deputy Prime Minister Dragan Jovancic attended the opening ceremony.",
    )
    assert nodes_with(g, "德拉甘·约万契奇", "zh") == nodes_with(g, "Dragan Jovancic", "en")


def test_a_foreign_ministry_by_its_portfolio_words_meets_its_minister(tmp_path: Path) -> None:
    g = built_pair(
        tmp_path,
        "哈萨克斯坦交通部部长努尔兰·别科夫出席闭幕式。",
        "Kazakh Transport Minister Nurlan Bekov attended the closing ceremony.",
    )
    assert nodes_with(g, "努尔兰·别科夫", "zh") == nodes_with(g, "Nurlan Bekov", "en")
