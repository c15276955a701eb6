"""A fair series named with its place in brackets, 中国（某地）…, is also read when the report
writes it with a middle dot, 中国·某地…. Sentences written for this test."""

from __future__ import annotations

from extract_helpers import resolved_text


def test_a_series_with_a_middle_dot_is_the_bracketed_series() -> None:
    text = "5月20日至23日，第三十二届中国·天津投资贸易洽谈会在天津举行，本届共签约项目100个。"
    fairs = resolved_text(text, "zh").fairs
    assert len(fairs) == 1
    assert fairs[0].edition == 32
    assert fairs[0].signed_project_count == 100
