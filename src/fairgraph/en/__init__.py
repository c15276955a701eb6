"""English: everything fairgraph knows of the English language.

- ``data/`` — countries, Chinese places under their English names, central bodies,
  ministries and central SOEs, fair series, titles, organisation suffixes, agreement types and
  Chinese family names as TSV data with their sources (``data/SOURCES.md``); ``lexicon.py``
  reads them; ``generate.py`` rebuilds the generated ones;
- ``sentences.py`` — spaCy's blank English tokenizer and sentencizer (no model);
- ``recognize.py`` — titles, fair editions, capitalised names classified by the lexicons;
- ``names.py`` — pinyin names; ``quantities.py`` — sums of money and dates;
- ``facts.py`` — posts, agreements, fair facts; ``meta.py`` — headline and dateline;
- ``naming.py`` — what resolution asks of English names;
- ``pipeline.py`` — :func:`extract_document`, one report → :class:`~fairgraph.model.Extraction`;
- ``ner/`` — a CRF of entity spans trained on the English gold, measured leave one set out
  (``benchmarks/en_crf_cv.py``); its second opinion on the rules is off (no move raised the
  figures).

The engine reaches this package only through :data:`LANGUAGE`.
"""

from __future__ import annotations

from fairgraph.en import naming
from fairgraph.en.meta import find_publication_date, find_title
from fairgraph.en.pipeline import extract_document
from fairgraph.en.sentences import split_sentences
from fairgraph.languages import Language

#: a report of one sentence that touches the tokenizer, the lexicons and the fact extractors
_WARM_UP = (
    "XINING, July 1 -- Vice Governor Wang Ming of Qinghai Province attended the signing, where "
    "a company and a group signed a cooperation agreement worth 1 billion yuan."
)


LANGUAGE = Language(
    code="en",
    name="English",
    extract_document=extract_document,
    split_sentences=split_sentences,
    naming=naming,
    find_title=find_title,
    find_publication_date=find_publication_date,
    warm_up_text=_WARM_UP,
)
