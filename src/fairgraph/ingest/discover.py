"""Expand the paths a user names (files, folders, glob patterns) into input files.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("b/10.txt", "b/2.TXT", "a.md", "skip.pdf"):
...     (root / name).parent.mkdir(parents=True, exist_ok=True)
...     _ = (root / name).write_text("x")
>>> [p.relative_to(root).as_posix() for p in discover_inputs([root])]
['a.md', 'b/2.TXT', 'b/10.txt']
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from fairgraph.errors import FormatError, InputError

SUPPORTED_SUFFIXES: tuple[str, ...] = (".htm", ".html", ".md", ".txt")
_GLOB_CHARS = re.compile(r"[*?\[]")
_DIGITS = re.compile(r"(\d+)")


def is_supported(path: Path) -> bool:
    """True for the suffixes fairgraph reads, in any letter case."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def natural_key(name: str | Path) -> tuple[tuple[int, int | str], ...]:
    """A sort key comparing the numbers in a path or URL as numbers (``2.txt`` before ``10.txt``).

    >>> sorted(["r/10.txt", "r/2.txt", "r/1b.txt"], key=natural_key)
    ['r/1b.txt', 'r/2.txt', 'r/10.txt']
    """
    parts = _DIGITS.split(name.as_posix() if isinstance(name, Path) else name)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(folder: Path) -> list[Path]:
    return [
        p for p in folder.rglob("*") if p.is_file() and is_supported(p) and not _hidden(p, folder)
    ]


def _expand(raw: str | Path) -> Iterable[Path]:
    source = str(raw)
    path = Path(raw)
    if path.is_file():
        if not is_supported(path):
            suffix = path.suffix or "(no suffix)"
            raise FormatError(
                f"unsupported file type {suffix}; expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                source=source,
            )
        return [path]
    if path.is_dir():
        found = _walk(path)
        if not found:
            raise InputError(
                f"folder holds no {', '.join(SUPPORTED_SUFFIXES)} files", source=source
            )
        return found
    if path.exists():
        raise InputError("not a regular file or folder", source=source)
    if _GLOB_CHARS.search(source):
        matches = [Path(m) for m in sorted(glob.glob(source, recursive=True))]
        found = []
        for match in matches:
            if match.is_dir():
                found.extend(_walk(match))
            elif match.is_file() and is_supported(match):
                found.append(match)
        if found:
            return found
        if matches:
            raise InputError(
                f"pattern matches no {', '.join(SUPPORTED_SUFFIXES)} files", source=source
            )
    raise InputError("no such file, folder or matching pattern", source=source)


def discover_inputs(paths: Sequence[str | Path]) -> list[Path]:
    """Files to read for ``paths``: sorted (numbers in names compare as numbers), no duplicates.

    Folders are searched recursively (hidden entries skipped); patterns may use ``*``,
    ``**`` and ``?``.  Raises :class:`InputError` for a path that names nothing and
    :class:`FormatError` for an explicit file of an unsupported type.
    """
    seen: dict[Path, Path] = {}
    for raw in paths:
        for path in _expand(raw):
            seen.setdefault(path.resolve(), path)
    return sorted(seen.values(), key=natural_key)


def portable_names(paths: Sequence[Path]) -> dict[Path, str]:
    """How each input file is named in the graph: by its path below the deepest folder that holds
    all the inputs, led by that folder's name (``/home/a/news/2024/x.txt`` and
    ``/home/a/news/y.txt`` → ``news/2024/x.txt``, ``news/y.txt``). A graph then does not carry the
    layout of the machine it was built on, and the same files give the same names however they
    were named on the command line (a folder, the files, a pattern).

    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp()) / "news"
    >>> (root / "2024").mkdir(parents=True)
    >>> _ = (root / "2024" / "a.txt").write_text("x"); _ = (root / "b.txt").write_text("y")
    >>> sorted(portable_names(discover_inputs([str(root)])).values())
    ['news/2024/a.txt', 'news/b.txt']
    >>> list(portable_names([root / "b.txt"]).values())
    ['news/b.txt']
    """
    resolved = {p: p.resolve() for p in paths}
    if not resolved:
        return {}
    base = Path(os.path.commonpath([str(r.parent) for r in resolved.values()]))
    lead = f"{base.name}/" if base.name else ""
    return {p: lead + r.relative_to(base).as_posix() for p, r in resolved.items()}
