"""Agreements in the register of official news (sentences written for these tests): lists of
subjects that all sign with one counterpart, counterparts of a subject said elsewhere, a
country's capital, signings asked for or only talked of, older time phrases and adverbs,
joint subjects of two, three or more, and a government head whose Party title comes first."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document


def _pairs(text: str, backend: str = "rules") -> set[frozenset[str]]:
    ex = extract_document(Document.from_text(text, source="t.txt"), backend=backend)
    return {frozenset(m.text for m in a.parties) for a in ex.agreements}


def _resolved_pairs(text: str) -> set[frozenset[str]]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    label = {e.key: e.label for e in res.entities}
    return {frozenset(label[k] for k in a.parties) for a in res.agreements}


def test_subjects_listed_then_all_with_one_counterpart() -> None:
    got = _pairs("甘肃省商务厅、兰州市人民政府和中国电建集团都与中国银行签订了合作协议。")
    assert got == {
        frozenset({"甘肃省商务厅", "中国银行"}),
        frozenset({"兰州市人民政府", "中国银行"}),
        frozenset({"中国电建集团", "中国银行"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "近年来又分别与哈萨克斯坦和乌兹别克斯坦签署了经贸合作协定。",
        "第二步是在去年分别与智利和巴西签订了合作协议，打开了南美市场。",
    ],
)
def test_counterparts_of_a_subject_said_elsewhere_are_no_pair(text: str) -> None:
    assert _pairs(text) == set()


def test_the_subject_with_two_counterparts_joined_by_he() -> None:
    got = _pairs("甘肃省先后与哈萨克斯坦和乌兹别克斯坦签署了经贸合作协定。")
    assert got == {
        frozenset({"甘肃省", "哈萨克斯坦"}),
        frozenset({"甘肃省", "乌兹别克斯坦"}),
    }


def test_a_capital_after_its_country_is_the_party() -> None:
    got = _pairs("中国首都北京市和法国首都巴黎市昨天在巴黎签署了友好城市协议。", backend="crf")
    assert got == {frozenset({"北京市", "巴黎市"})}


@pytest.mark.parametrize(
    "text",
    [
        "联合国要求伊朗和伊拉克无条件签署该条约。",
        "声明敦促印度和巴基斯坦尽快签署有关条约。",
        "甘肃省和中国银行签署合作协议的谈判已近尾声。",
    ],
)
def test_a_signing_asked_for_or_talked_of_is_none(text: str) -> None:
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("德国西门子公司正在和甘肃省电力公司签订合同。", {"德国西门子公司", "甘肃省电力公司"}),
        ("甘肃省电力公司今年年初也与中国银行签订了合作协议。", {"甘肃省电力公司", "中国银行"}),
        ("兰州市人民政府1997年同中国银行签订了贷款合同。", {"兰州市人民政府", "中国银行"}),
        ("兰州市人民政府和中国银行签订合约，共同建设新区。", {"兰州市人民政府", "中国银行"}),
    ],
)
def test_older_time_phrases_adverbs_and_nouns(text: str, pair: set[str]) -> None:
    got = _pairs(text, backend="crf")
    assert len(got) == 1
    (found,) = got
    assert all(any(p in f or f in p for f in found) for p in pair), found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("老挝、越南两国在万象签订了贸易协定。", {("老挝", "越南")}),
        (
            "兰州大学、甘肃省人民政府、中国科学院兰州分院三方签署了共建协议。",
            {
                ("兰州大学", "甘肃省人民政府"),
                ("兰州大学", "中国科学院兰州分院"),
                ("甘肃省人民政府", "中国科学院兰州分院"),
            },
        ),
        (
            "兰州大学、甘肃省人民政府和中国科学院兰州分院还签订了共建协议。",
            {
                ("兰州大学", "甘肃省人民政府"),
                ("兰州大学", "中国科学院兰州分院"),
                ("甘肃省人民政府", "中国科学院兰州分院"),
            },
        ),
    ],
)
def test_joint_subjects_sign_with_each_other(text: str, pairs: set[tuple[str, str]]) -> None:
    assert _pairs(text, backend="crf") == {frozenset(p) for p in pairs}


def test_a_head_count_of_another_number_is_no_joint_subject() -> None:
    assert _pairs("兰州大学、甘肃省人民政府、中国科学院兰州分院两地签署了共建协议。") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "甘肃省委副书记、省长张明与中国石化董事长李强代表双方签署了战略合作协议。",
            {"甘肃省人民政府", "中国石油化工集团有限公司"},
        ),
        (
            "兰州市委副书记、市长王刚与中国铁建董事长李强代表双方签署了合作协议。",
            {"兰州市人民政府", "中国铁道建筑集团有限公司"},
        ),
    ],
)
def test_a_government_head_after_his_party_title_signs_for_the_government(
    text: str, pair: set[str]
) -> None:
    assert _resolved_pairs(text) == {frozenset(pair)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中越两国政府在北京签署了投资保护协定。", {"中国", "越南"}),
        ("经过多轮磋商，中印两国政府签署了贸易便利化协定。", {"中国", "印度"}),
        ("会谈后，俄哈双方签署了能源合作协定。", {"俄罗斯", "哈萨克斯坦"}),
        ("中泰两国政府经过磋商在曼谷正式签署了联合声明。", {"中国", "泰国"}),
        ("访问期间，中国和巴西两国政府签署了科技合作协定。", {"中国", "巴西"}),
    ],
)
def test_two_countries_by_their_short_forms_or_before_liangguo(text: str, pair: set[str]) -> None:
    assert _resolved_pairs(text) == {frozenset(pair)}


def test_a_short_form_alone_or_an_ambiguous_one_is_no_country() -> None:
    res = resolve([extract_document(Document.from_text("巴伊两国签署了协定。", source="t.txt"))])
    assert not [e for e in res.entities if e.type == "Country"]
    res = resolve([extract_document(Document.from_text("中方表示欢迎。", source="t.txt"))])
    assert not [e for e in res.entities if e.type == "Country"]


@pytest.mark.parametrize(
    "text",
    ["中方和哈萨克斯坦政府签署了合作协定。", "哈萨克斯坦政府与中方在北京签署了合作协定。"],
)
def test_zhongfang_as_a_side_of_a_signing_is_china(text: str) -> None:
    assert _resolved_pairs(text) == {frozenset({"中国", "哈萨克斯坦政府"})}


def test_the_body_a_signatory_represents_goes_on_past_a_comma() -> None:
    got = _resolved_pairs(
        "甘肃省副省长张明代表甘肃省人民政府，在兰州与中国石油集团公司总经理李强签约。"
    )
    assert got == {frozenset({"甘肃省人民政府", "中国石油天然气集团有限公司"})}


def test_agreements_listed_after_a_colon() -> None:
    got = _resolved_pairs(
        "会上，双方签署了：甘肃省人民政府与中国电建集团战略合作协议、"
        "兰州市人民政府与中国银行合作协议。"
    )
    assert got == {
        frozenset({"甘肃省人民政府", "中国电力建设集团有限公司"}),
        frozenset({"兰州市人民政府", "中国银行股份有限公司"}),
    }


def test_one_party_with_two_others_counted_as_three_sides() -> None:
    got = _pairs("甘肃省人民政府与中国电建集团、兰州大学三方签署了合作协议。", backend="crf")
    assert len(got) == 3 and any(p == {"中国电建集团", "兰州大学"} for p in got)
    two = _pairs("甘肃省人民政府与中国电建集团、兰州大学签署了合作协议。", backend="crf")
    assert len(two) == 2 and all("甘肃省人民政府" in p for p in two)


def test_a_companys_announcement_with_the_day_of_its_signing() -> None:
    got = _pairs(
        "东川股份午间发布公告称，公司于2013年5月3日与北岭控股有限公司签署《股权转让协议》。",
        backend="crf",
    )
    assert got == {frozenset({"东川股份", "北岭控股有限公司"})}


def test_a_signing_ceremony_named_with_qianding() -> None:
    got = _pairs(
        "甘肃长城重工有限公司与兰州新区城市发展投资集团有限公司设备供货合同签订仪式昨日在兰州举行。"
    )
    assert got == {frozenset({"甘肃长城重工有限公司", "兰州新区城市发展投资集团有限公司"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("8月8日，东川与北岭控股有限公司签订了协议。", {"东川", "北岭控股有限公司"}),
        ("昨日，明辉影业与星海传媒签署战略合作协议。", {"明辉影业", "星海传媒"}),
    ],
)
def test_a_subject_by_its_short_name_opening_its_clause(text: str, pair: set[str]) -> None:
    assert _pairs(text, backend="crf") == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "他们首先与北岭控股有限公司签订了协议。",
        "9日下午便和北岭控股有限公司签署了意向书。",
        "会上，记者与北岭控股有限公司签约代表交流。",
        "随后，先后与北岭控股有限公司签署了协议。",
    ],
)
def test_no_subject_from_pronouns_adverbs_or_times(text: str) -> None:
    ex = extract_document(Document.from_text(text, source="t.txt"))
    assert [m.text for m in ex.mentions if m.type == "Organization"] == ["北岭控股有限公司"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "兰州大学与兰州市第一人民医院日前举行了共建实习基地签约仪式。",
            {("兰州大学", "兰州市第一人民医院")},
        ),
        (
            "近年来，甘肃省人民政府积极拓展向西开放，先后与哈萨克斯坦、乌兹别克斯坦等国签署了合作协议。",
            {("甘肃省人民政府", "哈萨克斯坦"), ("甘肃省人民政府", "乌兹别克斯坦")},
        ),
        ("欧盟与乌克兰签署了合作文件。", {("欧盟", "乌克兰")}),
    ],
)
def test_a_ceremony_held_a_carried_subject_and_signed_documents(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert _pairs(text, backend="crf") == {frozenset(p) for p in pairs}


def test_a_ceremony_held_by_one_party_or_counterparts_of_listed_countries_are_none() -> None:
    assert _pairs("甘肃省人民政府举行签约仪式。") == set()
    got = _pairs(
        "甘肃省电力投资集团有限公司率队参会，并与斯里兰卡、尼泊尔的合作伙伴签署3个合作项目。",
        backend="crf",
    )
    assert got == set()


def test_a_headlines_two_short_forms_before_the_verb() -> None:
    assert _resolved_pairs("中法签署航空合作协定") == {frozenset({"中国", "法国"})}


def test_a_counterpart_in_the_place_just_named() -> None:
    got = _pairs("甘肃省榆中县城关粮管所与该镇李家村签订了小麦收购合同。", backend="crf")
    assert got == {frozenset({"甘肃省榆中县城关粮管所", "李家村"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中国与哈萨克斯坦举行会谈。两国政府签署了经贸合作协定。", {"中国", "哈萨克斯坦"}),
        ("甘肃省与青海省举行座谈。两省签署了合作协议。", {"甘肃省", "青海省"}),
    ],
)
def test_the_two_countries_or_provinces_of_the_sentence_before(text: str, pair: set[str]) -> None:
    assert _resolved_pairs(text) == {frozenset(pair)}
