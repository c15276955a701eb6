"""How much text one document may hold: enough for ten of the longest real reports."""

from __future__ import annotations

import pytest

from fairgraph.errors import InputError
from fairgraph.ingest.documents import MAX_TEXT_CHARS, document_from_bytes


def test_a_text_longer_than_the_limit_is_refused() -> None:
    line = "一个代表团出席开幕式。\n"
    fits = line * (MAX_TEXT_CHARS // len(line))
    assert len(document_from_bytes(fits.encode(), source="ok.txt").text) <= MAX_TEXT_CHARS
    with pytest.raises(InputError, match="text too long"):
        document_from_bytes((fits + line * 2).encode(), source="long.txt")
