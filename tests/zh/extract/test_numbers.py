"""Number words: Arabic, full-width and Chinese numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fairgraph.zh.extract.numbers import parse_number, tidy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("104", "104"),
        ("3578.2", "3578.2"),
        ("1,000", "1000"),
        ("12,345,678", "12345678"),
        ("２５", "25"),
        ("３５７８．２", "3578.2"),
        ("一百零四", "104"),
        ("二十三", "23"),
        ("十一", "11"),
        ("十", "10"),
        ("千", "1000"),
        ("两千", "2000"),
        ("三十二点五", "32.5"),
        ("零点五", "0.5"),
        ("二〇二四", "2024"),
        ("一千二百", "1200"),
        ("一百二十万", "1200000"),
        ("三千万", "30000000"),
        ("三亿五千万", "350000000"),
        ("一万亿", "1000000000000"),
        ("三十二点五亿", "3250000000"),
        ("壹佰贰拾", "120"),
        ("3万", "30000"),
        ("1.2万亿", "1200000000000"),
        ("5千万", "50000000"),
        (" 916 ", "916"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    value = parse_number(text)
    assert value == Decimal(expected)
    assert str(value) == expected  # whole values carry no fractional part or exponent


@pytest.mark.parametrize(
    "text",
    ["", "   ", "104个", "5%", "2024年", "1,00", "abc", "三十二点", "万", "第三", "1.2.3"],
)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_tidy_keeps_fractions_and_drops_zero_fraction() -> None:
    assert str(tidy(Decimal("91600000000.0"))) == "91600000000"
    assert str(tidy(Decimal("9.16E+10"))) == "91600000000"
    assert str(tidy(Decimal("32.50"))) == "32.5"
