"""How a Chinese name sounds in the key spaces other languages' names meet it in.

A foreign name written in Chinese characters (阿米娜·罗斯利, the Xinhua way of transliterating
"Aminah Rosli") keeps the consonants of the name it transliterates: its characters'
pinyin reduced to a consonant skeleton (``transliteration_key``) meets the skeleton an English
report's spelling gives (``fairgraph.en.names.transliteration_key``). The classes both sides
share: P (b p), T (d t), K (g k), F (f v w), L (l r, and 尔 er), M, N (n, and a syllable's
nasal ending), S (s z c j q x zh ch sh); vowels, h and y carry nothing, and a class repeated
next to itself counts once.

A Chinese name read in Cantonese (何厚铧 → ho hau wah, as Hong Kong and Macao write their
people's names in the Hong Kong Government romanisation) is ``cantonese_keys``: its
characters' readings from ``data/cantonese_readings.tsv``.
"""

from __future__ import annotations

import functools
import itertools
import math
from importlib import resources

#: the marks between a foreign name's parts (given name · family name)
NAME_DOTS = "·•‧・."

_INITIALS = (
    ("zh", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("b", "P"),
    ("p", "P"),
    ("d", "T"),
    ("t", "T"),
    ("g", "K"),
    ("k", "K"),
    ("f", "F"),
    ("w", "F"),
    ("l", "L"),
    ("r", "L"),
    ("m", "M"),
    ("n", "N"),
    ("j", "S"),
    ("q", "S"),
    ("x", "S"),
    ("z", "S"),
    ("c", "S"),
    ("s", "S"),
    ("h", ""),
    ("y", ""),
)

#: the shortest skeleton worth a key: shorter ones are shared by too many names
MIN_SKELETON = 4


def _syllable_skeleton(syllable: str) -> str:
    if syllable == "er":  # 尔: the l or r of a transliterated name
        return "L"
    initial = next(((i, c) for i, c in _INITIALS if syllable.startswith(i)), ("", ""))
    nasal = "N" if syllable.endswith("n") or syllable.endswith("ng") else ""
    return initial[1] + nasal


def skeleton_of_pinyin(syllables: list[str]) -> str:
    """The consonant skeleton of pinyin syllables.

    >>> skeleton_of_pinyin(["a", "mi", "na", "luo", "si", "li"])
    'MNLSL'
    >>> skeleton_of_pinyin(["ka", "li", "mu", "man", "su", "er"])
    'KLMNSL'
    """
    out: list[str] = []
    for letter in "".join(_syllable_skeleton(s) for s in syllables):
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


def is_transliterated(name: str) -> bool:
    """A foreign name in characters: its parts joined by a dot, or four characters or more."""
    return any(d in name for d in NAME_DOTS) or len(name) >= 4


def transliteration_key(name: str) -> str | None:
    """The consonant skeleton of a transliterated name, None for a Chinese name or one too
    short to tell apart.

    >>> transliteration_key("阿米娜·罗斯利"), transliteration_key("阿列克谢·沃尔科夫")
    ('MNLSL', 'LKSFLKF')
    >>> transliteration_key("李明") is None
    True
    """
    if not is_transliterated(name):
        return None
    from pypinyin import lazy_pinyin

    letters = [s for s in lazy_pinyin(name) if s.isascii() and s.isalpha()]
    key = skeleton_of_pinyin([s.lower().replace("ü", "u").replace("v", "u") for s in letters])
    return key if len(key) >= MIN_SKELETON else None


def surname_readings(name: str) -> tuple[str, ...]:
    """A Chinese name's pinyin (letters, lower case) under each other reading of its first
    character, the family name (覃 tan, qin; 曾 ceng, zeng): family names keep readings the
    character's commonest one is not.

    >>> surname_readings("覃小东")
    ('qinxiaodong', 'yanxiaodong')
    >>> surname_readings("阿米娜·罗斯利"), surname_readings("李明")
    ((), ())
    """
    if not 2 <= len(name) <= 3 or any(d in name for d in NAME_DOTS):
        return ()  # a transliterated name, or one of a compound family name
    from pypinyin import Style, lazy_pinyin, pinyin

    rest = "".join(lazy_pinyin(name[1:])).lower()
    first = lazy_pinyin(name[0])[0]
    readings = pinyin(name[0], style=Style.NORMAL, heteronym=True)[0]
    return tuple(f"{r}{rest}" for r in readings if r != first and r.isalpha())


@functools.cache
def _readings() -> dict[str, tuple[str, ...]]:
    text = (
        resources.files("fairgraph.zh.naming")
        .joinpath("data", "cantonese_readings.tsv")
        .read_text("utf-8")
    )
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        char, readings = line.split("\t")[:2]
        out[char] = tuple(r for r in readings.split("|") if r)
    return out


#: at most this many Cantonese keys for one name (characters with several readings)
MAX_READINGS = 64


def plain_syllable(syllable: str) -> str:
    """A romanised syllable without the h or r some spellings end a vowel with (Wah and Wa,
    Hoh and Ho, Gar and Ga are one reading).

    >>> plain_syllable("wah"), plain_syllable("gar"), plain_syllable("chiu")
    ('wa', 'ga', 'chiu')
    """
    if len(syllable) > 2 and syllable[-1] in "hr" and syllable[-2] in "aeiou":
        return syllable[:-1]
    return syllable


def cantonese_keys(name: str) -> tuple[str, ...]:
    """A Chinese name of two to four characters in the Hong Kong Government romanisation, each
    way its characters may be read (letters only, lower case); none for a transliterated
    name or a character the table lacks.

    >>> "hohauwa" in cantonese_keys("何厚铧"), "leekachiu" in cantonese_keys("李家超")
    (True, True)
    """
    if not 2 <= len(name) <= 4 or any(d in name for d in NAME_DOTS):
        return ()
    table = _readings()
    if any(c not in table for c in name):
        return ()
    readings = [tuple(dict.fromkeys(plain_syllable(r) for r in table[c])) for c in name]
    if math.prod(len(r) for r in readings) > MAX_READINGS:
        readings = [r[:2] for r in readings]  # the commonest readings of each character
    return tuple(sorted({"".join(parts) for parts in itertools.product(*readings)}))
