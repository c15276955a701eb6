"""The output folder: ordinary errors in plain words, checked before any extraction, and the
staging folders of killed builds removed by the next build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SRC, assert_one_line_error, run_cli

REPORT = "2024年6月5日，第一届示例高原博览会在西宁开幕。\n"  # written for these tests


def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    return folder


def test_a_killed_builds_staging_folder_is_removed_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # a build that was killed: its process is gone, its half-written staging folder is left
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    killed = out / f".fairgraph-build-{dead.pid}-abc123"
    killed.mkdir()
    (killed / "graph.ttl").write_text("@prefix half", encoding="utf-8")
    # one left by an older fairgraph (no process id), two hours ago
    old = out / ".fairgraph-build-k2j4h5"
    old.mkdir()
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    # one of a build still running must stay
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    running = out / f".fairgraph-build-{alive.pid}-def456"
    running.mkdir()
    try:
        result = run_cli("build", inputs(tmp_path), "-o", out, "--ner", "rules")
        assert result.exit_code == 0, result.output
        assert not killed.exists() and not old.exists()
        assert running.is_dir()
        assert (out / "graph.ttl").is_file()
        left = sorted(p.name for p in out.iterdir() if p.name.startswith("."))
        assert left == [running.name]
    finally:
        alive.kill()
        alive.wait()


def test_an_output_path_under_a_file_is_one_plain_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = run_cli("build", inputs(tmp_path), "-o", tmp_path / "afile" / "out")
    message = assert_one_line_error(result)
    assert "a parent of it is a file" in message and "unexpected" not in message


def test_an_output_path_that_is_a_file_is_one_plain_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = run_cli("build", inputs(tmp_path), "-o", tmp_path / "afile")
    message = assert_one_line_error(result)
    assert "is a file" in message and "unexpected" not in message


def test_a_corrupt_manifest_is_one_plain_line(tmp_path: Path) -> None:
    store = tmp_path / "st"
    assert run_cli("build", inputs(tmp_path), "--store", store, "-o", tmp_path / "o").exit_code == 0
    (store / "manifest.sqlite").write_bytes(b"this is not a database" * 100)
    for args in (
        ("build", tmp_path / "in", "--store", store, "-o", tmp_path / "o"),
        ("query", store, "officials"),
    ):
        message = assert_one_line_error(run_cli(*args))
        assert "manifest.sqlite" in message and "unexpected" not in message


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare(1)")
def test_a_read_only_output_folder_is_found_before_extraction(tmp_path: Path) -> None:
    """Run as an unprivileged user (a user namespace), since root may write anywhere."""
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    folder = inputs(tmp_path)
    (folder / "b.txt").write_bytes(b"%PDF-1.7 not a report")  # reading it would be reported
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    probe = subprocess.run(["unshare", "--user", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available here")
    began = time.monotonic()
    done = subprocess.run(
        ["unshare", "--user", sys.executable, "-m", "fairgraph", "build", folder, "-o", out],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines == [f"Error: {out}: the output folder is not writable (permission denied)"]
    assert time.monotonic() - began < 30
