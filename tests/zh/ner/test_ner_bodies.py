"""Bodies kept whole over the model's cuts: known names (rules_lexicon.py) and national
institutes (rules_orgs.country_institutes); sentences written here."""

from __future__ import annotations

import pytest

from fairgraph.zh.ner import recognize


def _orgs(text: str) -> set[str]:
    return {m.text for m in recognize(text) if m.type == "Organization"}


@pytest.mark.parametrize(
    "text, name",
    [
        # a known name ending in 会 followed by a title is the whole name
        ("中国—东盟商务理事会执行理事长许宁宁在论坛上致辞。", "中国—东盟商务理事会"),
        ("中国光彩会副会长王建华出席了对接会。", "中国光彩会"),
        # a Japanese ministry (…省) followed by a title is the ministry, not a province
        ("日本经济产业省副大臣山田太郎率团访问。", "日本经济产业省"),
        ("日本外务省与中国外交部举行磋商。", "日本外务省"),
        # national bodies by their short names
        ("中国足协副主席林小华出席了仪式。", "中国足协"),
        ("中国银监会和中国保监会联合发布通知。", "中国银监会"),
        ("全国台企联会长李政宏率团参会。", "全国台企联"),
        # international organisations and outlets a report lists or quotes
        ("国际贸易中心、国际商会等国际组织担任支持单位。", "国际商会"),
        ("国际贸易中心、国际商会等国际组织担任支持单位。", "国际贸易中心"),
        ("据香港文汇报报道，投洽会吸引了大量客商。", "香港文汇报"),
        ("大公报、文汇报等媒体进行了报道。", "大公报"),
        ("据第一财经报道，签约总额创新高。", "第一财经"),
        ("亲民党主席宋楚瑜率团参访。", "亲民党"),
    ],
)
def test_known_bodies_are_kept_whole(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_short_name_heading_a_longer_word_is_still_left_alone() -> None:
    assert "中国电子" not in _orgs("中国电子商务发展迅速。")


def test_a_national_institute_the_model_cut_after_china_is_one_body() -> None:
    found = recognize("论坛由中国城市发展研究院常务副院长章惠生主持。")
    assert "中国城市发展研究院" in {m.text for m in found if m.type == "Organization"}
    assert "中国" not in {m.text for m in found}
    found = recognize("中国与东盟商会代表进行了交流。")  # a joiner: two names
    assert "中国与东盟商会" not in {m.text for m in found}


@pytest.mark.parametrize(
    "text, name",
    [
        ("中国石化销售有限公司甘肃石油分公司与兰州市签约。", "中国石化销售有限公司甘肃石油分公司"),
        ("宏达建设股份有限公司西北销售分公司参加了洽谈。", "宏达建设股份有限公司西北销售分公司"),
    ],
)
def test_a_branch_named_by_place_and_line_of_business_joins_its_parent(
    text: str, name: str
) -> None:
    assert name in _orgs(text)


def test_a_joint_founding_is_no_part_of_a_name() -> None:
    orgs = _orgs("兰州大学和西北师范大学联合成立研究院。")
    assert {"兰州大学", "西北师范大学"} <= orgs
    assert not any("成立" in o for o in orgs)


def test_a_department_cut_at_its_joiner_is_whole() -> None:
    assert "发展和改革委员会" in _orgs("两省的发展和改革委员会签署了合作协议。")
    assert "改革委员会" not in _orgs("两省的发展和改革委员会签署了合作协议。")
