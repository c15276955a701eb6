"""Chinese posts in time and report dates: tenure cue words (lexicon/data/tenure_cues.tsv) and
the report's own date, with sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

import fairgraph
from conftest import Build, run_cli
from fairgraph.model import Document, PartialDate
from fairgraph.namespaces import FG, ORG, TIME
from fairgraph.query.explain import find_entities
from fairgraph.zh.lexicon.tables import rows


def test_cue_table_is_well_formed() -> None:
    cues = list(rows("tenure_cues.tsv", 3))
    assert cues, "no tenure cues"
    assert {kind for _, kind, _ in cues} == {"ended", "ended-after", "start", "since", "appointed"}
    pairs = [(cue, kind) for cue, kind, _ in cues]
    assert len(pairs) == len(set(pairs)), "a cue is listed twice for one kind"
    assert all(meaning for _, _, meaning in cues)


@pytest.mark.parametrize(
    ("sentence", "start", "ended"),
    [
        ("原任甘肃省副省长李文华出席签约仪式。", None, True),
        ("李文华原任甘肃省副省长。", None, True),
        ("李文华曾任甘肃省副省长。", None, True),
        ("李文华自2023年3月起任甘肃省副省长。", "2023-03", False),
        ("李文华从2021年5月8日起担任甘肃省商务厅厅长。", "2021-05-08", False),
        ("甘肃省副省长李文华出席签约仪式。", None, False),
        ("甘肃省副省长李文华已调任青海省。", None, True),
        ("甘肃省副省长李文华已卸任。", None, True),
    ],
)
def test_stated_start_or_end_of_a_post(sentence: str, start: str | None, ended: bool) -> None:
    (post,) = fairgraph.extract(sentence).posts
    assert post.person.text == "李文华"
    assert (post.start.iso() if post.start else None, post.ended) == (start, ended)


def test_transferred_to_a_post_does_not_end_it() -> None:
    # 调任 before a post names the new post: no end
    assert all(not p.ended for p in fairgraph.extract("李文华已调任青海省副省长。").posts)


def test_a_name_then_an_unrelated_title_is_no_post() -> None:
    assert fairgraph.extract("李文华表示，甘肃省副省长出席了会议。").posts == ()


def test_tenure_in_the_graph(trust_build: Build) -> None:
    g = trust_build.graph()
    (person,) = find_entities(g, "李文华")
    (post,) = g.subjects(ORG.member, person)
    interval = g.value(post, ORG.memberDuring)
    begin = g.value(interval, TIME.hasBeginning)
    assert g.value(begin, TIME.inXSDgYearMonth) == Literal("2023-03", datatype=XSD.gYearMonth)
    (former,) = find_entities(g, "刘志刚")
    (post,) = g.subjects(ORG.member, former)
    end = g.value(g.value(post, ORG.memberDuring), TIME.hasEnd)
    assert g.value(end, FG.notAfter) == Literal("2025-07-08", datatype=XSD.date)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a date written on its own line, Chinese numerals
        ("某某会开幕\n二〇二五年九月九日\n本报讯 某某会今日开幕。", None, "2025-09-09"),
        # a dateline without a year: the year of the fair's edition (25th 青洽会: 2024)
        ("第25届青洽会闭幕\n西宁7月15日电 青洽会闭幕。", PartialDate(None, 7, 15), "2024-07-15"),
        # nothing gives the year: the month and day as they are
        ("签约仪式举行\n西宁7月11日电 双方签约。", PartialDate(None, 7, 11), "--07-11"),
        # a publication date with its year is kept
        ("签约仪式举行\n2023年5月6日\n正文。", PartialDate(2023, 5, 6), "2023-05-06"),
    ],
)
def test_the_reports_own_date(text: str, date: PartialDate | None, expected: str) -> None:
    doc = Document.from_text(text, source="t.txt", date=date)
    dated = fairgraph.languages.extract_document(doc).document.date
    assert dated is not None and dated.iso() == expected


def test_document_dates_in_the_graph(trust_build: Build) -> None:
    g = trust_build.graph()
    dates = sorted(str(d) for d in g.objects(None, fairgraph.namespaces.DCTERMS.date))
    assert "2024-07-11" in dates and "2025-03-02" in dates


def test_a_relative_year_near_the_top_does_not_date_the_report() -> None:
    text = "第25届青洽会开幕\n去年7月11日，上届青洽会开幕。"
    doc = Document.from_text(text, source="t.txt", date=PartialDate(None, 7, 10))
    # the dateline's day in the edition's year, not the day 去年 names
    assert fairgraph.languages.extract_document(doc).document.date == PartialDate(2024, 7, 10)


def test_extract_records_carry_the_stated_tenure(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    text = "李文华自2023年3月起任甘肃省副省长。原任甘肃省商务厅厅长刘志刚出席。"
    report.write_text(text, "utf-8")
    result = run_cli("extract", report, "--format", "json")
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    posts = {p["person"]["text"]: p for p in record["relations"] if p["type"] == "post"}
    assert posts["李文华"]["start"] == "2023-03" and "ended" not in posts["李文华"]
    assert posts["刘志刚"]["ended"] is True and "start" not in posts["刘志刚"]
