"""Compound titles of regional leaders: src/fairgraph/zh/extract/compound_titles.py and the chain
rule of posts.py that gives a government title the place of the committee before it."""

from __future__ import annotations

import pytest

from extract_helpers import post_triples as _posts
from fairgraph.model import Mention
from fairgraph.zh.extract.compound_titles import (
    party_unit_title,
    region_head_title,
    region_party_committee,
    split_place_committee,
)


def test_bare_party_unit_joins_its_title() -> None:
    ms = [
        Mention(0, 3, "董事长", "Role"),
        Mention(4, 6, "党委", "Organization"),
        Mention(6, 9, "副书记", "Role"),
    ]
    out = party_unit_title(ms)
    assert [(m.text, m.type) for m in out] == [("董事长", "Role"), ("党委副书记", "Role")]


def test_party_unit_of_a_named_body_is_left_alone() -> None:
    ms = [Mention(0, 6, "某某集团党组", "Organization"), Mention(6, 8, "书记", "Role")]
    assert party_unit_title(ms) == ms


def test_region_committee_takes_the_party_unit() -> None:
    ms = [Mention(0, 6, "内蒙古自治区", "Place"), Mention(6, 10, "党委书记", "Role")]
    out = region_party_committee(ms)
    assert [m.text for m in out] == ["内蒙古自治区党委", "书记"]


def test_company_before_party_unit_is_not_a_region() -> None:
    ms = [Mention(0, 4, "某某公司", "Organization"), Mention(4, 9, "党委副书记", "Role")]
    assert [m.text for m in region_party_committee(ms)] == ["某某公司", "党委副书记"]


@pytest.mark.parametrize(
    ("title", "body", "rest"),
    [("天津市委常委", "天津市委", "常委"), ("西藏自治区党委副书记", "西藏自治区党委", "副书记")],
)
def test_place_committee_split_from_title(title: str, body: str, rest: str) -> None:
    found, role = split_place_committee(Mention(0, len(title), title, "Role"))
    assert found is not None and (found.text, role.text) == (body, rest)
    assert found.end == role.start


def test_region_head_takes_the_written_region() -> None:
    text = "区党委书记、自治区副主席赵某"
    at = text.index("副主席")
    out = region_head_title(text, [Mention(at, at + 3, "副主席", "Role")])
    assert [(m.text, text[m.start : m.end]) for m in out] == [("自治区副主席", "自治区副主席")]


def test_named_region_keeps_its_own_title() -> None:
    text = "内蒙古自治区主席某某"
    ms = [Mention(0, 6, "内蒙古自治区", "Place"), Mention(6, 8, "主席", "Role")]
    assert [m.text for m in region_head_title(text, ms)] == ["内蒙古自治区", "主席"]


@pytest.mark.parametrize("backend", ["rules", "default"])
def test_city_committee_then_mayor(backend: str) -> None:
    got = _posts("天津市委副书记、市长张建国在会上致辞。", backend)
    assert ("张建国", "副书记", "天津市委") in got
    assert ("张建国", "市长", "天津市") in got


@pytest.mark.parametrize("backend", ["rules", "default"])
def test_region_committee_then_region_head(backend: str) -> None:
    got = _posts("内蒙古自治区党委副书记、自治区主席王海涛出席开幕式。", backend)
    assert ("王海涛", "副书记", "内蒙古自治区党委") in got
    assert ("王海涛", "自治区主席", "内蒙古自治区") in got


@pytest.mark.parametrize("backend", ["rules", "default"])
def test_company_chairman_and_party_secretary(backend: str) -> None:
    got = _posts("中国大唐集团有限公司董事长、党组书记李国华一行来访。", backend)
    assert ("李国华", "党组书记", "中国大唐集团有限公司") in got


def test_provincial_government_secretary_general() -> None:
    got = _posts("省政府秘书长陈国平参加会见。")
    assert ("陈国平", "秘书长", "省政府") in got


def test_a_committee_read_as_a_title_gives_the_title_after_it() -> None:
    from fairgraph.zh.extract.compound_titles import committee_read_as_title

    text = "省委副书记、省长钱志远致辞。"
    ms = [Mention(0, 2, "省委", "Role"), Mention(6, 8, "省长", "Role")]
    got = [(m.text, m.type) for m in committee_read_as_title(text, ms)]
    assert got == [("省委", "Organization"), ("副书记", "Role"), ("省长", "Role")]


def test_a_bare_region_before_a_party_title_is_the_region_s_committee() -> None:
    from fairgraph.zh.extract.compound_titles import committee_read_as_title

    text = "自治区党委副书记、自治区主席某某主持。"
    ms = [Mention(0, 3, "自治区", "Organization"), Mention(3, 8, "党委副书记", "Role")]
    got = [(m.text, m.type) for m in committee_read_as_title(text, ms)]
    assert got == [("自治区党委", "Organization"), ("副书记", "Role")]
