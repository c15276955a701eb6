"""Locate the data files shipped with fairgraph: the ontology, the SHACL shapes, saved queries.

>>> (ontology_dir() / "fairgraph.ttl").is_file()
True
>>> "officials" in saved_queries()
True
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fairgraph.errors import FairgraphError


def ontology_dir() -> Path:
    """The ``ontology`` folder: inside the installed wheel, or at the top of the repository."""
    try:
        packaged = Path(str(resources.files("fairgraph") / "ontology"))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - defensive
        packaged = None
    if packaged is not None and (packaged / "fairgraph.ttl").is_file():
        return packaged
    repo = Path(__file__).resolve().parents[3] / "ontology"
    if (repo / "fairgraph.ttl").is_file():
        return repo
    raise FairgraphError("cannot find the fairgraph ontology folder (broken installation?)")


def ontology_file() -> Path:
    """The OWL ontology, ``fairgraph.ttl``."""
    return ontology_dir() / "fairgraph.ttl"


def shapes_file() -> Path:
    """The SHACL shapes, ``shapes.ttl``."""
    return ontology_dir() / "shapes.ttl"


def saved_queries() -> dict[str, Path]:
    """Saved SPARQL queries, name → ``.rq`` path, sorted by name."""
    folder = ontology_dir() / "queries"
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}
