"""The SPARQL endpoint over real HTTP on loopback (ephemeral ports)."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from endpoint_helpers import EX, graph_file
from endpoint_helpers import start as started
from rdflib import RDFS, Graph, Literal

from fairgraph.endpoint.server import SparqlServer, make_server
from fairgraph.store import GraphStore, document_graph_iri

SELECT = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s"


def start(server: SparqlServer) -> str:
    return started(server).base


@pytest.fixture()
def endpoint(tmp_path: Path) -> Iterator[str]:
    server = make_server(graph_file(tmp_path), port=0)
    yield start(server)
    server.shutdown()
    server.server_close()


def call(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def get(base: str, query: str, accept: str = "") -> tuple[int, str, bytes]:
    headers = {"Accept": accept} if accept else {}
    return call(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}", None, headers)


def test_get_select_json(endpoint: str) -> None:
    status, media, body = get(endpoint, SELECT, "application/sparql-results+json")
    assert status == 200 and media.startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["s", "l"]
    labels = [b["l"]["value"] for b in data["results"]["bindings"]]
    assert labels == ["实体0", "实体1", "实体2"]
    assert data["results"]["bindings"][0]["l"]["xml:lang"] == "zh"


def test_post_query_body_csv(endpoint: str) -> None:
    status, media, body = call(
        f"{endpoint}/sparql",
        SELECT.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and media.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["s", "l"] and len(rows) == 4 and rows[1][1] == "实体0"


def test_post_form_xml_and_tsv(endpoint: str) -> None:
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    kind = "application/x-www-form-urlencoded"
    status, _, body = call(
        f"{endpoint}/sparql", form, {"Content-Type": kind, "Accept": "application/xml"}
    )
    assert status == 200
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(ET.fromstring(body).findall(f"{ns}results/{ns}result")) == 3
    status, media, body = call(
        f"{endpoint}/sparql", form, {"Content-Type": kind, "Accept": "text/tab-separated-values"}
    )
    assert status == 200 and body.decode().splitlines()[0] == "?s\t?l"


def test_ask_and_construct_turtle(endpoint: str) -> None:
    status, _, body = get(endpoint, "ASK { ?s rdfs:label '实体1'@zh }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(endpoint, "ASK { ?s rdfs:label 'nothing' }")
    assert json.loads(body)["boolean"] is False
    status, media, body = get(endpoint, "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }")
    assert status == 200 and media.startswith("text/turtle")
    assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) == 3


def test_unacceptable_accept_is_406(endpoint: str) -> None:
    status, _, _ = get(endpoint, SELECT, "image/png")
    assert status == 406


def test_malformed_query_is_400(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT WHERE {{")
    assert status == 400 and b"malformed" in body
    assert call(f"{endpoint}/sparql")[0] == 400


def test_update_refused_when_read_only(endpoint: str) -> None:
    update = "INSERT DATA { <https://example.org/x> <https://example.org/p> 1 }"
    status, _, body = call(
        f"{endpoint}/sparql", update.encode(), {"Content-Type": "application/sparql-update"}
    )
    assert status == 403 and b"not allowed" in body
    form = urllib.parse.urlencode({"update": update}).encode()
    status, _, _ = call(
        f"{endpoint}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 403
    assert json.loads(get(endpoint, "ASK { <https://example.org/x> ?p ?o }")[2])["boolean"] is False


def test_update_allowed_on_a_store(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "st") as store:
        triple = (EX.a, RDFS.label, Literal("甲"))
        store.replace_document("a.txt", "h", document_graph_iri("a.txt"), [triple])
        server = make_server(store, port=0, allow_update=True)
        base = start(server)
        try:
            update = "INSERT DATA { <https://example.org/b> rdfs:label '乙' }"
            status, _, _ = call(
                f"{base}/sparql", update.encode(), {"Content-Type": "application/sparql-update"}
            )
            assert status == 204
            body = get(base, "SELECT (COUNT(*) AS ?n) { ?s rdfs:label ?l }")[2]
            assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        finally:
            server.shutdown()
            server.server_close()


@pytest.mark.parametrize("preload", [True, False])
def test_store_folder_is_served_read_only(tmp_path: Path, preload: bool) -> None:
    with GraphStore.open(tmp_path / "st") as store:
        store.replace_document("a.txt", "h", document_graph_iri("a.txt"), [(EX.a, EX.p, EX.b)])
    server = make_server(tmp_path / "st", port=0, preload=preload)
    base = start(server)
    try:
        assert json.loads(get(base, "ASK { ?s ?p ?o }")[2])["boolean"] is True
        update = "INSERT DATA { <https://example.org/x> <https://example.org/p> 1 }"
        status, _, _ = call(
            f"{base}/sparql", update.encode(), {"Content-Type": "application/sparql-update"}
        )
        assert status == 403
    finally:
        server.shutdown()
        server.server_close()
    with GraphStore.open(tmp_path / "st") as store:  # the folder is not held open any more
        assert len(store) == 1


def test_slow_query_times_out_with_503_and_others_still_answer(tmp_path: Path) -> None:
    server = make_server(graph_file(tmp_path, n=1000), port=0, timeout=0.2)
    base = start(server)
    try:
        slow = "SELECT (COUNT(*) AS ?c) WHERE { ?a ?p ?x . ?b ?p ?y FILTER(?x + ?y > 0) }"
        status, _, body = get(base, slow)
        assert status == 503 and b"time limit" in body
        status, _, body = get(base, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        server.shutdown()
        server.server_close()


def test_page_lists_saved_queries_and_needs_no_network(endpoint: str) -> None:
    status, media, body = call(f"{endpoint}/")
    page = body.decode("utf-8")
    assert status == 200 and media.startswith("text/html")
    assert "<textarea" in page and 'id="saved"' in page
    assert "src=" not in page and "<link" not in page and "@import" not in page
    from fairgraph.graph.resources import saved_queries

    for name in saved_queries():
        assert json.dumps(name) in page
    assert call(f"{endpoint}/nothing")[0] == 404


def test_graph_view_served_when_the_build_wrote_one(tmp_path: Path) -> None:
    path = graph_file(tmp_path)
    (tmp_path / "graph.html").write_text("<html><body>view</body></html>", encoding="utf-8")
    server = make_server(path, port=0)
    base = start(server)
    try:
        assert 'href="graph"' in call(f"{base}/")[2].decode("utf-8")
        status, media, body = call(f"{base}/graph")
        assert status == 200 and body == b"<html><body>view</body></html>"
    finally:
        server.shutdown()
        server.server_close()
