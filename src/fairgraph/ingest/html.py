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
    page's metadata; a dateline in the text is read by the report's language).

    Linear in the page's size, however deep its nesting: elements nested deeper than
    :data:`MAX_DEPTH` are flattened first (as browsers do), and the text measures of every
    element come from one pass over the tree (:class:`_Tally`), not one per element.
    """
    tree = LexborHTMLParser(flatten_deep_nesting(html))
    title = _title(tree)
    date = _meta_date(tree)
    body = tree.body
    if body is None:
        return Article("", title, date)
    tally = _Tally(body, heads=date is None)
    date = date or _date_from_hints(body, tally)
    _clean(body, tally)
    container = _main_container(body, _Tally(body))
    text = block_text(container)
    return Article(text, title, date)


# elements whose end tag is required (so that counting them measures nesting); void
# elements and those with optional end tags (p, li, td …) are not counted
_VOID_OR_OPTIONAL_END = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "thead"}
    | {"tbody", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp", "colgroup", "caption"}
    | {"html", "head", "body"}
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript"})
_TAG = re.compile(r"<!--.*?(?:-->|$)|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>", re.DOTALL)
MAX_DEPTH = 512  # as Chromium's HTML parser: deeper elements become siblings


def flatten_deep_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` without the tags of elements nested deeper than ``max_depth`` (their text
    stays). The HTML parser's cost grows with the square of the nesting depth; real pages
    stay far below the limit and come back unchanged.

    >>> flatten_deep_nesting("<div>" * 4 + "深处" + "</div>" * 4, max_depth=2)
    '<div><div>深处</div></div>'
    """
    if html.count("<") <= max_depth:
        return html
    lower: str | None = None
    pieces: list[str] = []
    open_names: list[str] = []
    open_counts: dict[str, int] = {}
    dropped: dict[str, int] = {}
    kept_from = 0
    changed = False
    pos = 0
    while True:
        m = _TAG.search(html, pos)
        if m is None:
            break
        pos = m.end()
        closing, name, self_closing = m.group(1), (m.group(2) or "").lower(), m.group(3)
        if not name or self_closing or name in _VOID_OR_OPTIONAL_END:
            continue
        if not closing and name in _RAW_TEXT:  # skip to its end tag: no markup inside
            lower = lower if lower is not None else html.lower()
            end = lower.find(f"</{name}", pos)
            pos = len(html) if end < 0 else end
            continue
        drop = False
        if not closing:
            if len(open_names) >= max_depth:
                dropped[name] = dropped.get(name, 0) + 1
                drop = True
            else:
                open_names.append(name)
                open_counts[name] = open_counts.get(name, 0) + 1
        elif dropped.get(name):
            dropped[name] -= 1
            drop = True
        elif open_counts.get(name):
            while open_names:  # close it and whatever was left open inside it
                top = open_names.pop()
                open_counts[top] -= 1
                if top == name:
                    break
        if drop:
            pieces.append(html[kept_from : m.start()])
            kept_from = m.end()
            changed = True
    if not changed:
        return html
    pieces.append(html[kept_from:])
    return "".join(pieces)


class _Tally:
    """Text measures of every node under ``root``, from one pass over the tree (keyed by
    ``mem_id``): CJK ideographs (``cjk``), ideographs inside ``<p>`` elements at or below it
    (``p_cjk``, as ``node.css("p")`` would sum them), text length (``length``) and, with
    ``heads``, the first 200 characters of its text (``head``)."""

    HEAD = 200

    def __init__(self, root: LexborNode, heads: bool = False) -> None:
        self.cjk: dict[int, int] = {}
        self.p_cjk: dict[int, int] = {}
        self.length: dict[int, int] = {}
        self.head: dict[int, str] = {}
        order = list(root.traverse(include_text=True))
        parent_of: dict[int, int] = {}
        for node in order:
            for child in _children(node):
                parent_of[child.mem_id] = node.mem_id
        cjk, p_cjk, length, head = self.cjk, self.p_cjk, self.length, self.head
        for node in reversed(order):  # children before their parents, last child first
            key = node.mem_id
            if node.is_text_node:
                text = node.text_content or ""
                cjk[key] = cjk_count(text)
                length[key] = len(text)
                if heads:
                    head[key] = text[: self.HEAD]
                p_cjk[key] = 0
            else:
                cjk.setdefault(key, 0)
                length.setdefault(key, 0)
                p_cjk[key] = p_cjk.get(key, 0) + (cjk[key] if node.tag == "p" else 0)
                if heads:
                    head.setdefault(key, "")
            parent = parent_of.get(key)
            if parent is None or not (node.is_text_node or node.is_element_node):
                continue
            cjk[parent] = cjk.get(parent, 0) + cjk[key]
            length[parent] = length.get(parent, 0) + length[key]
            p_cjk[parent] = p_cjk.get(parent, 0) + p_cjk[key]
            if heads:
                head[parent] = (head[key] + head.get(parent, ""))[: self.HEAD]


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


def _date_from_hints(body: LexborNode, tally: _Tally) -> PartialDate | None:
    for node in body.traverse():
        if node.tag in HARD_DROP or not node.is_element_node:
            continue
        if _DATE_HINT.search(_attr(node, "class") + " " + _attr(node, "id")):
            found = parse_full_date(tally.head.get(node.mem_id, ""))
            if found is not None:
                return found
    return None


def _is_noise(node: LexborNode) -> bool:
    if node.tag in SOFT_DROP:
        return True
    marks = (_attr(node, "class") + " " + _attr(node, "id")).lower()
    return any(word in marks for word in NOISE_WORDS) or bool(_AD_TOKEN.search(marks))


def _clean(body: LexborNode, tally: _Tally) -> None:
    """Remove scripts, navigation, footers, ads and comment blocks (outermost first)."""
    total = tally.cjk[body.mem_id]
    doomed: list[LexborNode] = []
    stack = list(_children(body))
    while stack:
        node = stack.pop()
        if node.tag in HARD_DROP or node.is_comment_node:
            doomed.append(node)
            continue
        if node.is_element_node and _is_noise(node) and not _holds_article(node, total, tally):
            doomed.append(node)
            continue
        stack.extend(_children(node))
    for node in doomed:
        node.decompose()


def _holds_article(node: LexborNode, total: int, tally: _Tally) -> bool:
    """True when a noisy-looking element holds most of a page's substantial text."""
    inside = tally.cjk.get(node.mem_id, 0)
    return inside * 2 > total and inside >= MIN_ARTICLE_CJK


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _main_container(body: LexborNode, tally: _Tally) -> LexborNode:
    paragraphs = [(p, tally.cjk.get(p.mem_id, 0)) for p in body.css("p")]
    total = sum(score for _, score in paragraphs)
    candidates = body.css(CONTENT_SELECTOR)
    if total == 0:
        scored = [(tally.cjk.get(c.mem_id, 0), c) for c in candidates]
        best = max(scored, key=lambda pair: pair[0], default=(0, body))
        return best[1] if best[0] >= 20 else body
    covering = []
    for cand in candidates:
        inside = tally.p_cjk.get(cand.mem_id, 0)
        if inside >= COVERAGE * total:
            covering.append((tally.length.get(cand.mem_id, 0), cand))
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
        and tally.p_cjk.get(node.mem_id, 0) < COVERAGE * total
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
