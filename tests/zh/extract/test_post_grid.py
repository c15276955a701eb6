"""Posts of every level and kind, in the forms news reports write them (sentences and names
written for these tests): each case is one sentence (or a place-setting sentence and one
more) and one post expected in the resolved graph as (person, role, body or country).

The body is the resolver's label (a province's government is 某省人民政府, its Party committee
中国共产党某省委员会); a diplomat's or foreign minister's country is the country's label.
"""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document

#: a sentence that sets the report's province and city for the bare titles after it
GANSU = "第20届兰洽会在甘肃省兰州市开幕。"


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    label = {e.key: e.label for e in res.entities}
    return {
        (
            label.get(p.person, p.person),
            p.role,
            label.get(p.organization or p.represents or ""),
        )
        for p in res.posts
    }


def _check(text: str, post: tuple[str, str, str | None]) -> None:
    got = _posts(text)
    assert post in got, sorted(got)


def _case(text: str, person: str, role: str, body: str | None, reason: str = ""):  # type: ignore[no-untyped-def]
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, (person, role, body), marks=marks)


PROVINCE = [
    _case("甘肃省委书记王建国出席开幕式。", "王建国", "书记", "中国共产党甘肃省委员会"),
    _case("甘肃省省长李志强致辞。", "李志强", "省长", "甘肃省人民政府"),
    _case("甘肃省代省长李志强致辞。", "李志强", "代省长", "甘肃省人民政府"),
    _case("甘肃省常务副省长张建华主持开幕式。", "张建华", "常务副省长", "甘肃省人民政府"),
    _case("甘肃省副省长张建华出席。", "张建华", "副省长", "甘肃省人民政府"),
    _case("甘肃省人民政府副省长张建华出席。", "张建华", "副省长", "甘肃省人民政府"),
    _case("甘肃省政协主席刘永福出席。", "刘永福", "主席", "中国人民政治协商会议甘肃省委员会"),
    _case("甘肃省人大常委会主任刘永福出席。", "刘永福", "主任", "甘肃省人民代表大会常务委员会"),
    _case("甘肃省政府秘书长陈国栋主持。", "陈国栋", "秘书长", "甘肃省人民政府"),
    _case("甘肃省政府副秘书长陈国栋主持。", "陈国栋", "副秘书长", "甘肃省人民政府"),
    _case("湖南省人民政府党组书记、省长李志强出席。", "李志强", "党组书记", "湖南省人民政府"),
    _case("内蒙古自治区副主席巴特尔出席。", "巴特尔", "副主席", "内蒙古自治区人民政府"),
    _case(
        "广西壮族自治区党委书记王建国会见客商。",
        "王建国",
        "书记",
        "中国共产党广西壮族自治区委员会",
    ),
    _case("重庆市市长周立新、副市长吴海涛出席。", "吴海涛", "副市长", "重庆市人民政府"),
    _case(
        GANSU + "甘肃省政协主席、党组书记刘永福出席。",
        "刘永福",
        "党组书记",
        "中国人民政治协商会议甘肃省委员会",
    ),
]

CITY_COUNTY = [
    _case("兰州市委书记周立新出席。", "周立新", "书记", "中国共产党兰州市委员会"),
    _case("兰州市市长周立新致辞。", "周立新", "市长", "兰州市人民政府"),
    _case("湖北省武汉市市长周立新出席。", "周立新", "市长", "武汉市人民政府"),
    _case("兰州市城关区区长吴海涛出席。", "吴海涛", "区长", "兰州市城关区政府"),
    _case("榆中县委书记吴海涛出席。", "吴海涛", "书记", "中国共产党榆中县委员会"),
    _case("榆中县县长吴海涛出席。", "吴海涛", "县长", "榆中县人民政府"),
    _case("阿拉善左旗旗长巴特尔出席。", "巴特尔", "旗长", "阿拉善左旗人民政府"),
    _case("临夏回族自治州州长马国强出席。", "马国强", "州长", "临夏回族自治州人民政府"),
    _case("锡林郭勒盟盟长巴特尔出席。", "巴特尔", "盟长", "锡林郭勒盟人民政府"),
    _case(
        GANSU + "兰州市市长周立新、副市长吴海涛、秘书长陈国栋出席。",
        "陈国栋",
        "秘书长",
        "兰州市人民政府",
    ),
]

DEPARTMENTS = [
    _case("甘肃省商务厅厅长马文军介绍。", "马文军", "厅长", "甘肃省商务厅"),
    _case("甘肃省商务厅党组书记、厅长马文军介绍情况。", "马文军", "厅长", "甘肃省商务厅"),
    _case("兰州市商务局局长孙丽华介绍。", "孙丽华", "局长", "兰州市商务局"),
    _case("兰州市发改委主任孙丽华介绍。", "孙丽华", "主任", "兰州市发展和改革委员会"),
    _case("上海市商务委员会主任孙丽华出席。", "孙丽华", "主任", "上海市商务委员会"),
    _case("国家发展改革委副主任林志远出席。", "林志远", "副主任", "国家发展和改革委员会"),
    _case("商务部副部长钱文博出席。", "钱文博", "副部长", "中华人民共和国商务部"),
    _case("海关总署署长高立新出席。", "高立新", "署长", "中华人民共和国海关总署"),
    _case(GANSU + "甘肃省商务厅厅长、党组书记马文军介绍。", "马文军", "党组书记", "甘肃省商务厅"),
]

COMPANIES = [
    _case(
        "中国石油天然气集团有限公司董事长王建国出席。",
        "王建国",
        "董事长",
        "中国石油天然气集团有限公司",
    ),
    _case(
        "中国华能集团有限公司党组书记、董事长李志强出席签约仪式。",
        "李志强",
        "党组书记",
        "中国华能集团有限公司",
    ),
    _case("华为技术有限公司总裁张建华致辞。", "张建华", "总裁", "华为技术有限公司"),
    _case("阿里巴巴集团副总裁陈国栋出席。", "陈国栋", "副总裁", "阿里巴巴集团控股有限公司"),
    _case("比亚迪股份有限公司总经理周立新介绍。", "周立新", "总经理", "比亚迪股份有限公司"),
    _case(
        "甘肃省公路航空旅游投资集团有限公司党委书记、董事长吴海涛出席。",
        "吴海涛",
        "党委书记",
        "甘肃省公路航空旅游投资集团有限公司",
    ),
    _case("腾讯公司首席执行官马文军出席。", "马文军", "首席执行官", "腾讯控股有限公司"),
    _case(
        "金城控股集团有限公司董事长王建国、总裁李志强出席。",
        "李志强",
        "总裁",
        "金城控股集团有限公司",
    ),
]

DIPLOMATS = [
    _case("法国驻华大使罗文出席开幕式。", "罗文", "驻华大使", "法国"),
    _case("巴基斯坦驻华大使哈克出席。", "哈克", "驻华大使", "巴基斯坦"),
    _case("泰国驻昆明总领事素拉出席。", "素拉", "驻昆明总领事", "泰国"),
    _case("哈萨克斯坦驻华大使馆大使努尔兰出席。", "努尔兰", "大使", "哈萨克斯坦驻华大使馆"),
    _case("美国驻成都总领事馆总领事杰夫出席。", "杰夫", "总领事", "美国驻成都总领事馆"),
    _case("吉尔吉斯斯坦总理阿坦别克出席。", "阿坦别克", "总理", "吉尔吉斯斯坦"),
    _case(
        "马来西亚国际贸易和工业部部长穆罕默德出席。",
        "穆罕默德",
        "部长",
        "马来西亚国际贸易和工业部",
    ),
    _case("俄罗斯联邦外交部长谢尔盖会见了代表团。", "谢尔盖", "外交部长", "俄罗斯联邦外交部"),
    _case("巴基斯坦外交部长库雷会见。", "库雷", "外交部长", "巴基斯坦外交部"),
    _case("外交部部长王国庆出席。", "王国庆", "部长", "中华人民共和国外交部"),
    _case(
        "斯里兰卡驻华大使馆商务参赞库马拉出席。",
        "库马拉",
        "商务参赞",
        "斯里兰卡驻华大使馆",
    ),
]

DIPLOMATS += [
    _case("蒙古国驻呼和浩特总领事巴特尔出席。", "巴特尔", "驻呼和浩特总领事", "蒙古国"),
    _case("日本国驻华大使馆经济公使山田太郎出席。", "山田太郎", "经济公使", "日本国驻华大使馆"),
    _case("韩国驻华大使金昌浩出席。", "金昌浩", "驻华大使", "韩国"),
    _case("泰国副总理兼商业部长素拉西出席。", "素拉西", "副总理", "泰国"),
    _case("泰国副总理兼商业部长素拉西出席。", "素拉西", "商业部长", "泰国商业部"),
    _case("柬埔寨副首相兼商业部大臣占蒲拉西出席。", "占蒲拉西", "大臣", "柬埔寨商业部"),
    _case(
        "老挝国家副主席本通出席。",
        "本通",
        "副主席",
        "老挝",
        reason="a two-character foreign name with no surname the model reads is no person",
    ),
]

DIPLOMATS += [
    _case(
        "蒙古国副总理兼经济和发展部部长达希·巴特尔致辞。",
        "达希·巴特尔",
        "部长",
        "蒙古国经济和发展部",
    ),
    _case(
        "哈萨克斯坦副总理兼贸易和一体化部部长努尔兰·卡纳特出席。",
        "努尔兰·卡纳特",
        "副总理",
        "哈萨克斯坦",
    ),
    _case(
        "哈萨克斯坦副总理兼贸易和一体化部部长努尔兰·卡纳特出席。",
        "努尔兰·卡纳特",
        "部长",
        "哈萨克斯坦贸易和一体化部",
    ),
    _case("文莱工业和初级资源部部长叶海亚出席。", "叶海亚", "部长", "文莱工业和初级资源部"),
]

COMPANIES += [
    _case(
        "云南省投资控股集团有限公司（以下简称“云投集团”）党委书记、董事长张建华率队参会。",
        "张建华",
        "董事长",
        "云南省投资控股集团有限公司",
    ),
    _case(
        "甘肃省公路航空旅游投资集团有限公司（简称“甘肃公航旅”）董事长张建华出席。",
        "张建华",
        "董事长",
        "甘肃省公路航空旅游投资集团有限公司",
    ),
]

CHAINS = [
    _case("中共青海省委副书记、省长王建国出席开幕式。", "王建国", "省长", "青海省人民政府"),
    _case(
        "中共青海省委副书记、省长王建国出席开幕式。",
        "王建国",
        "副书记",
        "中国共产党青海省委员会",
    ),
    _case("中共四川省委常委、常务副省长李志强主持。", "李志强", "常务副省长", "四川省人民政府"),
    _case(
        "宁夏回族自治区党委常委、银川市委书记周立新出席。",
        "周立新",
        "书记",
        "中国共产党银川市委员会",
    ),
    _case("白银市委书记、白银高新区党工委书记钱永刚致辞。", "钱永刚", "书记", "白银高新区党工委"),
    _case(
        "白银市委书记、白银高新区党工委书记钱永刚致辞。",
        "钱永刚",
        "书记",
        "中国共产党白银市委员会",
    ),
    _case("兰州新区党工委书记、管委会主任吴海涛介绍。", "吴海涛", "主任", "兰州新区管理委员会"),
    _case(
        "全国政协副主席、民建中央常务副主席张建华出席。",
        "张建华",
        "常务副主席",
        "中国民主建国会中央委员会",
    ),
    _case(GANSU + "省委书记王建国、省长李志强出席。", "李志强", "省长", "甘肃省人民政府"),
    _case(
        "甘肃省委书记王建国，省委副书记、省长李志强出席开幕式。",
        "李志强",
        "省长",
        "甘肃省人民政府",
    ),
]

LISTS = [
    _case("四川省副省长张建华、李志强和王国庆出席。", "王国庆", "副省长", "四川省人民政府"),
    _case(
        "广西壮族自治区副主席张建华、李志强、王国庆出席。",
        "李志强",
        "副主席",
        "广西壮族自治区人民政府",
    ),
    _case(GANSU + "副省长张建华、李志强出席。", "李志强", "副省长", "甘肃省人民政府"),
    _case(
        "出席开幕式的有甘肃省副省长张建华，兰州市市长周立新等。",
        "周立新",
        "市长",
        "兰州市人民政府",
    ),
]

NAME_FIRST = [
    _case("陈国栋，湖南省副省长，主持会议。", "陈国栋", "副省长", "湖南省人民政府"),
    _case("张建华（甘肃省副省长）出席。", "张建华", "副省长", "甘肃省人民政府"),
    _case("开幕式由甘肃省副省长张建华主持。", "张建华", "副省长", "甘肃省人民政府"),
    _case(GANSU + "开幕式由张建华副省长主持。", "张建华", "副省长", "甘肃省人民政府"),
    _case(GANSU + "李志强省长在开幕式上致辞。", "李志强", "省长", "甘肃省人民政府"),
    _case("甘肃省副省长张建华在开幕式上致辞。", "张建华", "副省长", "甘肃省人民政府"),
    _case(GANSU + "吴海涛，男，现任兰州市副市长。", "吴海涛", "副市长", "兰州市人民政府"),
]

SPECIAL_REGIONS = [
    _case("香港特别行政区行政长官李家明出席。", "李家明", "行政长官", "香港特别行政区政府"),
    _case("香港贸易发展局总裁方文华出席。", "方文华", "总裁", "香港贸易发展局"),
    _case(
        "中央人民政府驻香港特别行政区联络办公室副主任谭立新出席。",
        "谭立新",
        "副主任",
        "中央人民政府驻香港特别行政区联络办公室",
    ),
    _case("国务院副总理王国庆出席开幕式。", "王国庆", "副总理", "中华人民共和国国务院"),
    _case(
        "全国人大常委会副委员长李志强出席。",
        "李志强",
        "副委员长",
        "全国人民代表大会常务委员会",
    ),
]


@pytest.mark.parametrize(
    ("text", "post"),
    PROVINCE
    + CITY_COUNTY
    + DEPARTMENTS
    + COMPANIES
    + DIPLOMATS
    + CHAINS
    + LISTS
    + NAME_FIRST
    + SPECIAL_REGIONS,
)
def test_post(text: str, post: tuple[str, str, str | None]) -> None:
    _check(text, post)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (GANSU + "省领导王建国、李志强出席。", "李志强"),  # a collective heading, no title
        ("王建国会见了李志强省长。", "王建国"),  # the title after the second name is its own
    ],
)
def test_no_post(text: str, person: str) -> None:
    assert not any(p == person for p, _r, _b in _posts(text))


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("来源：海东市商务局", "海东市商务局"),
        ("来源：互助县融媒体中心", "互助县融媒体中心"),
        ("来源：定西市人民政府办公室", "定西市人民政府办公室"),
        ("来源：某某日报", "某某日报"),
    ],
)
def test_an_editor_works_for_the_body_a_portals_source_line_names(source: str, outlet: str) -> None:
    """A government portal's report gives its writer as the source (发布时间：… 来源：某局); its
    editor's credit is a post there."""
    text = (
        f"某某会签约仪式举行\n发布时间：2023-07-16 09:15　{source}\n\n"
        "某某会签约项目20个。\n责任编辑：马文华\n"
    )
    got = {(p, r) for p, r, b in _posts(text) if b is not None and outlet in b}
    assert ("马文华", "责任编辑") in got, _posts(text)
