"""Build speed: whole `fairgraph build` runs side by side, and where the time of one build goes.

    python benchmarks/scale.py builds 1000                       # --jobs 1 and --jobs 2
    python benchmarks/scale.py builds 1000 --baseline 64aafea    # and a commit's build, same run
    python benchmarks/scale.py builds 1000 --dask                # and on a local Dask cluster
    python benchmarks/scale.py builds 1000 --dask-cluster        # and through a running cluster
    python benchmarks/scale.py builds 1000 --dask-quiet-cluster  # one started as the README says
    python benchmarks/scale.py builds 1000 10000 100000 --dask   # each size, one after another
    python benchmarks/scale.py builds 1000 --baseline HEAD~3 --baseline-jobs 1 2 --dask
                                                    # before and after, each --jobs and Dask
    python benchmarks/scale.py phases 1000                       # seconds per phase, one process
    python benchmarks/scale.py phases 1000 --jobs 2              # what the parent does meanwhile
    python benchmarks/scale.py store 1000 4000                   # build --store, then export
    python benchmarks/scale.py cores                             # what a second core adds here

`builds` generates N invented reports (benchmarks/gen_corpus.py, seed 7) once, then runs each
build as its own `python -m fairgraph build` process (so its peak memory, ru_maxrss of the
child and its own children, is its own): the working tree with `--jobs 1` and `--jobs 2`;
with `--dask`, `--dask local --jobs 2` (two single-threaded Dask workers, starting the
cluster included); with `--dask-cluster`, through a `dask scheduler` and two `dask worker
--nthreads 1` processes, up only around that build in each round (started, workers connected
and warmed up before the timing, as a user's running cluster is; stopped after it, so no other
build shares the machine with an idle cluster, whose event loops, profiler and monitors use
CPU): the cluster's CPU while idle (over 5 s) and during the build is printed, by process
(its CPU is not in the build's `cpu` column); with `--dask-quiet-cluster`, through such a
cluster started with the README's settings for a cluster fairgraph builds on (no profiler,
event-loop ticks each second: `fairgraph.jobs.distributed.cluster_environment`); with
`--baseline`, the code of a commit exported by `git archive` into a temporary folder (with
`--baseline-jobs`, once with each of those `--jobs`, and on Dask too when `--dask` is
given: before and after side by side, each against its own `--jobs 1`).
Each build's graph.ttl is compared byte for byte with the `--jobs 1` one.
With `--repeat N` every configuration runs N times, rounds interleaved, and the fastest run
of each counts (the machine may be shared); CPU seconds count the build and every process it
started. `phases` times the stages of one build in this process (wall and CPU seconds):
read, extract, resolve, graph, index, and each output; with `--jobs 2` the CPU seconds are
this process's alone, so they show the serial part (what the other core waits for), and the
wall seconds of the last step are the wait for the forked writers. `store` runs `fairgraph build
--store DIR --no-outputs --jobs 1` on each corpus size into a new store, then `fairgraph export
DIR --jobs 1` of it: seconds and peak memory of each, and the ratios of the peaks.
Each size's last line states its figures (`RESULT (N reports): …`). `cores` runs the same
pure-Python loop in one process, then in two processes at once (best of three each): the
throughput two processes get on this machine, the ceiling of any `--jobs 2` speed-up here
(virtual cores that share a physical one, or a busy host, give well under ×2).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# the benchmarks folder holds scripts such as html.py: keep it off the import path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT / "src"))


def corpus(count: int, folder: Path | None) -> Path:
    target = folder or Path(tempfile.gettempdir()) / f"fairgraph-scale-{count}"
    if not (target.is_dir() and len(list(target.glob("*.txt"))) == count):
        shutil.rmtree(target, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "gen_corpus.py"), str(count), str(target)], check=True
        )
    return target


def run_build(src: Path, reports: Path, out: Path, extra: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one `fairgraph build` in a child process
    (CPU and peak over the build and every process it started)."""
    return run_fairgraph(src, out, ["build", str(reports), "-o", str(out), *extra])


def run_fairgraph(src: Path, out: Path, arguments: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one `fairgraph ARGUMENTS` (writing to ``out``,
    emptied first) in a child process, over it and every process it started."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(src)}
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "s = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(s, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)\n"
    )
    command = [sys.executable, "-m", "fairgraph", *arguments]
    done = subprocess.run(
        [sys.executable, "-c", script, *command],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, cpu, peak = done.stdout.split()
    return float(seconds), float(cpu), float(peak)


Run = tuple[str, Path, list[str], Callable[[], contextlib.AbstractContextManager[list[str]]]]


def no_cluster() -> contextlib.AbstractContextManager[list[str]]:
    """Nothing around a build; no arguments added."""
    return contextlib.nullcontext([])


def rounds(
    runs: list[Run], reports: Path, count: int, work: Path, repeat: int
) -> dict[str, tuple[float, float, float, str]]:
    """Every run ``repeat`` times, rounds interleaved: the fastest of each (seconds, CPU
    seconds, peak MB, graph.ttl digest). Each run's ``around()`` is entered just before its
    build and left just after (a cluster up only around its own build); what it yields is
    added to the build's arguments."""
    best: dict[str, tuple[float, float, float, str]] = {}
    print(f"{count} reports in {reports}; best of {repeat} rounds")
    for round_ in range(repeat):
        for name, src, extra, around in runs:
            out = work / name.replace(" ", "_").replace("-", "").replace(",", "")
            with around() as more:
                seconds, cpu, peak = run_build(src, reports, out, [*extra, *more])
            ttl = hashlib.sha256((out / "graph.ttl").read_bytes()).hexdigest()[:16]
            print(
                f"round {round_ + 1} {name:>16}: {seconds:7.1f} s  cpu {cpu:6.1f} s  "
                f"peak {peak:6.0f} MB  graph.ttl sha256 {ttl}",
                flush=True,
            )
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, cpu, peak, ttl)
    return best


IDLE_SECONDS = 5.0  # how long a started cluster's idle CPU is measured


class Processes:
    """CPU seconds (user + system) used by some processes and every child of theirs, by role."""

    def __init__(self, roles: list[tuple[str, int]]) -> None:
        import psutil

        self.procs: list[tuple[str, psutil.Process]] = []
        for role, pid in roles:
            top = psutil.Process(pid)
            self.procs.append((role, top))
            # a `dask worker` process is the nanny; the worker runs in a child of it
            kids = top.children(recursive=True)
            self.procs += [(role.replace("nanny", "worker"), kid) for kid in kids]

    def cpu(self) -> dict[str, float]:
        """CPU seconds so far, summed by role (a process that has ended counts nothing)."""
        import psutil

        out: dict[str, float] = {}
        for role, proc in self.procs:
            try:
                threads = proc.threads()
            except psutil.NoSuchProcess:
                continue
            for thread in threads:
                # a worker's main thread runs its event loop (messages, heartbeats, the
                # profiler, monitors); its other threads run the tasks (and offloaded work)
                name = role
                if role == "worker":
                    name = "worker loop" if thread.id == proc.pid else "worker threads"
                out[name] = out.get(name, 0.0) + thread.user_time + thread.system_time
        return out

    @staticmethod
    def used(before: dict[str, float], after: dict[str, float]) -> str:
        """The CPU seconds between two :meth:`cpu` readings: in all, then by role."""
        parts = {role: after[role] - before.get(role, 0.0) for role in after}
        roles = ", ".join(f"{role} {cpu:.2f}" for role, cpu in parts.items())
        return f"{sum(parts.values()):.2f} CPU s ({roles})"


@contextlib.contextmanager
def dask_cluster(folder: Path, quiet: bool = False) -> Iterator[list[str]]:
    """A `dask scheduler` and two single-threaded `dask worker` processes on 127.0.0.1, up
    only around one build: started, its workers connected and warmed up (fairgraph imported
    and the default language's models loaded, as on a cluster that has built before), its
    idle CPU measured over IDLE_SECONDS; yields the build's `--dask ADDRESS`; the CPU its
    processes used during the build (not the build's own) is printed, then it is stopped.
    ``quiet``: its processes started with the README's settings for a cluster fairgraph builds
    on (`fairgraph.jobs.distributed.cluster_environment`: no profiler, slower ticks)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or "dask"
    from fairgraph.jobs.distributed import cluster_environment

    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        **(cluster_environment() if quiet else {}),
    }
    info = folder / "scheduler.json"
    log = (folder / "cluster.log").open("wb")
    started = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(info)],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for i in range(2):
            started.append(
                subprocess.Popen(
                    [dask, "worker", address, "--nthreads", "1", "--no-dashboard",
                     "--host", "127.0.0.1", "--name", f"w{i}"],
                    env=env, stdout=log, stderr=subprocess.STDOUT,
                )
            )  # fmt: skip
        from distributed import Client

        from fairgraph.languages import DEFAULT, warm_up

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
            client.run(warm_up, (DEFAULT,))
        roles = [("scheduler", started[0].pid)] + [("nanny", p.pid) for p in started[1:]]
        processes = Processes(roles)
        before = processes.cpu()
        time.sleep(IDLE_SECONDS)
        idle = Processes.used(before, processes.cpu())
        print(f"  cluster idle over {IDLE_SECONDS:.0f} s: {idle}", flush=True)
        before = processes.cpu()
        yield ["--dask", address]
        print(f"  cluster during the build: {Processes.used(before, processes.cpu())}")
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            process.wait(timeout=30)
        log.close()


def builds(args: argparse.Namespace) -> None:
    for count in args.counts:
        builds_of(count, args)


def builds_of(count: int, args: argparse.Namespace) -> None:
    """The builds of one corpus size side by side."""
    reports = corpus(count, args.corpus if len(args.counts) == 1 else None)
    work = Path(tempfile.mkdtemp(prefix="fairgraph-scale-"))
    runs: list[Run] = []
    if args.baseline:
        base = work / "baseline"
        base.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.baseline], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        label = f"commit {args.baseline}"
        if not args.baseline_jobs:
            runs.append((label, base / "src", [], no_cluster))
        for jobs in args.baseline_jobs or ():
            extra = ["--jobs", str(jobs)]
            runs.append((f"{label} --jobs {jobs}", base / "src", extra, no_cluster))
        if args.baseline_jobs and args.dask:
            extra = ["--dask", "local", "--jobs", "2"]
            runs.append((f"{label} dask", base / "src", extra, no_cluster))
    for jobs in args.jobs:
        runs.append((f"--jobs {jobs}", ROOT / "src", ["--jobs", str(jobs)], no_cluster))
    if args.dask:
        extra = ["--dask", "local", "--jobs", "2"]
        runs.append(("dask, 2 workers", ROOT / "src", extra, no_cluster))
    if args.dask_cluster:
        # the cluster is up only around its own build: the other builds run with no cluster
        # alive (an idle cluster's event loops, profiler and monitors use CPU)
        around = functools.partial(dask_cluster, work / "cluster")
        runs.append(("dask scheduler", ROOT / "src", [], around))
    if args.dask_quiet_cluster:
        around = functools.partial(dask_cluster, work / "cluster", quiet=True)
        runs.append(("dask quiet", ROOT / "src", [], around))
    best = rounds(runs, reports, count, work, args.repeat)
    reference = best.get("--jobs 1", (0.0, 0.0, 0.0, None))[3]

    summary = []
    for name, (seconds, cpu, peak, ttl) in best.items():
        same = "" if reference is None else (" same ttl" if ttl == reference else " other ttl")
        # each build's speed against --jobs 1 of the same code (the baseline's when it ran
        # with --jobs 1, else this tree's)
        code = name.split(" --jobs ")[0].removesuffix(" dask")
        ref = f"{code} --jobs 1" if f"{code} --jobs 1" in best else "--jobs 1"
        one = best[ref][0] if ref in best else None
        speed = f", ×{one / seconds:.2f} the speed of {ref}" if one else ""
        summary.append(
            f"{name} {seconds:.1f} s ({count / seconds:.1f} reports/s, cpu {cpu:.1f} s"
            f"{speed}), {peak:.0f} MB{same}"
        )
    shutil.rmtree(work, ignore_errors=True)
    print(f"RESULT ({count} reports): " + "; ".join(summary))


def phases(args: argparse.Namespace) -> None:
    from fairgraph.jobs.build import build_phases

    reports = corpus(args.count, args.corpus)
    out = Path(tempfile.mkdtemp(prefix="fairgraph-phases-"))
    timings: list[tuple[str, float, float]] = []
    started, started_cpu = time.perf_counter(), time.process_time()
    last, last_cpu = started, started_cpu

    def mark(name: str) -> None:
        nonlocal last, last_cpu
        now, now_cpu = time.perf_counter(), time.process_time()
        timings.append((name, now - last, now_cpu - last_cpu))
        last, last_cpu = now, now_cpu

    build_phases([reports], out, mark, jobs=args.jobs)
    total, total_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, seconds, cpu in timings:
        print(f"{name:>20}: {seconds:6.2f} s  cpu {cpu:6.2f} s")
    shutil.rmtree(out, ignore_errors=True)
    parts = ", ".join(f"{n} {c:.1f}" for n, _, c in timings)
    print(
        f"RESULT: {args.count} reports, --jobs {args.jobs}, in {total:.1f} s, "
        f"cpu {total_cpu:.1f} s "
        f"(cpu by phase: {parts}); peak {peak:.0f} MB"
    )


def stores(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="fairgraph-store-"))
    peaks = []
    for count in args.counts:
        reports = corpus(count, None)
        store = work / f"store-{count}"
        extra = ["--store", str(store), "--no-outputs", "--jobs", "1"]
        seconds, cpu, peak = run_build(ROOT / "src", reports, work / f"none-{count}", extra)
        out = work / f"out-{count}"
        export = ["export", str(store), "-o", str(out), "--jobs", "1"]
        e_seconds, e_cpu, e_peak = run_fairgraph(ROOT / "src", out, export)
        peaks.append((count, seconds, peak, e_seconds, e_peak))
        print(
            f"{count:>7} reports: build {seconds:7.1f} s  cpu {cpu:6.1f} s  peak {peak:6.0f} MB;"
            f"  export {e_seconds:7.1f} s  cpu {e_cpu:6.1f} s  peak {e_peak:6.0f} MB"
        )
        shutil.rmtree(store, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    first, first_export = peaks[0][2], peaks[0][4]
    parts = "; ".join(
        f"{c} reports {s:.1f} s, peak {p:.0f} MB (×{p / first:.2f})" for c, s, p, _, _ in peaks
    )
    exports = "; ".join(
        f"{c} reports {s:.1f} s, peak {p:.0f} MB (×{p / first_export:.2f})"
        for c, _, _, s, p in peaks
    )
    print(f"RESULT: build --store --no-outputs: {parts}")
    print(f"RESULT: export STORE --jobs 1: {exports}")


def _spin(n: int) -> float:
    """Seconds of a CPU-bound pure-Python loop of ``n`` steps."""
    start = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i % 7
    return time.perf_counter() - start


def cores(args: argparse.Namespace) -> None:
    import multiprocessing

    steps = 6_000_000
    one = min(_spin(steps) for _ in range(3))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        two = []
        for _ in range(3):
            start = time.perf_counter()
            pool.map(_spin, [steps, steps])
            two.append(time.perf_counter() - start)
    print(
        f"RESULT: one process {one:.2f} s; two at once {min(two):.2f} s: "
        f"two processes get x{2 * one / min(two):.2f} the throughput of one"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    one = sub.add_parser("builds", help="whole builds side by side, each its own process")
    one.add_argument("counts", type=int, nargs="+", help="corpus sizes, one after another")
    one.add_argument("--baseline", help="a commit whose build is run too (git archive)")
    one.add_argument(
        "--baseline-jobs", type=int, nargs="+", help="run the baseline with each of these --jobs"
    )
    one.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    one.add_argument("--dask", action="store_true", help="also a build on a local Dask cluster")
    one.add_argument(
        "--dask-cluster",
        action="store_true",
        help="also a build through a real `dask scheduler` with two single-threaded `dask worker`s",
    )
    one.add_argument(
        "--dask-quiet-cluster",
        action="store_true",
        help="also through such a cluster started with the README's settings for fairgraph",
    )
    one.add_argument("--corpus", type=Path, help="folder for the generated reports")
    one.add_argument("--repeat", type=int, default=1, help="rounds; the fastest of each counts")
    two = sub.add_parser("phases", help="seconds per phase of one build, in this process")
    two.add_argument("count", type=int)
    two.add_argument("--corpus", type=Path, help="folder for the generated reports")
    two.add_argument(
        "--jobs", type=int, default=1, help="as `build --jobs` (CPU seconds: this process's)"
    )
    three = sub.add_parser(
        "store", help="peak memory of build --store --no-outputs and export, by size"
    )
    three.add_argument("counts", type=int, nargs="+")
    sub.add_parser("cores", help="the throughput of two processes at once against one")
    args = parser.parse_args()
    {"builds": builds, "phases": phases, "store": stores, "cores": cores}[args.what](args)


if __name__ == "__main__":
    main()
