"""A real HTTP server on loopback (python's http.server in a thread) serving invented reports:
what the tests of URL inputs read (tests/ingest/test_remote.py, tests/cli/, tests/jobs/)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: reports written for these tests (never sentences of a real report), by their served path
REPORTS = {
    "a.txt": "格鲁吉亚代表团参观兰洽会\n\n新华社兰州7月8日电 格鲁吉亚驻华大使率团参观第三十届"
    "中国兰州投资贸易洽谈会。甘肃省商务厅与格鲁吉亚经济部签署合作备忘录。\n",
    "reports/2.txt": "Chile and Qinghai sign trade pact\n\nXINING, June 5 (Xinhua) -- The Qinghai "
    "Provincial Department of Commerce signed a cooperation agreement with a delegation from "
    "Chile at the 26th China Qinghai Investment and Trade Fair.\n",
    "reports/10.txt": "蒙古国客商到访青洽会\n\n新华社西宁6月6日电 蒙古国商务代表团到访第二十六届"
    "中国青海投资贸易洽谈会，与青海省人民政府签署投资协议。\n",
    "reports/sub/3.md": "冰岛客商参观青洽会\n\n冰岛驻华大使访问西宁。\n",
    "reports/.draft.txt": "草稿：不读。\n",
}
#: also served: a file of a type fairgraph does not read
OTHER = {"reports/notes.pdf": b"%PDF-1.4 not a report"}
#: the countries the reports name, by the URL-relative path of the ones a glob of
#: ``reports/*.txt`` and ``a.txt`` bring in
COUNTRIES = {"a.txt": "GE", "reports/2.txt": "CL", "reports/10.txt": "MN"}


@dataclass(frozen=True)
class Web:
    """A folder of reports and the URL it is served at (``base`` ends without ``/``)."""

    root: Path
    base: str

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """http.server's handler of a folder, without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 — the base's name
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up early (a file over the size limit) is no error here."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def write_reports(root: Path) -> Path:
    """The reports (and the other files) under ``root``."""
    for name, text in REPORTS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, data in OTHER.items():
        (root / name).write_bytes(data)
    return root


@contextmanager
def serving(root: Path, handler_class: type[QuietHandler] = QuietHandler) -> Iterator[Web]:
    """Serve ``root`` over HTTP on 127.0.0.1 (a free port) while the block runs."""
    handler = functools.partial(handler_class, directory=str(root))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Web(root, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
