"""Turn the bytes of an input file into text, detecting (never guessing) the encoding.

Order: byte-order marks, known binary formats, UTF-16/32 without BOM (from the NUL-byte
pattern, or the one byte order that reads as text), strict UTF-8, strict GB18030, and
charset-normalizer as a checked last resort.

>>> decode_bytes("青洽会开幕".encode("gb18030"), source="a.txt")
('青洽会开幕', 'gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbfhello", source="a.txt")
('hello', 'utf-8-sig')
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from fairgraph.errors import InputError

#: leading bytes of formats that are certainly not text, longest first where they overlap
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "GZIP"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7-ZIP"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"\x7fELF", "ELF executable"),
    (b"{\\rtf", "RTF"),
    (b"SQLite format 3\x00", "SQLite"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 before UTF-16: FF FE 00 00 starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

UNDECODABLE = "cannot decode as UTF-8, UTF-16 or GB18030"
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def sniff_magic(data: bytes) -> str | None:
    """Name the binary format ``data`` starts with, if any.

    >>> sniff_magic(b"%PDF-1.7 ...")
    'PDF'
    >>> sniff_magic("正文".encode()) is None
    True
    """
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            return name
    return None


def control_ratio(text: str) -> float:
    """Share of characters that are control characters other than tab/newline/feed."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    return bad / len(text)


def plausible_text(text: str, threshold: float = 0.9) -> bool:
    """True when most characters are CJK, ASCII printable, whitespace or common punctuation.

    >>> plausible_text("第25届青洽会在西宁举行。")
    True
    >>> plausible_text("\\u00e9\\u00c3\\u00a4\\u00b8\\u00ad\\u00e5\\u0152\\u00e6")
    False
    """
    stripped = [ch for ch in text if not ch.isspace()]
    if not stripped:
        return False
    good = sum(1 for ch in stripped if _is_plausible_char(ch))
    return good / len(stripped) >= threshold


def _is_plausible_char(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code < 0x7F
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF01 <= code <= 0xFF65  # full-width ASCII and CJK punctuation
        or 0x2010 <= code <= 0x2027  # dashes, quotes, ellipsis
        or ch in "·×÷°％‰℃№"
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode UTF-16/32 without a BOM when the NUL bytes sit in one byte lane only."""
    nuls = data.count(0)
    if nuls == 0:
        return None
    if len(data) % 4 == 0 and nuls * 2 >= len(data):
        for codec in ("utf-32-le", "utf-32-be"):
            text = _strict(data, codec)
            if text is not None and control_ratio(text) < 0.02:
                return text, "utf-32"
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    # ASCII (digits, newlines, Latin letters) in UTF-16 leaves a NUL in every other byte
    if odd >= 0.05 * pairs and even <= 0.02 * odd:
        codecs_to_try = ["utf-16-le"]
    elif even >= 0.05 * pairs and odd <= 0.02 * even:
        codecs_to_try = ["utf-16-be"]
    else:
        # ordinary Chinese puts NULs in both lanes (一 is 00 4E in UTF-16LE, a newline 0A 00):
        # keep the byte order whose text reads as text; the other one gives stray code points
        codecs_to_try = ["utf-16-le", "utf-16-be"]
    readings = []
    for codec in codecs_to_try:
        text = _strict(data, codec)
        if text is None or control_ratio(text) >= 0.02:
            continue
        if len(codecs_to_try) == 1 or plausible_text(text):
            readings.append(text)
    if len(readings) != 1:
        return None
    return readings[0], "utf-16"


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, UnicodeError):
        return None


def decode_bytes(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`InputError`.

    Raises for binary content (with the recognised format where known) and for bytes that
    no supported encoding explains.  Empty input is the caller's concern.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise InputError(
                    f"{UNDECODABLE} (broken {name} after its byte-order mark)", source=source
                )
            return _check_controls(text, source), name
    kind = sniff_magic(data)
    if kind is not None:
        raise InputError(f"binary file (looks like {kind})", source=source)
    wide = _utf16_without_bom(data)
    if wide is not None:
        return _check_controls(wide[0], source), wide[1]
    if 0 in data:
        raise InputError("binary file (contains NUL bytes)", source=source)
    text = _strict(data, "utf-8")
    if text is not None:
        return _check_controls(text, source), "utf-8"
    text = _strict(data, "gb18030")
    # real GBK/GB18030 text never uses the user-defined areas; Big5 read as GBK lands there
    if text is not None and not _PRIVATE_USE.search(text):
        return _check_controls(text, source), "gb18030"
    return _last_resort(data, source)


def _last_resort(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported late: slow to import

    best = from_bytes(data).best()
    # UTF-16/32 were already tried on the evidence of BOMs and NUL bytes; do not guess them
    if best is not None and best.encoding and not best.encoding.startswith("utf_"):
        text = str(best)
        if plausible_text(text) and control_ratio(text) < 0.02:
            return text, best.encoding.replace("_", "-")
    raise InputError(UNDECODABLE, source=source)


def _check_controls(text: str, source: str) -> str:
    if control_ratio(text) >= 0.02:
        raise InputError("binary file (many control characters)", source=source)
    return text
