"""Leftmost-longest dictionary matching over Chinese text.

Names are grouped by their first two characters, so most positions cost one dict lookup.

>>> m = Matcher({"青海": "P", "青海省": "P2", "西宁市": "C"})
>>> m.find("青海省西宁市")
[(0, 3, 'P2'), (3, 6, 'C')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

V = TypeVar("V")


class Matcher(Generic[V]):
    """Find non-overlapping, leftmost-longest occurrences of names (2+ characters)."""

    def __init__(self, names: Mapping[str, V]) -> None:
        self._names: dict[str, V] = {n: v for n, v in names.items() if len(n) >= 2}
        lengths: dict[str, set[int]] = {}
        for name in self._names:
            lengths.setdefault(name[:2], set()).add(len(name))
        self._lengths: dict[str, tuple[int, ...]] = {
            k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()
        }

    def __len__(self) -> int:
        return len(self._names)

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """Return ``(start, end, value)`` triples, left to right, never overlapping."""
        out: list[tuple[int, int, V]] = []
        names, lengths = self._names, self._lengths
        i, n = 0, len(text)
        while i < n - 1:
            cands = lengths.get(text[i : i + 2])
            if cands:
                for length in cands:
                    value = names.get(text[i : i + length]) if i + length <= n else None
                    if value is not None:
                        out.append((i, i + length, value))
                        i += length
                        break
                else:
                    i += 1
            else:
                i += 1
        return out
