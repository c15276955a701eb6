"""A company's or zone's Chinese name in the key space English names meet it in.

Many companies and zones are in no lexicon of either language, yet their English names are
made from their Chinese ones: the place (陕西 → Shaanxi), the words of the trade translated
(煤业化工 → Coal and Chemical Industry) or a trade name in pinyin (柳工 → LiuGong), and the
kind (集团有限责任公司 → Group Co., Ltd.; 高新技术产业开发区 → High-tech Industrial Development
Zone). ``cross_keys`` reads a Chinese name so: the place as the Chinese lexicon's full name
(the key both languages give places), the middle words in English from
``data/name_words.tsv`` or in pinyin, the kind from ``data/name_kinds.tsv``. A name without a
known place at its head or a known kind at its end has no such key: a trade name alone never
meets another language's name.
"""

from __future__ import annotations

import functools
import itertools
import re
from importlib import resources

from fairgraph.resolve.records import RULE_BRANCH, RULE_NAME_WORDS
from fairgraph.zh.lexicon import load_lexicon

#: at most this many English readings of one name's middle words
MAX_READINGS = 32
#: the place of a key whose name has none at its head (江铃汽车集团公司)
PLACELESS = "-"
#: the kinds (name_kinds.tsv) of a company's legal form: such a name meets only with words
#: besides its kind, and, with no place, with a trade name besides
COMPANY_KINDS = frozenset(("co ltd", "group co ltd", "group", "corp", "group corp"))


def _rows(name: str) -> list[list[str]]:
    text = resources.files("fairgraph.zh.naming").joinpath("data", name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(a for a in row[1].split("|") if a) for row in _rows("name_words.tsv")}


@functools.cache
def _heads() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(a for a in row[1].split("|") if a) for row in _rows("group_heads.tsv")}


def _place_run(text: str) -> str | None:
    """A place of China a run of a name's words begins with (湖南省 of 国网湖南省电力), read
    as its short name: a subsidiary's place written among its words (Hunan)."""
    lex = load_lexicon()
    for n in range(min(len(text), 6), 1, -1):
        entry = lex.place_of(text[:n])
        if entry is not None and entry.level in ("province", "city", "county"):
            return text[:n]
    return None


@functools.cache
def _kinds() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((r[0], r[1]) for r in _rows("name_kinds.tsv")), key=lambda r: -len(r[0])))


def _place(name: str) -> tuple[str, str] | None:
    """(the place's key name, the rest) of a name beginning with a place of China, China, or
    another country (肯尼亚全国工商会: a foreign body, keyed by the country's Chinese name)."""
    lex = load_lexicon()
    for cut in range(min(len(name), 9), 1, -1):
        head = name[:cut]
        entry = lex.place_of(head)
        if entry is not None and entry.level in ("province", "city", "county"):
            return entry.name, name[cut:]
        country = lex.country_of(head)
        if country is not None:
            return country.name, name[cut:]
        abroad = lex.foreign_place_of(head) or lex.foreign_place_of(head.removesuffix("市"))
        if abroad is not None and abroad.kind != "region":  # 河内市人民委员会: Hanoi's
            return abroad.name, name[cut:]
    return None


def _bracketed_place(name: str) -> tuple[str, str] | None:
    """(the place's key name, the name without it) of a name that writes its city in brackets
    at its end, as national venues do (国家会展中心（天津）: the centre of Tianjin).

    >>> _bracketed_place("国家会展中心（天津）")
    ('天津市', '国家会展中心')
    >>> _bracketed_place("天津港（集团）有限公司") is None
    True
    """
    found = re.fullmatch(r"(.+?)[（(]([^（）()]{2,9})[）)]", name)
    if found is None:
        return None
    entry = load_lexicon().place_of(found.group(2))
    if entry is None or entry.level not in ("province", "city", "county"):
        return None
    return entry.name, found.group(1)


def _run(run: str) -> tuple[str, ...]:
    """A run of a name outside the word table in pinyin; a port (港) ending it in English, as
    ports name themselves (青岛港 → qingdao port, 港 → port).

    >>> _run("青岛港"), _run("港"), _run("柳工")
    (('qingdao port',), ('port',), ('liugong',))
    """
    from pypinyin import lazy_pinyin

    if run.endswith("港"):
        head = "".join(lazy_pinyin(run[:-1])).lower()
        return (f"{head} port".strip(),)
    return ("".join(lazy_pinyin(run)).lower(),)


def _parts(text: str) -> list[tuple[tuple[str, ...], int]]:
    """A name's middle words as (English readings, characters read in pinyin) in order: table
    words translated (0), the runs between them in pinyin (their length)."""
    words = _words()
    longest = max(len(w) for w in words)
    parts: list[tuple[tuple[str, ...], int]] = []
    run = ""
    i = 0
    head = next((h for h in sorted(_heads(), key=len, reverse=True) if text.startswith(h)), None)
    if head is not None and len(text) > len(head):  # 国网湖南省电力: state grid …
        parts.append((_heads()[head], 0))
        i = len(head)
    while i < len(text):
        place = _place_run(text[i:]) if not run else None
        if place is not None:  # 湖南省 among the words: hunan (pinyin of its short name)
            parts.append((_run(_short_place(place)), len(place)))
            i += len(place)
            continue
        found = next(
            (
                text[i : i + n]
                for n in range(min(longest, len(text) - i), 1, -1)
                if text[i : i + n] in words
            ),
            None,
        )
        if found is None:
            run += text[i]
            i += 1
            continue
        if run:
            parts.append((_run(run), len(run)))
            run = ""
        parts.append((words[found], 0))
        i += len(found)
    if run:
        parts.append((_run(run), len(run)))
    return parts


def _short_place(name: str) -> str:
    """A place's name without its level's word (湖南省 → 湖南, 青岛市 → 青岛)."""
    entry = load_lexicon().place_of(name)
    short = entry.short if entry is not None and entry.short else name
    return re.sub(r"(?<=..)[省市县区]$", "", short)


def _middle(text: str) -> list[str]:
    """The English readings of a name's middle words: table words translated, the runs
    between them in pinyin."""
    readings = itertools.islice(itertools.product(*(p for p, _ in _parts(text))), MAX_READINGS)
    return [" ".join(r) for r in readings]


def _placeless(text: str, name_kind: str) -> bool:
    """Whether a name with no place at its head has words to meet by: a company's a trade name
    of two characters or more in pinyin *and* a translated word (江铃汽车: jiangling motors; a
    trade name alone never meets), a zone's or body's a name of two characters or more
    (红谷滩新区: honggutan new area).

    >>> _placeless("江铃汽车", "group corp"), _placeless("江铃", "corp")
    (True, False)
    >>> _placeless("红谷滩", "new area")
    True
    """
    parts = _parts(text)
    named = any(run >= 2 for _, run in parts)
    if name_kind in COMPANY_KINDS:
        return named and any(run == 0 for _, run in parts)
    return named


#: the ends of a company's branch's or subsidiary's name after its place
_BRANCH_ENDS = ("有限责任公司", "股份有限公司", "有限公司", "分公司", "公司")
#: the legal forms a parent company's registered name may end in, after the stem a branch keeps
_PARENT_ENDS = ("", "有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "集团公司")


def _branch(name: str) -> tuple[str, str] | None:
    """(the parent company's canonical name, the place's key name) of a lexicon company's
    branch or subsidiary named by the parent, a place and a company ending
    (中国移动通信集团天津有限公司, 中国移动天津分公司: China Mobile's at Tianjin).

    >>> _branch("中国移动通信集团天津有限公司"), _branch("中国移动天津分公司")
    (('中国移动通信集团有限公司', '天津市'), ('中国移动通信集团有限公司', '天津市'))
    >>> _branch("中国移动通信集团有限公司") is None, _branch("某某天津有限公司") is None
    (True, True)
    """
    lex = load_lexicon()
    end = next((e for e in _BRANCH_ENDS if name.endswith(e)), None)
    if end is None:
        return None
    body = name[: -len(end)]
    for cut in range(2, min(len(body) - 2, 9) + 1):
        place = lex.place_of(body[-cut:])
        if place is None or place.level not in ("province", "city", "county"):
            continue
        stem = body[:-cut]
        parent = next((o for e in _PARENT_ENDS if (o := lex.org_of(stem + e)) is not None), None)
        if parent is not None and parent.kind == "Company" and lex.place_of(stem) is None:
            return parent.name, place.name
    return None


def cross_keys(kind: str, label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a company's, zone's or body's name meets English names by.

    >>> cross_keys("Organization", "陕西煤业化工集团有限责任公司")[0]
    ('translated-name-across-languages', 'Organization|陕西省|coal chemical industry|group co ltd')
    >>> cross_keys("Organization", "广西柳工机械股份有限公司")[0][1]
    'Organization|广西壮族自治区|liugong machinery|co ltd'
    >>> cross_keys("Organization", "某某股份有限公司"), cross_keys("Place", "陕西省人民政府")
    ((), ())

    A body abroad is keyed by its country's Chinese name; a venue writing its city in brackets
    by that city; a name with no place at all by its words alone (``-`` for the place), only
    when it has a name of its own to meet by (:func:`_placeless`):

    >>> cross_keys("Organization", "肯尼亚全国工商会")[0][1]
    'Organization|肯尼亚|national|chamber commerce industry'
    >>> cross_keys("Place", "国家会展中心（天津）")[0][1]
    'Place|天津市|national|convention exhibition center'
    >>> cross_keys("Organization", "江铃汽车集团公司")[0][1]
    'Organization|-|jiangling automobile|group corp'

    A company is also keyed without its kind (``…|``), as English reports name it by its words
    alone (Jiangling Motors):

    >>> [k for _, k in cross_keys("Organization", "江铃汽车集团公司") if k.endswith("motors|")]
    ['Organization|-|jiangling motors|']
    """
    if kind not in ("Organization", "Place"):
        return ()
    name = re.sub(r"\s+", "", label)
    branch = _branch(name) if kind == "Organization" else None
    # a branch is also keyed by its words, which the other language may write instead
    branched = ((RULE_BRANCH, f"{kind}|{branch[0]}|{branch[1]}|branch"),) if branch else ()
    return branched + _word_keys(kind, name)


def _word_keys(kind: str, name: str) -> tuple[tuple[str, str], ...]:
    """The keys of :func:`cross_keys` by place, words and kind."""
    bracketed = _bracketed_place(name)
    if bracketed is not None:
        name = bracketed[1]
    ending = next(((e, k) for e, k in _kinds() if name.endswith(e) and len(name) > len(e)), None)
    if ending is None:
        return ()
    head = (bracketed[0], name[: -len(ending[0])]) if bracketed else _place(name[: -len(ending[0])])
    if head is None:
        rest = name[: -len(ending[0])]
        if not _placeless(rest, ending[1]):
            return ()
        head = (PLACELESS, rest)
    place, rest = head
    if not rest and (ending[1] in COMPANY_KINDS or place == PLACELESS):
        return ()
    # a name with a place at its head also by its words alone, as English reports often write
    # it without its place (南昌小蓝经济技术开发区: Xiaolan Economic and Technological Development
    # Zone; 江西江铃汽车集团有限公司: Jiangling Motors), when it has a name of its own besides
    places = (place, PLACELESS) if place != PLACELESS and _placeless(rest, ending[1]) else (place,)
    # a group company is also named without its legal form (天津港（集团）有限公司: Tianjin Port
    # Group), and a company by its words alone (江铃汽车集团公司: Jiangling Motors), as English
    # reports often name them
    kinds: tuple[str, ...] = (ending[1],)
    if ending[1] in ("group co ltd", "group corp"):
        kinds += ("group",)
    if ending[1] in COMPANY_KINDS and kind == "Organization":
        kinds += ("",)
    return tuple(
        (RULE_NAME_WORDS, f"{kind}|{where}|{middle}|{name_kind}")
        for where in places
        for middle in (_middle(rest) if rest else [""])
        for name_kind in kinds
    )
