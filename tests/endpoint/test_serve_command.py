"""`fairgraph serve` fails well: one line, nothing printed before it, non-zero exit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from endpoint_helpers import graph_file

from conftest import assert_one_line_error, run_cli


def test_a_busy_port_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run_cli("serve", graph_file(tmp_path), "--port", port)
    message = assert_one_line_error(result)
    assert f"cannot listen on 127.0.0.1:{port}: the port is in use" in message
    assert "serving" not in result.output and "unexpected" not in result.output


def test_a_missing_graph_is_refused_before_serving(tmp_path: Path) -> None:
    result = run_cli("serve", tmp_path / "missing.ttl", "--port", "0")
    message = assert_one_line_error(result)
    assert "missing.ttl" in message and "no such graph file" in message
    assert "serving" not in result.output


def test_the_default_port_is_not_oxigraphs() -> None:
    result = run_cli("serve", "--help")
    assert "[default: 8377;" in " ".join(result.output.split())


def test_open_launches_the_browser_on_the_query_page(tmp_path: Path) -> None:
    """--open hands the page's address to the user's browser ($BROWSER, as webbrowser reads
    it); here the "browser" fetches the page, as a real one would."""
    fetched = tmp_path / "fetched.html"
    browser = tmp_path / "browser.py"
    browser.write_text(
        "import sys, urllib.request\n"
        "page = urllib.request.build_opener(urllib.request.ProxyHandler({})).open(sys.argv[1])\n"
        f"open({str(fetched)!r}, 'wb').write(page.read())\n",
        encoding="utf-8",
    )
    env = dict(os.environ, BROWSER=f"{sys.executable} {browser} %s")
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fairgraph",
            "serve",
            str(graph_file(tmp_path)),
            "--port",
            "0",
            "--open",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not fetched.exists() or not fetched.stat().st_size:
            assert serve.poll() is None, serve.stderr.read() if serve.stderr else ""
            assert time.monotonic() < deadline, "the browser was never opened"
            time.sleep(0.2)
        assert "SPARQL" in fetched.read_text(encoding="utf-8")
    finally:
        serve.terminate()
        serve.wait(timeout=30)
