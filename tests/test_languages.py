"""Language per document: detection, routing, unread languages skipped (fairgraph.languages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal

from conftest import run_cli
from fairgraph.graph.io import load_graph
from fairgraph.ingest import document_from_bytes
from fairgraph.languages import detect_language, language, unread_reason
from fairgraph.model import PartialDate
from fairgraph.namespaces import DCTERMS, FG, SCHEMA

ZH = "第8届示例博览会在西宁开幕，青海省人民政府与示例集团有限公司签署战略合作框架协议。"
EN = (
    "XINING, July 11 (Xinhua) -- The 8th China-Eurasia Expo opened in Urumqi on Thursday. "
    "Li Ming, Vice Governor of Xinjiang, addressed the opening ceremony."
)
DE = (
    "Die Messe wurde gestern in Berlin eröffnet. Mehr als tausend Aussteller aus vierzig "
    "Ländern zeigen dort bis Sonntag ihre Produkte."
)
FR = "La foire internationale s'est ouverte hier à Lyon avec plus de mille exposants venus de loin."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (ZH, "zh"),
        (EN, "en"),
        (DE, "de"),
        (FR, "fr"),
        ("展会が東京で開幕しました。", "ja"),
        ("", "zh"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_chinese_text_quoting_english_names_is_chinese() -> None:
    assert detect_language("中国—东盟博览会（China-ASEAN Expo, CAEXPO）在南宁开幕。") == "zh"


def test_english_document_gets_its_language_title_and_dateline() -> None:
    data = ("Expo opens in Urumqi\n\n" + EN).encode()
    doc = document_from_bytes(data, source="e.txt")
    assert (doc.language, doc.title, doc.date) == (
        "en",
        "Expo opens in Urumqi",
        PartialDate(None, 7, 11),
    )


def test_document_in_an_unread_language_gets_no_dateline_guess() -> None:
    doc = document_from_bytes(DE.encode(), source="d.txt")
    assert doc.language == "de" and doc.title is None and doc.date is None
    assert unread_reason("de") == "is in German; fairgraph reads en, zh"


def test_each_language_package_reads_its_own() -> None:
    assert language("en").code == "en" and language("en").name == "English"
    assert language("zh").find_title("第8届示例博览会开幕\n\n正文。") == "第8届示例博览会开幕"


def test_a_mixed_build_reads_zh_and_en_and_skips_german(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ZH, encoding="utf-8")
    (corpus / "b.txt").write_text(EN, encoding="utf-8")
    (corpus / "c.txt").write_text(DE, encoding="utf-8")
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"skipped {corpus / 'c.txt'}: is in German; fairgraph reads en, zh" in result.stderr
    g = load_graph(tmp_path / "out" / "graph.ttl")
    languages = sorted(
        str(o) for d in g.subjects(RDF.type, FG.Document) for o in g.objects(d, DCTERMS.language)
    )
    assert languages == ["en", "zh"]
    labels = {
        o for s in g.subjects(RDF.type, SCHEMA.ExhibitionEvent) for o in g.objects(s, RDFS.label)
    }
    assert Literal("8th China-Eurasia Expo", lang="en") in labels
    assert not any("Berlin" in str(o) for o in g.objects(None, RDFS.label))


def test_a_build_of_unread_documents_only_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(DE, encoding="utf-8")
    result = run_cli("build", tmp_path / "c.txt", "-o", tmp_path / "out")
    assert result.exit_code != 0
    assert "is in German; fairgraph reads en, zh" in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_every_language_warms_up_on_a_sentence_that_reaches_its_extractors() -> None:
    """Each package's warm-up report goes through the recogniser and the fact extractors
    (a person with a post), so extracting it loads what the first real report would."""
    from fairgraph.languages import PACKAGES, language
    from fairgraph.model import Document

    for code in PACKAGES:
        package = language(code)
        assert package.warm_up_text, code
        text = Document.from_text(package.warm_up_text, source="warm-up", language=code)
        extraction = package.extract_document(text, backend="default")
        assert any(m.type == "Person" for m in extraction.mentions), code
        assert extraction.posts, code
