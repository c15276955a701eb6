"""English words in the one form both languages' namings key a name's words by.

The cross-language key space (``cross_keys`` of each language's naming) is written in English
words: the English naming reads a name's words, the Chinese naming translates its words into
them. Both bring each word to one form here.

>>> word_form("Centres"), word_form("Industries"), word_form("ceramics"), word_form("gas")
('center', 'industry', 'ceramic', 'gas')
"""

from __future__ import annotations

#: the small words a name's words are keyed without
SMALL_WORDS = frozenset(("and", "of", "the", "for", "in", "on", "at", "de"))
#: one spelling of words English names write two ways (Centre, Hi-tech, Sci-tech)
KEY_SPELLINGS = {"centre": "center", "hi": "high", "sci": "science", "tech": "technology"}


def word_form(word: str) -> str:
    """An English word as both namings key a name's words: lower case, one spelling, the
    plural as the singular."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return KEY_SPELLINGS.get(word, word)
