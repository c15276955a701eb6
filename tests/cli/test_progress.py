"""Progress of long commands: phases with totals, plain lines in logs, -q and -v."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import TESTS, run_cli
from fairgraph.cli.progress import VERBOSE, LineProgress, RichProgress, console_progress
from fairgraph.jobs.progress import SILENT

PHASES = ("read: ", "extract: ", "resolve: ", "write report.html: ")


def test_verbose_build_names_every_phase_with_its_total(tmp_path: Path) -> None:
    result = run_cli("-v", "build", TESTS / "fixtures" / "trust", "-o", tmp_path, "--ner", "rules")
    assert result.exit_code == 0, result.output
    for phase in PHASES:
        assert phase in result.stderr, phase
    # graph.html on its own line, or with the other outputs written by forked processes
    writes = [line for line in result.stderr.splitlines() if line.startswith("write ")]
    assert any("graph.html" in line.split(":")[0] for line in writes), writes
    assert "read: 4/4 done in" in result.stderr
    assert "extract: 4/4 done in" in result.stderr
    assert "\r" not in result.stderr  # stderr is not a terminal here: plain lines
    assert "documents: 4 built" in result.stdout
    assert "done in" not in result.stdout


def test_quiet_build_says_nothing_on_stderr(tmp_path: Path) -> None:
    result = run_cli("-q", "build", TESTS / "fixtures" / "trust", "-o", tmp_path, "--ner", "rules")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert (tmp_path / "graph.ttl").exists()


def test_quiet_and_verbose_together_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("-q", "-v", "build", "-o", tmp_path)
    assert result.exit_code == 2
    assert "not both" in result.output


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_lines_come_every_few_seconds_with_total_and_time_left() -> None:
    out, clock = io.StringIO(), Clock()
    progress = LineProgress(out, every=5.0, clock=clock)
    progress.phase("extract", 100)
    for _ in range(100):
        clock.now += 0.2
        progress.advance()
    progress.phase("resolve")  # short, uncounted: no line at its end
    progress.finish()
    lines = out.getvalue().splitlines()
    assert lines[0] == "extract: 25/100 (25%), 5.0 s, about 15 s left"
    assert lines[-1] == "extract: 100/100 done in 20 s"
    assert len(lines) == 4  # three while it ran, one at its end
    assert not any(line.startswith("resolve") for line in lines)


def test_a_long_phase_without_total_gets_its_line() -> None:
    out, clock = io.StringIO(), Clock()
    progress = LineProgress(out, clock=clock)
    with progress.step("write graph.ttl"):
        clock.now += 3.0
    assert out.getvalue() == "write graph.ttl: done in 3.0 s\n"


def test_terminal_display_shows_phases_with_counts() -> None:
    out = io.StringIO()
    progress = RichProgress(out, VERBOSE)
    progress.phase("extract", 3)
    progress.advance(3)
    progress.phase("resolve")
    progress.close()
    text = out.getvalue()
    assert "extract" in text and "3/3" in text and "resolve" in text


def test_the_display_follows_the_stream() -> None:
    assert isinstance(console_progress(io.StringIO(), 0), LineProgress)
    assert console_progress(io.StringIO(), -1) is SILENT
