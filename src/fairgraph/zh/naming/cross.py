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

from fairgraph.resolve.records import RULE_NAME_WORDS
from fairgraph.zh.lexicon import load_lexicon

#: at most this many English readings of one name's middle words
MAX_READINGS = 32


def _rows(name: str) -> list[list[str]]:
    text = resources.files("fairgraph.zh.naming").joinpath("data", name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(a for a in row[1].split("|") if a) for row in _rows("name_words.tsv")}


@functools.cache
def _kinds() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((r[0], r[1]) for r in _rows("name_kinds.tsv")), key=lambda r: -len(r[0])))


def _place(name: str) -> tuple[str, str] | None:
    """(the place's key name, the rest) of a name beginning with a place or China."""
    lex = load_lexicon()
    for cut in range(min(len(name) - 1, 9), 1, -1):
        head = name[:cut]
        entry = lex.place_of(head)
        if entry is not None and entry.level in ("province", "city", "county"):
            return entry.name, name[cut:]
        country = lex.country_of(head)
        if country is not None and country.iso2 == "CN":
            return country.name, name[cut:]
    return None


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


def _middle(text: str) -> list[str]:
    """The English readings of a name's middle words: table words translated, the runs
    between them in pinyin."""

    words = _words()
    longest = max(len(w) for w in words)
    parts: list[tuple[str, ...]] = []
    run = ""
    i = 0
    while i < len(text):
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
            parts.append(_run(run))
            run = ""
        parts.append(words[found])
        i += len(found)
    if run:
        parts.append(_run(run))
    readings = itertools.islice(itertools.product(*parts), MAX_READINGS)
    return [" ".join(r) for r in readings]


def cross_keys(kind: str, label: str) -> tuple[tuple[str, str], ...]:
    """(rule, key) pairs a company's or zone's name meets English names by.

    >>> cross_keys("Organization", "陕西煤业化工集团有限责任公司")[0]
    ('translated-name-across-languages', 'Organization|陕西省|coal chemical industry|group co ltd')
    >>> cross_keys("Organization", "广西柳工机械股份有限公司")[0][1]
    'Organization|广西壮族自治区|liugong machinery|co ltd'
    >>> cross_keys("Organization", "某某机械股份有限公司"), cross_keys("Place", "陕西省人民政府")
    ((), ())
    """
    if kind not in ("Organization", "Place"):
        return ()
    name = re.sub(r"\s+", "", label)
    ending = next(((e, k) for e, k in _kinds() if name.endswith(e) and len(name) > len(e)), None)
    if ending is None:
        return ()
    head = _place(name[: -len(ending[0])])
    if head is None:
        return ()
    place, rest = head
    if not rest:
        return ()
    # a group company is also named without its legal form (天津港（集团）有限公司: Tianjin Port
    # Group), as English reports often name it
    kinds = (ending[1], "group") if ending[1] == "group co ltd" else (ending[1],)
    return tuple(
        (RULE_NAME_WORDS, f"{kind}|{place}|{middle}|{name_kind}")
        for middle in _middle(rest)
        for name_kind in kinds
    )
