"""``fairgraph build --dask``: extraction on a real Dask scheduler with real workers on
loopback (started here as processes, as a cluster runs them), the graph byte for byte a local
build's."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import OUTPUTS, SRC, TESTS, run_cli
from web_helpers import Web

pytest.importorskip("distributed", reason="Dask distributed not installed (fairgraph[dask])")
DASK = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")


def _start(
    args: list[str], log: Path, more: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        **(more or {}),
    }
    return subprocess.Popen(
        [str(DASK), *args], env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )


@contextlib.contextmanager
def _cluster(folder: Path, workers: int = 2, env: dict[str, str] | None = None) -> Iterator[str]:
    """A `dask scheduler` and ``workers`` single-threaded `dask worker` processes on
    127.0.0.1 (their environment with ``env`` added), up around the block: yields the
    scheduler's address once every worker has connected."""
    if DASK is None:
        pytest.skip("the dask command is not installed")
    info = folder / "scheduler.json"
    processes = [
        _start(
            ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(info)],
            folder / "scheduler.log", env,
        )
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for i in range(workers):
            processes.append(
                _start(
                    ["worker", address, "--nthreads", "1", "--no-dashboard",
                     "--host", "127.0.0.1", "--name", f"w{i}"],
                    folder / f"worker{i}.log", env,
                )
            )  # fmt: skip
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(workers, timeout=60)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A `dask scheduler` and two single-threaded `dask worker` processes on 127.0.0.1."""
    with _cluster(tmp_path_factory.mktemp("dask")) as address:
        yield address


def test_a_build_on_the_cluster_is_the_local_build(scheduler: str, tmp_path: Path) -> None:
    inputs = TESTS / "fixtures" / "trust"
    local = run_cli("build", inputs, "-o", tmp_path / "local", "--ner", "rules", "--jobs", "1")
    assert local.exit_code == 0, local.output
    remote = run_cli(
        "-v", "build", inputs, "-o", tmp_path / "dask", "--ner", "rules", "--dask", scheduler
    )
    assert remote.exit_code == 0, remote.output
    assert "extract: 4/4 done" in remote.stderr
    for name in OUTPUTS:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_a_store_build_on_the_cluster_is_the_local_one(scheduler: str, tmp_path: Path) -> None:
    """``build --store --no-outputs --dask``: the workers extract (connected while the reports
    are read), the store's export is the local plain build's outputs."""
    inputs = TESTS / "fixtures" / "trust"
    local = run_cli("build", inputs, "-o", tmp_path / "local", "--ner", "rules", "--jobs", "1")
    assert local.exit_code == 0, local.output
    stored = run_cli(
        "-v", "build", inputs, "--store", tmp_path / "st", "--no-outputs", "--ner", "rules",
        "--dask", scheduler,
    )  # fmt: skip
    assert stored.exit_code == 0, stored.output
    assert "extract: 4/4 done" in stored.stderr
    exported = run_cli("export", tmp_path / "st", "-o", tmp_path / "out")
    assert exported.exit_code == 0, exported.output
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_reports_named_by_url_build_on_the_cluster_as_here(
    scheduler: str, web: Web, tmp_path: Path
) -> None:
    """URLs are read here (the workers get documents), so the cluster needs no access to them."""
    pytest.importorskip("aiohttp", reason="the remote extra is not installed (fairgraph[remote])")
    inputs = (web.url("a.txt"), web.url("reports/*.txt"))
    local = run_cli("build", *inputs, "-o", tmp_path / "local", "--ner", "rules", "--jobs", "1")
    assert local.exit_code == 0, local.output
    remote = run_cli(
        "build", *inputs, "-o", tmp_path / "dask", "--ner", "rules", "--dask", scheduler
    )
    assert remote.exit_code == 0, remote.output
    assert "documents: 3 built, 0 skipped" in remote.stdout
    ttl = (tmp_path / "dask" / "graph.ttl").read_bytes()
    assert ttl == (tmp_path / "local" / "graph.ttl").read_bytes()
    assert web.url("reports/10.txt").encode() in ttl


def test_the_work_ran_on_the_workers(scheduler: str) -> None:
    from distributed import Client

    from fairgraph.jobs.build import read_documents
    from fairgraph.jobs.distributed import extract_on_dask

    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    before = _processed(scheduler)
    out = extract_on_dask(documents, scheduler, backend="rules")
    assert [e.document.sha256 for e in out] == [d.sha256 for d in documents]
    with Client(scheduler) as client:
        assert len(client.scheduler_info()["workers"]) == 2
    assert _processed(scheduler) >= before + len(documents)


def test_documents_go_out_in_chunks_and_come_back_in_order(scheduler: str) -> None:
    """40 documents on two workers: chunks of two, the extractions those of one process,
    in the documents' order."""
    from dataclasses import replace

    from fairgraph.jobs.build import chunk_size, extract_all, read_documents
    from fairgraph.jobs.distributed import extract_on_dask

    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    many = [replace(d, source=f"{i:02d}-{d.source}") for i in range(10) for d in documents]
    assert chunk_size(len(many), 2) == 2
    seen: list[str] = []
    out = extract_on_dask(
        many, scheduler, backend="rules", on_each=lambda r: seen.append(r[0].document.source)
    )
    assert seen == [d.source for d in many]
    assert out == extract_all(many, backend="rules", jobs=1)


def _processed(address: str) -> int:
    """Tasks the workers have finished so far."""
    from distributed import Client

    with Client(address) as client:
        counts = client.run(lambda dask_worker: dask_worker.state.transition_counter)
    return sum(counts.values())


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    result = run_cli(
        "build",
        TESTS / "fixtures" / "trust",
        "-o",
        tmp_path,
        "--ner",
        "rules",
        "--dask",
        "tcp://127.0.0.1:9",
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "graph.ttl").exists()


def test_a_local_cluster_build_is_the_local_build(tmp_path: Path) -> None:
    """``--dask local`` starts two worker processes here while the reports are read."""
    inputs = TESTS / "fixtures" / "trust"
    local = run_cli("build", inputs, "-o", tmp_path / "local", "--ner", "rules", "--jobs", "1")
    assert local.exit_code == 0, local.output
    remote = run_cli(
        "build", inputs, "-o", tmp_path / "dask", "--ner", "rules", "--dask", "local", "--jobs", "2"
    )
    assert remote.exit_code == 0, remote.output
    for name in OUTPUTS:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_workers_load_the_models_while_the_client_reads(scheduler: str) -> None:
    """Connecting has every worker load the default language's extractor (its recogniser
    and patterns) before any document is sent."""
    from distributed import Client

    from fairgraph.jobs.distributed import DaskExtractor

    def loaded() -> bool:
        return "fairgraph.zh.pipeline" in sys.modules and "fairgraph.zh.ner.backends" in sys.modules

    with Client(scheduler) as client:
        client.restart()  # fresh worker processes: nothing of fairgraph imported yet
        assert not any(client.run(loaded).values())
    with DaskExtractor(scheduler, backend="rules") as cluster:
        cluster.chunk_size(1)  # waits until the cluster is reached (and warmed up), sends nothing
        with Client(scheduler) as client:
            assert all(client.run(loaded).values())


def test_a_failed_read_lets_the_starting_cluster_go(tmp_path: Path) -> None:
    """Reading fails while the local cluster starts: one line, and the cluster is let go."""
    import psutil

    empty = tmp_path / "empty"
    empty.mkdir()
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    result = run_cli("build", empty, "-o", tmp_path / "out", "--dask", "local", "--jobs", "1")
    after = {p.pid for p in psutil.Process().children(recursive=True) if p.is_running()}
    assert after <= before  # no worker process of the cluster is left behind
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "holds no" in result.stderr


def test_chunks_go_to_the_cluster_as_the_reports_are_read(scheduler: str) -> None:
    """Fed one report at a time, the cluster gets each chunk once it is full and the
    extractions come back in order, the same as one process's."""
    from dataclasses import replace

    from fairgraph.jobs.build import Feeder, extract_all, read_documents
    from fairgraph.jobs.distributed import DaskExtractor

    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    many = [replace(d, source=f"{i:02d}-{d.source}") for i in range(10) for d in documents]
    with DaskExtractor(scheduler, backend="rules") as cluster:
        while not cluster.ready():
            time.sleep(0.05)
        feed = Feeder(cluster)
        feed.expect(len(many))
        for document in many[:4]:
            feed.add(document)
        assert len(feed.sent) == 2  # chunks of two, sent as they filled
        for document in many[4:]:
            feed.add(document)
        out = [extraction for extraction, _ in feed.results()]
    assert out == extract_all(many, backend="rules", jobs=1)


def test_a_local_cluster_runs_no_profiler_and_ticks_each_second() -> None:
    """``--dask local``: the workers sample no stacks, and the scheduler, nannies and workers
    check their event loops every second (Dask's defaults: every 10 ms and 20 ms, CPU spent
    while idle); the caller's Dask configuration is left as it was."""
    import dask.config
    from distributed import Client

    from fairgraph.jobs.distributed import DaskExtractor

    def worker_side(dask_worker: Any) -> tuple[bool, float, float]:
        callbacks = dask_worker.periodic_callbacks
        memory = callbacks.get("memory_monitor")
        return (
            "profile" in callbacks,
            callbacks["tick"].callback_time,
            memory.callback_time if memory is not None else 1000.0,
        )

    before = dask.config.get("distributed.worker.profile.enabled")
    with DaskExtractor("local", workers=2, backend="rules") as cluster:
        address = cluster.scheduler_address()
        with Client(address) as client:
            workers = client.run(worker_side)
            nannies = client.run(
                lambda dask_worker: dask_worker.periodic_callbacks["tick"].callback_time, nanny=True
            )
            scheduler = client.run_on_scheduler(
                lambda dask_scheduler: dask_scheduler.periodic_callbacks["tick"].callback_time
            )
    assert list(workers.values()) == [(False, 1000.0, 1000.0)] * 2
    assert list(nannies.values()) == [1000.0] * 2
    assert scheduler == 1000.0
    assert dask.config.get("distributed.worker.profile.enabled") == before


def test_a_cluster_started_with_the_readme_settings_runs_quiet(tmp_path: Path) -> None:
    """A `dask scheduler` and `dask worker` started with ``cluster_environment()`` (the
    README's settings for a cluster fairgraph builds on) run no profiler and tick each second,
    and a build on them is the local build."""
    from distributed import Client

    from fairgraph.jobs.distributed import cluster_environment

    with _cluster(tmp_path, workers=1, env=cluster_environment()) as address:
        with Client(address, timeout="30s") as client:
            workers = client.run(
                lambda dask_worker: (
                    "profile" in dask_worker.periodic_callbacks,
                    dask_worker.periodic_callbacks["tick"].callback_time,
                )
            )
            scheduler = client.run_on_scheduler(
                lambda dask_scheduler: dask_scheduler.periodic_callbacks["tick"].callback_time
            )
        assert list(workers.values()) == [(False, 1000.0)]
        assert scheduler == 1000.0
        inputs = TESTS / "fixtures" / "trust"
        local = run_cli("build", inputs, "-o", tmp_path / "local", "--ner", "rules", "--jobs", "1")
        assert local.exit_code == 0, local.output
        remote = run_cli(
            "build", inputs, "-o", tmp_path / "dask", "--ner", "rules", "--dask", address
        )
        assert remote.exit_code == 0, remote.output
        ttl = (tmp_path / "dask" / "graph.ttl").read_bytes()
        assert ttl == (tmp_path / "local" / "graph.ttl").read_bytes()
