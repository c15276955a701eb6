"""Queries that can be stopped: each runs in a forked worker process that is killed at its
time limit, when its client hangs up, or when it needs more memory than allowed.

Oxigraph's engine cannot be interrupted from another thread, so a thread that runs past its
limit can only be abandoned, still using a core and memory. A process can be killed. A
worker is a ``fork`` of the server: it shares the loaded graph copy-on-write (no reloading),
runs under an address-space limit (``RLIMIT_AS``) and writes its answers to a pipe.
:class:`WorkerPool` keeps workers for many queries (a graph that does not change);
:func:`run_limited` forks one for a single call. The server itself never runs a query, so no
engine lock is held when it forks.

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
import functools
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


def _answer(work: Callable[[], Any], max_bytes: int | None) -> tuple[str, Any]:
    """``work()`` as a picklable ``(kind, value)``: its value, or what went wrong."""
    try:
        value = work()
        if (
            max_bytes is not None
            and isinstance(value, tuple)
            and isinstance(value[0], bytes)
            and len(value[0]) > max_bytes
        ):
            return ("too-big", len(value[0]))
        return ("ok", value)
    except HttpProblem as exc:
        return ("http", (exc.status, str(exc)))
    except FairgraphError as exc:
        return ("fairgraph", exc.with_traceback(None))
    except MemoryError:
        return ("memory", None)
    except BaseException as exc:  # noqa: BLE001 - reported to the server as one line
        return ("error", f"{type(exc).__name__}: {exc}".splitlines()[0])


def _become_worker(memory_mb: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    faulthandler.disable()  # running out of memory here is reported by the server
    _close_sockets()
    if memory_mb:
        _limit_memory(memory_mb)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exact(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        data = os.read(fd, min(left, 1 << 20))
        if not data:
            return None
        chunks.append(data)
        left -= len(data)
    return b"".join(chunks)


def _child(work: Callable[[], Any], fd: int, memory_mb: int | None, max_bytes: int | None) -> None:
    """In a one-shot worker: run ``work`` and write its pickled answer to ``fd``; never
    returns."""
    try:
        _become_worker(memory_mb)
        _write_all(fd, pickle.dumps(_answer(work, max_bytes), protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        os._exit(0)


def _pool_child(
    handler: Callable[[Any], Any],
    requests: int,
    answers: int,
    memory_mb: int | None,
    max_bytes: int | None,
) -> None:
    """In a pool worker: answer length-prefixed pickled requests until the pipe closes."""
    try:
        _become_worker(memory_mb)
        while True:
            header = _read_exact(requests, 8)
            if header is None:
                break
            body = _read_exact(requests, int.from_bytes(header, "big"))
            if body is None:
                break
            request = pickle.loads(body)
            answer = _answer(functools.partial(handler, request), max_bytes)
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(answers, len(data).to_bytes(8, "big") + data)
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
    """``work()`` run in a one-shot forked worker; its return value must pickle.

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
    status = 0
    try:
        data = _wait_for(read_fd, None, timeout, client)
    finally:
        os.close(read_fd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    return _decode(data, status, memory_mb, max_bytes)


def _wait_for(fd: int, size: int | None, timeout: float, client: socket.socket | None) -> bytes:
    """Read from ``fd`` until EOF (``size`` None) or ``size`` bytes, within ``timeout``,
    watching ``client`` for hanging up; b"" when the worker died first."""
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    got = 0
    watched: list[Any] = [fd] + ([client] if client is not None else [])
    while size is None or got < size:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise HttpProblem(503, f"query stopped: it ran past the {timeout:g} s time limit")
        ready, _, _ = select.select(watched, [], [], remaining)
        if client is not None and client in ready:
            if _client_gone(client):
                raise ClientGone()
            watched = [fd]  # the client sent more; only its hanging up matters
        if fd in ready:
            data = os.read(fd, 1 << 20 if size is None else min(1 << 20, size - got))
            if not data:
                return b"" if size is not None else b"".join(chunks)
            chunks.append(data)
            got += len(data)
    return b"".join(chunks)


def _decode(data: bytes, status: int, memory_mb: int | None, max_bytes: int | None) -> Any:
    if not data:
        if os.WIFSIGNALED(status) and memory_mb:
            raise HttpProblem(503, f"query stopped: it needed more than {memory_mb} MB of memory")
        raise HttpProblem(500, "query stopped: its worker process died")
    kind, value = pickle.loads(data)
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


class _Worker:
    def __init__(self, pid: int, requests: int, answers: int) -> None:
        self.pid, self.requests, self.answers = pid, requests, answers
        self.status: int | None = None
        self._lock = threading.Lock()

    def stop(self) -> int:
        """Kill the worker (once: its process id may be reused after) and return its wait
        status."""
        with self._lock:
            if self.status is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
                try:
                    self.status = os.waitpid(self.pid, 0)[1]
                except ChildProcessError:
                    self.status = 0
                for fd in (self.requests, self.answers):
                    with contextlib.suppress(OSError):
                        os.close(fd)
            return self.status


class WorkerPool:
    """Long-lived forked workers that answer ``handler(request)`` one request at a time.

    Forking once per worker instead of once per query saves the fork and the copy-on-write
    faults of every query; a worker is still killed (and later replaced) when its query runs
    past its time, its client hangs up, or it runs out of memory. Use it only over a graph
    that does not change: a worker keeps the graph as it was when it was forked. The caller
    bounds how many requests run at once (at most that many workers exist).

    >>> pool = WorkerPool(lambda n: (b"x" * n, "text/plain"))
    >>> pool.run(3, timeout=5.0)
    (b'xxx', 'text/plain')
    >>> pool.close()
    """

    def __init__(
        self,
        handler: Callable[[Any], Any],
        *,
        memory_mb: int | None = None,
        max_bytes: int | None = None,
        fork_lock: threading.Lock | None = None,
    ) -> None:
        self.handler = handler
        self.memory_mb = memory_mb
        self.max_bytes = max_bytes
        self.fork_lock = fork_lock
        self._idle: list[_Worker] = []
        self._all: dict[int, _Worker] = {}
        self._lock = threading.Lock()
        self._closed = False

    def _start(self) -> _Worker:
        req_read, req_write = os.pipe()
        ans_read, ans_write = os.pipe()
        with self.fork_lock if self.fork_lock is not None else contextlib.nullcontext():
            pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the worker
            os.close(req_write)
            os.close(ans_read)
            for other in list(self._all.values()):  # the other workers' pipes are not ours
                for fd in (other.requests, other.answers):
                    with contextlib.suppress(OSError):
                        os.close(fd)
            _pool_child(self.handler, req_read, ans_write, self.memory_mb, self.max_bytes)
        os.close(req_read)
        os.close(ans_write)
        worker = _Worker(pid, req_write, ans_read)
        with self._lock:
            self._all[pid] = worker
        return worker

    def _take(self) -> _Worker:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._start()

    def run(self, request: Any, *, timeout: float, client: socket.socket | None = None) -> Any:
        """``handler(request)`` in a worker, with the limits of :func:`run_limited`."""
        worker = self._take()
        data, status, healthy = b"", 0, False
        try:
            body = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
            try:
                _write_all(worker.requests, len(body).to_bytes(8, "big") + body)
                header = _wait_for(worker.answers, 8, timeout, client)
                if header:
                    data = _wait_for(worker.answers, int.from_bytes(header, "big"), timeout, client)
            except OSError:  # the worker is gone (killed for its memory, or crashed)
                data = b""
            healthy = bool(data)
        finally:
            if healthy and not self._closed:
                with self._lock:
                    self._idle.append(worker)
            else:
                with self._lock:
                    self._all.pop(worker.pid, None)
                status = worker.stop()
        return _decode(data, status, self.memory_mb, self.max_bytes)

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers = list(self._all.values())
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            worker.stop()
