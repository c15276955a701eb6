"""``fairgraph build`` and ``fairgraph extract``: from reports to a graph or raw extractions."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fairgraph.cli.options import aliases_option, ner_option, reported, strict_option
from fairgraph.cli.progress import console_progress

#: the folder the five outputs go to (build and export)
OUT_DIR = click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for the outputs.",
)
#: how many nodes graph.html draws (build and export)
MAX_NODES = click.option(
    "--max-nodes",
    type=click.IntRange(10),
    default=2000,
    show_default=True,
    help="Most nodes drawn in graph.html.",
)


def jobs_option(help_text: str):  # type: ignore[no-untyped-def]
    """``-j/--jobs N``: how many processes a command may use (default: the cores)."""
    return click.option("-j", "--jobs", type=click.IntRange(1), help=help_text)


@click.command()
@click.argument("inputs", nargs=-1)
@OUT_DIR
@ner_option
@aliases_option
@strict_option
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the graph in an on-disk store and rebuild incrementally.",
)
@click.option(
    "--no-outputs",
    is_flag=True,
    help="With --store: only update the store (write the files later with `fairgraph export`).",
)
@MAX_NODES
@jobs_option("Worker processes for extraction (default: the number of cores).")
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Extract on a Dask cluster: a scheduler (tcp://host:8786) or 'local' (--jobs workers "
    "here). Needs fairgraph[dask].",
)
@click.option("--focus", help="Draw only this entity's neighbourhood in graph.html.")
@click.option(
    "--hops",
    type=click.IntRange(1, 5),
    default=1,
    show_default=True,
    help="Neighbourhood size for --focus.",
)
@reported
def build(
    inputs: tuple[str, ...],
    out_dir: Path,
    ner: str,
    aliases: Path | None,
    strict: bool,
    store: Path | None,
    no_outputs: bool,
    max_nodes: int,
    jobs: int | None,
    dask: str | None,
    focus: str | None,
    hops: int,
) -> None:
    """Build the graph of INPUTS (files, folders, globs of .txt/.md/.html, or URLs) into OUT.

    With no INPUTS, builds the bundled sample reports. Writes graph.ttl, graph.jsonld,
    graph.graphml, graph.html and report.html. URLs (https://, s3://, gs:// …; a folder
    ending in / or a glob) need fairgraph[remote]; their documents are named by the URL.

    Extraction runs in --jobs worker processes; the graph is byte for byte the same whatever
    their number. Progress goes to stderr (`fairgraph -q build` for none).

    \b
    Examples:
      fairgraph build
      fairgraph build reports/ -o out/ --jobs 2
      fairgraph build reports/ --dask tcp://scheduler:8786
      fairgraph build 'news/**/*.html' --strict --aliases my-aliases.txt
      fairgraph build 'https://example.org/reports/*.html' 's3://bucket/news/'
    """
    from fairgraph.jobs.build import BuildOptions, build_outputs, default_jobs
    from fairgraph.resolve import AliasRules

    progress = console_progress()
    options = BuildOptions(
        strict=strict,
        backend=ner,
        aliases=AliasRules.load(aliases) if aliases else None,
        max_nodes=max_nodes,
        focus=focus,
        hops=hops,
        jobs=jobs or default_jobs(),
        progress=progress,
        dask=dask,
    )
    if no_outputs and store is None:
        raise click.UsageError("--no-outputs needs --store DIR")
    try:
        if store is not None:
            from fairgraph.jobs.store import build_into_store

            summary = build_into_store(
                list(inputs), store, out_dir, options, outputs=not no_outputs
            )
        else:
            summary = build_outputs(list(inputs), out_dir, options)
    finally:
        progress.close()
    for source, reason in summary.skipped:
        click.echo(f"skipped {source}: {reason}", err=True)
    click.echo(summary.format())


@click.command()
@click.argument("store", type=click.Path(file_okay=False, path_type=Path))
@OUT_DIR
@MAX_NODES
@jobs_option("Processes for writing the files (default: the number of cores).")
@reported
def export(store: Path, out_dir: Path, max_nodes: int, jobs: int | None) -> None:
    """Write graph.ttl, graph.jsonld, graph.graphml, graph.html and report.html of the graph
    in STORE (a folder made by `fairgraph build --store`) into OUT.

    \b
    Examples:
      fairgraph build reports/ --store st/ --no-outputs
      fairgraph export st/ -o out/
    """
    from fairgraph.jobs.build import BuildOptions, default_jobs
    from fairgraph.jobs.store import export_store

    progress = console_progress()
    options = BuildOptions(max_nodes=max_nodes, jobs=jobs or default_jobs(), progress=progress)
    try:
        summary = export_store(store, out_dir, options)
    finally:
        progress.close()
    click.echo(summary.format())


@click.command()
@click.argument("input_path", metavar="INPUT")
@click.option("--per-line", is_flag=True, help="Treat every line of INPUT as its own document.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True
)
@ner_option
@reported
def extract(input_path: str, per_line: bool, fmt: str, ner: str) -> None:
    """Print the raw extraction of INPUT (a file or a URL) as JSON: entities with offsets,
    relations.

    \b
    Examples:
      fairgraph extract report.txt
      fairgraph extract sentences.txt --per-line --ner crf > entities.jsonl
      fairgraph extract https://example.org/news/report.html
    """
    from fairgraph.jobs.records import extract_records

    records = extract_records(input_path, per_line=per_line, backend=ner)
    if fmt == "json":
        click.echo(json.dumps(list(records), ensure_ascii=False, indent=1))
    else:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
