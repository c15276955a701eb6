"""Runaway queries stop, bodies are bounded, and modest load is served: real servers on
loopback, real clients (urllib, raw sockets, threads)."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from endpoint_helpers import Running, busy_children, served

CROSS = "SELECT (COUNT(*) AS ?c) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"


@pytest.fixture()
def running(tmp_path: Path) -> Iterator[Running]:
    with served(tmp_path, n=300, timeout=1.0, idle_timeout=1.0) as run:
        yield run


def get(base: str, query: str, timeout: float = 30) -> tuple[int, bytes]:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def wait_for_no_busy_workers(seconds: float) -> bool:
    """True once no query worker uses CPU any more, within ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not busy_children(0.2):
            return True
    return False


def raw(port: int, request: bytes, *, read_timeout: float = 5.0) -> bytes:
    """Send ``request`` on a fresh connection and return what comes back until EOF."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as conn:
        conn.sendall(request)
        chunks = []
        while True:
            try:
                data = conn.recv(65536)
            except ConnectionResetError:
                break
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


# ---- runaway queries --------------------------------------------------------------------------


def test_a_runaway_query_is_stopped_and_the_next_one_answers_promptly(running: Running) -> None:
    began = time.monotonic()
    status, body = get(running.base, CROSS)
    assert status == 503 and b"time limit" in body
    assert time.monotonic() - began < 3.0
    assert wait_for_no_busy_workers(6.0), "the runaway worker is still alive"
    began = time.monotonic()
    status, body = get(running.base, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert time.monotonic() - began < 1.0


def test_a_client_that_hangs_up_stops_its_query(tmp_path: Path) -> None:
    with served(tmp_path, n=300, timeout=60.0) as run:
        query = urllib.parse.urlencode({"query": CROSS})
        conn = socket.create_connection(("127.0.0.1", run.port))
        conn.sendall(f"GET /sparql?{query} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        time.sleep(0.5)
        assert busy_children(), "the query should be running in a worker"
        conn.close()
        assert wait_for_no_busy_workers(6.0), "the worker outlived its client"
        assert get(run.base, "ASK { ?s ?p ?o }")[0] == 200


def test_a_query_that_needs_too_much_memory_is_stopped(tmp_path: Path) -> None:
    ordered = "SELECT ?x ?y ?z WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } ORDER BY ?x ?y ?z"
    with served(tmp_path, n=300, timeout=60.0, memory_mb=64) as run:
        status, body = get(run.base, ordered)
        assert status == 503 and b"memory" in body, body
        assert wait_for_no_busy_workers(6.0)
        assert get(run.base, "ASK { ?s ?p ?o }")[0] == 200


def test_runaway_queries_do_not_lock_out_small_ones(running: Running) -> None:
    """Six runaway queries at once (more than the four slots) still let a small one through."""
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(get(running.base, CROSS)[0]))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    time.sleep(0.2)
    status, _ = get(running.base, "ASK { ?s ?p ?o }")
    for t in threads:
        t.join()
    assert status == 200
    assert results == [503] * 6
    assert wait_for_no_busy_workers(6.0)


# ---- request bodies ---------------------------------------------------------------------------

HEAD = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"Content-Length: -1\r\n", 400),
        (b"Content-Length: abc\r\n", 400),
        (b"Content-Length: 1e3\r\n", 400),
        (b"Content-Length: 5\r\nContent-Length: 6\r\n", 400),
        (b"", 411),
        (b"Content-Length: 20971520\r\n", 413),
        (b"Transfer-Encoding: gzip\r\n", 501),
    ],
)
def test_bad_or_oversized_bodies_are_refused_before_reading(
    running: Running, header: bytes, expected: int
) -> None:
    began = time.monotonic()
    answer = raw(running.port, HEAD + header + b"\r\nASK {")
    assert status_of(answer) == expected, answer[:200]
    assert time.monotonic() - began < 5.0


def test_a_negative_length_followed_by_64_mb_is_answered_within_5_s(running: Running) -> None:
    conn = socket.create_connection(("127.0.0.1", running.port), timeout=5)
    began = time.monotonic()
    conn.sendall(HEAD + b"Content-Length: -1\r\n\r\n")

    def flood() -> None:
        block = b"x" * 65536
        try:
            for _ in range(1024):  # 64 MB
                conn.sendall(block)
        except OSError:
            pass

    sender = threading.Thread(target=flood, daemon=True)
    sender.start()
    answer = conn.recv(65536)
    assert status_of(answer) == 400
    assert time.monotonic() - began < 5.0
    conn.close()


def test_chunked_bodies_are_read_and_bounded(running: Running) -> None:
    query = b"ASK { ?s ?p ?o }"
    chunked = HEAD + b"Transfer-Encoding: chunked\r\nAccept: application/json\r\n\r\n"
    body = b"".join(b"%x\r\n%s\r\n" % (1, query[i : i + 1]) for i in range(len(query)))
    answer = raw(running.port, chunked + body + b"0\r\n\r\n")
    assert status_of(answer) == 200 and b'"boolean":true' in answer
    big = b"%x\r\n" % (9 * 1024 * 1024)
    answer = raw(running.port, chunked + big + b"x" * 1000)
    assert status_of(answer) == 413
    answer = raw(running.port, chunked + b"zz\r\nASK\r\n0\r\n\r\n")
    assert status_of(answer) == 400


# ---- load -------------------------------------------------------------------------------------


def test_twenty_concurrent_clients_get_no_errors(tmp_path: Path) -> None:
    from fairgraph.graph.resources import saved_queries

    query = saved_queries()["officials"].read_text(encoding="utf-8")
    statuses: list[int] = []
    lock = threading.Lock()

    def client(base: str) -> None:
        for _ in range(10):
            status, _ = get(base, query)
            with lock:
                statuses.append(status)

    with served(tmp_path, n=200) as run:
        threads = [threading.Thread(target=client, args=(run.base,)) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert statuses == [200] * 200


def test_half_sent_requests_are_dropped_after_the_idle_timeout(running: Running) -> None:
    stalled = []
    for _ in range(40):
        conn = socket.create_connection(("127.0.0.1", running.port), timeout=5)
        conn.sendall(b"GET /sparql?query=ASK")  # no end of line, no end of headers
        stalled.append(conn)
    assert get(running.base, "ASK { ?s ?p ?o }")[0] == 200  # served meanwhile
    time.sleep(1.5)
    for conn in stalled:
        assert conn.recv(100) == b""  # closed by the server
        conn.close()


# ---- CORS -------------------------------------------------------------------------------------


def test_cors_preflight_and_answers(tmp_path: Path) -> None:
    with served(tmp_path, cors="*") as run:
        preflight = raw(
            run.port,
            b"OPTIONS /sparql HTTP/1.1\r\nHost: x\r\nOrigin: http://other.example\r\n"
            b"Access-Control-Request-Method: POST\r\n"
            b"Access-Control-Request-Headers: content-type\r\n\r\n",
        )
        assert status_of(preflight) == 204
        assert b"Access-Control-Allow-Origin: *" in preflight
        assert b"Access-Control-Allow-Methods: GET, POST, OPTIONS" in preflight
        assert b"Access-Control-Allow-Headers: content-type" in preflight
        request = urllib.request.Request(
            f"{run.base}/sparql?query=ASK%7B%7D", headers={"Origin": "http://other.example"}
        )
        with urllib.request.urlopen(request, timeout=10) as resp:
            assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_no_cors_headers_unless_asked(running: Running) -> None:
    with urllib.request.urlopen(f"{running.base}/sparql?query=ASK%7B%7D", timeout=10) as resp:
        assert resp.headers.get("Access-Control-Allow-Origin") is None


def test_connections_past_the_cap_get_503_until_stalled_ones_time_out(tmp_path: Path) -> None:
    with served(tmp_path, idle_timeout=1.0, max_connections=10) as run:
        stalled = []
        for _ in range(10):
            conn = socket.create_connection(("127.0.0.1", run.port), timeout=5)
            conn.sendall(b"GET /sparql?query=ASK")
            stalled.append(conn)
        time.sleep(0.3)
        answer = raw(run.port, b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
        assert status_of(answer) == 503 and b"too many connections" in answer
        time.sleep(1.5)  # the stalled ones are dropped at the idle timeout
        assert get(run.base, "ASK { ?s ?p ?o }")[0] == 200
        for conn in stalled:
            conn.close()
