"""``fairgraph evaluate`` through the command line (fairgraph.cli.quality)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Build, run_cli

# ---- evaluate --------------------------------------------------------------------------------


def test_evaluate_ner_on_a_bio_file(tmp_path: Path) -> None:
    sentences = [
        [("冰岛", "LOC"), ("驻华大使访问", None), ("西宁市", "LOC")],
        [("甘肃省人民政府", "ORG"), ("与企业签约", None)],
    ]
    lines = []
    for sentence in sentences:
        for text, tag in sentence:
            lines += [
                f"{c}\t{'O' if tag is None else ('B-' if i == 0 else 'I-') + tag}"
                for i, c in enumerate(text)
            ]
        lines.append("")
    path = tmp_path / "gold.bio"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("evaluate", "ner", path, "--format", "bio", "--ner", "rules")
    assert result.exit_code == 0, result.output
    overall = [ln.split() for ln in result.stdout.splitlines() if ln.startswith("overall")]
    assert len(overall) == 1
    gold = sum(tag is not None for sentence in sentences for _, tag in sentence)
    assert int(overall[0][1]) == gold
    assert 0.0 <= float(overall[0][-1]) <= 1.0


def test_evaluate_ner_follows_the_convention_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "gold.bio"
    text = "青海省人民政府在西宁举行签约仪式"
    tags = ["B-ORG"] + ["I-ORG"] * 6 + ["O", "B-LOC", "I-LOC"] + ["O"] * 6
    path.write_text("".join(f"{c}\t{t}\n" for c, t in zip(text, tags, strict=True)), "utf-8")
    for convention in ("clue", "msra"):
        result = run_cli("evaluate", "ner", path, "--format", "bio", "--convention", convention)
        assert result.exit_code == 0, result.output
        assert "overall" in result.stdout
    bad = run_cli("evaluate", "ner", path, "--format", "bio", "--convention", "ontonotes")
    assert bad.exit_code == 2 and "clue" in bad.output and "msra" in bad.output


def test_evaluate_graph_against_gold(zh_build: Build) -> None:
    gold = Path(__file__).resolve().parents[2] / "gold" / "zh"
    if not gold.is_dir():
        pytest.skip("no gold annotations")
    result = run_cli("evaluate", "graph", zh_build.ttl, "--gold", gold, "--format", "json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    person = scores["overall"]["entities"]["Person"]
    assert person["tp"] > 0
    assert 0.0 < person["f1"] <= 1.0
    table = run_cli("evaluate", "graph", zh_build.ttl, "--gold", gold)
    assert table.exit_code == 0 and "Person" in table.stdout
    listed = run_cli("evaluate", "graph", zh_build.ttl, "--gold", gold, "--errors")
    listed_errors = sum(len(d["errors"]) for d in scores["documents"])
    assert listed.exit_code == 0
    assert listed.stdout.count("\n  ") - table.stdout.count("\n  ") == listed_errors


def test_train_ner_writes_a_usable_model_and_reports_progress(tmp_path: Path) -> None:
    from ner_helpers import make_datasets

    data = make_datasets(tmp_path / "data")
    out = tmp_path / "m.crfsuite"
    result = run_cli("train", "ner", "--datasets", data, "-o", out, "--max-iterations", "12")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["iterations"] == 12
    assert "trained in" in result.stderr
    assert out.is_file() and out.with_suffix(".json").is_file()
