"""The ``fairgraph`` command line: each command parses options and calls one plain function.

The group is here; the commands live in :mod:`~fairgraph.cli.building` (build, export, extract),
:mod:`~fairgraph.cli.graphs` (query, queries, validate, convert, explain, timeline),
:mod:`~fairgraph.cli.quality` (evaluate, train) and :mod:`~fairgraph.cli.endpoints`
(serve, push); :mod:`~fairgraph.cli.options` holds the shared options and error reporting.
"""

from __future__ import annotations

import click

from fairgraph import __version__
from fairgraph.cli.building import build, export, extract
from fairgraph.cli.endpoints import push, serve
from fairgraph.cli.graphs import convert, explain, queries, query, timeline, validate
from fairgraph.cli.progress import NORMAL, QUIET, VERBOSE, set_verbosity
from fairgraph.cli.quality import evaluate, train


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="fairgraph")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr (errors only).")
@click.option("-v", "--verbose", is_flag=True, help="A line for every phase of long commands.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Knowledge graphs of organisations, officials, agreements and fairs from Chinese fair reports.

    Long commands (build) show each phase with its total and time left on stderr: a live
    display on a terminal, plain lines in a log.

    \b
    Start with:
      fairgraph build                      # the bundled sample → output/
      fairgraph query output/graph.ttl officials
      fairgraph -q build reports/ -o out/  # no progress
    """
    if quiet and verbose:
        raise click.UsageError("use -q or -v, not both")
    set_verbosity(ctx, QUIET if quiet else VERBOSE if verbose else NORMAL)


COMMANDS = (
    build,
    export,
    extract,
    query,
    queries,
    validate,
    convert,
    explain,
    timeline,
    evaluate,
    train,
    serve,
    push,
)
for _command in COMMANDS:
    main.add_command(_command)

__all__ = ["COMMANDS", "main"]
