"""Chinese: everything fairgraph knows of the Chinese language.

- ``lexicon/`` — places, countries, bodies, companies, fair series, titles as TSV data with
  their sources, and the matcher over them;
- ``ner/`` — the recogniser (CRF model, features, training) and its ordered rule pipeline;
- ``extract/`` — fact extractors: sentences, posts, agreements, fairs, money, numbers, dates;
- ``naming/`` — what resolution asks of Chinese names (short forms, the report's own place …);
- ``meta.py`` — a plain-text report's headline and dateline;
- ``pipeline.py`` — :func:`extract_document`, one report → :class:`~fairgraph.model.Extraction`.

The engine reaches this package only through :data:`LANGUAGE`.
"""

from __future__ import annotations

from typing import Any

from fairgraph.languages import Language
from fairgraph.zh import naming
from fairgraph.zh.extract.sentences import split_sentences
from fairgraph.zh.meta import find_publication_date, find_title
from fairgraph.zh.pipeline import extract_document


def evaluate_ner(*args: Any, **kwargs: Any) -> Any:
    """:func:`fairgraph.zh.ner.evaluate.evaluate_ner`, imported when first called."""
    from fairgraph.zh.ner.evaluate import evaluate_ner as run

    return run(*args, **kwargs)


def train_ner(*args: Any, **kwargs: Any) -> Any:
    """:func:`fairgraph.zh.ner.training.train_ner`, imported when first called."""
    from fairgraph.zh.ner.training import train_ner as run

    return run(*args, **kwargs)


#: a report of one sentence that touches the recogniser, the lexicons and the fact extractors
_WARM_UP = (
    "本报讯 7月1日，某省副省长王某在某市出席签约仪式，某公司与某集团签署合作协议，总金额10亿元。"
)


LANGUAGE = Language(
    code="zh",
    name="Chinese",
    extract_document=extract_document,
    split_sentences=split_sentences,
    naming=naming,
    find_title=find_title,
    find_publication_date=find_publication_date,
    evaluate_ner=evaluate_ner,
    train_ner=train_ner,
    warm_up_text=_WARM_UP,
)
