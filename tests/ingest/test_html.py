"""HTML pages are reduced to the article: no navigation, scripts, footers, ads or comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairgraph.errors import InputError
from fairgraph.ingest import document_from_bytes, read_document
from fairgraph.ingest.html import extract_article, looks_like_html, strip_site_name
from fairgraph.model import PartialDate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "article.html"


@pytest.fixture(scope="module")
def page_doc():
    return read_document(FIXTURE)


def test_article_paragraphs_kept_in_order(page_doc) -> None:
    lines = page_doc.text.split("\n")
    assert lines[0].startswith("示例新闻网西宁7月10日电")
    assert any(line.startswith("本届青洽会以绿色发展为主题") for line in lines)
    assert page_doc.text.index("本届青洽会") < page_doc.text.index("开幕当天")
    # <br> inside a paragraph ends a line
    assert "签约项目一百余个。\n总投资额约一千亿元。" in page_doc.text


@pytest.mark.parametrize(
    "noise",
    [
        "欢迎访问示例新闻网",
        "text-indent",
        "国内新闻",
        "示例新闻网首页",
        "首页 >",
        "广告位",
        "脚本里的中文",
        "分享到",
        "往届青洽会回顾",
        "网友评论",
        "热门推荐",
        "版权所有",
    ],
)
def test_noise_removed(page_doc, noise: str) -> None:
    assert noise not in page_doc.text


def test_no_indentation_or_blank_lines(page_doc) -> None:
    assert all(line and not line[0].isspace() for line in page_doc.text.split("\n"))


def test_title_and_date_from_page(page_doc) -> None:
    assert page_doc.title == "第26届青洽会在西宁开幕 签约项目逾百个"
    assert page_doc.date == PartialDate(2025, 7, 10)


def test_html_content_in_txt_file_is_recognised() -> None:
    data = FIXTURE.read_bytes()
    doc = document_from_bytes(data, source="saved.txt", suffix=".txt")
    assert "<p>" not in doc.text and "网友评论" not in doc.text
    assert doc.text.startswith("示例新闻网西宁7月10日电")


def test_gbk_html_page() -> None:
    html = FIXTURE.read_text(encoding="utf-8").replace("·", "")
    doc = document_from_bytes(html.encode("gbk"), source="p.htm", suffix=".HTM")
    assert doc.encoding == "gb18030"
    assert "第26届中国青海绿色发展投资贸易洽谈会" in doc.text


PAGE_WITHOUT_HINTS = """<html><head><title>东博会闭幕 | 南方示例报</title></head><body>
<div id="top"><a href="/">首页</a> <a href="/news">要闻</a></div>
<div class="wrap"><div class="left">
<h2>今日要闻</h2>
<div class="box"><p>本报南宁9月20日讯（记者 示例）第21届中国—东盟博览会20日在南宁闭幕，
展会期间共签约项目三百余个。</p>
<p>据介绍，本届东博会主题国为马来西亚，东盟十国均设立了国家馆。</p>
<p>多个国家的部长级官员出席了闭幕式并参加了商务与投资峰会。</p></div>
</div><div class="right"><p>天气：晴</p></div></div>
</body></html>"""


def test_fallback_to_paragraph_density_and_dateline() -> None:
    art = extract_article(PAGE_WITHOUT_HINTS)
    assert art.title == "东博会闭幕"
    assert art.date is None  # the page has no date; the dateline is read by the language
    doc = document_from_bytes(PAGE_WITHOUT_HINTS.encode(), source="p.html", suffix=".html")
    assert doc.date == PartialDate(None, 9, 20)
    assert "东盟十国均设立了国家馆" in art.text
    assert "天气" not in art.text and "首页" not in art.text
    # whitespace inside a paragraph (a source line break) becomes one space at most
    assert "\n展会期间" not in art.text


def test_page_without_paragraphs_uses_content_block() -> None:
    html = (
        "<html><body><div class='menu'>导航栏目一 导航栏目二</div>"
        "<div class='detail'>第一段：进博会在上海开幕，来自一百多个国家的企业参展。<br>"
        "第二段：首日意向成交金额再创新高。</div></body></html>"
    )
    art = extract_article(html)
    assert art.text.split("\n") == [
        "第一段：进博会在上海开幕，来自一百多个国家的企业参展。",
        "第二段：首日意向成交金额再创新高。",
    ]


def test_form_wrapping_whole_page_is_kept() -> None:
    html = (
        "<html><body><form id='form1'><div class='nav'>首页</div>"
        "<p>兰洽会在兰州开幕，签约项目一百多个，总投资额超过千亿元。</p>"
        "<p>甘肃省与多家企业签署合作协议。</p><p>展会期间还举办了多场专题论坛和推介会。</p>"
        "</form></body></html>"
    )
    art = extract_article(html)
    assert "兰洽会在兰州开幕" in art.text and "甘肃省与多家企业" in art.text
    assert "首页" not in art.text


def test_empty_html_page_is_an_error() -> None:
    html = b"<html><body><nav>\xe9\xa6\x96\xe9\xa1\xb5</nav><script>x=1</script></body></html>"
    with pytest.raises(InputError, match="empty file"):
        document_from_bytes(html, source="e.html", suffix=".html")


def test_looks_like_html() -> None:
    assert looks_like_html("\n  <!doctype HTML>\n<html><body></body></html>")
    assert looks_like_html("<!-- saved page --><html lang='zh'>")
    assert not looks_like_html("新闻中提到了<html>标签和 </body> 结束标签。")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("进博会开幕_国内新闻_示例网", "进博会开幕"),
        ("进博会开幕 - 示例网", "进博会开幕"),
        ("进博会开幕|示例网", "进博会开幕"),
        ("新闻 | 进博会在上海开幕", "进博会在上海开幕"),
        ("中国-东盟博览会开幕", "中国-东盟博览会开幕"),
    ],
)
def test_strip_site_name(raw: str, expected: str) -> None:
    assert strip_site_name(raw) == expected
