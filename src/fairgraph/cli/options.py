"""What every command shares: one-line errors (:func:`reported`, the only place that turns
:class:`~fairgraph.errors.FairgraphError` into ``click`` errors) and the options used by
several commands, each written once as a decorator.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from fairgraph.errors import FairgraphError
from fairgraph.query.sparql import RESULT_FORMATS

F = TypeVar("F", bound=Callable[..., Any])
NER_CHOICES = ("default", "crf", "rules", "lac")


class CommandError(click.ClickException):
    """A one-line ``Error: …`` with the exit code of the error that caused it."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]


def reported(func: F) -> F:
    """Turn library errors (and, as a last resort, any error) into one-line messages."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FairgraphError as exc:
            raise CommandError(str(exc), exc.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise CommandError("interrupted; outputs left as they were", 130) from None
        except BrokenPipeError:  # the reader went away (`… | head`): stop quietly
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except OSError as exc:  # a file or folder the system refused: say which, plainly
            if os.environ.get("FAIRGRAPH_DEBUG"):
                raise
            raise CommandError(os_error_message(exc)) from None
        except sqlite3.DatabaseError as exc:
            if os.environ.get("FAIRGRAPH_DEBUG"):
                raise
            raise CommandError(f"a database file is damaged or not a database: {exc}") from None
        except Exception as exc:  # noqa: BLE001 — never show a traceback to users
            if os.environ.get("FAIRGRAPH_DEBUG"):
                raise
            detail = " ".join(str(exc).split())[:300]
            raise CommandError(
                f"unexpected {type(exc).__name__}: {detail} (set FAIRGRAPH_DEBUG=1 for a traceback)"
            ) from None

    return wrapper  # type: ignore[return-value]


def os_error_message(exc: OSError) -> str:
    """One plain line for an error the operating system raised.

    >>> os_error_message(PermissionError(13, "Permission denied", "out/graph.ttl"))
    'out/graph.ttl: permission denied'
    >>> os_error_message(NotADirectoryError(20, "Not a directory", "a.txt/out"))
    'a.txt/out: not a directory (a part of this path is a file)'
    >>> os_error_message(OSError("disk on fire"))
    'disk on fire'
    """
    reason = " ".join((exc.strerror or str(exc) or type(exc).__name__).split())
    reason = reason[:1].lower() + reason[1:]
    if isinstance(exc, NotADirectoryError):
        reason += " (a part of this path is a file)"
    elif exc.errno == errno.ENOSPC:
        reason = "no space left on the device"
    return f"{exc.filename}: {reason}" if exc.filename is not None else reason


# ---- options shared across commands, written once -------------------------------------------


def ner_option(func: F) -> F:
    return click.option(
        "--ner",
        "ner",
        type=click.Choice(NER_CHOICES),
        default="default",
        show_default=True,
        help="Entity recogniser backend.",
    )(func)


def aliases_option(func: F) -> F:
    return click.option(
        "--aliases",
        type=click.Path(dir_okay=False, path_type=Path),
        help="File of extra aliases ('a = b') and forbidden merges ('!a = b').",
    )(func)


def strict_option(func: F) -> F:
    return click.option(
        "--strict", is_flag=True, help="Stop at the first bad input instead of skipping it."
    )(func)


def result_format_option(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(RESULT_FORMATS)),
        default="table",
        show_default=True,
        help="Output format: an aligned table (IRIs shortened), SPARQL 1.1 CSV, TSV or JSON "
        "results, or JSON lines (one object per row).",
    )(func)


def graph_source_options(func: F) -> F:
    """SOURCE (a graph file) or --store DIR (a store folder made by ``build --store``)."""
    func = click.option(
        "--store",
        "store_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="A store folder made by `fairgraph build --store` instead of a graph file.",
    )(func)
    return click.argument("source", required=False, type=click.Path(path_type=Path))(func)


def graph_argument(func: F) -> F:
    return click.argument("graph", type=click.Path(path_type=Path))(func)
