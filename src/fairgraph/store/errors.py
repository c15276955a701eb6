"""The store's error, and the one-line form of the errors Oxigraph and SQLite raise.

>>> first_line(OSError("disk full\\nmore detail"))
'disk full'
"""

from __future__ import annotations

from fairgraph.errors import FairgraphError


class StoreError(FairgraphError):
    """A store folder cannot be opened, read or written."""


def first_line(exc: BaseException) -> str:
    """The first line of an error's message, or its type name when it has none."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
