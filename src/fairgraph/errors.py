"""The one error family of fairgraph.

Library code raises these; only the CLI turns them into ``click.ClickException``.

>>> try:
...     raise InputError("empty file", source="a.txt")
... except FairgraphError as exc:
...     str(exc)
'a.txt: empty file'
"""

from __future__ import annotations


class FairgraphError(Exception):
    """Base class of every error fairgraph reports to its users."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(FairgraphError):
    """An input file or folder cannot be read, decoded or understood."""


class QueryError(FairgraphError):
    """A SPARQL query is malformed or names an unknown saved query."""


class FormatError(FairgraphError):
    """An unknown input or output format was asked for."""


class GraphLoadError(FairgraphError):
    """A graph file cannot be loaded (exit code 2, as ``fairgraph validate`` documents)."""

    exit_code = 2


class OutputError(FairgraphError):
    """An output file or folder cannot be created or written."""


class ModelError(FairgraphError):
    """A recogniser model is missing, corrupt or cannot be trained."""
