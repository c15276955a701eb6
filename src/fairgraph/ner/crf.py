"""The CRF tagger: loads a python-crfsuite model and turns text into labelled spans.

Text is cut into sentences (。！？；, line breaks) before tagging; offsets are into the text.

>>> from fairgraph.ner.crf import split_sentences
>>> split_sentences("甲。乙！\\n丙")
[(0, 2), (2, 4), (5, 6)]
"""

from __future__ import annotations

import re
from pathlib import Path

from fairgraph.errors import ModelError
from fairgraph.ner.corpora import bio_to_spans
from fairgraph.ner.features import RUN_DOMAIN, gazetteer, read_gazetteer, sentence_features

_SENT_END = re.compile(r"[^。！？!?；;\n]*[。！？!?；;]*[”’」』]?")
_MAX_LEN = 300


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank sentence; very long ones are cut at commas."""
    out: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        if s >= e:
            continue
        while e - s > _MAX_LEN:
            cut = max(text.rfind("，", s, s + _MAX_LEN), text.rfind(",", s, s + _MAX_LEN))
            cut = cut + 1 if cut > s else s + _MAX_LEN
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def gazetteer_path(model: Path) -> Path:
    """The feature gazetteer a model was trained with: ``NAME.gazetteer.tsv`` beside it."""
    return model.with_suffix(".gazetteer.tsv")


class CrfTagger:
    """A loaded CRF model: ``spans(text)`` gives ``(start, end, label)`` with labels PER/ORG/…"""

    def __init__(self, path: Path, domain: str = RUN_DOMAIN) -> None:
        import pycrfsuite

        path = Path(path)
        if not path.is_file():
            raise ModelError(f"CRF model not found: {path}")
        self.path = path
        self.domain = domain
        own = gazetteer_path(path)
        self.gazetteer = read_gazetteer(own) if own.is_file() else gazetteer()
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load CRF model {path}: {exc}") from exc

    def labels(self) -> list[str]:
        return list(self._tagger.labels())

    def tag_sentence(self, sentence: str) -> list[str]:
        """BIO tags of one sentence."""
        if not sentence:
            return []
        return list(self._tagger.tag(sentence_features(sentence, self.domain, self.gazetteer)))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Labelled spans of a whole text, sorted by start."""
        out: list[tuple[int, int, str]] = []
        for s, e in split_sentences(text):
            for span in bio_to_spans(self.tag_sentence(text[s:e])):
                out.append((s + span.start, s + span.end, span.label))
        return out
