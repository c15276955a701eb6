"""The extraction pipeline end to end, and against the real corpus when it is present."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document
from paths import SHARED


def test_offsets_slice_the_text() -> None:
    text = (
        "本报讯（记者周海燕）省委书记张立新与中国华能集团有限公司董事长王海座谈，"
        "双方签署战略合作协议。"
    )
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    for m in ex.mentions:
        assert text[m.start : m.end] == m.text
    for p in ex.posts:
        assert text[p.person.start : p.person.end] == p.person.text


def test_deterministic() -> None:
    text = "第25届中国·青海绿色发展投资贸易洽谈会7月11日在西宁开幕，省长王强致辞。"
    doc = Document.from_text(text, source="t.txt")
    assert extract_document(doc, backend="rules") == extract_document(doc, backend="rules")


@pytest.mark.skipif(not (SHARED / "corpus" / "zh").exists(), reason="shared corpus absent")
def test_corpus_documents_extract_without_error() -> None:
    from fairgraph.ingest import read_document

    for path in sorted((SHARED / "corpus" / "zh").glob("*.txt")):
        ex = extract_document(read_document(path), backend="rules")
        assert all(ex.document.text[m.start : m.end] == m.text for m in ex.mentions)
