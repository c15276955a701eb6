"""A SPARQL 1.1 Protocol endpoint over a fairgraph store or graph file, with a query page.

``/sparql`` takes ``GET ?query=``, ``POST`` with ``application/sparql-query``,
``application/sparql-update`` or form bodies (``query=`` / ``update=``), and answers SELECT/ASK
as JSON, XML, CSV or TSV and CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD,
chosen by ``Accept`` (or a ``format=`` parameter). ``/`` is a query page that works offline.

Limits: each request runs on its own thread and each query on a worker thread; a query still
running after ``timeout`` seconds is answered 503 and abandoned (the engine cannot be
interrupted, so it finishes in the background); while ``max_running`` queries are running,
new ones are refused with 503. Request bodies over 8 MB are refused with 413.

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

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from fairgraph.endpoint.http import GRAPH_TYPES, RESULT_TYPES, SHORT_NAMES, HttpProblem, negotiate
from fairgraph.endpoint.page import page_html
from fairgraph.errors import FairgraphError, QueryError
from fairgraph.store import GraphStore, open_source, run_query

MAX_BODY = 8 * 1024 * 1024


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``store``, ``allow_update``, ``timeout`` are read by the handler."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        store: GraphStore,
        *,
        allow_update: bool,
        timeout: float,
        max_running: int,
        graph_page: Path | None,
    ) -> None:
        super().__init__(address, SparqlHandler)
        self.store = store
        self.allow_update = allow_update
        self.query_timeout = timeout
        self.max_running = max_running
        self.graph_page = graph_page
        self.owns_store = False
        self.running = 0
        self.lock = threading.Lock()
        self.write_lock = threading.Lock()

    def server_close(self) -> None:
        super().server_close()
        if self.owns_store:
            self.store.close()
            self.owns_store = False

    def execute(self, work: Any) -> Any:
        """Run ``work()`` on a worker thread; 503 when it takes longer than the timeout."""
        with self.lock:
            if self.running >= self.max_running:
                raise HttpProblem(503, f"busy: {self.running} queries are running; retry later")
            self.running += 1
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["value"] = work()
            except BaseException as exc:  # handed to the request thread
                # drop the frames here: pyoxigraph results must die on the thread that made them
                box["error"] = exc.with_traceback(None)
            finally:
                with self.lock:
                    self.running -= 1
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

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by default
        return

    def do_GET(self) -> None:  # noqa: N802
        self._guard(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._guard(self._post)

    def _guard(self, action: Any) -> None:
        try:
            action()
        except HttpProblem as exc:
            self._send(exc.status, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except QueryError as exc:
            self._send(400, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except FairgraphError as exc:
            self._send(500, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except (BrokenPipeError, ConnectionResetError):
            pass
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

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise HttpProblem(404, f"no such page: {url.path}")
        params = parse_qs(url.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise HttpProblem(413, f"request body over {MAX_BODY // 1_048_576} MB")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
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
        store = self.server.store

        def work() -> tuple[bytes, str]:
            result = run_query(store.ox, sparql)
            if isinstance(result, ox.QueryTriples):
                media = negotiate(accept, GRAPH_TYPES, "text/turtle")
                return result.serialize(format=GRAPH_TYPES[media]) or b"", media
            media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
            return result.serialize(format=RESULT_TYPES[media]) or b"", media

        data, media = self.server.execute(work)
        charset = "" if media.endswith("json") else "; charset=utf-8"
        self._send(200, data, media + charset)

    def _update(self, sparql: str) -> None:
        if not self.server.allow_update:
            raise HttpProblem(403, "updates are not allowed (start the server with allow_update)")
        store = self.server.store

        def work() -> None:
            with self.server.write_lock:
                store.update(sparql)

        self.server.execute(work)
        self._send(204, b"", "text/plain")

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(body)


def make_server(
    source: GraphStore | Path | str,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_running: int = 4,
    preload: bool = True,
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
        )
        server.owns_store = store is not source
        return server
    except OSError as exc:
        if store is not source:
            store.close()
        raise FairgraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(
    source: GraphStore | Path | str,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_update: bool = False,
    timeout: float = 30.0,
    preload: bool = True,
) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(source, host, port, allow_update, timeout, preload=preload)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
