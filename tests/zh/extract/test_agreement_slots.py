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
    ],
)
def test_persons_outside_a_slot_stay_persons(text: str, name: str) -> None:
    extraction = extract_document(Document.from_text(text, source="slots.txt"))
    assert not any(m.text == name and m.type == "Organization" for m in extraction.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "四川省人民政府在成都分别与中国华能集团有限公司签署战略合作协议。",
        "某某公司与中国西部省份签订此类文件。",
        "华能集团与青海三市州签署合作协议。",
    ],
)
def test_no_organisation_made_of_a_place_phrase_or_count(text: str) -> None:
    extraction = extract_document(Document.from_text(text, source="slots.txt"))
    assert not any(m.origin == "signing-slot" for m in extraction.mentions)
