"""Forms of round 27's Chinese reports, on sentences written here: a foreign company whose
transliterated name reads like a person's after its country, and the World Intelligent
Manufacturing Conference as a year-named fair series."""

from __future__ import annotations

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document


def _resolved(text: str):  # type: ignore[no-untyped-def]
    return resolve([extract_document(Document.from_text(text, source="a.txt"))])


def test_a_foreign_company_named_like_a_person_signs_as_a_company() -> None:
    r = _resolved(
        "甲乙家电集团有限公司、丙丁通信股份有限公司分别与波兰阿米卡公司、波兰电信公司签订供货合同。"
    )
    labels = {e.key: e.label for e in r.entities}
    pairs = {frozenset(labels[p] for p in a.parties) for a in r.agreements}
    assert pairs == {
        frozenset({"甲乙家电集团有限公司", "波兰阿米卡公司"}),
        frozenset({"丙丁通信股份有限公司", "波兰电信公司"}),
    }
    assert not any(e.type == "Person" for e in r.entities)


def test_the_world_intelligent_manufacturing_conference_is_a_fair() -> None:
    ex = extract_document(
        Document.from_text(
            "11月28日，2024世界智能制造大会在南京国际博览中心闭幕，共签约项目88个。",
            source="a.txt",
        )
    )
    fairs = [m.text for m in ex.mentions if m.type == "Fair"]
    assert fairs and all("世界智能制造大会" in f for f in fairs)
    assert any(f.signed_project_count == 88 and f.series == "世界智能制造大会" for f in ex.fairs)
