"""The page's JSON and template are written in pieces (fairgraph.export.html_assets), the
same text as written whole."""

from __future__ import annotations

import json

from fairgraph.export.html_assets import fill, fill_pieces, script_json_chunks


def _whole(data: object) -> str:
    """The JSON of the page written at once, escaped for a script block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def test_a_large_payload_comes_in_pieces_with_the_same_text() -> None:
    payload = {
        "title": "<t> & \u2028",
        "nodes": [{"id": i, "label": "某某</script>" * 30, "x": i / 3} for i in range(8000)],
        "edges": [],
        "drawn": 8000,
        "styles": [{"key": "Person"}],
    }
    pieces = list(script_json_chunks(payload))
    assert len(pieces) > 1
    assert "".join(pieces) == _whole(payload)
    assert "</script>" not in "".join(pieces)
    assert "".join(script_json_chunks([1, "<"])) == _whole([1, "<"])


def test_a_template_filled_in_pieces_is_the_filled_template() -> None:
    template = "<h1>@@A@@</h1><script>@@DATA@@</script>@@A@@"
    pieces = fill_pieces(template, {"A": "@@DATA@@", "DATA": iter(["[1,", "2]"])})
    assert "".join(pieces) == fill(template, {"A": "@@DATA@@", "DATA": "[1,2]"})
