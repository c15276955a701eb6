"""Extraction on a Dask cluster (``fairgraph build --dask ADDRESS``, extra ``fairgraph[dask]``).

Chunks of documents are tasks on the cluster's workers; the extractions come back in the
documents' order, so resolution, the graph and every output are byte for byte those of a
local build. ``local`` starts a cluster of single-threaded worker processes on this machine;
any other address is a running scheduler (``tcp://host:8786``). Workers need fairgraph
installed (the same version) where they run.

A build connects while it reads its reports: :class:`DaskExtractor` starts the cluster (or
connects to the scheduler) in the background and has every worker load the default
language's models meanwhile, so the workers are ready when the documents are; once the
extractions are back, the cluster is let go in the background while the build goes on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from fairgraph.errors import FairgraphError
from fairgraph.jobs.build import Feeder, chunk_size, extract_chunk
from fairgraph.languages import DEFAULT, warm_up
from fairgraph.model import Document, Extraction
from fairgraph.resolve import AliasRules
from fairgraph.resolve.resolver import DocumentKeys

# What a cluster started by ``--dask local`` is set to: its processes' periodic work, which
# runs whether or not there is work, cut to what a build needs (measured on two idle
# single-threaded workers: 2.0 CPU s every 10 s with Dask's defaults, 0.2 s with these). No
# sampling profiler (every 10 ms a worker walks the stack of the task it runs, for the
# dashboard's profile: ~2 % of a core idle, ~4 % busy); the event-loop health tick every
# second instead of every 20 ms (~2 % of a core in each of the scheduler, which a local
# cluster runs in the building process, and every nanny and worker); the system monitor (CPU
# and memory figures for the dashboard) every 5 s, the worker's memory limits checked every
# second. The README gives the same settings as environment variables (cluster_environment)
# for starting a cluster a build is given (``--dask ADDRESS``), which fairgraph leaves as it is.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def cluster_environment() -> dict[str, str]:
    """:data:`LOCAL_CLUSTER_CONFIG` as the environment variables a ``dask scheduler`` and
    ``dask worker`` read their configuration from (the README's way to start a cluster for
    fairgraph).

    >>> cluster_environment()["DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED"]
    'False'
    >>> cluster_environment()["DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL"]
    '1s'
    """
    return {
        "DASK_" + "__".join(part.upper().replace("-", "_") for part in key.split(".")): str(value)
        for key, value in LOCAL_CLUSTER_CONFIG.items()
    }


class DaskExtractor:
    """Extraction on the Dask cluster at ``address`` (``local``: a cluster of ``workers``
    single-threaded processes started here), connected in the background from the start.

    Use it as a context manager around the reading of the documents::

        with DaskExtractor("local", workers=2) as cluster:
            documents = ...  # read meanwhile
            extractions = cluster.extract(documents)

    A scheduler that cannot be reached is a :class:`~fairgraph.errors.FairgraphError` raised
    by :meth:`extract`.
    """

    def __init__(self, address: str, *, workers: int = 2, backend: str = "default") -> None:
        self.address = address
        self.workers = workers
        self.backend = backend
        self._client: Any = None
        self._cluster: Any = None
        self._error: BaseException | None = None
        self._size_for: int | None = None  # the workers chunks are sized for
        self._connecting = threading.Thread(target=self._connect, daemon=True)
        self._closing: threading.Thread | None = None
        self._connecting.start()

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> None:
        """In the background: start or reach the cluster, then warm its workers up."""
        try:
            self._client = self._start()
            # the workers load the models while this process reads its documents
            self._client.run(warm_up, (DEFAULT,), self.backend)
        except BaseException as exc:  # noqa: BLE001 — raised by extract, in the caller's thread
            self._error = exc

    def ready(self) -> bool:
        """Whether the cluster is reached (or failed to be): :meth:`submit` no longer waits."""
        return not self._connecting.is_alive()

    def scheduler_address(self) -> str:
        """The address of the cluster's scheduler (the one started here for ``local``), once
        the cluster is reached."""
        return str(self._reached().scheduler.address)

    def chunk_size(self, documents: int) -> int:
        """How many of ``documents`` one task extracts on this cluster (waits until it is
        reached): :func:`~fairgraph.jobs.build.chunk_size` for its workers."""
        client = self._reached()
        if self._size_for is None:  # the scheduler is asked once
            try:
                self._size_for = max(self.workers, len(client.scheduler_info().get("workers", {})))
            except (OSError, TimeoutError) as exc:
                raise _reason(exc, self.address) from None
        return chunk_size(documents, self._size_for)

    def submit(self, documents: list[Document], *, aliases: AliasRules | None = None) -> Any:
        """A task extracting ``documents`` on the cluster (keyed with ``aliases``): a future
        whose result is the (extraction, keys or None) of each, in their order. Waits until
        the cluster is reached."""
        client = self._reached()
        try:
            return client.submit(
                extract_chunk, documents, backend=self.backend, aliases=aliases, pure=False
            )
        except (OSError, TimeoutError) as exc:
            raise _reason(exc, self.address) from None

    def results(self, futures: Iterable[Any]) -> Iterator[tuple[Extraction, DocumentKeys | None]]:
        """What the tasks ``futures`` (:meth:`submit`) extracted, in their order; once all are
        back, the cluster is let go in the background while the build resolves and writes.

        Each task's result is fetched as soon as it is done, whichever it is (the client's
        thread takes them in while this one works on those before): a task done ahead of its
        turn is not fetched only when its turn comes, one round trip after the other."""
        from distributed import as_completed

        sent = list(futures)
        try:
            yield from in_order(as_completed(sent, with_results=True), sent)
        except (OSError, TimeoutError) as exc:
            raise _reason(exc, self.address) from None
        self._closing = threading.Thread(target=self._disconnect, daemon=True)
        self._closing.start()

    def extract(
        self,
        documents: Sequence[Document],
        on_each: Callable[[tuple[Extraction, DocumentKeys | None]], None] | None = None,
        *,
        aliases: AliasRules | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> list[Extraction]:
        """The extractions of ``documents`` computed on the cluster, in their order; with
        ``aliases``, the workers key each report under them too (the map side of
        resolution). Each (extraction, keys or None) is handed to ``on_each`` as it comes
        back. ``meanwhile`` is called once the chunks are sent, while the workers extract."""
        # documents go out in chunks, one task each: a task per document cost the
        # scheduler (which a local cluster runs in this process) and the workers more
        # than extraction
        feed = Feeder(self, aliases=aliases)
        feed.expect(len(documents))
        for document in documents:
            feed.add(document)
        out: list[Extraction] = []
        for result in feed.results(meanwhile):
            out.append(result[0])
            if on_each is not None:
                on_each(result)
        return out

    def _reached(self) -> Any:
        """The client, once the background connection has ended; its failure raised here."""
        self._connecting.join()
        if self._error is not None:
            raise _reason(self._error, self.address) from None
        return self._client

    def close(self) -> None:
        """Disconnect (and stop a local cluster); waits until it is done."""
        self._connecting.join()
        if self._closing is None:
            self._disconnect()
        else:
            self._closing.join()

    def _start(self) -> Any:
        """A client of the cluster (a local one started first, kept to be closed)."""
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise FairgraphError(
                "--dask needs Dask distributed: pip install 'fairgraph[dask]'"
            ) from None
        if self.address != "local":
            return Client(self.address, timeout="10s")
        import dask.config

        # read by the scheduler, nannies and workers as they start (a nanny hands it to its
        # worker's process); the caller's own configuration is left as it was
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            self._cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # the scheduler's HTTP routes (health, metrics) on a free loopback port, never
                # the dashboard's 8787 another cluster may hold
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                # a worker losing its scheduler as the cluster closes logs an error: not the
                # user's concern (a failure of theirs reaches the build as an exception)
                silence_logs=50,  # logging.CRITICAL
            )
        return Client(self._cluster)

    def _disconnect(self) -> None:
        client, cluster = self._client, self._cluster
        self._client = self._cluster = None
        try:
            if client is not None:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()


def in_order(done: Iterable[tuple[Any, Any]], futures: Iterable[Any]) -> Iterator[Any]:
    """The items of the results of ``futures`` in the futures' order, from ``done``: (future,
    result) pairs in the order the tasks ended; each result is handed on as soon as those
    before it are.

    >>> class F:
    ...     def __init__(self, key): self.key = key
    >>> a, b, c = F("a"), F("b"), F("c")
    >>> list(in_order([(b, [3]), (a, [1, 2]), (c, [4])], [a, b, c]))
    [1, 2, 3, 4]
    """
    turn = {future.key: i for i, future in enumerate(futures)}
    waiting: dict[int, Any] = {}
    next_turn = 0
    for future, result in done:
        waiting[turn[future.key]] = result
        while next_turn in waiting:
            yield from waiting.pop(next_turn)
            next_turn += 1


def _reason(exc: BaseException, address: str) -> BaseException:
    """What to raise for a failure to start, reach or use the cluster: one line."""
    if isinstance(exc, FairgraphError) or not isinstance(exc, Exception):
        return exc  # ours already, or an interrupt
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    if address == "local":
        return FairgraphError(f"cannot start a local Dask cluster: {detail}")
    return FairgraphError(f"cannot reach the Dask scheduler at {address}: {detail}")


def extract_on_dask(
    documents: Sequence[Document],
    address: str,
    *,
    backend: str = "default",
    workers: int = 2,
    on_each: Callable[[tuple[Extraction, DocumentKeys | None]], None] | None = None,
) -> list[Extraction]:
    """The extractions of ``documents`` computed on the Dask cluster at ``address``."""
    with DaskExtractor(address, workers=workers, backend=backend) as cluster:
        return cluster.extract(documents, on_each)
