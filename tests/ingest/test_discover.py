"""Input discovery: files, folders, glob patterns; sorting, de-duplication, errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fairgraph.errors import FormatError, InputError
from fairgraph.ingest import SUPPORTED_SUFFIXES, discover_inputs


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for name in (
        "news/10.txt",
        "news/2.txt",
        "news/1.md",
        "news/deep/a.HTML",
        "news/deep/b.htm",
        "news/deep/c.pdf",
        "news/.hidden/x.txt",
        "other/z.TXT",
        "other/readme.rst",
        "empty/notes.docx",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("正文", encoding="utf-8")
    return tmp_path


def rel(paths: list[Path], root: Path) -> list[str]:
    return [p.resolve().relative_to(root.resolve()).as_posix() for p in paths]


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".html", ".htm"}


def test_folder_is_recursive_sorted_and_skips_hidden(tree: Path) -> None:
    found = discover_inputs([tree / "news"])
    assert rel(found, tree) == [
        "news/1.md",
        "news/2.txt",
        "news/10.txt",
        "news/deep/a.HTML",
        "news/deep/b.htm",
    ]


def test_glob_patterns(tree: Path) -> None:
    assert rel(discover_inputs([str(tree / "news" / "*.txt")]), tree) == [
        "news/2.txt",
        "news/10.txt",
    ]
    # patterns match names as the file system does; a.HTML may match *.htm* on macOS only
    assert "news/deep/b.htm" in rel(discover_inputs([str(tree / "**" / "*.htm*")]), tree)
    assert rel(discover_inputs([str(tree / "news" / "?.txt")]), tree) == ["news/2.txt"]
    assert rel(discover_inputs([str(tree / "**" / "*.TXT")]), tree) == ["other/z.TXT"]


def test_recursive_glob_finds_nested(tree: Path) -> None:
    found = rel(discover_inputs([str(tree / "news" / "**" / "b.htm")]), tree)
    assert found == ["news/deep/b.htm"]


def test_duplicates_removed_and_order_independent(tree: Path) -> None:
    a = discover_inputs([tree / "news" / "2.txt", tree / "news", str(tree / "news" / "*.txt")])
    b = discover_inputs([str(tree / "news" / "*.txt"), tree / "news", tree / "news" / "2.txt"])
    assert a == b
    assert len(a) == len({p.resolve() for p in a}) == 5


def test_relative_paths_stay_relative(tree: Path) -> None:
    cwd = os.getcwd()
    os.chdir(tree)
    try:
        found = discover_inputs(["other", "news/2.txt"])
    finally:
        os.chdir(cwd)
    assert [p.as_posix() for p in found] == ["news/2.txt", "other/z.TXT"]


def test_missing_path(tree: Path) -> None:
    missing = str(tree / "nope.txt")
    with pytest.raises(InputError, match="no such file, folder or matching pattern") as info:
        discover_inputs([missing])
    assert info.value.source == missing
    with pytest.raises(InputError, match="no such file, folder or matching pattern"):
        discover_inputs([str(tree / "nothing-*.txt")])


def test_glob_matching_only_unsupported_files(tree: Path) -> None:
    with pytest.raises(InputError, match="pattern matches no"):
        discover_inputs([str(tree / "news" / "deep" / "*.pdf")])


def test_explicit_unsupported_file(tree: Path) -> None:
    with pytest.raises(FormatError, match=r"\.pdf.*\.txt") as info:
        discover_inputs([tree / "news" / "deep" / "c.pdf"])
    assert all(s in str(info.value) for s in SUPPORTED_SUFFIXES)


def test_folder_without_supported_files(tree: Path) -> None:
    with pytest.raises(InputError, match="folder holds no"):
        discover_inputs([tree / "empty"])


def test_explicit_file_with_upper_case_suffix(tree: Path) -> None:
    assert rel(discover_inputs([tree / "other" / "z.TXT"]), tree) == ["other/z.TXT"]


def test_no_paths() -> None:
    assert discover_inputs([]) == []
