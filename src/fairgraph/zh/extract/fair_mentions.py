"""Fair mentions: fair names in text (with their 第N届 edition), their series, the main fair.

Names come from the lexicon's full and short names and from the general pattern
第N届…洽谈会/博览会/交易会/展览会/采购会. Forums and summits (第N届…论坛/峰会) are events of
their own, not fairs, however they are numbered.

>>> from fairgraph.zh.lexicon import load_lexicon
>>> [(m.text, m.subtype) for m in find_fair_mentions("第五届某某商品博览会开幕", load_lexicon())]
[('第五届某某商品博览会', '5')]
>>> find_fair_mentions("第十届某某国际经贸论坛开幕", load_lexicon())
[]
>>> t = "2025中国（某某）投资贸易博览会开幕"
>>> [(m.text, m.subtype) for m in find_fair_mentions(t, load_lexicon())]
[('2025中国（某某）投资贸易博览会', None)]
>>> t = "2025（第二十八届）中国（海南）国际热带农产品冬季交易会闭幕"
>>> [(m.text, m.subtype) for m in find_fair_mentions(t, load_lexicon())]
[('2025（第二十八届）中国（海南）国际热带农产品冬季交易会', '28')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from decimal import Decimal

from fairgraph.model import Mention
from fairgraph.zh.extract.fair_fields import is_side_event
from fairgraph.zh.extract.numbers import parse_number
from fairgraph.zh.lexicon import Lexicon

#: 第N届, or 首届 (the first edition; no number group)
_EDITION = r"(?:第([0-9０-９]+|[一二三四五六七八九十百零〇两]+)|首)届"
_GENERIC_SUFFIX = r"(?:洽谈会|博览会|交易会|展览会|展销会|交流会|采购会|博鳌)"
#: a name's characters, with a short bracketed place inside it (中国（山东）国际贸易博览会)
_NAME_PART = r"(?:[^\s，。；、：“”《》（）()]|（[^（）\s，。；、]{1,6}）|\([^()\s，。；、]{1,6}\))"
_GENERIC = re.compile(_EDITION + r"(" + _NAME_PART + r"{2,30}?" + _GENERIC_SUFFIX + ")")
_EDITION_ONLY = re.compile(_EDITION + r"$")
#: the edition in brackets after a year, before the name: 2025（第二十八届）某某交易会
_BRACKET_EDITION = re.compile(r"(?:(?:19|20)[0-9]{2}年?)?[（(]" + _EDITION + r"[）)]$")
#: a fair named by its year, without an edition: 2025中国（天津）投资贸易洽谈会
_YEAR_GENERIC = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}年?((?:中国|国际|世界)"
    + _NAME_PART
    + r"{2,30}?(?:洽谈会|博览会|交易会|展览会|展销会))"
)
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年?$")
_YEAR_HEAD = re.compile(r"^((?:19|20)[0-9]{2})年?")


def find_fair_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Fair names in ``text``, with a preceding 第N届 included in the mention.

    Each returned mention has ``type == "Fair"`` and ``subtype`` set to the edition number
    as a string when one is given (``"25"``), else ``None``.
    """
    found: list[Mention] = []
    for match in lexicon.find(text):
        if match.type != "Fair":
            continue
        if is_side_event(Mention(match.start, match.end, match.text, "Fair")) and not re.search(
            _EDITION + r"$", text[max(0, match.start - 8) : match.start]
        ):
            continue  # a summit or forum held with a fair, not an edition of a fair
        start, edition = match.start, None
        window = text[max(0, start - 14) : start]
        head = re.search(_EDITION + r"$", window) or _BRACKET_EDITION.search(window)
        if head:
            start -= len(head.group())
            edition = _edition_number(head)
        else:
            start -= len(year_before(text, start))
        found.append(
            Mention(
                start,
                match.end,
                text[start : match.end],
                "Fair",
                str(int(edition)) if edition else None,
                origin="lexicon",
            )
        )
    for hit in [*_GENERIC.finditer(text), *_YEAR_GENERIC.finditer(text)]:
        if any(m.start < hit.end() and hit.start() < m.end for m in found):
            continue
        edition = _edition_number(hit) if hit.re is _GENERIC else None
        found.append(
            Mention(
                hit.start(),
                hit.end(),
                hit.group(),
                "Fair",
                str(int(edition)) if edition else None,
                origin="rule",
            )
        )
    return sorted(found)


#: the edition a report states of a fair it names without one (本届瓷博会为第二十一届)
_EDITION_STATED = re.compile(
    r"(?:为|是|系)第([0-9０-９一二三四五六七八九十百]{1,5})届(?![\u4e00-\u9fff]{0,3}[会展节])"
)


def stated_editions(text: str, fairs: Sequence[Mention], lexicon: Lexicon) -> dict[str, int]:
    """The one edition a report states right after a fair it names without one (2025某某博览会
    … 本届瓷博会为第二十一届 → the 21st), by series; a later fair named there (为第二届某某节的分
    会场) states none. The fair keeps its key (a year-named fair its year, as an English report
    of it keys it); the edition is a field of its facts.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> t = "2025中国景德镇国际陶瓷博览会开幕。本届瓷博会为第二十一届。"
    >>> stated_editions(t, find_fair_mentions(t, load_lexicon()), load_lexicon())
    {'中国景德镇国际陶瓷博览会': 21}
    >>> t = "本届瓷博会为第二届某某节的分会场。"
    >>> stated_editions(t, find_fair_mentions(t, load_lexicon()), load_lexicon())
    {}
    """
    told: dict[str, set[int]] = {}
    for m in fairs:
        hit = _EDITION_STATED.match(text, m.end) if m.type == "Fair" and not m.subtype else None
        number = parse_number(hit.group(1)) if hit else None
        if number is not None and number == int(number) and number > 0:
            told.setdefault(series_name(m, lexicon), set()).add(int(number))
    return {series: min(n) for series, n in told.items() if len(n) == 1}


def _edition_number(match: re.Match[str]) -> Decimal | int | None:
    """The edition a 第N届 / 首届 match states (首届 → 1)."""
    return parse_number(match.group(1)) if match.group(1) else 1


def year_before(text: str, start: int) -> str:
    """The year written right before a fair name (2025数博会, 2025年中国国际服务贸易交易会).

    >>> year_before("2025中国国际大数据产业博览会", 4), year_before("12025年服贸会", 6)
    ('2025', '')
    """
    match = _YEAR_BEFORE.search(text[max(0, start - 6) : start])
    return match.group() if match else ""


def mention_year(mention: Mention) -> int | None:
    """The year a fair mention begins with (2025数博会 → 2025), or None."""
    match = _YEAR_HEAD.match(mention.text)
    return int(match.group(1)) if match else None


def bare_fair_name(text: str) -> str:
    """A fair name without its 第N届 edition or leading year.

    >>> bare_fair_name("第十五届中博会"), bare_fair_name("2025年服贸会")
    ('中博会', '服贸会')
    """
    return _YEAR_HEAD.sub("", re.sub("^" + _EDITION, "", text))


def named_in_full(mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a fair mention writes a full name rather than one of the lexicon's short names.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> named_in_full(Mention(0, 12, "第3届中国国际消费品博览会", "Fair"), lex)
    True
    >>> named_in_full(Mention(0, 6, "第3届消博会", "Fair"), lex)
    False
    """
    bare = bare_fair_name(mention.text)
    entry = lexicon.fair_of(series_name(mention, lexicon))
    return entry is None or bare not in entry.short_names


def series_name(mention: Mention, lexicon: Lexicon, places: Collection[str] = ()) -> str:
    """The fair series a mention names: the lexicon's canonical name, else the name itself.

    A name written without the leading 中国 the lexicon's name has (or with one it lacks) is
    the same series; a leading year is not part of the name. A short name several series
    share (西洽会) is the one whose host city is among ``places`` (the report's place names),
    when exactly one is.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> series_name(Mention(0, 9, "2025年消博会", "Fair"), load_lexicon())
    '中国国际消费品博览会'
    >>> west = Mention(0, 3, "西洽会", "Fair")
    >>> series_name(west, load_lexicon(), {"西安"}), series_name(west, load_lexicon(), {"重庆"})
    ('中国东西部合作与投资贸易洽谈会', '中国西部国际投资贸易洽谈会')
    >>> series_name(Mention(0, 17, "中国（哈尔滨）国际经济贸易洽谈会", "Fair"), load_lexicon())
    '中国哈尔滨国际经济贸易洽谈会'
    >>> series_name(Mention(0, 11, "中国兰州贸易投资洽谈会", "Fair"), load_lexicon())
    '中国兰州投资贸易洽谈会'
    """
    name = bare_fair_name(mention.text)
    if places:
        candidates = lexicon.fair_candidates(name)
        hosted = sorted({c.name for c in candidates if c.city and _names_city(c.city, places)})
        if len(candidates) > 1 and len(hosted) == 1:
            return hosted[0]
    # (中国（哈尔滨）国际经济贸易洽谈会: a place in brackets is the same series as written bare)
    unbracketed = re.sub(r"[（(]([\u4e00-\u9fff]{2,4})[）)]", r"\1", name)
    swapped = name.replace("贸易投资", "投资贸易")  # (the two words as some reports order them)
    variants = (
        name,
        "中国" + name,
        name[2:] if name.startswith("中国") else name,
        unbracketed,
        "中国" + unbracketed,
        swapped,
    )
    entry = next((e for e in map(lexicon.fair_of, variants) if e is not None), None)
    return entry.name if entry else name


def _names_city(city: str, places: Collection[str]) -> bool:
    """Whether ``places`` names ``city`` (西安市 written 西安 or 西安市)."""
    bare = city[:-1] if city.endswith("市") and len(city) > 2 else city
    return city in places or bare in places


def abbreviates(short: str, series: str) -> bool:
    """Whether ``short`` can be a short name of ``series``: its characters appear in order in
    the series' name without its leading 中国, and it ends as the name ends (…会).

    >>> abbreviates("中博会", "中国中部投资贸易博览会")
    True
    >>> abbreviates("数博会", "中国国际大数据产业博览会")
    True
    >>> abbreviates("中博会", "中国—东北亚博览会"), abbreviates("哈洽会", "中国—俄罗斯博览会")
    (False, False)
    """
    short = bare_fair_name(short)
    rest = re.sub(r"^中国[—\-·]?", "", series)
    if len(short) < 2 or short[-1] != rest[-1:]:
        return False
    chars = iter(rest)
    return all(c in chars for c in short)


def main_fair(mentions: Sequence[Mention]) -> Mention | None:
    """The report's main fair: the first mention with an edition number, else the first."""
    fairs = [m for m in mentions if m.type == "Fair"]
    with_edition = [m for m in fairs if m.subtype]
    chosen = with_edition or fairs
    return chosen[0] if chosen else None
