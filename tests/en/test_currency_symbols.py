"""Sums written with a currency's symbol or ISO code before the number (round 9 of issue 14),
on sentences written for these tests: every row of en/data/currency_symbols.tsv reads; a
symbol several countries write (Rs) is the currency of the country the report names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fairgraph.en.lexicon import data_rows
from fairgraph.en.quantities import find_amounts

SINGLE = [(s, code) for s, code, country in data_rows("currency_symbols.tsv", 3) if not country]


@pytest.mark.parametrize(("symbol", "code"), SINGLE)
def test_each_symbol_of_one_currency_reads(symbol: str, code: str) -> None:
    found = find_amounts(f"The plant will cost {symbol}4.5 billion, the firm said.")
    assert [(a.value, a.currency) for a in found] == [(Decimal(4500000000), code)], found


@pytest.mark.parametrize("code", ["NPR", "MYR", "PKR", "KZT", "EUR", "GBP", "JPY"])
def test_an_iso_code_before_the_number_reads(code: str) -> None:
    found = find_amounts(f"Exports reached {code} 12.7 billion last year.")
    assert [(a.value, a.currency) for a in found] == [(Decimal(12700000000), code)]


@pytest.mark.parametrize(
    ("country", "code"),
    [("Nepal", "NPR"), ("Pakistan", "PKR"), ("India", "INR"), ("Sri Lanka", "LKR")],
)
def test_rupees_are_the_currency_of_the_country_the_report_names(country: str, code: str) -> None:
    text = f"Traders from {country} signed deals worth Rs312 billion. {country} hopes for more."
    assert [a.currency for a in find_amounts(text)] == [code]


def test_rupees_in_a_report_naming_no_rupee_country_give_no_amount() -> None:
    assert find_amounts("Traders signed deals worth Rs312 billion in Kunming.") == []


def test_a_symbol_glued_to_other_letters_is_no_dollar() -> None:
    assert find_amounts("Taiwan firms pledged NT$5 billion.") == []
