"""URL inputs (fairgraph.ingest.remote), read from a real HTTP server on loopback."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import threading
from pathlib import Path

import pytest

from conftest import TESTS
from fairgraph.errors import FormatError, InputError
from fairgraph.ingest import read_document
from fairgraph.ingest.remote import (
    expand_url,
    fetch_url,
    read_url,
    source_name,
    split_inputs,
)
from fairgraph.jobs.build import read_documents
from web_helpers import REPORTS, QuietHandler, Web, free_port, serving

pytest.importorskip("aiohttp", reason="the remote extra is not installed (fairgraph[remote])")


def test_a_glob_url_lists_the_matching_reports_in_natural_order(web: Web) -> None:
    assert expand_url(web.url("reports/*.txt")) == [
        web.url("reports/2.txt"),
        web.url("reports/10.txt"),
    ]  # the hidden .draft.txt and notes.pdf are not read


def test_a_folder_url_is_searched_below_it(web: Web) -> None:
    assert expand_url(web.url("reports/")) == [
        web.url("reports/2.txt"),
        web.url("reports/10.txt"),
        web.url("reports/sub/3.md"),
    ]


def test_a_file_url_is_one_document_named_by_the_url(web: Web) -> None:
    assert expand_url(web.url("a.txt")) == [web.url("a.txt")]
    document = read_url(web.url("a.txt"))
    assert document.source == web.url("a.txt")
    assert document.language == "zh"
    assert document.title == "格鲁吉亚代表团参观兰洽会"
    assert read_url(web.url("reports/2.txt")).language == "en"


def test_a_url_is_read_as_the_same_file_on_disk_is(web: Web) -> None:
    """Decoding, HTML reduction, title, date and language: the URL's document is the file's."""
    shutil.copy(TESTS / "fixtures" / "ingest" / "article.html", web.root / "article.html")
    (web.root / "gbk.txt").write_bytes(REPORTS["reports/10.txt"].encode("gb18030"))
    for name in ("article.html", "gbk.txt"):
        local = read_document(web.root / name, source="x")
        remote = read_url(web.url(name))
        assert (remote.text, remote.title, remote.date, remote.encoding, remote.language) == (
            local.text,
            local.title,
            local.date,
            local.encoding,
            local.language,
        ), name
        assert remote.sha256 == local.sha256


def test_a_large_report_is_read_whole_and_the_size_limit_holds(web: Web) -> None:
    """A body that arrives in many pieces is read to its end; one over the limit is refused."""
    body = ("青海省人民政府与格鲁吉亚经济部签署合作备忘录。\n" * 40_000).encode()
    (web.root / "big.txt").write_bytes(body)
    assert read_url(web.url("big.txt")).sha256 == read_document(web.root / "big.txt").sha256
    assert fetch_url(web.url("big.txt")) == body
    with pytest.raises(InputError, match="file too large"):
        read_url(web.url("big.txt"), max_bytes=len(body) - 1)
    with pytest.raises(InputError, match="file too large"):
        read_url(web.url("a.txt"), max_bytes=20)


def test_a_missing_url_is_one_line_naming_the_status(web: Web) -> None:
    with pytest.raises(InputError) as caught:
        read_url(web.url("nope.txt"))
    assert str(caught.value) == f"{web.url('nope.txt')}: HTTP 404 File not found"
    with pytest.raises(InputError, match="not found"):
        expand_url(web.url("gone/*.txt"))
    with pytest.raises(InputError, match="not found"):
        expand_url(web.url("gone/"))


def test_a_folder_url_without_reports_says_so(web: Web) -> None:
    (web.root / "empty").mkdir()
    (web.root / "empty" / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"folder holds no \.htm, \.html, \.md, \.txt files"):
        expand_url(web.url("empty/"))
    with pytest.raises(InputError, match="pattern matches no"):
        expand_url(web.url("empty/*.txt"))


def test_an_unreachable_host_is_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}/a.txt"
    with pytest.raises(InputError) as caught:
        read_url(url)
    assert caught.value.message.startswith("cannot connect to 127.0.0.1:")
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="cannot connect to 127.0.0.1:"):
        expand_url(url.replace("a.txt", "*.txt"))


def test_an_unknown_scheme_is_one_line() -> None:
    with pytest.raises(InputError) as caught:
        expand_url("foo://host/a.txt")
    assert str(caught.value) == "foo://host/a.txt: unknown URL scheme foo://"


@pytest.mark.skipif(importlib.util.find_spec("s3fs") is not None, reason="s3fs is installed")
def test_a_scheme_whose_library_is_missing_names_it() -> None:
    with pytest.raises(InputError) as caught:
        expand_url("s3://bucket/news/*.txt")
    assert str(caught.value) == "s3://bucket/news/*.txt: s3:// URLs need s3fs: pip install s3fs"


def test_without_aiohttp_web_urls_name_it(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # import aiohttp now fails, as uninstalled
    with pytest.raises(InputError) as caught:
        read_url(web.url("a.txt"))
    assert str(caught.value) == (
        f"{web.url('a.txt')}: http(s):// URLs need aiohttp: pip install 'fairgraph[remote]'"
    )
    documents, skipped = read_documents([web.url("a.txt"), str(web.root / "reports" / "2.txt")])
    assert [d.source for d in documents] == ["reports/2.txt"]
    assert skipped == [(web.url("a.txt"), caught.value.message)]


def test_an_object_of_an_unsupported_type_is_a_format_error(tmp_path: Path) -> None:
    """Outside the web a URL that is neither a folder nor a report is refused, as locally
    (fsspec's in-memory file system stands in for an object store)."""
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/fg-test/notes.pdf", b"%PDF")
    fs.pipe("/fg-test/news/1.txt", REPORTS["a.txt"].encode())
    try:
        with pytest.raises(FormatError, match="unsupported file type .pdf"):
            expand_url("memory://fg-test/notes.pdf")
        with pytest.raises(InputError, match="no such file"):
            expand_url("memory://fg-test/none.txt.gz")
        assert expand_url("memory://fg-test/news") == ["memory:///fg-test/news/1.txt"]
        assert read_url("memory:///fg-test/news/1.txt").title == "格鲁吉亚代表团参观兰洽会"
    finally:
        fs.rm("/fg-test", recursive=True)


def test_credentials_never_name_a_document() -> None:
    assert source_name("https://me:pw@example.org/a.txt") == "https://example.org/a.txt"


def test_file_urls_are_local_paths_named_portably(web: Web) -> None:
    local, urls = split_inputs([web.root.as_uri() + "/reports"])
    assert (local, urls) == ([web.root / "reports"], [])
    by_url, _ = read_documents([(web.root / "reports").as_uri() + "/*.txt"])
    by_path, _ = read_documents([str(web.root / "reports" / "*.txt")])
    assert [d.source for d in by_url] == [d.source for d in by_path]
    assert [d.source for d in by_url] == ["reports/2.txt", "reports/10.txt"]


def test_urls_and_paths_build_together_and_a_bad_url_is_skipped(web: Web) -> None:
    documents, skipped = read_documents(
        [web.url("reports/*.txt"), web.url("nope.txt"), str(web.root / "a.txt"), "foo://x/y.txt"]
    )
    assert [d.source for d in documents] == [
        "site/a.txt",
        web.url("reports/2.txt"),
        web.url("reports/10.txt"),
    ]
    assert skipped == [
        ("foo://x/y.txt", "unknown URL scheme foo://"),
        (web.url("nope.txt"), "HTTP 404 File not found"),
    ]
    with pytest.raises(InputError, match="HTTP 404"):
        read_documents([web.url("a.txt"), web.url("nope.txt")], strict=True)
    with pytest.raises(InputError, match="unknown URL scheme"):
        read_documents([web.url("a.txt"), "foo://x/y.txt"], strict=True)


def test_loopback_is_read_directly_when_a_proxy_is_set(
    web: Web, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Proxies come from the environment (as curl and pip take them), NO_PROXY included."""
    dead = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("HTTP_PROXY", dead)
    monkeypatch.setenv("http_proxy", dead)
    assert read_url(web.url("a.txt")).source == web.url("a.txt")


def _in_pairs() -> type[QuietHandler]:
    """A handler that answers a report only once a second request for one is waiting too: a
    client fetching one file after the other gets 503 (after the barrier's timeout)."""
    pair = threading.Barrier(2, timeout=20)

    class InPairs(QuietHandler):
        def do_GET(self) -> None:
            if self.path.endswith(".txt"):
                try:
                    pair.wait()
                except threading.BrokenBarrierError:
                    self.send_error(503, "fetched one at a time")
                    return
            super().do_GET()

    return InPairs


def test_reports_at_urls_are_fetched_several_at_once_and_kept_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    for n in (1, 2, 3, 10):
        (tmp_path / f"{n}.txt").write_text(REPORTS["a.txt"].replace("7月8日", f"7月{n}日"))
    with serving(tmp_path, _in_pairs()) as site:
        documents, skipped = read_documents([site.url("*.txt")], strict=True)
    assert skipped == []
    assert [d.source for d in documents] == [site.url(f"{n}.txt") for n in (1, 2, 3, 10)]
    assert [d.date.iso() for d in documents if d.date] == [f"--07-{n:02d}" for n in (1, 2, 3, 10)]
