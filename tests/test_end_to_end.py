"""End to end: encodings, HTML pages, determinism, the default recogniser and the real corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDFS, XSD, Graph, Literal

from conftest import OUTPUTS, SEED_NAME, Build, run_cli, run_subprocess
from fairgraph.graph.io import union_graph
from fairgraph.namespaces import SKOS
from fairgraph.query.sparql import run_query

REPO = Path(__file__).resolve().parents[1]
GOLD_SEED = REPO / "gold" / "zh" / SEED_NAME.replace(".txt", ".json")

ENTITY_ROWS = """
SELECT DISTINCT ?type ?label WHERE {
  ?e a ?type ; rdfs:label ?label .
  VALUES ?type { schema:Person org:Organization schema:Country schema:Place
                 schema:ExhibitionEvent fg:Agreement }
}"""
POST_ROWS = """
SELECT DISTINCT ?person ?role ?where WHERE {
  ?m a org:Membership ; org:member/rdfs:label ?person ; org:role/rdfs:label ?role .
  OPTIONAL { ?m org:organization|fg:represents ?w . ?w rdfs:label ?where }
}"""
AGREEMENT_ROWS = """
SELECT ?a ?type ?party WHERE { ?a a fg:Agreement ; fg:agreementType ?type ;
                                  fg:party/rdfs:label ?party . }"""


def _rows(graph: Graph, sparql: str) -> set[tuple[str, ...]]:
    return {
        tuple(str(v) if v is not None else "" for v in row) for row in run_query(graph, sparql).rows
    }


def facts(graph: Graph) -> dict[str, object]:
    """What a graph says, without IRIs or document metadata: comparable across builds."""
    agreements: dict[str, set[str]] = {}
    types: dict[str, str] = {}
    for a, kind, party in _rows(graph, AGREEMENT_ROWS):
        agreements.setdefault(a, set()).add(party)
        types[a] = kind
    return {
        "entities": _rows(graph, ENTITY_ROWS),
        "posts": _rows(graph, POST_ROWS),
        "agreements": sorted((types[a], sorted(p)) for a, p in agreements.items()),
    }


# ---- encodings -------------------------------------------------------------------------------

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be")


@pytest.fixture(scope="module")
def reference_facts(
    tiny_corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    out = tmp_path_factory.mktemp("ref") / "out"
    result = run_cli("build", tiny_corpus / "02-lanzhou-signing.txt", "-o", out, "--ner", "rules")
    assert result.exit_code == 0, result.output
    found = facts(Graph().parse(out / "graph.ttl"))
    assert found["entities"] and found["posts"] and found["agreements"]
    return found


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_builds_the_same_entities(
    encoding: str, tiny_corpus: Path, tmp_path: Path, reference_facts: dict[str, object]
) -> None:
    text = (tiny_corpus / "02-lanzhou-signing.txt").read_text(encoding="utf-8")
    source = tmp_path / "in" / "02-lanzhou-signing.txt"
    source.parent.mkdir()
    data = text.encode(encoding)
    assert data != text.encode("utf-8") or encoding == "utf-8"
    source.write_bytes(data)
    result = run_cli("build", source, "-o", tmp_path / "out", "--ner", "rules", "--strict")
    assert result.exit_code == 0, result.output
    assert facts(Graph().parse(tmp_path / "out" / "graph.ttl")) == reference_facts


# ---- HTML ------------------------------------------------------------------------------------

SCRIPT_TEXT = "星河光年科技有限公司诚邀合作伙伴"
NAV_TEXT = "北辰远景集团有限公司专题报道"
FOOTER_TEXT = "版权所有：远山晨报社"


def _html_page(body: str) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body.split("\n") if line.strip())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>兰洽会签约项目 - 新闻频道</title>
<script>var promo = "{SCRIPT_TEXT}"; window.track && track(promo);</script>
<style>.nav {{ color: red }}</style></head>
<body>
<nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/t">{NAV_TEXT}</a></li>
<li><a href="/i">国际</a></li><li><a href="/e">财经</a></li></ul></nav>
<div class="main"><article><h1>兰洽会签约项目总投资超过800亿元</h1>
{paragraphs}
</article></div>
<script type="text/javascript">document.write("{SCRIPT_TEXT}");</script>
<footer><p>{FOOTER_TEXT}</p><a href="/about">关于我们</a></footer>
</body></html>
"""


def test_html_page_is_reduced_to_the_article(
    tiny_corpus: Path, tmp_path: Path, reference_facts: dict[str, object]
) -> None:
    text = (tiny_corpus / "02-lanzhou-signing.txt").read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]  # the headline becomes the page's <h1>
    page = tmp_path / "in" / "lanzhou.html"
    page.parent.mkdir()
    page.write_text(_html_page(body), encoding="utf-8")
    result = run_cli("build", page, "-o", tmp_path / "out", "--ner", "rules", "--strict")
    assert result.exit_code == 0, result.output
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    for junk in (
        SCRIPT_TEXT,
        "星河光年",
        "promo",
        "document.write",
        NAV_TEXT,
        "北辰远景",
        "color: red",
    ):
        assert junk not in ttl, junk
    found = facts(Graph().parse(tmp_path / "out" / "graph.ttl"))
    expected = reference_facts
    people = {row for row in expected["entities"] if row[0].endswith("Person")}  # type: ignore[union-attr]
    orgs = {row for row in expected["entities"] if row[0].endswith("#Organization")}  # type: ignore[union-attr]
    assert people and people <= found["entities"]  # type: ignore[operator]
    assert orgs <= found["entities"]  # type: ignore[operator]
    assert found["posts"] == expected["posts"]
    assert found["agreements"] == expected["agreements"]
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    titles = _rows(graph, "SELECT ?t WHERE { ?d a fg:Document ; dcterms:title ?t }")
    assert titles and all("兰洽会" in t for (t,) in titles)


# ---- determinism -----------------------------------------------------------------------------


def test_two_builds_are_byte_identical(
    tiny_build: Build, tiny_corpus: Path, tmp_path: Path
) -> None:
    again = run_cli("build", tiny_corpus, "-o", tmp_path / "again", "--ner", "rules")
    assert again.exit_code == 0, again.output
    for name in ("graph.ttl", "graph.jsonld", "graph.graphml"):
        assert (tmp_path / "again" / name).read_bytes() == (tiny_build.out / name).read_bytes(), (
            name
        )


def _tiny_files(tiny_corpus: Path) -> list[Path]:
    return sorted(p for p in tiny_corpus.rglob("*") if p.suffix in (".txt", ".md"))


def test_input_order_does_not_matter(tiny_build: Build, tiny_corpus: Path, tmp_path: Path) -> None:
    files = _tiny_files(tiny_corpus)[::-1]
    result = run_cli("build", *files, "-o", tmp_path / "rev", "--ner", "rules")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "rev" / "graph.ttl").read_bytes() == tiny_build.ttl.read_bytes()


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_hash_seed_and_order_do_not_matter(
    hashseed: str, tiny_build: Build, tiny_corpus: Path, tmp_path: Path
) -> None:
    files = _tiny_files(tiny_corpus)
    files = files[1:] + files[:1] if hashseed == "0" else files[::-1]
    proc = run_subprocess(
        ["build", *files, "-o", tmp_path / "out", "--ner", "rules"], hashseed=hashseed
    )
    assert proc.returncode == 0, proc.stderr
    for name in OUTPUTS:  # Turtle and JSON-LD by contract, the views as well
        assert (tmp_path / "out" / name).read_bytes() == (tiny_build.out / name).read_bytes(), name


# ---- the default recogniser ------------------------------------------------------------------


def test_default_recogniser_builds_a_conforming_graph(tiny_corpus: Path, tmp_path: Path) -> None:
    result = run_cli("build", tiny_corpus, "-o", tmp_path / "out", "--ner", "default")
    assert result.exit_code == 0, result.output
    assert run_cli("validate", tmp_path / "out" / "graph.ttl").exit_code == 0
    found = facts(Graph().parse(tmp_path / "out" / "graph.ttl"))
    assert found["posts"] and found["agreements"]
    kinds = {t.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for t, _ in found["entities"]}  # type: ignore[union-attr]
    assert {"Person", "Organization", "Country", "Place", "ExhibitionEvent"} <= kinds


# ---- the shared real corpus ------------------------------------------------------------------


def test_real_corpus_builds_every_article_and_conforms(zh_build: Build) -> None:
    from conftest import SHARED_ZH

    articles = sorted(SHARED_ZH.glob("*.txt"))
    assert f"documents: {len(articles)} built, 0 skipped" in zh_build.result.stdout
    result = run_cli("validate", zh_build.ttl)
    assert result.exit_code == 0, result.output


SEED_FILTER = f'FILTER (STRENDS(STR(?src), "/{SEED_NAME}"))'
FROM_SEED = "prov:wasDerivedFrom/fg:document/dcterms:source ?src . " + SEED_FILTER


@pytest.fixture(scope="module")
def zh_graph(zh_build: Build) -> Graph:
    return union_graph(zh_build.graph())


@pytest.fixture(scope="module")
def gold() -> dict[str, object]:
    if not GOLD_SEED.exists():
        pytest.skip("no gold annotation of the seed article")
    return json.loads(GOLD_SEED.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _gold_names(gold: dict[str, object], name: str) -> set[str]:
    """``name`` with every alias the gold file lists for it."""
    aliases: dict[str, list[str]] = gold["aliases"]  # type: ignore[assignment]
    names = {name}
    for canonical, others in aliases.items():
        if name == canonical or name in others:
            names |= {canonical, *others}
    return names


def _names(graph: Graph, node: object) -> set[str]:
    """The label and every alternative label of ``node``."""
    return {str(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)}  # type: ignore[arg-type]


def test_seed_officials_have_posts(zh_graph: Graph, gold: dict[str, object]) -> None:
    rows = run_query(
        zh_graph,
        f"""
        SELECT DISTINCT ?m ?person ?role ?where WHERE {{
          ?m a org:Membership ; org:member ?person ; org:role/rdfs:label ?role ; {FROM_SEED}
          ?person a schema:Person .
          OPTIONAL {{ ?m org:organization|fg:represents ?where }}
        }}""",
    ).rows
    assert rows, "no posts from the seed article"
    found = {}
    for _, person, role, where in rows:
        for name in _names(zh_graph, person):
            found.setdefault((name, str(role)), []).append(where)
    posts: list[dict[str, str | None]] = gold["posts"]  # type: ignore[assignment]
    hits = 0
    for post in posts:
        key = (str(post["person"]), str(post["role"]))
        if key not in found:
            continue
        hits += 1
        target = post.get("organization") or post.get("represents")
        if target:  # the post points at the right organisation or country
            wanted = _gold_names(gold, str(target))
            assert any(w is not None and _names(zh_graph, w) & wanted for w in found[key]), key
    assert hits >= 2 * len(posts) / 3, f"only {hits} of {len(posts)} gold posts found"


def test_seed_countries(zh_graph: Graph, gold: dict[str, object]) -> None:
    rows = run_query(
        zh_graph,
        f"""
        SELECT DISTINCT ?c ?iso WHERE {{ ?c a schema:Country ; fg:isoCode ?iso ; {FROM_SEED} }}
        """,
    ).rows
    names = set()
    for country, iso in rows:
        assert len(str(iso)) == 2 and str(iso).isupper()
        names |= _names(zh_graph, country)
    wanted: list[str] = gold["entities"]["Country"]  # type: ignore[index]
    missing = [c for c in wanted if not _gold_names(gold, c) & names]
    assert not missing, missing


def test_seed_fair_with_dates(zh_graph: Graph, gold: dict[str, object]) -> None:
    (fair,) = gold["fairs"]  # type: ignore[misc]
    rows = run_query(
        zh_graph,
        f"""
        SELECT DISTINCT ?f ?edition ?start ?end WHERE {{
          ?f a schema:ExhibitionEvent ; schema:startDate ?start ; schema:endDate ?end ; {FROM_SEED}
          OPTIONAL {{ ?f fg:edition ?edition }}
        }}""",
    ).rows
    matching = [r for r in rows if _names(zh_graph, r[0]) & _gold_names(gold, fair["name"])]
    assert matching, f"the fair has no node with dates: {rows}"
    _, edition, start, end = matching[0]
    assert int(edition) == fair["edition"]
    for value, expected in ((start, fair["start"]), (end, fair["end"])):
        assert isinstance(value, Literal) and value.datatype in (XSD.date, XSD.gMonthDay)
        assert str(value) in (expected, "--" + expected[5:]), (value, expected)


def test_seed_agreements(zh_graph: Graph, gold: dict[str, object]) -> None:
    rows = run_query(
        zh_graph,
        f"""
        SELECT ?a ?party WHERE {{ ?a a fg:Agreement ; fg:party ?party ; {FROM_SEED} }}
        """,
    ).rows
    parties: dict[object, list[set[str]]] = {}
    for agreement, party in rows:
        parties.setdefault(agreement, []).append(_names(zh_graph, party))
    assert parties and all(len(p) >= 2 for p in parties.values())
    expected: list[dict[str, object]] = gold["agreements"]  # type: ignore[assignment]
    missing = []
    for agreement in expected:
        wanted = [_gold_names(gold, str(p)) for p in agreement["parties"]]  # type: ignore[attr-defined]
        if not any(all(any(w & n for n in names) for w in wanted) for names in parties.values()):
            missing.append(agreement["parties"])
    assert not missing, missing


def test_seed_agreements_are_not_repeated(zh_graph: Graph) -> None:
    """One node per signed agreement: no two with the same type and the same parties."""
    rows = run_query(
        zh_graph,
        f"""
        SELECT ?a ?type ?party WHERE {{
          ?a a fg:Agreement ; fg:agreementType ?type ; fg:party ?party ; {FROM_SEED} }}""",
    ).rows
    seen: dict[object, tuple[str, set[object]]] = {}
    for agreement, kind, party in rows:
        seen.setdefault(agreement, (str(kind), set()))[1].add(party)
    keys = [(kind, frozenset(p)) for kind, p in seen.values()]
    repeated = {k for k in keys if keys.count(k) > 1}
    assert not repeated, sorted(
        (k, sorted(str(zh_graph.value(x, RDFS.label)) for x in p)) for k, p in repeated
    )


# ---- document metadata -----------------------------------------------------------------------


def test_documents_record_source_title_date_and_hash(tiny_build: Build, tiny_corpus: Path) -> None:
    import hashlib
    import re

    from fairgraph.ingest import read_document

    rows = _rows(
        tiny_build.graph(),
        """
        SELECT ?source ?title ?date ?sha WHERE { ?d a fg:Document ; dcterms:source ?source ;
          fg:sha256 ?sha . OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date } }
        """,
    )
    by_source = {Path(r[0]).name: r for r in rows}
    files = _tiny_files(tiny_corpus)
    assert sorted(by_source) == sorted(p.name for p in files)
    for path in files:
        _, title, date, sha = by_source[path.name]
        raw = path.read_text(encoding="utf-8")
        headline = raw.strip().split("\n", 1)[0].lstrip("#").strip()
        assert title == headline, (path.name, title)
        month, day = re.search(r"(\d{1,2})月(\d{1,2})日(?:电|讯)", raw).groups()  # type: ignore[union-attr]
        assert date.endswith(f"{int(month):02d}-{int(day):02d}"), (path.name, date)
        text = read_document(path).text
        assert sha == hashlib.sha256(text.encode("utf-8")).hexdigest()
