"""Titles of state and diplomatic news (``name_titles.tsv``, ``posts.appointed``): a title
written after a name with no body (某某主席, 某某总统, 某某外长), a list of names sharing it,
the country a foreign official's bare title represents, and the posts a verb gives a name
(任, 当选为, 被任命为). Every sentence here is invented."""

from __future__ import annotations

import pytest

from extract_helpers import LabelledPost, labelled_posts, resolved_text


def _resolved(text: str) -> set[LabelledPost]:
    """(person, role, organisation, represented country) of each resolved post."""
    return labelled_posts(resolved_text(text, "zh", backend="crf"))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # a state title after a name stands alone: no body is implied
        ("去年秋天钱文远主席出访之后，双方往来增多。", ("钱文远", "主席", None, None)),
        ("赵德明副委员长在座谈会上讲话。", ("赵德明", "副委员长", None, None)),
        ("会上，孙立平委员发言。", ("孙立平", "委员", None, None)),
    ],
)
def test_a_state_title_after_a_name_is_a_post_with_no_body(text: str, post: tuple) -> None:
    assert post in _resolved(text)


def test_a_bare_chairman_before_a_name_stays_out() -> None:
    # 主席 before a name with no body says whose chair it is nowhere
    assert not any(p[0] == "钱文远" for p in _resolved("主席钱文远宣布大会开幕。"))


def test_names_listed_before_a_title_share_it() -> None:
    got = _resolved("孙立平、赵德明委员还就立法问题提出意见。")
    assert ("孙立平", "委员", None, None) in got
    assert ("赵德明", "委员", None, None) in got


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # a foreign head's bare title represents the country the sentence names …
        ("在同墨西哥的会谈中，佩德罗总统表示愿扩大合作。", ("佩德罗", "总统", None, "墨西哥")),
        ("日本各界欢迎田中一郎首相的访问。", ("田中一郎", "首相", None, "日本")),
        ("巴西各界关注，总统卡多索将出访。", ("卡多索", "总统", None, "巴西")),
        # … and stands alone when it names none, or only inside a pair (中墨关系)
        ("为推动中墨关系，佩德罗总统表示愿扩大合作。", ("佩德罗", "总统", None, None)),
    ],
)
def test_a_foreign_head_s_bare_title_represents_the_country_written(text: str, post: tuple) -> None:
    assert post in _resolved(text)


def test_another_official_s_country_is_not_taken() -> None:
    got = _resolved("佩德罗总统昨天与日本首相他林通了电话。")
    assert ("佩德罗", "总统", None, None) in got
    assert ("他林", "首相", None, "日本") in got


def test_a_foreign_minister_s_short_title_is_of_the_ministry_of_the_country_written() -> None:
    got = _resolved("在访问秘鲁期间，卡洛斯外长会见了记者。")
    assert ("卡洛斯", "外长", "秘鲁外交部", "秘鲁") in got
    got = _resolved("钱文远外长说，中国愿同各国发展友好关系。")
    assert ("钱文远", "外长", "中华人民共和国外交部", None) in got


def test_japan_s_foreign_minister() -> None:
    got = _resolved("日本外相河野洋一与来访客人会谈。")
    assert ("河野洋一", "外相", None, "日本") in got


def test_a_premier_s_title_belongs_to_the_state_council_unless_the_name_is_foreign() -> None:
    got = _resolved("李文华总理会见了以色列客人。")
    assert ("李文华", "总理", "中华人民共和国国务院", None) in got
    got = _resolved("在以色列，内塔亚胡总理会见了来访客人。")
    assert ("内塔亚胡", "总理", None, "以色列") in got


def test_the_chief_of_the_general_staff_heads_the_general_staff() -> None:
    got = _resolved("中央军委副主席、总参谋长赵德明上将出席。")
    assert ("赵德明", "总参谋长", "中国人民解放军总参谋部", None) in got
    assert ("赵德明", "副主席", "中华人民共和国中央军事委员会", None) in got


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("王立平1995年任中共鞍山市委书记。", ("王立平", "书记", "中国共产党鞍山市委员会", None)),
        ("王立平被任命为国务院副秘书长。", ("王立平", "副秘书长", "中华人民共和国国务院", None)),
        (
            "大会选举王立平为全国人大常委会副委员长。",
            ("王立平", "副委员长", "全国人民代表大会常务委员会", None),
        ),
        # a clause opening with a date and the verb is the sentence's subject's
        (
            "王立平1995年任甲乙县县长，1998年当选为全国政协委员。",
            ("王立平", "委员", "中国人民政治协商会议全国委员会", None),
        ),
    ],
)  # fmt: skip
def test_a_verb_gives_the_name_before_it_the_post_after_it(text: str, post: tuple) -> None:
    assert post in _resolved(text)


def test_a_post_framing_a_time_is_no_post_stated() -> None:
    assert not _resolved("王立平担任甲乙市委书记期间，修了三条路。")


def test_a_proposed_post_is_no_post() -> None:
    got = _resolved("他说，将考虑由王立平出任全国政协副秘书长。")
    assert not any(p[0] == "王立平" for p in got)


def test_a_re_election_is_a_post() -> None:
    got = _resolved("马来西亚的阿卜杜勒连任亚足联主席。")
    assert any(p[:2] == ("阿卜杜勒", "主席") for p in got), got


def test_a_surname_alone_before_a_leader_s_title_is_the_person() -> None:
    assert ("钱", "总书记", None, None) in _resolved("会上，钱总书记指出，要做好工作。")
    assert not _resolved("大会主席宣布会议开幕。")


def test_a_bare_head_title_before_a_name_stands_alone_without_a_place() -> None:
    assert ("赵德明", "副省长", None, None) in _resolved("副省长赵德明说，要抓好春耕。")


def test_a_title_after_the_name_repeating_a_stated_post_adds_none() -> None:
    got = _resolved("匈牙利驻华大使拉约什·巴洛格出席。巴洛格大使表示，合作空间很大。")
    assert ("拉约什·巴洛格", "驻华大使", None, "匈牙利") in got
    assert not any(p[1] == "大使" for p in got), got


def test_a_word_of_the_present_between_a_country_and_its_title() -> None:
    got = _resolved("希拉克说，中国新任总理王立平表示了决心。")
    assert ("王立平", "总理", None, "中国") in got


def test_a_title_naming_its_body_inherits_none_from_a_delegation() -> None:
    got = _resolved("中国代表团团长、国务委员王立平在会上发言。")
    assert ("王立平", "国务委员", "中华人民共和国国务院", None) in got


def test_national_sports_bodies_and_a_full_time_deputy() -> None:
    got = _resolved("中国奥委会副主席王立平说，要办好全运会。")
    assert ("王立平", "副主席", "中国奥林匹克委员会", None) in got
    got = _resolved("中国足协专职副主席王立平表示，要严肃赛风赛纪。")
    assert ("王立平", "专职副主席", "中国足球协会", None) in got
