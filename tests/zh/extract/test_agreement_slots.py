"""The slots of a signing sentence make its parties (all sentences written for this test).

Business news names listed companies by short forms no lexicon holds (雅思达, 上海鼎盛); the
recogniser reads them as persons' names, or reads only the place their name begins with, or
cuts them short. The subject slot (before 与 and a signing verb, or before an announcement of
one) and the counterpart slot (after 与, before the verb) make them parties; never a verb, a
date, a place phrase, a person who stays one (a title, a surname) or a witness.
"""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document


def _pairs(*names: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(n) for n in names}


CASES: list[tuple[str, set[frozenset[str]]]] = [
    # short forms read as persons' names, in either slot
    ("8月8日，雅思达与奥凯森还签订了长期供货合同。", _pairs(("雅思达", "奥凯森"))),
    ("8月8日，鼎瑞通与沃拓集团签订了股权转让协议。", _pairs(("鼎瑞通", "沃拓集团"))),
    (
        "昨日，华菱集团与嘉讯、奥凯森三方已经签署增资协议。",
        _pairs(("华菱集团", "嘉讯"), ("华菱集团", "奥凯森"), ("嘉讯", "奥凯森")),
    ),
    # a country before a foreign company whose name holds 和: one name up to its suffix
    (
        "北岭市人民政府与阿联酋东川港口和物流集团签订合作协议。",
        _pairs(("北岭市人民政府", "东川港口和物流集团")),
    ),
    # a place (or China) beginning a company's short name
    (
        "上海鼎盛与北京华远投资有限公司签订协议，受让其持有的股份。",
        _pairs(("上海鼎盛", "北京华远投资有限公司")),
    ),
    ("日前，深圳沃拓与一汽长春签署了电池采购框架协议。", _pairs(("深圳沃拓", "一汽长春"))),
    (
        "根据中国远达与泰国国家电力公司签署的《购电合同》，项目将于明年投产。",
        _pairs(("中国远达", "泰国国家电力公司")),
    ),
    (
        "香港联瑞于2015年3月8日与北辰控股有限公司签署续约协议。",
        _pairs(("香港联瑞", "北辰控股有限公司")),
    ),
    # a name cut short: its head after the connector, its tail before the connector
    (
        "日前，北辰置业有限公司与鼎讯新能源有限公司签署战略合作协议。",
        _pairs(("北辰置业有限公司", "鼎讯新能源有限公司")),
    ),
    (
        "新元集团控股近日与华远金融控股有限公司达成股权收购协议。",
        _pairs(("新元集团控股", "华远金融控股有限公司")),
    ),
    # a foreign country's company: the company signs, the country beside it
    (
        "会上，中国中化控股有限责任公司和韩国晓星签订供货协议。",
        _pairs(("中国中化控股有限责任公司", "晓星")),
    ),
    # a "person" with a surname first: a company all the same when it files a 公告, or when
    # it is listed beside an organisation as a counterpart
    (
        "8月8日，国家海洋局与康泰、中海油签订《补偿协议》。",
        _pairs(("国家海洋局", "康泰"), ("国家海洋局", "中海油")),
    ),
    (
        "康泰今日公告表示，8月8日，公司与美国ABC开发公司正式签订《项目合作协议书》。",
        _pairs(("康泰", "ABC开发公司")),
    ),
    # a company announcing its own signing: 发布(重大合同)公告, the day in a clause of its own
    # or after 公司于, a short name declared in brackets, 其 for the company
    (
        "8月8日，鼎新国际发布公告，公司于2014年3月8日与北辰控股有限公司签订股权转让协议。",
        _pairs(("鼎新国际", "北辰控股有限公司")),
    ),
    (
        "某某网8月8日讯 远方汽车晚间发布公告称，公司于2014年8月8日与天津华远投资管理有限公司"
        "签署《合资合作意向书》。",
        _pairs(("远方汽车", "天津华远投资管理有限公司")),
    ),
    (
        "8月8日，甲乙港务股份有限公司（600000，下称：甲乙港）发布公告称，2014年8月8日，"
        "其与交通银行大连分行签订了借款合同。",
        _pairs(("甲乙港务股份有限公司", "交通银行大连分行")),
    ),
    (
        "鼎新国际周三盘后发布重大合同公告，公司于本周一与北辰控股有限公司签署了商务合同。",
        _pairs(("鼎新国际", "北辰控股有限公司")),
    ),
    # a counterpart nothing covers: after an announcement, before 达成, after a description,
    # in a list
    ("8月8日，远大集团宣布，与奥凯森达成股权回购协议。", _pairs(("远大集团", "奥凯森"))),
    (
        "新元集团控股近日与华远金融控股达成有条件股权收购协议。",
        _pairs(("新元集团控股", "华远金融控股")),
    ),
    (
        "昨日晚间，复华国际在沪与世界著名度假企业蓝湾俱乐部签署协议。",
        _pairs(("复华国际", "蓝湾俱乐部")),
    ),
    (
        "华联股份与东方百货、香港利达集团签署合作协议。",
        _pairs(("华联股份", "东方百货"), ("华联股份", "香港利达集团")),
    ),
    (
        "根据南平市国资委与湖南三维签署的相关债务承担协议，债务由后者承担。",
        _pairs(("南平市国资委", "湖南三维")),
    ),
    # 签 before a Latin name, 签有, 除了与B签约外，还与C签署
    ("工商银行与纽约梅隆银行签SWIFT合作备忘录", _pairs(("工商银行", "纽约梅隆银行"))),
    (
        "中国石化除了与沙特阿美签约外，还早已与道达尔公司签署了供气协议。",
        _pairs(("中国石化", "沙特阿美"), ("中国石化", "道达尔公司")),
    ),
    (
        "目前，智利除了与秘鲁签有边境合作协议外，今年5月与阿根廷和玻利维亚也签署了边境合作协议。",
        _pairs(("智利", "秘鲁"), ("智利", "阿根廷"), ("智利", "玻利维亚")),
    ),
    # A与B当天/现场与C签署: the first 与 joins the subjects, each signs with C
    (
        "会上，中国建设银行与国家电投现场与青海省人民政府签署了战略合作协议。",
        _pairs(("中国建设银行", "青海省人民政府"), ("国家电投", "青海省人民政府")),
    ),
    (
        "国家电投与中核集团当天与青海省人民政府签署了合作协议。",
        _pairs(("国家电投", "青海省人民政府"), ("中核集团", "青海省人民政府")),
    ),
    (
        "当天的座谈会上，国家电投与中核集团现场与中国工商银行举行了现金管理签约仪式。",
        _pairs(("国家电投", "中国工商银行"), ("中核集团", "中国工商银行")),
    ),
    # 分别与A、B和C: all counterparts of a subject unread; never a pair among them
    ("该集团今年分别与加拿大ABC公司、澳大利亚DEF公司和巴西GHI公司达成了股权购买协议。", set()),
    # the official register: the delegates of both sides sign for them (A和B的代表…签署); a
    # subject set off by a comma before its time and place; 我国 as the subject is China
    (
        "据新华社第比利斯5月25日电格鲁吉亚和亚美尼亚的代表25日在巴统签署停火协议。",
        _pairs(("格鲁吉亚", "亚美尼亚")),
    ),
    (
        "新华社北京6月29日电中国国家发展计划委员会和美国能源部的代表今天在这里签署了"
        "和平利用核技术合作协定。",
        _pairs(("中国国家发展计划委员会", "美国能源部")),
    ),
    (
        "本报讯世界上最大的制药公司之一英国葛兰素公司，6月22日在北京与我国卫生部签署了一项备忘录。",
        _pairs(("葛兰素公司", "我国卫生部")),
    ),
    (
        "我国与法国签订了环境保护合作协定，与罗马尼亚签订了投资保护协定。",
        _pairs(("我国", "法国"), ("我国", "罗马尼亚")),
    ),
    ("去年，我国同东盟签署了全面经济合作框架协议。", _pairs(("我国", "东盟"))),
    ("我国企业与法国签订了合作协定。", set()),
    # leaders who met sign for their countries (A总统甲同来访的B总理乙举行会谈，并签署了…);
    # two countries named in full side by side before the verb (a headline)
    (
        "据新华社巴黎6月25日电法国总统马克龙25日同来访的德国总理默茨举行会谈，"
        "并签署了两国关系原则协定。",
        _pairs(("法国", "德国")),
    ),
    ("法国德国签署两国关系原则协定", _pairs(("法国", "德国"))),
    ("日本 韩国签署渔业协定", _pairs(("日本", "韩国"))),
    ("中国德国商会签署合作协议", set()),
    # the roles of a fair's sides name no one (参展商, 采购商, 主宾国, 东道主)
    ("展会期间，参展商与采购商签订了意向合同。", set()),
    ("开幕当天，主宾国与东道主签署了合作备忘录。", set()),
    # signatories whose titles name their countries (中国外交部长甲和某国外长乙今天在北京签署);
    # two countries' short forms opening the name of what is signed, when nothing before the
    # verb names the signers; not a signing still to come, nor a pair that qualifies a project
    (
        "中国外交部长王毅和几内亚外长卡马拉今天在北京签署了两国政府经济技术合作协定。",
        _pairs(("中国", "几内亚")),
    ),
    ("1987年两国签订了《中美禁毒合作备忘录》。", _pairs(("中", "美"))),
    ("进而签署日俄和平条约，使两国关系完全正常化。", set()),
    ("双方签订了中英文合同。", set()),
    (
        "哈尔滨新区管理委员会和中国铁路哈尔滨局集团有限公司签署中俄班列集结中心项目协议。",
        _pairs(("哈尔滨新区管理委员会", "中国铁路哈尔滨局集团有限公司")),
    ),
    # a signing still to come: no pair, the subject's name without the modal (某某拟|与)
    ("雅思达拟与北辰控股有限公司签署供货合同。", set()),
    ("雅思达将与奥凯森签署供货合同。", set()),
    ("奥凯森尚未与北辰控股有限公司签订合同。", set()),
    ("该公司将与青海省人民政府签署合作协议。", set()),
    # a supposition, a country's unnamed firms, a signing that is a question to study: none
    ("但如果长城公司同美国有关公司签订的发射合同不能顺利执行，损失将很大。", set()),
    ("长城公司同美国有关公司签订了发射合同。", set()),
    ("例如，经济部和外交部应对有关签订长期协定问题进行研究。", set()),
    # online business news: ASCII commas, a short year, several adverbs, a Latin name opening
    # the clause, a name beginning with 方 or 国, the last of a list of subjects unread
    (
        "作为双方业务合作的一部分，方达科技与宏远公司签订了相关协议。",
        _pairs(("方达科技", "宏远公司")),
    ),
    ("就在上个月，雨田还刚刚与美国梦工厂签署战略合作协议。", _pairs(("雨田", "美国梦工厂"))),
    (
        "去年8月8日,ABN与建设银行也签署了《股权转让协议》,建设银行将收购其持有的股权。",
        _pairs(("ABN", "建设银行")),
    ),
    (
        "此外，不久前，复华医药、安和家医疗还与上海华山医院签订了合作意向。",
        _pairs(("复华医药", "上海华山医院"), ("安和家医疗", "上海华山医院")),
    ),
    (
        "8月8日,鼎新国际发布公告,公司于14年3月8日与北辰控股有限公司签订股权转让协议。",
        _pairs(("鼎新国际", "北辰控股有限公司")),
    ),
    ("国美电器与海尔集团签订了年度采购合同。", _pairs(("国美电器", "海尔集团"))),
    ("8月8日，CEO与建设银行签署了股权转让协议。", set()),
    # fair reports: counterparts listed by short forms the recogniser reads only in part
    (
        "签约仪式上，兰州新区管委会分别与正威国际、中化国际签订了投资合同。",
        _pairs(("兰州新区管委会", "正威国际"), ("兰州新区管委会", "中化国际")),
    ),
    (
        "随后，银川市人民政府与宝丰能源、美团签署了合作协议。",
        _pairs(("银川市人民政府", "宝丰能源"), ("银川市人民政府", "美团")),
    ),
    (
        "会上还举行了签约仪式，酒泉市与金风科技、明阳智能分别签订了风电装备制造项目协议。",
        _pairs(("酒泉市", "金风科技"), ("酒泉市", "明阳智能")),
    ),
    (
        "北部湾港务集团有限公司分别与金边自治港、西哈努克自治港签订集装箱航线共建项目。",
        _pairs(
            ("北部湾港务集团有限公司", "金边自治港"), ("北部湾港务集团有限公司", "西哈努克自治港")
        ),
    ),
    ("酒泉市与金风科技、当地企业分别签订了合作协议。", _pairs(("酒泉市", "金风科技"))),
    # a clause carried on from the sentence's subject to a counterpart no mention covers
    (
        "大会期间，天水市共签约项目25个，其中与长城电工签订合同金额12亿元。",
        _pairs(("天水市", "长城电工")),
    ),
    # a company referred back to (该公司/该集团/公司) opening a signing clause: the company last
    # named before it, in its sentence or the one before; never a government
    (
        "宁德时代是全球领先的动力电池企业。该公司当天与青海省人民政府签署了战略合作协议。",
        _pairs(("宁德时代", "青海省人民政府")),
    ),
    (
        "比亚迪在西宁设立了生产基地，该集团还与海东市人民政府签订了投资合同。",
        _pairs(("比亚迪", "海东市人民政府")),
    ),
    (
        "华为公司董事长出席了开幕式。会上，该公司与西宁市人民政府签署了数字经济合作协议。",
        _pairs(("华为公司", "西宁市人民政府")),
    ),
    (
        "日前，记者从苏宁电器了解到，公司于近日在青岛与海尔集团签署了合作协议。",
        _pairs(("苏宁电器", "海尔集团")),
    ),
    ("西宁市人民政府举办推介会。会上，该公司与华为签署了协议。", set()),
    # what the slots never make a party
    ("曼利今天还和商务部部长王某签署了谅解备忘录。", set()),  # persons sign
    ("普京与莫迪签署了联合声明。", set()),  # a surname keeps its neighbour a person
    ("中国同时与东盟签署了协议。", _pairs(("中国", "东盟"))),  # an adverb, no name
    ("会上，哈萨克斯坦还与中国当天签署了战略合作协议。", _pairs(("哈萨克斯坦", "中国"))),
    (
        "四川省人民政府在成都分别与中国华能集团有限公司、中国建筑集团有限公司签署战略合作协议。",
        _pairs(
            ("四川省人民政府", "中国华能集团有限公司"),
            ("四川省人民政府", "中国建筑集团有限公司"),
        ),
    ),
    ("白银市人民政府与投资方中国铁建签署了投资协议。", _pairs(("白银市人民政府", "中国铁建"))),
]


def found_pairs(text: str) -> set[frozenset[str]]:
    extraction = extract_document(Document.from_text(text, source="slots.txt"))
    return {frozenset(m.text for m in a.parties) for a in extraction.agreements}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_signing_slots(text: str, expected: set[frozenset[str]]) -> None:
    assert found_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("沃尔高和豪伊杜共同见证签约。", "沃尔高"),  # witnesses, not signers
        ("普京与莫迪签署了联合声明。", "普京"),
        ("曼利今天还和商务部部长王某签署了谅解备忘录。", "曼利"),
        ("普京与习近平签署了联合声明。", "普京"),  # (a rare surname keeps 习近平 a person)
        ("托卡耶夫与米尔济约耶夫签署了合作协议。", "托卡耶夫"),  # (a foreign person's name)
    ],
)
def test_persons_outside_a_slot_stay_persons(text: str, name: str) -> None:
    extraction = extract_document(Document.from_text(text, source="slots.txt"))
    assert not any(m.text == name and m.type == "Organization" for m in extraction.mentions)


def test_a_modal_is_no_part_of_a_name() -> None:
    extraction = extract_document(
        Document.from_text("雅思达拟与北辰控股有限公司签署供货合同。", source="slots.txt")
    )
    assert {m.text for m in extraction.mentions if m.type == "Organization"} == {
        "雅思达",
        "北辰控股有限公司",
    }


@pytest.mark.parametrize(
    "text",
    [
        "四川省人民政府在成都分别与中国华能集团有限公司签署战略合作协议。",
        "某某公司与中国西部省份签订此类文件。",
        "华能集团与青海三市州签署合作协议。",
        "成都高新与华为签署协议。",  # (a zone's short form after its place)
        "某国政府与北部支持和反对改革的两大政党签署了和平协议。",
        "西宁市人民政府与阿联酋国际电力和水务公司签署合作协议。",
        "哈尔滨新区管理委员会和中国铁路哈尔滨局集团有限公司签署中俄班列集结中心项目协议。",
    ],
)
def test_no_organisation_made_of_a_place_phrase_or_count(text: str) -> None:
    extraction = extract_document(Document.from_text(text, source="slots.txt"))
    assert not any(m.origin == "signing-slot" for m in extraction.mentions)
    assert not any(len(m.text) == 1 for m in extraction.mentions if m.type == "Country")
