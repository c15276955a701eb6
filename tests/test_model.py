"""Records of fairgraph.model: mentions order as the tuples of their fields."""

import dataclasses
import itertools

import pytest

from fairgraph.model import Mention


def fields(m: Mention) -> tuple:
    return dataclasses.astuple(m)


MENTIONS = [
    Mention(0, 2, "甲乙", "Person", origin="crf"),
    Mention(0, 2, "甲乙", "Person"),
    Mention(0, 3, "甲乙丙", "Organization", "Company"),
    Mention(0, 3, "甲乙丙", "Organization", "Government"),
    Mention(0, 3, "甲乙丙", "Place"),
    Mention(1, 2, "乙", "Country"),
    Mention(1, 2, "乙", "Place"),
    Mention(4, 9, "东海市政府", "Organization", "Government", "crf"),
]


def test_mentions_order_as_their_field_tuples():
    for a, b in itertools.product(MENTIONS, repeat=2):
        assert (a < b, a <= b, a > b, a >= b) == (
            fields(a) < fields(b),
            fields(a) <= fields(b),
            fields(a) > fields(b),
            fields(a) >= fields(b),
        ), (a, b)
    shuffled = MENTIONS[::-1]
    assert sorted(shuffled) == sorted(shuffled, key=fields) == MENTIONS
    assert max(MENTIONS) == MENTIONS[-1] and min(MENTIONS) == MENTIONS[0]


def test_a_mention_and_another_record_do_not_order():
    with pytest.raises(TypeError):
        _ = Mention(0, 1, "甲", "Person") < (0, 1, "甲", "Person")


def test_a_missing_subtype_orders_as_its_tuple_does():
    a, b = (
        Mention(0, 3, "甲乙丙", "Organization"),
        Mention(0, 3, "甲乙丙", "Organization", "Company"),
    )
    with pytest.raises(TypeError):  # None against a text, as the field tuples
        _ = a < b
    assert a == Mention(0, 3, "甲乙丙", "Organization") and a <= Mention(
        0, 3, "甲乙丙", "Organization"
    )
