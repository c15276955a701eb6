"""The accuracy gate: no recorded figure of any gold set may fall by more than 0.02.

Sets whose reports live in ../shared (or $FAIRGRAPH_SHARED) are skipped, with the reason, where
that folder is absent; the sets in benchmarks/ always run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fairgraph.evaluate.gate import gold_sets, measure, regressions, shared_dir

REPO = Path(__file__).resolve().parents[2]
RECORDED = json.loads((REPO / "gold" / "FIGURES.json").read_text("utf-8"))
PRESENT = {s.name: s for s in gold_sets(REPO)}


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_no_recorded_figure_falls(name: str) -> None:
    if name not in PRESENT:
        pytest.skip(
            f"reports of {name} not found (looked in {shared_dir(REPO)}; set FAIRGRAPH_SHARED)"
        )
    fell = regressions(RECORDED[name], measure(PRESENT[name]))
    assert not fell, f"{name}: " + "; ".join(fell)


def test_every_present_set_is_recorded() -> None:
    assert set(PRESENT) <= set(RECORDED), "run python benchmarks/accuracy.py --write"


def test_the_gate_fails_a_lowered_figure() -> None:
    recorded = {"Person": 0.95, "posts": 0.90, "wrong_merges": 0}
    assert regressions(recorded, {"Person": 0.94, "posts": 0.90, "wrong_merges": 0}) == []
    assert regressions(recorded, {"Person": 0.92, "posts": 0.90, "wrong_merges": 0}) == [
        "Person 0.920 < recorded 0.950 - 0.02"
    ]
