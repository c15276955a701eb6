"""Extraction on a Dask cluster (``fairgraph build --dask ADDRESS``, extra ``fairgraph[dask]``).

Chunks of documents are tasks on the cluster's workers; the extractions come back in the
documents' order, so resolution, the graph and every output are byte for byte those of a
local build. ``local`` starts a cluster of single-threaded worker processes on this machine;
any other address is a running scheduler (``tcp://host:8786``). Workers need fairgraph
installed (the same version) where they run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fairgraph.errors import FairgraphError
from fairgraph.jobs.build import chunk_size
from fairgraph.languages import extract_document
from fairgraph.model import Document, Extraction


def extract_on_dask(
    documents: Sequence[Document],
    address: str,
    *,
    backend: str = "default",
    workers: int = 2,
    on_each: Callable[[Document], None] | None = None,
) -> list[Extraction]:
    """The extractions of ``documents`` computed on the Dask cluster at ``address``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FairgraphError(
            "--dask needs Dask distributed: pip install 'fairgraph[dask]'"
        ) from None
    cluster: Any = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,  # logging.ERROR
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        detail = " ".join(str(exc).split())[:200]
        raise FairgraphError(f"cannot reach the Dask scheduler at {address}: {detail}") from None
    try:
        # documents go out in chunks, one task each: a task per document cost the scheduler
        # (which a local cluster runs in this process) and the workers more than extraction
        workers = max(workers, len(client.scheduler_info().get("workers", {})))
        size = chunk_size(len(documents), workers)
        chunks = [list(documents[i : i + size]) for i in range(0, len(documents), size)]
        futures = client.map(_extract_chunk, chunks, backend=backend, pure=False)
        out: list[Extraction] = []
        for chunk, future in zip(chunks, futures, strict=True):
            out += future.result()
            if on_each is not None:
                for document in chunk:
                    on_each(document)
        return out
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _extract_chunk(documents: list[Document], backend: str) -> list[Extraction]:
    """On a worker: the extractions of a chunk of documents, in their order."""
    return [extract_document(document, backend=backend) for document in documents]
