"""Sums of money: ``916亿元`` → ``Amount(Decimal("91600000000"), "CNY", …)``.

An amount is ``[approximation] number [multiplier] [余/多] [currency] [以上/左右]``:

* numbers are Arabic (``3578.2``, ``1,000``, full-width) or Chinese (``三十二点五``);
* multipliers are 万, 亿, 千万, 百万, 十万, 十亿, 百亿, 千亿, 万亿;
* currencies are listed in :data:`CURRENCIES` (ISO 4217 codes);
* 近, 约, 超过, 超, 逾, 接近, 将近, 大约 before and 余, 多, 以上, 左右 after mark the
  amount ``approximate``; the marker is part of ``Amount.text``.

**Rule for amounts without a currency word** (``签约总额3578.2亿``, ``投资额超千亿``): such a
number counts as CNY only when it carries a multiplier (万/亿 …), is not followed by a
measure word or unit (个, 名, 家, 人, 平方米, 千瓦时 …, see :data:`NON_MONEY_UNITS`), and a
money word (:data:`MONEY_CONTEXT`: 金额, 投资, 总额, 成交, 签约, 资金 …) occurs in the same
clause within :data:`CONTEXT_WINDOW` characters before it, or right after it
(``3578.2亿的投资``).  Bare numbers (``104``), percentages and years are never money.

>>> [(a.text, a.value, a.currency, a.approximate) for a in find_amounts("签约总额近3000万元。")]
[('近3000万元', Decimal('30000000'), 'CNY', True)]
>>> parse_amount("三十二点五亿美元").value
Decimal('3250000000')
>>> find_amounts("展览面积5万平方米，104个项目")
[]
"""

from __future__ import annotations

import re
from decimal import Decimal

from fairgraph.model import Amount
from fairgraph.zh.extract.numbers import (
    ARABIC_NUMBER,
    CHINESE_NUMBER,
    MULTIPLIERS,
    parse_number,
    tidy,
)

__all__ = [
    "APPROX_PREFIXES",
    "APPROX_SUFFIXES",
    "CONTEXT_WINDOW",
    "CURRENCIES",
    "MONEY_CONTEXT",
    "NON_MONEY_UNITS",
    "find_amounts",
    "parse_amount",
    "table_amounts",
]

#: currency words → ISO 4217 code (matched longest first)
CURRENCIES: dict[str, str] = {
    "元人民币": "CNY",
    "人民币元": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "卢布": "RUB",
    "澳元": "AUD",
    "澳大利亚元": "AUD",
    "新加坡元": "SGD",
    "新元": "SGD",
    "泰铢": "THB",
    "韩元": "KRW",
    "加元": "CAD",
    "加拿大元": "CAD",
    "瑞士法郎": "CHF",
    "瑞郎": "CHF",
    "新西兰元": "NZD",
    "新台币": "TWD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "林吉特": "MYR",
    "马来西亚林吉特": "MYR",
    "印尼盾": "IDR",
    "越南盾": "VND",
    "菲律宾比索": "PHP",
    "印度卢比": "INR",
    "卢比": "INR",
    "迪拉姆": "AED",
    "沙特里亚尔": "SAR",
    "里亚尔": "SAR",
    "坚戈": "KZT",
    "索姆": "UZS",
    "里拉": "TRY",
    "土耳其里拉": "TRY",
    "兰特": "ZAR",
    "雷亚尔": "BRL",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "丹麦克朗": "DKK",
    "图格里克": "MNT",
    "埃及镑": "EGP",
    "巴基斯坦卢比": "PKR",
    "缅币": "MMK",
    "基普": "LAK",
    "瑞尔": "KHR",
}

#: words that make an amount approximate when they precede the number
APPROX_PREFIXES: tuple[str, ...] = ("将近", "接近", "大约", "超过", "近", "约", "超", "逾")
#: words that make an amount approximate when they follow the number or the unit
APPROX_SUFFIXES: tuple[str, ...] = ("余", "多", "以上", "左右", "有余")

#: money words that license a currency-less amount such as 签约总额3578.2亿
MONEY_CONTEXT: tuple[str, ...] = (
    "金额", "投资", "总额", "外资", "内资", "出资", "投入", "成交", "签约", "资金", "融资",
    "交易额", "销售额", "营业额",
    "贸易额", "营收", "收入", "产值", "利润", "税收", "贷款", "授信", "资产", "预算",
    "出口额", "进口额", "消费额", "合同额", "估值", "市值", "注资", "募资", "拨款",
)  # fmt: skip
#: a currency-less amount followed by one of these is a count or a measure, not money
NON_MONEY_UNITS: tuple[str, ...] = (
    "个", "名", "家", "人", "位", "户", "项", "件", "次", "场", "届", "批", "台", "辆", "套",
    "株", "头", "只", "份", "张", "本", "部", "款", "种", "类", "条", "所", "座", "栋", "间",
    "平方", "米", "公里", "千米", "亩", "公顷", "吨", "千克", "公斤", "克", "斤", "升", "方",
    "千瓦", "瓦", "度", "伏", "标箱", "箱", "TEU", "倍", "%", "％", "岁", "年", "天", "小时",
    "分钟", "级", "册", "棵", "尾", "匹", "架", "艘", "枚", "瓶", "盒", "袋", "粒",
    "余人", "多人", "余家", "多家", "余个", "多个", "余项", "多项", "余名", "多名",
)  # fmt: skip
#: how far back (in characters, within the clause) a money word may stand
CONTEXT_WINDOW = 16

_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?、\n（）()“”\"]")
_CURRENCY_ALT = "|".join(sorted(map(re.escape, CURRENCIES), key=len, reverse=True))
_MULT_ALT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
# 签约 / 合约 end in 约 and 最近 / 附近 in 近: those are not approximation markers
_PREFIX_ALT = "|".join(
    {
        "约": "(?<![签合条公预节制邀相履违特集婚])约",
        "近": "(?<![最附临亲靠就远])近",
    }.get(p, p)
    for p in APPROX_PREFIXES
)

_AMOUNT_RE = re.compile(
    rf"(?P<prefix>(?:{_PREFIX_ALT})[ \u3000]?)?"
    rf"(?:(?<![0-9０-９A-Za-z.．])(?P<arabic>{ARABIC_NUMBER})"
    rf"|(?<![数几上好第零〇○一二两三四五六七八九十百千])(?P<chinese>{CHINESE_NUMBER}))"
    rf"[ \u3000]?(?P<inner>[余多])?"
    rf"(?P<mult>{_MULT_ALT})?"
    rf"(?P<inner2>[余多])?"
    rf"(?P<currency>{_CURRENCY_ALT})?"
    r"(?P<suffix>以上|左右|有余)?"
)
# 元素, 元件, 元宵, 元首, 元旦, 多元化 … are not the currency 元
_NOT_YUAN_RE = re.compile(r"[素件宵首旦老器化气帅]")


def _has_context(text: str, start: int, end: int) -> bool:
    """Is there a money word in the clause before ``text[start:]`` or right after ``end``?"""
    lo = max(0, start - CONTEXT_WINDOW)
    before = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    after = text[end : end + 4]
    return any(word in before for word in MONEY_CONTEXT) or any(
        after.lstrip("的").startswith(word) for word in ("投资", "资金", "金额", "融资")
    )


def _starts_with_unit(rest: str) -> bool:
    return rest.startswith(NON_MONEY_UNITS)


def _build(match: re.Match[str], text: str, offset: int, *, need_context: bool) -> Amount | None:
    """Turn one regex match into an ``Amount``, or ``None`` when it is not money."""
    number = match.group("arabic") or match.group("chinese")
    mult = match.group("mult")
    currency_word = match.group("currency")
    end = match.end()
    if currency_word and currency_word.endswith("元") and _NOT_YUAN_RE.match(text, end):
        # 多元化, 元素: drop the currency (and an inner 多 that is really part of the word)
        currency_word = None
        end = match.start("currency")
        if match.group("inner2") and match.group("inner2") == "多":
            end = match.start("inner2")
    if match.group("suffix") and not currency_word:
        return None  # "5万以上" without a currency is not reliably money
    if match.group("chinese") and not mult:
        lone = len(number) < 2 and number not in "十百千"
        if not currency_word or (currency_word in ("元", "新元") and lone):
            return None  # 统一元…, 唯一元…: a lone numeral before 元 is a word, not money
    value = parse_number(number)
    if value is None:
        return None
    if mult:
        value = value * MULTIPLIERS[mult]
    if currency_word:
        currency = CURRENCIES[currency_word]
    else:
        if not mult or _starts_with_unit(text[end:]):
            return None
        if need_context and not _has_context(text, match.start(), end):
            return None
        currency = "CNY"
    start = match.start()
    approximate = bool(match.group("prefix") or match.group("inner") or match.group("suffix")) or (
        match.group("inner2") is not None and end > match.start("inner2")
    )
    return Amount(
        value=tidy(value),
        currency=currency,
        text=text[start:end],
        start=offset + start,
        end=offset + end,
        approximate=approximate,
    )


def find_amounts(text: str, offset: int = 0) -> list[Amount]:
    """All sums of money in *text*, in order; offsets are ``offset`` + index in *text*.

    >>> [(a.value, a.currency) for a in find_amounts("签约总额3578.2亿，其中外资5亿美元")]
    [(Decimal('357820000000'), 'CNY'), (Decimal('500000000'), 'USD')]
    >>> find_amounts("观众超过32万人次")
    []
    """
    found: list[Amount] = []
    for match in _AMOUNT_RE.finditer(text):
        amount = _build(match, text, offset, need_context=True)
        if amount is not None:
            low = range_low(text, match, amount, offset)
            if low is not None and not any(f.start == low.start for f in found):
                found.append(low)
            found.append(amount)
    return found


#: the lower bound of a range written with one unit (20-30亿元, 20至30亿元)
_RANGE_LOW = re.compile(
    rf"(?<![0-9０-９.．])(?P<low>{ARABIC_NUMBER})[ \u3000]?(?:-|—|–|～|~|至|到)[ \u3000]?$"
)


def range_low(text: str, match: re.Match[str], upper: Amount, offset: int) -> Amount | None:
    """The lower bound of ``upper`` when a bare number and a dash stand right before it
    (20-30亿元 → 20亿元), with the upper bound's multiplier and currency.

    >>> [a.text for a in find_amounts("投资额为20-30亿元")]
    ['20', '30亿元']
    >>> [str(a.value) for a in find_amounts("投资额为20至30亿元")]
    ['2000000000', '3000000000']
    """
    if match.group("prefix") or not match.group("arabic"):
        return None
    low = _RANGE_LOW.search(text, max(0, match.start() - 16), match.start())
    value = parse_number(low.group("low")) if low else None
    if low is None or value is None:
        return None
    mult = match.group("mult")
    if mult:
        value = value * MULTIPLIERS[mult]
    if value >= upper.value:
        return None
    start, end = low.span("low")
    return Amount(
        value=tidy(value),
        currency=upper.currency,
        text=text[start:end],
        start=offset + start,
        end=offset + end,
        approximate=upper.approximate,
    )


def parse_amount(text: str) -> Amount | None:
    """The amount that *text* is as a whole, or ``None``.

    A number with a multiplier but no currency word (``"2.5亿"``) is taken as CNY, since the
    caller asserts the string is an amount; a bare number (``"104"``) is not an amount.

    >>> a = parse_amount("约1.2万亿元")
    >>> (a.value, a.currency, a.approximate, a.start, a.end)
    (Decimal('1200000000000'), 'CNY', True, 0, 7)
    >>> parse_amount("104") is None, parse_amount("104个") is None
    (True, True)
    """
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    match = _AMOUNT_RE.fullmatch(stripped)
    if match is None:
        return None
    amount = _build(match, stripped, lead, need_context=False)
    if amount is None or amount.end - lead != len(stripped):
        return None
    return amount


#: the head of a table's money column, with its unit in brackets (投资额（亿元）, 金额(万美元))
_MONEY_HEAD = re.compile(
    r"^(?:计划|协议|合同|签约|项目)?(?:总投资|投资总额|投资额|投资|金额|签约额|合同额|协议额)"
    r"[（(](?P<mult>亿|万|千万|百万)?(?P<currency>元人民币|人民币|元|美元|欧元|港元|日元)[）)]$"
)
#: the gap between two cells of a table written as plain text
_CELL_GAP = re.compile(r"[ \t\u3000]{2,}|\t")
#: a number alone in a cell
_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a line whose cells are parted by two spaces or more."""
    out, at = [], 0
    for gap in _CELL_GAP.finditer(line):
        if gap.start() > at:
            out.append((at, gap.start()))
        at = gap.end()
    if at < len(line.rstrip()):
        out.append((at, len(line.rstrip())))
    return out


def table_amounts(text: str) -> list[Amount]:
    """Sums in the money column of a table written as plain text, whose head cell gives the
    unit (投资额（亿元）): each row's number, in that unit; a row whose cells do not line up
    with the head, or whose cell is no number (—), gives none. The table ends at a blank line.

    >>> t = "序号  项目  甲方  投资额（亿元）\\n1  某项目  甲公司  50\\n2  某项目  乙公司  —\\n"
    >>> [(a.value, a.currency, a.text) for a in table_amounts(t)]
    [(Decimal('5000000000'), 'CNY', '50')]
    """
    found: list[Amount] = []
    column: int | None = None
    width = 0
    unit: tuple[int, str] = (1, "CNY")
    at = 0
    for line in text.split("\n"):
        cells = _cells(line)
        if not line.strip():
            column = None
        elif column is None:
            heads = [_MONEY_HEAD.match(line[a:b]) for a, b in cells]
            hit = next((k for k, h in enumerate(heads) if h), None)
            if hit is not None and len(cells) >= 3:
                head = heads[hit]
                assert head is not None
                column, width = hit, len(cells)
                unit = (
                    MULTIPLIERS[head.group("mult")] if head.group("mult") else 1,
                    CURRENCIES[head.group("currency")],
                )
        elif len(cells) == width:
            a, b = cells[column]
            if _CELL_NUMBER.fullmatch(line[a:b]):
                value = Decimal(line[a:b]) * unit[0]
                found.append(Amount(tidy(value), unit[1], line[a:b], at + a, at + b))
        at += len(line) + 1
    return found
