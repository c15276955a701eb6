"""Train the English CRF from the English gold sets: each gold file's names projected onto its
report (:mod:`fairgraph.en.ner.projection`).

    python -m fairgraph.en.ner.training                 # the shipped model, from the repo root
    python -m fairgraph.en.ner.training --leave-out heldout23 -o /tmp/fold.crfsuite

The sets (:data:`SETS`): ``en`` and ``more-en`` (reports in ``../shared/corpus``), and the
English reports of ``benchmarks/heldout17`` … ``heldout25`` (a report's language as
:func:`fairgraph.languages.detect_language` reads it). Metadata (sets, documents, the sha256
of their texts and golds, parameters, feature version) go to ``OUT.json``. Training is
deterministic: same data, same parameters → the same model file, byte for byte; no date is
recorded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fairgraph.en.ner.crf import model_path
from fairgraph.en.ner.features import FEATURE_VERSION, sentence_features
from fairgraph.en.ner.projection import document_sequences, gold_names, project_names, read_gold
from fairgraph.en.sentences import split_sentences
from fairgraph.errors import ModelError

#: the English gold sets, in training order
SETS: tuple[str, ...] = (
    "en",
    "more-en",
    *(f"heldout{n}" for n in range(17, 26)),
)
PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.minfreq": 1,
    "feature.possible_transitions": True,
}


@dataclass(frozen=True)
class Report:
    """One English report and its gold."""

    set: str
    name: str
    text: str
    gold: dict[str, object]
    digest: str  # sha256 of the report's text and its gold file

    def spans(self) -> list[tuple[int, int, str]]:
        """The gold names projected onto the text."""
        return project_names(self.text, gold_names(self.gold))

    def sentences(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in split_sentences(self.text)]

    def sequences(self) -> list[tuple[str, list[str]]]:
        """Each sentence and its tags."""
        return document_sequences(self.text, self.sentences(), self.spans())


def set_folders(repo: Path, name: str) -> tuple[Path, Path]:
    """(the reports' folder, the gold folder) of a set."""
    from fairgraph.evaluate.gate import shared_dir

    shared = shared_dir(repo)
    if name == "en":
        return shared / "corpus" / "en", repo / "gold" / "en"
    if name == "more-en":
        return shared / "corpus" / "more" / "en", repo / "gold" / "more-en"
    return repo / "benchmarks" / name, repo / "gold" / name


def read_set(repo: Path, name: str) -> list[Report]:
    """The English reports of a set that have gold, in file order."""
    from fairgraph.languages import detect_language

    corpus, gold = set_folders(Path(repo).resolve(), name)
    out = []
    for path in sorted(corpus.glob("*.txt")):
        annotated = gold / f"{path.stem}.json"
        if not annotated.is_file():
            continue
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        if detect_language(text) != "en":
            continue
        digest = hashlib.sha256(raw + b"\0" + annotated.read_bytes()).hexdigest()
        out.append(Report(name, path.name, text, read_gold(annotated), digest))
    return out


def train(
    reports: Sequence[Report], out: Path, params: dict[str, float | int | bool] | None = None
) -> dict[str, object]:
    """Train a model on ``reports`` into ``out``; write and return its metadata."""
    import pycrfsuite

    if not reports:
        raise ModelError("no English reports to train on")
    params = dict(PARAMS if params is None else params)
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = tokens = 0
    for report in reports:
        for sentence, tags in report.sequences():
            if not tags:
                continue
            trainer.append(sentence_features(sentence), tags)
            sentences += 1
            tokens += len(tags)
    trainer.set_params(params)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    documents: dict[str, list[str]] = {}
    digests: dict[str, Any] = {}
    for report in reports:
        documents.setdefault(report.set, []).append(report.name)
        digests.setdefault(report.set, hashlib.sha256()).update(report.digest.encode())
    meta: dict[str, object] = {
        "model": out.name,
        "format": "python-crfsuite",
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "size_bytes": out.stat().st_size,
        "tagging": "BIO over PER, ORG, LOC (country or place), FAIR",
        "feature_version": FEATURE_VERSION,
        "params": params,
        "sentences": sentences,
        "tokens": tokens,
        "sets": {
            name: {"documents": names, "sha256": digests[name].hexdigest()}
            for name, names in documents.items()
        },
        "training_data": "names of the English gold files (gold/) projected onto their reports "
        "(../shared/corpus/en, ../shared/corpus/more/en, benchmarks/heldout17-25)",
    }
    out.with_suffix(".json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    return meta


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m fairgraph.en.ner.training [--repo R] [-o OUT] [--leave-out S]``."""
    parser = argparse.ArgumentParser(
        prog="python -m fairgraph.en.ner.training",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--repo", type=Path, default=Path("."), help="the repository's root")
    parser.add_argument("-o", "--out", type=Path, default=None, help="model file to write")
    parser.add_argument(
        "--leave-out", action="append", default=[], choices=SETS, help="a set not to train on"
    )
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    reports = [r for name in SETS if name not in args.leave_out for r in read_set(repo, name)]
    meta = train(reports, args.out or model_path())
    print(json.dumps({k: meta[k] for k in ("model", "sentences", "tokens", "sha256")}, indent=1))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
