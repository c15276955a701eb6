"""Shared pieces of the HTML exporters: inlined assets, safe JSON, templates, atomic writes.

vis-network is read at build time from the installed pyvis wheel (never copied into the
repository) and inlined, so pages open from ``file://`` without any network.

>>> script_json({"label": "</script><b>&"})
'{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
>>> format_amount(5.36e10, "CNY")
'536亿 CNY'
>>> format_amount(0.0, "")
''
"""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from fairgraph.errors import FairgraphError, InputError
from fairgraph.graph.writers import text_batches

_VIS_VERSIONS = ("vis-9.1.2", "vis-9.0.4")
_MARKER = re.compile(r"@@([A-Z_]+)@@")


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """Return ``(javascript, css)`` of vis-network from the installed pyvis package."""
    try:
        import pyvis
    except ImportError as exc:  # pragma: no cover - pyvis is a dependency
        raise FairgraphError("pyvis is not installed; it provides vis-network") from exc
    base = Path(pyvis.__file__).resolve().parent
    for folder in ("lib", "templates/lib"):
        for version in _VIS_VERSIONS:
            js = base / folder / version / "vis-network.min.js"
            css = base / folder / version / "vis-network.css"
            if js.is_file() and css.is_file():
                js_text = js.read_text(encoding="utf-8")
                css_text = css.read_text(encoding="utf-8")
                return inline_safe(js_text, "script"), inline_safe(css_text, "style")
    raise FairgraphError(f"vis-network.min.js not found inside pyvis at {base}")


def inline_safe(text: str, tag: str) -> str:
    """Make third-party text safe to sit inside ``<script>``/``<style>``.

    >>> inline_safe("a='</script>'", "script")
    "a='<\\\\/script>'"
    """
    return re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def script_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: no ``<``, ``>``, ``&``, U+2028/9."""
    return "".join(script_json_chunks(data))


def script_json_chunks(data: Any) -> Iterator[str]:
    """:func:`script_json` in pieces: the lists of a top-level dict (a page's nodes and edges)
    are written an item at a time, so the whole text is never one string.

    >>> "".join(script_json_chunks({"a": [1, {"b": "<"}], "c": 2}))
    '{"a":[1,{"b":"\\\\u003c"}],"c":2}'
    """
    dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    if not isinstance(data, dict):
        yield _script_safe(dumps(data))
        return

    def pieces() -> Iterator[str]:
        yield "{"
        for i, (key, value) in enumerate(data.items()):
            head = ("," if i else "") + dumps(key) + ":"
            if not isinstance(value, list):
                yield head + dumps(value)
                continue
            yield head + "["
            for j, item in enumerate(value):
                yield ("," if j else "") + dumps(item)
            yield "]"
        yield "}"

    for batch in text_batches(pieces()):
        yield _script_safe(batch)


def _script_safe(text: str) -> str:
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def template(name: str) -> str:
    """Text of a file in ``fairgraph/export/templates``."""
    path = resources.files("fairgraph.export") / "templates" / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - broken installation
        raise FairgraphError(f"missing template {name}") from exc


def fill(text: str, values: dict[str, str]) -> str:
    """Replace every ``@@NAME@@`` in one pass (inserted text is never scanned again).

    >>> fill("<p>@@A@@</p>", {"A": "@@B@@"})
    '<p>@@B@@</p>'
    """
    get: Callable[[re.Match[str]], str] = lambda m: values[m.group(1)]  # noqa: E731
    return _MARKER.sub(get, text)


def fill_pieces(text: str, values: dict[str, str | Iterable[str]]) -> Iterator[str]:
    """:func:`fill` in pieces: the template's text and each value (a string, or pieces of
    one) in turn, never joined.

    >>> "".join(fill_pieces("<p>@@A@@-@@B@@</p>", {"A": "a", "B": iter(["b", "c"])}))
    '<p>a-bc</p>'
    """
    at = 0
    for match in _MARKER.finditer(text):
        yield text[at : match.start()]
        value = values[match.group(1)]
        if isinstance(value, str):
            yield value
        else:
            yield from value
        at = match.end()
    yield text[at:]


def atomic_write(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces) to ``path`` through a temporary file in the same
    folder."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", source=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                for piece in text:
                    handle.write(piece)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror}", source=str(path)) from exc


def json_list(value: object) -> list[Any]:
    """Decode a JSON-encoded list attribute; anything else gives ``[]``.

    >>> json_list('["a", "b"]'), json_list(""), json_list(None)
    (['a', 'b'], [], [])
    """
    if isinstance(value, list):
        return value
    if not isinstance(value, str) or not value.strip():
        return []
    try:
        decoded = json.loads(value)
    except ValueError:
        return []
    return decoded if isinstance(decoded, list) else []


def sources_of(attrs: dict[str, Any]) -> list[list[str]]:
    """``[[document, sentence], ...]`` from a ``sources`` attribute, duplicates removed."""
    seen: set[tuple[str, str]] = set()
    out: list[list[str]] = []
    for item in json_list(attrs.get("sources")):
        if not isinstance(item, dict):
            continue
        pair = (str(item.get("document", "")), str(item.get("text", "")))
        if pair[1] and pair not in seen:
            seen.add(pair)
            out.append([pair[0], pair[1]])
    return out


def as_float(value: object) -> float:
    """A float from a scalar attribute (``0.0`` when missing or malformed)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def as_int(value: object) -> int:
    """An int from a scalar attribute (``0`` when missing or malformed)."""
    try:
        return int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def format_amount(amount: float, currency: str) -> str:
    """Short human form of an amount: 亿 (1e8) and 万 (1e4) units, then the currency code."""
    if amount <= 0:
        return ""
    for unit, size in (("亿", 1e8), ("万", 1e4), ("", 1.0)):
        if amount >= size:
            text = f"{amount / size:.2f}".rstrip("0").rstrip(".") + unit
            break
    else:
        text = f"{amount:.2f}".rstrip("0").rstrip(".")
    return f"{text} {currency}".strip()
