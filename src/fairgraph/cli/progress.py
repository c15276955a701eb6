"""How the command line shows a job's phases (:class:`fairgraph.jobs.progress.Progress`).

On a terminal, rich's progress display: one row per phase with its bar, count of total, time
spent and time left. Elsewhere (a log, a pipe, CliRunner) plain lines without ``\\r``: one
every few seconds while a phase runs (``extract: 120/1000 (12%), 10 s, about 73 s left``) and
one when a phase that took a while, or counted many items, is over. ``-q`` shows nothing,
``-v`` a line for every phase.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

import click

from fairgraph.jobs.progress import SILENT, Progress

QUIET, NORMAL, VERBOSE = -1, 0, 1
_VERBOSITY_KEY = "fairgraph.verbosity"


def set_verbosity(ctx: click.Context, level: int) -> None:
    ctx.meta[_VERBOSITY_KEY] = level


def verbosity() -> int:
    """The level the group's ``-q``/``-v`` set (normal outside a command)."""
    ctx = click.get_current_context(silent=True)
    return int(ctx.meta.get(_VERBOSITY_KEY, NORMAL)) if ctx is not None else NORMAL


def console_progress(stream: TextIO | None = None, level: int | None = None) -> Progress:
    """The progress display for this command's stderr and verbosity."""
    level = verbosity() if level is None else level
    if level <= QUIET:
        return SILENT
    stream = stream if stream is not None else sys.stderr
    if _is_terminal(stream):
        return RichProgress(stream, level)
    return LineProgress(stream, level)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _seconds(value: float) -> str:
    if value < 60:
        return f"{value:.1f} s" if value < 10 else f"{value:.0f} s"
    minutes, seconds = divmod(int(value + 0.5), 60)
    return f"{minutes} min {seconds:02d} s"


class LineProgress(Progress):
    """Plain lines for logs: periodic while a phase runs, one at the end of a long phase."""

    def __init__(
        self,
        stream: TextIO,
        level: int = NORMAL,
        *,
        every: float = 5.0,
        long_phase: float = 2.0,
        many: int = 20,
        clock: Any = time.monotonic,
    ) -> None:
        self.stream = stream
        self.level = level
        self.every = every
        self.long_phase = long_phase
        self.many = many
        self.clock = clock
        self.name: str | None = None
        self.total: int | None = None
        self.done = 0

    def _say(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def phase(self, name: str, total: int | None = None) -> None:
        self.finish()
        self.name, self.total, self.done = name, total, 0
        self.started = self.last = self.clock()

    def advance(self, count: int = 1) -> None:
        if self.name is None:
            return
        self.done += count
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._say(self._status(now))

    def _status(self, now: float) -> str:
        spent = now - self.started
        if not self.total:
            return f"{self.name}: {self.done}, {_seconds(spent)}"
        share = self.done / self.total
        text = f"{self.name}: {self.done}/{self.total} ({share:.0%}), {_seconds(spent)}"
        if 0 < self.done < self.total:
            text += f", about {_seconds(spent / self.done * (self.total - self.done))} left"
        return text

    def finish(self) -> None:
        if self.name is None:
            return
        spent = self.clock() - self.started
        counted = self.total is not None and self.total >= self.many
        if self.level >= VERBOSE or counted or spent >= self.long_phase:
            count = f" {self.done}/{self.total}" if self.total is not None else ""
            self._say(f"{self.name}:{count} done in {_seconds(spent)}")
        self.name = None


class RichProgress(Progress):
    """rich's live display on a terminal: each phase a row with bar, count and time left."""

    def __init__(self, stream: TextIO, level: int = NORMAL) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Display

        self.display = Display(
            SpinnerColumn(finished_text="✓"),
            TextColumn("{task.description:<20}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=level < VERBOSE,
        )
        self.task: Any = None
        self.started = False

    def phase(self, name: str, total: int | None = None) -> None:
        self.finish()
        if not self.started:
            self.display.start()
            self.started = True
        self.task = self.display.add_task(name, total=total)

    def advance(self, count: int = 1) -> None:
        if self.task is not None:
            self.display.advance(self.task, count)

    def finish(self) -> None:
        if self.task is None:
            return
        task = self.display.tasks[-1]
        end = max(task.total or 0, task.completed, 1)
        self.display.update(self.task, total=end, completed=end)
        self.task = None

    def close(self) -> None:
        self.finish()
        if self.started:
            self.display.stop()
            self.started = False
