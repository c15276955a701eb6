"""Character features of the CRF: n-gram windows, character class, word boundaries, gazetteer.

The same function computes features at training and at run time, so the model and its
features never drift apart.  Word boundaries come from ``rjieba`` (identical output to
``jieba.cut`` on news text, ~15× faster) or ``jieba`` when rjieba is absent.

>>> feats = sentence_features("青海省长")
>>> "c=省" in feats[2] and "g=PLC:E" in feats[2]
True
>>> len(feats)
4
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fairgraph.errors import ModelError

#: bumped whenever the feature set changes; stored in the model's metadata
FEATURE_VERSION = "fg-ner-features-4"
#: the domain (annotation convention) labels of the training corpora: CLUENER2020's and
#: MSRA's; a model records in its metadata which one fairgraph runs it with
CLUE_DOMAIN = "clue"
MSRA_DOMAIN = "msra"

_PAD = "␂"
#: the features copied per domain when a model is trained with ``augment``: the lexical ones,
#: where the corpora's conventions differ (copying all of them triples the tagging time)
AUGMENTED = ("c=", "t=", "w=", "p=", "g=")


@dataclass(frozen=True)
class FeatureSet:
    """Which optional feature groups a model uses (recorded in its metadata).

    ``pos``: the dictionary part of speech of the word around a character and of its
    neighbours (jieba's dictionary, looked up per segmented word — no tagger runs).
    ``augment``: a domain-specific copy of the lexical features (Daumé III, 2007), so one model
    learns the annotation conventions of several corpora and is told at run time which to follow.

    >>> FeatureSet.from_dict({"pos": True}) == FeatureSet(pos=True)
    True
    """

    pos: bool = False
    augment: bool = False

    def as_dict(self) -> dict[str, bool]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> FeatureSet:
        return cls(pos=bool(data.get("pos", False)), augment=bool(data.get("augment", False)))


#: the feature set of models trained before ``pos``/``augment`` existed
PLAIN = FeatureSet()


def jieba_dictionary_path() -> Path:
    """jieba's main dictionary (word, frequency, part of speech), shipped with jieba.

    Found without importing jieba (whose import costs ~0.2 s at every start).
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("jieba is not installed: reinstall fairgraph (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's dictionary read once: word → tag, word → frequency."""
    text = jieba_dictionary_path().read_text("utf-8")
    tokens = text.split()
    if len(tokens) % 3 == 0:
        words, counts, tags = tokens[0::3], tokens[1::3], tokens[2::3]
        return dict(zip(words, tags, strict=True)), dict(zip(words, map(int, counts), strict=True))
    pos: dict[str, str] = {}  # pragma: no cover - a dictionary with irregular lines
    freq: dict[str, int] = {}  # pragma: no cover
    for line in text.splitlines():  # pragma: no cover
        parts = line.split()
        if len(parts) == 3:
            pos[parts[0]] = parts[2]
            if parts[1].isdigit():
                freq[parts[0]] = int(parts[1])
    return pos, freq  # pragma: no cover


def word_pos() -> dict[str, str]:
    """Word → part-of-speech tag of jieba's dictionary (``nr`` person, ``ns`` place …).

    Read from the installed jieba package (lines of ``word frequency tag``), never copied
    into fairgraph; a model records the dictionary's sha256.

    >>> word_pos()["北京"]
    'ns'
    """
    return _dictionary()[0]


def word_frequency() -> dict[str, int]:
    """Word → frequency in jieba's dictionary (how common a word of the language is).

    >>> word_frequency()["认为"] > 1000
    True
    """
    return _dictionary()[1]


def _pos_of(word: str, lexicon: Mapping[str, str]) -> str:
    """The dictionary tag of a word; unknown Han words are ``oov`` (often names)."""
    tag = lexicon.get(word)
    if tag is not None:
        return tag
    return "oov" if char_class(word[0]) == "H" else char_class(word[0])


def char_class(ch: str) -> str:
    """One letter for the kind of a character.

    >>> [char_class(c) for c in "中3a，Ａ·"]
    ['H', 'D', 'L', 'P', 'L', 'P']
    """
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "H"
    if ch.isdigit() or ch in "〇零一二三四五六七八九十百千万亿":
        return "D" if ch.isdigit() else "N"
    if ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    return "P"


#: :func:`char_class` of the characters seen so far (a pure function of the character)
_CLASSES: dict[str, str] = {}


def _class_of(ch: str) -> str:
    found = _CLASSES[ch] = char_class(ch)
    return found


def _segmenter() -> Callable[[str], list[str]]:
    try:
        import rjieba

        return rjieba.cut  # type: ignore[no-any-return]
    except ImportError:  # pragma: no cover - rjieba is optional
        import jieba

        jieba.setLogLevel(60)
        return lambda text: list(jieba.cut(text))


segment: Callable[[str], list[str]] = _segmenter()


def trie_regex(words: Iterable[str]) -> str:
    """A regular expression matching the longest of ``words`` at a position.

    >>> re.match(trie_regex(["青海", "青海省", "西宁"]), "青海省会").group()
    '青海省'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return ("(?:" + body + ")?") if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return "(?:" + build(trie) + ")"


Gazetteer = dict[str, "re.Pattern[str]"]


def read_gazetteer(path: Path) -> Gazetteer:
    """Read a ``category<TAB>term`` file into category → compiled longest-match pattern."""
    terms: dict[str, list[str]] = {}
    for line in Path(path).read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cat, term = line.split("\t")
        terms.setdefault(cat, []).append(term)
    return {cat: re.compile(trie_regex(sorted(ws))) for cat, ws in sorted(terms.items())}


def default_gazetteer_path() -> Path:
    """The gazetteer that training uses unless told otherwise."""
    return Path(str(resources.files("fairgraph.zh.ner") / "data" / "gazetteer.tsv"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The default feature gazetteer (a model ships its own copy next to it)."""
    return read_gazetteer(default_gazetteer_path())


def gazetteer_marks(text: str, gaz: Gazetteer | None = None) -> list[list[str]]:
    """Per character, the ``g=CAT:B|I|E|S`` marks of the gazetteer's leftmost-longest matches."""
    marks: list[list[str]] = [[] for _ in text]
    for cat, pattern in (gaz if gaz is not None else gazetteer()).items():
        for m in pattern.finditer(text):
            s, e = m.span()
            if e - s == 1:
                marks[s].append(f"g={cat}:S")
                continue
            marks[s].append(f"g={cat}:B")
            for i in range(s + 1, e - 1):
                marks[i].append(f"g={cat}:I")
            marks[e - 1].append(f"g={cat}:E")
    return marks


def sentence_features(
    text: str,
    domain: str = CLUE_DOMAIN,
    gaz: Gazetteer | None = None,
    features: FeatureSet = PLAIN,
) -> list[list[str]]:
    """The feature strings of every character of ``text`` (one sentence).

    >>> aug = sentence_features("在北京", "msra", features=FeatureSet(pos=True, augment=True))
    >>> "p=ns:E" in aug[2] and "msra|p=ns:E" in aug[2]
    True
    >>> all(x.split("|", 1)[1].startswith(AUGMENTED) for x in aug[2] if "|" in x)
    True
    """
    n = len(text)
    chars = [_PAD, _PAD] + list(text) + [_PAD, _PAD]
    known = _CLASSES
    classes = ["B", "B"] + [known.get(c) or _class_of(c) for c in text] + ["B", "B"]
    wpos = [""] * n
    wfeat: list[list[str]] = [[] for _ in range(n)]
    wlex: list[list[str]] = [[] for _ in range(n)]  # the lexical ones among wfeat (augmented)
    words = segment(text)
    at = 0
    prev = _PAD
    for k, w in enumerate(words):
        ln = len(w)
        nxt = words[k + 1] if k + 1 < len(words) else _PAD
        lb = str(ln) if ln < 5 else "5"
        if ln == 1:
            wpos[at] = "S"
            wfeat[at] += ["w-1=" + prev, "w+1=" + nxt]
        else:
            wpos[at] = "B"
            wfeat[at].append("w-1=" + prev)
            for i in range(at + 1, at + ln - 1):
                wpos[i] = "M"
            wpos[at + ln - 1] = "E"
            wfeat[at + ln - 1].append("w+1=" + nxt)
            if ln <= 8:
                wf = "w=" + w
                for i in range(at, at + ln):
                    wfeat[i].append(wf)
                    wlex[i].append(wf)
        for i in range(at, at + ln):
            wfeat[i].append("wl=" + wpos[i] + lb)
        prev = w
        at += ln
    if features.pos:
        lexicon = word_pos()
        tags = [_pos_of(w, lexicon) for w in words]
        at = 0
        for k, w in enumerate(words):
            before = tags[k - 1] if k else _PAD
            after = tags[k + 1] if k + 1 < len(tags) else _PAD
            for i in range(at, at + len(w)):
                pf = "p=" + tags[k] + ":" + wpos[i]
                wfeat[i] += [pf, "p-1=" + before, "p+1=" + after]
                wlex[i].append(pf)
            at += len(w)
    marks = gazetteer_marks(text, gaz)
    dom = "d=" + domain
    prefix = domain + "|"
    # each template over the whole sentence at once (the character at i is chars[i + 2])
    c0s, cm1s, cp1s = chars[2:-2], chars[1:-3], chars[3:-1]
    cfs = ["c=" + c for c in c0s]
    tfs = ["t=" + a + b + c for a, b, c in zip(cm1s, c0s, cp1s, strict=True)]
    k_prev, k_here, k_next = classes[1:-3], classes[2:-2], classes[3:-1]
    rows = zip(
        cfs,
        ["c-1=" + c for c in cm1s],
        ["c+1=" + c for c in cp1s],
        ["c-2=" + c for c in chars[:-4]],
        ["c+2=" + c for c in chars[4:]],
        ["b-1=" + a + b for a, b in zip(cm1s, c0s, strict=True)],
        ["b+1=" + a + b for a, b in zip(c0s, cp1s, strict=True)],
        ["b-2=" + a + b for a, b in zip(chars[:-4], cm1s, strict=True)],
        ["b+2=" + a + b for a, b in zip(cp1s, chars[4:], strict=True)],
        tfs,
        ["k=" + a + b + c for a, b, c in zip(k_prev, k_here, k_next, strict=True)],
        ["wp=" + a + b for a, b in zip(wpos, k_here, strict=True)],
        strict=True,
    )
    out: list[list[str]] = []
    if not features.augment:
        for row, word_feats, mk in zip(rows, wfeat, marks, strict=True):
            f = [dom, *row]
            f += word_feats
            f += mk
            out.append(f)
        return out
    for i, (row, word_feats, mk) in enumerate(zip(rows, wfeat, marks, strict=True)):
        f = [dom, *row]
        f += word_feats
        f += mk
        # the lexical features (c=, t=, w=, p=, g=) again, per domain
        f.append(prefix + cfs[i])
        f.append(prefix + tfs[i])
        f += [prefix + x for x in wlex[i]]
        f += [prefix + x for x in mk]
        out.append(f)
    return out
