"""The bundled sample corpus: present as package data, UTF-8, invented people only."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from fairgraph.zh.extract.dates import document_date, find_dates
from fairgraph.zh.extract.money import find_amounts

SAMPLE = files("fairgraph.sample")
TEXTS = sorted(p.name for p in SAMPLE.iterdir() if p.name.endswith(".txt"))
# people named in the real articles under /work/shared/corpus: none may appear in the sample
REAL_NAMES = ("王光谦", "安立佳", "杨忠", "陈卫军", "易卜雷", "任秀丽", "王菲菲", "魏雅琪", "王冬")


def _read(name: str) -> str:
    return SAMPLE.joinpath(name).read_bytes().decode("utf-8")  # strict: fails on bad bytes


def test_four_reports_and_a_readme() -> None:
    assert len(TEXTS) == 4
    readme = SAMPLE.joinpath("README.md").read_text(encoding="utf-8")
    assert "fiction" in readme and "invented" in readme


@pytest.mark.parametrize("name", TEXTS)
def test_report_shape(name: str) -> None:
    text = _read(name)
    assert 600 <= len(text) <= 1200
    headline, dateline = text.splitlines()[:2]
    assert headline.strip() and not headline.startswith(" ")
    assert document_date(text) is not None, "date line or dateline expected"
    assert dateline.strip()


@pytest.mark.parametrize("name", [*TEXTS, "README.md"])
def test_no_real_person_names(name: str) -> None:
    text = _read(name)
    assert [n for n in REAL_NAMES if n in text] == []


def test_no_real_person_names_anywhere_in_src() -> None:
    src = Path(__file__).resolve().parents[1] / "src"
    if not src.is_dir():
        pytest.skip("source tree not available")
    hits = [
        (str(path), n)
        for path in sorted(src.rglob("*"))
        if path.is_file() and path.suffix in {".py", ".txt", ".md", ".tsv", ".json", ".ttl"}
        for n in REAL_NAMES
        if n in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert hits == []


def test_sample_exercises_the_patterns() -> None:
    """The constructions issue #4 lists occur in the sample, so demos show them."""
    corpus = "\n".join(_read(n) for n in TEXTS)
    for marker in (
        "第二十三届", "主宾国", "为主题", "省委常委、常务副省长", "驻华大使", "本报记者",
        "摄", "签署战略合作框架协议", "代表双方签约", "见证签约", "《", "省领导", "董事长",
    ):  # fmt: skip
        assert marker in corpus, marker
    amounts = [a for n in TEXTS for a in find_amounts(_read(n))]
    currencies = {a.currency for a in amounts}
    assert {"CNY", "USD"} <= currencies
    assert any(a.approximate for a in amounts) and any(not a.approximate for a in amounts)
    ranges = [d for n in TEXTS for d in find_dates(_read(n), document_date(_read(n))) if d.end_date]
    assert len(ranges) >= 3
