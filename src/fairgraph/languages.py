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
fairgraph.errors.InputError: unsupported language 'xx' (fairgraph reads: en, zh)
>>> detect_language("青海省人民政府与某公司签署战略合作框架协议。")
'zh'
>>> detect_language("The fair opened in Xining on Tuesday and closed four days later.")
'en'
>>> de = "Die Messe wurde gestern in Berlin eröffnet, sie dauert drei Tage."
>>> language_name(detect_language(de))
'German'
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from fairgraph.errors import InputError
from fairgraph.model import Document, Extraction, Span

# language tag → the package that reads it; a new language is one more line here
PACKAGES: dict[str, str] = {"zh": "fairgraph.zh", "en": "fairgraph.en"}
DEFAULT = "zh"

#: languages the detector tells apart: those read, and others news reports are often in, so
#: that a report fairgraph cannot read is named in its warning (lingua's names, ISO 639-1 codes)
DETECTED: tuple[str, ...] = (
    "ARABIC",
    "CHINESE",
    "DUTCH",
    "ENGLISH",
    "FRENCH",
    "GERMAN",
    "INDONESIAN",
    "ITALIAN",
    "JAPANESE",
    "KOREAN",
    "MALAY",
    "POLISH",
    "PORTUGUESE",
    "RUSSIAN",
    "SPANISH",
    "TURKISH",
    "VIETNAMESE",
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: below this many letters a Latin-script text is too short to tell apart; it is read as English
_SHORT = 20


@dataclass(frozen=True)
class Language:
    """One language package, as the engine calls it."""

    code: str  # BCP 47 tag, also the tag of the graph's literals in this language
    name: str
    extract_document: Callable[..., Extraction]  # (Document, *, backend=...) -> Extraction
    split_sentences: Callable[[str], list[Span]]
    naming: Any  # a module satisfying fairgraph.resolve.naming.Naming
    find_title: Callable[[str], str | None]  # a plain-text report's headline
    find_publication_date: Callable[[str], Any]  # its dateline's PartialDate, or None
    evaluate_ner: Callable[..., Any] | None = None  # score the recogniser on a labelled dataset
    train_ner: Callable[..., Any] | None = None  # train the recogniser from public datasets
    # a one-sentence report written to touch the recogniser, lexicons and extractors, so that
    # extracting it loads what the first real report would (see :func:`warm_up`)
    warm_up_text: str | None = None


@cache
def language(code: str) -> Language:
    """The language package for a tag (imported on first use)."""
    if code not in PACKAGES:
        raise InputError(
            f"unsupported language {code!r} (fairgraph reads: {', '.join(sorted(PACKAGES))})"
        )
    package = importlib.import_module(PACKAGES[code])
    return package.LANGUAGE  # type: ignore[no-any-return]


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in.

    Han characters without kana are Chinese, kana Japanese, Hangul Korean (by script, without
    a model); a text in Latin, Cyrillic or Arabic letters is told apart by lingua, restricted
    to :data:`DETECTED`. A text with no letters is read in the default language.
    """
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    if _KANA.search(text) and len(_KANA.findall(text)) * 10 >= han:
        return "ja"
    if len(_HANGUL.findall(text)) > max(han, latin):
        return "ko"
    if han >= latin / 4 and han > 0:
        return "zh"
    if latin < _SHORT and latin >= sum(c.isalpha() for c in text) / 2:
        return "en" if latin else DEFAULT
    found = _detector().detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else DEFAULT


def language_name(code: str) -> str:
    """The English name of a language code ('de' → 'German').

    >>> language_name("zh"), language_name("xx")
    ('Chinese', 'xx')
    """
    from lingua import IsoCode639_1
    from lingua import Language as Lingua

    try:
        return Lingua.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
    except AttributeError:
        return code


def is_read(code: str) -> bool:
    """Whether fairgraph has a package for the language ``code``."""
    return code in PACKAGES


def unread_reason(code: str) -> str:
    """The one-line reason a document in language ``code`` is skipped.

    >>> unread_reason("de")
    'is in German; fairgraph reads en, zh'
    """
    return f"is in {language_name(code)}; fairgraph reads {', '.join(sorted(PACKAGES))}"


@cache
def _detector() -> Any:
    from lingua import Language as Lingua
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Lingua, n) for n in DETECTED)).build()


def language_of(document: Document) -> Language:
    """The language package that reads ``document``."""
    return language(document.language or DEFAULT)


def warm_up(codes: Iterable[str], backend: str = "default") -> None:
    """Load what the extractors of the languages ``codes`` use (models, word lists) ahead of
    their first report: a Dask cluster's workers do it while the build reads its reports."""
    for code in codes:
        package = language(code)
        if package.warm_up_text is not None:
            text = Document.from_text(package.warm_up_text, source="warm-up", language=code)
            package.extract_document(text, backend=backend)


def extract_document(document: Document, *, backend: str = "default") -> Extraction:
    """The extraction of one document by its language's extractor."""
    return language_of(document).extract_document(document, backend=backend)
