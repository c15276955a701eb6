"""Read one input file (or bytes) into a :class:`~fairgraph.model.Document`.

>>> data = "第25届青洽会闭幕\\n\\n新华社西宁7月15日电 正文。".encode()
>>> doc = document_from_bytes(data, source="a.txt")
>>> doc.title, doc.date.iso(), doc.encoding, doc.language
('第25届青洽会闭幕', '--07-15', 'utf-8', 'zh')
"""

from __future__ import annotations

from pathlib import Path

from fairgraph.errors import InputError
from fairgraph.ingest.decode import decode_bytes
from fairgraph.ingest.html import extract_article, looks_like_html
from fairgraph.ingest.meta import FULL_DATE_WINDOW, parse_full_date
from fairgraph.ingest.text import is_blank, normalise_text
from fairgraph.languages import detect_language, is_read, language
from fairgraph.model import Document

DEFAULT_MAX_BYTES = 50_000_000
#: longest article text extracted: fifty times the longest real report, about 30 s of extraction
#: (linear: ``python benchmarks/big_inputs.py``); longer texts are refused with one line
MAX_TEXT_CHARS = 1_000_000
HTML_SUFFIXES = (".html", ".htm")


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB > limit {limit / 1e6:g} MB)"


def document_from_bytes(
    data: bytes, *, source: str, suffix: str = ".txt", max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Decode, reduce (HTML) and normalise ``data``; ``suffix`` tells HTML from text.

    The document's language is detected; its language package reads the title and dateline
    of a plain text (a document in a language fairgraph does not read gets neither)."""
    if len(data) > max_bytes:
        raise InputError(_too_large(len(data), max_bytes), source=source)
    if not data:
        raise InputError("empty file", source=source)
    raw, encoding = decode_bytes(data, source=source)
    if is_blank(raw):
        raise InputError("empty file", source=source)
    if suffix.lower() in HTML_SUFFIXES or looks_like_html(raw):
        article = extract_article(raw)
        text = normalise_text(article.text)
        if not text:
            raise InputError("empty file (the HTML page holds no article text)", source=source)
        title, date = article.title, article.date
    else:
        text = normalise_text(raw)
        title, date = None, None
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"text too long ({len(text):,} characters > limit {MAX_TEXT_CHARS:,}); "
            "split it into its reports",
            source=source,
        )
    code = detect_language(text)
    if is_read(code):
        reader = language(code)
        title = title or reader.find_title(text)
        date = date or reader.find_publication_date(text)
    else:
        date = date or parse_full_date(text[:FULL_DATE_WINDOW])
    return Document.from_text(
        text, source=source, title=title, date=date, encoding=encoding, language=code
    )


def read_document(
    path: Path, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read ``path``; ``source`` (default ``str(path)``) names it in the document and errors.

    The size is checked before anything is read.
    """
    path = Path(path)
    name = source if source is not None else str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("is a folder, not a file", source=name)
        if size > max_bytes:
            raise InputError(_too_large(size, max_bytes), source=name)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", source=name) from None
    except PermissionError:
        raise InputError("permission denied", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", source=name) from None
    return document_from_bytes(data, source=name, suffix=path.suffix, max_bytes=max_bytes)
