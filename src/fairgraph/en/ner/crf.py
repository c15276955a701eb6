"""The English CRF tagger: a python-crfsuite model over the tokens of each sentence.

The shipped model (``models/ner-crf.crfsuite``, its metadata in ``ner-crf.json``) is loaded
lazily, once per process, and cached (a build's forked workers share it);
:func:`use_model` points the process at another model file, or at none (``None``: the rules
alone), as the cross-validation benchmark does with each fold's model.

>>> tagger = active_tagger()
>>> tagger is not None and tagger.labels() == sorted(tagger.labels())
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fairgraph.en.ner.features import sentence_features, tokenize
from fairgraph.errors import ModelError
from fairgraph.evaluate.corpora import bio_to_spans

MODEL_NAME = "ner-crf.crfsuite"


def model_path() -> Path:
    """The shipped model file."""
    return Path(str(resources.files("fairgraph.en.ner") / "models" / MODEL_NAME))


@dataclass(frozen=True)
class TokenTag:
    """A token, the tag the model gives it, that tag's marginal probability and O's."""

    start: int
    end: int
    tag: str
    confidence: float
    outside: float


@dataclass(frozen=True)
class ScoredSpan:
    """A labelled span and its confidence: the least marginal of its tokens' tags."""

    start: int
    end: int
    label: str
    confidence: float


@dataclass(frozen=True)
class Reading:
    """What the model reads in a text: its tokens and its spans."""

    tokens: list[TokenTag]
    spans: list[ScoredSpan]


class CrfTagger:
    """A loaded model: ``spans(text, sentences)`` gives ``(start, end, label)``."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        path = Path(path)
        if not path.is_file():
            raise ModelError(f"CRF model not found: {path}")
        self.path = path
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load CRF model {path}: {exc}") from exc
        self._labels = frozenset(self._tagger.labels())

    def labels(self) -> list[str]:
        return sorted(self._tagger.labels())

    def tag_sentence(self, sentence: str) -> list[str]:
        """BIO tags of the sentence's tokens."""
        feats = sentence_features(sentence)
        return list(self._tagger.tag(feats)) if feats else []

    def read_sentence(self, sentence: str, at: int = 0) -> Reading:
        """The tokens of one sentence with their tags and marginals, and its labelled spans
        (offsets into the sentence, plus ``at``)."""
        bounds = tokenize(sentence)
        if not bounds:
            return Reading([], [])
        tags = list(self._tagger.tag(sentence_features(sentence)))
        tokens = [
            TokenTag(
                at + s,
                at + e,
                tag,
                self._tagger.marginal(tag, i),
                self._tagger.marginal("O", i) if "O" in self._labels else 0.0,
            )
            for i, ((s, e), tag) in enumerate(zip(bounds, tags, strict=True))
        ]
        spans = [
            ScoredSpan(
                tokens[b.start].start,
                tokens[b.end - 1].end,
                b.label,
                min(t.confidence for t in tokens[b.start : b.end]),
            )
            for b in bio_to_spans(tags)
        ]
        return Reading(tokens, spans)

    def read(self, text: str, sentences: Sequence[tuple[int, int]]) -> Reading:
        """:meth:`read_sentence` of each of a text's ``sentences`` (offsets into the text)."""
        tokens: list[TokenTag] = []
        spans: list[ScoredSpan] = []
        for s, e in sentences:
            one = self.read_sentence(text[s:e], s)
            tokens.extend(one.tokens)
            spans.extend(one.spans)
        return Reading(tokens, spans)

    def spans(self, text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Labelled spans of a text cut into ``sentences`` (offsets into the text)."""
        return [(s.start, s.end, s.label) for s in self.read(text, sentences).spans]


_STATE: dict[str, object] = {"path": None, "tagger": None, "chosen": False}


def use_model(path: Path | None) -> None:
    """Tag with the model at ``path`` from now on in this process (``None``: with none)."""
    _STATE.update(path=Path(path) if path is not None else None, tagger=None, chosen=True)


def use_shipped_model() -> None:
    """Tag with the shipped model again (the default)."""
    _STATE.update(path=None, tagger=None, chosen=False)


def active_tagger() -> CrfTagger | None:
    """The tagger in use: the shipped model unless :func:`use_model` chose another or none;
    ``None`` when there is no model. Loaded on first use and kept."""
    if _STATE["tagger"] is None:
        path = _STATE["path"] if _STATE["chosen"] else model_path()
        if not isinstance(path, Path) or not path.is_file():
            return None
        _STATE["tagger"] = CrfTagger(path)
    tagger = _STATE["tagger"]
    return tagger if isinstance(tagger, CrfTagger) else None
