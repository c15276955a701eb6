"""The main job: reports in, graph files out (what ``fairgraph build`` runs).

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> summary = build_outputs([], out, BuildOptions(backend="rules"))   # the bundled sample
>>> sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
['graph.graphml', 'graph.html', 'graph.jsonld', 'graph.ttl', 'report.html']
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import RDF, Graph

from fairgraph.errors import FairgraphError, InputError
from fairgraph.graph import build_graph
from fairgraph.graph.io import save_graph
from fairgraph.ingest import discover_inputs, read_document
from fairgraph.ingest.discover import portable_names
from fairgraph.jobs.outdir import prepare_output_dir, staging_dir
from fairgraph.languages import extract_document, is_read, unread_reason
from fairgraph.model import Document, Extraction
from fairgraph.namespaces import FG, ORG, SCHEMA
from fairgraph.resolve import AliasRules

OUTPUT_NAMES = ("graph.ttl", "graph.jsonld", "graph.graphml", "graph.html", "report.html")
Progress = Callable[[str], None]


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
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Documents of every input; a bad file, or one in a language fairgraph does not read,
    is skipped and reported unless ``strict``.

    The outputs of an earlier build in ``out_dir`` (its graph.html, report.html) are never
    read as inputs, so ``fairgraph build .`` can be run again in the same folder.
    """
    paths = discover_inputs(inputs) if inputs else sample_inputs()
    if out_dir is not None:
        own = {(out_dir / name).resolve() for name in OUTPUT_NAMES}
        paths = [p for p in paths if p.resolve() not in own]
    if not paths:
        raise InputError("no input files found")
    # sources named relative to the arguments (never the machine's directory layout)
    names = portable_names(paths) if inputs else {}
    documents, skipped = [], []
    for path in paths:
        # the bundled sample is named by package path, so its graph is the same on every machine
        source = names[path] if inputs else f"fairgraph/sample/{path.name}"
        try:
            document = read_document(path, source=source)
            if document.language is not None and not is_read(document.language):
                raise InputError(unread_reason(document.language), source=str(path))
            documents.append(document)
        except FairgraphError as exc:
            if strict:
                raise
            skipped.append((str(path), exc.message))
    if not documents:
        reasons = "; ".join(f"{s}: {r}" for s, r in skipped[:3])
        raise InputError(f"no readable input ({reasons})")
    return documents, skipped


def extract_all(
    documents: Sequence[Document], *, backend: str = "default", on_document: Progress | None = None
) -> list[Extraction]:
    out = []
    for doc in documents:
        out.append(extract_document(doc, backend=backend))
        if on_document:
            on_document(doc.source)
    return out


def summarize(
    graph: Graph, documents: int, skipped: Sequence[tuple[str, str]], outputs: Sequence[Path] = ()
) -> BuildSummary:
    counts = {}
    for name, cls in (
        ("persons", SCHEMA.Person),
        ("organisations", ORG.Organization),
        ("countries", SCHEMA.Country),
        ("places", SCHEMA.Place),
        ("fairs", SCHEMA.ExhibitionEvent),
    ):
        counts[name] = len(set(graph.subjects(RDF.type, cls)))
    return BuildSummary(
        documents=documents,
        skipped=tuple(skipped),
        triples=len(graph),
        entities=counts,
        posts=len(set(graph.subjects(RDF.type, ORG.Membership))),
        agreements=len(set(graph.subjects(RDF.type, FG.Agreement))),
        amounts=len(set(graph.subjects(RDF.type, SCHEMA.MonetaryAmount))),
        outputs=tuple(outputs),
    )


def write_outputs(
    graph: Graph, out_dir: Path, *, max_nodes: int = 2000, focus: str | None = None, hops: int = 1
) -> list[Path]:
    """graph.ttl, graph.jsonld, graph.graphml, graph.html and report.html, each atomically."""
    from fairgraph.export.graphml import write_graphml
    from fairgraph.export.html import write_html
    from fairgraph.export.report import write_report
    from fairgraph.graph.projection import project

    out_dir.mkdir(parents=True, exist_ok=True)
    # every output is written into a hidden staging folder first and renamed into place only
    # once all of them exist, so a failure half-way leaves the previous outputs untouched
    staging = staging_dir(out_dir)
    try:
        staged = [staging / name for name in OUTPUT_NAMES]
        save_graph(graph, staged[0])
        save_graph(graph, staged[1])
        projection = project(graph)
        write_graphml(projection, staged[2])
        write_html(projection, staged[3], max_nodes=max_nodes, focus=focus, hops=hops)
        write_report(projection, staged[4])
        paths = [out_dir / name for name in OUTPUT_NAMES]
        for source, target in zip(staged, paths, strict=True):
            os.replace(source, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return paths


@dataclass(frozen=True)
class BuildOptions:
    """How ``fairgraph build`` reads, extracts and draws (shared by plain and store builds)."""

    strict: bool = False
    backend: str = "default"
    aliases: AliasRules | None = None
    on_document: Progress | None = None
    max_nodes: int = 2000
    focus: str | None = None
    hops: int = 1


DEFAULT_OPTIONS = BuildOptions()


def build_outputs(
    inputs: Sequence[str | Path], out_dir: Path, options: BuildOptions = DEFAULT_OPTIONS
) -> BuildSummary:
    """Read, extract, resolve, build and write: the whole of ``fairgraph build``."""
    prepare_output_dir(out_dir)  # an unwritable folder is found before any extraction
    documents, skipped = read_documents(inputs, strict=options.strict, out_dir=out_dir)
    extractions = extract_all(documents, backend=options.backend, on_document=options.on_document)
    graph = build_graph(extractions, options.aliases)
    outputs = write_outputs(
        graph, out_dir, max_nodes=options.max_nodes, focus=options.focus, hops=options.hops
    )
    return summarize(graph, len(documents), skipped, outputs)
