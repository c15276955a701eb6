"""The English CRF: a model trained on a tiny written sample tags its spans; training is
deterministic; the shipped model loads and tags the same way twice."""

from pathlib import Path

import pytest

from fairgraph.en.ner.crf import (
    CrfTagger,
    active_tagger,
    model_path,
    use_model,
    use_shipped_model,
)
from fairgraph.en.ner.training import SETS, Report, train
from fairgraph.trained import model_metadata

_ORG, _PER, _LOC = "Organization", "Person", "Country"
_SAMPLE = [
    (
        "Kestrel Mining Group signed a deal with Orvane Power Corporation in Chile.",
        {
            _ORG: ["Kestrel Mining Group", "Orvane Power Corporation"],
            _LOC: ["Chile"],
        },
    ),
    (
        "Lena Ortiz of Brightwater Foods Group met officials in Peru.",
        {
            _PER: ["Lena Ortiz"],
            _ORG: ["Brightwater Foods Group"],
            _LOC: ["Peru"],
        },
    ),
    (
        "Tomas Reyes said Halvard Steel Corporation would invest in Chile.",
        {
            _PER: ["Tomas Reyes"],
            _ORG: ["Halvard Steel Corporation"],
            _LOC: ["Chile"],
        },
    ),
    (
        "Marisol Vega visited Peru with Caldera Energy Group.",
        {_PER: ["Marisol Vega"], _ORG: ["Caldera Energy Group"], _LOC: ["Peru"]},
    ),
]


def _reports() -> list[Report]:
    return [
        Report("sample", f"s{i}.txt", text, {"entities": ents}, str(i))
        for i, (text, ents) in enumerate(_SAMPLE * 3)
    ]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    train(_reports(), out)
    return out


def test_tiny_model_tags_its_kinds_of_spans(tiny: Path):
    tagger = CrfTagger(tiny)
    assert set(tagger.labels()) == {"O", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-LOC"}
    text = "Rosa Alvarez of Tamarin Copper Group met investors in Peru."
    found = [(text[s:e], label) for s, e, label in tagger.spans(text, [(0, len(text))])]
    assert ("Tamarin Copper Group", "ORG") in found
    assert ("Peru", "LOC") in found


def test_training_is_byte_identical(tiny: Path, tmp_path: Path):
    again = tmp_path / "again.crfsuite"
    meta = train(_reports(), again)
    assert again.read_bytes() == tiny.read_bytes()
    assert again.with_suffix(".json").read_text().replace("again", "tiny") == (
        tiny.with_suffix(".json").read_text()
    )
    assert meta["sets"] == {"sample": meta["sets"]["sample"]}
    assert "trained" not in meta  # no date: the same data gives the same files


def test_use_model_switches_the_process_tagger(tiny: Path):
    try:
        use_model(tiny)
        tagger = active_tagger()
        assert tagger is not None and tagger.path == tiny
        assert active_tagger() is tagger  # loaded once
        use_model(None)
        assert active_tagger() is None
    finally:
        use_shipped_model()


def test_shipped_model_loads_and_is_deterministic():
    path = model_path()
    assert path.is_file()
    meta = model_metadata(path)
    assert set(meta["sets"]) == set(SETS)
    tagger = CrfTagger(path)
    text = "Vice Governor Lena Ortiz of Kestrel Province met Orvane Power Corporation in Chile."
    first = tagger.spans(text, [(0, len(text))])
    assert first == CrfTagger(path).spans(text, [(0, len(text))])
    assert (text.index("Chile"), text.index("Chile") + 5, "LOC") in first
