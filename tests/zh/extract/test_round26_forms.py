"""Issue 12, session 19: a place phrase over a place whose name holds a connector's character
(A在呼和浩特与B签署, A在大同同B签约), and a signing after a bare 签约 closing the clause before
it (A与B签约；C与D签署…). Every sentence written for this test; names invented."""

from __future__ import annotations

import pytest

from extract_helpers import labelled_pairs, labelled_posts, resolved_text


@pytest.mark.parametrize("place", ["呼和浩特", "呼和浩特市", "大同", "和田地区", "西安"])
def test_a_place_phrase_with_a_connector_character_keeps_the_signing(place: str) -> None:
    text = f"甲乙食品股份有限公司当天在{place}与丙丁物流集团有限公司签署供应链合作协议。"
    assert labelled_pairs(resolved_text(text, "zh")) == {
        frozenset({"甲乙食品股份有限公司", "丙丁物流集团有限公司"})
    }


def test_a_signing_after_a_bare_signing_in_the_sentence_before_the_semicolon() -> None:
    text = (
        "签约仪式上，甲乙能源集团有限公司与丙丁矿业股份有限公司签约；"
        "西宁市人民政府与戊己投资集团有限公司签署战略合作框架协议。"
    )
    assert labelled_pairs(resolved_text(text, "zh")) == {
        frozenset({"甲乙能源集团有限公司", "丙丁矿业股份有限公司"}),
        frozenset({"西宁市人民政府", "戊己投资集团有限公司"}),
    }


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("漳州市人民政府与乙集团有限公司签署港航物流战略合作协议。", "港航物流"),
        ("丙大学与丁国立大学签署共建联合实验室协议。", "联合实验室"),
    ],
)
def test_the_topic_of_a_signed_paper_is_no_organisation(text: str, topic: str) -> None:
    result = resolved_text(text, "zh")
    assert topic not in {e.label for e in result.entities}
    assert len(labelled_pairs(result)) == 1


def test_the_places_a_byline_reports_from_are_places_not_reporters() -> None:
    text = "某某日报记者 王某某 兰州、西宁报道\n甲公司与乙公司签署合作协议。\n"
    result = resolved_text(text, "zh")
    kinds = {e.label: e.type for e in result.entities}
    assert kinds.get("兰州") != "Person" and "西宁报道" not in kinds
    assert kinds.get("王某某") == "Person"


@pytest.mark.parametrize("stationed", ["常驻", "驻"])
def test_a_permanent_representative_represents_the_country(stationed: str) -> None:
    text = f"巴基斯坦{stationed}联合国代表阿卜杜勒·拉希德出席会议并发言。"
    posts = labelled_posts(resolved_text(text, "zh"))
    assert any(p[0] == "阿卜杜勒·拉希德" and p[3] == "巴基斯坦" for p in posts), posts


def test_an_edition_stated_after_a_year_named_fair_numbers_it() -> None:
    text = (
        "2024中国景德镇国际陶瓷博览会在景德镇开幕。本届瓷博会为第二十届，"
        "由商务部等单位共同主办，会期至10月22日。"
    )
    result = resolved_text(text, "zh")
    fairs = [e for e in result.entities if e.type == "Fair"]
    assert len(fairs) == 1  # keyed by its year, as an English report of it keys it
    assert [f.edition for f in result.fairs] == [20]


TABLE = (
    "附：签约项目一览表\n\n"
    "序号  项目名称          甲方            乙方                    投资额（亿元）\n"
    "1     储能电站项目      朔州市人民政府  晋北储能科技有限公司    36\n"
    "2     氢能三方合作协议  忻州市人民政府  "
    "华晟氢能装备股份有限公司、三晋动力集团有限公司  18.5\n"
    "3     光伏合作备忘录    吕梁山矿业集团有限公司  索拉维能源公司（Solavie Energie）  —\n"
)


def test_a_plain_text_table_of_signings_gives_its_pairs_and_amounts() -> None:
    result = resolved_text(TABLE, "zh")
    assert labelled_pairs(result) == {
        frozenset({"朔州市人民政府", "晋北储能科技有限公司"}),
        frozenset({"忻州市人民政府", "华晟氢能装备股份有限公司"}),
        frozenset({"忻州市人民政府", "三晋动力集团有限公司"}),
        frozenset({"华晟氢能装备股份有限公司", "三晋动力集团有限公司"}),
        frozenset({"吕梁山矿业集团有限公司", "索拉维能源公司"}),
    }
    labels = {e.label for e in result.entities}
    assert "乙方" not in labels
    assert sorted(a.value for _, a in result.amounts) == [1850000000, 3600000000]
