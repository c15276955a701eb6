"""Sources in the graph name the input files without the build machine's directory layout."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import TESTS, run_cli


def test_sources_are_named_below_the_inputs_folder_however_given(tmp_path: Path) -> None:
    news = shutil.copytree(TESTS / "fixtures" / "trust", tmp_path / "deep" / "er" / "news")
    by_folder, by_files = tmp_path / "a", tmp_path / "b"
    assert run_cli("build", news, "-o", by_folder).exit_code == 0
    files = sorted(news.glob("*.txt"), reverse=True)
    assert run_cli("build", *files, "-o", by_files).exit_code == 0
    first = (by_folder / "graph.ttl").read_bytes()
    assert first == (by_files / "graph.ttl").read_bytes()
    text = first.decode("utf-8")
    assert str(tmp_path) not in text and "deep/er" not in text
    assert f'"news/{files[0].name}"' in text
