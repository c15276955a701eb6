"""``fairgraph build --jobs N``: extraction in worker processes, outputs written in parallel,
and every output byte for byte the same as with one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OUTPUTS, TESTS, run_cli
from fairgraph.errors import FairgraphError
from fairgraph.jobs.build import BuildOptions, build_outputs, extract_all, read_documents


def _build(inputs: Path, out: Path, jobs: int) -> dict[str, bytes]:
    result = run_cli("build", inputs, "-o", out, "--ner", "rules", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.mark.parametrize("corpus", ["corpus", "trust"])
def test_two_jobs_give_the_same_bytes_as_one(corpus: str, tmp_path: Path) -> None:
    inputs = TESTS / "fixtures" / corpus
    one = _build(inputs, tmp_path / "one", 1)
    two = _build(inputs, tmp_path / "two", 2)
    assert b"fg:Agreement" in one["graph.ttl"]
    for name in OUTPUTS:
        assert one[name] == two[name], name


def test_workers_return_extractions_in_the_documents_order() -> None:
    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    serial = extract_all(documents, backend="rules", jobs=1)
    parallel = extract_all(documents, backend="rules", jobs=3)
    assert [e.document.source for e in parallel] == [d.source for d in documents]
    assert parallel == serial


def test_chunks_keep_every_worker_busy_and_stay_small() -> None:
    from fairgraph.jobs.build import chunk_size

    assert chunk_size(3, 2) == 1
    assert chunk_size(160, 2) == 10  # eight chunks a worker
    assert chunk_size(100_000, 2) == 16  # never more than 16 documents at a time
    assert chunk_size(5, 0) == 1


def test_a_failing_output_leaves_the_previous_ones(tmp_path: Path, monkeypatch) -> None:
    """With forked writers, a writer that fails still means no half-updated folder."""
    out = tmp_path / "out"
    options = BuildOptions(backend="rules", jobs=2)
    build_outputs([TESTS / "fixtures" / "corpus"], out, options)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}

    import fairgraph.jobs.build as job

    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(job, "serialize_triples", broken)
    with pytest.raises(FairgraphError, match="graph.ttl: disk full"):
        build_outputs([TESTS / "fixtures" / "trust"], out, options)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_failing_forked_page_writer_is_named(tmp_path: Path, monkeypatch) -> None:
    """graph.html is written by a forked process with two jobs: its failure is reported as
    one line and the folder keeps no half-written output."""
    import fairgraph.export.html as html

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("no space left")

    monkeypatch.setattr(html, "write_html", broken)
    out = tmp_path / "out"
    with pytest.raises(FairgraphError, match="graph.html: no space left"):
        build_outputs([TESTS / "fixtures" / "corpus"], out, BuildOptions(backend="rules", jobs=2))
    assert not out.exists() or not list(out.iterdir())


def test_workers_key_reports_under_the_users_alias_rules(tmp_path: Path) -> None:
    """The workers key each report (the map side of resolution) under the --aliases rules:
    a user alias takes effect with --jobs 2 exactly as with one process."""
    rules = tmp_path / "aliases.txt"
    rules.write_text("中国华能集团有限公司 = 华能能源集团\n", encoding="utf-8")
    inputs = TESTS / "fixtures" / "trust"
    outputs = {}
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        result = run_cli(
            "build", inputs, "-o", out, "--ner", "rules", "--jobs", jobs, "--aliases", rules
        )
        assert result.exit_code == 0, result.output
        outputs[jobs] = {name: (out / name).read_bytes() for name in OUTPUTS}
    plain = _build(inputs, tmp_path / "plain", 2)
    assert outputs[2] == outputs[1]
    assert outputs[2]["graph.ttl"] != plain["graph.ttl"]  # the rule changed the graph
    assert "华能能源集团".encode() in outputs[2]["graph.ttl"]


def test_workers_start_on_the_first_reports_while_the_rest_are_read() -> None:
    """A Feeder sends each chunk to the workers as soon as it is full (not after the last
    file is read); what comes back is what one process extracts, in the documents' order."""
    from dataclasses import replace

    from fairgraph.jobs.build import Feeder, PoolExtractor, chunk_size, worker_pool

    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    many = [replace(d, source=f"{i:02d}-{d.source}") for i in range(10) for d in documents]
    size = chunk_size(len(many), 2)
    assert size == 2
    sizes: list[int] = []  # of the chunks sent as the documents were added
    with worker_pool(2, "rules") as pool:
        feed = Feeder(PoolExtractor(pool, jobs=2, backend="rules"))
        feed.expect(len(many))
        for i, document in enumerate(many, 1):
            waiting = len(feed.waiting)
            feed.add(document)
            if i == size:
                assert len(feed.sent) == 1  # a full chunk is out at once
            if len(feed.sent) > len(sizes):
                sizes.append(waiting + 1 - len(feed.waiting))
                assert not feed.waiting
        meanwhile: list[int] = []
        results = list(feed.results(lambda: meanwhile.append(len(feed.sent))))
    # the chunks shrink as the documents still to come do, so no worker ends on a long one
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == size and sizes[-1] < size
    assert sum(sizes) == len(many)  # the last document filled the last chunk
    assert meanwhile == [len(sizes)]  # called once every chunk was out
    assert [r[0] for r in results] == extract_all(many, backend="rules", jobs=1)
    assert all(keys is None for _, keys in results)  # no aliases given: nothing keyed


def test_a_bad_file_with_strict_and_two_jobs_is_one_error(tmp_path: Path) -> None:
    """Reports are already being extracted when --strict meets a bad file: the build stops
    with that file's one-line error, cancels the chunks still queued, writes nothing."""
    import shutil

    inputs = tmp_path / "in"
    shutil.copytree(TESTS / "fixtures" / "trust", inputs)
    (inputs / "zz-empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("build", inputs, "-o", out, "--ner", "rules", "--jobs", "2", "--strict")
    assert result.exit_code == 1
    assert "zz-empty.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (out / "graph.ttl").exists()


def test_a_feeder_hands_over_only_what_it_is_asked_to() -> None:
    """``only`` (a store build: reports it has no extraction of) keeps the others from the
    workers altogether."""
    from fairgraph.jobs.build import Feeder, PoolExtractor, worker_pool

    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    wanted = [d for d in documents if "closing" in d.source]
    assert 0 < len(wanted) < len(documents)
    with worker_pool(2, "rules") as pool:
        workers = PoolExtractor(pool, jobs=2, backend="rules")
        feed = Feeder(workers, only=lambda d: "closing" in d.source)
        feed.expect(len(documents))
        for document in documents:
            feed.add(document)
        results = [extraction for extraction, _ in feed.results()]
    assert feed.documents == wanted
    assert [e.document for e in results] == wanted


def test_the_models_are_loaded_here_once_before_the_workers_are_forked() -> None:
    """Where there is fork, the default language's models are loaded in this process before
    the workers are forked (they inherit them, rather than each loading its own), and the
    workers extract with them as one process does."""
    import multiprocessing

    from fairgraph.jobs.build import PoolExtractor, worker_pool
    from fairgraph.languages import language

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    documents, _ = read_documents([TESTS / "fixtures" / "trust"])
    language.cache_clear()  # as in a process that has extracted nothing yet
    with worker_pool(2, "rules") as pool:
        assert language.cache_info().currsize == 1  # the default language, loaded here
        future = PoolExtractor(pool, jobs=2, backend="rules").submit(documents)
        assert [r[0] for r in future.result()] == extract_all(documents, backend="rules")
