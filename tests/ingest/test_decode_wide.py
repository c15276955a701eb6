"""UTF-16 without a byte-order mark, as ordinary Chinese text writes it: NUL bytes in both
byte lanes (一 is 00 4E in UTF-16LE, a newline 0A 00)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import DCTERMS, Graph
from rdflib.compare import isomorphic

from conftest import run_cli
from fairgraph.ingest import read_document
from fairgraph.ingest.decode import decode_bytes
from fairgraph.namespaces import FG

# written for this test; 一 (U+4E00) puts a NUL in the low byte, so both lanes hold NULs
REPORT = (
    "第一届示例高原博览会在西宁开幕\n"
    "2024年6月5日，第一届示例高原博览会在西宁开幕。一个来自马来西亚的代表团出席开幕式。\n"
    "青海省人民政府与一家能源公司签署合作协议，总投资一百亿元。\n"
)


def lanes(data: bytes) -> tuple[int, int]:
    return data[0::2].count(0), data[1::2].count(0)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_bom_is_text(codec: str) -> None:
    data = REPORT.encode(codec)
    even, odd = lanes(data)
    assert even and odd  # the case the NUL-lane rule alone could not read
    assert decode_bytes(data, source="r.txt") == (REPORT, "utf-16")


def test_utf16le_without_bom_builds_like_its_utf8_copy(tmp_path: Path) -> None:
    graphs = []
    for codec in ("utf-8", "utf-16-le"):
        folder = tmp_path / codec / "in"
        folder.mkdir(parents=True)
        (folder / "report.txt").write_bytes(REPORT.encode(codec))
        assert read_document(folder / "report.txt", source="report.txt").text == REPORT.strip()
        out = tmp_path / codec / "out"
        result = run_cli("build", folder, "-o", out, "--ner", "rules")
        assert result.exit_code == 0, result.output
        graph = Graph().parse(out / "graph.ttl")
        # what may differ: the file's path and the encoding it was read in
        graph.remove((None, DCTERMS.source, None))
        graph.remove((None, FG.encoding, None))
        graphs.append(graph)
    assert len(graphs[0]) > 20
    assert isomorphic(graphs[0], graphs[1])
