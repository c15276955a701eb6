"""Issue 12, session 20: posts of political and diplomatic news — bare foreign titles after a
name, the country a body's name states, officials listed under one country, the head of a
delegation received, 该党/该国 before a title, 领导人, former posts said by 前/时任/当时的, a
country's envoy to an international body. Every sentence written for this test; names invented.
"""

from __future__ import annotations

import pytest

from extract_helpers import labelled_posts, resolved_text


def _posts(text: str) -> set[tuple[str, str, str | None, str | None]]:
    return labelled_posts(resolved_text(text, "zh"))


def _held(text: str, person: str) -> list[tuple[str, str | None, str | None]]:
    return [(r, o, c) for p, r, o, c in _posts(text) if p == person]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("贝纳多议长对代表团的来访表示热烈欢迎。", "贝纳多", "议长"),
        ("采访中，托雷斯参议员谈到了两国合作的前景。", "托雷斯", "参议员"),
        ("据省农业科学院赵明远院士介绍，今年的良种推广面积明显扩大。", "赵明远", "院士"),
    ],
)
def test_a_bare_title_after_a_name_is_a_post(text: str, person: str, role: str) -> None:
    assert any(r == role for r, _o, _c in _held(text, person)), _posts(text)


def test_a_foreign_title_takes_the_country_a_government_s_name_states() -> None:
    text = "马尔多纳多总统表示，智利政府将继续推动这一计划。"
    assert ("总统", None, "智利") in _held(text, "马尔多纳多")


def test_a_company_s_name_states_no_country_for_a_title() -> None:
    from fairgraph.model import Mention
    from fairgraph.zh.extract.posts import _leading_country

    firm = Mention(0, 6, "智利铜业公司", "Organization", "Company")
    government = Mention(0, 4, "智利政府", "Organization", "Government")
    assert _leading_country(firm) is None
    assert _leading_country(government).text == "智利"


def test_officials_listed_under_one_country_all_represent_it() -> None:
    text = "会见时，秘鲁总统卡斯塔涅达、总理贝利萨里奥和议长阿尔瓦兰出席。"
    assert ("议长", None, "秘鲁") in _held(text, "阿尔瓦兰")
    assert any(c == "秘鲁" for _r, _o, c in _held(text, "贝利萨里奥"))


def test_a_second_minister_of_a_list_is_of_the_same_country() -> None:
    text = "加拿大财政部长莫里森和司法部长拉瓦莱在记者会上说，新规定下月生效。"
    assert any(r == "司法部长" and c == "加拿大" for r, _o, c in _held(text, "拉瓦莱"))


def test_a_chinese_list_takes_no_foreign_country() -> None:
    text = "国务院总理李建华、副总理王志刚会见了秘鲁客人。"
    assert all(c is None for _r, _o, c in _held(text, "王志刚"))


def test_the_head_of_a_delegation_received_holds_its_title() -> None:
    text = "副省长张立新会见了以贸易部长卡洛斯·门多萨为团长的秘鲁政府经贸代表团。"
    assert any(r == "团长" for r, _o, _c in _held(text, "卡洛斯·门多萨"))


def test_a_report_s_own_delegation_gives_its_head_no_delegation_post() -> None:
    text = "以副市长、市政府党组成员王立新为团长的某市代表团参加了开幕式。"
    assert all(r != "团长" for r, _o, _c in _held(text, "王立新"))


def test_an_acting_head_of_a_delegation_is_so_titled() -> None:
    text = "市长会见了以协会主席马克·罗森为代理团长的加拿大商会代表团。"
    assert any(r == "代理团长" for r, _o, _c in _held(text, "马克·罗森"))


@pytest.mark.parametrize(
    "text",
    [
        "法院日前对正在智利流亡的前总统阿尔瓦罗·门德斯进行缺席审判。",
        "到他家送礼的有：当时的市交通局副局长刘志强送3000元。",
        "会议由时任市交通局副局长刘志强主持。",
    ],
)
def test_a_post_said_to_be_former_is_no_post_held(text: str) -> None:
    result = resolved_text(text, "zh")
    label = {e.key: e.label for e in result.entities}
    held = [p for p in result.posts if label[p.person] in ("阿尔瓦罗·门德斯", "刘志强")]
    assert held and all(p.ended for p in held), result.posts


def test_a_country_s_leader_represents_it() -> None:
    text = "乌干达领导人卡卢萨与邻国总统举行了会谈。"
    assert ("领导人", None, "乌干达") in _held(text, "卡卢萨")


def test_china_s_leaders_are_no_post() -> None:
    text = "中国领导人李建华会见了客人。"
    assert all(r != "领导人" for r, _o, _c in _held(text, "李建华"))


def test_the_party_said_by_gai_dang_is_the_party_written_before() -> None:
    text = "巴拿马民主革命党在首都举行集会，该党主席贝卡斯和副主席奥兰多出席。"
    assert ("主席", "巴拿马民主革命党", None) in _held(text, "贝卡斯")
    assert ("副主席", "巴拿马民主革命党", None) in _held(text, "奥兰多")


def test_gai_dang_with_no_party_before_takes_none() -> None:
    text = "该党主席贝卡斯出席了集会。"
    assert all(o is None for _r, o, _c in _held(text, "贝卡斯"))


def test_an_honorary_chairman_of_a_group() -> None:
    text = "韩国东亚集团名誉董事长朴正浩出席了签字仪式。"
    assert any(
        r == "名誉董事长" and o is not None and o.endswith("东亚集团") and "名誉" not in o
        for r, o, _c in _held(text, "朴正浩")
    ), _posts(text)


def test_an_envoy_to_the_united_nations_is_his_country_s() -> None:
    text = "外长会见了秘鲁新任驻联合国大使卡斯蒂略。"
    held = _held(text, "卡斯蒂略")
    assert any(c == "秘鲁" and "驻联合国" in r for r, _o, c in held), held
    assert all(o != "联合国" for _r, o, _c in held)


def test_a_first_prime_minister_and_his_concurrent_portfolio() -> None:
    text = "泰国王国政府第一首相兼外交大臣颂猜·翁萨瓦今天抵达。"
    held = _held(text, "颂猜·翁萨瓦")
    assert any(r == "第一首相" for r, _o, _c in held), held
    assert any(r == "外交大臣" and (o or c) for r, o, c in held), held


def test_elected_as_the_new_chair_of_a_body() -> None:
    text = "在昨天闭幕的年会上，卡尔·霍夫曼当选为新的国际乒联主席。"
    assert any(r == "主席" and o == "国际乒联" for r, o, _c in _held(text, "卡尔·霍夫曼"))


def test_a_former_title_in_a_chain_keeps_the_titles_before_it() -> None:
    text = "议会选举执政党巴拿马民主革命党主席、前副总统埃内斯托·佩雷斯为新总统。"
    held = _held(text, "埃内斯托·佩雷斯")
    assert any(r == "主席" and o == "巴拿马民主革命党" for r, o, _c in held), held


def test_a_chain_stops_at_a_title_written_after_another_name() -> None:
    text = "记者采访了托雷斯参议员、前美中协会主席兰德尔。"
    assert all(r != "参议员" for r, _o, _c in _held(text, "兰德尔"))


def test_the_post_a_person_took_up_before_de() -> None:
    text = "不久前就任中国钢铁工业协会会长的王建业出席了会议。"
    assert ("会长", "中国钢铁工业协会", None) in _held(text, "王建业")


def test_a_crown_prince_represents_his_country() -> None:
    text = "国家主席会见了丹麦王储弗雷德里克一行。"
    assert ("王储", None, "丹麦") in _held(text, "弗雷德里克")


def test_a_bare_foreign_title_takes_no_other_official_s_country_among_several() -> None:
    text = "丹麦王储弗雷德里克和瑞典首相佩尔松会见了卡尔松国王。"
    assert all(c is None for _r, _o, c in _held(text, "卡尔松"))


def test_every_title_of_a_bracketed_note_after_a_name() -> None:
    text = "本期作者：刘长青（画家、中国美术家协会副主席、清华大学美术学院院长）"
    held = _held(text, "刘长青")
    assert ("副主席", "中国美术家协会", None) in held, held
    assert ("院长", "清华大学美术学院", None) in held, held
