"""Shared fixtures of the command-line and end-to-end tests.

The expensive builds (bundled sample, the tiny fixture corpus, the shared real corpus) run once
per session; tests that change files work on copies in their own ``tmp_path``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph

import fairgraph
from fairgraph.evaluate.gate import shared_dir
from web_helpers import Web, serving, write_reports

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = shared_dir(REPO)  # ../shared, or $FAIRGRAPH_SHARED
SHARED_ZH = SHARED / "corpus" / "zh"
SEED_NAME = "seed-qinghai-25th.txt"
FIXTURE_CORPUS = TESTS / "fixtures" / "corpus"
SRC = Path(fairgraph.__file__).resolve().parents[1]
OUTPUTS = ("graph.ttl", "graph.jsonld", "graph.graphml", "graph.html", "report.html")

Invoke = Callable[..., Result]


def run_cli(*args: str | os.PathLike[str]) -> Result:
    """Run ``fairgraph ARGS…`` in-process; stdout and stderr are kept apart."""
    from fairgraph.cli import main  # imported here so a broken CLI fails only the CLI tests

    return CliRunner().invoke(
        main, [str(a) for a in args], prog_name="fairgraph", catch_exceptions=True
    )


def run_subprocess(
    args: Sequence[str | os.PathLike[str]], *, cwd: Path | None = None, hashseed: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m fairgraph ARGS…`` in a fresh interpreter (for hash-seed checks)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH", "")]))
    if hashseed is not None:
        env["PYTHONHASHSEED"] = hashseed
    return subprocess.run(
        [sys.executable, "-m", "fairgraph", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def assert_one_line_error(
    result: Result, *, exit_code: int | tuple[int, ...] = (1, 2), naming: str | None = None
) -> str:
    """The failed run printed exactly one ``Error: …`` line (naming ``naming``), no traceback."""
    codes = (exit_code,) if isinstance(exit_code, int) else exit_code
    assert result.exit_code in codes, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, AssertionError)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert lines[-1] == errors[0], result.stderr
    if naming is not None:
        assert naming in errors[0], errors[0]
    return errors[0]


@dataclass(frozen=True)
class Build:
    """A finished build: its output folder, the CLI result and the loaded Turtle graph."""

    out: Path
    result: Result

    @property
    def ttl(self) -> Path:
        return self.out / "graph.ttl"

    def graph(self) -> Graph:
        return Graph().parse(self.ttl, format="turtle")


def _build(out: Path, *args: str | os.PathLike[str]) -> Build:
    result = run_cli("build", *args, "-o", out)
    assert result.exit_code == 0, result.output
    return Build(out, result)


@pytest.fixture
def cli() -> Invoke:
    return run_cli


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The bundled sample corpus built with the rules recogniser (do not modify)."""
    return _build(tmp_path_factory.mktemp("sample") / "out", "--ner", "rules")


@pytest.fixture(scope="session")
def sample_graph(sample_build: Build) -> Graph:
    return sample_build.graph()


@pytest.fixture(scope="session")
def tiny_corpus() -> Path:
    """Three short fair reports written for these tests, one in a subfolder, one Markdown."""
    return FIXTURE_CORPUS


@pytest.fixture(scope="session")
def tiny_build(tmp_path_factory: pytest.TempPathFactory, tiny_corpus: Path) -> Build:
    return _build(tmp_path_factory.mktemp("tiny") / "out", tiny_corpus, "--ner", "rules")


@pytest.fixture(scope="session")
def zh_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The shared real corpus with the default recogniser, as users build it (skipped when
    /work/shared is absent)."""
    if not (SHARED_ZH / SEED_NAME).exists():
        pytest.skip(f"shared corpus not found at {SHARED_ZH}")
    return _build(tmp_path_factory.mktemp("zh") / "out", SHARED_ZH, "--ner", "default")


@pytest.fixture(scope="session")
def trust_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Invented reports that disagree, corroborate and move on (tests/fixtures/trust)."""
    return _build(tmp_path_factory.mktemp("trust") / "out", TESTS / "fixtures" / "trust")


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@pytest.fixture(scope="session")
def lex():
    """The bundled lexicon (loaded once)."""
    from fairgraph.zh.lexicon import load_lexicon

    return load_lexicon()


@pytest.fixture
def web(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Web]:
    """The invented reports of ``web_helpers`` served over real HTTP on 127.0.0.1; loopback
    is kept out of any proxy the environment names (URL inputs honour HTTP(S)_PROXY)."""
    for name in ("NO_PROXY", "no_proxy"):
        kept = os.environ.get(name)
        monkeypatch.setenv(name, ",".join(filter(None, [kept, "127.0.0.1", "localhost"])))
    with serving(write_reports(tmp_path / "site")) as site:
        yield site
