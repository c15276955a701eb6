"""`fairgraph serve` fails well: one line, nothing printed before it, non-zero exit."""

from __future__ import annotations

import socket
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
