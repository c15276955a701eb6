"""The same event written in Chinese and in English (sentences written for this test, names
invented), the two reports built together: the entities both name end on one node each, and
nothing else meets — above all no two people who share a pinyin name but hold other posts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from fairgraph.languages import extract_document
from fairgraph.model import Document
from fairgraph.resolve import resolve


@dataclass(frozen=True)
class Event:
    zh: str
    en: str
    #: (the Chinese report's name, the English report's name) of each entity both report
    shared: tuple[tuple[str, str], ...]
    #: names that must stay on two nodes (the same pinyin, another post)
    apart: tuple[tuple[str, str], ...] = ()


GRID = {
    "provincial leader meets a central SOE's chairman": Event(
        "3月5日，青海省委书记王建国在西宁会见了中国长江三峡集团有限公司董事长刘伟一行。"
        "双方就清洁能源合作进行了交流。",
        "XINING, March 5 (Xinhua) -- Wang Jianguo, secretary of the Qinghai Provincial CPC "
        "Committee, met with Liu Wei, chairman of China Three Gorges Corporation, in Xining on "
        "Tuesday. The two sides discussed cooperation in clean energy.",
        (
            ("青海省委", "Qinghai Provincial CPC Committee"),
            ("中国长江三峡集团有限公司", "China Three Gorges Corporation"),
            ("王建国", "Wang Jianguo"),
            ("刘伟", "Liu Wei"),
            ("西宁", "Xining"),
        ),
    ),
    "a regional Party secretary meets SASAC's head": Event(
        "国务院国资委主任王强与广西壮族自治区党委书记刘华举行会谈。",
        "Wang Qiang, chairman of the State-owned Assets Supervision and Administration "
        "Commission of the State Council, held talks with Liu Hua, secretary of the CPC Guangxi "
        "Zhuang Autonomous Regional Committee.",
        (
            (
                "国务院国资委",
                "State-owned Assets Supervision and Administration Commission of the State Council",
            ),
            ("广西壮族自治区党委", "CPC Guangxi Zhuang Autonomous Regional Committee"),
            ("王强", "Wang Qiang"),
            ("刘华", "Liu Hua"),
        ),
    ),
    "a provincial government signs with a central SOE": Event(
        "甘肃省人民政府与中国华电集团有限公司在兰州签署战略合作框架协议。"
        "甘肃省副省长李明和华电集团总经理张强代表双方签约。",
        "The Gansu Provincial People's Government and China Huadian Corporation signed a "
        "strategic cooperation framework agreement in Lanzhou. Li Ming, vice governor of Gansu "
        "Province, and Zhang Qiang, general manager of China Huadian, signed on behalf of the "
        "two sides.",
        (
            ("甘肃省人民政府", "Gansu Provincial People's Government"),
            ("中国华电集团有限公司", "China Huadian Corporation"),
            ("兰州", "Lanzhou"),
            ("甘肃省", "Gansu Province"),
            ("李明", "Li Ming"),
            ("张强", "Zhang Qiang"),
        ),
    ),
    "a city government signs at the import expo": Event(
        "第7届中国国际进口博览会期间，上海市人民政府与中国宝武钢铁集团有限公司签署合作协议。"
        "上海市副市长陈刚出席。",
        "On the sidelines of the 7th CIIE, the Shanghai Municipal People's Government inked a "
        "cooperation agreement with China Baowu Steel Group. Chen Gang, vice mayor of Shanghai, "
        "attended.",
        (
            ("第7届中国国际进口博览会", "7th CIIE"),
            ("上海市人民政府", "Shanghai Municipal People's Government"),
            ("中国宝武钢铁集团有限公司", "China Baowu Steel Group"),
            ("上海市", "Shanghai"),
            ("陈刚", "Chen Gang"),
        ),
    ),
    "a city named as its province": Event(
        "吉林市人民政府与国家电网有限公司签署战略合作协议。吉林市市长周斌出席签约仪式。",
        "The Jilin Municipal People's Government signed a strategic cooperation agreement with "
        "the State Grid Corporation of China. Zhou Bin, mayor of Jilin City, attended the "
        "signing ceremony.",
        (
            ("吉林市人民政府", "Jilin Municipal People's Government"),
            ("国家电网有限公司", "State Grid Corporation of China"),
            ("吉林市", "Jilin City"),
            ("周斌", "Zhou Bin"),
        ),
    ),
    "a city whose English name two cities share, in its province's report": Event(
        "台州市人民政府与国家电网有限公司签署战略合作协议，浙江省副省长出席。",
        "The Taizhou Municipal People's Government signed a strategic cooperation agreement "
        "with the State Grid Corporation of China in Hangzhou, Zhejiang Province.",
        (
            ("台州市人民政府", "Taizhou Municipal People's Government"),
            ("国家电网有限公司", "State Grid Corporation of China"),
            ("浙江省", "Zhejiang Province"),
        ),
    ),
    "the other city of that name, in its province's report": Event(
        "宿州市人民政府与中国中化签署合作协议。安徽省商务厅参加。",
        "The Suzhou Municipal People's Government signed a cooperation agreement with Sinochem "
        "in Hefei, Anhui Province, with the Anhui Provincial Department of Commerce taking part.",
        (
            ("宿州市人民政府", "Suzhou Municipal People's Government"),
            ("中国中化", "Sinochem"),
            ("安徽省商务厅", "Anhui Provincial Department of Commerce"),
        ),
    ),
    "an ambassador at a fair": Event(
        "中国驻赞比亚大使赵峰出席第6届中国—亚欧博览会开幕式。",
        "Zhao Feng, Chinese Ambassador to Zambia, attended the opening ceremony of the 6th "
        "China-Eurasia Expo.",
        (
            ("中国", "Chinese"),
            ("赞比亚", "Zambia"),
            ("第6届中国—亚欧博览会", "6th China-Eurasia Expo"),
            ("赵峰", "Zhao Feng"),
        ),
    ),
    "a vice-minister opens a fair": Event(
        "商务部副部长孙平宣布第20届中国—东盟博览会开幕。",
        "Sun Ping, Vice Minister of Commerce, declared the 20th China-ASEAN Expo open.",
        (
            ("商务部", "Ministry of Commerce"),
            ("第20届中国—东盟博览会", "20th China-ASEAN Expo"),
            ("孙平", "Sun Ping"),
        ),
    ),
    "a former ministry under its name of the time": Event(
        "农业部副部长何平出席第16届中国国际农产品交易会。",
        "He Ping, vice minister of agriculture, attended the 16th China International "
        "Agricultural Trade Fair.",
        (
            ("农业部", "Ministry of Agriculture"),
            ("第16届中国国际农产品交易会", "16th China International Agricultural Trade Fair"),
            ("何平", "He Ping"),
        ),
    ),
    "a regional department and a regional vice chairman with a Uyghur name": Event(
        "宁夏回族自治区商务厅举办推介会。新疆维吾尔自治区人民政府副主席艾力·买买提出席第6届"
        "中国—阿拉伯国家博览会。",
        "The Department of Commerce of Ningxia Hui Autonomous Region held a promotion event. "
        "Ali Mamat, vice chairman of the Xinjiang Uygur Autonomous Region People's Government, "
        "attended the 6th China-Arab States Expo.",
        (
            ("宁夏回族自治区商务厅", "Department of Commerce of Ningxia Hui Autonomous Region"),
            (
                "新疆维吾尔自治区人民政府",
                "Xinjiang Uygur Autonomous Region People's Government",
            ),
            ("第6届中国—阿拉伯国家博览会", "6th China-Arab States Expo"),
        ),
    ),
    "a consulate's counsellor at the import expo": Event(
        "法国驻上海总领事馆商务参赞李华出席第7届中国国际进口博览会。沙特阿拉伯驻华大使馆举办招待会。",
        "Li Hua, commercial counsellor of the French Consulate General in Shanghai, attended the "
        "7th China International Import Expo. The Embassy of Saudi Arabia in China held a "
        "reception.",
        (
            ("法国驻上海总领事馆", "French Consulate General in Shanghai"),
            ("沙特阿拉伯驻华大使馆", "Embassy of Saudi Arabia in China"),
            ("第7届中国国际进口博览会", "7th China International Import Expo"),
            ("李华", "Li Hua"),
        ),
    ),
    "an edition numbered in Chinese, named by its year in English": Event(
        "第8届中国—亚欧博览会在乌鲁木齐开幕。",
        "The 2024 China-Eurasia Expo opened in Urumqi on Wednesday.",
        (
            ("第8届中国—亚欧博览会", "2024 China-Eurasia Expo"),
            ("乌鲁木齐", "Urumqi"),
        ),
    ),
    "a name written given name first, and one with its family name in capitals": Event(
        "中国长江三峡集团有限公司董事长王建国与中国华电集团有限公司总经理张强出席签约仪式。",
        "Jianguo Wang, chairman of China Three Gorges Corporation, and ZHANG Qiang, general "
        "manager of China Huadian Corporation, attended the signing ceremony.",
        (
            ("中国长江三峡集团有限公司", "China Three Gorges Corporation"),
            ("中国华电集团有限公司", "China Huadian Corporation"),
            ("王建国", "Jianguo Wang"),
            ("张强", "ZHANG Qiang"),
        ),
    ),
    "one pinyin, two people, two posts": Event(
        "甘肃省副省长李明出席开幕式。青海省副省长张华会见了客人。",
        "Li Ming, Vice Minister of Commerce, attended the opening ceremony. Zhang Hua, chairman "
        "of China Telecom, met the guests.",
        (),
        apart=(("李明", "Li Ming"), ("张华", "Zhang Hua")),
    ),
    "one pinyin at the fair, another post in the city": Event(
        "西宁市副市长王华出席第25届中国·青海绿色发展投资贸易洽谈会开幕式。",
        "Wang Hua, general manager of China Mobile, attended the opening ceremony of the 25th "
        "China (Qinghai) Green Development Investment and Trade Fair in Xining.",
        (
            (
                "第25届中国·青海绿色发展投资贸易洽谈会",
                "25th China (Qinghai) Green Development Investment and Trade Fair",
            ),
            ("西宁市", "Xining"),
        ),
        apart=(("王华", "Wang Hua"),),
    ),
}


def _built(event: Event) -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """The nodes each report's names end on, and the nodes both reports reach."""
    zh_doc = Document.from_text(event.zh, source="zh.txt", language="zh")
    en_doc = Document.from_text(event.en, source="en.txt", language="en")
    result = resolve([extract_document(zh_doc), extract_document(en_doc)])
    zh_names: dict[str, set[str]] = {}
    en_names: dict[str, set[str]] = {}
    both = set()
    for entity in result.entities:
        docs = {ev.document for ev in entity.evidence}
        if {zh_doc.id, en_doc.id} <= docs:
            both.add(entity.key)
        for ev in entity.evidence:
            if ev.mention is None:
                continue
            names = zh_names if ev.document == zh_doc.id else en_names
            text = ev.mention.text.removeprefix("the ").removeprefix("The ")
            names.setdefault(text, set()).add(entity.key)
        if en_doc.id in docs:  # a body a title implies (Vice Minister of Commerce): its label
            for label in (entity.label, *entity.alt_labels):
                en_names.setdefault(label, set()).add(entity.key)
    return zh_names, en_names, both


@pytest.mark.parametrize("name", sorted(GRID))
def test_shared_entities_meet_and_nothing_else(name: str) -> None:
    event = GRID[name]
    zh_names, en_names, both = _built(event)
    met = set()
    for zh, en in event.shared:
        z, e = zh_names.get(zh, set()), en_names.get(en, set())
        # one node holds both names (a Chinese name may also stand for the body a title of it
        # implies: 西宁市副市长, the city and its government)
        assert e and e <= z, (zh, en, z, e)
        met |= e
    assert both == met  # no other node holds both reports
    for zh, en in event.apart:
        z, e = zh_names.get(zh, set()), en_names.get(en, set())
        assert z and e and not z & e, (zh, en)
