"""Tokens of an English sentence and the CRF's features of each token.

Tokens are spaCy's blank English tokenizer's (the one :mod:`fairgraph.en.sentences` cuts
sentences with), as ``(start, end)`` offsets into the sentence. Each token's features: the
word, its lower case, its shape (``Xxxx``, ``XXX``, ``dd``, mixed), prefixes and suffixes,
the same of the two words before and after, and its place in the English lexicon's word lists
(``data/*.tsv``: countries, places, bodies, titles, organisation suffixes, company nouns …),
read as data, never a name of a particular report.

>>> tokenize("Acme Co., Ltd. signed with Zambia.")
[(0, 4), (5, 8), (8, 9), (10, 14), (15, 21), (22, 26), (27, 33), (33, 34)]
>>> shape("Acme"), shape("CATL"), shape("2024"), shape("KazMunayGas"), shape("e-commerce")
('Xxxx', 'XXXX', 'dddd', 'XxxXxxxxXxx', 'x-xxxxxxxx')
>>> short_shape("KazMunayGas")
'XxXxXx'
>>> feats = sentence_features("Acme Co., Ltd. signed with Zambia.")
>>> "lex:country=B" in feats[6], "lex:suffix" in feats[3], "w=signed" in feats[4]
(True, True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from fairgraph.en.lexicon import data_rows, load_lexicon
from fairgraph.en.names import surnames
from fairgraph.en.sentences import english

#: the version of the feature set; a model records the one it was trained with
FEATURE_VERSION = 1
#: the longest lexicon name matched, in tokens
_MAX_NAME = 8
_MONTHS_DAYS_WORDS = (
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec. "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
_MONTHS_DAYS = frozenset(_MONTHS_DAYS_WORDS.split())


def tokenize(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each token of ``sentence`` (spaces left out)."""
    doc = english().tokenizer(sentence)
    return [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


def shape(word: str) -> str:
    """X for a capital, x for a small letter, d for a digit; any other character as it is."""
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.isalpha():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


def short_shape(word: str) -> str:
    """The shape with runs of one character kept once."""
    return re.sub(r"(.)\1+", r"\1", shape(word))


@dataclass(frozen=True)
class Gazetteer:
    """The lexicon as the features read it: word sets, and multi-word names by kind."""

    words: dict[str, frozenset[str]]  # kind → words (as written; ``lower`` kinds in lower case)
    names: dict[tuple[str, ...], str]  # token tuple → kind (the longest kind wins ties by order)


#: word-set kinds read in lower case
_LOWER_KINDS = frozenset({"company_noun", "people_noun", "signing_verb", "title_word"})


@cache
def gazetteer() -> Gazetteer:
    """The English lexicon's lists, read once."""
    lex = load_lexicon()
    words: dict[str, set[str]] = {
        "suffix": set(),
        "company_noun": set(),
        "trade": set(),
        "prefix": set(),
        "title_word": set(),
        "signing_verb": set(),
        "people_noun": set(),
        "surname": set(surnames()),
        "demonym": set(lex.demonyms),
    }
    for suffix in lex.org_suffixes:
        words["suffix"].add(suffix.split()[-1])
    for noun, _ in data_rows("company_nouns.tsv", 2):
        words["company_noun"].update(w.lower() for w in noun.split())
    words["trade"].update(r[0] for r in data_rows("trade_words.tsv", 1))
    for prefix, _ in data_rows("org_prefixes.tsv", 2):
        words["prefix"].update(prefix.split())
    for title in lex.titles:
        words["title_word"].update(w.lower() for w in title.split())
    for row in data_rows("signing_verbs.tsv", 2):
        words["signing_verb"].add(row[0].lower())
        words["signing_verb"].update(v.lower() for v in row[1].split("|") if v)
    words["people_noun"].update(r[0].lower() for r in data_rows("people_nouns.tsv", 1))
    names: dict[tuple[str, ...], str] = {}
    kinds: list[tuple[str, Iterable[str]]] = [
        ("body", lex.bodies),
        ("fair", lex.fairs),
        ("title", lex.titles),
        ("place", lex.places),
        ("country", lex.countries),
    ]
    for kind, forms in kinds:  # later kinds win: a country's name is a country's
        for form in forms:
            toks = tuple(form[s:e] for s, e in tokenize(form))
            if 0 < len(toks) <= _MAX_NAME:
                names[toks] = kind
    return Gazetteer({k: frozenset(v) for k, v in words.items()}, names)


def _name_tags(words: list[str], gaz: Gazetteer) -> list[list[str]]:
    """``lex:KIND=B`` / ``=I`` of the tokens the longest lexicon name at each place covers."""
    out: list[list[str]] = [[] for _ in words]
    i = 0
    while i < len(words):
        for n in range(min(_MAX_NAME, len(words) - i), 0, -1):
            kind = gaz.names.get(tuple(words[i : i + n]))
            if kind is not None:
                out[i].append(f"lex:{kind}=B")
                for j in range(i + 1, i + n):
                    out[j].append(f"lex:{kind}=I")
                i += n
                break
        else:
            i += 1
    return out


def _word_features(word: str, gaz: Gazetteer) -> list[str]:
    lower = word.lower()
    out = [
        f"w={word}",
        f"low={lower}",
        f"shape={short_shape(word)}",
        f"p1={word[:1]}",
        f"p2={word[:2]}",
        f"p3={word[:3]}",
        f"s1={lower[-1:]}",
        f"s2={lower[-2:]}",
        f"s3={lower[-3:]}",
    ]
    if len(word) <= 6:
        out.append(f"fshape={shape(word)}")
    if word[:1].isupper():
        out.append("cap")
    if word.isupper() and len(word) > 1:
        out.append("upper")
    if word in _MONTHS_DAYS:
        out.append("date_word")
    for kind, members in gaz.words.items():
        if (lower if kind in _LOWER_KINDS else word) in members:
            out.append(f"lex:{kind}")
    return out


def sentence_features(sentence: str, gaz: Gazetteer | None = None) -> list[list[str]]:
    """The features of each token of ``sentence`` (:func:`tokenize`'s tokens)."""
    gaz = gaz or gazetteer()
    words = [sentence[s:e] for s, e in tokenize(sentence)]
    own = [_word_features(w, gaz) for w in words]
    for feats, names in zip(own, _name_tags(words, gaz), strict=True):
        feats.extend(names)
    out: list[list[str]] = []
    for i, word in enumerate(words):
        feats = ["bias", *own[i]]
        if i == 0:
            feats.append("BOS")
        if i == len(words) - 1:
            feats.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < len(words):
                continue
            other = words[j]
            feats.append(f"{d}:low={other.lower()}")
            feats.append(f"{d}:shape={short_shape(other)}")
            if abs(d) == 1:
                feats.extend(
                    f"{d}:{f}" for f in own[j] if f.startswith(("lex:", "cap", "upper", "s3="))
                )
        if i > 0:
            feats.append(f"-1|0={words[i - 1].lower()}|{word.lower()}")
        if i + 1 < len(words):
            feats.append(f"0|1={word.lower()}|{words[i + 1].lower()}")
        out.append(feats)
    return out
