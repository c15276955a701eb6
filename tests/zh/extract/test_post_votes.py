"""Posts of official news given by a vote or an appointment to lists of names (``posts.appointed``:
选举甲为主席，乙、丙为副主席), by 是 (某会主席是甲), with a field between the body and the title
(某部负责…的副部长), and a foreign name's foreign minister. Every sentence here is invented."""

from __future__ import annotations

import pytest

from extract_helpers import LabelledPost, labelled_posts, resolved_text


def _resolved(text: str) -> set[LabelledPost]:
    """(person, role, organisation, represented country) of each resolved post."""
    return labelled_posts(resolved_text(text, "zh", backend="crf"))


def _holders(text: str, role: str) -> dict[str, str | None]:
    """Each person holding ``role`` and the label of its organisation."""
    return {p[0]: p[2] for p in _resolved(text) if p[1] == role}


def test_names_listed_in_the_clause_after_an_election_share_the_title() -> None:
    got = _holders("会议选举孙立平为市政协主席，赵德明、钱文远为市政协副主席。", "副主席")
    assert set(got) == {"赵德明", "钱文远"}


def test_a_name_listed_with_its_sex_stays_in_the_list() -> None:
    text = "会议选举孙立平为市政协主席，赵德明、刘秀英（女）、钱文远为市政协副主席。"
    assert set(_holders(text, "副主席")) == {"赵德明", "刘秀英", "钱文远"}


def test_every_name_before_the_verbs_object_holds_the_title() -> None:
    got = _holders("大会任命赵德明、钱文远为财政部副部长。", "副部长")
    assert set(got) == {"赵德明", "钱文远"}


def test_a_list_with_no_verb_before_it_is_no_post() -> None:
    # 为 alone (甲、乙为副主席 with nothing appointing them) states no post
    assert not _holders("据悉，赵德明、钱文远为市政协副主席候选人的人选。", "副主席")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the Party committee of a session is the committee (中共某省委)
        (
            "中共江西省委第九届委员会第一次全体会议选举孙立平为书记，赵德明为副书记。",
            "中国共产党江西省委员会",
        ),
        # 政协某省第几届委员会 is the province's 政协
        ("政协江西省第八届委员会第一次会议选举孙立平为主席。", "中国人民政治协商会议江西省委员会"),
    ],
)
def test_the_body_that_votes_holds_the_bare_title(text: str, body: str) -> None:
    assert {p[0]: p[2] for p in _resolved(text)}.get("孙立平") == body


def test_names_after_a_title_and_shi_hold_it_and_the_next_clause_shares_the_body() -> None:
    got = _resolved("现任中国机电商会名誉会长是孙立平、赵德明，会长是钱文远。")
    assert ("孙立平", "名誉会长", "中国机电商会", None) in got
    assert ("赵德明", "名誉会长", "中国机电商会", None) in got
    assert ("钱文远", "会长", "中国机电商会", None) in got


def test_a_name_after_shi_that_goes_on_is_no_post() -> None:
    assert not any(p[0] == "孙立平" for p in _resolved("中国机电商会会长是孙立平的老同学。"))


@pytest.mark.parametrize(
    "text",
    [
        "商务部负责外贸工作的副部长孙立平今天表示，出口形势良好。",
        "商务部分管外贸的副部长孙立平今天表示，出口形势良好。",
    ],
)
def test_a_field_between_the_body_and_the_title_keeps_the_body(text: str) -> None:
    assert "商务部" in (_holders(text, "副部长").get("孙立平") or "")


def test_a_foreign_names_foreign_minister_is_of_the_country_named_not_chinas() -> None:
    got = _resolved("博塔马拉外长说，中国是可靠的朋友，马里愿与中国加强合作。")
    assert any(p[0] == "博塔马拉" and p[3] == "马里" for p in got)
    assert not any(p[0] == "博塔马拉" and "中华人民共和国" in (p[2] or "") for p in got)


def test_a_foreign_names_foreign_minister_before_the_name_with_no_country_is_not_chinas() -> None:
    got = _resolved("外交部长博塔马拉说，双方应当加强合作。")
    assert not any(p[0] == "博塔马拉" and p[2] is not None for p in got)
    chinese = _resolved("外交部长孙立平说，双方应当加强合作。")
    assert any(p[0] == "孙立平" and "外交部" in (p[2] or "") for p in chinese)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # a one-character short form opening a minister's title is the country
        ("同日，俄能源部长尤里耶夫在讲话中说。", ("尤里耶夫", "能源部长", "俄罗斯")),
        # a country's government by its short form: its head represents it
        ("根据俄政府总理博塔马拉的决定，会议推迟。", ("博塔马拉", "总理", "俄罗斯")),
    ],
)
def test_a_foreign_state_officials_title_represents_the_country(text: str, post: tuple) -> None:
    person, role, country = post
    assert any(p[0] == person and p[1] == role and p[3] == country for p in _resolved(text))


def test_a_chinese_ministry_before_a_title_keeps_the_title_as_written() -> None:
    got = _resolved("中国商务部部长孙立平说，出口形势良好。")
    assert any(p[0] == "孙立平" and p[1] == "部长" and p[3] is None for p in got)


def test_titles_a_verb_of_holding_gives_the_name_after_de_are_its_posts() -> None:
    got = _resolved("大家都知道现任江城市文化局副局长和“江城影业公司”总经理的孙立平。")
    assert any(p[0] == "孙立平" and p[1] == "副局长" and "文化局" in (p[2] or "") for p in got)
    assert ("孙立平", "总经理", "江城影业公司", None) in got


def test_a_post_held_then_before_de_is_no_post_now() -> None:
    got = _resolved("他找到时任江城市文化局副局长的孙立平帮忙。")
    assert not any(p[0] == "孙立平" for p in got)


def test_a_name_engaged_as_a_member_holds_the_post() -> None:
    got = _resolved("孙立平现任江城市政府副秘书长，还被聘为中国龙舟协会委员。")
    assert ("孙立平", "委员", "中国龙舟协会", None) in got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("中国机电商会驻德国代表处首席代表孙立平介绍了情况。", "中国机电商会驻德国代表处"),
        ("华东电力公司驻北京办事处主任孙立平说，订单增加。", "华东电力公司驻北京办事处"),
    ],
)
def test_a_bodys_office_in_a_place_is_the_titles_body(text: str, body: str) -> None:
    assert any(p[0] == "孙立平" and p[2] == body for p in _resolved(text))


def test_names_listed_before_a_verb_of_election_share_the_post() -> None:
    got = _holders("大会上，孙立平、赵德明当选为市政协副主席。", "副主席")
    assert set(got) == {"孙立平", "赵德明"}


def test_names_a_verb_of_meeting_lists_are_not_all_elected() -> None:
    got = _holders("他会见了孙立平、赵德明当选为市政协副主席的消息。", "副主席")
    assert "孙立平" not in got


def test_a_foreign_names_vice_premier_with_no_country_named_is_not_chinas() -> None:
    got = _resolved("据报道，新内阁成员是：副总理涅姆斯基、副总理孙立平。")
    assert not any(p[0] == "涅姆斯基" for p in got)
    assert any(p[0] == "孙立平" and p[1] == "副总理" for p in got)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "钱文远今天会见了以主席博塔马拉为团长的马里民主联盟代表团。",
            ("博塔马拉", "主席", "马里民主联盟", None),
        ),
        (
            "钱文远今天会见了由众议员博塔马拉率领的马里代表团。",
            ("博塔马拉", "众议员", None, "马里"),
        ),
    ],
)
def test_the_head_of_a_foreign_delegation_holds_a_title_of_its_body(text: str, post: tuple) -> None:
    assert post in _resolved(text)


def test_an_acting_title_keeps_its_word() -> None:
    got = _resolved("中国机电商会代会长孙立平说，出口增长。")
    assert ("孙立平", "代会长", "中国机电商会", None) in got


def test_an_ambassador_appointed_by_a_verb_represents_the_sending_country() -> None:
    got = _resolved("二、任命孙立平为中华人民共和国驻马里共和国特命全权大使。")
    assert any(p[0] == "孙立平" and p[1].startswith("驻马里") and p[3] == "中国" for p in got)
