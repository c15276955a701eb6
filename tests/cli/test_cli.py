"""The ``fairgraph`` group (fairgraph.cli): every command shows help with an example; version."""

from __future__ import annotations

import re

import click
import pytest

from conftest import run_cli
from fairgraph.cli import main


def _command_paths(
    group: click.Group = main, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            paths += _command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


# ---- help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _command_paths(), ids=lambda p: " ".join(p) or "fairgraph")
def test_every_help_exits_zero_and_shows_an_example(path: tuple[str, ...]) -> None:
    result = run_cli(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    # an example is a line that runs the command itself, e.g. "  fairgraph query out/graph.ttl …"
    example = re.compile(r"^\s+fairgraph " + re.escape(" ".join(path)), re.MULTILINE)
    assert example.search(result.stdout), (
        f"no example of `fairgraph {' '.join(path)}`:\n{result.stdout}"
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("fairgraph")
