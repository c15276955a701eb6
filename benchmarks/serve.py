"""Load on `fairgraph serve`: 1, 20 and 100 concurrent clients running a saved query over the
real corpus graph, and the same against `oxigraph serve-read-only` on the same data.

    python benchmarks/serve.py                          # 10 s per row, saved query `officials`
    python benchmarks/serve.py --seconds 20 --query agreements
    python benchmarks/serve.py --oxigraph /path/to/oxigraph   # else `oxigraph` on PATH, if any

The graph is built from ``../shared/corpus/zh`` (``FAIRGRAPH_SHARED`` points elsewhere) into a
temporary folder; each server runs as its own process on loopback. Each client is a thread
sending one request after another (a new connection each time, as simple clients do) and
recording status and latency. Rows: requests/s, p50 and p99 latency, errors (anything but
200, including refused connections). `pip install oxigraph` provides the Oxigraph server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(SRC))
SHARED = Path(os.environ.get("FAIRGRAPH_SHARED") or HERE.parent.parent / "shared")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise SystemExit(f"server at {url} did not come up")


def load(url: str, query: str, clients: int, seconds: float) -> dict[str, float]:
    target = f"{url}?{urllib.parse.urlencode({'query': query})}"
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        request = urllib.request.Request(target, headers={"Accept": "application/json"})
        while time.monotonic() < stop:
            began = time.perf_counter()
            ok = False
            try:
                with urllib.request.urlopen(request, timeout=60) as resp:
                    resp.read()
                    ok = resp.status == 200
            except (urllib.error.URLError, OSError):
                ok = False
            elapsed = time.perf_counter() - began
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    latencies.sort()

    def pct(q: float) -> float:
        return (
            latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else 0
        )

    return {
        "rps": len(latencies) / wall,
        "p50": pct(0.50),
        "p99": pct(0.99),
        "errors": errors,
        "requests": len(latencies) + errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 20, 100])
    parser.add_argument("--query", default="officials", help="saved query name")
    parser.add_argument("--oxigraph", default=shutil.which("oxigraph"))
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "zh")
    args = parser.parse_args()

    from fairgraph.graph.resources import saved_queries
    from fairgraph.namespaces import sparql_prologue

    query = saved_queries()[args.query].read_text(encoding="utf-8")
    work = Path(tempfile.mkdtemp(prefix="fairgraph-serve-bench-"))
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    build = [sys.executable, "-m", "fairgraph", "build", str(args.corpus), "-o", str(work / "out")]
    subprocess.run(build, env=env, check=True, capture_output=True)
    graph = work / "out" / "graph.ttl"

    servers: list[tuple[str, list[str], str, str]] = []
    port = free_port()
    servers.append(
        (
            "fairgraph serve",
            [sys.executable, "-m", "fairgraph", "serve", str(graph), "--port", str(port)],
            f"http://127.0.0.1:{port}/sparql",
            query,
        )
    )
    if args.oxigraph:
        location = work / "oxi"
        subprocess.run(
            [args.oxigraph, "load", "--location", str(location), "--file", str(graph)],
            check=True,
            capture_output=True,
        )
        oxi_port = free_port()
        servers.append(
            (
                "oxigraph serve-read-only",
                [
                    args.oxigraph,
                    "serve-read-only",
                    "--location",
                    str(location),
                    "--bind",
                    f"127.0.0.1:{oxi_port}",
                ],
                f"http://127.0.0.1:{oxi_port}/query",
                sparql_prologue() + query,  # Oxigraph does not know fairgraph's prefixes
            )
        )

    rows = []
    for name, command, url, text in servers:
        process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        try:
            probe = f"{url}?{urllib.parse.urlencode({'query': 'ASK { ?s ?p ?o }'})}"
            wait_until_up(probe)
            for clients in args.clients:
                r = load(url, text, clients, args.seconds)
                row = (
                    f"| {name} | {clients} | {r['rps']:.0f} | {r['p50']:.0f} ms "
                    f"| {r['p99']:.0f} ms | {r['errors']:.0f} of {r['requests']:.0f} |"
                )
                rows.append(row)
                print(row, flush=True)
        finally:
            process.terminate()
            process.wait(timeout=30)
    size = graph.stat().st_size
    print(f"\nsaved query `{args.query}`, {args.seconds:g} s per row, graph.ttl {size:,} bytes")
    print("| server | clients | requests/s | p50 | p99 | errors |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
