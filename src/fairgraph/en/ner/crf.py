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

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from fairgraph.errors import ModelError
from fairgraph.evaluate.corpora import bio_to_spans
from fairgraph.en.ner.features import sentence_features, tokenize

MODEL_NAME = "ner-crf.crfsuite"


def model_path() -> Path:
    """The shipped model file."""
    return Path(str(resources.files("fairgraph.en.ner") / "models" / MODEL_NAME))


def model_metadata(path: Path) -> dict[str, object]:
    """The metadata written beside a model (``NAME.json``); empty when there is none."""
    meta = Path(path).with_suffix(".json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read model metadata {meta}: {exc}") from exc
    return data if isinstance(data, dict) else {}


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

    def labels(self) -> list[str]:
        return sorted(self._tagger.labels())

    def tag_sentence(self, sentence: str) -> list[str]:
        """BIO tags of the sentence's tokens."""
        feats = sentence_features(sentence)
        return list(self._tagger.tag(feats)) if feats else []

    def sentence_spans(self, sentence: str) -> list[tuple[int, int, str]]:
        """Labelled spans of one sentence (offsets into it)."""
        tokens = tokenize(sentence)
        return [
            (tokens[s.start][0], tokens[s.end - 1][1], s.label)
            for s in bio_to_spans(self.tag_sentence(sentence))
        ]

    def spans(
        self, text: str, sentences: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int, str]]:
        """Labelled spans of a text cut into ``sentences`` (offsets into the text)."""
        out = []
        for s, e in sentences:
            out.extend((s + a, s + b, label) for a, b, label in self.sentence_spans(text[s:e]))
        return out


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
