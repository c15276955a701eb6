"""Training on a tiny in-test dataset: deterministic, metadata complete, model usable."""

from __future__ import annotations

import json

import pytest

from fairgraph.errors import ModelError
from fairgraph.zh.ner.backends import CrfRecognizer
from fairgraph.zh.ner.training import main, train_ner
from ner_helpers import SENTENCES, make_datasets


def test_tiny_training_is_deterministic_and_records_metadata(tmp_path):
    data = make_datasets(tmp_path / "data")
    meta1 = train_ner(data, tmp_path / "a" / "m.crfsuite", max_iterations=15, min_freq=1)
    meta2 = train_ner(data, tmp_path / "b" / "m.crfsuite", max_iterations=15, min_freq=1)
    assert meta1["sha256"] == meta2["sha256"]
    on_disk = json.loads((tmp_path / "a" / "m.json").read_text("utf-8"))
    for key in (
        "datasets",
        "feature_version",
        "params",
        "iterations",
        "validation",
        "trained",
        "size_bytes",
        "labels",
    ):
        assert key in on_disk, key
    assert {d["path"] for d in on_disk["datasets"]} == {
        "cluener2020/train.json",
        "msra_ner/train.bio",
    }
    assert all(len(d["sha256"]) == 64 for d in on_disk["datasets"])
    assert "B-PER" in on_disk["labels"] and "B-ROLE" in on_disk["labels"]
    rec = CrfRecognizer(tmp_path / "a" / "m.crfsuite")
    found = {(m.text, m.type) for m in rec.raw("金川集团董事长王强出席签约仪式")}
    assert ("王强", "Person") in found


def test_training_without_cluener_fails(tmp_path):
    with pytest.raises(ModelError):
        train_ner(tmp_path, tmp_path / "m.crfsuite", max_iterations=1)


def test_training_command_line(tmp_path, capsys):
    data = make_datasets(tmp_path / "data")
    assert (
        main([str(data), str(tmp_path / "m.crfsuite"), "--max-iterations", "3", "--min-freq", "1"])
        == 0
    )
    assert (tmp_path / "m.json").is_file()
    assert "crf_only" in capsys.readouterr().out


def test_command_line_defaults_match_the_function():
    import inspect

    from fairgraph.zh.ner.training import build_parser

    args = build_parser().parse_args(["data", "out.crfsuite"])
    sig = inspect.signature(train_ner).parameters
    for name in (
        "max_iterations",
        "c1",
        "c2",
        "min_freq",
        "msra_domain",
        "run_domain",
        "silver_roles",
        "tagging",
        "seed",
    ):
        assert getattr(args, name) == sig[name].default, name
    default_features = sig["features"].default
    assert (args.pos, args.augment) == (default_features.pos, default_features.augment)


def test_multi_convention_model_follows_the_convention_asked_for(tmp_path):
    from fairgraph.zh.ner.features import FeatureSet

    data = make_datasets(tmp_path / "data")
    model = tmp_path / "m.crfsuite"
    meta = train_ner(
        data,
        model,
        max_iterations=15,
        min_freq=1,
        msra_domain="msra",
        features=FeatureSet(pos=True, augment=True),
    )
    assert meta["features"] == {"pos": True, "augment": True}
    assert meta["domains"] == ["clue", "msra"]
    assert meta["run_domain"] == "msra" and CrfRecognizer(model).tagger.domain == "msra"
    assert len(meta["pos_dictionary"]["sha256"]) == 64
    msra = CrfRecognizer(model, convention="msra")
    assert msra.tagger.features == FeatureSet(pos=True, augment=True)
    assert msra.tagger.domain == "msra"
    assert ("王强", "Person") in {
        (m.text, m.type) for m in CrfRecognizer(model).raw(SENTENCES[1][0])
    }
    with pytest.raises(ModelError, match="choose one of: clue, msra"):
        CrfRecognizer(model, convention="ontonotes")
    with pytest.raises(ModelError, match="unknown run domain"):
        train_ner(data, tmp_path / "x.crfsuite", max_iterations=1, run_domain="ontonotes")


def test_a_changed_pos_dictionary_is_warned_about():
    from fairgraph.zh.ner.crf import check_pos_dictionary

    with pytest.warns(UserWarning, match="jieba's dictionary differs"):
        check_pos_dictionary({"pos_dictionary": {"sha256": "0" * 64}})
    check_pos_dictionary({})  # a model without POS features: nothing to check
