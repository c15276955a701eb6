"""Titles that stand without a body when the report states none (``bodiless_titles.tsv``):
marked ``bodiless`` by the Chinese rules, kept by the resolver with no organisation, and no
longer read as implying one (总书记 is no post in 中共中央 unless the report says so)."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.naming import standing_title_body
from fairgraph.zh.pipeline import extract_document


def _posts(text: str) -> set[tuple[str, str, str | None, bool]]:
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    return {
        (
            p.person.text,
            p.role.text,
            (p.organization or p.represents).text if (p.organization or p.represents) else None,
            p.bodiless,
        )
        for p in ex.posts
    }


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("王立新总书记在座谈会上强调，要坚定不移扩大对外开放。", ("王立新", "总书记", None, True)),
        ("国家副主席赵德明出席开幕式并致辞。", ("赵德明", "国家副主席", None, True)),
        ("会见时，国家主席钱文远说，双方合作前景广阔。", ("钱文远", "国家主席", None, True)),
        # a body or country the sentence names is the post's, unmarked
        ("中共中央总书记王立新出席开幕式。", ("王立新", "总书记", "中共中央", False)),
        ("老挝国家主席坎代·西萨出席开幕式。", ("坎代·西萨", "国家主席", "老挝", False)),
        # a title not in the list stays unmarked
        ("青海省副省长赵德明出席开幕式。", ("赵德明", "副省长", "青海省", False)),
        # a fair committee's chair: the committee's title, no body (the committee is none)
        ("兰洽会组委会主任、甘肃省副省长赵德明致辞。", ("赵德明", "组委会主任", None, True)),
        ("甘肃省副省长、兰洽会组委会主任赵德明致辞。", ("赵德明", "副省长", "甘肃省", False)),
        ("甘肃省副省长、兰洽会组委会主任赵德明致辞。", ("赵德明", "组委会主任", None, True)),
        ("本届东博会执委会副主任钱文远主持开幕式。", ("钱文远", "执委会副主任", None, True)),
    ],
)
def test_a_title_standing_alone_is_marked_bodiless(text: str, post: tuple) -> None:
    assert post in _posts(text)


def test_a_bare_general_secretary_implies_no_party_central_committee() -> None:
    text = "新华社西宁5月8日电 王立新总书记在座谈会上强调，要扩大开放。青海省副省长赵德明出席。"
    res = resolve([extract_document(Document.from_text(text, source="t.txt"), backend="rules")])
    orgs = {e.label for e in res.entities if e.type == "Organization"}
    assert "中国共产党中央委员会" not in orgs
    assert "青海省人民政府" in orgs  # the province's bare title still names its government
    roles = {(p.role, p.organization, p.represents) for p in res.posts}
    assert ("总书记", None, None) in roles


def test_the_body_a_standing_title_belongs_to_is_only_for_people_to_meet_by() -> None:
    assert standing_title_body("总书记") == "中国共产党中央委员会"
    assert standing_title_body("国家副主席") == "中华人民共和国"
    assert standing_title_body("副省长") is None


def test_other_offices_of_a_fair_are_no_committee_post() -> None:
    # 秘书处 is an office of its own (秘书长 of it), 组委会秘书长 no chair the list names
    assert not any(p[1].startswith("组委会") for p in _posts("兰洽会组委会秘书长钱文远出席。"))
    assert ("钱文远", "组委会主任", None, True) not in _posts("兰洽会秘书处主任钱文远出席。")
