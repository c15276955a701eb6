"""Languages: each document is read by the package of its language.

A language package (``fairgraph.zh``) holds everything that knows that language — its word
lists and lexicons as data, its recogniser, its fact extractors and its naming (the keys that
resolution groups mentions by). The engine (ingest, resolve, graph, store, query, endpoint,
evaluate, export, cli) knows no language: it asks :func:`language_of` for a document's package
and calls it through the :class:`Language` record.

>>> zh = language("zh")
>>> zh.code, zh.name
('zh', 'Chinese')
>>> language("xx")
Traceback (most recent call last):
...
fairgraph.errors.InputError: unsupported language 'xx' (fairgraph reads: zh)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from fairgraph.errors import InputError
from fairgraph.model import Document, Extraction, Span

# language tag → the package that reads it; a new language is one more line here
PACKAGES: dict[str, str] = {"zh": "fairgraph.zh"}
DEFAULT = "zh"


@dataclass(frozen=True)
class Language:
    """One language package, as the engine calls it."""

    code: str  # BCP 47 tag, also the tag of the graph's literals in this language
    name: str
    extract_document: Callable[..., Extraction]  # (Document, *, backend=...) -> Extraction
    split_sentences: Callable[[str], list[Span]]
    naming: Any  # a module satisfying fairgraph.resolve.naming.Naming
    evaluate_ner: Callable[..., Any] | None = None  # score the recogniser on a labelled dataset
    train_ner: Callable[..., Any] | None = None  # train the recogniser from public datasets


@cache
def language(code: str) -> Language:
    """The language package for a tag (imported on first use)."""
    if code not in PACKAGES:
        raise InputError(
            f"unsupported language {code!r} (fairgraph reads: {', '.join(sorted(PACKAGES))})"
        )
    package = importlib.import_module(PACKAGES[code])
    return package.LANGUAGE  # type: ignore[no-any-return]


def language_of(document: Document) -> Language:
    """The language package that reads ``document``."""
    return language(document.language or DEFAULT)


def extract_document(document: Document, *, backend: str = "default") -> Extraction:
    """The extraction of one document by its language's extractor."""
    return language_of(document).extract_document(document, backend=backend)
