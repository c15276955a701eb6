"""Push to a real Oxigraph server that the tests start and stop, plus retry/auth behaviour
against a tiny local HTTP server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDFS, BNode, Graph, Literal, Namespace

from fairgraph.endpoint.push import PushError, push
from fairgraph.store import MERGED_GRAPH, GraphStore, document_graph_iri

EX = Namespace("https://example.org/")


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[str]:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary (PyPI package oxigraph) is not installed")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxdata"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                ask(base, "ASK {}")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the oxigraph server did not start")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def sparql(base: str, query: str) -> Any:
    url = f"{base}/query?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as resp:
        return json.loads(resp.read())


def ask(base: str, query: str) -> bool:
    return bool(sparql(base, query)["boolean"])


def count(base: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
    data = sparql(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(data["results"]["bindings"][0]["n"]["value"])


def doc_triples(name: str, n: int) -> list[tuple[Any, Any, Any]]:
    out: list[tuple[Any, Any, Any]] = []
    for i in range(n):
        node = BNode()
        out.append((EX[f"{name}/{i}"], RDFS.label, Literal(f"{name}第{i}条", lang="zh")))
        out.append((EX[f"{name}/{i}"], EX.amount, node))
        out.append((node, EX.value, Literal(i * 100)))
    return out


def make_store(folder: Path, docs: dict[str, int]) -> GraphStore:
    store = GraphStore.open(folder)
    for name, n in docs.items():
        store.replace_document(name, name, document_graph_iri(name), doc_triples(name, n))
    store.replace_merged([(EX.shared, RDFS.label, Literal("共同"))])
    return store


def test_push_store_counts_and_ask_per_document(oxigraph: str, tmp_path: Path) -> None:
    docs = {"a.txt": 4, "b.txt": 7}
    with make_store(tmp_path / "st", docs) as store:
        seen: list[tuple[int, int]] = []
        report = push(store, oxigraph, batch_size=5, progress=lambda d, t: seen.append((d, t)))
        total = len(store)
    assert report.protocol == "graph-store" and report.graphs == 3
    assert report.triples == total == 3 * 11 + 1
    assert count(oxigraph) == total
    assert seen[-1] == (total, total)
    for name, n in docs.items():
        graph = document_graph_iri(name)
        assert count(oxigraph, graph) == 3 * n
        assert ask(oxigraph, f"ASK {{ GRAPH <{graph}> {{ ?s ?p '{name}第{n - 1}条'@zh }} }}")
        # blank nodes kept their links although batches were small
        query = f"ASK {{ GRAPH <{graph}> {{ ?s <{EX.amount}> [ <{EX.value}> {(n - 1) * 100} ] }} }}"
        assert ask(oxigraph, query)
    assert count(oxigraph, MERGED_GRAPH) == 1


def test_push_store_folder(oxigraph: str, tmp_path: Path) -> None:
    make_store(tmp_path / "st", {"a.txt": 2}).close()
    report = push(tmp_path / "st", oxigraph)
    assert report.triples == 7 and count(oxigraph) == 7


def test_second_push_replaces_a_changed_document(oxigraph: str, tmp_path: Path) -> None:
    with make_store(tmp_path / "st", {"a.txt": 3, "b.txt": 3}) as store:
        push(store, oxigraph, batch_size=4)
        changed = [(EX.new, RDFS.label, Literal("改过"))]
        store.replace_document("a.txt", "a2", document_graph_iri("a.txt"), changed)
        push(store, f"{oxigraph}/store", batch_size=4)
    graph = document_graph_iri("a.txt")
    assert count(oxigraph, graph) == 1
    assert ask(oxigraph, f"ASK {{ GRAPH <{graph}> {{ ?s ?p '改过' }} }}")
    assert not ask(oxigraph, "ASK { ?s ?p 'a.txt第0条'@zh }")
    assert count(oxigraph, document_graph_iri("b.txt")) == 9


def test_push_file_into_a_named_graph_with_update_fallback(oxigraph: str, tmp_path: Path) -> None:
    g = Graph()
    for t in doc_triples("f", 5):
        g.add(t)
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    target = "https://example.org/graph/file"
    report = push(
        path,
        f"{oxigraph}/no-graph-store-here",
        graph=target,
        update_endpoint=f"{oxigraph}/update",
        batch_size=4,
    )
    assert report.protocol == "update"
    assert count(oxigraph, target) == 15
    push(path, f"{oxigraph}/nothing", graph=target, update_endpoint=f"{oxigraph}/update")
    assert count(oxigraph, target) == 15  # replaced, not doubled


def test_unreachable_endpoint_is_a_push_error(tmp_path: Path) -> None:
    path = tmp_path / "g.nt"
    path.write_text(f"<{EX.a}> <{EX.p}> <{EX.b}> .\n")
    with pytest.raises(PushError, match="cannot reach"):
        push(path, f"http://127.0.0.1:{free_port()}/store", retries=1)


class Flaky(BaseHTTPRequestHandler):
    """Fails the first request with 503, then accepts; remembers what it saw."""

    seen: list[tuple[str, str, str]] = []

    def log_message(self, *args: Any) -> None:
        return

    def do_PUT(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        Flaky.seen.append(("PUT", self.path, self.headers.get("Authorization", "")))
        self.send_response(503 if len(Flaky.seen) == 1 else 201)
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_retries_server_errors_and_sends_credentials(tmp_path: Path) -> None:
    path = tmp_path / "g.nt"
    path.write_text(f"<{EX.a}> <{EX.p}> <{EX.b}> .\n")
    Flaky.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/store"
        report = push(path, url, graph="https://example.org/g", auth=("ann", "pw"))
    finally:
        server.shutdown()
        server.server_close()
    assert report.requests == 2 and len(Flaky.seen) == 2
    assert Flaky.seen[0][2] == Flaky.seen[1][2] == "Basic YW5uOnB3"
    assert "graph=https%3A%2F%2Fexample.org%2Fg" in Flaky.seen[1][1]
