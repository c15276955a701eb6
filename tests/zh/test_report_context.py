"""What a report's context gives its facts (issue #12; reports written for these tests): the
year of a report whose text names none, from its publication line; 我省/我市/我区 from the
report's outlet or dateline; a company (该公司, 该集团) or a pair (双方) named several sentences
before the signing that refers to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairgraph.ingest import read_document
from fairgraph.model import Document, PartialDate
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document

SIGNING = "8日，兰州市人民政府与国家电投签署战略合作协议。"


@pytest.mark.parametrize(
    "head",
    [
        "2019-07-10 09:30  来源：甘肃日报",
        "发布时间：2019年07月10日",
        "  2019年07月10日07:46  来源：人民网",  # a time run on to the day
        "二〇一九年七月十日",
        "甘肃日报 2019年7月10日 第01版",
        "[2019/07/10]",
    ],
)
def test_a_report_without_a_year_takes_its_publication_year(head: str, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"兰州举办投资推介会\n{head}\n本报讯（记者 张建华）{SIGNING}\n", "utf-8")
    ex = extract_document(read_document(str(path)))
    assert ex.document.date == PartialDate(2019, 7, 10)
    assert [a.date for a in ex.agreements] == [PartialDate(2019, 7, 8)]


def _sides(text: str) -> tuple[set[str], list[tuple[str, ...]]]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    label = {e.key: e.label for e in res.entities}
    places = {e.label for e in res.entities if e.type == "Place"}
    return places, sorted(tuple(sorted(label[k] for k in a.parties)) for a in res.agreements)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("来源：甘肃日报\n本报讯 我省与国家电投签署战略合作协议。", "甘肃省"),
        ("来源：甘肃日报\n本报讯 国家电投同我省签署战略合作协议。", "甘肃省"),
        ("本报讯（甘肃日报记者 张建华）我省与国家电投签署战略合作协议。", "甘肃省"),
        ("来源：兰州日报\n本报讯 国家电投与我市签署战略合作协议。", "兰州市"),
        ("来源：广西日报\n本报讯 我区与国家电投签署战略合作协议。", "广西壮族自治区"),
        ("来源：内蒙古日报\n本报讯 国家电投与我区签署战略合作协议。", "内蒙古自治区"),
        ("新华社南宁7月8日电 我区与国家电投签署战略合作协议。", "广西壮族自治区"),
    ],
)
def test_the_reports_own_place_signs(text: str, home: str) -> None:
    places, agreements = _sides(text)
    assert home in places
    assert agreements == [tuple(sorted((home, "国家电力投资集团有限公司")))]


def test_our_district_in_a_province_is_no_region() -> None:
    """我区 names an autonomous region only in that region's reports (a district's report in
    a province says 我区 of the district, which the graph does not guess)."""
    places, agreements = _sides("来源：甘肃日报\n本报讯 我区与国家电投签署战略合作协议。")
    assert "甘肃省" not in places and agreements == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "兰州华创科技有限公司成立于2010年，主要从事新能源开发。近年来，该公司发展迅速。"
            "8日，该公司与兰州市人民政府签署投资协议。",
            ("兰州华创科技有限公司", "兰州市人民政府"),
        ),
        (
            "甘肃陇星集团是省属重点企业。去年实现营业收入100亿元。"
            "该集团与国家电投签署战略合作协议。",
            ("国家电力投资集团有限公司", "甘肃陇星集团"),
        ),
        (
            "兰州市人民政府与国家电投举行会谈。会谈中，双方就新能源合作深入交换意见。"
            "会后，双方签署了战略合作协议。",
            ("兰州市人民政府", "国家电力投资集团有限公司"),
        ),
        (
            "兰州市人民政府与国家电投举行会谈。张建华介绍了兰州市情况。李志强表示，将加大投资。"
            "会后，双方签署了战略合作协议。",
            ("兰州市人民政府", "国家电力投资集团有限公司"),
        ),
    ],
)
def test_a_signer_named_sentences_before(text: str, pair: tuple[str, str]) -> None:
    _places, agreements = _sides(text)
    assert agreements == [pair]


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph: 双方 is not the pair of the paragraph before
        "兰州市人民政府与国家电投举行会谈。\n兰州大学是一所大学。双方签署了战略合作协议。",
        # a bare 公司 does not reach back past the sentence before
        "兰州华创科技有限公司成立于2010年。去年实现营业收入1亿元。员工有500人。"
        "公司与兰州大学签署了合作协议。",
    ],
)
def test_no_signer_from_too_far_back(text: str) -> None:
    _places, agreements = _sides(text)
    assert agreements == []


def _posts(text: str) -> set[tuple[str, str, str]]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    label = {e.key: e.label for e in res.entities}
    return {(label[p.person], p.role, label[p.organization]) for p in res.posts if p.organization}


@pytest.mark.parametrize("league", ["阿拉善盟", "兴安盟", "锡林郭勒盟"])
def test_a_leagues_bare_titles_name_its_bodies(league: str) -> None:
    text = (
        f"{league}代表团参加第十二届中国—东北亚博览会\n\n"
        "本报讯 第十二届中国—东北亚博览会在长春开幕。盟委副书记、盟长王建华率团参会，"
        "副盟长李文斌随团参加。"
    )
    got = _posts(text)
    assert ("王建华", "盟长", f"{league}行政公署") in got
    assert ("李文斌", "副盟长", f"{league}行政公署") in got
    assert ("王建华", "副书记", f"中国共产党{league}委员会") in got


@pytest.mark.parametrize(
    ("head", "government"),
    [
        ("澳门特别行政区政府新闻局", "澳门特别行政区政府"),
        ("来源：香港特区政府新闻网", "香港特别行政区政府"),
    ],
)
def test_the_chief_executive_of_the_reports_region_heads_its_government(
    head: str, government: str
) -> None:
    text = f"{head}\n\n第十届某某展览会今日开幕。行政长官陈明远，经济局局长李文斌出席开幕式。"
    assert ("陈明远", "行政长官", government) in _posts(text)


def test_a_chief_executive_in_a_provinces_report_names_no_province_body() -> None:
    text = "来源：甘肃日报\n\n本报讯 某某展览会今日开幕。行政长官陈明远出席开幕式。"
    assert not any(p == "陈明远" for p, _, _ in _posts(text))


UNIVERSITY_NEWS = (
    "{site}\n2016-05-12 09:30\n\n我校与兰州银行签署战略合作协议\n\n"
    "{site}讯（记者 陈明）5月11日，第二十二届兰洽会期间，我校与兰州银行签署战略合作协议。"
    "校党委书记王建华、校长李文斌出席签约仪式。副校长赵立新与兰州银行副行长孙强代表双方签约。"
    "当天，我校还与兰州新区管委会签订了共建科技园协议。"
)


@pytest.mark.parametrize(("site", "school"), [("兰州理工大学新闻网", "兰州理工大学")])
def test_a_universitys_own_news_names_it_by_we_and_bare_titles(site: str, school: str) -> None:
    text = UNIVERSITY_NEWS.format(site=site)
    got = _posts(text)
    assert {
        ("王建华", "党委书记", school),
        ("李文斌", "校长", school),
        ("赵立新", "副校长", school),
    } <= got
    _, agreements = _sides(text)
    assert set(agreements) == {
        tuple(sorted((school, "兰州银行"))),
        tuple(sorted((school, "兰州新区管理委员会"))),
    }


def test_we_in_a_papers_report_is_no_university() -> None:
    text = UNIVERSITY_NEWS.format(site="兰州日报")
    assert not any(o.endswith("大学") for _, _, o in _posts(text))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("来源：甘肃日报\n本报讯 兰洽会期间，我省共签约项目120个，总投资300亿元。", "甘肃省"),
        ("来源：兰州日报\n本报讯 兰洽会期间，我市签约项目36个。", "兰州市"),
    ],
)
def test_the_reports_own_place_opening_its_totals_is_that_place(text: str, home: str) -> None:
    places, agreements = _sides(text)
    assert home in places and agreements == []
