"""Title repairs (src/fairgraph/zh/extract/titles.py): the same posts whatever the recogniser."""

from __future__ import annotations

import pytest

from extract_helpers import post_triples as _posts
from fairgraph.model import Mention
from fairgraph.zh.extract.titles import (
    detach_party_unit,
    split_role_lists,
    split_titled_body,
    titles_after_bodies,
)

BACKENDS = ("rules", "default")


def test_title_after_body_is_restored() -> None:
    text = "市政协主席周某出席"
    found = titles_after_bodies(text, [Mention(0, 3, "市政协", "Organization")])
    assert [(m.text, m.type) for m in found] == [("市政协", "Organization"), ("主席", "Role")]


def test_title_after_body_not_read_inside_a_body_name() -> None:
    text = "市委常委会议召开"
    found = titles_after_bodies(text, [Mention(0, 2, "市委", "Organization")])
    assert all(m.type != "Role" for m in found)


def test_title_after_body_leaves_covered_text_alone() -> None:
    text = "省政府主任务"
    taken = [Mention(0, 3, "省政府", "Organization"), Mention(3, 6, "主任务", "Other")]
    assert titles_after_bodies(text, taken) == taken


def test_party_unit_moves_to_the_title() -> None:
    text = "东方能源集团党委副书记吴某"
    found = detach_party_unit(text, [Mention(0, 8, "东方能源集团党委", "Organization")])
    assert [(m.text, m.type) for m in found] == [
        ("东方能源集团", "Organization"),
        ("党委副书记", "Role"),
    ]


def test_bare_party_unit_is_kept() -> None:
    found = detach_party_unit("党委书记", [Mention(0, 2, "党委", "Organization")])
    assert [m.text for m in found] == ["党委"]


def test_role_lists_split_at_the_enumeration_comma() -> None:
    role = Mention(3, 14, "市委书记、市人大常委会主任", "Role")
    assert [(m.text, m.start) for m in split_role_lists([role])] == [
        ("市委书记", 3),
        ("市人大常委会主任", 8),
    ]


@pytest.mark.parametrize(
    ("span", "body", "title"),
    [
        ("天津市人大常委会副主任", "天津市人大常委会", "副主任"),
        ("南方电网集团董事长", "南方电网集团", "董事长"),
        ("某某集团党组书记", "某某集团", "党组书记"),
    ],
)
def test_titled_body_split(span: str, body: str, title: str) -> None:
    got_body, got_title = split_titled_body(Mention(0, len(span), span, "Role"))
    assert got_body is not None and got_body.text == body and got_body.end == len(body)
    assert got_title.text == title and got_title.start == len(body)


@pytest.mark.parametrize("span", ["党委书记", "政协主席", "驻华大使", "董事总经理"])
def test_plain_titles_are_not_split(span: str) -> None:
    assert split_titled_body(Mention(0, len(span), span, "Role"))[0] is None


@pytest.mark.parametrize("backend", BACKENDS)
def test_compound_titles_on_every_backend(backend: str) -> None:
    got = _posts("市委书记、市人大常委会主任赵建国，市委副书记、市长钱立明出席签约仪式。", backend)
    assert ("赵建国", "书记", "市委") in got
    assert ("赵建国", "主任", "市人大常委会") in got
    assert ("钱立明", "副书记", "市委") in got


@pytest.mark.parametrize("backend", BACKENDS)
def test_company_party_title_chain_on_every_backend(backend: str) -> None:
    got = _posts("省长会见了中国石油天然气集团党组书记、董事长孙国华一行。", backend)
    assert ("孙国华", "党组书记", "中国石油天然气集团") in got
    assert ("孙国华", "董事长", "中国石油天然气集团") in got


def test_board_and_title_are_one_title() -> None:
    from fairgraph.zh.extract.titles import board_titles

    text = "东方电机集团董事会主席林某致辞"
    pieces = [Mention(6, 8, "董事", "Role"), Mention(9, 11, "主席", "Role")]
    assert [(m.text, m.start) for m in board_titles(text, pieces)] == [("董事会主席", 6)]
    # a board inside an organisation's name is left to the organisation
    org = [Mention(0, 9, "东方电机集团董事会", "Organization")]
    assert board_titles(text, org) == org


def test_head_of_place_needs_a_name_after() -> None:
    from fairgraph.zh.extract.titles import head_of_place

    place = [Mention(0, 3, "湖南省", "Place")]
    assert head_of_place("湖南省长沙市", place) == place
    with_name = [*place, Mention(4, 7, "毛伟明", "Person")]
    assert [m.text for m in head_of_place("湖南省长毛伟明讲话", with_name)] == [
        "湖南",
        "省长",
        "毛伟明",
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_title_keeps_the_body(backend: str) -> None:
    got = _posts("全国人大常委会副委员长兼秘书长王晨出席开幕式。", backend)
    assert ("王晨", "秘书长", "全国人大常委会") in got


@pytest.mark.parametrize("backend", BACKENDS)
def test_byline_names_split_at_spaces(backend: str) -> None:
    got = {
        (p, r)
        for p, r, _ in _posts("人民网北京5月2日电（记者周立波 滕小雨 汪明）会议开幕。", backend)
    }
    assert {("周立波", "记者"), ("滕小雨", "记者"), ("汪明", "记者")} <= got


def test_a_name_does_not_run_on_into_the_verb_after_it() -> None:
    posts = _posts("全国政协副主席钱小到会并致辞。四川省委书记陈立率团参加。", "default")
    people = {person for person, _, _ in posts}
    assert {"钱小", "陈立"} <= people
    assert not people & {"钱小到", "陈立率"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某某会开幕\n中新网 西宁11月8日电 （记者 李明）某某会今天开幕。",
            ("李明", "记者", "中新网"),
        ),
        ("某某会开幕\n【环球时报记者 王强】6日，某某会开幕。", ("王强", "记者", "环球时报")),
        ("某某会开幕\n【香港商报网讯】记者张丽报道：某某会开幕。", ("张丽", "记者", "香港商报网")),
        ("某某会开幕\n南方日报讯（记者/马芳）昨日下午，某某会开幕。", ("马芳", "记者", "南方日报")),
        (
            "某某会开幕\n中新社兰州七月十九日电 （记者 漆艳）某某会开幕。",
            ("漆艳", "记者", "中新社"),
        ),
    ],
)
def test_a_reporter_works_for_the_outlet_of_the_dateline(text: str, expected: tuple) -> None:
    assert expected in _posts(text, "default")


def test_former_ministries_and_outlets_are_known_bodies() -> None:
    posts = _posts("中国农业部副部长李明出席。", "default")
    assert ("李明", "副部长", "中国农业部") in posts
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.org_of("农业部").name == "中华人民共和国农业部"
    assert lexicon.org_of("工商总局").name == "国家工商行政管理总局"
    assert lexicon.org_of("日本经济新闻") is not None
