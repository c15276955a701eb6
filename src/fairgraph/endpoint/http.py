"""HTTP for the SPARQL endpoint: media types, ``Accept`` ranking, errors, bounded bodies."""

from __future__ import annotations

import re
from email.message import Message
from io import BufferedIOBase
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


_DIGITS = re.compile(r"[0-9]{1,18}")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")


def body_length(headers: Message, limit: int) -> int | None:
    """The declared body length of a request (``None``: chunked), checked before any of the
    body is read: missing → 411, not a number → 400, over ``limit`` → 413.

    >>> from email.message import Message
    >>> m = Message(); m["Content-Length"] = "-1"
    >>> body_length(m, 10)
    Traceback (most recent call last):
    ...
    fairgraph.endpoint.http.HttpProblem: bad Content-Length '-1': not a byte count
    """
    coding = (headers.get("Transfer-Encoding") or "").strip().lower()
    lengths = headers.get_all("Content-Length") or []
    if coding:
        if coding != "chunked":
            raise HttpProblem(501, f"unsupported Transfer-Encoding {coding!r}")
        if lengths:
            raise HttpProblem(400, "both Content-Length and Transfer-Encoding were sent")
        return None
    if not lengths:
        raise HttpProblem(411, "a Content-Length header is required")
    values = {v.strip() for v in lengths}
    if len(values) != 1 or not _DIGITS.fullmatch(next(iter(values))):
        raise HttpProblem(400, f"bad Content-Length {lengths[0]!r}: not a byte count")
    length = int(next(iter(values)))
    if length > limit:
        raise HttpProblem(413, f"request body over {limit // 1_048_576} MB")
    return length


def read_chunked(stream: BufferedIOBase, limit: int) -> bytes:
    """A ``Transfer-Encoding: chunked`` body, refused with 413 as soon as it passes ``limit``."""
    parts: list[bytes] = []
    total = 0
    while True:
        line = stream.readline(1026)
        m = _CHUNK_SIZE.fullmatch(line)
        if not m:
            raise HttpProblem(400, "malformed chunked body")
        size = int(m.group(1), 16)
        if size == 0:
            break
        total += size
        if total > limit:
            raise HttpProblem(413, f"request body over {limit // 1_048_576} MB")
        data = stream.read(size)
        if len(data) != size or stream.read(2) not in (b"\r\n", b"\n"):
            raise HttpProblem(400, "malformed chunked body")
        parts.append(data)
    for _ in range(100):  # trailer lines, up to the empty one
        trailer = stream.readline(1026)
        if trailer in (b"\r\n", b"\n", b""):
            return b"".join(parts)
    raise HttpProblem(400, "malformed chunked body: too many trailers")
