"""Helpers shared by the recogniser tests (tests/zh/ner/, tests/cli/test_quality.py)."""

from __future__ import annotations

import json
from pathlib import Path

from fairgraph.model import Mention
from fairgraph.zh.ner.rules_common import mention


def crf(text: str, start: int, end: int, type_: str) -> Mention:
    """A mention as the CRF would give it."""
    return mention(text, start, end, type_, origin="crf")


def spans(ms: list[Mention]) -> list[tuple[str, str]]:
    """(text, type) of mentions, in the order given."""
    return [(m.text, m.type) for m in ms]


def sorted_spans(ms: list[Mention]) -> list[tuple[str, str]]:
    """(text, type) of mentions, by position."""
    return [(m.text, m.type) for m in sorted(ms)]


SENTENCES = [
    (
        "青海省商务厅厅长李明会见冰岛驻华大使",
        {
            "government": {"青海省商务厅": [[0, 5]]},
            "position": {"厅长": [[6, 7]], "驻华大使": [[14, 17]]},
            "name": {"李明": [[8, 9]]},
            "address": {"冰岛": [[12, 13]]},
        },
    ),
    (
        "金川集团董事长王强出席签约仪式",
        {
            "company": {"金川集团": [[0, 3]]},
            "position": {"董事长": [[4, 6]]},
            "name": {"王强": [[7, 8]]},
        },
    ),
    (
        "西宁市人民政府与青海大学签署协议",
        {"government": {"西宁市人民政府": [[0, 6]]}, "organization": {"青海大学": [[8, 11]]}},
    ),
]


def make_datasets(root: Path) -> Path:
    (root / "cluener2020").mkdir(parents=True)
    rows = [{"text": t, "label": lab} for _ in range(8) for t, lab in SENTENCES]
    (root / "cluener2020" / "train.json").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8"
    )
    (root / "msra_ner").mkdir()
    bio = "".join(
        f"{c}\t{t}\n"
        for c, t in zip("张华在北京", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"], strict=False)
    )
    (root / "msra_ner" / "train.bio").write_text((bio + "\n") * 5, "utf-8")
    return root
