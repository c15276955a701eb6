"""Names of other traditions after a foreign title: read whole, not cut to a Han name's length."""

import pytest

from fairgraph.zh.ner import recognize


def persons(text: str) -> list[str]:
    return [m.text for m in recognize(text) if m.type == "Person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Japanese name in a list of consuls general (the model keeps three characters)
        ("日本驻大连总领事佐藤健一、韩国驻大连总领事李成民出席。", "佐藤健一"),
        # a Mongolian name after a title, before a comma
        ("蒙古国驻二连浩特总领事巴特其其格，乌兰巴托市商会代表出席仪式。", "巴特其其格"),
    ],
)
def test_name_after_foreign_title_is_whole(text: str, name: str) -> None:
    assert name in persons(text)


def test_japanese_name_before_yixing_is_not_lengthened() -> None:
    # 一行 (a party) follows the name: the character is no part of it
    assert "佐藤健一" not in persons("日本驻沈阳总领事佐藤健一行抵达沈阳。")


def test_a_dotted_name_goes_on_over_its_hyphen() -> None:
    text = "约旦投资部部长萨米尔·阿卜杜勒-哈迪、省委书记王某某见证签约。"
    assert "萨米尔·阿卜杜勒-哈迪" in persons(text)


def test_a_name_cut_in_two_before_its_own_spelling_is_one_person() -> None:
    text = "比利时驻华大使馆经济参赞范德维尔登（Van der Velden）在会上致辞。"
    names = persons(text)
    assert "范德维尔登" in names and "范德" not in names


def test_a_name_spelled_in_brackets_is_no_organisation() -> None:
    text = "奥地利驻华大使馆商务参赞弗朗茨·胡贝尔（Franz Huber）出席签约仪式。"
    found = recognize(text)
    assert not any(m.type == "Organization" and "Huber" in m.text for m in found)
    assert "弗朗茨·胡贝尔" in persons(text)
