"""A Chinese and an English report about the same bodies and places, built together: one node
each, both labels, and the cross-language merge recorded (sentences written for this test)."""

from __future__ import annotations

from pathlib import Path

from en_helpers import built_pair, nodes_with
from rdflib import RDFS, Literal

from conftest import run_cli
from fairgraph.graph.io import load_graph
from fairgraph.namespaces import FG, SKOS

ZH = "青海省人民政府与中国电信集团有限公司在西宁签署战略合作框架协议。商务部副部长李明出席。"
EN = (
    "Qinghai Provincial People's Government signed a strategic cooperation framework agreement "
    "with China Telecom in Xining. Li Ming, Vice Minister of Commerce, attended."
)


def test_one_node_per_body_and_place_across_languages(tmp_path: Path) -> None:
    g = built_pair(tmp_path, ZH, EN)
    for zh, en in (
        ("青海省人民政府", "Qinghai Provincial People's Government"),
        ("中国电信集团有限公司", "China Telecom"),
        ("西宁", "Xining"),
        ("商务部", "Ministry of Commerce"),
    ):
        zh_nodes, en_nodes = nodes_with(g, zh, "zh"), nodes_with(g, en, "en")
        assert zh_nodes and zh_nodes == en_nodes, (zh, en)
    # the merge is recorded, and explain shows it
    records = {str(o) for o in g.objects(None, FG.mergeRule)}
    assert "official-name-across-languages" in records
    result = run_cli("explain", "Xining", "-g", tmp_path / "out" / "graph.ttl")
    assert result.exit_code == 0, result.output
    assert "official-name-across-languages" in result.output


def test_an_english_build_alone_keeps_english_labels(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    assert run_cli("build", tmp_path / "en.txt", "-o", tmp_path / "out").exit_code == 0
    g = load_graph(tmp_path / "out" / "graph.ttl")
    labels = {o for o in g.objects(None, RDFS.label) if isinstance(o, Literal)}
    assert Literal("Qinghai Provincial People's Government", lang="en") in labels
    assert not any(o.language == "zh" for o in labels)


def test_english_keys_are_the_chinese_namings_keys() -> None:
    """Every body and place the English data maps to a Chinese name gets the very key the
    Chinese naming gives that name (else the two reports would not meet on one node)."""
    from fairgraph.en import naming as en
    from fairgraph.en.lexicon import data_rows, load_lexicon
    from fairgraph.model import Mention
    from fairgraph.zh import naming as zh

    ctx = zh.DocumentContext()
    lex = load_lexicon()
    wrong = []
    for row in data_rows("bodies.tsv", 4):
        if row[3]:
            want = zh.key_of(Mention(0, len(row[3]), row[3], "Organization"), ctx)[0]
            got = en.key_of(Mention(0, len(row[0]), row[0], "Organization"), None)[0]
            if want != got:
                wrong.append((row[0], got, want))
    for chinese, place in sorted(lex.chinese_places.items()):
        want = zh.key_of(Mention(0, len(chinese), chinese, "Place"), ctx)[0]
        if en.place_key(place) != want:
            wrong.append((place.name, en.place_key(place), want))
        if place.level == "province" and place.name not in ("Hong Kong", "Macao", "Taiwan"):
            for kind, form in (("government", "人民政府"), ("committee", "委员会")):
                text = chinese + form if kind == "government" else f"中国共产党{chinese}委员会"
                want = zh.key_of(Mention(0, len(text), text, "Organization"), ctx)[0]
                if en.body_key(place, kind) != want:
                    wrong.append((place.name, kind, en.body_key(place, kind), want))
    assert not wrong


def test_one_fair_edition_across_languages(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "zh.txt").write_text("第17届中国—东盟博览会在南宁开幕。", encoding="utf-8")
    (corpus / "en.txt").write_text(
        "The 17th China-ASEAN Expo opened in Nanning on Friday.", encoding="utf-8"
    )
    assert run_cli("build", corpus, "-o", tmp_path / "out").exit_code == 0
    g = load_graph(tmp_path / "out" / "graph.ttl")
    zh_nodes = nodes_with(g, "第17届中国—东盟博览会", "zh")
    assert zh_nodes and zh_nodes == nodes_with(g, "17th China-ASEAN Expo", "en")
    series = set(g.objects(next(iter(zh_nodes)), FG.editionOf))
    labels = {o for s in series for o in g.objects(s, RDFS.label)}
    alt = {o for s in series for o in g.objects(s, SKOS.altLabel)}
    assert Literal("中国—东盟博览会", lang="zh") in labels
    assert Literal("China-ASEAN Expo", lang="en") in alt


def _people(g) -> dict[str, set]:  # type: ignore[no-untyped-def]
    from rdflib import RDF

    from fairgraph.namespaces import SCHEMA

    out: dict[str, set] = {}
    for p in g.subjects(RDF.type, SCHEMA.Person):
        for label in [*g.objects(p, RDFS.label), *g.objects(p, SKOS.altLabel)]:
            out.setdefault(str(label), set()).add(p)
    return out


def test_a_person_across_languages_needs_the_pinyin_and_an_organisation(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "zh.txt").write_text(ZH + "王华在兰州会见外宾。", encoding="utf-8")
    (corpus / "en.txt").write_text(
        EN + " Wang Hua, Vice Governor of Qinghai, met the guests.", encoding="utf-8"
    )
    assert run_cli("build", corpus, "-o", tmp_path / "out").exit_code == 0
    g = load_graph(tmp_path / "out" / "graph.ttl")
    people = _people(g)
    assert people["李明"] == people["Li Ming"]  # the same name, both at the Ministry of Commerce
    assert people["王华"] != people["Wang Hua"]  # the same pinyin, no organisation in common
    assert "pinyin-name-shared-organization" in {str(o) for o in g.objects(None, FG.mergeRule)}


ZH_OWN = (
    "青海省人大常委会副主任、青海省政协副主席出席。中国银行甘肃省分行与西宁经济技术开发区管委会"
    "签署合作协议，兰州大学和兰州新区管委会参加。"
)
EN_OWN = (
    "The vice chairman of the Standing Committee of the Qinghai Provincial People's Congress and "
    "a vice chairman of the Qinghai Provincial Committee of the CPPCC attended. The Gansu Branch "
    "of Bank of China signed a cooperation agreement with the Xining Economic and Technological "
    "Development Zone Administrative Committee, with Lanzhou University and the Management "
    "Committee of the Lanzhou New Area taking part."
)


def test_a_places_own_bodies_meet_across_languages(tmp_path: Path) -> None:
    """Bodies named after a Chinese place in English (place_bodies.tsv): its people's congress
    standing committee, CPPCC committee, a bank's branch, a zone's administrative committee,
    a university: one node with the Chinese report's."""
    g = built_pair(tmp_path, ZH_OWN, EN_OWN)
    for zh, en in (
        ("青海省人大常委会", "Standing Committee of the Qinghai Provincial People's Congress"),
        ("青海省政协", "Qinghai Provincial Committee of the CPPCC"),
        ("中国银行甘肃省分行", "Gansu Branch of Bank of China"),
        (
            "西宁经济技术开发区管委会",
            "Xining Economic and Technological Development Zone Administrative Committee",
        ),
        ("兰州大学", "Lanzhou University"),
        ("兰州新区管委会", "Management Committee of the Lanzhou New Area"),
    ):
        zh_nodes, en_nodes = nodes_with(g, zh, "zh"), nodes_with(g, en, "en")
        assert zh_nodes and zh_nodes == en_nodes, (zh, en, zh_nodes, en_nodes)


def test_a_place_name_the_lexicon_lacks_gives_no_chinese_name() -> None:
    from fairgraph.en.naming import place_body_key

    assert place_body_key("Springfield University", "Organization") is None
    assert place_body_key("Gansu Branch of Acme Widgets", "Organization") is None
    assert place_body_key("Lanzhou New Area", "Organization") is None  # a place, not a body


def test_an_autonomous_regions_government_implied_by_a_title_keeps_its_english_name(
    tmp_path: Path,
) -> None:
    """The Chinese report names the government first, the English report only by a title:
    one node, labelled in Chinese, with the English official name beside it."""
    g = built_pair(
        tmp_path,
        "新疆维吾尔自治区人民政府主办本届博览会。",
        "Ding Hao, vice chairman of Xinjiang, opened the expo.",
    )
    zh = nodes_with(g, "新疆维吾尔自治区人民政府", "zh")
    en = nodes_with(g, "Xinjiang Uygur Autonomous Region People's Government", "en")
    assert len(zh) == 1 and zh == en
