"""Issue 12, round 24: a signing's subject carried over 次日/翌日 (the next day), a portal's
source line followed by its font-size widget (字号), and a national industry association read
whole. Every sentence written for this test; names invented."""

from __future__ import annotations

import pytest

from extract_helpers import labelled_pairs, labelled_posts, resolved_text


@pytest.mark.parametrize("day", ["次日", "翌日"])
def test_the_next_day_is_no_party_and_the_subject_signs_again(day: str) -> None:
    text = f"东川农林大学与乙集团签署协议，{day}又分别与丙股份有限公司、丁研究院签署合作协议。"
    result = resolved_text(text, "zh")
    assert day not in {e.label for e in result.entities}
    assert labelled_pairs(result) == {
        frozenset({"东川农林大学", "乙集团"}),
        frozenset({"东川农林大学", "丙股份有限公司"}),
        frozenset({"东川农林大学", "丁研究院"}),
    }


def test_a_source_line_ends_before_the_font_size_widget() -> None:
    text = (
        "某县招商引资签约活动举行\n发布日期：2012-05-21　来源：某州日报　　字号：[大 中 小]\n"
        "某县人民政府与甲集团签署投资协议。\n编辑：刘某某\n"
    )
    result = resolved_text(text, "zh")
    labels = {e.label for e in result.entities if e.type == "Organization"}
    assert "某州日报" in labels
    assert not any(label.endswith("字号") for label in labels)
    assert ("刘某某", "编辑", "某州日报", None) in labelled_posts(result)


def test_the_china_federation_of_logistics_and_purchasing_is_one_body() -> None:
    text = (
        "本届博览会由商务部、中国物流与采购联合会共同主办。"
        "中国物流与采购联合会与甲物流集团签署合作协议。"
    )
    result = resolved_text(text, "zh")
    labels = {e.label for e in result.entities if e.type == "Organization"}
    assert "中国物流与采购联合会" in labels
    assert "采购联合会" not in labels
    assert labelled_pairs(result) == {frozenset({"中国物流与采购联合会", "甲物流集团"})}
