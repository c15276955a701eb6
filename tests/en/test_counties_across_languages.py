"""A county's (district's) government named in English meets the Chinese report's (round 9 of
issue 14; en/data/counties.tsv), on reports written for this test; a county name two counties
of China share meets nothing without the report's province."""

from __future__ import annotations

from pathlib import Path

from en_helpers import nodes_with

from conftest import run_cli
from fairgraph.en.lexicon import load_lexicon
from fairgraph.graph.io import load_graph

ZH = "乐都区人民政府与青海盐湖工业股份有限公司在西宁签署合作协议。区长王波出席。"
EN = (
    "XINING, July 8 (Xinhua) -- The Ledu District People's Government signed a cooperation"
    " agreement with Acme Co., Ltd. in Xining. Ledu District Head Wang Bo attended."
)


def test_a_districts_government_is_one_node_across_languages(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "zh.txt").write_text(ZH, encoding="utf-8")
    (corpus / "en.txt").write_text(EN, encoding="utf-8")
    assert run_cli("build", corpus, "-o", tmp_path / "out").exit_code == 0
    g = load_graph(tmp_path / "out" / "graph.ttl")
    zh = nodes_with(g, "乐都区人民政府", "zh")
    en = nodes_with(g, "Ledu District People's Government", "en")
    assert zh and zh == en


def test_the_county_table_reads_and_leaves_out_shared_names() -> None:
    lex = load_lexicon()
    assert lex.counties["Ledu District", "Qinghai"].chinese == "乐都区"
    assert "鼓楼区" not in lex.chinese_counties  # several cities have a Gulou District


def test_a_county_written_with_its_division_word_in_lower_case_is_the_county() -> None:
    """China Daily writes "Baqiao district", "Rong'an county": the county of the table, whose
    head's post is at its government."""
    from en_helpers import extract

    from fairgraph.resolve import resolve

    result = resolve(
        [
            extract(
                "Li Ming, head of Baqiao district, and Wang Bo, head of Rong'an county, signed "
                "on behalf of their governments."
            )
        ]
    )
    label = {e.key: e.label for e in result.entities}
    got = {(label[p.person], p.role, label.get(p.organization)) for p in result.posts}
    assert ("Li Ming", "head", "Baqiao District People's Government") in got
    assert ("Wang Bo", "head", "Rongan County People's Government") in got


def test_a_county_read_otherwise_than_its_characters_usual_reading() -> None:
    lex = load_lexicon()  # 佛坪 is Foping, not a second Fuping hiding 富平县
    assert lex.counties["Foping County", "Shaanxi"].chinese == "佛坪县"
    assert lex.counties["Fuping County", "Shaanxi"].chinese == "富平县"
    assert lex.counties["Guoyang County", "Anhui"].chinese == "涡阳县"
