"""``fairgraph serve`` and ``fairgraph push``: a graph over HTTP, and into another store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from fairgraph.cli.options import graph_source_options, reported


@click.command()
@graph_source_options
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind (loopback by default).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8377,
    show_default=True,
    help="Port (Oxigraph's 7878 stays free for `fairgraph push`).",
)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update requests.")
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=30.0,
    show_default=True,
    help="Seconds before a query is stopped (its worker process killed) with an error.",
)
@click.option(
    "--memory-limit",
    "memory_mb",
    type=click.IntRange(16),
    default=1024,
    show_default=True,
    help="MB of memory one query may use before it is stopped.",
)
@click.option(
    "--cors",
    metavar="ORIGIN",
    help="Let browser pages from ORIGIN (or * for any) query the endpoint.",
)
@click.option("--open", "open_page", is_flag=True, help="Open the query page in a web browser.")
@reported
def serve(
    source: Path | None,
    store_dir: Path | None,
    host: str,
    port: int,
    allow_update: bool,
    timeout: float,
    memory_mb: int,
    cors: str | None,
    open_page: bool,
) -> None:
    """Serve a graph file or store over the SPARQL 1.1 Protocol at /sparql, with a query page at /.

    Federated queries (SERVICE) are refused: the endpoint never sends requests to other hosts.

    \b
    Examples:
      fairgraph serve output/graph.ttl --open
      fairgraph serve --store graphstore --port 8080 --cors '*'
      curl 'http://127.0.0.1:8377/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from fairgraph.endpoint.server import make_server, run_server
    from fairgraph.errors import GraphLoadError

    target = store_dir or source or Path("output/graph.ttl")
    if not target.exists():
        raise GraphLoadError("no such graph file or store folder", source=str(target))
    server = make_server(
        target,
        host=host,
        port=port,
        allow_update=allow_update,
        timeout=timeout,
        memory_mb=memory_mb,
        cors=cors,
    )
    url = f"http://{host}:{server.server_port}/"
    click.echo(f"serving {target} at {url} (SPARQL at /sparql); Ctrl-C stops", err=True)
    if open_page:
        import threading
        import webbrowser

        def launch() -> None:  # beside the server: some browser commands wait for their page
            if not webbrowser.open(url):
                click.echo(f"no web browser found; open {url} yourself", err=True)

        threading.Thread(target=launch, daemon=True).start()
    run_server(server)


@click.command()
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
    from fairgraph.endpoint.push import push as run_push

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
