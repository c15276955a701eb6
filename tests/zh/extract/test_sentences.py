"""Sentence splitting keeps exact offsets."""

from __future__ import annotations

from fairgraph.zh.extract.sentences import split_sentences


def test_offsets_and_trimming() -> None:
    text = "  开幕了。签约104个！\n共计916亿元"
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["开幕了。", "签约104个！", "共计916亿元"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_closing_quote_stays_with_sentence() -> None:
    spans = split_sentences("他说：“欢迎。”随后签约。")
    assert spans[0].text == "他说：“欢迎。”"
