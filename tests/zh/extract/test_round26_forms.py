"""Issue 12, session 19: a place phrase over a place whose name holds a connector's character
(A在呼和浩特与B签署, A在大同同B签约), and a signing after a bare 签约 closing the clause before
it (A与B签约；C与D签署…). Every sentence written for this test; names invented."""

from __future__ import annotations

import pytest

from extract_helpers import labelled_pairs, resolved_text


@pytest.mark.parametrize("place", ["呼和浩特", "呼和浩特市", "大同", "和田地区", "西安"])
def test_a_place_phrase_with_a_connector_character_keeps_the_signing(place: str) -> None:
    text = f"甲乙食品股份有限公司当天在{place}与丙丁物流集团有限公司签署供应链合作协议。"
    assert labelled_pairs(resolved_text(text, "zh")) == {
        frozenset({"甲乙食品股份有限公司", "丙丁物流集团有限公司"})
    }


def test_a_signing_after_a_bare_signing_in_the_sentence_before_the_semicolon() -> None:
    text = (
        "签约仪式上，甲乙能源集团有限公司与丙丁矿业股份有限公司签约；"
        "西宁市人民政府与戊己投资集团有限公司签署战略合作框架协议。"
    )
    assert labelled_pairs(resolved_text(text, "zh")) == {
        frozenset({"甲乙能源集团有限公司", "丙丁矿业股份有限公司"}),
        frozenset({"西宁市人民政府", "戊己投资集团有限公司"}),
    }
