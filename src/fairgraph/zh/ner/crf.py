"""The CRF tagger: loads a python-crfsuite model and turns text into labelled spans.

Text is cut into sentences (。！？；, line breaks) before tagging; offsets are into the text.

>>> from fairgraph.zh.ner.crf import split_sentences
>>> split_sentences("甲。乙！\\n丙")
[(0, 2), (2, 4), (5, 6)]
"""

from __future__ import annotations

import hashlib
import re
import warnings
from pathlib import Path

from fairgraph.errors import ModelError
from fairgraph.evaluate.corpora import bio_to_spans
from fairgraph.trained import model_metadata
from fairgraph.zh.ner.features import (
    CLUE_DOMAIN,
    FeatureSet,
    gazetteer,
    jieba_dictionary_path,
    read_gazetteer,
    sentence_features,
    word_pos,
)

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


def check_pos_dictionary(meta: dict[str, object]) -> None:
    """Warn when jieba's dictionary is not the one the model was trained with."""
    recorded = meta.get("pos_dictionary")
    if not isinstance(recorded, dict) or "sha256" not in recorded:
        return
    actual = hashlib.sha256(jieba_dictionary_path().read_bytes()).hexdigest()
    if actual != recorded["sha256"]:
        warnings.warn(
            "jieba's dictionary differs from the one the NER model was trained with; "
            "part-of-speech features may drift (retrain with `fairgraph train ner`)",
            stacklevel=3,
        )


class CrfTagger:
    """A loaded CRF model: ``spans(text)`` gives ``(start, end, label)`` with labels PER/ORG/…

    ``domain`` picks the annotation convention a multi-domain model follows (see
    :class:`~fairgraph.zh.ner.features.FeatureSet`); by default the ``run_domain`` of the model's
    metadata, the one fairgraph's pipeline uses.  ``features`` overrides the metadata's
    feature set (training scores a model before its metadata exists).
    """

    def __init__(
        self, path: Path, domain: str | None = None, features: FeatureSet | None = None
    ) -> None:
        import pycrfsuite

        path = Path(path)
        if not path.is_file():
            raise ModelError(f"CRF model not found: {path}")
        self.path = path
        meta = model_metadata(path)
        self.domain = domain or str(meta.get("run_domain", CLUE_DOMAIN))
        feats = meta.get("features")
        if features is None:
            features = FeatureSet.from_dict(feats) if isinstance(feats, dict) else FeatureSet()
        self.features = features
        domains = meta.get("domains")
        self.domains: tuple[str, ...] = (
            tuple(str(d) for d in domains) if isinstance(domains, list) else (self.domain,)
        )
        if self.features.pos:
            check_pos_dictionary(meta)
            word_pos()  # load the dictionary now, not on the first sentence
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
        feats = sentence_features(sentence, self.domain, self.gazetteer, self.features)
        return list(self._tagger.tag(feats))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Labelled spans of a whole text, sorted by start."""
        out: list[tuple[int, int, str]] = []
        for s, e in split_sentences(text):
            for span in bio_to_spans(self.tag_sentence(text[s:e])):
                out.append((s + span.start, s + span.end, span.label))
        return out
