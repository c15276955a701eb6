"""Commands on a built graph: ``query``, ``queries``, ``validate``, ``convert``, ``explain``,
``timeline``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from fairgraph.cli.options import graph_argument, reported, result_format_option

#: ``-g/--graph``: the built graph a command reads (explain, timeline)
GRAPH_FILE = click.option(
    "-g",
    "--graph",
    "graph",
    type=click.Path(path_type=Path),
    default=Path("output/graph.ttl"),
    show_default=True,
)


@click.command()
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
    from fairgraph.query.files import query_graph

    values = dict(_parse_binding(b) for b in bindings)
    text = query_graph(graph, query, fmt, values)
    click.echo(text, nl=not text.endswith("\n"))


def _parse_binding(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--bind")
    return name.strip(), value


@click.command()
def queries() -> None:
    """List the saved queries shipped with fairgraph.

    \b
    Example:
      fairgraph queries
    """
    from fairgraph.query.sparql import saved_query_info

    for q in saved_query_info():
        click.echo(f"{q.name:<12} {q.title}")


@click.command()
@graph_argument
@reported
def validate(graph: Path) -> None:
    """Check GRAPH against the SHACL shapes of the graph contract.

    Exit 0 when it conforms, 1 on violations, 2 when the graph cannot be loaded.

    \b
    Example:
      fairgraph validate output/graph.ttl
    """
    from fairgraph.graph.io import load_graph
    from fairgraph.graph.validate import format_report, validate_graph

    report = validate_graph(load_graph(graph))
    click.echo(format_report(report))
    if not report.conforms:
        sys.exit(1)


@click.command()
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
    from fairgraph.graph.convert import convert_graph

    convert_graph(graph, out_file)
    click.echo(f"wrote {out_file}")


@click.command()
@click.argument("label")
@GRAPH_FILE
@reported
def explain(label: str, graph: Path) -> None:
    """Show everything known about the entity called LABEL, and why its names were merged.

    \b
    Example:
      fairgraph explain 青洽会 -g output/graph.ttl
    """
    from fairgraph.graph.io import load_graph, union_graph
    from fairgraph.query.explain import explain_label

    click.echo(explain_label(union_graph(load_graph(graph)), label))


@click.command()
@click.argument("label")
@GRAPH_FILE
@reported
def timeline(label: str, graph: Path) -> None:
    """The posts of the person or body called LABEL, or the editions of the fair series (or of
    the fair's series) called LABEL, in date order with the reports that state them.

    \b
    Examples:
      fairgraph timeline 青海省人民政府 -g output/graph.ttl
      fairgraph timeline 青洽会 -g output/graph.ttl
    """
    from fairgraph.graph.io import load_graph, union_graph
    from fairgraph.query.timeline import format_timeline
    from fairgraph.query.timeline import timeline as timeline_of

    click.echo(format_timeline(timeline_of(union_graph(load_graph(graph)), label), label))
