"""``fairgraph evaluate`` and ``fairgraph train``: measure and train extraction quality."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fairgraph.cli.options import graph_argument, ner_option, reported


@click.group()
def evaluate() -> None:
    """Measure extraction quality against gold data.

    \b
    Examples:
      fairgraph evaluate ner data.bio --format bio --ner rules
      fairgraph evaluate graph out/graph.ttl --gold gold/zh
    """


@evaluate.command("ner")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["cluener", "bio"]), required=True)
@ner_option
@click.option("--limit", type=click.IntRange(1), help="Score only the first N sentences.")
@click.option(
    "--split",
    type=click.Choice(["validation"]),
    help="Score only our validation split of CLUENER train.json (never trained on).",
)
@click.option(
    "--convention",
    type=click.Choice(["clue", "msra"]),
    help="Annotation convention the CRF follows (default: the gold format's — clue for "
    "cluener, msra for bio; the pipeline runs the model's own).",
)
@reported
def evaluate_ner_command(
    path: Path, fmt: str, ner: str, limit: int | None, split: str | None, convention: str | None
) -> None:
    """Strict span precision, recall and F1 of the recogniser on a labelled file.

    The CRF was trained on two annotation conventions (CLUENER2020's and MSRA's) and is told
    which to follow; by default the one of the gold file's format.

    \b
    Examples:
      fairgraph evaluate ner ../shared/datasets/msra_ner/test_official_sighan2006.bio --format bio
      fairgraph evaluate ner ../shared/datasets/cluener2020/train.json --format cluener \\
          --split validation
      fairgraph evaluate ner test.bio --format bio --convention clue
    """
    from fairgraph.languages import DEFAULT, language

    evaluate_ner = language(DEFAULT).evaluate_ner
    assert evaluate_ner is not None
    scores = evaluate_ner(path, fmt, backend=ner, limit=limit, split=split, convention=convention)
    click.echo(scores.format_table())


@evaluate.command("graph")
@graph_argument
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A gold JSON file or a folder of them.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option(
    "--errors",
    is_flag=True,
    help="Also list, per document, each missed and extra entity, post, agreement, amount and "
    "wrong fair field (the JSON format always has them).",
)
@reported
def evaluate_graph_command(graph: Path, gold: Path, fmt: str, errors: bool) -> None:
    """Score a built graph against gold annotations (entities, posts, agreements, fairs, amounts).

    \b
    Examples:
      fairgraph build ../shared/corpus/zh -o out
      fairgraph evaluate graph out/graph.ttl --gold gold/zh
      fairgraph evaluate graph out/graph.ttl --gold gold/zh --errors
    """
    from fairgraph.evaluate.graph import evaluate_graph
    from fairgraph.graph.io import load_graph, union_graph

    scores = evaluate_graph(union_graph(load_graph(graph)), gold)
    if fmt == "json":
        click.echo(json.dumps(scores.to_json(), ensure_ascii=False, indent=1))
    else:
        click.echo(scores.format_table(errors=errors))


@click.group()
def train() -> None:
    """Train the shipped models from public datasets.

    \b
    Example:
      fairgraph train ner --datasets ../shared/datasets -o /tmp/crf.model
    """


@train.command("ner")
@click.option(
    "--datasets",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/datasets"),
    show_default=True,
)
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path),
    required=True,
    help="Where to write the model (shipped: src/fairgraph/zh/ner/models/ner-crf.crfsuite).",
)
@click.option("--max-iterations", type=click.IntRange(1), default=None)
@reported
def train_ner_command(datasets: Path, out: Path, max_iterations: int | None) -> None:
    """Train the CRF entity recogniser on CLUENER2020 and MSRA (15–30 minutes on 2 cores).

    Deterministic: the same datasets give the same model, byte for byte.  Progress goes to
    stderr; the metadata (also written to OUT.json) to stdout.

    \b
    Example:
      fairgraph train ner --datasets ../shared/datasets -o /tmp/ner-crf.crfsuite
    """
    from fairgraph.languages import DEFAULT, language

    train_ner = language(DEFAULT).train_ner
    assert train_ner is not None

    def progress(message: str) -> None:
        click.echo(message, err=True)

    if max_iterations:
        meta = train_ner(datasets, out, max_iterations=max_iterations, progress=progress)
    else:
        meta = train_ner(datasets, out, progress=progress)
    click.echo(json.dumps(meta, ensure_ascii=False, indent=1))
