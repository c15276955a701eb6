"""Bodies of a report: kinds of departments that name no one body (extract/bodies.py;
sentences written here)."""

from __future__ import annotations

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document


def _orgs(text: str) -> set[str]:
    ex = extract_document(Document.from_text(text, source="t.txt"))
    return {m.text for m in ex.mentions if m.type == "Organization"}


def test_a_department_named_by_its_field_alone_is_no_organisation() -> None:
    orgs = _orgs("省工信厅、省商务厅及各市州商务部门负责人参加了会议。")
    assert {"省工信厅", "省商务厅"} <= orgs
    assert "商务部门" not in orgs


def test_the_departments_of_several_provinces_are_no_one_body() -> None:
    orgs = _orgs("两省的发展和改革委员会、生态环境厅、工业和信息化厅等部门签署了协议。")
    assert not orgs & {"发展和改革委员会", "改革委员会", "生态环境厅", "工业和信息化厅"}


def test_a_department_with_its_place_stays() -> None:
    assert "甘肃省发展和改革委员会" in _orgs("甘肃省发展和改革委员会与兰州某集团签约。")
