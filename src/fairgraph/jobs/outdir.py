"""The output folder of a build: checked before any work starts, and cleared of the staging
folders that killed builds left behind.

Outputs are written into a hidden staging folder (``.fairgraph-build-PID-…``) and renamed into
place together. A build killed half-way leaves its staging folder; the next build removes
every staging folder whose process is gone (older, PID-less ones after an hour).

>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "out"
>>> prepare_output_dir(out); out.is_dir()
True
>>> prepare_output_dir(out / "graph.ttl" / "x") if (out / "graph.ttl").write_text("") == 0 else 0
Traceback (most recent call last):
...
fairgraph.errors.OutputError: ...: cannot create the output folder: a parent of it is a file
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from fairgraph.errors import OutputError

STAGING_PREFIX = ".fairgraph-build-"
_OLD_STAGING_AGE = 3600.0  # seconds after which a staging folder without a PID is stale


def prepare_output_dir(out_dir: Path) -> None:
    """Create ``out_dir`` and make sure a file can be written in it (:class:`OutputError`
    with a plain message otherwise), then remove stale staging folders."""
    where = str(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("the output folder is a file", source=where) from None
    except NotADirectoryError:
        raise OutputError(
            "cannot create the output folder: a parent of it is a file", source=where
        ) from None
    except PermissionError:
        raise OutputError(
            "cannot create the output folder: permission denied", source=where
        ) from None
    except OSError as exc:
        raise OutputError(
            f"cannot create the output folder: {exc.strerror or exc}", source=where
        ) from None
    try:
        handle, probe = tempfile.mkstemp(dir=out_dir, prefix=".fairgraph-probe-")
        os.close(handle)
        os.unlink(probe)
    except PermissionError:
        raise OutputError(
            "the output folder is not writable (permission denied)", source=where
        ) from None
    except OSError as exc:
        raise OutputError(
            f"cannot write in the output folder: {exc.strerror or exc}", source=where
        ) from None
    remove_stale_staging(out_dir)


def staging_dir(out_dir: Path) -> Path:
    """A new staging folder in ``out_dir``, named after this process."""
    return Path(tempfile.mkdtemp(dir=out_dir, prefix=f"{STAGING_PREFIX}{os.getpid()}-"))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours
        return True
    return True


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Remove the staging folders of builds that are no longer running; return them."""
    removed = []
    with contextlib.suppress(OSError):
        for path in sorted(out_dir.glob(STAGING_PREFIX + "*")):
            if not path.is_dir() or path.is_symlink():
                continue
            head = path.name[len(STAGING_PREFIX) :].split("-", 1)[0]
            if head.isdigit():
                stale = not _alive(int(head))
            else:
                stale = time.time() - path.stat().st_mtime > _OLD_STAGING_AGE
            if stale:
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed
