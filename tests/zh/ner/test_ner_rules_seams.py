"""Seams between names the model ran together or cut apart (sentences and names written here)."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner.rules_seams import paper_names_as_bodies
from ner_helpers import crf


@pytest.mark.parametrize("paper", ["协议", "备忘录", "合同书", "意向书", "协定", "议定书"])
def test_a_body_read_before_a_document_word_is_the_papers_name(lex, paper):
    text = f"双方签署了甲乙商务合作框架{paper}。"
    assert paper_names_as_bodies([crf(text, 5, 13, "Organization")], text, lex) == []


@pytest.mark.parametrize("after", ["订单", "项目", "办公室"])
def test_a_body_before_other_words_is_kept(lex, after):
    """订单 and 项目 are signed too, but a body's name may stand before them (某合作框架项目)."""
    text = f"双方签署了甲乙商务合作框架{after}。"
    body = crf(text, 5, 13, "Organization")
    assert paper_names_as_bodies([body], text, lex) == [body]
