"""Organisations in the forms news reports write them (sentences and names written here): a
connector the model read into a body, a body's head cut into a one-character place, a parent and
its subsidiary run together; bodies joined by 和/及 stay two, delegations and forums are none."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.ner import recognize
from fairgraph.zh.pipeline import extract_document


def _orgs(text: str) -> set[str]:
    return {m.text for m in recognize(text) if m.type == "Organization"}


def _labels(text: str) -> set[str]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    return {e.label for e in res.entities if e.type == "Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("临夏州政府同江苏瑞丰国际集团股份有限公司签订合作协议。", "江苏瑞丰国际集团股份有限公司"),
        ("定西市同浙江安澜实业股份有限公司签约。", "浙江安澜实业股份有限公司"),
        ("湖南湘江新区管理委员会与一家企业签约。", "湖南湘江新区管理委员会"),
        ("中新天津生态城管理委员会与一家企业签约。", "中新天津生态城管理委员会"),
        ("江铜集团控股子公司江西铜业股份有限公司参展。", "江西铜业股份有限公司"),
        ("江铜集团控股子公司江西铜业股份有限公司参展。", "江铜集团"),
        (
            "香港特别行政区政府商务及经济发展局与甘肃省商务厅签约。",
            "香港特别行政区政府商务及经济发展局",
        ),
    ],
)
def test_a_body_whole(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("甘肃省人民政府和中国银行签署协议。", {"甘肃省人民政府", "中国银行股份有限公司"}),
        ("香港贸发局与甘肃省商务厅签约。", {"香港贸易发展局", "甘肃省商务厅"}),
        (
            "甘肃省发展和改革委员会主任张建华介绍。省发改委负责人表示，项目进展顺利。",
            {"甘肃省发展和改革委员会"},  # the short form in context is the same body
        ),
        (
            "中央政府驻澳门联络办公室副主任出席。",
            {"中央人民政府驻澳门特别行政区联络办公室"},
        ),
    ],
)
def test_bodies_by_their_full_names(text: str, names: set[str]) -> None:
    assert _labels(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省经贸代表团赴港招商。",
        "兰州市组团参加广交会。",
        "“一带一路”国际合作高峰论坛在北京举行。",
        "本届青洽会在西宁举办，海西州参展团重点展示了盐湖化工产品。",
        "互助县招商团队赴外地开展招商活动。",
    ],
)
def test_delegations_and_forums_are_no_organisations(text: str) -> None:
    assert _labels(text) == set()


def test_a_party_committee_and_a_government_are_never_one_body() -> None:
    labels = _labels("中共甘肃省委和甘肃省政府高度重视。")
    assert labels == {"中国共产党甘肃省委员会", "甘肃省人民政府"}
