"""The English CRF's second opinion on rules that never saw the held-out set.

    python benchmarks/en_crf_blind.py                      # heldout22-25, every move
    python benchmarks/en_crf_blind.py --confident 0 --moves split

``benchmarks/en_crf_cv.py`` holds one set out of the CRF's training, but today's rules were
tuned on every set, so on any of them the rules alone score near 1 and a second opinion can
only lose. This script holds the set out of both: for each blind round (:data:`BLIND`, the
commit its ``benchmarks/blind/<set>-round1.txt`` measured it blind at) the code of that commit
is exported (``git archive``), the English CRF package of this tree (``src/fairgraph/en/ner``)
is put into it with its one hook in ``fairgraph.en.pipeline.extract_document``, and
``benchmarks/en_crf_cv.py`` runs there on that set alone (a fold model trained, in that tree's
features, on every other English set; the reports and golds are this tree's). The word lists
the features read that the old tree lacks are copied from this tree (generic lists of company
nouns, trade words, legal prefixes, people nouns and signing verbs; a small leak, said so in
the README). Figures pooled over the rounds.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
#: each English blind round and the commit it was measured blind at (benchmarks/blind/)
BLIND = {
    "heldout22": "d28d1a1",
    "heldout23": "b7008f6",
    "heldout24": "437c1f9",
    "heldout25": "2377e6a",
}
_WORD_LISTS = ("company_nouns", "trade_words", "org_prefixes", "people_nouns", "signing_verbs")
_HOOK = "    mentions = recognize_document(text, spans, published.year if published else None)\n"
_CALL = (
    '    if backend != "rules":\n'
    "        from fairgraph.en.ner.combine import reread\n\n"
    "        mentions = reread(text, [(s.start, s.end) for s in spans], mentions)\n"
)


def export(commit: str, tree: Path) -> None:
    """The code of ``commit`` in ``tree``, with this tree's English CRF package hooked in."""
    tree.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    package = tree / "src" / "fairgraph" / "en" / "ner"
    shutil.rmtree(package, ignore_errors=True)
    (package / "models").mkdir(parents=True)
    for source in sorted((REPO / "src" / "fairgraph" / "en" / "ner").glob("*.py")):
        shutil.copy(source, package / source.name)
    data = tree / "src" / "fairgraph" / "en" / "data"
    for name in _WORD_LISTS:
        if not (data / f"{name}.tsv").is_file():
            shutil.copy(REPO / "src" / "fairgraph" / "en" / "data" / f"{name}.tsv", data)
    pipeline = tree / "src" / "fairgraph" / "en" / "pipeline.py"
    code = pipeline.read_text("utf-8")
    if code.count(_HOOK) != 1:
        raise SystemExit(f"{commit}: no single place to hook the CRF into")
    pipeline.write_text(code.replace(_HOOK, _HOOK + _CALL), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(BLIND), choices=list(BLIND))
    parser.add_argument("--moves", action="append", default=None, help="as en_crf_cv.py's")
    parser.add_argument("--confident", type=float, default=None, help="as en_crf_cv.py's")
    args = parser.parse_args()
    extra = [f"--moves={m}" for m in args.moves or []]
    if args.confident is not None:
        extra.append(f"--confident={args.confident}")
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            tree = Path(tmp) / name
            export(BLIND[name], tree)
            counts = Path(tmp) / f"{name}.json"
            env = dict(os.environ, PYTHONPATH=str(tree / "src"))
            done = subprocess.run(
                [sys.executable, str(HERE / "en_crf_cv.py"), "--sets", name, "--counts"]
                + [str(counts), "--models", str(tree / "folds"), *extra],
                env=env,
                cwd=tmp,
                capture_output=True,
                text=True,
                check=True,
            )
            print(f"### {name} (rules of {BLIND[name]})\n")
            print(done.stdout[done.stdout.index("## Graph") :].split("\n", 2)[2])
            runs.append(json.loads(counts.read_text("utf-8")))
    print(f"## Pooled over {', '.join(args.sets)} (F1)\n")
    spec = importlib.util.spec_from_file_location("en_crf_cv", HERE / "en_crf_cv.py")
    assert spec is not None and spec.loader is not None
    cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cv)
    cv.print_pooled(runs)


if __name__ == "__main__":
    main()
