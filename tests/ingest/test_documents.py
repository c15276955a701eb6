"""Documents: normalisation, titles, publication dates, and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairgraph.evaluate.gate import shared_dir
from fairgraph.ingest import document_from_bytes, normalise_text, read_document
from fairgraph.model import Document, PartialDate
from fairgraph.zh.meta import find_publication_date, find_title

SHARED = shared_dir(Path(__file__).resolve().parents[2])
CORPUS = SHARED / "corpus" / "zh"


def test_normalisation_rules() -> None:
    raw = (
        "\n\n标题行  \r\n\r\n\u3000\u3000第一段，青洽会开幕。\t\r"
        "\r\n\r\n\r\n\r\n\r\n  第二段保留行首半角空格。\u3000\n\n"
    )
    assert normalise_text(raw) == ("标题行\n\n第一段，青洽会开幕。\n\n\n  第二段保留行首半角空格。")


def test_normalisation_keeps_other_characters() -> None:
    text = "全角：（ＡＢＣ）１２３，中\u3000间空格；“引号”——破折号…"
    assert normalise_text(text) == text


def test_nfc() -> None:
    assert normalise_text("cafe\u0301 展会") == "caf\u00e9 展会"


def test_document_id_from_normalised_text() -> None:
    a = document_from_bytes("青洽会开幕。\r\n".encode(), source="a.txt")
    b = document_from_bytes("\u3000青洽会开幕。  \n".encode("gbk"), source="b.txt")
    assert a.text == b.text == "青洽会开幕。"
    assert a.id == b.id == Document.from_text("青洽会开幕。", source="x").id
    assert (a.encoding, b.encoding) == ("utf-8", "gb18030")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("第21届东博会在南宁开幕\n\n本报讯 展会开幕。", "第21届东博会在南宁开幕"),
        ("\n\n  进博会：“四叶草”再迎八方客！  \n正文。", "进博会：“四叶草”再迎八方客！"),
        ("7月2日上午，签约仪式在兰州举行。\n", None),
        ("新华社西宁7月15日电（记者 示例）青洽会闭幕。", None),
        ("本报记者 示例\n\n正文。", None),
        ("据示例日报 记者 某某 文/图\n\n正文。", None),
        ("第一句话。第二句话\n", None),
        ("很" * 61 + "\n正文。", None),
        ("", None),
    ],
)
def test_find_title(text: str, title: str | None) -> None:
    assert find_title(text) == title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布时间：2024年7月15日 09:30\n正文", PartialDate(2024, 7, 15)),
        ("2024-07-15 来源：示例网\n正文", PartialDate(2024, 7, 15)),
        ("2024/7/5\n正文", PartialDate(2024, 7, 5)),
        ("时间 2024.07.15\n正文", PartialDate(2024, 7, 15)),
        ("新华社西宁7月15日电（记者 示例）正文", PartialDate(None, 7, 15)),
        ("示例网7月15日讯 正文", PartialDate(None, 7, 15)),
        ("示例台南宁9月3日消息（记者 某某）正文", PartialDate(None, 9, 3)),
        ("示例网讯（记者 某某 报道） 6月12日，推进会召开。", PartialDate(None, 6, 12)),
        ("示例日报兰州讯（示例日报记者某某）7月2日下午，论坛举行。", PartialDate(None, 7, 2)),
        # a full date near the top beats the dateline
        ("示例网西宁7月16日电 2024年7月15日，青洽会开幕。", PartialDate(2024, 7, 15)),
        # event ranges and leading event dates are not publication dates
        ("示例网消息（记者 某某）9月5日至8日，博览会举行。", None),
        ("7月2日上午，签约仪式在兰州举行。", None),
        ("2024.13.45 不是日期", None),
        ("示例网2月30日电 无效日期", None),
        ("正文" * 200 + "2024年7月15日", None),
        # a source line closing the report gives its date (a paper's issue, a portal's day)
        (
            "示例日报讯 5月18日，某会开幕。\n\n来源：《示例日报》2023年5月19日\n",
            PartialDate(2023, 5, 19),
        ),
        ("某会开幕。" * 100 + "\n来源：示例网　　记者 某某　　2022-09-03", PartialDate(2022, 9, 3)),
        ("某会开幕。\n（原载《示例日报》2021年6月2日第3版）", PartialDate(2021, 6, 2)),
        # a date in the closing sentence of the body is no source line
        ("某会开幕。" * 100 + "\n双方约定于2025年3月1日前完成签约。", None),
    ],
)
def test_find_publication_date(text: str, date: PartialDate | None) -> None:
    assert find_publication_date(text) == date


def test_plain_document_metadata(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(
        "第26届青洽会闭幕\n\n新华社西宁7月15日电 本届青洽会签约项目128个。\n", encoding="utf-8-sig"
    )
    doc = read_document(path)
    assert doc.title == "第26届青洽会闭幕"
    assert doc.date == PartialDate(None, 7, 15)
    assert doc.encoding == "utf-8-sig"
    assert doc.text.startswith("第26届青洽会闭幕\n\n新华社")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_every_corpus_file_reads_with_a_sane_title() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    assert files
    for path in files:
        doc = read_document(path)
        assert doc.encoding in {"utf-8", "utf-8-sig"}, path
        assert len(doc.text) > 100, path
        assert doc.text == normalise_text(doc.text), path
        if doc.title is not None:
            assert 2 <= len(doc.title) <= 60 and "。" not in doc.title, path
            assert "记者" not in doc.title and "\n" not in doc.title, path
            assert doc.text.startswith(doc.title), path
        if doc.date is not None:
            assert doc.date.month is not None and 1 <= doc.date.month <= 12, path
