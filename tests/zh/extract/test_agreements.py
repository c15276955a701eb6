"""Agreements: signing constructions of src/fairgraph/zh/extract/agreements.py."""

from __future__ import annotations

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document


def _pairs(text: str, backend: str = "rules") -> set[frozenset[str]]:
    ex = extract_document(Document.from_text(text, source="t.txt"), backend=backend)
    return {frozenset(m.text for m in a.parties) for a in ex.agreements}


def test_list_of_counterparts_expands_to_bilateral_pairs() -> None:
    got = _pairs(
        "甘肃省人民政府与中国华能集团有限公司、中国石油天然气集团有限公司签订战略合作协议。"
    )
    assert got == {
        frozenset({"甘肃省人民政府", "中国华能集团有限公司"}),
        frozenset({"甘肃省人民政府", "中国石油天然气集团有限公司"}),
    }


def test_short_body_name_is_a_party() -> None:
    got = _pairs("省政府与中国石油天然气集团有限公司在兰州签署合作备忘录。")
    assert frozenset({"省政府", "中国石油天然气集团有限公司"}) in got


def test_agreement_named_in_a_ceremony_phrase() -> None:
    got = _pairs("双方出席了省政府与中国华能集团有限公司战略合作框架协议签约仪式。")
    assert frozenset({"省政府", "中国华能集团有限公司"}) in got


def test_parties_between_verb_and_noun() -> None:
    got = _pairs("活动中签订了兰州市与法国里昂市友好城市协议。")
    assert frozenset({"兰州市", "里昂市"}) in got


def test_foreign_region_after_country_is_the_party() -> None:
    got = _pairs("甘肃省与哈萨克斯坦阿拉木图州签署友好省州关系协议书。")
    assert frozenset({"甘肃省", "阿拉木图州"}) in got
    assert frozenset({"甘肃省", "哈萨克斯坦"}) not in got


def test_signing_without_parties_is_not_an_agreement() -> None:
    assert _pairs("会上集中签订了18个重点项目合作协议。") == set()


def test_signatories_attach_to_the_agreement() -> None:
    text = (
        "省政府与中国华能集团有限公司签署战略合作协议。"
        "副省长刘明、中国华能集团有限公司总经理王海代表双方签约。"
    )
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="rules")
    assert ex.agreements
    assert {m.text for m in ex.agreements[0].signatories} >= {"刘明", "王海"}


def test_second_signing_after_semicolon_has_its_own_parties() -> None:
    got = _pairs(
        "会上，江西省人民政府与中国中化控股有限责任公司签署战略合作协议；"
        "南昌市人民政府与中国建材集团有限公司签署项目投资协议。"
    )
    assert got == {
        frozenset({"江西省人民政府", "中国中化控股有限责任公司"}),
        frozenset({"南昌市人民政府", "中国建材集团有限公司"}),
    }


def test_subject_signs_separately_with_each_counterpart() -> None:
    got = _pairs(
        "中国电力建设集团有限公司分别与老挝国家电力公司、缅甸电力公司签署水电站项目合作协议。"
    )
    assert got == {
        frozenset({"中国电力建设集团有限公司", "老挝国家电力公司"}),
        frozenset({"中国电力建设集团有限公司", "缅甸电力公司"}),
    }


def test_signing_with_no_agreement_noun_after_qianyue() -> None:
    """A分别与B、C签约，… — 签约 itself states the signing."""
    got = _pairs(
        "会上，渝北区人民政府分别与长城汽车股份有限公司、中国建材集团有限公司签约，"
        "合同金额合计三十亿元。"
    )
    assert got == {
        frozenset({"渝北区人民政府", "长城汽车股份有限公司"}),
        frozenset({"渝北区人民政府", "中国建材集团有限公司"}),
    }
    # a signing ceremony the two hold is their signing (gold/README); one party's is none
    assert _pairs("商务部与中国建材集团有限公司举行签约仪式。") == {
        frozenset({"商务部", "中国建材集团有限公司"})
    }
    assert _pairs("中国建材集团有限公司举行签约仪式。") == set()


def test_a_titled_person_signs_for_the_company_named_before_him() -> None:
    """某公司总经理王某与巴西某公司代表签署…: the companies are the parties; a clause with its own
    subject does not inherit the subject of the clause before it."""
    got = _pairs(
        "徐工集团有限公司与中国银行签署融资合作协议；"
        "潍柴动力股份有限公司总经理王海与中国建材集团有限公司代表签署设备采购合同。"
    )
    assert got == {
        frozenset({"徐工集团有限公司", "中国银行"}),
        frozenset({"潍柴动力股份有限公司", "中国建材集团有限公司"}),
    }


def test_listed_parties_each_sign_with_one_counterpart() -> None:
    got = _pairs(
        "浙江省能源集团有限公司、宁波市城建投资集团有限公司两家企业分别与中国工商银行签订融资协议。"
    )
    assert got == {
        frozenset({"浙江省能源集团有限公司", "中国工商银行"}),
        frozenset({"宁波市城建投资集团有限公司", "中国工商银行"}),
    }


def test_a_country_before_a_listed_company_is_not_a_party() -> None:
    got = _pairs("法国某雅集团、瑞士某峰公司分别与中国某某集团有限公司签署采购协议。")
    assert got == {
        frozenset({"某雅集团", "中国某某集团有限公司"}),
        frozenset({"某峰公司", "中国某某集团有限公司"}),
    }


def test_an_adverb_before_each_keeps_the_subject() -> None:
    got = _pairs("当天，杭州市人民政府还分别与阿里巴巴集团、网易公司签署合作协议。")
    assert got == {
        frozenset({"杭州市人民政府", "阿里巴巴集团"}),
        frozenset({"杭州市人民政府", "网易公司"}),
    }


def test_a_counterpart_named_before_the_subject_of_the_talks_is_a_party() -> None:
    got = _pairs("兰州市人民政府与金风科技就风电装备项目签订投资协议，投资额20亿元。")
    assert frozenset({"兰州市人民政府", "金风科技"}) in got


def test_both_sides_before_the_subject_of_the_talks_name_no_party() -> None:
    got = _pairs("兰州市人民政府与双方就风电装备项目签订投资协议。")
    assert all("双方" not in pair for pair in got)


def test_both_sides_sign_after_a_sentence_naming_the_pair() -> None:
    got = _pairs(
        "会后，湘潭市人民政府与中国宝武钢铁集团有限公司举行座谈。双方签署了绿色钢铁产业合作协议。"
    )
    assert got == {frozenset({"湘潭市人民政府", "中国宝武钢铁集团有限公司"})}


def test_both_sides_as_signatories_is_no_new_pair() -> None:
    got = _pairs(
        "株洲市人民政府与中国中车集团有限公司举行会谈。"
        "市长助理刘某与公司副总经理陈某代表双方签署协议。"
    )
    assert got == set()


def test_countries_qualifying_unnamed_counterparts_are_no_parties() -> None:
    got = _pairs("会上，中国国际贸易促进委员会与秘鲁、智利等国的9家商会签订合作协议。")
    assert got == set()


def test_two_parties_listed_with_a_dunhao_sign_together() -> None:
    got = _pairs("会上，海东市人民政府、中国能源建设集团有限公司签署新能源基地合作协议。")
    assert got == {frozenset({"海东市人民政府", "中国能源建设集团有限公司"})}


def test_a_carried_counterpart_after_its_country_is_the_company() -> None:
    got = _pairs(
        "期间，成都市人民政府与中国国际航空股份有限公司签署合作备忘录，"
        "并与德国西门子股份公司签订智能制造合作协议。"
    )
    assert frozenset({"成都市人民政府", "西门子股份公司"}) in got
    assert not any("德国" in p for p in got)


def test_a_partner_joined_by_xieshou_signs() -> None:
    got = _pairs("5月6日，中国电信集团有限公司携手西宁市人民政府签署数字经济战略合作协议。")
    assert got == {frozenset({"中国电信集团有限公司", "西宁市人民政府"})}


def test_a_short_name_declared_after_a_party_does_not_break_the_pair() -> None:
    text = (
        "中国建设银行股份有限公司青海省分行（以下简称“建行青海省分行”）与海东市人民政府签署协议。"
    )
    ex = extract_document(Document.from_text(text, source="t.txt"), backend="crf")
    got = {frozenset(m.text for m in a.parties) for a in ex.agreements}
    assert frozenset({"中国建设银行股份有限公司青海省分行", "海东市人民政府"}) in got
    assert not any("建行青海省分行" in pair for pair in got)  # not a counterpart of itself


def test_a_list_of_pairs_signs_one_agreement_per_pair() -> None:
    got = _pairs(
        "会前，张掖市与西宁市、酒泉市与海东市、武威市与玉树藏族自治州签署了3个合作框架协议。"
    )
    assert got == {
        frozenset({"张掖市", "西宁市"}),
        frozenset({"酒泉市", "海东市"}),
        frozenset({"武威市", "玉树藏族自治州"}),
    }


def test_parties_named_in_the_agreement_title() -> None:
    got = _pairs("两位省长代表两省签订了《四川省人民政府 云南省人民政府全面合作框架协议》。")
    assert frozenset({"四川省人民政府", "云南省人民政府"}) in got


def test_a_signing_still_to_come_is_no_agreement() -> None:
    future = _pairs("甲科技有限公司与乙能源有限公司将在博览会期间，就总投资10亿元的项目达成协议。")
    assert future == set()
    done = _pairs("甲科技有限公司与乙能源有限公司在博览会期间签署了合作协议。")
    assert done == {frozenset({"甲科技有限公司", "乙能源有限公司"})}


def test_a_company_with_a_bracketed_place_is_one_party() -> None:
    got = _pairs("青海省人民医院与嘉果洋可（青海）进出口有限公司签订采购协议。", "default")
    assert any("嘉果洋可（青海）进出口有限公司" in p for p in got)


def test_a_new_partner_after_a_comma_is_the_one_who_signs() -> None:
    got = _pairs("中国已同泰国建成自由贸易区，并和越南签署了自由贸易协定。")
    assert got == {frozenset({"中国", "越南"})}


def test_a_subject_who_brought_a_list_signs_with_each() -> None:
    got = _pairs(
        "洛阳市借本届博览会之机邀请了江苏恒立机械有限公司、浙江华通电器有限公司和广东远航科技有限公司等企业，"
        "分别就3个项目签订了投资合同。",
        "default",
    )
    assert got == {
        frozenset({"洛阳市", "江苏恒立机械有限公司"}),
        frozenset({"洛阳市", "浙江华通电器有限公司"}),
        frozenset({"洛阳市", "广东远航科技有限公司"}),
    }


import pytest  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省人民政府在兰州与中国华能集团有限公司签署了战略合作协议。",
        "甘肃省人民政府于7月10日在兰州同中国华能集团有限公司签署了战略合作协议。",
        "甘肃省人民政府今天上午与中国华能集团有限公司签署了战略合作协议。",
    ],
)
def test_a_place_or_time_between_the_party_and_its_partner(text: str) -> None:
    """A在某地与B签署 / A于某日同B签署: the phrase moved before the connector keeps the pair."""
    assert frozenset({"甘肃省人民政府", "中国华能集团有限公司"}) in _pairs(text, "default")


def test_a_central_soes_short_name_before_the_verb_is_the_party() -> None:
    got = _pairs("甘肃省人民政府与中国石化签署战略合作协议。", "default")
    assert frozenset({"甘肃省人民政府", "中国石化"}) in got


def test_a_count_of_a_places_units_is_no_party() -> None:
    """某集团在展会期间与甘肃三市州签署协议: the three cities sign, not 甘肃 itself."""
    got = _pairs("某某集团在兰洽会期间与甘肃三市州签署合作协议。", "default")
    assert all("甘肃" not in pair for pair in got)


def test_a_count_after_a_list_of_companies_keeps_them_parties() -> None:
    got = _pairs(
        "甘肃省人民政府还与中国华能集团有限公司、中国石油天然气集团有限公司2家央企签署了协议。",
        "default",
    )
    assert frozenset({"甘肃省人民政府", "中国华能集团有限公司"}) in got


def test_the_items_of_a_list_of_signings() -> None:
    """签约项目如下：\\n1.A—B 协议 …: each item of the list is an agreement, with its amount."""
    text = (
        "甘肃省举办推介会。签约项目如下：\n"
        "1.甘肃省人民政府—中国华能集团有限公司 战略合作框架协议\n"
        "2.兰州市人民政府与陇华新能源股份有限公司 投资协议 总投资30亿元\n"
    )
    ex = extract_document(Document.from_text(text, source="t.txt"))
    got = {
        (frozenset(m.text for m in a.parties), a.investment.text if a.investment else None)
        for a in ex.agreements
    }
    assert got == {
        (frozenset({"甘肃省人民政府", "中国华能集团有限公司"}), None),
        (frozenset({"兰州市人民政府", "陇华新能源股份有限公司"}), "30亿元"),
    }


def test_a_numbered_list_without_a_signing_head_gives_no_agreements() -> None:
    text = "重点项目：\n1.甘肃省人民政府—中国华能集团有限公司 合作协议\n"
    assert _pairs(text, "default") == set()


def test_counted_list_of_companies_each_signs() -> None:
    got = _pairs(
        "陕西省人民政府与甲能源集团有限公司、乙电力集团有限公司、丙建设集团有限公司"
        "等3家企业分别签署了战略合作协议。"
    )
    assert got == {
        frozenset({"陕西省人民政府", "甲能源集团有限公司"}),
        frozenset({"陕西省人民政府", "乙电力集团有限公司"}),
        frozenset({"陕西省人民政府", "丙建设集团有限公司"}),
    }


def test_counted_countries_only_qualify_the_counterparts() -> None:
    assert _pairs("某中心与德国、法国等国的12家机构签订了合作协议。") == set()


def test_a_day_and_a_place_between_party_and_counterpart() -> None:
    for text in (
        "江西省人民政府昨日在南昌与中国五矿集团有限公司签署战略合作协议。",
        "青海省人民政府12日在西宁与中国华电集团有限公司签署战略合作协议。",
        "青海省人民政府7月12日上午在西宁与中国华电集团有限公司签署战略合作协议。",
        "江西省人民政府昨日与中国五矿集团有限公司在南昌签署战略合作协议。",
    ):
        got = _pairs(text, backend="default")
        assert len(got) == 1, text
        assert any("集团有限公司" in m for pair in got for m in pair), text


def test_old_and_core_names_of_central_enterprises_are_known() -> None:
    from fairgraph.resolve import resolve

    def parties(text: str) -> set[str]:
        ex = extract_document(Document.from_text(text, source="t.txt"))
        res = resolve([ex])
        label = {e.key: e.label for e in res.entities}
        return {label[k] for a in res.agreements for k in a.parties}

    assert "中国移动通信集团有限公司" in parties(
        "甘肃省人民政府与中国移动通信集团公司签署战略合作协议。"
    )
    assert "中国电子科技集团有限公司" in parties(
        "甘肃省人民政府与中国电子科技集团签署战略合作协议。"
    )
    assert "中国铁道建筑集团有限公司" in parties("甘肃省人民政府与中铁建签署战略合作协议。")


def test_a_heading_without_a_colon_opens_a_list_of_signings() -> None:
    got = _pairs(
        "重点签约项目一览\n1、甘肃省人民政府与中国华能集团有限公司战略合作协议\n"
        "2、兰州市人民政府与中国中车集团有限公司合作协议",
        backend="default",
    )
    assert got == {
        frozenset({"甘肃省人民政府", "中国华能集团有限公司"}),
        frozenset({"兰州市人民政府", "中国中车集团有限公司"}),
    }


def test_rows_of_a_table_of_signings() -> None:
    text = (
        "签约项目清单：\n序号 项目名称 签约双方\n"
        "1 新能源项目 甘肃省人民政府 中国华能集团有限公司\n"
        "2 轨道交通项目 兰州市人民政府 中国中车集团有限公司"
    )
    assert _pairs(text, backend="default") == {
        frozenset({"甘肃省人民政府", "中国华能集团有限公司"}),
        frozenset({"兰州市人民政府", "中国中车集团有限公司"}),
    }
    assert _pairs("今天闭幕。\n1 兰州市人民政府 中国中车集团有限公司", backend="default") == set()


def test_the_regions_government_named_without_its_name_signs() -> None:
    got = _pairs(
        "新华社乌鲁木齐9月6日电 会议期间，自治区人民政府与中国银行股份有限公司签订了战略合作协议。",
        backend="default",
    )
    assert got == {frozenset({"自治区人民政府", "中国银行股份有限公司"})}


def test_pairs_of_pairs_after_a_dateline() -> None:
    got = _pairs(
        "新华社兰州7月6日电 甘肃省人民政府与中国华能集团有限公司、"
        "兰州市人民政府与中国中车集团有限公司分别签署合作协议。",
        backend="default",
    )
    assert got == {
        frozenset({"甘肃省人民政府", "中国华能集团有限公司"}),
        frozenset({"兰州市人民政府", "中国中车集团有限公司"}),
    }


def test_a_fair_whose_name_holds_yu_as_where_the_signing_took_place() -> None:
    got = _pairs(
        "陕西省人民政府在第二十届中国东西部合作与投资贸易洽谈会上与中国华能集团有限公司"
        "签署战略合作协议。",
        backend="default",
    )
    assert got == {frozenset({"陕西省人民政府", "中国华能集团有限公司"})}


def test_a_ceremony_named_after_a_place_phrase() -> None:
    got = _pairs(
        "陕西省人民政府在西安与中国华能集团有限公司举行战略合作协议签约仪式。", backend="default"
    )
    assert got == {frozenset({"陕西省人民政府", "中国华能集团有限公司"})}


def test_the_representatives_of_a_pair_named_before_sign_for_it() -> None:
    got = _pairs(
        "甘肃省与中国华能集团有限公司举行会谈。会谈后，双方代表签署了战略合作协议。",
        backend="default",
    )
    assert got == {frozenset({"甘肃省", "中国华能集团有限公司"})}


def test_two_titled_signatories_for_both_sides_name_the_parties() -> None:
    from fairgraph.resolve import resolve

    text = "新华社兰州7月6日电 甘肃省副省长张明远、华能集团总经理李志平代表双方签署协议。"
    ex = extract_document(Document.from_text(text, source="t.txt"))
    res = resolve([ex])
    label = {e.key: e.label for e in res.entities}
    got = {frozenset(label[k] for k in a.parties) for a in res.agreements}
    assert got == {frozenset({"甘肃省人民政府", "中国华能集团有限公司"})}


def test_a_second_counterpart_after_a_dun_hao_keeps_the_subject() -> None:
    got = _pairs(
        "兰州市人民政府分别与中国中车集团有限公司签订轨道交通项目、"
        "与华为技术有限公司签订数据中心项目。",
        backend="default",
    )
    assert got == {
        frozenset({"兰州市人民政府", "中国中车集团有限公司"}),
        frozenset({"兰州市人民政府", "华为技术有限公司"}),
    }


def test_projects_signed_listed_by_their_pairs() -> None:
    got = _pairs(
        "签约项目包括：兰州市人民政府与中国中车集团有限公司的轨道交通项目，"
        "天水市人民政府与华为技术有限公司的数据中心项目。",
        backend="default",
    )
    assert got == {
        frozenset({"兰州市人民政府", "中国中车集团有限公司"}),
        frozenset({"天水市人民政府", "华为技术有限公司"}),
    }


def test_a_place_counted_by_its_divisions_signs_nothing_after_a_fair_phrase() -> None:
    got = _pairs("某集团在第五届某某洽谈会期间与青海三市州签署合作协议", backend="default")
    assert not any("青海" in m for pair in got for m in pair)
