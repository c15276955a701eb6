"""A report the extractor fails on (a bug of fairgraph's) is skipped with one line; the other
reports are built, with one process, with worker processes and into a store; ``--strict``
stops with that line instead."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from conftest import run_cli
from fairgraph.errors import InputError
from fairgraph.jobs import build as jobs_build
from fairgraph.languages import extract_document
from fairgraph.model import Document, Extraction

GOOD = "青海日报 2024年7月9日\n\n甲乙科技有限公司与丙丁能源集团有限公司签署战略合作协议。\n"
BAD = "青海日报 2024年7月9日\n\n戊己物流有限公司与庚辛投资集团有限公司签署合作协议。\n"


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two reports; the extractor raises on the second (as a bug in one rule would), in this
    process and in the worker processes forked from it."""

    def failing(document: Document, *, backend: str = "default") -> Extraction:
        if document.source.endswith("b.txt"):
            raise ValueError("tuple.index(x): x not in tuple")
        return extract_document(document, backend=backend)

    monkeypatch.setattr(jobs_build, "extract_document", failing)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(BAD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_other_reports_are_built_and_the_failure_is_one_line(
    corpus: Path, tmp_path: Path, jobs: str
) -> None:
    out = tmp_path / "out"
    result = run_cli("build", corpus, "-o", out, "--ner", "rules", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "b.txt" in skipped[0]
    assert "ValueError: tuple.index(x): x not in tuple" in skipped[0]
    assert "Traceback" not in result.output + result.stderr
    assert "documents: 1 built, 1 skipped" in result.stdout
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "甲乙科技有限公司" in ttl and "戊己物流有限公司" not in ttl


def test_strict_stops_at_the_failure_with_one_line(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", corpus, "-o", out, "--ner", "rules", "--strict")
    assert result.exit_code != 0
    assert "b.txt" in result.stderr and "extractor failed" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (out / "graph.ttl").exists()


def test_a_store_build_keeps_no_failed_extraction(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = run_cli("build", corpus, "-o", tmp_path / "o1", "--ner", "rules", "--store", store)
    assert first.exit_code == 0, first.output
    assert "documents: 1 built, 1 skipped" in first.stdout
    assert "b.txt" in first.stderr
    # the failure was not cached: the next build tries the report again (and fails again)
    again = run_cli("build", corpus, "-o", tmp_path / "o2", "--ner", "rules", "--store", store)
    assert again.exit_code == 0, again.output
    assert "store " in again.stdout and "1 extracted" in again.stdout
    assert "b.txt" in again.stderr


def test_the_python_api_warns_and_strict_raises(corpus: Path) -> None:
    import fairgraph

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = fairgraph.build(corpus, ner="rules")
    assert any("b.txt" in str(w.message) for w in caught)
    assert "甲乙科技有限公司" in graph.rdf.serialize(format="turtle")
    with pytest.raises(InputError, match="extractor failed"):
        fairgraph.build(corpus, ner="rules", strict=True)


def test_a_debug_run_lets_the_error_through(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAIRGRAPH_DEBUG", "1")
    document = Document.from_text(BAD, source="b.txt")
    with pytest.raises(ValueError):
        jobs_build.extract_keyed(document, backend="rules")
