"""Bodies written right before a title, and titles written with their field or grade
(src/fairgraph/zh/extract/title_bodies.py, field_titles.tsv)."""

from __future__ import annotations

import pytest

from extract_helpers import post_triples
from fairgraph.model import Document, Mention
from fairgraph.zh.extract.title_bodies import (
    bodies_before_titles,
    field_titles_grown,
    titles_before_names,
)
from fairgraph.zh.pipeline import extract_document


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return post_triples(text, backend="crf")


@pytest.mark.parametrize(
    "text, post",
    [
        ("会后，鼎盛拍卖公司董事长陈志远接受了采访。", ("陈志远", "董事长", "鼎盛拍卖公司")),
        ("宏远地产设计总监黄晓明介绍了新楼盘。", ("黄晓明", "设计总监", "宏远地产")),
        ("他说，东湖博物馆馆长孙文涛出席了开幕式。", ("孙文涛", "馆长", "东湖博物馆")),
        ("北方汽车协会名誉会长郑国华到场致辞。", ("郑国华", "名誉会长", "北方汽车协会")),
        ("金桥投资合伙人马文达表示，", ("马文达", "合伙人", "金桥投资")),
        ("据报道，瑞典国家队主教练安德森公布了名单。", ("安德森", "主教练", "瑞典国家队")),
        ("张伟、华安保险公司总经理刘洋出席。", ("刘洋", "总经理", "华安保险公司")),
    ],
)
def test_a_body_no_lexicon_knows_before_a_title(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


@pytest.mark.parametrize(
    "text, post",
    [
        ("广和证券高级行业分析师周立群认为，", ("周立群", "高级行业分析师", "广和证券")),
        ("长江银行首席经济学家吴海波称，贷款增速放缓。", ("吴海波", "首席经济学家", "长江银行")),
        ("来自华星设计研究院的总建筑师刘建国说", ("刘建国", "总建筑师", "华星设计研究院")),
    ],
)  # fmt: skip
def test_a_title_with_its_field_or_grade(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


def test_a_firm_s_unit_is_the_post_s_body() -> None:
    got = _posts("瑞丰银行个人金融部理财师林晓燕介绍说，")
    assert ("林晓燕", "理财师", "瑞丰银行个人金融部") in got


def test_head_after_its_body_but_not_alone() -> None:
    assert ("赵明", "负责人", "星海科技有限公司") in _posts("星海科技有限公司负责人赵明说，")
    assert _posts("企业负责人王海说，") == set()


@pytest.mark.parametrize(
    "text",
    [
        "多家参展企业代表李明、王刚出席。",  # a description before 代表, no body
        "这两家银行客服经理王芳说，",  # a count of firms, no name
        "全省各地各部门主任王强出席。",  # a description of many bodies
    ],
)
def test_descriptions_are_no_bodies(text: str) -> None:
    assert all(o is None for _p, _r, o in _posts(text)), _posts(text)


def test_occupations_take_no_body() -> None:
    got = _posts("导演张艺和律师李强出席。")
    assert all(o is None for _p, _r, o in got), got


def test_the_body_does_not_swallow_a_verb_or_a_person() -> None:
    text = "王某表示公司董事长李某"
    ms = [Mention(0, 2, "王某", "Person"), Mention(6, 9, "董事长", "Role")]
    assert [m.text for m in bodies_before_titles(text, ms)] == ["王某", "董事长"]
    text = "随后，他邀请天成科技公司董事长李某"
    ms = [Mention(12, 15, "董事长", "Role")]
    assert [m.text for m in bodies_before_titles(text, ms)] == ["天成科技公司", "董事长"]


def test_the_body_does_not_swallow_a_list_separator() -> None:
    text = "王某和远航物流公司总经理李某"
    ms = [Mention(0, 2, "王某", "Person"), Mention(9, 12, "总经理", "Role")]
    assert [m.text for m in bodies_before_titles(text, ms)] == ["王某", "远航物流公司", "总经理"]


def test_a_place_written_before_the_name_begins_it() -> None:
    text = "西安宏达建筑设计有限责任公司设计总监李某"
    ms = [Mention(0, 2, "西安", "Place"), Mention(14, 18, "设计总监", "Role")]
    out = bodies_before_titles(text, ms)
    assert [(m.text, m.type) for m in out] == [
        ("西安宏达建筑设计有限责任公司", "Organization"),
        ("设计总监", "Role"),
    ]


def test_a_place_before_a_title_is_no_body_of_its_own() -> None:
    text = "在北京，市场总监李某说"
    ms = [Mention(1, 3, "北京", "Place"), Mention(4, 8, "市场总监", "Role")]
    assert [m.type for m in bodies_before_titles(text, ms)] == ["Place", "Role"]


def test_field_titles_grow_but_not_over_a_count() -> None:
    text = "两大队长李某"
    ms = [Mention(2, 4, "队长", "Role"), Mention(4, 6, "李某", "Person")]
    assert [m.text for m in field_titles_grown(text, ms)] == ["队长", "李某"]
    text = "某所高级研究员李某"
    ms = [Mention(4, 7, "研究员", "Role")]
    assert [m.text for m in field_titles_grown(text, ms)] == ["高级研究员"]


def test_titles_before_names_leave_verbs_alone() -> None:
    text = "他代表王某致辞"
    out = titles_before_names(text, [Mention(3, 5, "王某", "Person")])
    assert [m.text for m in out] == ["王某"]
    text = "俱乐部主帅李某说"
    out = titles_before_names(text, [Mention(5, 7, "李某", "Person")])
    assert [(m.text, m.type) for m in out] == [("主帅", "Role"), ("李某", "Person")]


def test_a_team_before_its_coach_is_no_city_or_person() -> None:
    text = "赛后，米兰主帅罗西表示满意。"
    ex = extract_document(Document.from_text(text, source="t.txt"))
    (post,) = ex.posts
    assert post.organization is not None
    assert (post.organization.text, post.organization.type) == ("米兰", "Organization")
    assert post.organization.origin != "implied-by-place"  # not the city's government


@pytest.mark.parametrize(
    "text, post",
    [
        ("此外，远大地产华东区总经理陈卫东认为，", ("陈卫东", "总经理", "远大地产")),
        ("南方银行信用卡中心CEO周海涛接受采访时说，", ("周海涛", "CEO", "南方银行信用卡中心")),
        ("海关总署统计分析司综合处处长张强说，", ("张强", "处长", "海关总署统计分析司综合处")),
        ("东海科技副总裁马丽丽和西湖汽车销售总监赵磊出席。", ("赵磊", "销售总监", "西湖汽车")),
    ],
)
def test_units_regions_and_latin_titles(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


def test_a_unit_alone_is_no_body() -> None:
    text = "规划处处长王丽说，"
    assert bodies_before_titles(text, [Mention(3, 5, "处长", "Role")]) == [
        Mention(3, 5, "处长", "Role")
    ]


@pytest.mark.parametrize(
    "text, post",
    [
        ("新浪财经主编王明说，", ("王明", "主编", "新浪财经")),  # a portal's channel
        ("我是搜狐焦点论坛主管张伟。", ("张伟", "主管", "搜狐焦点论坛")),  # a portal's forum
        ("华为公司原总经理李明出席。", ("李明", "原总经理", "华为公司")),  # a former post
    ],
)
def test_a_unit_or_brand_of_a_known_firm(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


def test_a_scope_word_is_no_unit() -> None:
    got = _posts("北京远景咨询有限公司的国内市场总监李强说，")
    assert not any(o and "国内" in o for _p, _r, o in got), got
