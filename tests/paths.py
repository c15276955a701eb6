"""Where the tests find the repository and the shared corpus (``../shared`` beside the
repository, or ``$FAIRGRAPH_SHARED``), wherever a test file sits in the tree."""

from __future__ import annotations

from pathlib import Path

from fairgraph.evaluate.gate import shared_dir

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = shared_dir(REPO)
