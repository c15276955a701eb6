"""Train the shipped CRF from CLUENER2020 train (minus our validation split) and MSRA train.

Run ``python -m fairgraph.zh.ner.training DATASETS_DIR OUT.crfsuite``; metadata (data files
and their sha256, feature set, parameters, validation scores) go to ``OUT.json`` and the
feature gazetteer used goes to ``OUT.gazetteer.tsv`` (the tagger reads it from there).
Training is deterministic: same data, same parameters → same model.

Label mapping: CLUENER name→PER, company/government/organization→ORG, position→ROLE,
address→LOC (book/game/movie/scene ignored); MSRA PER/LOC/ORG as they are.  MSRA does not
annotate titles, so by default the gazetteer's titles in MSRA sentences are tagged ROLE
("silver" roles).

The two corpora annotate differently (CLUENER's ``address`` leaves most country names out and
has titles; MSRA tags every location and no titles), so every sentence carries its corpus as a
domain, and the lexical features get a per-domain copy (``--augment``): one model learns both
conventions and is told at run time which to follow.  The metadata's ``run_domain`` (``msra``
by default: fair reports read like MSRA's news) is the one the pipeline uses;
``fairgraph evaluate ner`` follows the convention of the gold format.  ``--pos`` adds the
part of speech of each word in the installed jieba dictionary (its sha256 is recorded).
Tagging is BIO (BIOES, ``--tagging bioes``, scored +0.7 on CLUENER but tags 20% slower).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from fairgraph.errors import ModelError
from fairgraph.evaluate.corpora import cluener_split, read_bio
from fairgraph.zh.ner.crf import CrfTagger, gazetteer_path
from fairgraph.zh.ner.features import (
    CLUE_DOMAIN,
    FEATURE_VERSION,
    MSRA_DOMAIN,
    FeatureSet,
    default_gazetteer_path,
    jieba_dictionary_path,
    read_gazetteer,
    sentence_features,
)
from fairgraph.zh.ner.labels import (
    CLUENER_LABELS,
    MSRA_LABELS,
    add_silver_roles,
    bio_tags,
    to_bioes,
)

CLUENER_FILE = Path("cluener2020/train.json")
MSRA_FILE = Path("msra_ner/train.bio")
DEFAULTS: dict[str, float | int] = {"c1": 0.1, "c2": 0.01, "min_freq": 3, "max_iterations": 150}
#: the shipped model's feature groups (dictionary POS, per-convention lexical copies)
DEFAULT_FEATURES = FeatureSet(pos=True, augment=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train_ner(
    datasets_dir: Path,
    out: Path,
    *,
    max_iterations: int = int(DEFAULTS["max_iterations"]),
    seed: int = 0,
    c1: float = float(DEFAULTS["c1"]),
    c2: float = float(DEFAULTS["c2"]),
    min_freq: int = int(DEFAULTS["min_freq"]),
    msra_limit: int | None = None,
    msra_domain: str = MSRA_DOMAIN,
    run_domain: str = MSRA_DOMAIN,
    silver_roles: bool = True,
    tagging: str = "bio",
    gazetteer: Path | None = None,
    features: FeatureSet = DEFAULT_FEATURES,
    progress: Callable[[str], None] | None = None,
) -> dict[str, object]:
    """Train the CRF into ``out`` and write ``out.with_suffix('.json')``; return the metadata.

    ``seed`` is recorded (L-BFGS training has no randomness; the data order is fixed).
    """
    import pycrfsuite

    datasets_dir = Path(datasets_dir)
    cluener = datasets_dir / CLUENER_FILE
    msra = datasets_dir / MSRA_FILE
    if not cluener.is_file():
        raise ModelError(f"training data missing: {cluener}")
    say = progress or (lambda _msg: None)
    started = time.time()
    train, dev = cluener_split(cluener)
    gaz_file = Path(gazetteer) if gazetteer else default_gazetteer_path()
    gaz_bytes = gaz_file.read_bytes()
    gaz = read_gazetteer(gaz_file)
    iterations = [0]

    class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]
        def message(self, message: str) -> None:
            super().message(message)
            if message.startswith("***** Iteration #"):
                iterations[0] = int(message.strip("* \n").split("#")[1])
            elif message.startswith("Loss:") and iterations[0] % 10 == 0:
                say(f"iteration {iterations[0]}: {message.strip()}")

    trainer = _Trainer(verbose=False)
    files: list[dict[str, object]] = []
    n_chars = 0
    if tagging not in ("bio", "bioes"):
        raise ModelError(f"unknown tagging scheme {tagging!r}; choose bio or bioes")
    scheme = to_bioes if tagging == "bioes" else list
    domains = sorted({CLUE_DOMAIN, msra_domain})
    if run_domain not in domains:
        raise ModelError(f"unknown run domain {run_domain!r}; choose one of: {', '.join(domains)}")
    for sent in train:
        trainer.append(
            sentence_features(sent.text, CLUE_DOMAIN, gaz, features),
            scheme(bio_tags(sent, CLUENER_LABELS)),
        )
        n_chars += len(sent.text)
    files.append(
        {
            "path": str(CLUENER_FILE),
            "sha256": _sha256(cluener),
            "sentences": len(train),
            "held_out": len(dev),
            "use": "train minus validation split",
        }
    )
    if msra.is_file():
        msra_sents = read_bio(msra)[:msra_limit] if msra_limit else read_bio(msra)
        for sent in msra_sents:
            tags = bio_tags(sent, MSRA_LABELS)
            if silver_roles:
                tags = add_silver_roles(sent.text, tags, gaz)
            trainer.append(sentence_features(sent.text, msra_domain, gaz, features), scheme(tags))
            n_chars += len(sent.text)
        files.append(
            {
                "path": str(MSRA_FILE),
                "sha256": _sha256(msra),
                "sentences": len(msra_sents),
                "use": "train",
                "domain": msra_domain,
                "silver_roles": silver_roles,
            }
        )
    say(f"features ready: {n_chars} characters in {time.time() - started:.0f}s")
    params = {
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    }
    trainer.set_params(params)
    trainer.set("num_memories", "6")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    gazetteer_path(out).write_bytes(gaz_bytes)
    say(f"trained in {time.time() - started:.0f}s, {iterations[0]} iterations")
    from fairgraph.evaluate.ner import score_corpus

    tagger = CrfTagger(out, domain=CLUE_DOMAIN, features=features)
    scores = score_corpus(dev, CLUENER_LABELS, lambda text: tagger.spans(text))
    meta: dict[str, object] = {
        "model": out.name,
        "format": "python-crfsuite",
        "size_bytes": out.stat().st_size,
        "sha256": _sha256(out),
        "trained": time.strftime("%Y-%m-%d", time.gmtime()),
        "training_seconds": round(time.time() - started),
        "datasets": files,
        "characters": n_chars,
        "labels": sorted(tagger.labels()),
        "tagging": f"{tagging.upper()} over PER, ORG, LOC, ROLE",
        "feature_version": FEATURE_VERSION,
        "features": features.as_dict(),
        "pos_dictionary": (
            {"path": "jieba/dict.txt", "sha256": _sha256(jieba_dictionary_path())}
            if features.pos
            else None
        ),
        "domains": domains,
        "gazetteer": {
            "file": gazetteer_path(out).name,
            "sha256": hashlib.sha256(gaz_bytes).hexdigest(),
        },
        "run_domain": run_domain,
        "params": params,
        "iterations": iterations[0],
        "seed": seed,
        "validation": {
            "split": "cluener train sentences with is_validation(index)",
            "sentences": len(dev),
            "crf_only": scores.as_dict(),
        },
        "credits": [
            "CLUENER2020 (Xu et al., 2020, arXiv:2001.04351)",
            "MSRA NER, SIGHAN 2006 Bakeoff-3 (Levow, 2006)",
        ],
    }
    out.with_suffix(".json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    return meta


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``python -m fairgraph.zh.ner.training``."""
    parser = argparse.ArgumentParser(
        prog="python -m fairgraph.zh.ner.training",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("datasets", type=Path, help="folder holding cluener2020/ and msra_ner/")
    parser.add_argument("out", type=Path, help="model file to write (.crfsuite)")
    parser.add_argument("--max-iterations", type=int, default=DEFAULTS["max_iterations"])
    parser.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    parser.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    parser.add_argument("--min-freq", type=int, default=DEFAULTS["min_freq"])
    parser.add_argument("--msra-limit", type=int, default=None)
    parser.add_argument(
        "--msra-domain",
        default=MSRA_DOMAIN,
        help="domain (annotation convention) label of MSRA sentences; 'clue' shares CLUENER's",
    )
    parser.add_argument(
        "--run-domain",
        default=MSRA_DOMAIN,
        help="the convention fairgraph's pipeline runs the model with (default: msra)",
    )
    parser.add_argument("--tagging", choices=("bio", "bioes"), default="bio")
    parser.add_argument(
        "--no-silver-roles",
        dest="silver_roles",
        action="store_false",
        help="do not tag the gazetteer's titles in MSRA sentences as ROLE",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--pos",
        action=argparse.BooleanOptionalAction,
        default=DEFAULT_FEATURES.pos,
        help="dictionary part-of-speech features",
    )
    parser.add_argument(
        "--augment",
        action=argparse.BooleanOptionalAction,
        default=DEFAULT_FEATURES.augment,
        help="a per-domain copy of the lexical features",
    )
    parser.add_argument("--gazetteer", type=Path, default=None, help="feature gazetteer TSV")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m fairgraph.zh.ner.training DATASETS OUT [--max-iterations N]``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    meta = train_ner(
        args.datasets,
        args.out,
        max_iterations=args.max_iterations,
        seed=args.seed,
        c1=args.c1,
        c2=args.c2,
        min_freq=args.min_freq,
        msra_limit=args.msra_limit,
        msra_domain=args.msra_domain,
        run_domain=args.run_domain,
        silver_roles=args.silver_roles,
        tagging=args.tagging,
        gazetteer=args.gazetteer,
        features=FeatureSet(pos=args.pos, augment=args.augment),
        progress=lambda m: print(m, flush=True),
    )
    print(json.dumps(meta["validation"], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
