"""A body written once after a list of places (甲市、乙市、丙市人民政府), a biography's list of
sessions after 是 (某党第八届中央委员，第一、二届全国人大代表), a state title after a country's
one-character short form (叙总统某某) and a minister's title before a foreign name: sentences
written for these tests."""

from __future__ import annotations

from extract_helpers import post_triples as _posts
from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document


def _pairs(text: str) -> set[frozenset[str]]:
    """The parties of each agreement resolved from ``text``, by their labels."""
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="crf")
    result = resolve([ex])
    label = {e.key: e.label for e in result.entities}
    return {frozenset(label[p] for p in a.parties) for a in result.agreements}


def test_a_body_after_a_list_of_cities_is_each_city_s() -> None:
    got = _pairs("宏远科技有限公司与兰州市、天水市、酒泉市人民政府分别签署了合作协议。")
    assert got == {
        frozenset({"宏远科技有限公司", "兰州市人民政府"}),
        frozenset({"宏远科技有限公司", "天水市人民政府"}),
        frozenset({"宏远科技有限公司", "酒泉市人民政府"}),
    }


def test_a_department_after_a_list_of_provinces_is_each_province_s() -> None:
    got = _pairs("宏远科技有限公司与甘肃省、青海省商务厅签署了合作协议。")
    assert got == {
        frozenset({"宏远科技有限公司", "甘肃省商务厅"}),
        frozenset({"宏远科技有限公司", "青海省商务厅"}),
    }


def test_two_cities_government_is_each_city_s() -> None:
    from fairgraph.zh.pipeline import recognize_entities

    found = recognize_entities("兰州、天水两市政府联合主办了这次活动。")
    bodies = {m.text for m in found if m.type == "Organization"}
    assert {"兰州市人民政府", "天水市人民政府"} <= bodies


def test_a_list_of_sessions_after_shi_gives_each_membership() -> None:
    got = _posts(
        "陈立新同志是中国共产党第九届中央委员，第三届中央顾问委员会委员，"
        "第四、五届全国人大代表，第六届全国政协常委。",
        backend="crf",
    )
    assert ("陈立新", "中央委员", "中国共产党") in got
    assert ("陈立新", "委员", "中央顾问委员会") in got
    assert ("陈立新", "代表", "全国人大") in got
    assert ("陈立新", "常委", "全国政协") in got


def test_no_session_no_membership_list() -> None:
    got = _posts("陈立新是全国人大代表团的朋友。", backend="crf")
    assert not any(r == "代表" for _, r, _ in got), got


def test_a_short_form_before_a_state_title_is_the_country() -> None:
    got = _posts("他随后与叙总统巴沙尔举行了会谈。", backend="crf")
    assert ("巴沙尔", "总统", "叙") in got


def test_a_preposition_before_a_title_names_no_country() -> None:
    got = _posts("以总理李建国为首的代表团抵达。", backend="crf")
    assert all(o != "以" for _, _, o in got), got


def test_a_minister_s_title_before_a_foreign_name_names_no_chinese_ministry() -> None:
    got = _posts("成员分别是：科学技术部长布尔马诺夫、财政部长扎多尔金。", backend="crf")
    assert all(o not in ("科学技术部", "财政部") for _, _, o in got), got
    assert _posts("科学技术部长王志刚出席。", backend="crf") == {
        ("王志刚", "科学技术部长", "科学技术部")
    }


def test_listed_bodies_sign_respectively_with_listed_companies() -> None:
    got = _pairs(
        "签约仪式上，兰州市、天水市、酒泉市人民政府分别与宏远科技有限公司、"
        "博达化工有限公司、青川能源集团签署合作协议。"
    )
    assert got == {
        frozenset({"兰州市人民政府", "宏远科技有限公司"}),
        frozenset({"天水市人民政府", "博达化工有限公司"}),
        frozenset({"酒泉市人民政府", "青川能源集团"}),
    }


def test_a_list_that_only_says_who_came_names_places() -> None:
    from fairgraph.zh.pipeline import recognize_entities

    found = recognize_entities("兰州市、天水市、酒泉市政府负责同志参加了活动。")
    assert not [m for m in found if m.origin == "listed-body"]
