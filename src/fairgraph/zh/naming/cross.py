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

from fairgraph.en.words import SMALL_WORDS, word_form
from fairgraph.resolve.records import (
    RULE_BRANCH,
    RULE_NAME_WORDS,
    RULE_NAME_WORDS_ANY_ORDER,
    RULE_TRADE_NAME,
)
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


def _pinyin(text: str) -> tuple[str]:
    from pypinyin import lazy_pinyin

    return ("".join(lazy_pinyin(text)).lower(),)


def _parts(text: str) -> list[tuple[tuple[str, ...], int]]:
    """A name's middle words as (English readings, characters read in pinyin) in order: table
    words translated (0), the runs between them in pinyin (their length)."""
    return [(readings, n) for readings, n, _role in _segments(text)]


#: what a segment of a name's words is (:func:`_segments`)
WORD, NAME, PLACE, HEAD = "word", "name", "place", "head"


def _segments(text: str) -> list[tuple[tuple[str, ...], int, str]]:
    """A name's middle words as (English readings, characters read in pinyin, what it is): a
    major group's short form at its head (``HEAD``), table words translated (``WORD``), a place
    of China among them by its short name in pinyin (``PLACE``), the runs between them in
    pinyin (``NAME``: a trade name).

    >>> [(r[0], n, role) for r, n, role in _segments("国网湖南省电力")]
    [('state grid', 0, 'head'), ('hunan', 3, 'place'), ('electric power', 0, 'word')]
    >>> [(r[0], n, role) for r, n, role in _segments("柳工机械")]
    [('liugong', 2, 'name'), ('machinery', 0, 'word')]
    """
    words = _words()
    longest = max(len(w) for w in words)
    parts: list[tuple[tuple[str, ...], int, str]] = []
    run = ""
    i = 0
    head = next((h for h in sorted(_heads(), key=len, reverse=True) if text.startswith(h)), None)
    if head is not None and len(text) > len(head):  # 国网湖南省电力: state grid …
        parts.append((_heads()[head], 0, HEAD))
        i = len(head)
    while i < len(text):
        place = _place_run(text[i:]) if not run else None
        if place is not None:  # 湖南省 among the words: hunan (pinyin of its short name)
            parts.append((_pinyin(_short_place(place)), len(place), PLACE))
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
            parts.append((_run(run), len(run), NAME))
            run = ""
        parts.append((words[found], 0, WORD))
        i += len(found)
    if run:
        parts.append((_run(run), len(run), NAME))
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
    >>> cross_keys("Place", "陕西省")
    ()

    A company of a trade name alone meets only by that name in pinyin (:func:`word_set_keys`):

    >>> cross_keys("Organization", "某某股份有限公司")
    (('trade-name-across-languages', 'Organization|-|moumou'),)

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
    if kind == "Fair":
        return fair_word_keys(label)
    if kind not in ("Organization", "Place"):
        return ()
    name = re.sub(r"\s+", "", label)
    branch = _branch(name) if kind == "Organization" else None
    # a branch is also keyed by its words, which the other language may write instead
    branched = ((RULE_BRANCH, f"{kind}|{branch[0]}|{branch[1]}|branch"),) if branch else ()
    return branched + _word_keys(kind, name) + word_set_keys(kind, name)


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


#: the characters that join two words of a name (物流与采购): an "and", keyed as nothing
_JOINS = frozenset("与和及暨、")
#: at most this many word sets keyed for one name
MAX_WORD_SETS = 256


def _word_set(readings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        word_form(w) for reading in readings for w in reading.split() if w not in SMALL_WORDS
    )


@functools.cache
def _ends() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(a for a in row[1].split("|") if a) for row in _rows("body_ends.tsv")}


def _word_parts(
    name: str,
) -> tuple[str, list[tuple[tuple[str, ...], str]], bool] | None:
    """(the place's key name or ``PLACELESS``, the name's other parts as (English readings,
    what each is), whether it is a group) of a company's, zone's or body's name, its kind's
    words among its parts and its legal form left out; None for a name of nothing but a place
    and a legal form."""
    place = None
    bracketed = _bracketed_place(name)
    if bracketed is not None:
        place, name = bracketed
    ending = next(((e, k) for e, k in _kinds() if name.endswith(e) and len(name) > len(e)), None)
    group = False
    tail: list[tuple[tuple[str, ...], str]] = []
    if ending is not None:
        name = name[: -len(ending[0])]
        if ending[1] in COMPANY_KINDS:
            group = "group" in ending[1]
        else:
            tail.append(((ending[1],), WORD))
    else:
        end = next((e for e in _ends() if name.endswith(e) and len(name) > len(e) + 1), None)
        if end is not None:  # 交通部: ministry
            name = name[: -len(end)]
            tail.append((_ends()[end], WORD))
    if place is None:
        head = _place(name)
        place, name = head if head is not None else (PLACELESS, name)
    parts = [
        (readings, role if role != NAME or n >= 2 else WORD)
        for readings, n, role in _segments(name)
        # a join between two words (物流与采购) is an "and": keyed as nothing
        if not (role == NAME and n == 1 and _joined(name, readings[0]))
    ]
    parts += tail
    if not parts:
        return None
    return place, parts, group


def _joined(name: str, reading: str) -> bool:
    """Whether a one-character run read ``reading`` is a join of the name (与 yu, 和 he …)."""
    from pypinyin import lazy_pinyin

    return any(lazy_pinyin(c)[0] == reading for c in _JOINS if c in name)


def word_set_keys(kind: str, label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a name meets the other language's by the set of its words, in any
    order: its place (as :func:`cross_keys` keys it) and its words, translated or in pinyin,
    its kind's words among them (中国物流与采购联合会 and China Federation of Logistics and
    Purchasing; 哈萨克斯坦交通部 and Ministry of Transport of Kazakhstan). A group is keyed
    with and without its group.

    >>> word_set_keys("Organization", "中国物流与采购联合会")[0][1]
    'Organization|中国|words:federation logistic purchasing'
    >>> "Organization|哈萨克斯坦|words:ministry transport" in dict(
    ...     reversed(k) for k in word_set_keys("Organization", "哈萨克斯坦交通部"))
    True

    A company with a trade name (a run of two characters or more in pinyin) is also keyed by
    its trade name and each choice of its other words, without its place, for an English name
    that leaves some out (北大荒农垦集团有限公司: Beidahuang Group, 潍柴动力股份有限公司: Weichai
    Power, 通威股份有限公司: Tongwei Co., Ltd.):

    >>> keys = [k for _, k in word_set_keys("Organization", "北大荒农垦集团有限公司")]
    >>> "Organization|-|beidahuang group" in keys, "Organization|-|beidahuang" in keys
    (True, True)
    """
    if kind not in ("Organization", "Place"):
        return ()
    parsed = _word_parts(re.sub(r"\s+", "", label))
    if parsed is None:
        return ()
    place, parts, group = parsed
    out: list[tuple[str, str]] = []
    if place != PLACELESS:
        for chosen in itertools.islice(itertools.product(*(r for r, _ in parts)), MAX_READINGS):
            words = _word_set(chosen)
            if not words:
                continue
            text = " ".join(sorted(words))
            out.append((RULE_NAME_WORDS_ANY_ORDER, f"{kind}|{place}|words:{text}"))
            if group:
                out.append((RULE_NAME_WORDS_ANY_ORDER, f"{kind}|{place}|words:{text} +group"))
    trade = next((i for i, (_r, role) in enumerate(parts) if role in (HEAD, NAME)), None)
    if trade is not None and kind == "Organization":
        others = [r for i, (r, _role) in enumerate(parts) if i != trade]
        if group:
            others.append(("group",))
        seen: set[str] = set()
        # the fewest and the most words first: the keys of a short and of a full English name
        for n in sorted(range(len(others) + 1), key=lambda n: min(n, len(others) - n)):
            for subset in itertools.combinations(others, n):
                for chosen in itertools.islice(itertools.product(*subset), MAX_READINGS):
                    text = " ".join(sorted(_word_set((parts[trade][0][0], *chosen))))
                    if text not in seen and len(seen) < MAX_WORD_SETS:
                        seen.add(text)
                        out.append((RULE_TRADE_NAME, f"{kind}|-|{text}"))
    return tuple(dict.fromkeys(out))


#: the words of a fair's kind (expo, exhibition, fair …), keyed as one: which a report's
#: English name gives a 博览会 or a 洽谈会 varies (the English naming's)
_FAIR_KINDS = frozenset(("expo", "exposition", "exhibition", "fair", "show", "mart"))
#: at most this many words of a fair's name left out for an English name without them
MAX_FAIR_DROPS = 2
#: the marks between the parts of a fair's name (中国（河南）, 中国—东盟, 中国·青海)
_FAIR_MARKS = re.compile(r"[（）()·•—\-－\s]")


def _fair_words(readings: tuple[str, ...]) -> frozenset[str]:
    return frozenset("fair" if w in _FAIR_KINDS else w for w in _word_set(readings))


def fair_word_keys(label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a fair edition meets the other language's by: its edition (or year)
    and the set of its series' words, translated or in pinyin (places by their short names),
    any word of a fair's kind as "fair"; also with up to two translated words left out, for an
    English name that writes fewer (第31届中国杨凌农业高新科技成果博览会: 31st China Yangling
    Agricultural Hi-tech Fair). Three words at least.

    >>> keys = [k for _, k in fair_word_keys("第14届中国（河南）国际投资贸易洽谈会")]
    >>> "Fair|14|china fair henan international investment trade" in keys
    True
    >>> fair_word_keys("中国（河南）国际投资贸易洽谈会")
    ()
    """
    found = re.fullmatch(r"第(\d+)届(.+)", label) or re.fullmatch(r"(\d{4})年(.+)", label)
    if found is None:
        return ()
    edition, series = found.groups()
    parts = [
        (readings, role)
        for readings, n, role in _segments(_FAIR_MARKS.sub("", series))
        if not (role == NAME and n == 1 and _joined(series, readings[0]))
    ]
    optional = [i for i, (_r, role) in enumerate(parts) if role == WORD]
    out: list[tuple[str, str]] = []
    for drops in range(min(MAX_FAIR_DROPS, len(optional)) + 1):
        for dropped in itertools.combinations(optional, drops):
            kept = [r for i, (r, _role) in enumerate(parts) if i not in dropped]
            for chosen in itertools.islice(itertools.product(*kept), MAX_READINGS):
                words = _fair_words(chosen)
                key = f"Fair|{int(edition)}|{' '.join(sorted(words))}"
                if len(words) >= 3 and (RULE_NAME_WORDS_ANY_ORDER, key) not in out:
                    out.append((RULE_NAME_WORDS_ANY_ORDER, key))
    return tuple(out)
