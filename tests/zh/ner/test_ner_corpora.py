"""Gold readers (END-INCLUSIVE CLUENER offsets, BIO) and the evaluation arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fairgraph.errors import FormatError, InputError
from fairgraph.evaluate.corpora import GoldSpan, bio_to_spans, cluener_split, is_validation
from fairgraph.evaluate.ner import score_sets
from fairgraph.zh.ner.evaluate import evaluate_sentences, load_gold, read_bio, read_cluener


def write_cluener(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def test_cluener_offsets_are_end_inclusive(tmp_path):
    p = write_cluener(
        tmp_path / "c.json",
        [
            {
                "text": "青海省商务厅厅长李明讲话",
                "label": {
                    "government": {"青海省商务厅": [[0, 5]]},
                    "position": {"厅长": [[6, 7]]},
                    "name": {"李明": [[8, 9]]},
                },
            }
        ],
    )
    (sent,) = read_cluener(p)
    assert [(sent.text[s.start : s.end], s.label) for s in sent.spans] == [
        ("青海省商务厅", "government"),
        ("厅长", "position"),
        ("李明", "name"),
    ]


def test_cluener_rejects_offsets_that_do_not_match(tmp_path):
    p = write_cluener(
        tmp_path / "c.json", [{"text": "李明", "label": {"name": {"李明": [[0, 0]]}}}]
    )
    with pytest.raises(InputError):
        read_cluener(p)


def test_read_bio_tab_and_space_separated(tmp_path):
    p = tmp_path / "g.bio"
    p.write_text("在\tO\n西\tB-LOC\n宁\tI-LOC\n\n张 B-PER\n三 I-PER\n说 O\n", "utf-8")
    sents = read_bio(p)
    assert [s.text for s in sents] == ["在西宁", "张三说"]
    assert sents[0].spans == (GoldSpan(1, 3, "LOC"),)
    assert sents[1].spans == (GoldSpan(0, 2, "PER"),)


def test_read_bio_rejects_garbage(tmp_path):
    p = tmp_path / "g.bio"
    p.write_text("not a tagged line at all\n", "utf-8")
    with pytest.raises(InputError):
        read_bio(p)


def test_bio_to_spans_handles_adjacent_and_stray_tags():
    assert bio_to_spans(["B-PER", "B-PER", "I-PER", "I-LOC", "O"]) == [
        GoldSpan(0, 1, "PER"),
        GoldSpan(1, 3, "PER"),
        GoldSpan(3, 4, "LOC"),
    ]


def test_score_arithmetic_by_hand():
    gold = [{(0, 2, "Person"), (3, 6, "Organization")}, {(0, 3, "Place")}]
    pred = [{(0, 2, "Person"), (3, 5, "Organization")}, {(0, 3, "Place"), (4, 6, "Person")}]
    s = score_sets(gold, pred)
    assert (s.by_type["Person"].tp, s.by_type["Person"].gold, s.by_type["Person"].predicted) == (
        1,
        1,
        2,
    )
    assert s.by_type["Organization"].f1 == 0.0
    assert s.overall.precision == pytest.approx(2 / 4)
    assert s.overall.recall == pytest.approx(2 / 3)
    assert s.overall.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    table = s.format_table()
    assert "overall" in table and "Organization" in table


def test_evaluate_maps_cluener_labels_and_countries(tmp_path):
    p = write_cluener(
        tmp_path / "c.json",
        [
            {
                "text": "冰岛大使与金川集团代表会谈",
                "label": {
                    "address": {"冰岛": [[0, 1]]},
                    "company": {"金川集团": [[5, 8]]},
                    "game": {"会谈": [[11, 12]]},
                },
            }
        ],
    )
    sents = load_gold(p, "cluener")

    def tag(text: str) -> list[tuple[int, int, str]]:
        return [(0, 2, "Country"), (5, 9, "Organization"), (9, 11, "Role")]

    s = evaluate_sentences(sents, "cluener", tag)
    # CLUENER's address is a sub-national place: a predicted Country is neither hit nor false
    # alarm, so the country the gold calls an address is a miss
    assert s.by_type["Place"].predicted == 0 and s.by_type["Place"].gold == 1
    assert s.by_type["Organization"].tp == 1
    assert s.by_type["Role"].predicted == 1 and s.by_type["Role"].tp == 0
    assert s.overall.gold == 2


def test_evaluate_bio_ignores_roles_and_time(tmp_path):
    p = tmp_path / "g.bio"
    p.write_text("今\tB-TIME\n天\tI-TIME\n冰\tB-LOC\n岛\tI-LOC\n大\tO\n使\tO\n", "utf-8")
    sents = load_gold(p, "bio")
    s = evaluate_sentences(sents, "bio", lambda t: [(2, 4, "Country"), (4, 6, "Role")])
    assert s.overall.tp == 1 and s.overall.predicted == 1 and s.overall.gold == 1


def test_unknown_format_and_split(tmp_path):
    p = write_cluener(tmp_path / "c.json", [{"text": "甲", "label": {}}])
    with pytest.raises(FormatError):
        load_gold(p, "conll")
    with pytest.raises(FormatError):
        load_gold(p, "cluener", split="dev2")
    with pytest.raises(InputError):
        load_gold(tmp_path / "missing.json", "cluener")


def test_validation_split_is_deterministic_and_disjoint(tmp_path):
    rows = [{"text": f"句子{i}", "label": {}} for i in range(200)]
    p = write_cluener(tmp_path / "c.json", rows)
    train, dev = cluener_split(p)
    assert len(train) + len(dev) == 200
    assert {s.text for s in dev} == {f"句子{i}" for i in range(200) if is_validation(i)}
    assert not {s.text for s in train} & {s.text for s in dev}
    assert 5 <= len(dev) <= 40
