"""Upload a graph or a store to a production triple store.

Uses the SPARQL 1.1 Graph Store HTTP Protocol: the first batch of each graph is a ``PUT``
(replacing that graph on the server), the following batches ``POST`` (adding), as N-Triples.
When the server has no Graph Store endpoint (404/405/415 on the first request) it falls back
to SPARQL Update: ``DROP SILENT GRAPH`` then ``INSERT DATA`` batches. Blank nodes are never
split across batches. Server errors (5xx) and dropped connections are retried with backoff.

Endpoints: Oxigraph ``http://HOST:7878/store`` (update: ``/update``; a bare
``http://HOST:7878`` means both), Fuseki ``http://HOST:3030/DS/data`` (``/DS/update``),
GraphDB ``http://HOST:7200/repositories/REPO/rdf-graphs/service``
(``/repositories/REPO/statements``),
Virtuoso ``http://HOST:8890/sparql-graph-crud-auth`` (``/sparql-auth``).

>>> oxigraph_urls("http://localhost:7878")
('http://localhost:7878/store', 'http://localhost:7878/update')
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from fairgraph.errors import FairgraphError
from fairgraph.store import GraphStore, open_source


class PushError(FairgraphError):
    """The target store refused the upload or cannot be reached."""


class _NoGraphStore(Exception):
    """The endpoint does not speak the Graph Store Protocol."""


@dataclass(frozen=True)
class PushReport:
    """What was uploaded."""

    graphs: int
    triples: int
    requests: int
    protocol: str  # "graph-store" or "update"


def oxigraph_urls(endpoint: str) -> tuple[str, str]:
    """(Graph Store URL, Update URL) for an endpoint; a bare host means an Oxigraph server."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.path in ("", "/"):
        base = endpoint.rstrip("/")
        return base + "/store", base + "/update"
    if parts.path.endswith("/store"):
        return endpoint, endpoint[: -len("/store")] + "/update"
    return endpoint, endpoint


def batches(triples: list[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Split ``triples`` into batches of about ``size``, never splitting a blank-node cluster.

    >>> t = [ox.Triple(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal(i))
    ...      for i in range(5)]
    >>> [len(b) for b in batches(t, 2)]
    [2, 2, 1]
    """
    parent: dict[Any, Any] = {}

    def root(node: Any) -> Any:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for t in triples:
        if isinstance(t.object, ox.BlankNode):
            a, b = root(t.subject), root(t.object)
            if a != b:
                parent[b] = a
    groups: dict[Any, list[ox.Triple]] = {}
    for index, t in enumerate(triples):
        linked = isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
        groups.setdefault(root(t.subject) if linked else index, []).append(t)
    batch: list[ox.Triple] = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch or not triples:
        yield batch


def _nt(triples: list[ox.Triple]) -> str:
    return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)


class _Client:
    def __init__(
        self,
        auth: tuple[str, str] | None,
        token: str | None,
        retries: int,
        timeout: float,
    ) -> None:
        self.headers: dict[str, str] = {}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        elif auth:
            pair = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {pair}"
        self.retries = retries
        self.timeout = timeout
        self.requests = 0

    def send(self, method: str, url: str, body: bytes, media: str, gsp: bool = False) -> None:
        delay = 0.5
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(
                url, data=body, method=method, headers={**self.headers, "Content-Type": media}
            )
            self.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                    resp.read()
                return
            except urllib.error.HTTPError as err:
                detail = err.read()[:300].decode("utf-8", "replace").strip().splitlines()
                message = f"{method} {url} answered {err.code}" + (
                    f": {detail[0]}" if detail else ""
                )
                if gsp and err.code in (404, 405, 415, 501):
                    raise _NoGraphStore(message) from err
                if err.code in (401, 403):
                    raise PushError(f"{message} (check --user/--password or the token)") from err
                if err.code < 500 or attempt == self.retries:
                    raise PushError(message) from err
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as err:
                if attempt == self.retries:
                    reason = getattr(err, "reason", err)
                    raise PushError(f"cannot reach {url}: {reason}") from err
            time.sleep(delay)
            delay *= 2


def _graphs(store: GraphStore, graph: str | None) -> list[tuple[str | None, list[ox.Triple]]]:
    """(target graph IRI or None for the default graph, triples), sorted by graph name."""
    out: dict[str | None, list[ox.Triple]] = {}
    for quad in store.ox:
        name = graph
        if graph is None and isinstance(quad.graph_name, ox.NamedNode):
            name = quad.graph_name.value
        out.setdefault(name, []).append(quad.triple)
    if graph is not None:  # one target graph: duplicates from several source graphs merge
        out[graph] = list(dict.fromkeys(out.get(graph, [])))
    return sorted(out.items(), key=lambda item: item[0] or "")


def push(
    source: Path | str | GraphStore,
    endpoint: str,
    *,
    graph: str | None = None,
    update_endpoint: str | None = None,
    auth: tuple[str, str] | None = None,
    token: str | None = None,
    batch_size: int = 50_000,
    retries: int = 3,
    timeout: float = 120.0,
    progress: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Upload a graph file or a store, replacing each target graph on the server.

    A store's named graphs (one per document, plus the entity graph) keep their names; with
    ``graph`` everything goes into that one graph. A file's triples go to ``graph`` or, without
    it, to the server's default graph (which is replaced).
    """
    if batch_size < 1:
        raise PushError("batch size must be at least 1")
    gsp_url, update_url = oxigraph_urls(endpoint)
    if update_endpoint:
        update_url = update_endpoint
    store = open_source(source, read_only=True)
    try:
        targets = _graphs(store, graph)
    finally:
        if store is not source:
            store.close()
    total = sum(len(triples) for _, triples in targets)
    client = _Client(auth, token, retries, timeout)
    done = 0
    protocol = "graph-store"
    for name, triples in targets:
        upload = _Upload(client, name, tuple(batches(triples, batch_size)), done, total, progress)
        if protocol == "graph-store":
            try:
                _push_gsp(upload, gsp_url)
            except _NoGraphStore:
                protocol = "update"
        if protocol == "update":
            _push_update(upload, update_url)
        done += len(triples)
    return PushReport(len(targets), total, client.requests, protocol)


@dataclass(frozen=True)
class _Upload:
    """The batches of one target graph, and the progress count before and in all."""

    client: _Client
    name: str | None  # the target graph; None: the default graph
    chunks: tuple[list[ox.Triple], ...]
    done: int
    total: int
    progress: Callable[[int, int], None] | None

    def sent(self, done: int) -> None:
        """Report that ``done`` triples of all are uploaded."""
        if self.progress is not None:
            self.progress(done, self.total)


def _push_gsp(upload: _Upload, url: str) -> None:
    """Graph Store Protocol: ``PUT`` the first batch (replacing the graph), ``POST`` the rest."""
    name = upload.name
    query = urllib.parse.urlencode({"graph": name}) if name else "default"
    target = f"{url}{'&' if '?' in url else '?'}{query}"
    done = upload.done
    for i, chunk in enumerate(upload.chunks):
        method = "PUT" if i == 0 else "POST"
        body = _nt(chunk).encode("utf-8")
        upload.client.send(method, target, body, "application/n-triples", gsp=True)
        done += len(chunk)
        upload.sent(done)


def _push_update(upload: _Upload, url: str) -> None:
    """SPARQL Update: drop the graph, then ``INSERT DATA`` each batch."""
    name = upload.name
    drop = f"DROP SILENT GRAPH <{name}>" if name else "DROP SILENT DEFAULT"
    upload.client.send("POST", url, drop.encode("utf-8"), "application/sparql-update")
    done = upload.done
    for chunk in upload.chunks:
        if not chunk:
            continue
        data = _nt(chunk)
        body = (
            f"INSERT DATA {{ GRAPH <{name}> {{\n{data}}} }}"
            if name
            else f"INSERT DATA {{\n{data}}}"
        )
        upload.client.send("POST", url, body.encode("utf-8"), "application/sparql-update")
        done += len(chunk)
        upload.sent(done)
