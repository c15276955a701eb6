"""Number words: Arabic, full-width and Chinese numerals to ``Decimal``.

Handles ``"104"``, ``"3578.2"``, ``"1,000"``, full-width ``"２５"``, Chinese numerals with
units (``"一百零四"``, ``"二十三"``, ``"三十二点五"``), digit-by-digit Chinese (``"二〇二四"``),
financial forms (``"壹佰"``) and a trailing 万/亿 multiplier on either kind (``"1.2万亿"``).

>>> parse_number("一百零四")
Decimal('104')
>>> parse_number("3578.2")
Decimal('3578.2')
>>> parse_number("三十二点五")
Decimal('32.5')
>>> parse_number("1.2万亿")
Decimal('1200000000000')
>>> parse_number("104个") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = [
    "ARABIC_NUMBER",
    "CHINESE_DIGITS",
    "CHINESE_NUMBER",
    "MULTIPLIERS",
    "parse_number",
    "tidy",
]

#: Chinese digit characters and their values (simple, financial and 〇/两 forms)
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
#: small units inside a section (below 万)
_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: section units
_BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}

#: multiplier words that may follow a number (longest first)
MULTIPLIERS: dict[str, int] = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "亿": 10**8,
    "万": 10**4,
}

#: regex source for an Arabic number (ASCII or full-width digits, thousands commas, decimals)
ARABIC_NUMBER = r"[0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
#: regex source for a Chinese numeral without 万/亿 (those are matched as multipliers)
CHINESE_NUMBER = (
    r"[零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+"
    r"(?:点[零〇○一二三四五六七八九]+)?"
)

_ARABIC_RE = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
_CN_CHARS = set(CHINESE_DIGITS) | set(_SMALL_UNITS) | set(_BIG_UNITS) | {"点"}


def tidy(value: Decimal) -> Decimal:
    """Drop a zero fractional part and any exponent: ``Decimal("9.16E+10")`` → ``91600000000``.

    >>> tidy(Decimal("3578.2") * 100000000)
    Decimal('357820000000')
    >>> tidy(Decimal("32.50"))
    Decimal('32.5')
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _normalise(text: str) -> str:
    """Full-width digits and punctuation to ASCII; strip blanks."""
    out = unicodedata.normalize("NFKC", text).strip()
    return out.replace("，", ",").replace("．", ".")


def _parse_section(text: str) -> int | None:
    """Value of a Chinese numeral below 万 (``"一百零四"`` → 104, ``"十一"`` → 11)."""
    total = 0
    digit: int | None = None
    for ch in text:
        if ch in CHINESE_DIGITS:
            if digit is not None and digit != 0 and CHINESE_DIGITS[ch] != 0:
                return None  # two digits in a row without a unit: "一二"
            digit = CHINESE_DIGITS[ch]
        elif ch in _SMALL_UNITS:
            total += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _parse_chinese_integer(text: str) -> int | None:
    """Value of a Chinese integer with optional 万/亿 sections."""
    if not text:
        return None
    if len(text) > 1 and all(ch in CHINESE_DIGITS for ch in text):
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in text))  # 二〇二四
    total = 0
    section = ""
    for ch in text:
        if ch in _BIG_UNITS:
            value = _parse_section(section) if section else 1
            if value is None:
                return None
            # 万亿: multiply what we have so far rather than start a new section
            if not section and total:
                total *= _BIG_UNITS[ch]
            else:
                total += value * _BIG_UNITS[ch]
                if ch == "亿" and total % 10**8:
                    return None
            section = ""
        else:
            section += ch
    if section:
        rest = _parse_section(section)
        if rest is None:
            return None
        total += rest
    return total


def _parse_chinese(text: str) -> Decimal | None:
    if not text or any(ch not in _CN_CHARS for ch in text):
        return None
    if text[0] in _BIG_UNITS:  # 万, 亿 alone are multipliers, not numbers
        return None
    whole, _, frac = text.partition("点")
    integer = _parse_chinese_integer(whole) if whole else 0
    if integer is None:
        return None
    if not frac:
        return Decimal(integer) if "点" not in text else None
    if any(ch not in CHINESE_DIGITS for ch in frac):
        return None
    digits = "".join(str(CHINESE_DIGITS[ch]) for ch in frac)
    return Decimal(f"{integer}.{digits}")


def parse_number(text: str) -> Decimal | None:
    """The value of one number word, or ``None`` when *text* is not exactly a number.

    A trailing multiplier (万, 亿, 千万, 万亿 …) is applied.  Whole values have no
    fractional part.

    >>> parse_number("1,000")
    Decimal('1000')
    >>> parse_number("２５")
    Decimal('25')
    >>> parse_number("二〇二四")
    Decimal('2024')
    >>> parse_number("3万")
    Decimal('30000')
    >>> parse_number("") is None, parse_number("5%") is None
    (True, True)
    """
    s = _normalise(text)
    if not s:
        return None
    if _ARABIC_RE.fullmatch(s):
        try:
            return tidy(Decimal(s.replace(",", "")))
        except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
            return None
    for word, factor in MULTIPLIERS.items():
        if s.endswith(word) and len(s) > len(word):
            head = s[: -len(word)]
            if _ARABIC_RE.fullmatch(head):
                return tidy(Decimal(head.replace(",", "")) * factor)
            break
    if "点" in s:  # 三十二点五亿: the decimal applies before the multiplier
        for word in ("万亿", "亿", "万"):
            if s.endswith(word):
                head_value = _parse_chinese(s[: -len(word)])
                if head_value is None:
                    return None
                return tidy(head_value * MULTIPLIERS[word])
    value = _parse_chinese(s)
    return tidy(value) if value is not None else None
