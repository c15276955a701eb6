"""Deeply nested HTML: flattened past the depth browsers keep, read in one pass; ordinary
pages come back unchanged."""

from __future__ import annotations

from pathlib import Path

from fairgraph.ingest.html import MAX_DEPTH, extract_article, flatten_deep_nesting

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "article.html"
PARA = "<p>第一届示例高原博览会在西宁开幕，来自多个国家和地区的代表团出席开幕式。</p>"


def test_ordinary_pages_are_left_as_they_are() -> None:
    page = FIXTURE.read_text(encoding="utf-8")
    assert flatten_deep_nesting(page) is page
    sloppy = (
        "<html><body>" + "<p>段落" * 2000 + "<li>条目" * 2000 + "<br>" * 2000 + "</body></html>"
    )
    assert flatten_deep_nesting(sloppy) is sloppy  # unclosed p/li and void tags do not nest


def test_tags_past_the_limit_are_dropped_and_their_text_kept() -> None:
    depth = MAX_DEPTH + 300
    page = "<html><body>" + '<div class="c">' * depth + PARA + "</div>" * depth + "</body></html>"
    flat = flatten_deep_nesting(page)
    assert flat.count("<div") == MAX_DEPTH == flat.count("</div>")
    assert PARA in flat


def test_markup_inside_scripts_and_comments_does_not_count() -> None:
    deep = "<div>" * (MAX_DEPTH + 10)
    page = f"<html><body><script>var s = '{deep}';</script><!-- {deep} -->{PARA}</body></html>"
    assert flatten_deep_nesting(page) is page


def test_a_page_nested_100000_deep_is_read() -> None:
    kinds = ('<div class="content">', '<div class="nav-wrap">', '<div class="pubtime">')
    depth = 100_000
    page = (
        "<!DOCTYPE html><html><head><title>示例博览会开幕</title></head><body>"
        + "".join(kinds[i % 3] for i in range(depth))
        + PARA * 3  # enough text that the navigation-like boxes around it are kept
        + "</div>" * depth
        + "</body></html>"
    )
    article = extract_article(page)
    assert article.text == "\n".join([PARA[3:-4]] * 3)
    assert article.title == "示例博览会开幕"
