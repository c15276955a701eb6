"""Posts in the chains real reports write (sentences written for these tests): a region's bare
副主席 after its Party committee's title, and a body's head title after the body's Party
title (商务部党组书记、部长)."""

from __future__ import annotations

import pytest

from extract_helpers import post_triples as _posts


@pytest.mark.parametrize("title", ["副主席", "常务副主席", "主席"])
def test_bare_region_head_after_the_region_committee(title: str) -> None:
    got = _posts(f"新疆维吾尔自治区党委常委、{title}张三出席开幕式。")
    assert ("张三", "常委", "新疆维吾尔自治区党委") in got
    assert ("张三", title, "新疆维吾尔自治区") in got  # the region's government, resolved later


def test_bare_head_after_a_city_committee_is_not_a_region_head() -> None:
    got = _posts("兰州市委常委、副主席张三出席。")
    assert not any(role == "副主席" and org for _, role, org in got)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("商务部党组书记、部长王五出席。", ("王五", "部长", "商务部")),
        ("甘肃省商务厅党组书记、厅长赵六出席。", ("赵六", "厅长", "甘肃省商务厅")),
        ("甘肃省发展改革委党组书记、主任钱七出席。", ("钱七", "主任", "甘肃省发展改革委")),
    ],
)
def test_a_body_head_after_the_bodys_party_title(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


def test_a_party_committee_passes_no_head_title() -> None:
    got = _posts("兰州市委书记、主任李四出席。")
    assert ("李四", "主任", "兰州市委") not in got


def test_a_hong_kong_bureau_whose_name_holds_ji_is_one_body() -> None:
    got = _posts("香港特别行政区政府商务及经济发展局局长张三出席。")
    assert ("张三", "局长", "香港特别行政区政府商务及经济发展局") in got


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("越南驻南宁总领事黎文某出席。", ("黎文某", "驻南宁总领事", "越南")),
        ("哈萨克斯坦驻西安总领事阿曼出席。", ("阿曼", "驻西安总领事", "哈萨克斯坦")),
    ],
)
def test_a_consul_general_represents_the_sending_country(
    text: str, post: tuple[str, str, str]
) -> None:
    got = _posts(text, backend="default")
    assert post in got
    assert not any(org and "南宁" in org for _, _, org in got)  # never the host city's body


def test_titles_of_embassy_staff_stay_whole() -> None:
    got = _posts(
        "泰国驻华大使馆公使衔参赞王某出席，巴基斯坦驻华使馆商务参赞张伟也出席。", "default"
    )
    assert ("王某", "公使衔参赞", "泰国驻华大使馆") in got
    assert ("张伟", "商务参赞", "巴基斯坦驻华使馆") in got


def test_a_title_chain_goes_on_over_a_comma_after_a_list_of_titles() -> None:
    got = _posts("白银市委副书记、市长，市政府党组书记赵六介绍情况。")
    assert ("赵六", "副书记", "白银市委") in got
    assert ("赵六", "党组书记", "市政府") in got


def test_a_bare_title_before_a_comma_starts_no_chain() -> None:
    got = _posts("会见了省长，副省长张三出席。")
    assert {role for name, role, _ in got if name == "张三"} == {"副省长"}


def test_one_title_for_a_list_ending_with_he() -> None:
    got = _posts("副省长张建华、李志强和王国庆出席。", backend="default")
    assert {name for name, role, _ in got if role == "副省长"} == {"张建华", "李志强", "王国庆"}


def test_a_name_after_he_with_its_own_title_keeps_it() -> None:
    got = _posts("副省长张建华和中国华能集团董事长李志强出席。", backend="default")
    assert {role for name, role, _ in got if name == "李志强"} == {"董事长"}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "据第五届东博会执委会办公室主任王甲介绍，签约额增长。",
            ("王甲", "主任", "第五届东博会执委会办公室"),
        ),
        ("广交会新闻中心副主任李乙表示，采购商增多。", ("李乙", "副主任", "广交会新闻中心")),
        ("青洽会组委会办公室主任赵丙通报了成果。", ("赵丙", "主任", "青洽会组委会办公室")),
    ],
)
def test_a_fairs_office_is_a_body_with_its_head(text: str, post: tuple[str, str, str]) -> None:
    """A fair's office named after it (新闻中心, its committee's 办公室) is an organisation."""
    assert post in _posts(text)


def test_a_fairs_committee_itself_is_no_body() -> None:
    """某会组委会主任 is a title of the fair's office; no body, as the guideline has it."""
    got = _posts("兰洽会组委会主任、甘肃省副省长孙丁出席。")
    assert not any("组委会" in (org or "") for _, _, org in got)


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("来源：中国甘肃网 发布时间：2011-07-07", "中国甘肃网"),  # a portal named after a province
        ("来源：某某日报　作者：某某", "某某日报"),
        ("发布时间：2011-07-07 来源：某某新闻网", "某某新闻网"),
        ("来源：东川日报　2022年3月18日", "东川日报"),  # the day after the paper's name
    ],
)
def test_a_portals_source_line_names_the_outlet_of_its_reporters(source: str, outlet: str) -> None:
    text = f"第十七届兰洽会隆重开幕\n{source}\n本报记者王海报道 本届兰洽会7日开幕。\n"
    assert ("王海", "记者", outlet) in _posts(text, backend="crf")


@pytest.mark.parametrize(
    ("footer", "post"),
    [
        ("来源：北岭市人民政府办公室\n编辑：王海", ("王海", "编辑", "北岭市人民政府办公室")),
        ("编辑：王海\n来源：北岭市商务局", ("王海", "编辑", "北岭市商务局")),
        ("来源：北岭日报\n责任编辑：王海", ("王海", "责任编辑", "北岭日报")),
    ],
)
def test_a_source_line_under_the_report_names_the_outlet_of_its_editor(footer: str, post) -> None:
    body = "\n\n".join(
        [
            "7月6日，第十七届兰洽会在兰州开幕，北岭市代表团参加开幕式。",
            "当天，北岭市举办投资推介会，签约项目12个。",
            "项目涉及新能源、新材料和现代农业等领域。",
        ]
    )
    text = f"北岭市在第十七届兰洽会上签约\n\n{body}\n\n{footer}\n"
    assert post in _posts(text, backend="crf")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("某国贸工部副部长拿督刘华才出席开幕式。", ("刘华才", "副部长")),
        ("某某中华总商会会长丹斯里林国璋致辞。", ("林国璋", "会长")),
    ],
)
def test_an_honorific_between_title_and_name_keeps_the_post(text: str, post) -> None:
    assert post in {(p, r) for p, r, _org in _posts(text)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the title as said, 前/原 and all (the scorer takes a role that holds the gold one)
        ("马来西亚前总理敦哈米德会见了代表团。", ("哈米德", "前总理", "马来西亚")),
        ("泰国前副总理颂吉出席开幕式。", ("颂吉", "前副总理", "泰国")),
        ("马来西亚原总理哈米德出席。", ("哈米德", "原总理", "马来西亚")),
    ],
)
def test_a_former_foreign_head_of_government_represents_the_country(text: str, post) -> None:
    posts = _posts(text, backend="crf")
    assert post in posts
    assert not any(org == "中华人民共和国国务院" for _p, _r, org in posts)


@pytest.mark.parametrize("title", ["国家主席", "国家副主席"])
def test_a_state_leaders_title_before_the_name_is_a_post(title: str) -> None:
    got = _posts(f"{title}王建国向本届博览会致贺信。")
    assert any(person == "王建国" and role == title for person, role, _ in got), got
