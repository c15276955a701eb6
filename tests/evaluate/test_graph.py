"""Tests of the graph scorer against hand-built graphs in the contract's shape."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib import namespace as rdfns

from fairgraph.errors import InputError
from fairgraph.evaluate.gate import shared_dir
from fairgraph.evaluate.gold import load_gold, normalise
from fairgraph.evaluate.graph import evaluate_graph
from fairgraph.evaluate.scores import Counts
from fairgraph.namespaces import DCTERMS, FG, ID, ORG, PROV, SCHEMA, SKOS

SHARED = shared_dir(Path(__file__).resolve().parents[2])
GOLD = Path(__file__).resolve().parents[2] / "gold"
TYPES = {
    "Person": SCHEMA.Person,
    "Organization": ORG.Organization,
    "Country": SCHEMA.Country,
    "Place": SCHEMA.Place,
    "Fair": SCHEMA.ExhibitionEvent,
}


class Builder:
    """A tiny graph writer in the shape of the graph contract."""

    def __init__(self) -> None:
        self.g = Graph()
        self.n = 0

    def _mention(self, doc: str) -> URIRef:
        self.n += 1
        d, m = ID[f"doc/{doc}"], ID[f"mention/{self.n}"]
        self.g.add((d, RDF.type, FG.Document))
        self.g.add((d, DCTERMS.source, Literal(f"corpus/zh/{doc}")))
        self.g.add((m, RDF.type, FG.Mention))
        self.g.add((m, FG.document, d))
        return m

    def derive(self, node: URIRef | BNode, *docs: str) -> None:
        for doc in docs:
            self.g.add((node, PROV.wasDerivedFrom, self._mention(doc)))

    def entity(
        self, key: str, etype: str, label: str, *alts: str, docs: tuple[str, ...] = ("a.txt",)
    ):
        node = ID[key]
        self.g.add((node, RDF.type, TYPES[etype]))
        self.g.add((node, RDFS.label, Literal(label, lang="zh")))
        for alt in alts:
            self.g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
        self.derive(node, *docs)
        return node

    def post(self, person, role: str, org=None, represents=None, doc: str = "a.txt"):
        m, r = BNode(), BNode()
        self.g.add((m, RDF.type, ORG.Membership))
        self.g.add((m, ORG.member, person))
        self.g.add((r, RDF.type, ORG.Role))
        self.g.add((r, RDFS.label, Literal(role, lang="zh")))
        self.g.add((m, ORG.role, r))
        if org is not None:
            self.g.add((m, ORG.organization, org))
        if represents is not None:
            self.g.add((m, FG.represents, represents))
        self.derive(m, doc)

    def agreement(self, *parties, doc: str = "a.txt", amount: float | None = None):
        a = BNode()
        self.g.add((a, RDF.type, FG.Agreement))
        for p in parties:
            self.g.add((a, FG.party, p))
        if amount is not None:
            self.g.add((a, FG.investment, self.money(amount)))
        self.derive(a, doc)

    def money(self, value: float, currency: str = "CNY") -> BNode:
        node = BNode()
        self.g.add((node, RDF.type, SCHEMA.MonetaryAmount))
        self.g.add((node, SCHEMA.value, Literal(value)))
        self.g.add((node, SCHEMA.currency, Literal(currency)))
        return node


def write_gold(tmp_path: Path, *docs: dict) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for i, doc in enumerate(docs):
        (folder / f"{i}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


BASE = {
    "document": "a.txt",
    "entities": {
        "Person": ["张三", "李四"],
        "Organization": ["甲省人民政府", "乙集团有限公司", "丙科技股份有限公司"],
        "Country": ["冰岛"],
        "Place": ["甲省", "甲市"],
        "Fair": ["第5届中国·甲省投资贸易洽谈会"],
    },
    "aliases": {"甲省人民政府": ["省政府"], "第5届中国·甲省投资贸易洽谈会": ["甲洽会"]},
}


def test_counts_arithmetic() -> None:
    c = Counts(tp=2, fp=2, fn=6)
    assert c.precision == 0.5 and c.recall == 0.25
    assert c.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    c += Counts(tp=2, fp=0, fn=0)
    assert (c.tp, c.fp, c.fn) == (4, 2, 6)
    assert Counts().f1 == 1.0  # nothing to find and nothing claimed
    assert Counts(fp=3).precision == 0.0


def test_normalise_folds_dashes_dots_and_spaces() -> None:
    assert normalise("中国-东盟 博览会") == normalise("中国—东盟博览会")
    assert normalise("中国•青海") == normalise("中国·青海") == "中国青海"


def test_entity_scores_by_type(tmp_path: Path) -> None:
    b = Builder()
    b.entity("p1", "Person", "张三")
    b.entity("p2", "Person", "王五")  # not in gold
    b.entity("o1", "Organization", "乙集团有限公司")
    b.entity("c1", "Country", "冰岛")
    b.g.add((ID.c1, RDF.type, SCHEMA.Place))  # a country also typed as place is not a place
    scores = evaluate_graph(b.g, write_gold(tmp_path, BASE)).overall
    person = scores.entities["Person"]
    assert (person.tp, person.fp, person.fn) == (1, 1, 1)
    assert person.f1 == pytest.approx(0.5)
    org = scores.entities["Organization"]
    assert (org.precision, org.recall) == (1.0, pytest.approx(1 / 3))
    assert scores.entities["Country"].f1 == 1.0
    assert scores.entities["Place"].tp == 0 and scores.entities["Place"].fp == 0


def test_alias_and_variant_matching(tmp_path: Path) -> None:
    b = Builder()
    b.entity("o1", "Organization", "省政府")
    b.entity("f1", "Fair", "第5届中国•甲省投资贸易洽谈会", "甲洽会")
    scores = evaluate_graph(b.g, write_gold(tmp_path, BASE)).overall
    assert scores.entities["Organization"].tp == 1
    assert scores.entities["Fair"].f1 == 1.0
    assert scores.duplicates == [] and scores.wrong_merges == []


def test_posts_roles_orgs_and_countries(tmp_path: Path) -> None:
    gold = {
        **BASE,
        "posts": [
            {"person": "张三", "role": "副省长", "organization": "甲省人民政府"},
            {"person": "李四", "role": "驻华大使", "represents": "冰岛"},
            {"person": "李四", "role": "记者", "organization": None},
            {"person": "张三", "role": "董事长", "organization": "乙集团有限公司"},
        ],
    }
    b = Builder()
    zs, ls = b.entity("p1", "Person", "张三"), b.entity("p2", "Person", "李四")
    gov = b.entity("o1", "Organization", "甲省人民政府", "省政府")
    other = b.entity("o3", "Organization", "丙科技股份有限公司")
    iceland = b.entity("c1", "Country", "冰岛")
    b.post(zs, "常务副省长", gov)  # gold role contained in predicted role
    b.post(ls, "驻华大使", represents=iceland)
    b.post(ls, "记者", b.entity("o9", "Organization", "某报社"))  # no gold organisation: any
    b.post(zs, "董事长", other)  # wrong organisation
    posts = evaluate_graph(b.g, write_gold(tmp_path, gold)).overall.posts
    assert (posts.tp, posts.fp, posts.fn) == (3, 1, 1)


def test_agreement_pairs_are_unordered_and_expanded(tmp_path: Path) -> None:
    gold = {
        **BASE,
        "agreements": [
            {"parties": ["甲省人民政府", "乙集团有限公司"], "type": "战略合作框架协议"},
            {"parties": ["甲省人民政府", "丙科技股份有限公司"], "type": "战略合作框架协议"},
        ],
    }
    b = Builder()
    gov = b.entity("o1", "Organization", "省政府")
    yi = b.entity("o2", "Organization", "乙集团有限公司")
    bing = b.entity("o3", "Organization", "丙科技股份有限公司")
    b.agreement(yi, gov)  # reversed order still matches
    b.agreement(yi, gov)  # the same pair again is not a second prediction
    folder = write_gold(tmp_path, gold)
    scores = evaluate_graph(b.g, folder).overall.agreements
    assert (scores.tp, scores.fp, scores.fn) == (1, 0, 1)
    b.agreement(gov, yi, bing)  # one three-party node: pairs 甲–乙, 甲–丙 and a wrong 乙–丙
    scores = evaluate_graph(b.g, folder).overall.agreements
    assert (scores.tp, scores.fp, scores.fn) == (2, 1, 0)


def test_amount_recall_needs_value_and_currency(tmp_path: Path) -> None:
    gold = {
        **BASE,
        "amounts": [
            {"value": 91600000000, "currency": "CNY", "text": "916亿元"},
            {"value": 3250000000, "currency": "USD", "text": "32.5亿美元"},
            {"value": 30000000, "currency": "CNY", "text": "3000万元"},
        ],
    }
    b = Builder()
    yi = b.entity("o2", "Organization", "乙集团有限公司")
    b.agreement(yi, b.entity("o1", "Organization", "省政府"), amount=9.16e10)
    loose = b.money(3250000000, "CNY")  # right number, wrong currency
    b.derive(loose, "a.txt")
    amounts = evaluate_graph(b.g, write_gold(tmp_path, gold)).overall.amounts
    assert (amounts.tp, amounts.fn) == (1, 2)
    assert amounts.recall == pytest.approx(1 / 3)


def test_fair_fields(tmp_path: Path) -> None:
    gold = {
        **BASE,
        "fairs": [
            {
                "name": "第5届中国·甲省投资贸易洽谈会",
                "edition": 5,
                "start": "2024-07-11",
                "end": "2024-07-15",
                "location": "甲市",
                "guest_country": "冰岛",
                "theme": "开放合作·绿色发展",
                "signed_projects": 104,
                "total_investment": {"value": 91600000000, "currency": "CNY"},
            }
        ],
    }
    b = Builder()
    fair = b.entity("f1", "Fair", "甲洽会")
    venue = b.entity("v1", "Place", "甲市国际会展中心")
    b.g.add((venue, SCHEMA.containedInPlace, b.entity("pl", "Place", "甲市")))
    b.g.add((fair, FG.edition, Literal(5)))
    b.g.add((fair, SCHEMA.startDate, Literal("2024-07-11", datatype=rdfns.XSD.date)))
    b.g.add((fair, SCHEMA.endDate, Literal("--07-15", datatype=rdfns.XSD.gMonthDay)))  # no year
    b.g.add((fair, SCHEMA.location, venue))
    b.g.add((fair, FG.guestCountry, b.entity("c1", "Country", "冰岛")))
    b.g.add((fair, FG.theme, Literal("开放合作 · 绿色发展", lang="zh")))
    b.g.add((fair, FG.signedProjectCount, Literal(105)))  # wrong
    b.g.add((fair, FG.totalInvestment, b.money(91600000000)))
    fields = evaluate_graph(b.g, write_gold(tmp_path, gold)).overall.fair_fields
    assert (fields.tp, fields.tp + fields.fn) == (6, 8)


def test_missing_fair_scores_every_stated_field_wrong(tmp_path: Path) -> None:
    gold = {**BASE, "fairs": [{"name": "甲洽会", "edition": 5, "location": "甲市"}]}
    fields = evaluate_graph(Builder().g, write_gold(tmp_path, gold)).overall.fair_fields
    assert (fields.tp, fields.fn) == (0, 2)


def test_duplicates_and_wrong_merges(tmp_path: Path) -> None:
    b = Builder()
    b.entity("p1", "Person", "张三")
    b.entity("p2", "Person", "张三")
    b.entity("pl1", "Place", "甲省")
    b.entity("o1", "Organization", "乙集团有限公司", "丙科技股份有限公司")
    scores = evaluate_graph(b.g, write_gold(tmp_path, BASE))
    assert len(scores.duplicates) == 1 and "张三" in scores.duplicates[0]
    assert len(scores.wrong_merges) == 1 and "丙科技股份有限公司" in scores.wrong_merges[0]
    assert scores.documents[0].duplicates and scores.documents[0].wrong_merges


def test_cross_document_short_form_merge_is_wrong(tmp_path: Path) -> None:
    doc_b = {
        "document": "b.txt",
        "entities": {"Organization": ["丁省人民政府"]},
        "aliases": {"丁省人民政府": ["省政府"]},
    }
    b = Builder()
    b.entity("o1", "Organization", "省政府", docs=("a.txt", "b.txt"))
    scores = evaluate_graph(b.g, write_gold(tmp_path, BASE, doc_b))
    assert scores.wrong_merges == [f"{ID.o1} = 丁省人民政府 + 甲省人民政府"]
    assert all(d.entities["Organization"].tp == 1 for d in scores.documents)
    assert scores.documents[0].wrong_merges == []  # within each document it is fine


def test_cross_document_split_is_a_duplicate(tmp_path: Path) -> None:
    doc_b = {"document": "b.txt", "entities": {"Country": ["冰岛"]}}
    b = Builder()
    b.entity("c1", "Country", "冰岛", docs=("a.txt",))
    b.entity("c2", "Country", "冰岛", docs=("b.txt",))
    scores = evaluate_graph(b.g, write_gold(tmp_path, BASE, doc_b))
    assert scores.duplicates == [f"Country 冰岛: {ID.c1} {ID.c2}"]


def test_facts_are_attributed_by_document_file_name(tmp_path: Path) -> None:
    doc_01 = {"document": "01.txt", "entities": {"Person": ["张三"]}}
    doc_x01 = {"document": "x01.txt", "entities": {"Person": ["李四"]}}
    b = Builder()
    b.entity("p1", "Person", "张三", docs=("x01.txt",))  # belongs to x01, not to 01
    scores = evaluate_graph(b.g, write_gold(tmp_path, doc_01, doc_x01))
    by_doc = {d.document: d.entities["Person"] for d in scores.documents}
    assert (by_doc["01.txt"].tp, by_doc["01.txt"].fn) == (0, 1)
    assert (by_doc["x01.txt"].tp, by_doc["x01.txt"].fp) == (0, 1)
    assert scores.overall.entities["Person"].fn == 2


def test_report_shapes(tmp_path: Path) -> None:
    b = Builder()
    b.entity("p1", "Person", "张三")
    scores = evaluate_graph(b.g, write_gold(tmp_path, BASE))
    data = scores.to_json()
    assert data["overall"]["entities"]["Person"]["tp"] == 1
    assert [d["document"] for d in data["documents"]] == ["a.txt"]
    json.dumps(data)
    table = scores.format_table()
    assert "posts" in table and "a.txt" in table


def test_errors_list_each_miss_and_extra(tmp_path: Path) -> None:
    gold = {
        **BASE,
        "posts": [{"person": "张三", "role": "副省长", "organization": "甲省人民政府"}],
        "agreements": [{"parties": ["甲省人民政府", "乙集团有限公司"], "type": "协议"}],
        "amounts": [{"value": 30000000, "currency": "CNY", "text": "3000万元"}],
        "fairs": [{"name": "第5届中国·甲省投资贸易洽谈会", "edition": 5, "location": "甲市"}],
    }
    b = Builder()
    zs = b.entity("p1", "Person", "张三")
    b.entity("p9", "Person", "王五")  # not in the gold
    gov = b.entity("o1", "Organization", "省政府")
    b.post(zs, "董事长", gov)  # wrong role
    b.agreement(gov, b.entity("o3", "Organization", "丙科技股份有限公司"))
    fair = b.entity("f1", "Fair", "甲洽会")
    b.g.add((fair, FG.edition, Literal(5)))
    scores = evaluate_graph(b.g, write_gold(tmp_path, gold))
    errors = scores.documents[0].errors
    for line in (
        "Person extra: 王五",
        "Person missed: 李四",
        "post extra: 张三 | 董事长 | 省政府",
        "post missed: 张三 | 副省长 | 甲省人民政府",
        "agreement extra: 丙科技股份有限公司 – 甲省人民政府",
        "agreement missed: 乙集团有限公司 – 甲省人民政府",
        "amount missed: 30000000 CNY",
        "fair 第5届中国·甲省投资贸易洽谈会 wrong: location 甲市",
    ):
        assert line in errors
    assert not any("edition" in e for e in errors)  # the right field is not listed
    assert "Person extra: 王五" in scores.format_table(errors=True)
    assert "王五" not in scores.format_table()
    assert scores.to_json()["documents"][0]["errors"] == errors


@pytest.mark.parametrize(
    "bad",
    [
        {"document": "a.txt", "posts": [{"person": "无名", "role": "主任", "organization": None}]},
        {"document": "a.txt", "entities": {"Thing": ["x"]}},
        {"document": "a.txt", "entities": {"Place": ["甲", "乙"]}, "aliases": {"甲": ["乙"]}},
        {"entities": {}},
    ],
)
def test_bad_gold_is_an_input_error(tmp_path: Path, bad: dict) -> None:
    with pytest.raises(InputError):
        load_gold(write_gold(tmp_path, bad))


@pytest.mark.skipif(not (SHARED / "corpus" / "zh").is_dir(), reason="shared corpus absent")
def test_every_gold_file_names_a_corpus_article_and_parses() -> None:
    corpus = SHARED / "corpus" / "zh"
    golds = load_gold(GOLD / "zh")
    names = [g.document for g in golds]
    assert len(names) == len(set(names))
    assert all((corpus / name).is_file() for name in names)
    assert sorted(names) == sorted(p.name for p in corpus.glob("*.txt"))
    for path in sorted((GOLD / "zh").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        assert path.stem == Path(data["document"]).stem
        assert text == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        article = (corpus / data["document"]).read_text(encoding="utf-8")
        # every entity is in the article under some name, but for bodies implied by a title
        implied = {p.get("organization") for p in data["posts"]}
        for name in itertools.chain(*data["entities"].values()):
            forms = [name, *data.get("aliases", {}).get(name, [])]
            found = any(normalise(f) in normalise(article) for f in forms)
            assert found or name in implied, (path.name, name)
