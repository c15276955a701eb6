"""A second grid of signing sentences (all written for this test): the registers news reports
write signings in that the word-order grid (test_agreement_grid.py) does not generate.

Signing ceremonies (在…的见证下，A与B签署; 签约仪式上，A与B、C与D分别签约; 现场签约项目N个，
其中A与B…), lists and tables of signings (签约项目一览, 序号 项目名称 签约双方, one line
"A—B 合作协议" per signing, with or without numbers), three or more parties (A、B、C三方签署
→ each pair), parties named by their signatories only (A董事长甲与B市长乙签署), a province's
delegation (甘肃代表团与B签署 → its province signs), a subject that signs with many and the
signings that follow in the next sentence (A此次与多家企业签约。其中，与B签署…；与C签订…), the
registers of diplomats and ministries (中方与X方签署, 两国商务部), orders and purchase contracts
(签订了…订单), renewals (续签), supplementary agreements (补充协议), and 正式签约 after talks.

Each register is a template filled from a rotation over parties, so every template meets
governments, full and short company names, universities and banks. A form the extractor cannot
read yet is kept as ``xfail(strict=True)`` with its reason, so a fix shows up as an
unexpected pass.
"""

from __future__ import annotations

import itertools

import pytest
from signing_grid import Case, found_pairs, grid_params, print_misses

#: four parties at a time: governments, full and short company names, universities, banks
QUARTETS = [
    ("西宁市人民政府", "国家电投", "兰州大学", "华为技术有限公司"),
    ("海东市人民政府", "中核集团", "中国建设银行", "青海盐湖工业股份有限公司"),
    ("甘肃省商务厅", "中国石化", "清华大学", "三一重工"),
    ("宁夏回族自治区人民政府", "中国铁建", "中国工商银行甘肃省分行", "国机集团"),
    ("兰州市人民政府", "中国宝武", "西北师范大学", "中国石油"),
]
#: what is signed, in the words of ceremonies, orders, renewals and supplements
OBJECTS = [
    "战略合作协议",
    "项目投资合同",
    "合作备忘录",
    "《全面战略合作框架协议》",
    "设备采购订单",
    "战略合作补充协议",
    "供货合同",
]
#: who witnesses a ceremony
WITNESSES = [
    "省长王建国",
    "副省长王建国和国家电投董事长刘明",
    "双方领导",
    "与会嘉宾",
]


def _pairs(*names: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(n) for n in names}


#: (template, pairs by party index): {a} {b} {c} {d} the parties, {o} {p} what they sign
TEMPLATES: list[tuple[str, list[tuple[int, int]]]] = [
    # signing ceremonies
    ("在{w}的见证下，{a}与{b}签署了{o}。", [(0, 1)]),
    ("在{w}的共同见证下，{a}与{b}正式签订{o}。", [(0, 1)]),
    ("签约仪式上，{a}与{b}、{c}与{d}分别签约。", [(0, 1), (2, 3)]),
    ("签约仪式上，{a}与{b}签署了{o}，{c}与{d}签订了{p}。", [(0, 1), (2, 3)]),
    ("现场签约项目12个，其中{a}与{b}签署了{o}。", [(0, 1)]),
    ("大会现场集中签约项目8个，其中{a}与{b}签署了{o}，{c}与{d}签订了{p}。", [(0, 1), (2, 3)]),
    ("{a}与{b}举行了{o}签约仪式。", [(0, 1)]),
    # three or more parties: each pair
    ("{a}、{b}、{c}三方签署了{o}。", [(0, 1), (0, 2), (1, 2)]),
    ("{a}、{b}和{c}三方共同签署了{o}。", [(0, 1), (0, 2), (1, 2)]),
    ("{a}与{b}、{c}三方签署了{o}。", [(0, 1), (0, 2), (1, 2)]),
    # one subject, a list of counterparts
    ("{a}同{b}、{c}分别签订了{o}。", [(0, 1), (0, 2)]),
    ("{a}分别同{b}、{c}、{d}签署了{o}。", [(0, 1), (0, 2), (0, 3)]),
    # a subject that signs with many, the signings in the next sentence
    ("{a}此次与多家企业签约。其中，与{b}签署了{o}；与{c}签订了{p}。", [(0, 1), (0, 2)]),
    ("当天，{a}共与12家单位签署了合作协议。其中，与{b}签署了{o}。", [(0, 1)]),
    ("{a}共与5家企业签订合作协议。其中与{b}签署了{o}，与{c}签订了{p}。", [(0, 1), (0, 2)]),
    # orders, renewals, supplements, a signing after talks
    ("{a}与{b}签订了价值5亿元的{o}。", [(0, 1)]),
    ("{a}与{b}续签了{o}。", [(0, 1)]),
    ("{a}与{b}签署了{o}的补充协议。", [(0, 1)]),
    ("经过多轮洽谈，{a}与{b}正式签约。", [(0, 1)]),
    ("双方经过多轮洽谈，{a}与{b}于7月8日正式签约。", [(0, 1)]),
    # lists and tables of signings, one line per signing
    ("签约项目一览\n1. {a}—{b} {o}\n2. {c}—{d} {p}", [(0, 1), (2, 3)]),
    ("签约项目一览\n1.{a}与{b}{o}\n2.{c}与{d}{p}", [(0, 1), (2, 3)]),
    ("重点签约项目：\n{a}—{b}{o}\n{c}—{d}{p}", [(0, 1), (2, 3)]),
    ("序号 项目名称 签约双方\n1 光伏发电项目 {a}、{b}\n2 储能项目 {c}、{d}", [(0, 1), (2, 3)]),
    # a table whose cells are parted by ideographic spaces: the project's cell (a base, a park,
    # a hub, a name opening with digits) is no part of the first party's name
    (
        "序号　项目名称　签约双方　投资额\n1　锂电池材料生产基地　{a}—{b}　80亿元\n"
        "2　8英寸芯片封装测试项目　{c}—{d}　25亿元",
        [(0, 1), (2, 3)],
    ),
    (
        "签约项目如下：\n序号\t项目名称\t签约双方\n1\t数字经济产业园\t{a}—{b}\n"
        "2\t冷链物流枢纽\t{c}—{d}",
        [(0, 1), (2, 3)],
    ),
    # the rest of the ceremony's projects, signed with firms of a region: no named counterpart
    (
        "现场签约项目6个，其中{a}与{b}签署了{o}。其余4个项目为兰州市与长三角地区企业签订。",
        [(0, 1)],
    ),
    # the parties in a headline, the signing in the body
    ("{a}与{b}签署{o}\n7月8日，{a}与{b}在西宁签署{o}。省长王建国出席签约仪式。", [(0, 1)]),
    # the next of several signings, with 则 (and a place or time after it)
    ("{a}与{b}签署了{o}；{c}则在现场与{d}签署了{p}。", [(0, 1), (2, 3)]),
    ("{a}与{b}签署了{o}，{c}则于当天下午同{d}签订了{p}。", [(0, 1), (2, 3)]),
]


def _template_cases() -> list[Case]:
    out: list[Case] = []
    rotation = itertools.cycle(range(len(QUARTETS)))
    for k, (template, pairs) in enumerate(TEMPLATES):
        for j in range(3):  # three rotations of parties, objects and witnesses per template
            names = QUARTETS[next(rotation)]
            text = template.format(
                a=names[0],
                b=names[1],
                c=names[2],
                d=names[3],
                o=OBJECTS[(k + j) % len(OBJECTS)],
                p=OBJECTS[(k + j + 1) % len(OBJECTS)],
                w=WITNESSES[(k + j) % len(WITNESSES)],
            )
            expected = {frozenset({names[x], names[y]}) for x, y in pairs}
            out.append((text, expected, GAPS.get(template)))
    return out


#: templates the extractor cannot read yet, with the reason
GAPS: dict[str, str] = {}

#: provinces' and cities' delegations at another province's fair: the sender signs
DELEGATIONS = ["甘肃", "甘肃省", "宁夏", "西宁市", "甘肃省经贸"]


def _delegation_cases() -> list[Case]:
    out: list[Case] = []
    for k, sender in enumerate(DELEGATIONS):
        names = QUARTETS[k % len(QUARTETS)]
        place = sender.removesuffix("经贸")
        out.append(
            (
                f"{sender}代表团与{names[1]}签署了{OBJECTS[k % len(OBJECTS)]}。",
                _pairs((place, names[1])),
                None,
            )
        )
        out.append(
            (
                f"会上，{sender}代表团分别与{names[1]}、{names[3]}签约。",
                _pairs((place, names[1]), (place, names[3])),
                None,
            )
        )
    return out


#: parties named by their signatories only, diplomats, ministries and announcements
FORMS: list[Case] = [
    (
        "国家电投董事长张明与西宁市市长李强签署了合作协议。",
        _pairs(("国家电投", "西宁市")),
        None,
    ),
    (
        "兰州大学校长王明与华为技术有限公司副总裁李强签订了合作协议。",
        _pairs(("兰州大学", "华为技术有限公司")),
        None,
    ),
    ("中方与巴基斯坦方签署了合作协议。", _pairs(("中方", "巴基斯坦")), None),
    (
        "中国商务部与巴基斯坦商务部签署了经贸合作备忘录。",
        _pairs(("中国商务部", "巴基斯坦商务部")),
        None,
    ),
    # 两国 and the bodies or ministers of both after the two countries: the countries sign
    ("中国与巴基斯坦两国商务部签署了经贸合作备忘录。", _pairs(("中国", "巴基斯坦")), None),
    ("巴基斯坦和中国两国商务部长签署了合作备忘录。", _pairs(("中国", "巴基斯坦")), None),
    ("泰国、越南两国22日下午在曼谷签订了合作协定。", _pairs(("泰国", "越南")), None),
    ("中越两国外长今天代表各自政府签署了两国合作备忘录。", _pairs(("中", "越")), None),
    ("俄越双方还签署了关于航空、文化交流等多项协定。", _pairs(("俄", "越")), None),
    # the signatories of the signing just read sign for its two sides: no second pair
    (
        "甘肃省人民政府与中国石化签署战略合作框架协议，"
        "甘肃省副省长李明和中国石化副总经理王刚代表双方签约。",
        _pairs(("甘肃省人民政府", "中国石化")),
        None,
    ),
    (
        "甘肃省副省长李明和中国石化副总经理王刚代表双方签约。",
        _pairs(("甘肃省", "中国石化")),
        None,
    ),
    # a ceremony as the setting of the sentence: its parties signed
    (
        "在青海省人民政府与国家电投战略合作协议签约仪式上，王建国致辞。",
        _pairs(("青海省人民政府", "国家电投")),
        None,
    ),
    ("在西宁与国家电投举行的签约仪式上，王建国致辞。", set(), None),
    # 签约 and what the parties signed to do (签约共建, 签约落户)
    (
        "西宁经济技术开发区与兰州大学签约共建新材料中试平台。",
        _pairs(("西宁经济技术开发区", "兰州大学")),
        None,
    ),
    ("西宁市人民政府与中核集团签约共建研究院。", _pairs(("西宁市人民政府", "中核集团")), None),
    ("西宁市人民政府将与中核集团签约共建研究院。", set(), None),
    # a place opening a counterpart's name the recogniser read as the place alone
    (
        "当天，西宁市人民政府与成都蓝天农副产品批发市场中心签署产销对接协议。",
        _pairs(("西宁市人民政府", "成都蓝天农副产品批发市场中心")),
        None,
    ),
    # a Latin brand with the Chinese words of its name, in a list of foreign counterparts
    (
        "兰州新区管委会分别与韩国SK新材料、日本三井物产株式会社、中国铁建股份有限公司签署合作协议。",
        _pairs(
            ("兰州新区管委会", "SK新材料"),
            ("兰州新区管委会", "三井物产株式会社"),
            ("兰州新区管委会", "中国铁建股份有限公司"),
        ),
        None,
    ),
    ("兰州新区管委会与LG签署合作协议。", _pairs(("兰州新区管委会", "LG")), None),
    # a fair's setting before the subject, a total between it and the signing (其中与B…)
    (
        "本届青洽会上，西宁市共签约项目35个，签约总额达120亿元，其中与国家电投签订合同金额12亿元。",
        _pairs(("西宁市", "国家电投")),
        None,
    ),
    # company announcements: 公司/本公司 is the company the headline names
    (
        "青海盐湖工业股份有限公司关于公司与中国石化签订重大合同的公告",
        _pairs(("青海盐湖工业股份有限公司", "中国石化")),
        None,
    ),
    (
        "青海盐湖工业股份有限公司关于签订重大合同的公告\n"
        "本公司于7月8日与中国石化签订了钾肥供货合同，合同金额5亿元。",
        _pairs(("青海盐湖工业股份有限公司", "中国石化")),
        None,
    ),
    (
        "三一重工7月8日晚间公告，公司已与中国铁建签订设备采购订单。",
        _pairs(("三一重工", "中国铁建")),
        None,
    ),
    # the parties in the headline, 双方 in the body
    (
        "西宁市人民政府与国家电投深化新能源合作\n7月8日，双方在西宁签署了战略合作协议。",
        _pairs(("西宁市人民政府", "国家电投")),
        None,
    ),
    (
        "关于公司与中国铁建签订重大合同的公告",
        _pairs(("公司", "中国铁建")),
        "公司 in an announcement's headline is the announcing company, named only on its masthead",
    ),
    # a counterpart said to come from somewhere, and a signing done before the next one
    (
        "西宁市人民政府和来自德国的西门子股份公司签署了合作协议。",
        _pairs(("西宁市人民政府", "西门子股份公司")),
        None,
    ),
    (
        "国家电投与西宁市人民政府签约后，又与海东市人民政府签署了投资协议。",
        _pairs(("国家电投", "西宁市人民政府"), ("国家电投", "海东市人民政府")),
        None,
    ),
    (
        "西宁市人民政府牵手国家电投，签下50亿元大单。",
        _pairs(("西宁市人民政府", "国家电投")),
        None,
    ),
    ("国家电投携手中国建设银行，成功签约。", _pairs(("国家电投", "中国建设银行")), None),
    # a short name the recogniser does not know, opening its clause with 还 (能源 in a name)
    (
        "同日，大唐能源还与海西州人民政府签署了投资协议。",
        _pairs(("大唐能源", "海西州人民政府")),
        None,
    ),
    ("当天，华为还与兰州大学签订了合作协议。", _pairs(("华为", "兰州大学")), None),
    # adverbs of the moment before the connector, and a counterpart described before its name
    (
        "兰州交通发展集团当场即与甘肃省工信厅签订战略合作协议。",
        _pairs(("兰州交通发展集团", "甘肃省工信厅")),
        None,
    ),
    ("国家电投随后便与西宁市人民政府签约。", _pairs(("国家电投", "西宁市人民政府")), None),
    (
        "兰州交通发展集团此前也与国内第二大物流集团——中国物流集团签约。",
        _pairs(("兰州交通发展集团", "中国物流集团")),
        None,
    ),
    # a company named after a person (某某某 + 农业科技股份有限公司) is one company
    (
        "其中，王大明农业科技股份有限公司与尼日尔农业部签署了合作意向书。",
        _pairs(("王大明农业科技股份有限公司", "尼日尔农业部")),
        None,
    ),
    (
        "其中，甲乙电气股份有限公司与肯尼亚铁路公司签订供货合同；"
        "李国华生物科技股份有限公司与尼日尔农业部签署合作意向书。",
        _pairs(
            ("甲乙电气股份有限公司", "肯尼亚铁路公司"),
            ("李国华生物科技股份有限公司", "尼日尔农业部"),
        ),
        None,
    ),
]

#: two cities signing a friendship document after the verb (签署缔结友好城市关系协议书)
TWINNED: list[Case] = [
    (
        "签约活动上，兰州市与西宁市签署缔结友好城市关系协议书。",
        _pairs(("兰州市", "西宁市")),
        None,
    ),
    (
        "会上，海东市人民政府同格尔木市人民政府签订缔结友好城市关系协议书。",
        _pairs(("海东市人民政府", "格尔木市人民政府")),
        None,
    ),
    (
        "甘肃省人民政府与青海省人民政府签署两省战略合作协议；张掖市与酒泉市签署缔结友好城市关系协议书。",
        _pairs(("甘肃省人民政府", "青海省人民政府"), ("张掖市", "酒泉市")),
        None,
    ),
]

#: China and another country by its one-character short form and 方 (中方与沙方)
SIDES: list[Case] = [
    ("会谈后，中方与沙方签署了经贸合作备忘录。", _pairs(("中方", "沙")), None),
    ("中方同越方在河内签订了合作协议。", _pairs(("中方", "越")), None),
    ("中方与甲方签订了合同。", set(), None),
]

#: listed companies under a risk warning (*ST某某, ST某某)
LISTED: list[Case] = [
    ("西宁市人民政府与*ST盐湖签署了战略合作协议。", _pairs(("西宁市人民政府", "*ST盐湖")), None),
    (
        "ST宏远今日公告，公司与四川省人民政府签署了合作协议。",
        _pairs(("ST宏远", "四川省人民政府")),
        None,
    ),
    (
        "甘肃省人民政府分别与*ST海光、ST东升签署了合作协议。",
        _pairs(("甘肃省人民政府", "*ST海光"), ("甘肃省人民政府", "ST东升")),
        None,
    ),
    (
        "兰州市人民政府与*ST甲乙股份有限公司签订了投资协议。",
        _pairs(("兰州市人民政府", "*ST甲乙股份有限公司")),
        None,
    ),
]

#: signings that are none: talks with many, then one signing named without its subject
UNSIGNED: list[Case] = [
    ("西宁市人民政府与多家企业进行了洽谈。其中，国家电投表示将尽快签约。", set(), None),
    ("国家电投董事长张明拟与西宁市市长李强签署合作协议。", set(), None),
    ("甘肃代表团将与中国铁建签署合作协议。", set(), None),
    ("同日，他们能与海西州人民政府签署投资协议。", set(), None),
]

CASES: list[Case] = [
    *_template_cases(),
    *_delegation_cases(),
    *FORMS,
    *TWINNED,
    *SIDES,
    *LISTED,
    *UNSIGNED,
]


def _found(text: str) -> set[frozenset[str]]:
    return found_pairs(text, source="news-grid.txt")


@pytest.mark.parametrize(("text", "expected"), grid_params(CASES))
def test_news_signing_grid(text: str, expected: set[frozenset[str]]) -> None:
    assert _found(text) == expected


if __name__ == "__main__":  # python tests/zh/extract/test_agreement_news_grid.py: the misses
    print_misses(CASES, _found, repr)
