"""A SPARQL 1.1 Protocol endpoint over a fairgraph store or graph file, with a query page.

``/sparql`` takes ``GET ?query=``, ``POST`` with ``application/sparql-query``,
``application/sparql-update`` or form bodies (``query=`` / ``update=``), and answers SELECT/ASK
as JSON, XML, CSV or TSV and CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD,
chosen by ``Accept`` (or a ``format=`` parameter). ``/`` is a query page that works offline.

Limits: each request runs on its own thread and each query in a worker process
(:mod:`fairgraph.endpoint.worker`) that is killed when it runs past ``timeout`` seconds
(503), when its client hangs up, or when it needs more than ``memory_mb`` MB (503); results
over ``max_result`` bytes are refused (413). At most ``max_running`` queries run at once;
up to ``max_queued`` more wait for a free slot (at most twice ``timeout``: long enough for a
running query to be stopped at its limit), beyond that 503.
``SERVICE`` (federated queries) and ``LOAD`` are refused with 400: the endpoint never makes
requests to other hosts. Bodies need a valid ``Content-Length`` (411/400) or chunked
encoding, and over 8 MB are refused with 413 before they are read; a connection idle for
``idle_timeout`` seconds (e.g. a half-sent request) is closed, and beyond
``max_connections`` open connections new ones get 503 at once. ``cors`` names the origin
(or ``*``) whose browser pages may query the endpoint.

>>> import tempfile, urllib.request, threading
>>> g = Path(tempfile.mkdtemp()) / "g.nt"
>>> _ = g.write_text('<http://e/a> <http://e/p> "v" .\\n')
>>> server = make_server(g, port=0)
>>> _ = threading.Thread(target=server.serve_forever, daemon=True).start()
>>> url = f"http://127.0.0.1:{server.server_port}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"
>>> urllib.request.urlopen(url).read()
b'{"head":{},"boolean":true}'
>>> server.shutdown(); server.server_close()
"""

from __future__ import annotations

import contextlib
import errno
import functools
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from fairgraph.endpoint.http import (
    GRAPH_TYPES,
    RESULT_TYPES,
    SHORT_NAMES,
    HttpProblem,
    body_length,
    negotiate,
    read_chunked,
)
from fairgraph.endpoint.page import page_html
from fairgraph.endpoint.worker import CAN_FORK, ClientGone, WorkerPool, run_limited
from fairgraph.errors import FairgraphError, QueryError
from fairgraph.query.guard import refuse_outbound
from fairgraph.store import GraphStore, open_source, run_query

MAX_BODY = 8 * 1024 * 1024
_BUSY = b"busy: too many connections; retry later"
_TOO_MANY = (
    b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_BUSY), _BUSY)
)
DEFAULT_PORT = 8377  # not Oxigraph's 7878, so `fairgraph push` can target an Oxigraph beside it


def answer_query(store: GraphStore, request: tuple[str, str]) -> tuple[bytes, str]:
    """The serialized answer to ``(sparql, accept)`` and its media type (run in a worker).

    ``SERVICE`` is refused by :func:`run_query` (:mod:`fairgraph.query.guard`): a 400.
    """
    sparql, accept = request
    result = run_query(store.ox, sparql)
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES, "text/turtle")
        return result.serialize(format=GRAPH_TYPES[media]) or b"", media
    media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
    return result.serialize(format=RESULT_TYPES[media]) or b"", media


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``store``, ``allow_update``, ``query_timeout`` … are read by the
    handler."""

    daemon_threads = True
    request_queue_size = 128  # listen backlog: bursts of clients queue instead of SYN retries

    def __init__(
        self,
        address: tuple[str, int],
        store: GraphStore,
        *,
        allow_update: bool,
        timeout: float,
        max_running: int,
        graph_page: Path | None,
        max_queued: int = 256,
        memory_mb: int | None = 1024,
        max_result: int = 128 * 1024 * 1024,
        idle_timeout: float = 10.0,
        cors: str | None = None,
        max_connections: int = 512,
    ) -> None:
        # set before binding: a failed bind calls server_close(), which reads them
        self.store = store
        self.owns_store = False
        self.allow_update = allow_update
        self.query_timeout = timeout
        self.max_running = max_running
        self.max_queued = max_queued
        self.memory_mb = memory_mb
        self.max_result = max_result
        self.idle_timeout = idle_timeout
        self.cors = cors
        self.max_connections = max_connections
        self.connections = 0
        self.graph_page = graph_page
        self.waiting = 0
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(max_running)
        self.write_lock = threading.Lock()
        # a graph that never changes is queried by long-lived workers; one that takes updates
        # by a worker forked for each query, so that every query sees the latest updates
        self.pool: WorkerPool | None = None
        if CAN_FORK and not allow_update:
            self.pool = WorkerPool(
                functools.partial(answer_query, store),
                memory_mb=memory_mb,
                max_bytes=max_result,
                fork_lock=self.write_lock,
            )
        super().__init__(address, SparqlHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread per connection, up to ``max_connections``; beyond that a 503 at once
        (half-sent requests cannot pile up threads: each also ends at the idle timeout)."""
        with self.lock:
            full = self.connections >= self.max_connections
            if not full:
                self.connections += 1
        if full:
            with contextlib.suppress(OSError):
                request.sendall(_TOO_MANY)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.lock:
                self.connections -= 1

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()
        if self.owns_store:
            self.store.close()
            self.owns_store = False

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        """One of ``max_running`` query slots; waits (in a queue of ``max_queued``) up to twice
        the query timeout for one to free up, else 503: a query that runs to its limit is then
        stopped and its slot freed within the wait, even on a busy machine."""
        with self.lock:
            if self.waiting >= self.max_queued:
                raise HttpProblem(503, f"busy: {self.waiting} queries are waiting; retry later")
            self.waiting += 1
        try:
            got = self.slots.acquire(timeout=2 * self.query_timeout)
        finally:
            with self.lock:
                self.waiting -= 1
        if not got:
            raise HttpProblem(
                503,
                f"busy: no query slot came free within {2 * self.query_timeout:g} s; retry later",
            )
        try:
            yield
        finally:
            self.slots.release()

    def run_query(self, sparql: str, accept: str, client: socket.socket | None) -> Any:
        """:func:`answer_query` in a killable worker process (a thread where the platform
        cannot fork)."""
        with self.slot():
            if self.pool is not None:
                return self.pool.run((sparql, accept), timeout=self.query_timeout, client=client)
            work = functools.partial(answer_query, self.store, (sparql, accept))
            if not CAN_FORK:  # pragma: no cover - Windows: abandon instead of kill
                return self._run_in_thread(work)
            return run_limited(
                work,
                timeout=self.query_timeout,
                memory_mb=self.memory_mb,
                max_bytes=self.max_result,
                client=client,
                fork_lock=self.write_lock,
            )

    def run_update_work(self, work: Callable[[], Any]) -> Any:
        """Run an update in this process (its changes must stay here), one at a time."""
        with self.slot():
            return self._run_in_thread(work)

    def _run_in_thread(self, work: Callable[[], Any]) -> Any:
        """``work()`` on a thread; 503 (and the work abandoned) past the timeout."""
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["value"] = work()
            except BaseException as exc:  # handed to the request thread
                # drop the frames here: pyoxigraph results must die on the thread that made them
                box["error"] = exc.with_traceback(None)
            finally:
                done.set()

        threading.Thread(target=run, daemon=True, name="sparql-worker").start()
        if not done.wait(self.query_timeout):
            raise HttpProblem(
                503, f"query stopped: it ran past the {self.query_timeout:g} s time limit"
            )
        if "error" in box:
            raise box["error"]
        return box["value"]


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol at /sparql, the query page at /."""

    server: SparqlServer
    server_version = "fairgraph-sparql"

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)  # per read/write on the connection
        self.unread_body = False

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by default
        return

    def do_GET(self) -> None:  # noqa: N802
        self._guard(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self.unread_body = True
        self._guard(self._post)

    def do_OPTIONS(self) -> None:  # noqa: N802
        """CORS preflight (and a plain ``Allow`` answer)."""
        self.send_response(204)
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self.server.cors:
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            asked = self.headers.get("Access-Control-Request-Headers")
            self.send_header("Access-Control-Allow-Headers", asked or "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "86400")
        self._cors_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _cors_headers(self) -> None:
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)
            if self.server.cors != "*":
                self.send_header("Vary", "Origin")

    def _guard(self, action: Any) -> None:
        try:
            action()
        except HttpProblem as exc:
            self._send(exc.status, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except QueryError as exc:
            self._send(400, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except FairgraphError as exc:
            self._send(500, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except (ClientGone, BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True
        except Exception as exc:  # pragma: no cover - last resort, keep serving
            message = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
            self._send(500, message.encode("utf-8"), "text/plain; charset=utf-8")

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            body = page_html(graph_view=self.server.graph_page is not None)
            self._send(200, body.encode("utf-8"), "text/html; charset=utf-8")
        elif url.path == "/graph" and self.server.graph_page is not None:
            self._send(200, self.server.graph_page.read_bytes(), "text/html; charset=utf-8")
        elif url.path == "/sparql":
            if "update" in params:
                raise HttpProblem(400, "updates must be sent with POST")
            if "query" not in params:
                raise HttpProblem(400, "missing the query parameter")
            self._query(params["query"][0], params)
        else:
            raise HttpProblem(404, f"no such page: {url.path}")

    def _read_body(self) -> str:
        length = body_length(self.headers, MAX_BODY)
        data = read_chunked(self.rfile, MAX_BODY) if length is None else self.rfile.read(length)
        if length is not None and len(data) != length:
            raise HttpProblem(400, "the request body ended early")
        self.unread_body = False
        return data.decode("utf-8", errors="replace")

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise HttpProblem(404, f"no such page: {url.path}")
        params = parse_qs(url.query, keep_blank_values=True)
        body = self._read_body()
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            self._query(body, params)
        elif kind == "application/sparql-update":
            self._update(body)
        elif kind == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._update(form["update"][0])
            elif "query" in form:
                self._query(form["query"][0], {**params, **form})
            else:
                raise HttpProblem(400, "the form has neither query= nor update=")
        else:
            raise HttpProblem(415, f"unsupported Content-Type {kind!r}")

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        accept = self.headers.get("Accept") or ""
        wanted = params.get("format", [""])[0].lower()
        if wanted:
            accept = SHORT_NAMES.get(wanted, wanted)
        data, media = self.server.run_query(sparql, accept, self.connection)
        charset = "" if media.endswith("json") else "; charset=utf-8"
        self._send(200, data, media + charset)

    def _update(self, sparql: str) -> None:
        if not self.server.allow_update:
            raise HttpProblem(403, "updates are not allowed (start the server with allow_update)")
        refuse_outbound(sparql, update=True)
        store = self.server.store

        def work() -> None:
            with self.server.write_lock:
                store.update(sparql)

        self.server.run_update_work(work)
        self._send(204, b"", "text/plain")

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self._cors_headers()
        if self.unread_body:  # answered before the body was read: this connection ends here
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if body:
            self.wfile.write(body)

    def finish(self) -> None:
        super().finish()
        if self.unread_body:
            _drain(self.connection)


def _drain(conn: socket.socket, seconds: float = 1.0) -> None:
    """Stop sending, then read and drop what the client still sends for up to ``seconds``:
    closing with unread data would reset the connection and lose the error answer."""
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_WR)
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            conn.settimeout(left)
            if not conn.recv(1 << 16):
                break


def make_server(
    source: GraphStore | Path | str,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_running: int = 4,
    preload: bool = True,
    *,
    max_queued: int = 256,
    memory_mb: int | None = 1024,
    idle_timeout: float = 10.0,
    cors: str | None = None,
    max_connections: int = 512,
) -> SparqlServer:
    """Open ``source`` (store folder, graph file or open store) and bind the server (port 0:
    any free port, see ``server.server_port``); call ``serve_forever()`` to run it.

    A read-only store folder is copied into memory first (``preload``): queries then run
    several times faster, for about 0.5 GB of memory per million triples. With
    ``allow_update`` the store on disk is served and updates are saved; updates on a graph
    file change only the in-memory copy.
    """
    graph_page: Path | None = None
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir() and not allow_update:
            store = GraphStore.open(path, create=False, read_only=True)
            if preload:
                on_disk, store = store, store.memory_copy()
                on_disk.close()
        else:
            store = open_source(path)
        near = (path if path.is_dir() else path.parent) / "graph.html"
        graph_page = near if near.is_file() else None
    else:
        store = source
    try:
        server = SparqlServer(
            (host, port),
            store,
            allow_update=allow_update,
            timeout=timeout,
            max_running=max_running,
            graph_page=graph_page,
            max_queued=max_queued,
            memory_mb=memory_mb,
            idle_timeout=idle_timeout,
            cors=cors,
            max_connections=max_connections,
        )
        server.owns_store = store is not source
        return server
    except OSError as exc:
        if store is not source:
            store.close()
        in_use = exc.errno == errno.EADDRINUSE
        reason = "the port is in use" if in_use else (exc.strerror or str(exc))
        raise FairgraphError(f"cannot listen on {host}:{port}: {reason}") from None
    except OverflowError as exc:
        if store is not source:
            store.close()
        raise FairgraphError(f"cannot listen on {host}:{port}: {exc}") from None


def run_server(server: SparqlServer) -> None:
    """Serve until interrupted (Ctrl-C), then release the port and the store."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve(
    source: GraphStore | Path | str,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    allow_update: bool = False,
    timeout: float = 30.0,
    preload: bool = True,
) -> None:
    """Serve until interrupted (Ctrl-C)."""
    run_server(make_server(source, host, port, allow_update, timeout, preload=preload))
