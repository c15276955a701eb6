"""Python's cyclic garbage collector, paced for a build.

A build makes millions of small objects that live until it ends (the documents, their
extractions, the resolution, the triples and their index) and almost no reference cycles.
Python's collector walks every tracked object again at each full collection: with its usual
pace that was half the time of resolving, graphing and indexing 1,000 reports
(``python benchmarks/scale.py phases 1000``), all of it in the one process that the other
cores wait for.

Within :func:`paced_collector` the youngest generation is collected after 50,000 new objects
instead of 700, and :func:`settle`, called between a build's phases, moves every object that
exists into the permanent generation (``gc.freeze``), so later collections walk only what the
next phase makes. Processes forked afterwards (the output writers) then leave the frozen
objects' memory pages unwritten, the use ``gc.freeze``'s documentation gives. Objects freed
by reference counting are freed as before; a reference cycle that becomes garbage after it
was frozen is collected once the build ends, when the thresholds are restored and the frozen
objects handed back to the collector.

>>> import gc
>>> before = gc.get_threshold()
>>> with paced_collector():
...     settle()
...     gc.get_threshold()[0], gc.get_freeze_count() > 0
(50000, True)
>>> gc.get_threshold() == before, gc.get_freeze_count()
(True, 0)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000  # new container objects between collections of the youngest generation

_paced = False  # inside the paced_collector block that set the pace (settle freezes only then)


@contextmanager
def paced_collector() -> Iterator[None]:
    """Collect less often for the block's duration (see the module's docstring). A block
    inside another, or opened when something else has frozen objects, changes nothing."""
    global _paced
    if _paced or gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, *thresholds[1:])
    _paced = True
    try:
        yield
    finally:
        _paced = False
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def settle() -> None:
    """Inside :func:`paced_collector`: what exists now lives on, so collections stop walking
    it (outside one, nothing happens)."""
    if _paced:
        gc.freeze()
