"""Reduce a news web page to its article text, title and date (selectolax/lexbor).

>>> page = ("<html><head><title>青洽会开幕_青海频道_人民网</title></head><body>"
...         "<nav>首页 | 新闻</nav><div class='content'><p>第一段正文。</p><p>第二段正文。</p>"
...         "</div><footer>版权所有</footer></body></html>")
>>> art = extract_article(page)
>>> art.text, art.title
('第一段正文。\\n第二段正文。', '青洽会开幕')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from fairgraph.ingest.meta import parse_full_date
from fairgraph.model import PartialDate

#: always removed, whatever they contain
HARD_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "button",
        "textarea",
    }
)
#: removed unless they hold most of the page's Chinese text (some sites wrap all in <form>)
SOFT_DROP = frozenset({"nav", "header", "footer", "aside", "form"})
NOISE_WORDS = (
    "nav",
    "menu",
    "footer",
    "breadcrumb",
    "share",
    "comment",
    "recommend",
    "related",
    "sidebar",
)
_AD_TOKEN = re.compile(r"(?:^|[\s_-])(?:ad|ads|adv|advert\w*)(?:[\s_-]|$)")
CONTENT_SELECTOR = ", ".join(
    ["article", "main"]
    + [
        f"[{attr}*={word}]"
        for attr in ("class", "id")
        for word in ("content", "article", "text", "detail")
    ]
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "dl",
        "center",
        "br",
        "hr",
    }
)
DATE_META_NAMES = frozenset(
    {
        "publishdate",
        "pubdate",
        "article:published_time",
        "publish_time",
        "publishtime",
        "og:article:published_time",
        "datepublished",
        "dc.date.issued",
        "dcterms.issued",
    }
)
_DATE_HINT = re.compile(r"time|date|info|source|pub", re.I)
_SITE_SEPARATORS = re.compile(r"\s+[-|–—]\s+|_|\||｜")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_SPACES = re.compile(r"[ \t\r\n\f]+")
MIN_ARTICLE_CJK = 40  # fewer ideographs than this is no article worth protecting
COVERAGE = 0.6  # share of <p> text a content container must hold


@dataclass(frozen=True)
class Article:
    """What a web page says: article text (paragraphs joined by ``\\n``), title, date."""

    text: str
    title: str | None = None
    date: PartialDate | None = None


def looks_like_html(text: str) -> bool:
    """True when ``text`` clearly is an HTML document, not prose mentioning a tag.

    >>> looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> looks_like_html("正文里提到 <p> 标签。")
    False
    """
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    lower = text.lower()
    return "<body" in lower and "</body>" in lower and "<html" in lower


def cjk_count(text: str) -> int:
    """Number of CJK ideographs in ``text``."""
    return len(_CJK.findall(text))


def strip_site_name(title: str) -> str:
    """Drop a site-name suffix such as ``_人民网`` or `` - 新华网``.

    >>> strip_site_name("第25届青洽会闭幕 - 青海频道 - 新华网")
    '第25届青洽会闭幕'
    """
    parts = [p.strip() for p in _SITE_SEPARATORS.split(title) if p.strip()]
    if not parts:
        return title.strip()
    return parts[0] if len(parts[0]) >= 4 else max(parts, key=len)


def extract_article(html: str) -> Article:
    """Find the article in ``html``: its text, its title and its publication date (from the
    page's metadata; a dateline in the text is read by the report's language)."""
    tree = LexborHTMLParser(html)
    title = _title(tree)
    date = _meta_date(tree)
    body = tree.body
    if body is None:
        return Article("", title, date)
    date = date or _date_from_hints(body)
    _clean(body)
    container = _main_container(body)
    text = block_text(container)
    return Article(text, title, date)


def _attr(node: LexborNode, name: str) -> str:
    return (node.attributes.get(name) or "").strip()


def _title(tree: LexborHTMLParser) -> str | None:
    og = tree.css_first('meta[property="og:title"]')
    og_text = _attr(og, "content") if og is not None else ""
    head = tree.css_first("title")
    head_text = _SPACES.sub(" ", head.text()).strip() if head is not None else ""
    page_title = strip_site_name(og_text or head_text) if (og_text or head_text) else ""
    h1 = next((t for t in (_SPACES.sub(" ", n.text()).strip() for n in tree.css("h1")) if t), "")
    if (
        h1
        and len(h1) <= 100
        and (
            not page_title
            or page_title in h1
            or (h1 in page_title and 2 * len(h1) >= len(page_title))
        )
    ):
        return h1
    return page_title or (h1 if h1 and len(h1) <= 100 else None)


def _meta_date(tree: LexborHTMLParser) -> PartialDate | None:
    for meta in tree.css("meta"):
        key = (_attr(meta, "name") or _attr(meta, "property") or _attr(meta, "itemprop")).lower()
        if key in DATE_META_NAMES:
            found = parse_full_date(_attr(meta, "content"))
            if found is not None:
                return found
    return None


def _date_from_hints(body: LexborNode) -> PartialDate | None:
    for node in body.traverse():
        if node.tag in HARD_DROP or not node.is_element_node:
            continue
        if _DATE_HINT.search(_attr(node, "class") + " " + _attr(node, "id")):
            found = parse_full_date(node.text()[:200])
            if found is not None:
                return found
    return None


def _is_noise(node: LexborNode) -> bool:
    if node.tag in SOFT_DROP:
        return True
    marks = (_attr(node, "class") + " " + _attr(node, "id")).lower()
    return any(word in marks for word in NOISE_WORDS) or bool(_AD_TOKEN.search(marks))


def _clean(body: LexborNode) -> None:
    """Remove scripts, navigation, footers, ads and comment blocks (outermost first)."""
    total = cjk_count(body.text())
    doomed: list[LexborNode] = []
    stack = list(_children(body))
    while stack:
        node = stack.pop()
        if node.tag in HARD_DROP or node.is_comment_node:
            doomed.append(node)
            continue
        if node.is_element_node and _is_noise(node) and not _holds_article(node, total):
            doomed.append(node)
            continue
        stack.extend(_children(node))
    for node in doomed:
        node.decompose()


def _holds_article(node: LexborNode, total: int) -> bool:
    """True when a noisy-looking element holds most of a page's substantial text."""
    inside = cjk_count(node.text())
    return inside * 2 > total and inside >= MIN_ARTICLE_CJK


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _main_container(body: LexborNode) -> LexborNode:
    paragraphs = [(p, cjk_count(p.text())) for p in body.css("p")]
    total = sum(score for _, score in paragraphs)
    candidates = body.css(CONTENT_SELECTOR)
    if total == 0:
        scored = [(cjk_count(c.text()), c) for c in candidates]
        best = max(scored, key=lambda pair: pair[0], default=(0, body))
        return best[1] if best[0] >= 20 else body
    covering = []
    for cand in candidates:
        inside = sum(cjk_count(p.text()) for p in cand.css("p"))
        if inside >= COVERAGE * total:
            covering.append((len(cand.text()), cand))
    if covering:
        return min(covering, key=lambda pair: pair[0])[1]
    parents: dict[int, tuple[LexborNode, int]] = {}
    for p, score in paragraphs:
        parent = p.parent
        if parent is None:
            continue
        node, sofar = parents.get(parent.mem_id, (parent, 0))
        parents[parent.mem_id] = (node, sofar + score)
    node = max(parents.values(), key=lambda pair: pair[1])[0]
    while (
        node.parent is not None
        and node.tag != "body"
        and (sum(cjk_count(p.text()) for p in node.css("p")) < COVERAGE * total)
    ):
        node = node.parent
    return node


def block_text(node: LexborNode) -> str:
    """Visible text of ``node``: one line per block element, blank lines dropped."""
    pieces: list[str] = []
    stack: list[LexborNode | None] = [node]
    while stack:
        current = stack.pop()
        if current is None:  # end of a block element
            pieces.append("\n")
            continue
        if current.is_text_node:
            pieces.append(_SPACES.sub(" ", current.text_content or ""))
            continue
        if not current.is_element_node:
            continue
        block = current.tag in BLOCK_TAGS
        if block:
            pieces.append("\n")
            stack.append(None)
        stack.extend(reversed(_children(current)))
    lines = ("".join(pieces)).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())
