"""A body's Latin name in brackets right after its Chinese name (某某集团有限公司（JY Group）)
names the same body: one node, its Chinese name the label, the Latin name an alternative
label; and the bracket does not hide the body from the signing it opens."""

from __future__ import annotations

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document


def _resolved(text: str):  # type: ignore[no-untyped-def]
    return resolve([extract_document(Document.from_text(text, source="a.txt"))])


def _pairs(text: str) -> set[frozenset[str]]:
    """The agreements of ``text`` as pairs of their parties' labels."""
    r = _resolved(text)
    labels = {e.key: e.label for e in r.entities}
    return {frozenset(labels[p] for p in a.parties) for a in r.agreements}


def test_the_latin_name_is_an_alternative_label_of_the_body() -> None:
    r = _resolved("甲乙港务集团有限公司（JY Port Group）与丙丁物流有限公司签署战略合作协议。")
    bodies = {e.label: e.alt_labels for e in r.entities if e.type == "Organization"}
    # the longer Latin name never becomes the label of a body a Chinese report names first
    assert "甲乙港务集团有限公司" in bodies
    assert "JYPortGroup" in bodies["甲乙港务集团有限公司"]
    assert not any(label.startswith("JY") for label in bodies)


def test_the_body_before_its_latin_name_signs() -> None:
    pairs = _pairs("甲乙港务集团有限公司（JY Port Group）与丙丁物流有限公司签署战略合作协议。")
    assert pairs == {frozenset({"甲乙港务集团有限公司", "丙丁物流有限公司"})}


def test_a_later_use_of_the_latin_name_is_the_same_body() -> None:
    pairs = _pairs(
        "甲乙港务集团有限公司（JY Port Group）代表出席。JY Port Group还与天禾物流集团有限公司签约。"
    )
    assert frozenset({"甲乙港务集团有限公司", "天禾物流集团有限公司"}) in pairs


def test_a_stock_code_in_brackets_is_no_name() -> None:
    r = _resolved("甲乙科技股份有限公司（600519.SH）与丙丁集团签署合作协议。")
    bodies = {e.label: e.alt_labels for e in r.entities if e.type == "Organization"}
    assert "甲乙科技股份有限公司" in bodies
    assert not any("600519" in alt for alts in bodies.values() for alt in alts)


def test_a_list_of_parties_with_their_declared_names_signs() -> None:
    # each listed party with its short name declared in brackets (announcements, portals)
    pairs = _pairs(
        "青海盐湖工业股份有限公司（以下简称“盐湖股份”）、西部矿业股份有限公司（以下简称“西部矿业”）"
        "分别与天禾物流集团有限公司签署合作协议。"
    )
    assert pairs == {
        frozenset({"青海盐湖工业股份有限公司", "天禾物流集团有限公司"}),
        frozenset({"西部矿业股份有限公司", "天禾物流集团有限公司"}),
    }


def test_three_sides_one_of_them_with_its_latin_name() -> None:
    pairs = _pairs(
        "青海盐湖工业股份有限公司与天禾物流集团有限公司（Tianhe Logistics）、西部矿业股份有限公司"
        "签署三方合作协议。"
    )
    assert len(pairs) == 3
    assert frozenset({"天禾物流集团有限公司", "西部矿业股份有限公司"}) in pairs
