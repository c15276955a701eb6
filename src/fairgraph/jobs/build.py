"""The main job: reports in, graph files out (what ``fairgraph build`` runs).

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> summary = build_outputs([], out, BuildOptions(backend="rules"))   # the bundled sample
>>> sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
['graph.graphml', 'graph.html', 'graph.jsonld', 'graph.ttl', 'report.html']
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, Graph
from rdflib.term import Node

from fairgraph.errors import FairgraphError, InputError
from fairgraph.graph import write_resolution
from fairgraph.graph.build import MentionNodes
from fairgraph.graph.io import serialize_graph, serialize_triples, write_atomic
from fairgraph.graph.projection import GraphLookups, index_of
from fairgraph.ingest import discover_inputs, read_document
from fairgraph.ingest.discover import natural_key, portable_names
from fairgraph.ingest.remote import (
    expand_url,
    read_urls,
    require_fsspec,
    source_name,
    split_inputs,
)
from fairgraph.jobs.collector import paced_collector, settle
from fairgraph.jobs.outdir import prepare_output_dir, staging_dir
from fairgraph.jobs.progress import SILENT, Progress
from fairgraph.languages import (
    DEFAULT,
    extract_document,
    is_read,
    language,
    unread_reason,
    warm_up,
)
from fairgraph.model import Document, Extraction
from fairgraph.namespaces import FG, ORG, SCHEMA
from fairgraph.resolve import AliasRules, Resolver, resolve
from fairgraph.resolve.resolver import DocumentKeys, key_document

if TYPE_CHECKING:
    from fairgraph.jobs.distributed import DaskExtractor

OUTPUT_NAMES = ("graph.ttl", "graph.jsonld", "graph.graphml", "graph.html", "report.html")
OnDocument = Callable[[str], None]
Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    skipped: tuple[tuple[str, str], ...]  # (source, reason)
    triples: int
    entities: dict[str, int]
    posts: int
    agreements: int
    amounts: int
    outputs: tuple[Path, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    def format(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in self.entities.items())
        lines = [
            f"documents: {self.documents} built, {len(self.skipped)} skipped",
            f"entities: {kinds or 'none'}",
            f"posts: {self.posts}  agreements: {self.agreements}  amounts: {self.amounts}  "
            f"triples: {self.triples}",
        ]
        lines += list(self.notes)
        lines += [f"wrote {p}" for p in self.outputs]
        return "\n".join(lines)


def sample_inputs() -> list[Path]:
    """The bundled sample reports."""
    folder = resources.files("fairgraph") / "sample"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def read_documents(
    inputs: Sequence[str | Path],
    *,
    strict: bool = False,
    out_dir: Path | None = None,
    progress: Progress = SILENT,
    feed: Feeder | None = None,
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Documents of every input; a bad file, or one in a language fairgraph does not read,
    is skipped and reported unless ``strict``.

    Inputs are paths, folders, globs or URLs (:mod:`fairgraph.ingest.remote`); a URL that
    names nothing readable is skipped like a bad file. Local files come first, then the
    files found at URLs, each in natural order. The outputs of an earlier build in
    ``out_dir`` (its graph.html, report.html) are never read as inputs, so
    ``fairgraph build .`` can be run again in the same folder. Each document read is handed
    to ``feed`` too (extraction workers start on the first while the rest are read).
    """
    local, urls = split_inputs(inputs)
    paths = discover_inputs(local) if local else ([] if urls else sample_inputs())
    if out_dir is not None:
        own = {(out_dir / name).resolve() for name in OUTPUT_NAMES}
        paths = [p for p in paths if p.resolve() not in own]
    documents: list[Document] = []
    skipped: list[tuple[str, str]] = []
    found = _expand_urls(urls, strict, skipped)
    if not paths and not found and not skipped:
        raise InputError("no input files found")
    # sources named relative to the arguments (never the machine's directory layout)
    names = portable_names(paths) if inputs else {}
    progress.phase("read", len(paths) + len(found))
    if feed is not None:
        feed.expect(len(paths) + len(found))

    def keep(outcome: Document | FairgraphError, reported: str) -> None:
        if isinstance(outcome, Document) and outcome.language and not is_read(outcome.language):
            outcome = InputError(unread_reason(outcome.language), source=reported)
        if isinstance(outcome, FairgraphError):
            if strict:
                raise outcome
            skipped.append((reported, outcome.message))
        else:
            documents.append(outcome)
            if feed is not None:
                feed.add(outcome)
        progress.advance()

    for path in paths:
        # the bundled sample is named by package path, so its graph is the same on every machine
        source = names[path] if inputs else f"fairgraph/sample/{path.name}"
        try:
            outcome: Document | FairgraphError = read_document(path, source=source)
        except FairgraphError as exc:
            outcome = exc
        keep(outcome, str(path))
    with closing(read_urls(found)) as fetched:  # leaving early cancels the fetches ahead
        for url, outcome in fetched:
            keep(outcome, source_name(url))
    progress.finish()
    if not documents:
        reasons = "; ".join(f"{s}: {r}" for s, r in skipped[:3])
        raise InputError(f"no readable input ({reasons})")
    return documents, skipped


def _expand_urls(urls: Sequence[str], strict: bool, skipped: list[tuple[str, str]]) -> list[str]:
    """The file URLs the input ``urls`` name, in natural order; a URL that names nothing
    readable is added to ``skipped`` (raised with ``strict``)."""
    if not urls:
        return []
    require_fsspec()  # a missing extra is the user's setup, never a skipped input
    seen: dict[str, None] = {}
    for url in urls:
        try:
            seen.update(dict.fromkeys(expand_url(url)))
        except FairgraphError as exc:
            if strict:
                raise
            skipped.append((source_name(url), exc.message))
    return sorted(seen, key=natural_key)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_all(
    documents: Sequence[Document],
    *,
    backend: str = "default",
    on_document: OnDocument | None = None,
    jobs: int = 1,
    progress: Progress = SILENT,
    dask: str | None = None,
    resolver: Resolver | None = None,
    fed: Feeder | None = None,
    mentions: MentionNodes | None = None,
) -> list[Extraction]:
    """The extraction of every document, in the documents' order.

    With ``jobs`` > 1 the documents are extracted in that many worker processes; with
    ``dask`` (a scheduler's address, ``local`` for a cluster of ``jobs`` workers here) on a
    Dask cluster.
    The results come back in the documents' order, so the graph is the same as with one
    process. With a ``resolver``, the workers also key each report
    (:func:`~fairgraph.resolve.resolver.key_document`, the map side of resolution) and each
    extraction goes to the resolver with its keys as it comes back. ``fed``: the
    :class:`Feeder` the documents were handed to as they were read, by workers already
    started (:func:`connect`; its workers and keying apply). ``mentions``: the graph's mention
    nodes, those of each report's keyed mentions made as its extraction comes back (while the
    workers extract the next, rather than after all of them).
    """
    progress.phase("extract", len(documents))
    out: list[Extraction] = []
    aliases = resolver.aliases if resolver is not None else None
    extract = functools.partial(extract_keyed, backend=backend, aliases=aliases)

    def done(result: tuple[Extraction, DocumentKeys | None]) -> None:
        extraction, keys = result
        out.append(extraction)
        if resolver is not None:
            resolver.add(extraction, keys)
        if mentions is not None and keys is not None:
            mentions.prepare(extraction.document, keys.evidence())
        if on_document:
            on_document(extraction.document.source)
        progress.advance()

    if fed is not None:
        for result in fed.results(functools.partial(_meanwhile, documents)):
            done(result)
    elif dask is not None:
        from fairgraph.jobs.distributed import DaskExtractor

        meanwhile = functools.partial(_meanwhile, documents)
        with DaskExtractor(dask, workers=jobs, backend=backend) as cluster:
            cluster.extract(documents, done, aliases=aliases, meanwhile=meanwhile)
    elif jobs > 1 and len(documents) > 1:
        with worker_pool(min(jobs, len(documents)), backend) as workers:
            results = workers.map(extract, documents, chunksize=chunk_size(len(documents), jobs))
            _meanwhile(documents)
            for result in results:
                done(result)
    else:
        for doc in documents:
            done(extract(doc))
    progress.finish()
    return out


def _meanwhile(documents: Sequence[Document]) -> None:
    """While workers extract: import what this process needs next (the documents' language
    packages, whose naming resolution asks, and the output writers), so that it is not done
    after the extraction, when nothing else runs."""
    for code in sorted({d.language or DEFAULT for d in documents}):
        if is_read(code):
            language(code)
    import fairgraph.export.graphml
    import fairgraph.export.html
    import fairgraph.export.report
    import fairgraph.graph.projection  # noqa: F401


def extract_keyed(
    document: Document, *, backend: str = "default", aliases: AliasRules | None = None
) -> tuple[Extraction, DocumentKeys | None]:
    """A document's extraction and, with ``aliases``, its keys (what a worker sends back).

    An error the extractor meets on one document (a bug of fairgraph's, never the user's)
    does not stop the build: the document gives an empty extraction whose ``failure`` says
    what went wrong, and the build reports it as skipped (:func:`extraction_failures`).
    ``FAIRGRAPH_DEBUG=1`` lets the error through, with its traceback.
    """
    try:
        extraction = extract_document(document, backend=backend)
    except Exception as exc:  # noqa: BLE001 — one report's failure never stops the others
        if os.environ.get("FAIRGRAPH_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        failure = (
            f"the extractor failed on it ({type(exc).__name__}: {detail}); the other reports"
            " were built — please report this (FAIRGRAPH_DEBUG=1 shows the traceback)"
        )
        extraction = Extraction(document=document, failure=failure)
    keys = key_document(extraction, aliases) if aliases is not None else None
    return extraction, keys


def extraction_failures(
    extractions: Iterable[Extraction], strict: bool = False
) -> list[tuple[str, str]]:
    """The (source, reason) of each document its extractor failed on, to report as skipped;
    with ``strict``, the first one raised as an :class:`~fairgraph.errors.InputError`.

    >>> from fairgraph.model import Document
    >>> doc = Document.from_text("正文", source="a.txt")
    >>> extraction_failures([Extraction(doc), Extraction(doc, failure="it broke")])
    [('a.txt', 'it broke')]
    >>> extraction_failures([Extraction(doc, failure="it broke")], strict=True)
    Traceback (most recent call last):
    fairgraph.errors.InputError: a.txt: it broke
    """
    failed = [(e.document.source, e.failure) for e in extractions if e.failure]
    if strict and failed:
        raise InputError(failed[0][1], source=failed[0][0])
    return failed


def chunk_size(documents: int, workers: int) -> int:
    """How many of ``documents`` (those still to be handed out) a worker is handed at a time:
    chunks small enough to keep every worker busy to the end (about eight per worker), large
    enough that handing them out and sending the results back cost little beside extraction
    (at most 16 documents). Asked again as documents are handed out (a :class:`Feeder`), the
    chunks shrink towards the end, so that no worker is left with a long last chunk while
    the others wait."""
    return max(1, min(16, documents // (max(1, workers) * 8)))


class PoolExtractor:
    """A :func:`worker_pool` behind the interface a
    :class:`~fairgraph.jobs.distributed.DaskExtractor` has (``ready``, ``chunk_size``,
    ``submit``, ``results``), so that a :class:`Feeder` hands chunks to either alike."""

    def __init__(self, pool: Executor, *, jobs: int, backend: str = "default") -> None:
        self.pool = pool
        self.jobs = jobs
        self.backend = backend

    def ready(self) -> bool:
        """Always: a pool takes chunks from the start."""
        return True

    def chunk_size(self, documents: int) -> int:
        """:func:`chunk_size` for this pool's workers."""
        return chunk_size(documents, self.jobs)

    def submit(self, documents: list[Document], *, aliases: AliasRules | None = None) -> Any:
        """A future of :func:`extract_chunk` of ``documents`` on a worker."""
        return self.pool.submit(extract_chunk, documents, self.backend, aliases)

    def results(self, futures: Iterable[Any]) -> Iterator[tuple[Extraction, DocumentKeys | None]]:
        """What the ``futures`` extracted, in their order."""
        for future in futures:
            yield from future.result()


class Feeder:
    """Documents handed to extraction workers in chunks as they are read, so that the
    workers extract the first reports while this process reads the rest (rather than
    waiting, with a core idle, for the last file). The chunks are those
    :func:`extract_all` would make; the results come back in the documents' order.

    ``workers`` is a :class:`PoolExtractor` or a
    :class:`~fairgraph.jobs.distributed.DaskExtractor` (whose chunks wait, unsent, until its
    cluster is reached); each chunk is sized for the documents still to come (see
    :func:`chunk_size`: the last ones smaller, down to a quarter of the first); with
    ``aliases`` the workers key each report too; with ``only``, a document is handed over only
    when ``only(document)`` (a store build: the reports it has no extraction of).
    ``documents``: those handed over.
    """

    def __init__(
        self,
        workers: PoolExtractor | DaskExtractor,
        *,
        aliases: AliasRules | None = None,
        only: Callable[[Document], bool] | None = None,
    ) -> None:
        self.workers = workers
        self.aliases = aliases
        self.only = only
        self.documents: list[Document] = []
        self.size = 0  # documents the next chunk, once the total is known
        self.first = 0  # documents the first chunk (the last ones are at least a quarter of it)
        self.total = 0
        self.handed = 0  # documents sent in chunks so far
        self.waiting: list[Document] = []
        self.sent: list[Any] = []  # futures, in the documents' order

    def expect(self, total: int) -> None:
        """How many documents at most will be added (chunks are sized for them)."""
        self.total = total

    def add(self, document: Document) -> None:
        """Hand one more document over (sent with its chunk once the chunk is full)."""
        if self.only is not None and not self.only(document):
            return
        self.documents.append(document)
        self.waiting.append(document)
        if self.workers.ready() and len(self.waiting) >= self._size():
            self._send()

    def results(
        self, meanwhile: Callable[[], None] | None = None
    ) -> Iterator[tuple[Extraction, DocumentKeys | None]]:
        """The (extraction, keys or None) of every document added, in their order; the
        last chunks are sent first, then ``meanwhile()`` is called while the workers extract."""
        while self.waiting:
            self._send()
        if meanwhile is not None:
            meanwhile()
        yield from self.workers.results(self.sent)

    def _size(self) -> int:
        if not self.size:
            to_come = max(self.total - self.handed, len(self.waiting))
            self.size = max(self.workers.chunk_size(to_come), self.first // 4)
            self.first = self.first or self.size
        return self.size

    def _send(self) -> None:
        size = self._size()
        chunk, self.waiting = self.waiting[:size], self.waiting[size:]
        self.sent.append(self.workers.submit(chunk, aliases=self.aliases))
        self.handed += len(chunk)
        self.size = 0  # the next chunk is sized for the documents still to come


def extract_chunk(
    documents: list[Document], backend: str = "default", aliases: AliasRules | None = None
) -> list[tuple[Extraction, DocumentKeys | None]]:
    """On a worker: :func:`extract_keyed` of each of a chunk of documents, in their order."""
    return [extract_keyed(d, backend=backend, aliases=aliases) for d in documents]


def _context() -> Any:
    """Fork where there is fork (workers start with the recogniser already imported)."""
    import multiprocessing

    return _fork() or multiprocessing.get_context()


@contextmanager
def worker_pool(jobs: int, backend: str = "default") -> Iterator[Executor]:
    """``jobs`` extraction processes with the default language's models loaded before the
    first report comes (so no report waits for them).

    Where there is fork, this process loads the models and the workers, forked after, inherit
    them (copy-on-write): loaded once, not once a worker, and this process has the language
    package its resolution asks for already. Elsewhere each worker loads them as it starts.
    """
    from concurrent.futures import ProcessPoolExecutor

    if _fork() is not None:
        warm_up((DEFAULT,), backend)
        settle()  # the models' objects are left alone by the collections of the workers
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    try:
        for _ in range(jobs):
            pool.submit(warm_up, (DEFAULT,), backend)
        yield pool
    except BaseException:
        # a build that fails (a bad file with --strict, an interrupt) does not wait for the
        # chunks still queued
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def corpus_triples(
    extractions: Sequence[Extraction] | Resolver,
    aliases: AliasRules | None = None,
    progress: Progress = SILENT,
    mentions: MentionNodes | None = None,
) -> list[Triple]:
    """The distinct triples of the corpus graph in the order the graph writer states them,
    without an rdflib Graph (what the outputs are written from). ``extractions`` may be a
    :class:`~fairgraph.resolve.resolver.Resolver` fed them already (its own aliases apply);
    ``mentions``, the mention nodes made so far (:class:`~fairgraph.graph.build.MentionNodes`).
    """
    with progress.step("resolve"):
        if isinstance(extractions, Resolver):
            resolution = extractions.resolution()
        else:
            resolution = resolve(extractions, aliases)
    settle()
    with progress.step("graph"):
        seen: dict[Triple, None] = {}
        out: list[Triple] = []
        size = len

        def add(triple: Triple) -> None:
            before = size(seen)
            seen[triple] = None
            if size(seen) != before:
                out.append(triple)

        # a mention node's triples, new by construction, are not looked up (most of the graph)
        write_resolution(resolution, add, fresh=out.extend, mentions=mentions)
    return out


def summarize(
    graph: Graph | GraphLookups | Sequence[Triple],
    documents: int,
    skipped: Sequence[tuple[str, str]],
    outputs: Sequence[Path] = (),
) -> BuildSummary:
    index = index_of(graph)
    counts = {}
    for name, cls in (
        ("persons", SCHEMA.Person),
        ("organisations", ORG.Organization),
        ("countries", SCHEMA.Country),
        ("places", SCHEMA.Place),
        ("fairs", SCHEMA.ExhibitionEvent),
    ):
        counts[name] = len(set(index.subjects(RDF.type, cls)))
    return BuildSummary(
        documents=documents,
        skipped=tuple(skipped),
        triples=len(index),
        entities=counts,
        posts=len(set(index.subjects(RDF.type, ORG.Membership))),
        agreements=len(set(index.subjects(RDF.type, FG.Agreement))),
        amounts=len(set(index.subjects(RDF.type, SCHEMA.MonetaryAmount))),
        outputs=tuple(outputs),
    )


def write_outputs(
    graph: Graph | Sequence[Triple],
    out_dir: Path,
    *,
    max_nodes: int = 2000,
    focus: str | None = None,
    hops: int = 1,
    progress: Progress = SILENT,
    index: GraphLookups | None = None,
    jobs: int = 1,
) -> list[Path]:
    """graph.ttl, graph.jsonld, graph.graphml, graph.html and report.html, each atomically.

    ``graph`` is an rdflib graph or the distinct triples of one (as :func:`corpus_triples`
    gives them; blank-node-free triples are written without building an rdflib graph).
    With ``jobs`` > 1, Turtle, JSON-LD and graph.html are written by forked processes meanwhile.
    """
    _, paths = _index_and_write_outputs(
        graph,
        out_dir,
        max_nodes=max_nodes,
        focus=focus,
        hops=hops,
        progress=progress,
        index=index,
        jobs=jobs,
    )
    return paths


def _index_and_write_outputs(
    graph: Graph | Sequence[Triple],
    out_dir: Path,
    *,
    max_nodes: int,
    focus: str | None,
    hops: int,
    progress: Progress,
    index: GraphLookups | None,
    jobs: int,
) -> tuple[GraphLookups, list[Path]]:
    """:func:`write_outputs`, indexing the graph (unless ``index`` is given) once the Turtle
    and JSON-LD writers are under way; gives the index too."""

    def rdf(fmt: str) -> Callable[[Path], None]:
        if isinstance(graph, Graph):
            return lambda path: write_atomic(path, serialize_graph(graph, fmt))
        return lambda path: write_atomic(path, serialize_triples(graph, fmt))

    def lookups() -> GraphLookups:
        return index if index is not None else index_of(graph)

    return write_five(
        rdf,
        lookups,
        out_dir,
        max_nodes=max_nodes,
        focus=focus,
        hops=hops,
        progress=progress,
        jobs=jobs,
    )


def write_five(
    rdf: Callable[[str], Callable[[Path], None]],
    lookups: Callable[[], GraphLookups],
    out_dir: Path,
    *,
    max_nodes: int = 2000,
    focus: str | None = None,
    hops: int = 1,
    progress: Progress = SILENT,
    jobs: int = 1,
) -> tuple[GraphLookups, list[Path]]:
    """The five outputs in ``out_dir``, all or none: ``rdf(format)`` is the writer of
    graph.ttl ("turtle") and graph.jsonld ("json-ld") given a path, ``lookups()`` the graph's
    look-ups the projection (GraphML, graph.html, report.html) is made from, asked for once
    the RDF writers are under way. Gives the look-ups and the paths.

    With ``jobs`` > 1 (where there is fork) Turtle, JSON-LD and graph.html are written by
    forked processes while this one indexes, projects, and writes GraphML and report.html:
    the two groups take about the same time, so both cores stay busy to the end.
    """
    from fairgraph.export.graphml import write_graphml
    from fairgraph.export.html import write_html
    from fairgraph.export.report import write_report
    from fairgraph.graph.projection import project

    out_dir.mkdir(parents=True, exist_ok=True)
    # every output is written into a hidden staging folder first and renamed into place only
    # once all of them exist, so a failure half-way leaves the previous outputs untouched
    staging = staging_dir(out_dir)
    staged = [staging / name for name in OUTPUT_NAMES]
    writers = _Writers(progress, forked=jobs > 1 and _fork() is not None)
    try:
        writers.write(staged[0], rdf("turtle"))
        writers.write(staged[1], rdf("json-ld"))
        with progress.step("index"):
            index = lookups()
        with progress.step("project"):
            projection = project(index)
        writers.write(
            staged[3],
            lambda path: write_html(projection, path, max_nodes=max_nodes, focus=focus, hops=hops),
        )
        with progress.step("write graph.graphml"):
            write_graphml(projection, staged[2])
        with progress.step("write report.html"):
            write_report(projection, staged[4])
        writers.wait()
        paths = [out_dir / name for name in OUTPUT_NAMES]
        for source, target in zip(staged, paths, strict=True):
            os.replace(source, target)
    finally:
        writers.stop()
        shutil.rmtree(staging, ignore_errors=True)
    return index, paths


class _Writers:
    """Outputs written by forked processes meanwhile (``forked``), else here and now.

    A forked writer inherits what it writes from (the triples, the projection): nothing is
    pickled; it sends back "" or what went wrong.
    """

    def __init__(self, progress: Progress, *, forked: bool) -> None:
        self.progress = progress
        self.forked = forked
        self.children: list[tuple[Path, Any, Any]] = []  # (path, process, receiving end)

    def write(self, path: Path, write: Callable[[Path], None]) -> None:
        """``write(path)``, in a forked process when writers are forked."""
        if not self.forked:
            with self.progress.step(f"write {path.name}"):
                write(path)
            return
        settle()  # the child's collections leave the parent's objects (and their pages) alone
        receive, send = _fork().Pipe(duplex=False)
        child = _fork().Process(target=_write_forked, args=(write, path, send))
        child.daemon = True
        child.start()
        send.close()
        self.children.append((path, child, receive))

    def wait(self) -> None:
        """Until every forked writer has ended; a FairgraphError names those that failed."""
        if not self.children:
            return
        names = ", ".join(path.name for path, _, _ in self.children)
        with self.progress.step(f"write {names}"):
            errors = [(path, _outcome(child, receive)) for path, child, receive in self.children]
        failed = [f"{path.name}: {error}" for path, error in errors if error]
        if failed:
            raise FairgraphError("could not write " + "; ".join(failed))

    def stop(self) -> None:
        """End the writers still running (after a failure here)."""
        for _, child, _ in self.children:
            if child.is_alive():
                child.terminate()
                child.join()


def _write_forked(write: Callable[[Path], None], path: Path, send: Any) -> None:
    """In a forked process: write one output, send back "" or what went wrong."""
    try:
        write(path)
    except KeyboardInterrupt:
        send.send("interrupted")
    except Exception as exc:  # noqa: BLE001 — reported by the parent as one line
        send.send(" ".join(str(exc).split())[:300] or type(exc).__name__)
    else:
        send.send("")
    finally:
        send.close()


def _outcome(child: Any, receive: Any) -> str:
    """What a forked writer reported: "" when it wrote its file."""
    try:
        message = receive.recv()
    except EOFError:  # it died without a word
        message = None
    child.join()
    if message is None or (not message and child.exitcode != 0):
        return f"writer process ended with code {child.exitcode}"
    return str(message)


def _fork() -> Any:
    """The fork context where the platform has one, else None."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


@dataclass(frozen=True)
class BuildOptions:
    """How ``fairgraph build`` reads, extracts and draws (shared by plain and store builds)."""

    strict: bool = False
    backend: str = "default"
    aliases: AliasRules | None = None
    on_document: OnDocument | None = None
    max_nodes: int = 2000
    focus: str | None = None
    hops: int = 1
    jobs: int = 1
    progress: Progress = SILENT
    dask: str | None = None


DEFAULT_OPTIONS = BuildOptions()


def extract_with(
    options: BuildOptions,
    documents: Sequence[Document],
    fed: Feeder | None = None,
    resolver: Resolver | None = None,
    mentions: MentionNodes | None = None,
) -> list[Extraction]:
    """:func:`extract_all` of ``documents`` as the build ``options`` ask (backend, jobs, Dask,
    progress): by the workers of ``fed`` when the documents were handed to a :class:`Feeder`
    as they were read (the workers :func:`connect` started), keyed for and handed to
    ``resolver`` as they come back when one is given (their mention nodes made for
    ``mentions`` meanwhile)."""
    return extract_all(
        documents,
        backend=options.backend,
        on_document=options.on_document,
        jobs=options.jobs,
        progress=options.progress,
        dask=options.dask,
        resolver=resolver,
        fed=fed,
        mentions=mentions,
    )


@contextmanager
def connect(options: BuildOptions) -> Iterator[DaskExtractor | PoolExtractor | None]:
    """The extraction workers the ``options`` ask for, getting ready while the block reads
    its reports; let go when the block ends.

    With ``--dask``, the cluster (connecting in the background); with ``--jobs`` > 1, a
    :func:`worker_pool` of that many processes, loading the models meanwhile; else None.
    """
    if options.dask is not None:
        from fairgraph.jobs.distributed import DaskExtractor

        with DaskExtractor(options.dask, workers=options.jobs, backend=options.backend) as cluster:
            yield cluster
        return
    if options.jobs <= 1:
        yield None
        return
    with worker_pool(options.jobs, options.backend) as pool:
        yield PoolExtractor(pool, jobs=options.jobs, backend=options.backend)


def build_outputs(
    inputs: Sequence[str | Path], out_dir: Path, options: BuildOptions = DEFAULT_OPTIONS
) -> BuildSummary:
    """Read, extract, resolve, build and write: the whole of ``fairgraph build``."""
    prepare_output_dir(out_dir)  # an unwritable folder is found before any extraction
    progress = options.progress
    with paced_collector():
        with connect(options) as workers:  # the workers get ready while the reports are read
            # the workers key each report too; their results are taken in as they come back
            resolver = Resolver(options.aliases)
            feed = None
            if workers is not None:  # they start on the first reports while the rest are read
                feed = Feeder(workers, aliases=resolver.aliases)
            documents, skipped = read_documents(
                inputs, strict=options.strict, out_dir=out_dir, progress=progress, feed=feed
            )
            settle()
            # the graph's mention nodes are made as the extractions come back
            mentions = MentionNodes()
            extractions = extract_with(options, documents, feed, resolver, mentions)
            failed = extraction_failures(extractions, options.strict)
            del extractions
            settle()
            triples = corpus_triples(resolver, progress=progress, mentions=mentions)
            del resolver, mentions
        # (the workers are let go during resolution: no thread of them is left when writers fork)
        index, outputs = index_and_write(triples, out_dir, options)
        return summarize(index, len(documents) - len(failed), [*skipped, *failed], outputs)


def index_and_write(
    triples: Sequence[Triple], out_dir: Path, options: BuildOptions
) -> tuple[GraphLookups, list[Path]]:
    """Index the corpus triples once and write the five outputs from them (a build and an
    export from a store end alike); the options' progress is closed after."""
    index, outputs = _index_and_write_outputs(
        triples,
        out_dir,
        max_nodes=options.max_nodes,
        focus=options.focus,
        hops=options.hops,
        progress=options.progress,
        index=None,
        jobs=options.jobs,
    )
    options.progress.close()
    return index, outputs


def build_phases(
    inputs: Sequence[str | Path], out_dir: Path, mark: Callable[[str], None], jobs: int = 1
) -> None:
    """``build_outputs`` calling ``mark(phase)`` as each phase ends (benchmarks/scale.py)."""

    class Marks(Progress):
        def __init__(self) -> None:
            self.current: str | None = None

        def phase(self, name: str, total: int | None = None) -> None:
            self.current = name

        def finish(self) -> None:
            if self.current is not None:
                mark(self.current)
            self.current = None

    build_outputs(inputs, out_dir, BuildOptions(progress=Marks(), jobs=jobs))
