"""Decoding: byte-order marks, UTF-8, UTF-16/32, GB18030/GBK, binary and broken input."""

from __future__ import annotations

import codecs
import gzip
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fairgraph.errors import InputError
from fairgraph.ingest import document_from_bytes, read_document
from fairgraph.ingest.decode import decode_bytes, plausible_text, sniff_magic

NEWS = (
    "第26届青洽会在西宁闭幕\n\n"
    "新华社西宁7月15日电（记者 示例）为期五天的第26届中国·青海绿色发展投资贸易洽谈会"
    "15日在西宁闭幕。本届展会共签约项目128个，总投资额约1050亿元，涉及新能源、盐湖化工、"
    "文化旅游等领域。\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (NEWS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + NEWS.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + NEWS.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"), "utf-16"),
        (NEWS.encode("utf-32"), "utf-32"),
        (NEWS.encode("utf-16-le"), "utf-16"),
        (NEWS.encode("utf-16-be"), "utf-16"),
        (NEWS.encode("gb18030"), "gb18030"),
        (NEWS.encode("gbk"), "gb18030"),
        (NEWS.replace("·", "").encode("gb2312"), "gb18030"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32-bom",
        "utf16le-nobom",
        "utf16be-nobom",
        "gb18030",
        "gbk",
        "gb2312",
    ],
)
def test_each_encoding_round_trips(data: bytes, encoding: str) -> None:
    text, used = decode_bytes(data, source="a.txt")
    assert used == encoding
    assert text.replace("·", "") == NEWS.replace("·", "")


def test_gb18030_only_characters() -> None:
    # U+9FA6.. and extension-B characters only exist in GB18030, not in GBK
    text = "新增汉字\u9fa6与\U00020000并存的报道。\n"
    assert decode_bytes(text.encode("gb18030"), source="a.txt") == (text, "gb18030")


def test_short_gbk_text_is_not_mistaken_for_utf8() -> None:
    for sentence in ("省政府与企业签署合作协议。", "青洽会开幕", "东博会在南宁举行"):
        data = sentence.encode("gbk")
        text, used = decode_bytes(data, source="a.txt")
        assert (text, used) == (sentence, "gb18030")


def test_document_records_encoding_and_normalised_text(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(NEWS.replace("\n", "\r\n").encode("gbk"))
    doc = read_document(path)
    assert doc.encoding == "gb18030"
    assert doc.text == NEWS.strip()
    assert doc.source == str(path)
    assert read_document(path, source="other-name").source == "other-name"


def _zip_bytes() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "正文")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (_zip_bytes(), "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (gzip.compress("正文".encode()), "GZIP"),
    ],
)
def test_binary_formats_are_named(data: bytes, kind: str) -> None:
    assert sniff_magic(data) == kind
    with pytest.raises(InputError, match=rf"binary file \(looks like {kind}\)") as info:
        document_from_bytes(data, source="scan.txt")
    assert info.value.source == "scan.txt"
    assert "scan.txt" in str(info.value)


def test_unexplained_nul_bytes_are_binary() -> None:
    data = bytes(range(256)) * 4
    with pytest.raises(InputError, match="binary file"):
        document_from_bytes(data, source="blob.txt")


def test_many_control_characters_are_binary() -> None:
    data = ("正文" + "\x01\x02\x03\x04\x05" * 10 + "正文").encode()
    with pytest.raises(InputError, match="binary file"):
        document_from_bytes(data, source="c.txt")


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n", "\u3000\u3000\n".encode(), codecs.BOM_UTF8, codecs.BOM_UTF16_LE]
)
def test_empty_files(data: bytes) -> None:
    with pytest.raises(InputError, match="^e.txt: empty file$"):
        document_from_bytes(data, source="e.txt")


def test_undecodable_bytes() -> None:
    # bytes illegal in UTF-8 and in GB18030 (0x80 and 0xFF are never lead bytes)
    data = b"\x80\xff\x80\xff abc \xff\xff\x80"
    with pytest.raises(InputError, match="cannot decode as UTF-8, UTF-16 or GB18030"):
        document_from_bytes(data, source="u.txt")


def test_broken_utf16_after_bom_is_undecodable() -> None:
    data = codecs.BOM_UTF16_LE + "正文".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError, match="cannot decode"):
        document_from_bytes(data, source="u.txt")


def test_last_resort_accepts_only_plausible_text() -> None:
    assert plausible_text("第25届青洽会签约项目，总投资1000亿元。")
    assert not plausible_text("ÃƒÂ©Ã¤Â¸Â­Ã¥Â›Â½")


def test_too_large_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: size without content
        handle.truncate(3_000_000)
    with pytest.raises(InputError, match=r"file too large \(3\.0 MB > limit 1 MB\)"):
        read_document(path, max_bytes=1_000_000)
    with pytest.raises(InputError, match="file too large"):
        document_from_bytes(b"x" * 20, source="b.txt", max_bytes=10)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="folder"):
        read_document(tmp_path)


def test_big5_is_never_silently_misread_as_gbk() -> None:
    sentence = "東協博覽會在南寧開幕，簽約項目。" * 3
    try:
        text, used = decode_bytes(sentence.encode("big5"), source="t.txt")
    except InputError:
        return  # refusing is acceptable; returning mojibake is not
    assert text == sentence
    assert used != "gb18030"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html"]))
def test_any_bytes_give_a_document_or_an_input_error(data: bytes, suffix: str) -> None:
    try:
        doc = document_from_bytes(data, source="fuzz" + suffix, suffix=suffix)
    except InputError as exc:
        assert exc.source == "fuzz" + suffix
        assert "\n" not in exc.message
    else:
        assert doc.text.strip() and doc.text == doc.text.rstrip()
        assert not doc.text.startswith("\n")


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="gb18030", exclude_categories=("Cs", "Co", "Cc")),
        min_size=1,
        max_size=80,
    )
)
def test_text_survives_utf8_and_utf16(text: str) -> None:
    for data, expected in ((text.encode("utf-8"), "utf-8"), (text.encode("utf-16"), "utf-16")):
        try:
            decoded, used = decode_bytes(data, source="h.txt")
        except InputError:
            continue  # e.g. a lone control-looking character; refusing is allowed
        assert (decoded, used) == (text, expected)
