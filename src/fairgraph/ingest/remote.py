"""Reports named by URL (``https://``, ``s3://``, ``gs://`` …), read through fsspec.

An input with a scheme (``scheme://…``) is a URL. ``file://`` URLs name local files and are
read as such (named portably, like any local path: a graph carries no machine's paths). Every
other scheme is read with fsspec (the ``remote`` extra, ``pip install 'fairgraph[remote]'``;
``s3://`` needs s3fs, ``gs://`` gcsfs): a URL whose path holds ``*`` or ``[`` is a pattern, a
folder (an ``http(s)://`` URL ending in ``/``: the links of its listing page; in an object
store a prefix) is searched for the supported files below it, and anything else is one
document. Each file is read as bytes and becomes a document exactly as a local file does
(decoding, size limit, HTML, language); its source is the URL itself, without any user or
password in it, so the graph is the same on every machine.

>>> is_url("https://example.org/news/a.html"), is_url("news/a.html"), is_url("C:\\\\news")
(True, False, False)
>>> source_name("https://reader:secret@example.org/a.txt")
'https://example.org/a.txt'
>>> local_path("file:///srv/news/a%20b.txt").as_posix()
'/srv/news/a b.txt'
"""

from __future__ import annotations

import itertools
import os
import re
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from fairgraph.errors import FairgraphError, FormatError, InputError
from fairgraph.ingest.discover import SUPPORTED_SUFFIXES, natural_key
from fairgraph.ingest.documents import DEFAULT_MAX_BYTES, document_from_bytes
from fairgraph.model import Document

#: what a URL input says without fsspec installed
NEEDS_EXTRA = "URL inputs need the remote extra: pip install 'fairgraph[remote]'"
#: seconds to wait for a host to accept a connection, and for each piece of a response
CONNECT_TIMEOUT = 30
READ_TIMEOUT = 120
#: files fetched at once by :func:`read_urls`
FETCHERS = 16

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_WEB = ("http", "https")


def is_url(raw: str | os.PathLike[str]) -> bool:
    """True for an input written ``scheme://…`` (a :class:`~pathlib.Path` never is one)."""
    return isinstance(raw, str) and _SCHEME.match(raw) is not None


def scheme(url: str) -> str:
    """The URL's scheme in lower case.

    >>> scheme("S3://bucket/key.txt")
    's3'
    """
    match = _SCHEME.match(url)
    if match is None:
        raise ValueError(f"not a URL: {url}")
    return match.group(1).lower()


def local_path(url: str) -> Path:
    """The local path a ``file://`` URL names (``%xx`` escapes decoded)."""
    from urllib.request import url2pathname

    parts = urlsplit(url)
    return Path(url2pathname(unquote(parts.path) if os.sep == "/" else parts.path))


def source_name(url: str) -> str:
    """How a URL names its document in the graph and in messages: the URL without credentials.

    >>> source_name("s3://bucket/news/1.txt")
    's3://bucket/news/1.txt'
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def url_suffix(url: str) -> str:
    """The suffix of the URL's path (what tells HTML from text), in lower case.

    >>> url_suffix("https://example.org/news/a.HTML?page=2"), url_suffix("https://example.org/")
    ('.html', '')
    """
    return PurePosixPath(urlsplit(url).path).suffix.lower()


def split_inputs(inputs: Sequence[str | Path]) -> tuple[list[str | Path], list[str]]:
    """The local inputs (``file://`` URLs as their paths) and the URLs read through fsspec.

    >>> split_inputs(["news/", "file:///srv/a.txt", "s3://bucket/x/*.txt"])
    (['news/', PosixPath('/srv/a.txt')], ['s3://bucket/x/*.txt'])
    """
    local: list[str | Path] = []
    urls: list[str] = []
    for raw in inputs:
        if not is_url(raw):
            local.append(raw)
        elif scheme(str(raw)) == "file":
            local.append(local_path(str(raw)))
        else:
            urls.append(str(raw))
    return local, urls


def require_fsspec() -> None:
    """Raise the one-line :class:`InputError` that names the extra when fsspec is missing."""
    try:
        import fsspec  # noqa: F401
    except ImportError:
        raise InputError(NEEDS_EXTRA) from None


def expand_url(url: str) -> list[str]:
    """The URLs of the files ``url`` names: itself, or the supported files a pattern matches or
    a folder holds (hidden entries skipped), sorted with numbers compared as numbers.

    Raises :class:`InputError` (one line: unknown scheme, missing library, HTTP status,
    unreachable host, nothing found) or :class:`FormatError` (an object of an unsupported type).
    """
    name = source_name(url)
    fs, path = _filesystem(url)
    web = scheme(url) in _WEB
    try:
        if _is_pattern(path, web):
            found = _matches(fs, path, web)
            what = "pattern matches"
        elif urlsplit(url).path.endswith("/") if web else fs.isdir(path):
            found = _below(fs, path)
            what = "folder holds"
        elif web or PurePosixPath(path).suffix.lower() in SUPPORTED_SUFFIXES:
            return [url]
        elif fs.exists(path):
            suffix = PurePosixPath(path).suffix or "(no suffix)"
            raise FormatError(
                f"unsupported file type {suffix}; expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                source=name,
            )
        else:
            raise InputError("no such file, folder or matching pattern", source=name)
    except (InputError, FormatError):
        raise
    except Exception as exc:  # noqa: BLE001 — every backend raises its own; one line each
        raise InputError(_reason(exc), source=name) from None
    urls = sorted({_as_url(fs, url, f) for f in found}, key=natural_key)
    if not urls:
        raise InputError(f"{what} no {', '.join(SUPPORTED_SUFFIXES)} files", source=name)
    return urls


def fetch_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the file at ``url`` (at most ``max_bytes`` + 1 of them, so that a larger
    file is refused by :func:`~fairgraph.ingest.document_from_bytes` without being read)."""
    fs, path = _filesystem(url)
    try:
        # a web page is streamed in one request (servers need not answer range requests)
        options = {"block_size": 0} if scheme(url) in _WEB else {}
        with fs.open(path, "rb", **options) as handle:
            data = _read_up_to(handle, max_bytes + 1)
    except IsADirectoryError:
        raise InputError("is a folder, not a file", source=source_name(url)) from None
    except Exception as exc:  # noqa: BLE001 — every backend raises its own; one line each
        raise InputError(_reason(exc), source=source_name(url)) from None
    return data


def _read_up_to(handle: Any, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``handle``: a stream's ``read(n)`` may give fewer than ``n``
    before its end (an HTTP body arrives in pieces), so read until the end or the limit."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = handle.read(limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The document at ``url``, named by :func:`source_name`; read as a local file would be."""
    data = fetch_url(url, max_bytes=max_bytes)
    return document_from_bytes(
        data, source=source_name(url), suffix=url_suffix(url), max_bytes=max_bytes
    )


def read_urls(
    urls: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES, fetchers: int = FETCHERS
) -> Generator[tuple[str, Document | FairgraphError], None, None]:
    """``(url, its document or the error reading it)`` for each URL, in the order given.

    Up to ``fetchers`` files are fetched at once (their network waits overlap) and a few
    more are kept ahead of the caller; each is decoded in the caller's thread, in order, as
    :func:`read_url` decodes it. Leaving the loop early cancels the fetches not yet begun.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    def fetch(url: str) -> bytes | FairgraphError:
        try:
            return fetch_url(url, max_bytes=max_bytes)
        except FairgraphError as exc:
            return exc

    workers = max(1, min(fetchers, len(urls)))
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fairgraph-fetch")
    ahead: deque[tuple[str, Future[bytes | FairgraphError]]] = deque()
    pending = iter(urls)
    try:
        for url in itertools.islice(pending, 2 * workers):
            ahead.append((url, pool.submit(fetch, url)))
        while ahead:
            url, future = ahead.popleft()
            for following in itertools.islice(pending, 1):
                ahead.append((following, pool.submit(fetch, following)))
            data = future.result()
            if isinstance(data, FairgraphError):
                yield url, data
                continue
            try:
                document = document_from_bytes(
                    data, source=source_name(url), suffix=url_suffix(url), max_bytes=max_bytes
                )
            except FairgraphError as exc:
                yield url, exc
            else:
                yield url, document
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _filesystem(url: str) -> tuple[Any, str]:
    """fsspec's file system for ``url`` and the path in it; missing pieces as one line."""
    require_fsspec()
    import fsspec.core

    protocol = scheme(url)
    options: dict[str, Any] = {}
    if protocol in _WEB:
        options = _web_options(url)
    try:
        return fsspec.core.url_to_fs(url, **options)
    except ImportError as exc:
        missing = _missing_module(exc)
        raise InputError(
            f"{protocol}:// URLs need {missing}: pip install {missing}",
            source=source_name(url),
        ) from None
    except ValueError as exc:
        if protocol not in fsspec.available_protocols():
            reason = f"unknown URL scheme {protocol}://"
        else:
            reason = f"not a valid {protocol}:// URL ({' '.join(str(exc).split())[:200]})"
        raise InputError(reason, source=source_name(url)) from None


def _web_options(url: str) -> dict[str, Any]:
    """aiohttp's client for http(s): proxies from the environment (``HTTPS_PROXY``,
    ``NO_PROXY`` as curl and pip read them) and time limits instead of a five-minute wait."""
    try:
        import aiohttp
    except ImportError:
        raise InputError(
            "http(s):// URLs need aiohttp: pip install 'fairgraph[remote]'",
            source=source_name(url),
        ) from None
    timeout = aiohttp.ClientTimeout(
        total=None, sock_connect=CONNECT_TIMEOUT, sock_read=READ_TIMEOUT
    )
    return {"client_kwargs": {"trust_env": True, "timeout": timeout}}


def _missing_module(exc: ImportError) -> str:
    """The top-level package an ImportError (or the one it was raised from) misses."""
    for error in _chain(exc):
        if isinstance(error, ImportError) and error.name:
            return error.name.partition(".")[0]
    return "a library that is not installed"


def _magic(path: str, web: bool) -> re.Match[str] | None:
    """The first wildcard of ``path`` (in a web URL ``?`` starts the query, never a wildcard)."""
    return re.search(r"[*\[]" if web else r"[*?\[]", path)


def _is_pattern(path: str, web: bool) -> bool:
    return _magic(urlsplit(path).path if web else path, web) is not None


def _matches(fs: Any, pattern: str, web: bool) -> list[str]:
    first = _magic(pattern, web)
    base = pattern[: first.start() if first else len(pattern)].rpartition("/")[0] + "/"
    found = []
    for name, info in sorted(fs.glob(pattern, detail=True).items()):
        if info.get("type") == "directory":
            found += [f for f in _below(fs, name) if not _hidden(f, base)]
        elif _supported(name) and not _hidden(name, base):
            found.append(name)
    if not found and web:
        fs.ls(base)  # an unreachable host or missing folder says so rather than "no files"
    return found


def _below(fs: Any, folder: str) -> list[str]:
    root = folder.rstrip("/") + "/"
    files = fs.find(folder)
    if not files and fs.protocol[0] in _WEB:
        fs.ls(folder)  # as in _matches: a 404 or refused connection is the line to show
    return [f for f in files if _supported(f) and not _hidden(f, root)]


def _supported(name: str) -> bool:
    return (
        url_suffix(name) in SUPPORTED_SUFFIXES
        if is_url(name)
        else (PurePosixPath(name).suffix.lower() in SUPPORTED_SUFFIXES)
    )


def _hidden(name: str, base: str) -> bool:
    rest = name[len(base) :] if name.startswith(base) else name.rpartition("/")[2]
    return any(part.startswith(".") for part in rest.split("/"))


def _as_url(fs: Any, url: str, found: str) -> str:
    """A found path as a URL of the scheme the user wrote (credentials kept for reading)."""
    if is_url(found):
        return found
    full = str(fs.unstrip_protocol(found))
    written = scheme(url)
    return f"{written}://{full.partition('://')[2]}" if is_url(full) else full


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _reason(exc: BaseException) -> str:
    """One line for what went wrong reading a URL, from the most telling error in the chain.

    >>> _reason(FileNotFoundError("bucket/a.txt"))
    'not found'
    >>> _reason(PermissionError(13, "Forbidden"))
    'permission denied'
    """
    for error in _chain(exc):
        status = getattr(error, "status", None)
        if isinstance(status, int) and status >= 400:
            phrase = getattr(error, "message", "") or ""
            return f"HTTP {status} {phrase}".strip()
        host = getattr(error, "host", None)
        os_error = getattr(error, "os_error", None)
        if host is not None and isinstance(os_error, OSError):
            port = getattr(error, "port", None)
            where = f"{host}:{port}" if port else str(host)
            why = os_error.strerror or str(os_error)
            if isinstance(os_error.errno, int) and os_error.errno > 0:
                why = os.strerror(os_error.errno)
            return f"cannot connect to {where} ({why})"
        if isinstance(error, TimeoutError):
            return "timed out"
    for error in _chain(exc):
        if isinstance(error, FileNotFoundError):
            return "not found"
        if isinstance(error, PermissionError):
            return "permission denied"
    text = " ".join(str(exc).split())[:200]
    return f"cannot read ({type(exc).__name__}{': ' + text if text else ''})"
