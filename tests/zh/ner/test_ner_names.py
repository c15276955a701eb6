"""Surname lists and the splitting of run-together names (names invented for the test)."""

from __future__ import annotations

import pytest

from fairgraph.model import Mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.ner.names import (
    ALL_SURNAMES,
    DOUBLE_SURNAMES,
    RARE_SURNAMES,
    SURNAMES,
    join_spaced_foreign_names,
    looks_transliterated,
    split_person_list,
    starts_with_surname,
)


@pytest.mark.parametrize("name", ["辜国强", "佘文华", "逯明远", "覃海燕", "冼志成", "谌立新"])
def test_rare_surnames(name):
    assert starts_with_surname(name)


@pytest.mark.parametrize(
    "name",
    ["欧阳丽华", "司马文", "上官飞燕", "诸葛明", "东方红", "皇甫建国", "令狐明", "尉迟恭",
     "澹台明月", "公孙胜", "慕容晓", "长孙宁", "宇文晓峰", "单于飞", "夏侯杰", "端木清"],
)  # fmt: skip
def test_double_surnames(name):
    assert starts_with_surname(name, rare=False)


@pytest.mark.parametrize("word", ["通报", "宣布", "强调", "揭牌", "隆重", "第五届"])
def test_ordinary_words_do_not_start_with_a_rare_surname(word):
    assert not starts_with_surname(word)


def test_rare_surnames_are_only_used_on_request():
    assert not starts_with_surname("逯明远", rare=False)
    assert not RARE_SURNAMES & SURNAMES
    assert ALL_SURNAMES == SURNAMES | RARE_SURNAMES
    assert len(set(DOUBLE_SURNAMES)) == len(DOUBLE_SURNAMES)
    assert all(len(s) == 2 for s in DOUBLE_SURNAMES)


def test_split_keeps_a_double_surname_name_whole():
    text = "澹台明月"
    ms = [Mention(0, 4, text, "Person", None, "crf")]
    assert [m.text for m in split_person_list(ms, text, load_lexicon())] == ["澹台明月"]


def test_split_still_cuts_two_names():
    text = "王海李强出席"
    ms = [Mention(0, 4, "王海李强", "Person", None, "crf")]
    assert [m.text for m in split_person_list(ms, text, load_lexicon())] == ["王海", "李强"]


def test_foreign_name_written_with_a_space_is_one_person():
    text = "荷兰经济大臣玛丽亚 范德霍芬等出席"
    ms = [Mention(6, 9, "玛丽亚", "Person", None, "crf"), Mention(10, 12, "范德", "Person")]
    found = join_spaced_foreign_names(ms, text, load_lexicon())
    assert [(m.text, m.start, m.end) for m in found] == [("玛丽亚 范德霍芬", 6, 14)]


def test_two_chinese_names_a_space_apart_stay_two():
    text = "（记者张建国 王海）"
    ms = [Mention(3, 6, "张建国", "Person"), Mention(7, 9, "王海", "Person")]
    assert join_spaced_foreign_names(ms, text, load_lexicon()) == ms


def test_a_transliterated_name_is_not_cut_into_chinese_names():
    text = "范德霍芬出席"
    ms = [Mention(0, 4, "范德霍芬", "Person", None, "crf")]
    assert [m.text for m in split_person_list(ms, text, load_lexicon())] == ["范德霍芬"]
    assert looks_transliterated("范德霍芬") and not looks_transliterated("王海李强")


def test_dotted_name_pieces_join_and_take_their_last_character():
    from fairgraph.zh.ner.names import join_dotted_names

    text = "自治区主席阿布都拉曼·托合提主持会议"
    ms = [Mention(3, 5, "主席", "Role"), Mention(5, 7, "阿布", "Person")]
    ms.append(Mention(9, 13, "曼·托合", "Person"))
    found = join_dotted_names(ms, text, load_lexicon())
    assert [(m.text, m.type) for m in found] == [("主席", "Role"), ("阿布都拉曼·托合提", "Person")]


def test_a_dotted_name_takes_the_character_left_after_its_title():
    from fairgraph.zh.ner.names import join_dotted_names

    text = "国会主席赛宋某·丰某汉、某国总理"
    ms = [Mention(2, 4, "主席", "Role"), Mention(5, 11, "宋某·丰某汉", "Person")]
    found = join_dotted_names(ms, text, load_lexicon())
    assert [m.text for m in found] == ["主席", "赛宋某·丰某汉"]


def test_whole_dotted_names_do_not_run_on():
    from fairgraph.zh.ner.names import join_dotted_names

    text = "《某片》（某某，迈克·纽维执导）与卡瓦略和乔·科尔出场"
    ms = [Mention(8, 13, "迈克·纽维", "Person"), Mention(17, 20, "卡瓦略", "Person")]
    ms.append(Mention(21, 25, "乔·科尔", "Person"))
    found = join_dotted_names(ms, text, load_lexicon())
    assert [m.text for m in found] == ["迈克·纽维", "卡瓦略", "乔·科尔"]
