"""Names of people: Chinese names in pinyin (a family name of ``data/surnames.tsv`` and a given
name of one or two pinyin syllables), and the shape of other personal names.

>>> is_chinese_name("Wang Xiao"), is_chinese_name("Ouyang Jian"), is_chinese_name("Zheng Jianbang")
(True, True, True)
>>> is_chinese_name("Bank Group"), is_chinese_name("Li Expo"), is_chinese_name("WANG Jianguo")
(False, False, True)
"""

from __future__ import annotations

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
    """Family name then a pinyin given name (or a Hong Kong style given name in two words)."""
    parts = name.split()
    if len(parts) == 2 and len(parts[0]) > 1 and parts[0].isupper():
        parts[0] = parts[0].title()  # WANG Jianguo: the family name in capitals
    if len(parts) == 2:
        return parts[0] in surnames() and is_pinyin_given(parts[1])
    if len(parts) == 3:  # Ho Hau Wah, Leung Chun-ying style
        return parts[0] in surnames() and all(p[:1].isupper() and p[1:].islower() for p in parts)
    return False
