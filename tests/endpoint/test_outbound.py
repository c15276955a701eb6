"""No request leaves the host: SERVICE (however it is spelt) and crafted --bind names are
refused by the endpoint and by `fairgraph query`, and a loopback listener records nothing."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from endpoint_helpers import Listener, Running, graph_file, listening, served

from conftest import assert_one_line_error, run_cli


@pytest.fixture()
def running(tmp_path: Path) -> Iterator[Running]:
    with served(tmp_path) as run:
        yield run


@pytest.fixture()
def listener() -> Iterator[Listener]:
    yield from listening()


def spellings(url: str) -> list[str]:
    host = url.rsplit("/", 1)[0] + "/"
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ sErViCe SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ # a comment\n SERVICE\n# another\n<{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <{host}> SELECT * WHERE {{ SERVICE ex:sparql {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <{host}> SELECT * WHERE {{ SERVICEex:sparql {{ ?s ?p ?o }} }}",
        f"PREFIX : <{host}> SELECT * WHERE {{ SERVICE:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a<2).SERVICE<{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX : <{host}> SELECT * {{ BIND(1 AS ?a) FILTER(?a<2).SERVICE:sparql#>\n"
        "{ ?s ?p ?o } }",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"ASK {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    ]


def get(base: str, query: str) -> tuple[int, str]:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"
    try:
        with urllib.request.urlopen(url, timeout=20) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def post(base: str, query: str) -> tuple[int, str]:
    request = urllib.request.Request(
        f"{base}/sparql", query.encode(), {"Content-Type": "application/sparql-query"}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_the_endpoint_refuses_service_in_every_spelling(
    running: Running, listener: Listener
) -> None:
    for query in spellings(listener.url):
        for send in (get, post):
            status, body = send(running.base, query)
            assert status == 400, (query, status, body)
            assert "SERVICE" in body and "\n" not in body.strip()
    time.sleep(0.3)
    assert listener.hits == []


def test_ordinary_queries_with_service_like_names_still_run(running: Running) -> None:
    query = (
        "PREFIX svc: <https://example.org/service/> "
        "SELECT ?service WHERE { ?service rdfs:label ?l "
        "FILTER(?service != <https://schema.org/Service> && ?l != 'SERVICE <http://x/>') } "
        "# SERVICE <http://x/>"
    )
    status, body = get(running.base, query)
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 20


def test_updates_cannot_load_from_other_hosts(tmp_path: Path, listener: Listener) -> None:
    from endpoint_helpers import start

    from fairgraph.endpoint.server import make_server

    server = make_server(graph_file(tmp_path), port=0, allow_update=True)
    run = start(server)
    try:
        for update in (f"LOAD <{listener.url}>", f"load silent <{listener.url}> INTO GRAPH <x:g>"):
            request = urllib.request.Request(
                f"{run.base}/sparql", update.encode(), {"Content-Type": "application/sparql-update"}
            )
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(request, timeout=20)
            assert err.value.code == 400 and b"LOAD" in err.value.read()
    finally:
        server.shutdown()
        server.server_close()
    time.sleep(0.3)
    assert listener.hits == []


@pytest.mark.parametrize("where", ["file", "store"])
def test_query_command_refuses_service(tmp_path: Path, listener: Listener, where: str) -> None:
    graph = graph_file(tmp_path)
    if where == "store":
        from fairgraph.store import GraphStore, document_graph_iri

        with GraphStore.open(tmp_path / "st") as store:
            store.replace_document("a.txt", "h", document_graph_iri("a.txt"), [])
        graph = tmp_path / "st"
    for query in spellings(listener.url)[::3]:
        result = run_cli("query", graph, query)
        message = assert_one_line_error(result)
        assert "SERVICE" in message
    time.sleep(0.3)
    assert listener.hits == []


def test_bind_names_must_be_variable_names(tmp_path: Path, listener: Listener) -> None:
    graph = graph_file(tmp_path)
    crafted = f"x) {{ ('1') }} SERVICE <{listener.url}> {{ ?s ?p ?o }} VALUES (?y"
    result = run_cli("query", graph, "entity", "--bind", f"{crafted}=1")
    message = assert_one_line_error(result)
    assert "not a SPARQL variable name" in message
    time.sleep(0.3)
    assert listener.hits == []
    query = "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(str(?l) = ?名称) }"
    ok = run_cli("query", graph, query, "--bind", "名称=实体1")
    assert ok.exit_code == 0 and "e1" in ok.output
