"""Claims, corroboration and time (issue #16) on invented reports (tests/fixtures/trust):
differing fair totals kept as claims, one agreement for one signing in two reports, one
official across years and a namesake apart, every merge explained."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import to_isomorphic

from conftest import TESTS, Build, run_cli
from fairgraph.model import Amount, PartialDate, Span
from fairgraph.namespaces import DCTERMS, FG, ORG, PROV, SCHEMA
from fairgraph.query.explain import find_entities
from fairgraph.resolve.facts import Signing, same_signing
from fairgraph.resolve.records import Evidence, ResolvedAgreement

FAIR = "第25届中国·青海绿色发展投资贸易洽谈会"


def _fair(g: Graph) -> URIRef:
    (node,) = find_entities(g, FAIR)
    return node


def _claims(g: Graph, node: URIRef, prop: URIRef) -> dict[str, set[str]]:
    """value → the sources of the documents that give it"""
    out: dict[str, set[str]] = {}
    for claim in g.subjects(FG.claimOf, node):
        if (claim, FG.property, prop) not in g:
            continue
        value = g.value(claim, FG.value)
        if isinstance(value, URIRef):
            value = g.value(value, SCHEMA.value)
        docs = {
            str(g.value(g.value(m, FG.document), DCTERMS.source))
            for m in g.objects(claim, PROV.wasDerivedFrom)
        }
        out.setdefault(str(value), set()).update(d.rsplit("/", 1)[1] for d in docs)
    return out


def test_differing_totals_are_two_claims_and_a_conflict(trust_build: Build) -> None:
    g = trust_build.graph()
    fair = _fair(g)
    assert set(g.objects(fair, FG.conflict)) == {FG.totalInvestment, FG.signedProjectCount}
    assert _claims(g, fair, FG.totalInvestment) == {
        "512000000000": {"2024-qinghai-closing-a.txt"},
        "511300000000": {"2024-qinghai-closing-b.txt"},
    }
    assert _claims(g, fair, FG.signedProjectCount) == {
        "1024": {"2024-qinghai-closing-a.txt"},
        "1019": {"2024-qinghai-closing-b.txt"},
    }
    # no value is kept silently on the node itself
    assert g.value(fair, FG.totalInvestment) is None
    assert g.value(fair, FG.signedProjectCount) is None


def test_agreeing_dates_keep_one_value_and_no_claim(trust_build: Build) -> None:
    g = trust_build.graph()
    fair = _fair(g)
    assert [str(v) for v in g.objects(fair, SCHEMA.startDate)] == ["2024-07-06"]
    assert (fair, FG.conflict, SCHEMA.startDate) not in g
    assert _claims(g, fair, SCHEMA.startDate) == {}
    assert g.value(fair, FG.sourceCount) == Literal(2)


def test_conflicts_query_lists_the_edition(trust_build: Build) -> None:
    result = run_cli("query", trust_build.ttl, "conflicts", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines()[1:] if line]
    assert len(rows) == 4
    assert all(FAIR in row for row in rows)
    assert any("512000000000" in row and "closing-a.txt" in row for row in rows)
    assert any("511300000000" in row and "closing-b.txt" in row for row in rows)


def test_one_signing_in_two_reports_is_one_agreement(trust_build: Build) -> None:
    g = trust_build.graph()
    agreements = list(g.subjects(RDF.type, FG.Agreement))
    assert len(agreements) == 1
    (a,) = agreements
    assert g.value(a, FG.sourceCount) == Literal(2)
    docs = {str(g.value(m, FG.document)) for m in g.objects(a, PROV.wasDerivedFrom)}
    assert len(docs) == 2
    record = g.value(a, FG.mergeRecord)
    assert str(g.value(record, FG.mergeRule)) == "same-signing-across-reports"
    assert len(set(g.objects(record, FG.mergedFrom))) == 2
    explained = run_cli("explain", "战略合作框架协议", "-g", trust_build.ttl).output
    assert "  parties: 中国华能集团有限公司、青海省人民政府" in explained
    assert "same-signing-across-reports: 战略合作框架协议 (in " in explained


def test_official_across_years_is_one_person_and_namesake_stays_apart(
    trust_build: Build,
) -> None:
    g = trust_build.graph()
    people = find_entities(g, "张明远")
    assert len(people) == 2
    posts = {
        p: sorted(
            (str(g.value(m, FG.firstSeen)), str(g.value(g.value(m, ORG.organization), RDFS.label)))
            for m in g.subjects(ORG.member, p)
        )
        for p in people
    }
    assert sorted(posts.values()) == [
        [("2024-07-10", "甘肃省人民政府"), ("2025-07-08", "中国共产党甘肃省委员会")],
        [("2025-03-02", "青海盐湖工业股份有限公司")],
    ]
    official = next(p for p in people if len(posts[p]) == 2)
    rules = {str(g.value(r, FG.mergeRule)) for r in g.objects(official, FG.mergeRecord)}
    assert "same-name-same-jurisdiction" in rules
    explained = run_cli("explain", "张明远", "-g", trust_build.ttl)
    assert "same-name-same-jurisdiction: 张明远" in explained.output


def test_every_node_counts_its_documents(trust_build: Build) -> None:
    g = trust_build.graph()
    for cls in (SCHEMA.Person, ORG.Organization, ORG.Membership, FG.Agreement):
        for node in g.subjects(RDF.type, cls):
            count = g.value(node, FG.sourceCount)
            docs = {g.value(m, FG.document) for m in g.objects(node, PROV.wasDerivedFrom)}
            assert count == Literal(len(docs)), node


def test_the_build_validates_and_is_deterministic(trust_build: Build, tmp_path: Path) -> None:
    assert run_cli("validate", trust_build.ttl).exit_code == 0
    again = tmp_path / "again"
    corpus = TESTS / "fixtures" / "trust"
    inputs = sorted(corpus.glob("*.txt"), reverse=True)  # another order of the same reports
    result = run_cli("build", *inputs, "-o", again)
    assert result.exit_code == 0, result.output
    first = Graph().parse(trust_build.ttl)
    second = Graph().parse(again / "graph.ttl")
    assert to_isomorphic(first) == to_isomorphic(second)
    rebuilt = tmp_path / "rebuilt"
    assert run_cli("build", corpus, "-o", rebuilt).exit_code == 0
    assert (rebuilt / "graph.ttl").read_bytes() == trust_build.ttl.read_bytes()


def _agreement(doc: str, **fields: object) -> ResolvedAgreement:
    base = {
        "key": f"Agreement|{doc}",
        "parties": ("Organization|甲", "Organization|乙"),
        "agreement_type": "合作协议",
        "evidence": Evidence(doc, Span(0, 1, "。")),
    }
    return ResolvedAgreement(**{**base, **fields})  # type: ignore[arg-type]


def test_same_signing_needs_the_same_fair_or_close_dates_and_no_differing_amount() -> None:
    fair = Signing("Fair|某会|25", None)
    a, b = _agreement("d1"), _agreement("d2")
    assert same_signing(a, b, fair, fair)
    assert not same_signing(a, _agreement("d1", key="x"), fair, fair)  # one report: two signings
    assert not same_signing(a, b, fair, Signing("Fair|某会|26", None))
    assert not same_signing(a, b, Signing(None, None), Signing(None, None))  # nothing to place it
    near, far = PartialDate(2024, 7, 11), PartialDate(2024, 7, 20)
    assert same_signing(a, b, Signing(None, near), Signing(None, PartialDate(None, 7, 13)))
    assert not same_signing(a, b, Signing(None, near), Signing(None, far))
    assert not same_signing(a, _agreement("d2", agreement_type="备忘录"), fair, fair)
    money = Amount(Decimal(10**9), "CNY", "10亿元", 0, 4)
    other = Amount(Decimal(2 * 10**9), "CNY", "20亿元", 0, 4)
    assert same_signing(_agreement("d1", investment=money), b, fair, fair)
    assert not same_signing(
        _agreement("d1", investment=money), _agreement("d2", investment=other), fair, fair
    )


def test_explain_shows_each_value_and_the_reports(trust_build: Build) -> None:
    result = run_cli("explain", FAIR, "-g", trust_build.ttl)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  reports: 2" in lines
    start = lines.index("  reports differ on fg:totalInvestment:")
    assert [line.rsplit("/", 1)[-1] for line in lines[start + 1 : start + 3]] == [
        "2024-qinghai-closing-b.txt)",
        "2024-qinghai-closing-a.txt)",
    ]
    assert lines[start + 1].startswith("    511300000000 CNY (in ")
