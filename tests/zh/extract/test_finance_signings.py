"""Agreements in the register of online business news (sentences written for these tests):
ASCII commas between clauses, a subject carried over a clause of its own, talks that end in an
agreement, a counterpart described before a dash, companies named by short forms no lexicon
holds (before a place phrase, an event, 签约 with its object), a span over both sides, a
country's one-character short form as a subject, and a signing told as a relative clause."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document


def _pairs(text: str) -> set[frozenset[str]]:
    ex = extract_document(Document.from_text(text, source="t.txt"))
    return {frozenset(m.text for m in a.parties) for a in ex.agreements}


@pytest.mark.parametrize(
    "text",
    [
        "东岳集团早年曾谋求上市,并和华星化工签署过合作协议,后来项目停滞。",
        "东岳集团早年曾谋求上市，并和华星化工签署过合作协议，后来项目停滞。",
        "而东岳集团以全优成绩通过了认证检查,并与华星化工签订了长期供货协议。",
    ],
)
def test_the_subject_carried_over_a_clause_of_its_own(text: str) -> None:
    assert _pairs(text) == {frozenset({"东岳集团", "华星化工"})}


def test_a_place_led_short_name_opening_the_sentence_after_its_source() -> None:
    got = _pairs("据接近公司的人士透露,深圳云帆早年曾谋求上市,并和华星化工签署过合作协议。")
    assert got == {frozenset({"深圳云帆", "华星化工"})}


def test_an_aim_in_the_same_clause_still_makes_the_signing_unsigned() -> None:
    assert _pairs("东岳集团计划上市,并将与华星化工签署协议。") == set()


@pytest.mark.parametrize("comma", ["，", ","])
def test_talks_that_end_in_an_agreement(comma: str) -> None:
    text = f"东岳公司在母公司的支持下{comma}与华星公司就专利许可进行多轮谈判{comma}并最终达成协议。"
    assert _pairs(text) == {frozenset({"东岳公司", "华星公司"})}


def test_talks_without_an_agreement_are_none() -> None:
    assert _pairs("东岳公司与华星公司就专利许可进行多轮谈判，但未达成协议。") == set()


def test_a_counterpart_described_before_a_dash() -> None:
    got = _pairs("云帆之星去年也与亚洲最大的连锁酒店集团——日本蓝湾酒店集团签约,共同开拓东京市场。")
    assert got == {frozenset({"云帆之星", "蓝湾酒店集团"})}


def test_signing_with_its_object_a_foreign_company() -> None:
    assert _pairs("云帆之星签约日本蓝湾集团。") == {frozenset({"云帆之星", "蓝湾集团"})}


def test_the_scene_of_a_signing() -> None:
    got = _pairs("据东岳集团员工介绍,当天东岳集团与华星公司签约现场气氛热烈。")
    assert got == {frozenset({"东岳集团", "华星公司"})}


def test_a_span_over_both_sides_and_a_subsidiary() -> None:
    got = _pairs("8月8日,云帆航运与华星集团下属广州华星造船有限公司签订了造船合同。")
    assert got == {frozenset({"云帆航运", "广州华星造船有限公司"})}


def test_an_event_of_the_subject_before_its_connector() -> None:
    got = _pairs("东岳集团揭牌后随即与广东省商务厅、华星公司等签订战略合作协议。")
    assert got == {
        frozenset({"东岳集团", "广东省商务厅"}),
        frozenset({"东岳集团", "华星公司"}),
    }


def test_an_unread_subject_before_a_long_place_phrase() -> None:
    got = _pairs("5月6日,云帆地产在位于三亚的海湾项目工地与来自新加坡的KSP公司共同签署合作备忘录。")
    assert got == {frozenset({"云帆地产", "KSP公司"})}


def test_the_announcers_company_and_a_time_are_no_name() -> None:
    got = _pairs("日前,记者从华星电器获悉,公司于近日在烟台与东岳集团签署了合作协议。")
    assert all(not name.startswith("公司") for pair in got for name in pair)


def test_a_countrys_one_character_short_form_as_the_subject() -> None:
    assert _pairs("今年三月，墨与欧盟签署了一项贸易协定。") == {frozenset({"墨", "欧盟"})}


def test_a_day_before_the_connector_is_no_country() -> None:
    assert all("日" not in pair for pair in _pairs("该国8日与欧盟签署了一项贸易协定。"))


def test_a_signing_told_as_a_relative_clause_is_done() -> None:
    got = _pairs("东岳集团表示将严格履行去年5月与华星公司签订的合同。")
    assert got == {frozenset({"东岳集团", "华星公司"})}


@pytest.mark.parametrize(
    "text",
    ["东岳集团将与华星公司签订的协议内容公布。", "东岳集团拟与华星公司签订的协议内容公布。"],
)
def test_a_relative_clause_still_to_come_is_none(text: str) -> None:
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "东岳集团业绩增长，其在今年分别与华星公司、云帆公司达成股权购买协议。",
        "其中东岳集团表现最为突出,其在今年分别与华星公司、云帆公司达成股权购买协议。",
    ],
)
def test_its_signings_are_the_party_named_before(text: str) -> None:
    assert _pairs(text) == {
        frozenset({"东岳集团", "华星公司"}),
        frozenset({"东岳集团", "云帆公司"}),
    }


def test_its_signing_still_to_come_is_none() -> None:
    assert _pairs("东岳集团业绩增长，其将与华星公司达成股权购买协议。") == set()


@pytest.mark.parametrize(
    "text",
    [
        "根据云帆投资、泉州市国资委与华星公司签署的债务重组协议，",
        "云帆投资、泉州市国资委与华星公司签署了债务重组协议。",
    ],
)
def test_an_unread_first_subject_of_a_list(text: str) -> None:
    assert _pairs(text) == {
        frozenset({"云帆投资", "华星公司"}),
        frozenset({"泉州市国资委", "华星公司"}),
    }


def test_a_persons_name_first_in_a_list_of_subjects_is_no_party() -> None:
    got = _pairs("张三、泉州市国资委与华星公司签署了债务重组协议。")
    assert got == {frozenset({"泉州市国资委", "华星公司"})}


def test_the_two_governments_of_an_aid_agreement_signed_by_persons() -> None:
    got = _pairs("王明大使与宋赛部长签署了中国政府向老挝政府提供无偿援助的协定。")
    assert got == {frozenset({"中国政府", "老挝政府"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中国政府和联合国开发计划署今天在这里签署了合作协议。", {"中国政府", "联合国开发计划署"}),
    ],
)
def test_a_body_whose_name_holds_a_word_of_aim_signs(text: str, pair: set[str]) -> None:
    assert _pairs(text) == {frozenset(pair)}


@pytest.mark.parametrize(
    "text", ["东岳集团希望与华星公司签署协议。", "东岳集团计划与华星公司签署协议。"]
)
def test_an_aim_or_a_hope_outside_the_names_is_still_none(text: str) -> None:
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "东岳集团全资子公司云帆科技与华星公司签署了合作协议。",
        "东岳集团的控股子公司云帆科技与华星公司签署了合作协议。",
        "东岳集团近日公告称,公司全资子公司云帆科技与华星公司签署了合作协议。",
        "东岳集团近日公告称，全资子公司云帆科技与华星公司签署了合作协议。",
    ],
)
def test_a_subsidiary_named_by_its_short_form_signs(text: str) -> None:
    assert _pairs(text) == {frozenset({"云帆科技", "华星公司"})}


def test_the_employees_of_a_subsidiary_are_no_party() -> None:
    got = _pairs("东岳集团全资子公司的员工与华星公司签署了劳动合同。")
    assert all(len(name) >= 3 for pair in got for name in pair)
    assert not any("员工" in name for pair in got for name in pair)


@pytest.mark.parametrize(
    "text",
    [
        "东岳集团（甲方）与华星公司（乙方）签订了合作合同。",
        "东岳集团(甲方)与华星公司(乙方)签订了合作合同。",
        "甲方东岳集团与乙方华星公司签订了合作合同。",
    ],
)
def test_the_sides_of_a_contract(text: str) -> None:
    assert _pairs(text) == {frozenset({"东岳集团", "华星公司"})}


@pytest.mark.parametrize("announcer", ["东岳股份", "*ST东岳"])
def test_a_name_read_over_an_ascii_comma_is_the_name_before_it(announcer: str) -> None:
    got = _pairs(f"{announcer}公告,公司与华星公司于近日签订了《资产出售协议》。")
    assert got == {frozenset({announcer, "华星公司"})}


@pytest.mark.parametrize(
    "text", ["截至目前，中法双方已签署8个能源合作项目。", "中法签署5个能源合作项目合同"]
)
def test_projects_two_countries_sides_sign_are_their_firms(text: str) -> None:
    assert _pairs(text) == set()


def test_an_agreement_of_two_countries_sides_is_theirs() -> None:
    assert _pairs("中法两国签署了能源合作协定。") == {frozenset({"中", "法"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("8月8日,张江光电与华星集团签署了合作协议。", {"张江光电", "华星集团"}),
        ("华星集团日前与雷达光电签订了合作协议。", {"华星集团", "雷达光电"}),
    ],
)
def test_a_short_name_ending_in_a_trade_word_is_a_company(text: str, pair: set[str]) -> None:
    assert _pairs(text) == {frozenset(pair)}


def test_a_titled_person_stays_a_person() -> None:
    got = _pairs("华星集团与云帆公司签署了合作协议，华星集团董事长张光出席。")
    assert got == {frozenset({"华星集团", "云帆公司"})}


@pytest.mark.parametrize("verb", ["续签了", "签下了", "签订了"])
def test_two_unread_short_names_with_each_signing_verb(verb: str) -> None:
    assert _pairs(f"8月8日，东川与北岭{verb}供货合同。") == {frozenset({"东川", "北岭"})}


def test_a_time_word_after_an_unread_subject_is_no_part_of_its_name() -> None:
    got = _pairs("东川日前与北岭科技续签了战略合作协议。")
    assert got == {frozenset({"东川", "北岭科技"})}


@pytest.mark.parametrize(
    "text",
    [
        "东岳集团与华星公司及云帆科技签署了三方协议。",
        "东岳集团与华星公司、云帆科技共同签署了三方合作协议。",
    ],
)
def test_an_agreement_of_three_sides_gives_each_pair(text: str) -> None:
    assert _pairs(text) == {
        frozenset({"东岳集团", "华星公司"}),
        frozenset({"东岳集团", "云帆科技"}),
        frozenset({"华星公司", "云帆科技"}),
    }


def test_one_side_signing_with_a_list_gives_no_pair_inside_the_list() -> None:
    got = _pairs("东岳集团与华星公司、云帆科技共同签署了合作协议。")
    assert got == {frozenset({"东岳集团", "华星公司"}), frozenset({"东岳集团", "云帆科技"})}


@pytest.mark.parametrize(
    "text",
    [
        "东岳集团就共建产业园与华星公司签署了框架协议。",
        "东岳集团围绕新能源开发与华星公司签署了框架协议。",
        "东岳集团此前就与华星公司签署了框架协议。",
    ],
)
def test_a_topic_or_an_adverb_before_the_connector(text: str) -> None:
    assert _pairs(text) == {frozenset({"东岳集团", "华星公司"})}


def test_talks_about_a_signing_are_none() -> None:
    assert _pairs("东岳集团与华星公司就签署框架协议进行了磋商。") == set()
