"""HTTP content negotiation for the SPARQL endpoint: media types, ``Accept`` ranking, errors."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
SHORT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


class HttpProblem(Exception):
    """An answer other than 200, with a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate(accept: str, choices: dict[str, Any], default: str) -> str:
    """The media type of ``choices`` that ``accept`` prefers (``default`` for ``*/*``).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", RESULT_TYPES, "text/csv")
    'application/sparql-results+json'
    >>> negotiate("text/html, */*;q=0.1", RESULT_TYPES, "text/csv")
    'text/csv'
    """
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        media = media.lower()
        if media in ("*/*", "application/*", "text/*"):
            media = default
        if media in choices and quality > 0:
            ranked.append((-quality, index, media))
    if not accept.strip():
        return default
    if not ranked:
        raise HttpProblem(406, f"cannot answer in {accept!r}; try one of {', '.join(choices)}")
    return min(ranked)[2]
