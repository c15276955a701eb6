"""The year of a fair edition, from the series' founding and cadence (general knowledge).

A report that names 第25届青洽会 but states no year still dates the fair: editions of a
regular series fall in known years. Only series with a steady cadence are listed.

>>> year_of("中国·青海绿色发展投资贸易洽谈会", 25), year_of("中国进出口商品交易会", 136)
(2024, 2024)
>>> year_of("中国—阿拉伯国家博览会", 4), year_of("中国—南亚博览会", 3) is None
(2019, True)
>>> year_of("中国国际投资贸易洽谈会", 13), year_of("中国国际投资贸易洽谈会", 25)  # numbering reset
(2009, 2025)
"""

from __future__ import annotations

#: series → (an edition, its year, years between editions (0.5 = twice a year), first edition
#: from which the cadence holds); a later run of editions after a break in the numbering is
#: in RESUMED
CADENCE: dict[str, tuple[int, int, float, int]] = {
    "中国·青海绿色发展投资贸易洽谈会": (1, 2000, 1, 1),
    "中国进出口商品交易会": (1, 1957, 0.5, 1),
    "中国兰州投资贸易洽谈会": (30, 2024, 1, 20),
    "中国—东盟博览会": (1, 2004, 1, 1),
    "中国国际投资贸易洽谈会": (1, 1997, 1, 1),
    "中国国际进口博览会": (1, 2018, 1, 1),
    "中国国际消费品博览会": (1, 2021, 1, 1),
    "中国西部国际投资贸易洽谈会": (1, 2019, 1, 1),
    "中国—阿拉伯国家博览会": (1, 2013, 2, 1),
    "中国—南亚博览会": (6, 2022, 1, 6),
    "中国国际高新技术成果交易会": (1, 1999, 1, 1),
    "中国—非洲经贸博览会": (1, 2019, 2, 1),
    "中国·海峡项目成果交易会": (1, 2003, 1, 1),
    "中国（海南）国际热带农产品冬季交易会": (1, 1998, 1, 1),
    "中国国际工业博览会": (23, 2023, 1, 22),
    "中国（深圳）国际文化产业博览交易会": (19, 2023, 1, 19),
    "中国国际文化产业博览交易会": (19, 2023, 1, 19),
    "中国—中东欧国家博览会": (3, 2023, 1, 3),
    "中国哈尔滨国际经济贸易洽谈会": (32, 2023, 1, 30),
}


#: series whose numbering broke from the founding cadence: the cadence of the later editions,
#: and the last edition the founding cadence is known to hold for (投洽会: the 15th in 2011,
#: the 23rd in 2023; the years of the 16th to 21st are not known)
RESUMED: dict[str, tuple[tuple[int, int, float, int], int]] = {
    "中国国际投资贸易洽谈会": ((23, 2023, 1, 22), 15),
}


def year_of(series: str, edition: int | None) -> int | None:
    """The year edition ``edition`` of ``series`` was held, when the cadence is known."""
    entry = CADENCE.get(series)
    if edition is not None and series in RESUMED:
        later, last_founding = RESUMED[series]
        if edition >= later[3]:
            entry = later
        elif edition > last_founding:
            return None  # the years between the two known runs are not known
    if entry is None or edition is None or edition < entry[3]:
        return None
    anchor, year, step, _ = entry
    return year + int((edition - anchor) * step)
