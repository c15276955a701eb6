"""Real servers on loopback for the endpoint tests: a fairgraph endpoint, and a listener that
records every connection made to it (to prove that no request leaves the host)."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDFS, Graph, Literal, Namespace

from fairgraph.endpoint.server import SparqlServer, make_server

EX = Namespace("https://example.org/")


def graph_file(tmp_path: Path, n: int = 3) -> Path:
    g = Graph()
    for i in range(n):
        g.add((EX[f"e{i}"], RDFS.label, Literal(f"实体{i}", lang="zh")))
        g.add((EX[f"e{i}"], EX.value, Literal(i)))
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    return path


@dataclass
class Running:
    server: SparqlServer
    base: str
    port: int


def start(server: SparqlServer) -> Running:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_port
    return Running(server, f"http://127.0.0.1:{port}", port)


@contextlib.contextmanager
def served(tmp_path: Path, n: int = 20, **options: Any) -> Iterator[Running]:
    """A started endpoint over a graph of ``n`` labelled entities, stopped afterwards."""
    server = make_server(graph_file(tmp_path, n=n), port=0, **options)
    try:
        yield start(server)
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Listener:
    """A TCP listener on loopback that records whatever connects to it."""

    port: int
    hits: list[bytes] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"


def listening() -> Iterator[Listener]:
    """A started recording listener (for a fixture)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    rec = Listener(sock.getsockname()[1])

    def accept() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            conn.settimeout(1)
            try:
                rec.hits.append(conn.recv(200) or b"(connected)")
            except OSError:
                rec.hits.append(b"(connected)")
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    yield rec
    sock.close()


def live_children() -> list[int]:
    """Process ids of this process's children (the endpoint's query workers)."""
    found: list[int] = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            text = (task / "children").read_text()
        except OSError:  # a thread that ended while we looked
            continue
        found.extend(int(pid) for pid in text.split())
    return found


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # gone
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_children(interval: float = 0.3) -> list[int]:
    """Children of this process that used CPU during ``interval`` seconds (running queries;
    idle query workers wait without using any)."""
    before = {pid: _cpu_seconds(pid) for pid in live_children()}
    time.sleep(interval)
    return [pid for pid, cpu in before.items() if _cpu_seconds(pid) > cpu]  # one clock tick
