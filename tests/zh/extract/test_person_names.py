"""Reading a name at a position (fairgraph.zh.extract.person_names)."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.zh.extract.person_names import name_after, name_before, names_after_reporter


@pytest.mark.parametrize(
    "text, expected",
    [("钱立群称，合作前景广阔", "钱立群"), ("钱某称，", "钱某"), ("欧阳小明表示", "欧阳小明"),
     ("阿明·卡拉瓦尼致辞", "阿明·卡拉瓦尼")],
)  # fmt: skip
def test_name_after_ends_at_a_cue(text: str, expected: str) -> None:
    span = name_after(text, 0)
    assert span is not None and text[span[0] : span[1]] == expected


@pytest.mark.parametrize("text", ["和企业代表参加活动", "和嘉宾一起参观", "出席会议"])
def test_common_nouns_after_a_surname_like_character_are_no_name(text: str) -> None:
    assert name_after(text, 0) is None


def test_name_before_a_title_needs_a_left_boundary() -> None:
    assert name_before("，钱强董事长", 3) == (1, 3)
    assert name_before("全省人民", 2) is None


def test_reporter_list() -> None:
    text = "记者魏小琪、刘祎 摄"
    assert [text[s:e] for s, e in names_after_reporter(text, 2)] == ["魏小琪", "刘祎"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在副省长李某陪同下，代表团参观了兰州新区。", "李某"),
        ("副省长李小明陪同考察。", "李小明"),
    ],
)
def test_a_name_before_peitong_ends_before_it(text: str, name: str) -> None:
    from fairgraph.zh.pipeline import extract_document

    ex = extract_document(Document.from_text(text, source="t.txt"))
    assert [m.text for m in ex.mentions if m.type == "Person"] == [name]
