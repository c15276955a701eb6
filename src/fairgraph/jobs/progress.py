"""What long jobs say about their phases (read, extract, resolve, each output, store, push).

A job calls ``progress.phase(name, total)`` as it starts a phase, ``progress.advance()`` as
items of it are done and ``progress.finish()`` at its end; the CLI shows it (a bar with its
total and ETA on a terminal, plain lines in a log), a library caller gets :class:`Progress`,
which says nothing, or its own subclass.

>>> log = []
>>> class Recorder(Progress):
...     def phase(self, name, total=None):
...         log.append((name, total))
>>> with Recorder().step("resolve"):
...     pass
>>> log
[('resolve', None)]
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class Progress:
    """The silent default; subclasses show phases their own way."""

    def phase(self, name: str, total: int | None = None) -> None:
        """A phase starts (the previous one, if any, is over); ``total`` items when known."""

    def advance(self, count: int = 1) -> None:
        """``count`` more items of the current phase are done."""

    def finish(self) -> None:
        """The current phase is over."""

    def close(self) -> None:
        """The job is over (no more phases)."""

    @contextmanager
    def step(self, name: str, total: int | None = None) -> Iterator[Progress]:
        """``with progress.step("resolve"):`` a phase around a block."""
        self.phase(name, total)
        try:
            yield self
        finally:
            self.finish()


SILENT = Progress()
