"""Input reading: find input files, decode them, reduce HTML, normalise the text.

>>> from fairgraph.ingest import document_from_bytes
>>> document_from_bytes("青洽会开幕\\n正文。".encode("utf-16"), source="a.txt").encoding
'utf-16'
"""

from __future__ import annotations

from fairgraph.ingest.discover import SUPPORTED_SUFFIXES, discover_inputs
from fairgraph.ingest.documents import DEFAULT_MAX_BYTES, document_from_bytes, read_document
from fairgraph.ingest.text import normalise_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "discover_inputs",
    "document_from_bytes",
    "normalise_text",
    "read_document",
]
