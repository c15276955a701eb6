"""Surname lists and the splitting of run-together names (names invented for the test)."""

from __future__ import annotations

import pytest

from fairgraph.lexicon import load_lexicon
from fairgraph.model import Mention
from fairgraph.ner.names import (
    ALL_SURNAMES,
    DOUBLE_SURNAMES,
    RARE_SURNAMES,
    SURNAMES,
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
