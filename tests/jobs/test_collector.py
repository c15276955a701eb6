"""The garbage collector's pace during a build: faster phases, nothing kept after."""

from __future__ import annotations

import gc
import weakref

from fairgraph.jobs.collector import YOUNG_THRESHOLD, paced_collector, settle


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_the_pace_holds_inside_and_is_restored_after() -> None:
    before = gc.get_threshold()
    with paced_collector():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        settle()
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_cycle_frozen_during_the_build_is_collected_after_it() -> None:
    with paced_collector():
        node = _Node()
        alive = weakref.ref(node)
        settle()
        del node
        gc.collect()
        assert alive() is not None  # frozen: the collector leaves it alone meanwhile
    gc.collect()
    assert alive() is None


def test_settle_outside_a_build_and_nested_blocks_change_nothing() -> None:
    settle()
    assert gc.get_freeze_count() == 0
    before = gc.get_threshold()
    with paced_collector():
        with paced_collector():
            pass
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the inner block left the pace alone
    assert gc.get_threshold() == before
