"""The ``fairgraph`` command line: each command parses options and calls one plain function.

Only this module turns :class:`~fairgraph.errors.FairgraphError` into ``click`` errors.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from fairgraph import __version__
from fairgraph.errors import FairgraphError

F = TypeVar("F", bound=Callable[..., Any])
NER_CHOICES = ("default", "crf", "rules", "lac")


class CommandError(click.ClickException):
    """A one-line ``Error: …`` with the exit code of the error that caused it."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]


def reported(func: F) -> F:
    """Turn library errors (and, as a last resort, any error) into one-line messages."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FairgraphError as exc:
            raise CommandError(str(exc), exc.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise CommandError("interrupted; outputs left as they were", 130) from None
        except BrokenPipeError:  # the reader went away (`… | head`): stop quietly
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except Exception as exc:  # noqa: BLE001 — never show a traceback to users
            if os.environ.get("FAIRGRAPH_DEBUG"):
                raise
            detail = " ".join(str(exc).split())[:300]
            raise CommandError(
                f"unexpected {type(exc).__name__}: {detail} (set FAIRGRAPH_DEBUG=1 for a traceback)"
            ) from None

    return wrapper  # type: ignore[return-value]


# ---- options shared across commands, written once -------------------------------------------


def ner_option(func: F) -> F:
    return click.option(
        "--ner",
        "ner",
        type=click.Choice(NER_CHOICES),
        default="default",
        show_default=True,
        help="Entity recogniser backend.",
    )(func)


def aliases_option(func: F) -> F:
    return click.option(
        "--aliases",
        type=click.Path(dir_okay=False, path_type=Path),
        help="File of extra aliases ('a = b') and forbidden merges ('!a = b').",
    )(func)


def strict_option(func: F) -> F:
    return click.option(
        "--strict", is_flag=True, help="Stop at the first bad input instead of skipping it."
    )(func)


def result_format_option(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "csv", "json"]),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


def graph_source_options(func: F) -> F:
    """SOURCE (a graph file) or --store DIR (a store folder made by ``build --store``)."""
    func = click.option(
        "--store",
        "store_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="A store folder made by `fairgraph build --store` instead of a graph file.",
    )(func)
    return click.argument("source", required=False, type=click.Path(path_type=Path))(func)


def graph_argument(func: F) -> F:
    return click.argument("graph", type=click.Path(path_type=Path))(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="fairgraph")
def main() -> None:
    """Knowledge graphs of organisations, officials, agreements and fairs from Chinese fair reports.

    \b
    Start with:
      fairgraph build                      # the bundled sample → output/
      fairgraph query output/graph.ttl officials
    """


@main.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for the outputs.",
)
@ner_option
@aliases_option
@strict_option
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the graph in an on-disk store and rebuild incrementally.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(10),
    default=2000,
    show_default=True,
    help="Most nodes drawn in graph.html.",
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
    max_nodes: int,
    focus: str | None,
    hops: int,
) -> None:
    """Build the graph of INPUTS (files, folders, globs of .txt/.md/.html) into OUT.

    With no INPUTS, builds the bundled sample reports. Writes graph.ttl, graph.jsonld,
    graph.graphml, graph.html and report.html.

    \b
    Examples:
      fairgraph build
      fairgraph build reports/ -o out/
      fairgraph build 'news/**/*.html' --strict --aliases my-aliases.txt
    """
    from fairgraph.job import BuildOptions, build_outputs
    from fairgraph.resolve import AliasRules

    progress = _Progress()
    options = BuildOptions(
        strict=strict,
        backend=ner,
        aliases=AliasRules.load(aliases) if aliases else None,
        on_document=progress,
        max_nodes=max_nodes,
        focus=focus,
        hops=hops,
    )
    if store is not None:
        from fairgraph.store_build import build_into_store

        summary = build_into_store(list(inputs), store, out_dir, options)
    else:
        summary = build_outputs(list(inputs), out_dir, options)
    progress.close()
    for source, reason in summary.skipped:
        click.echo(f"skipped {source}: {reason}", err=True)
    click.echo(summary.format())


class _Progress:
    """A progress line on stderr once a run has more than a handful of documents."""

    def __init__(self, threshold: int = 20) -> None:
        self.count = 0
        self.threshold = threshold
        self.shown = False

    def __call__(self, source: str) -> None:
        self.count += 1
        if self.count >= self.threshold and (self.count % 10 == 0):
            click.echo(f"\rextracted {self.count} documents…", err=True, nl=False)
            self.shown = True

    def close(self) -> None:
        if self.shown:
            click.echo(f"\rextracted {self.count} documents.   ", err=True)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("--per-line", is_flag=True, help="Treat every line of INPUT as its own document.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True
)
@ner_option
@reported
def extract(input_path: Path, per_line: bool, fmt: str, ner: str) -> None:
    """Print the raw extraction of INPUT (entities with offsets, relations) as JSON.

    \b
    Examples:
      fairgraph extract report.txt
      fairgraph extract sentences.txt --per-line --ner crf > entities.jsonl
    """
    from fairgraph.extract_json import extract_records

    records = extract_records(input_path, per_line=per_line, backend=ner)
    if fmt == "json":
        click.echo(json.dumps(list(records), ensure_ascii=False, indent=1))
    else:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))


@main.command()
@graph_argument
@click.argument("query")
@result_format_option
@click.option(
    "--bind",
    "bindings",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query variable, e.g. --bind label=青海省人民政府.",
)
@reported
def query(graph: Path, query: str, fmt: str, bindings: tuple[str, ...]) -> None:
    """Run a SPARQL QUERY on GRAPH (a graph file or a --store folder).

    QUERY is SPARQL text, a .rq file, or a saved query name (see `fairgraph queries`).

    \b
    Examples:
      fairgraph query output/graph.ttl officials
      fairgraph query output/graph.ttl agreements --format csv
      fairgraph query output/graph.ttl entity --bind label=青洽会
      fairgraph query output/graph.ttl 'SELECT ?c WHERE { ?c a schema:Country }'
    """
    from fairgraph.querying import query_graph

    values = dict(_parse_binding(b) for b in bindings)
    text = query_graph(graph, query, fmt, values)
    click.echo(text, nl=not text.endswith("\n"))


def _parse_binding(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--bind")
    return name.strip(), value


@main.command()
def queries() -> None:
    """List the saved queries shipped with fairgraph.

    \b
    Example:
      fairgraph queries
    """
    from fairgraph.query import saved_query_info

    for q in saved_query_info():
        click.echo(f"{q.name:<12} {q.title}")


@main.command()
@graph_argument
@reported
def validate(graph: Path) -> None:
    """Check GRAPH against the SHACL shapes of the graph contract.

    Exit 0 when it conforms, 1 on violations, 2 when the graph cannot be loaded.

    \b
    Example:
      fairgraph validate output/graph.ttl
    """
    from fairgraph.graphio import load_graph
    from fairgraph.validate import format_report, validate_graph

    report = validate_graph(load_graph(graph))
    click.echo(format_report(report))
    if not report.conforms:
        sys.exit(1)


@main.command()
@graph_argument
@click.option(
    "-o",
    "--out",
    "out_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file; its extension picks the format (.ttl .nt .jsonld .trig .nq .graphml).",
)
@reported
def convert(graph: Path, out_file: Path) -> None:
    """Convert GRAPH to another format, chosen by the extension of --out.

    \b
    Examples:
      fairgraph convert output/graph.ttl -o graph.nt
      fairgraph convert output/graph.jsonld -o graph.graphml
    """
    from fairgraph.convert import convert_graph

    convert_graph(graph, out_file)
    click.echo(f"wrote {out_file}")


@main.command()
@click.argument("label")
@click.option(
    "-g",
    "--graph",
    "graph",
    type=click.Path(path_type=Path),
    default=Path("output/graph.ttl"),
    show_default=True,
)
@reported
def explain(label: str, graph: Path) -> None:
    """Show everything known about the entity called LABEL, and why its names were merged.

    \b
    Example:
      fairgraph explain 青洽会 -g output/graph.ttl
    """
    from fairgraph.explain import explain_label
    from fairgraph.graphio import load_graph, union_graph

    click.echo(explain_label(union_graph(load_graph(graph)), label))


@main.group()
def evaluate() -> None:
    """Measure extraction quality against gold data.

    \b
    Examples:
      fairgraph evaluate ner data.bio --format bio --ner rules
      fairgraph evaluate graph out/graph.ttl --gold gold/zh
    """


@evaluate.command("ner")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["cluener", "bio"]), required=True)
@ner_option
@click.option("--limit", type=click.IntRange(1), help="Score only the first N sentences.")
@click.option(
    "--split",
    type=click.Choice(["validation"]),
    help="Score only our validation split of CLUENER train.json (never trained on).",
)
@reported
def evaluate_ner_command(
    path: Path, fmt: str, ner: str, limit: int | None, split: str | None
) -> None:
    """Strict span precision, recall and F1 of the recogniser on a labelled file.

    \b
    Examples:
      fairgraph evaluate ner ../shared/datasets/msra_ner/test_official_sighan2006.bio --format bio
      fairgraph evaluate ner ../shared/datasets/cluener2020/train.json --format cluener \\
          --split validation
    """
    from fairgraph.ner.evaluate import evaluate_ner

    scores = evaluate_ner(path, fmt, backend=ner, limit=limit, split=split)
    click.echo(scores.format_table())


@evaluate.command("graph")
@graph_argument
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A gold JSON file or a folder of them.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@reported
def evaluate_graph_command(graph: Path, gold: Path, fmt: str) -> None:
    """Score a built graph against gold annotations (entities, posts, agreements, fairs, amounts).

    \b
    Example:
      fairgraph build ../shared/corpus/zh -o out
      fairgraph evaluate graph out/graph.ttl --gold gold/zh
    """
    from fairgraph.evaluate_graph import evaluate_graph
    from fairgraph.graphio import load_graph, union_graph

    scores = evaluate_graph(union_graph(load_graph(graph)), gold)
    if fmt == "json":
        click.echo(json.dumps(scores.to_json(), ensure_ascii=False, indent=1))
    else:
        click.echo(scores.format_table())


@main.group()
def train() -> None:
    """Train the shipped models from public datasets.

    \b
    Example:
      fairgraph train ner --datasets ../shared/datasets -o /tmp/crf.model
    """


@train.command("ner")
@click.option(
    "--datasets",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/datasets"),
    show_default=True,
)
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path),
    required=True,
    help="Where to write the model (e.g. src/fairgraph/ner/models/crf.model).",
)
@click.option("--max-iterations", type=click.IntRange(1), default=None)
@reported
def train_ner_command(datasets: Path, out: Path, max_iterations: int | None) -> None:
    """Train the CRF entity recogniser on CLUENER2020 and MSRA.

    \b
    Example:
      fairgraph train ner --datasets ../shared/datasets -o /tmp/crf.model
    """
    from fairgraph.ner.training import train_ner

    if max_iterations:
        meta = train_ner(datasets, out, max_iterations=max_iterations)
    else:
        meta = train_ner(datasets, out)
    click.echo(json.dumps(meta, ensure_ascii=False, indent=1))


@main.command()
@graph_source_options
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind (loopback by default).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update requests.")
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=30.0,
    show_default=True,
    help="Seconds before a query is stopped with an error.",
)
@reported
def serve(
    source: Path | None,
    store_dir: Path | None,
    host: str,
    port: int,
    allow_update: bool,
    timeout: float,
) -> None:
    """Serve a graph file or store over the SPARQL 1.1 Protocol at /sparql, with a query page at /.

    \b
    Examples:
      fairgraph serve output/graph.ttl
      fairgraph serve --store graphstore --port 8080
      curl 'http://127.0.0.1:7878/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from fairgraph.serve import serve as run_server

    target = store_dir or source or Path("output/graph.ttl")
    click.echo(
        f"serving {target} at http://{host}:{port}/ (SPARQL at /sparql); Ctrl-C stops", err=True
    )
    run_server(target, host=host, port=port, allow_update=allow_update, timeout=timeout)


@main.command()
@graph_source_options
@click.option(
    "--endpoint",
    required=True,
    help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph).",
)
@click.option("--graph", "graph_iri", help="Named graph to replace (default: the default graph).")
@click.option("--update-endpoint", help="SPARQL Update endpoint for the fallback.")
@click.option("--user", help="User for HTTP basic authentication.")
@click.option("--password", envvar="FAIRGRAPH_PASSWORD", help="Password (or FAIRGRAPH_PASSWORD).")
@click.option("--token", envvar="FAIRGRAPH_TOKEN", help="Bearer token (or FAIRGRAPH_TOKEN).")
@click.option("--batch-size", type=click.IntRange(1), default=50_000, show_default=True)
@reported
def push(
    source: Path | None,
    store_dir: Path | None,
    endpoint: str,
    graph_iri: str | None,
    update_endpoint: str | None,
    user: str | None,
    password: str | None,
    token: str | None,
    batch_size: int,
) -> None:
    """Upload a graph file or store to a SPARQL 1.1 store (Graph Store Protocol, Update fallback).

    Pushing a document again replaces its named graph.

    \b
    Examples:
      fairgraph push output/graph.ttl --endpoint http://localhost:7878/store
      fairgraph push --store graphstore --endpoint http://localhost:3030/ds/data --user admin
    """
    from fairgraph.push import push as run_push

    target = store_dir or source
    if target is None:
        raise click.UsageError("give a graph file or --store DIR")
    auth = (user, password or "") if user else None
    with click.progressbar(length=1, label="pushing", file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        report = run_push(
            target,
            endpoint,
            graph=graph_iri,
            update_endpoint=update_endpoint,
            auth=auth,
            token=token,
            batch_size=batch_size,
            progress=progress,
        )
    click.echo(
        f"pushed {report.triples} triples in {report.graphs} graphs "
        f"({report.requests} requests, {report.protocol})"
    )
