"""Names of people: Chinese names in pinyin (a family name of ``data/surnames.tsv`` and a given
name of one or two pinyin syllables), and the shape of other personal names.

>>> is_chinese_name("Wang Xiao"), is_chinese_name("Ouyang Jian"), is_chinese_name("Zheng Jianbang")
(True, True, True)
>>> is_chinese_name("Bank Group"), is_chinese_name("Li Expo"), is_chinese_name("WANG Jianguo")
(False, False, True)
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from fairgraph.en.lexicon import data_rows

_INITIALS = "b|p|m|f|d|t|n|l|g|k|h|j|q|x|zh|ch|sh|r|z|c|s|y|w"
_FINALS = (
    "a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui"
    "|uan|un|uang|ueng|ü|ue|üe|v|ve"
)
#: one pinyin syllable (tone marks left out), or a zero-initial one
SYLLABLE = rf"(?:(?:{_INITIALS})(?:{_FINALS})|a|ai|an|ang|ao|e|ei|en|eng|er|o|ou)"
#: a given name: one or two syllables, an apostrophe where the next starts with a vowel
#: (Min'er, Xi'an), a hyphen before a second one (Wei-min)
_GIVEN = re.compile(rf"(?:{SYLLABLE})(?:['’]?(?:{SYLLABLE}))?(?:-(?:{SYLLABLE}))?", re.IGNORECASE)


@cache
def surnames() -> frozenset[str]:
    return frozenset(r[0] for r in data_rows("surnames.tsv", 1))


@cache
def family_names_abroad() -> frozenset[str]:
    """Family names written first in names that are not Chinese (Vietnamese: Nguyen, Tran)."""
    return frozenset(r[0] for r in data_rows("family_names_abroad.tsv", 1))


def is_pinyin_given(word: str) -> bool:
    """A given name of one or two pinyin syllables (Jianbang, Xiao, Wei-min, Min'er).

    >>> is_pinyin_given("Min'er"), is_pinyin_given("Min’er"), is_pinyin_given("O'Brien")
    (True, True, False)
    """
    return word[:1].isupper() and _GIVEN.fullmatch(word) is not None


def is_chinese_name(name: str) -> bool:
    """Family name then a pinyin given name (or a Hong Kong style given name in two words).

    >>> is_chinese_name("Ho Hau Wah"), is_chinese_name("Leung Chun-ying")
    (True, True)
    >>> is_chinese_name("Hong Kong Exchanges"), is_chinese_name("Gao Peak Financial")
    (False, False)
    """
    parts = name.split()
    if len(parts) == 2 and len(parts[0]) > 1 and parts[0].isupper():
        parts[0] = parts[0].title()  # WANG Jianguo: the family name in capitals
    if len(parts) == 2:
        return parts[0] in surnames() and is_pinyin_given(parts[1])
    if len(parts) == 3:  # Ho Hau Wah, Leung Chun-ying style: one-syllable words
        return (
            parts[0] in surnames()
            and all(p[:1].isupper() and p[1:].islower() for p in parts)
            and all(len(piece) <= 6 for p in parts[1:] for piece in p.split("-"))
        )  # (not Hong Kong Exchanges, Gao Peak Financial: English words past a syllable's length)
    return False


#: English spellings → the consonant classes a transliteration keeps (the Chinese naming's
#: ``fairgraph.zh.naming.sounds``: P T K F L M N S; vowels, h, w-less y carry nothing), longest
#: spelling first
_SPELLINGS = (
    ("sch", "S"),
    ("tch", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "S"),
    ("ph", "F"),
    ("th", "T"),
    ("kh", ""),  # Khalid 哈立德, Mikhail 米哈伊尔: read as an h
    ("gh", "K"),
    ("ck", "K"),
    ("qu", "K"),
    ("ng", "N"),
    ("x", "KS"),
    ("ce", "S"),
    ("ci", "S"),
    ("cy", "S"),
    ("c", "K"),
    ("j", "S"),
    ("g", "K"),
    ("k", "K"),
    ("q", "K"),
    ("z", "S"),
    ("s", "S"),
    ("w", "F"),
    ("v", "F"),
    ("f", "F"),
    ("b", "P"),
    ("p", "P"),
    ("d", "T"),
    ("t", "T"),
    ("l", "L"),
    ("r", "L"),
    ("m", "M"),
    ("n", "N"),
)
_VOWELS = "aeiouy"
#: the shortest skeleton worth a key (the Chinese naming's MIN_SKELETON)
_MIN_SKELETON = 4


def transliteration_key(name: str) -> str | None:
    """The consonant skeleton of a foreign name, as its Chinese transliteration keeps it (an r
    before a consonant goes unwritten: Robert 罗伯特); None for a Chinese name in pinyin or a
    skeleton too short to tell names apart.

    >>> transliteration_key("Aminah Rosli"), transliteration_key("Alexei Volkov")
    ('MNLSL', 'LKSFLKF')
    >>> transliteration_key("Karim Mansour"), transliteration_key("Li Ming")
    ('KLMNSL', None)
    """
    if is_chinese_name(name) or " " not in name.strip():
        return None
    return _skeleton(re.sub(r"[^a-z]", "", name.lower()), ())


#: spellings a Chinese transliteration may read otherwise than the plain skeleton does, each
#: tried as a further key: a w ending a word after a vowel is unwritten (Matthew 马修, Getachew
#: 格塔丘); an ng before a vowel is written with its g (Ndungu 恩东古); a u after a vowel is
#: written 乌 (Kamau 卡马乌); and the readings of other languages' spellings below
_READINGS = (
    (re.compile(r"(?<=[aeiou])w$"), ""),
    (re.compile(r"ng(?=[aeiou])"), "ngg"),
    (re.compile(r"(?<=[aeio])u(?![aeiou])"), "wu"),
    # a j opening a word read as a y or an h (Jovanovic 约万诺维奇, Javier 哈维尔)
    (re.compile(r"^j(?=[aeiou])"), ""),
    # a c, cs or cz ending a word read as ch (Jovanovic 约万诺维奇, Kovacs 科瓦奇)
    (re.compile(r"(?<=[aeiou])(?:cs|cz|c)$"), "ch"),
    # k, qu or g before an i read as j (Quispe 基斯佩, Gianni 詹尼)
    (re.compile(r"(?:k|qu|g)(?=i)"), "j"),
    # an m closing a syllable written with a nasal n (Somchai 颂猜)
    (re.compile(r"m(?=[^aeiouy])"), "n"),
    # an r ending a word left unwritten (Brenner 布伦纳), or one before a consonant written as
    # a syllable of its own (Lacerda 拉塞尔达)
    (re.compile(r"(?<=[aeiou])r$"), ""),
    (re.compile(r"r(?=[^aeiouyr])"), "ro"),
)


def transliteration_keys(name: str) -> tuple[str, ...]:
    """The skeletons a foreign name's Chinese transliteration may keep: the one of
    :func:`transliteration_key`, and where a word of the name but its last ends in a vowel and
    an r, the one with that r written too (Batbayar 巴特巴雅尔, Omar 奥马尔: an r ending a word is
    often written 尔, where Peter 彼得 leaves it out); each also under the other readings of
    ``_READINGS`` its words allow.

    >>> transliteration_keys("Batbayar Gantulga")
    ('PTPKNTLK', 'PTPLKNTLK')
    >>> transliteration_keys("Aminah Rosli"), transliteration_keys("Li Ming")
    (('MNLSL',), ())
    >>> "TSFKTS" in transliteration_keys("Tesfaye Getachew")
    True
    >>> "PTKMFNTNK" in transliteration_keys("Peter Kamau Ndungu")
    True
    """
    first = transliteration_key(name)
    if first is None:
        return ()
    words = [re.sub(r"[^a-z]", "", w) for w in name.lower().split()]
    out = [first]
    readings = [r for r in _READINGS if any(r[0].search(w) for w in words)]
    for n in range(len(readings) + 1):
        for chosen in itertools.combinations(readings, n):
            read = list(words)
            for pattern, written in chosen:
                read = [pattern.sub(written, w) for w in read]
            ends, at = [], 0
            for word in read[:-1]:
                at += len(word)
                if len(word) > 2 and word.endswith("r") and word[-2] in _VOWELS:
                    ends.append(at - 1)  # where that r stands in the letters
            for written_r in ((), tuple(ends)) if ends else ((),):
                key = _skeleton("".join(read), written_r)
                if key and key not in out:
                    out.append(key)
    return tuple(out)


def _skeleton(letters: str, written_r: tuple[int, ...]) -> str | None:
    """The consonant skeleton of a name's letters (``written_r``: where an r before a
    consonant is written all the same)."""
    out: list[str] = []
    i = 0
    while i < len(letters):
        if letters[i] in _VOWELS or letters[i] == "h":
            i += 1
            continue
        if (
            letters[i] == "r"
            and i + 1 < len(letters)
            and letters[i + 1] not in _VOWELS
            and i not in written_r
        ):
            i += 1  # Robert, Mark: the r goes unwritten
            continue
        spelling, classes = next((s, c) for s, c in _SPELLINGS if letters.startswith(s, i))
        if spelling in ("ce", "ci", "cy"):
            spelling = "c"  # the vowel is read on
        for c in classes:
            if not out or out[-1] != c:
                out.append(c)
        i += len(spelling)
    key = "".join(out)
    return key if len(key) >= _MIN_SKELETON else None


def _plain_syllable(syllable: str) -> str:
    if len(syllable) > 2 and syllable[-1] in "hr" and syllable[-2] in "aeiou":
        return syllable[:-1]  # Wah and Wa, Hoh and Ho: one reading
    return syllable


def cantonese_keys(name: str) -> tuple[str, ...]:
    """The ends of a name that may be a Chinese name in the Hong Kong Government romanisation
    (Ho Hau Wah of Edmund Ho Hau Wah, Lee Ka-chiu of John Lee Ka-chiu): its last two and
    three syllables, as the Chinese naming reads the characters in Cantonese (letters only, a
    vowel's closing h or r left out).

    >>> cantonese_keys("Edmund Ho Hau Wah"), cantonese_keys("John Lee Ka-chiu")
    (('hauwa', 'hohauwa'), ('kachiu', 'leekachiu'))
    """
    syllables = [_plain_syllable(s) for s in re.split(r"[\s-]+", name.lower().strip()) if s]
    if len(syllables) < 2 or not all(s.isascii() and s.isalpha() for s in syllables):
        return ()
    return tuple("".join(syllables[-n:]) for n in (2, 3) if n <= len(syllables))
