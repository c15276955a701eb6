"""Sums of money: value, currency, approximation and exact offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fairgraph.zh.extract.money import CURRENCIES, find_amounts, parse_amount

# (text, [(surface, value, currency, approximate), ...])
FIND_CASES: list[tuple[str, list[tuple[str, str, str, bool]]]] = [
    ("签约项目104个，总投资额916亿元。", [("916亿元", "91600000000", "CNY", False)]),
    ("本届签约总额3578.2亿，创历史新高。", [("3578.2亿", "357820000000", "CNY", False)]),
    ("双方签订了投资总额536亿元的18个项目", [("536亿元", "53600000000", "CNY", False)]),
    ("贸易总额达 190.5亿元，其中", [("190.5亿元", "19050000000", "CNY", False)]),
    ("线上线下成交额近3000万元，带动就业", [("近3000万元", "30000000", "CNY", True)]),
    ("外资项目金额三十二点五亿美元", [("三十二点五亿美元", "3250000000", "USD", False)]),
    ("规划投资1.2万亿元", [("1.2万亿元", "1200000000000", "CNY", False)]),
    ("总投资额超千亿。", [("超千亿", "100000000000", "CNY", True)]),
    ("合同金额约573亿元，占比六成", [("约573亿元", "57300000000", "CNY", True)]),
    ("投资额超过50亿元的项目有9个", [("超过50亿元", "5000000000", "CNY", True)]),
    ("到位资金逾200亿元", [("逾200亿元", "20000000000", "CNY", True)]),
    ("计划投资10余亿元建设园区", [("10余亿元", "1000000000", "CNY", True)]),
    ("完成投资3000多万元", [("3000多万元", "30000000", "CNY", True)]),
    ("单个项目在10亿元以上", [("10亿元以上", "1000000000", "CNY", True)]),
    ("签约3000万元的项目", [("3000万元", "30000000", "CNY", False)]),  # 签约 is not 约
    ("另有5千万元贷款", [("5千万元", "50000000", "CNY", False)]),
    ("募集资金500万元人民币", [("500万元人民币", "5000000", "CNY", False)]),
    ("人民币8亿元", [("8亿元", "800000000", "CNY", False)]),
    (
        "签约5000万欧元、3亿港元、200亿日元和2亿英镑",
        [
            ("5000万欧元", "50000000", "EUR", False),
            ("3亿港元", "300000000", "HKD", False),
            ("200亿日元", "20000000000", "JPY", False),
            ("2亿英镑", "200000000", "GBP", False),
        ],
    ),
    (
        "合作金额100亿卢布，另有4亿澳元和1200万新加坡元、30亿泰铢",
        [
            ("100亿卢布", "10000000000", "RUB", False),
            ("4亿澳元", "400000000", "AUD", False),
            ("1200万新加坡元", "12000000", "SGD", False),
            ("30亿泰铢", "3000000000", "THB", False),
        ],
    ),
    ("出口成交２４７亿美元", [("２４７亿美元", "24700000000", "USD", False)]),
    ("人均消费一千二百元", [("一千二百元", "1200", "CNY", False)]),
    ("2.5亿的投资落地", [("2.5亿", "250000000", "CNY", False)]),
    ("金额为3.25亿港币", [("3.25亿港币", "325000000", "HKD", False)]),
]

NOT_MONEY = [
    "签约项目104个",
    "6096名代表参会",
    "展览面积5万平方米",
    "1000余家企业参展",
    "同比增长5.2%",
    "2024年7月11日",
    "观众超过32万人次",
    "发电量99.75亿千瓦时",
    "打造千亿级产业集群",
    "数十亿元",
    "统一元数据标准",
    "共2.5亿",  # multiplier but no money word in the clause
    "吸引观众近十万",
    "第24届",
    "5万多名客商",
    "3000吨",
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_amounts(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    found = find_amounts(text)
    got = [(a.text, str(a.value), a.currency, a.approximate) for a in found]
    assert got == expected
    for amount in found:
        assert text[amount.start : amount.end] == amount.text
        assert isinstance(amount.value, Decimal)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_offset_shifts_positions() -> None:
    text = "总投资额916亿元"
    (plain,) = find_amounts(text)
    (shifted,) = find_amounts(text, offset=100)
    assert (shifted.start, shifted.end) == (plain.start + 100, plain.end + 100)
    assert shifted.text == plain.text


def test_whole_values_have_no_fraction() -> None:
    (amount,) = find_amounts("总额3578.2亿元")
    assert amount.value == Decimal("357820000000")
    assert amount.value.as_tuple().exponent == 0


@pytest.mark.parametrize(
    ("text", "value", "currency", "approximate"),
    [
        ("916亿元", "91600000000", "CNY", False),
        ("2.5亿", "250000000", "CNY", False),  # the caller asserts it is an amount
        ("近3000万元", "30000000", "CNY", True),
        ("三十二点五亿美元", "3250000000", "USD", False),
        ("约1.2万亿元", "1200000000000", "CNY", True),
        ("1500万欧元", "15000000", "EUR", False),
    ],
)
def test_parse_amount(text: str, value: str, currency: str, approximate: bool) -> None:
    amount = parse_amount(text)
    assert amount is not None
    assert (str(amount.value), amount.currency, amount.approximate) == (
        value,
        currency,
        approximate,
    )
    assert (amount.start, amount.end, amount.text) == (0, len(text), text)


@pytest.mark.parametrize("text", ["104", "104个", "5万平方米", "916亿元和3亿元", "", "约"])
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


def test_currency_codes_are_iso_4217() -> None:
    pycountry = pytest.importorskip("pycountry")
    for word, code in CURRENCIES.items():
        assert pycountry.currencies.get(alpha_3=code) is not None, word


def test_a_range_with_one_unit_gives_both_bounds() -> None:
    from fairgraph.zh.extract.money import find_amounts

    got = [(str(a.value), a.currency) for a in find_amounts("项目计划总投资15-18亿美元。")]
    assert got == [("1500000000", "USD"), ("1800000000", "USD")]
    assert [a.text for a in find_amounts("2024-2026年投资60亿元")] == ["60亿元"]
