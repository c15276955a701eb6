"""Build ``data/places.tsv`` from the national administrative division codes.

Input: a CSV with columns ``adcode,name,…`` (12-digit codes; cpca 0.5.5's
``resources/adcodes.csv`` is such a file).
Output columns: name, short, level, parent, adcode, aliases.
County names shared by several divisions (e.g. 鼓楼区) keep no parent and no short form.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
#: one row of places.tsv: name, short, level, parent, adcode, aliases
Row = tuple[str, str, str, str, str, str]
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
_ETHNIC_SUFFIX = "自治州"
_ETHNIC = sorted(
    str.split(
        "蒙古 藏 回 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 "
        "哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 "
        "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
        "乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 "
        "门巴 珞巴 基诺"
    ),
    key=len,
    reverse=True,
)
#: colloquial forms that no rule yields
_EXTRA_ALIASES = {
    "博尔塔拉蒙古自治州": ("博州",),
    "巴音郭楞蒙古自治州": ("巴州",),
    "克孜勒苏柯尔克孜自治州": ("克州",),
    "西双版纳傣族自治州": ("版纳",),
}
#: divisions changed since the code list was published: old name -> new name ("" = abolished)
_RENAMED = {"湟中县": "湟中区", "莱芜市": ""}


def ethnic_stem(name: str, suffix: str = _ETHNIC_SUFFIX) -> str:
    """Place-name part of an autonomous division's name (自治州 unless told).

    >>> ethnic_stem("海西蒙古族藏族自治州"), ethnic_stem("博尔塔拉蒙古自治州")
    ('海西', '博尔塔拉')
    >>> ethnic_stem("大通回族土族自治县", "自治县")
    '大通'
    """
    stem = name.removesuffix(suffix)
    changed = True
    while changed:
        changed = False
        body = stem.removesuffix("族")
        for group in _ETHNIC:
            if body.endswith(group) and len(body) > len(group) + 1:
                stem, changed = body[: -len(group)], True
                break
    return stem


def county_alias(name: str) -> str | None:
    """The plain county or banner name an autonomous one also goes by, or None.

    >>> [county_alias(n) for n in ("互助土族自治县", "鄂温克族自治旗", "龙胜各族自治县")]
    ['互助县', '鄂温克旗', '龙胜县']
    >>> county_alias("格尔木市") is None
    True
    """
    for suffix in ("自治县", "自治旗"):
        if name.endswith(suffix):
            stem = ethnic_stem(name, suffix).removesuffix("各族")
            stem = stem.removesuffix("族") if len(stem) > 2 else stem
            return stem + suffix[-1] if len(stem) >= 2 else None
    return None


def add_county_aliases(rows: list[Row]) -> list[Row]:
    """Give each autonomous county with a parent its plain name as an alias, unless the stem
    is already a division's name or short form (河南蒙古族自治县 keeps no 河南县).

    >>> rows = [("互助土族自治县", "", "county", "海东市", "630223", "")]
    >>> add_county_aliases(rows)[0][5]
    '互助县'
    """
    taken = {n for r in rows for n in r[:2] if n}
    out = []
    for name, short, level, parent, code, aliases in rows:
        alias = county_alias(name) if level == "county" and parent else None
        if alias and alias[:-1] not in taken and alias not in taken:
            aliases = "|".join([alias, *filter(None, aliases.split("|"))])
        out.append((name, short, level, parent, code, aliases))
    return out


def short_form(name: str, level: str) -> str | None:
    """Common short form of a division name, or None.

    >>> short_form("海西蒙古族藏族自治州", "city"), short_form("锡林郭勒盟", "city")
    ('海西州', '锡林郭勒')
    >>> short_form("青海省", "province"), short_form("格尔木市", "county")
    ('青海', '格尔木')
    """
    if name in _PROVINCE_SHORT:
        return _PROVINCE_SHORT[name]
    if name.endswith(_ETHNIC_SUFFIX):
        return ethnic_stem(name) + "州"
    if name.endswith("地区"):
        return name[:-2]
    if level == "county" and not name.endswith("市"):
        return None
    if name.endswith(("省", "市", "盟")) and len(name) >= 3:
        return name[:-1]
    return None


def read_adcodes(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"]) for r in csv.DictReader(fh)]
    rows = [(c, _RENAMED.get(n, n)) for c, n in rows if n not in _PLACEHOLDERS]
    return sorted(r for r in rows if r[1])


def build_places(path: Path) -> list[Row]:
    """Return ``(name, short, level, parent, adcode, aliases)`` rows in adcode order."""
    rows = read_adcodes(path)
    by_code = dict(rows)
    county_counts = Counter(n for c, n in rows if c[4:] != "00")
    out = []
    for code, name in rows:
        if code[2:] == "0000":
            level, parent = "province", ""
        elif code[4:] == "00":
            level, parent = "city", by_code[code[:2] + "0000"]
        else:
            level = "county"
            parent = by_code.get(code[:4] + "00") or by_code[code[:2] + "0000"]
            if county_counts[name] > 1:
                parent = ""
        short = short_form(name, level) or ""
        if level == "county" and county_counts[name] > 1:
            short = ""
        aliases = list(_EXTRA_ALIASES.get(name, ()))
        if name.endswith(_ETHNIC_SUFFIX) and level == "city":
            aliases.insert(0, ethnic_stem(name))
        out.append((name, short, level, parent, code, "|".join(aliases)))
    return add_county_aliases(out)


def write_places(path: Path) -> int:
    rows = build_places(path)
    lines = ["# name\tshort\tlevel\tparent\tadcode\taliases\n"]
    lines += ["\t".join(r) + "\n" for r in rows]
    (DATA / "places.tsv").write_text("".join(lines), "utf-8")
    return len(rows)
