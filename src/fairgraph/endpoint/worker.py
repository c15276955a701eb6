"""Queries that can be stopped: each runs in a forked worker process that is killed at its
time limit, when its client hangs up, or when it needs more memory than allowed.

Oxigraph's engine cannot be interrupted from another thread, so a thread that runs past its
limit can only be abandoned, still using a core and memory. A process can be killed. The
worker is a ``fork`` of the server: it shares the loaded graph copy-on-write (no reloading),
runs one query under an address-space limit (``RLIMIT_AS``), writes its answer to a pipe and
exits. The server itself never runs a query, so no engine lock is held when it forks.

>>> run_limited(lambda: (b"ok", "text/plain"), timeout=5.0)
(b'ok', 'text/plain')
>>> run_limited(lambda: sum(range(10**12)), timeout=0.2)
Traceback (most recent call last):
...
fairgraph.endpoint.http.HttpProblem: query stopped: it ran past the 0.2 s time limit
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import pickle
import select
import signal
import socket
import stat
import threading
import time
from collections.abc import Callable
from typing import Any

from fairgraph.endpoint.http import HttpProblem
from fairgraph.errors import FairgraphError

CAN_FORK = hasattr(os, "fork")


class ClientGone(Exception):
    """The client closed its connection while its query ran; the query was stopped."""


def _limit_memory(megabytes: int) -> None:
    """Cap this process's address space at its current size plus ``megabytes``."""
    import resource  # Unix only, like fork

    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            now = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # no /proc: the cap is best effort
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = now + megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _close_sockets() -> None:
    """Close the sockets inherited from the server (its clients' connections, its listening
    socket): a connection must end when the server closes it, not when a worker exits."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # no /proc
        return
    for fd in fds:
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)


def _child(work: Callable[[], Any], fd: int, memory_mb: int | None, max_bytes: int | None) -> None:
    """In the worker: run ``work`` and write a pickled ``(kind, value)`` to ``fd``; never
    returns."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        faulthandler.disable()  # running out of memory here is reported by the server
        _close_sockets()
        if memory_mb:
            _limit_memory(memory_mb)
        try:
            answer: tuple[str, Any] = ("ok", work())
            value = answer[1]
            if (
                max_bytes is not None
                and isinstance(value, tuple)
                and isinstance(value[0], bytes)
                and len(value[0]) > max_bytes
            ):
                answer = ("too-big", len(value[0]))
        except HttpProblem as exc:
            answer = ("http", (exc.status, str(exc)))
        except FairgraphError as exc:
            answer = ("fairgraph", exc.with_traceback(None))
        except MemoryError:
            answer = ("memory", None)
        except BaseException as exc:  # noqa: BLE001 - reported to the server as one line
            answer = ("error", f"{type(exc).__name__}: {exc}".splitlines()[0])
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os._exit(0)


def _client_gone(client: socket.socket) -> bool:
    """True when ``client`` (readable) has closed its side of the connection."""
    try:
        return client.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError, TimeoutError):
        return False
    except OSError:
        return True


def run_limited(
    work: Callable[[], Any],
    *,
    timeout: float,
    memory_mb: int | None = None,
    max_bytes: int | None = None,
    client: socket.socket | None = None,
    fork_lock: threading.Lock | None = None,
) -> Any:
    """``work()`` run in a forked worker; its return value must pickle.

    Stopped (the worker killed) after ``timeout`` seconds (:class:`HttpProblem` 503), when
    ``client`` closes its connection (:class:`ClientGone`) or when the worker needs more than
    ``memory_mb`` MB beyond the server's own memory (503). A ``(bytes, …)`` answer larger than
    ``max_bytes`` is refused (413). ``fork_lock`` is held while forking (the server holds it
    while it changes the store).
    """
    read_fd, write_fd = os.pipe()
    with fork_lock if fork_lock is not None else contextlib.nullcontext():
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the worker
        os.close(read_fd)
        _child(work, write_fd, memory_mb, max_bytes)
    os.close(write_fd)
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    watched: list[Any] = [read_fd] + ([client] if client is not None else [])
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise HttpProblem(503, f"query stopped: it ran past the {timeout:g} s time limit")
            ready, _, _ = select.select(watched, [], [], remaining)
            if client is not None and client in ready:
                if _client_gone(client):
                    raise ClientGone()
                watched = [read_fd]  # the client sent more; only its hanging up matters
            if read_fd in ready:
                data = os.read(read_fd, 1 << 20)
                if not data:
                    break
                chunks.append(data)
    finally:
        os.close(read_fd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if not chunks:
        if os.WIFSIGNALED(status) and memory_mb:
            raise HttpProblem(503, f"query stopped: it needed more than {memory_mb} MB of memory")
        raise HttpProblem(500, "query stopped: its worker process died")
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "ok":
        return value
    if kind == "fairgraph":
        raise value
    if kind == "http":
        raise HttpProblem(*value)
    if kind == "memory":
        raise HttpProblem(503, f"query stopped: it needed more than {memory_mb} MB of memory")
    if kind == "too-big":
        limit = (max_bytes or 0) // 1_048_576
        raise HttpProblem(413, f"result too large: {value:,} bytes; the limit is {limit} MB")
    raise HttpProblem(500, f"query failed: {value}")
