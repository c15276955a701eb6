"""A foreign company written after its country: src/fairgraph/zh/extract/foreign_companies.py."""

from __future__ import annotations

from fairgraph.model import Document, Mention
from fairgraph.zh.extract.foreign_companies import split_foreign_companies
from fairgraph.zh.pipeline import extract_document


def _split(name: str) -> list[tuple[str, str]]:
    m = Mention(3, 3 + len(name), name, "Organization", "Company")
    return [(x.text, x.type) for x in split_foreign_companies([m])]


def test_a_brand_behind_its_country_is_split_off() -> None:
    assert _split("日本丰田汽车公司") == [("日本", "Country"), ("丰田汽车公司", "Organization")]
    assert _split("法国某某集团") == [("法国", "Country"), ("某某集团", "Organization")]


def test_a_country_s_own_body_stays_whole() -> None:
    for name in ("印度尼西亚国家石油公司", "俄罗斯铁路股份公司", "某国联合粮食公司"):
        assert _split(name) == [(name, "Organization")]
    for name in ("泰国商业部", "澳大利亚某某建筑业协会", "中国某某集团", "美国银行"):
        assert _split(name) == [(name, "Organization")]


def test_split_parts_keep_their_offsets() -> None:
    parts = split_foreign_companies([Mention(3, 9, "瑞士某峰集团", "Organization")])
    assert [(p.start, p.end) for p in parts] == [(3, 5), (5, 9)]


def test_the_company_is_the_party_of_a_signing() -> None:
    text = "中国远洋海运集团有限公司与新加坡某某物流集团签署战略合作协议。"
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    pairs = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    assert pairs == {frozenset({"中国远洋海运集团有限公司", "某某物流集团"})}
    assert any(m.text == "新加坡" and m.type == "Country" for m in ex.mentions)


def test_japanese_company_endings_and_universities_are_split() -> None:
    assert _split("日本某丰株式会社") == [("日本", "Country"), ("某丰株式会社", "Organization")]
    assert _split("斯里兰卡某伦坡大学") == [("斯里兰卡", "Country"), ("某伦坡大学", "Organization")]


def test_a_country_s_own_university_stays_whole() -> None:
    for name in ("新加坡国立大学", "马来西亚理工大学"):
        assert _split(name) == [(name, "Organization")]


def test_a_known_company_with_a_business_line_is_split() -> None:
    assert _split("德国西门子医疗") == [("德国", "Country"), ("西门子医疗", "Organization")]


def test_a_brand_missed_after_its_country_before_a_signing_is_a_party() -> None:
    text = "会上，中国中化控股有限责任公司和韩国晓星签订供货协议。"
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    pairs = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    assert frozenset({"中国中化控股有限责任公司", "晓星"}) in pairs
    assert not any("韩国" in p for p in pairs)


def test_a_country_s_firms_in_general_are_no_brand() -> None:
    text = "会上，中国中化控股有限责任公司和德国企业签订供货协议。"
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    assert not any(m.text == "企业" for m in ex.mentions)


def test_a_zone_authority_after_its_country_is_split_off() -> None:
    assert _split("泰国某某湾经济特区管理局") == [
        ("泰国", "Country"),
        ("某某湾经济特区管理局", "Organization"),
    ]
    assert _split("沙特阿拉伯投资部") == [("沙特阿拉伯投资部", "Organization")]


def test_holdings_and_trading_houses_behind_their_country_are_split() -> None:
    assert _split("新加坡某锡控股") == [("新加坡", "Country"), ("某锡控股", "Organization")]
    assert _split("日本某井商社") == [("日本", "Country"), ("某井商社", "Organization")]
    assert _split("新加坡国家投资控股") == [("新加坡国家投资控股", "Organization")]
