"""General-knowledge lexicons: countries, Chinese places, organisations, fairs, titles.

>>> lex = load_lexicon()
>>> lex.fair_of("青洽会").city
'西宁市'
"""

from fairgraph.zh.lexicon.core import PLACE_SHORT_STOPLIST, Lexicon, load_lexicon
from fairgraph.zh.lexicon.entries import (
    CountryEntry,
    FairSeriesEntry,
    ForeignPlaceEntry,
    LexiconMatch,
    OrgEntry,
    PlaceEntry,
    normalize,
)

__all__ = [
    "PLACE_SHORT_STOPLIST",
    "CountryEntry",
    "FairSeriesEntry",
    "ForeignPlaceEntry",
    "Lexicon",
    "LexiconMatch",
    "OrgEntry",
    "PlaceEntry",
    "load_lexicon",
    "normalize",
]
