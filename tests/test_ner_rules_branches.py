"""Branches and offices joined to their parent body (sentences written here)."""

from __future__ import annotations

import pytest

from fairgraph.ner import rules
from ner_helpers import crf
from ner_helpers import sorted_spans as spans


def test_a_branch_after_its_tagged_parent_is_one_body(lex):
    text = "某某银行股份有限公司上海市分行与某公司签约"
    ms = [crf(text, 0, 10, "Organization"), crf(text, 10, 15, "Organization")]
    assert spans(rules.join_branches(ms, text, lex))[0] == (
        "某某银行股份有限公司上海市分行",
        "Organization",
    )


def test_an_office_takes_its_untagged_parent_and_country(lex):
    text = "德国经济促进机构成都代表处首席代表某某出席"
    ms = [crf(text, 0, 2, "Country"), crf(text, 8, 13, "Organization"), crf(text, 13, 17, "Role")]
    assert spans(rules.join_branches(ms, text, lex))[:2] == [
        ("德国经济促进机构成都代表处", "Organization"),
        ("首席代表", "Role"),
    ]


@pytest.mark.parametrize(
    "text, start",
    [("会上，该公司北京分公司与某集团签约", 6),  # 该公司 points back: no parent named here
     ("会上，北京分公司负责人发言", 3)],  # nothing before the branch
)  # fmt: skip
def test_a_branch_without_a_named_parent_stays(lex, text, start):
    branch = crf(text, start, start + 5, "Organization")
    assert spans(rules.join_branches([branch], text, lex)) == [(branch.text, "Organization")]
