"""A parent written before the subsidiary that signs (sentences written for these tests)."""

from __future__ import annotations

from fairgraph.model import Document, Mention
from fairgraph.zh.extract.subsidiaries import signing_mentions, subsidiary_names
from fairgraph.zh.pipeline import extract_document


def test_a_subsidiary_named_in_full_after_its_parent_is_read() -> None:
    text = "甲集团旗下的乙水电开发有限责任公司与丙市人民政府签署协议"
    parent = Mention(0, 3, "甲集团", "Organization")
    found = subsidiary_names(text, [parent, Mention(18, 24, "丙市人民政府", "Organization")])
    assert [(m.text, m.type) for m in found] == [("乙水电开发有限责任公司", "Organization")]


def test_no_subsidiary_without_the_parent_word() -> None:
    text = "甲集团与乙水电开发有限责任公司签署协议"
    assert subsidiary_names(text, [Mention(0, 3, "甲集团", "Organization")]) == []


def test_the_parent_is_no_side_of_the_signing_but_stays_an_organisation() -> None:
    text = "兰州市人民政府与中核集团所属中核四0四有限公司签署了合作协议。"
    extraction = extract_document(Document.from_text(text, source="t.txt"))
    pairs = {frozenset(m.text for m in a.parties) for a in extraction.agreements}
    assert pairs == {frozenset({"兰州市人民政府", "中核四0四有限公司"})}
    assert "中核集团" in {m.text for m in extraction.mentions if m.type == "Organization"}


def test_signing_mentions_keep_a_parent_not_followed_by_its_subsidiary() -> None:
    text = "甲集团与乙有限公司签署协议"
    ms = [Mention(0, 3, "甲集团", "Organization"), Mention(4, 9, "乙有限公司", "Organization")]
    assert signing_mentions(text, 0, ms) == tuple(ms)
