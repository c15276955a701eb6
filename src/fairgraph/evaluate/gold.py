"""Gold annotations for graph scoring: read, check and index the JSON files of ``gold/``.

Names are compared by :func:`normalise` keys; every alias resolves to its entity's canonical
name (see ``gold/README.md``).

>>> doc = parse_gold({"document": "a.txt", "entities": {"Fair": ["中国—东盟博览会"]},
...                   "aliases": {"中国—东盟博览会": ["东博会"]}})
>>> doc.resolve("东博会", "a fair"), doc.entities("Fair")
('中国—东盟博览会', {'中国—东盟博览会'})
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from fairgraph.errors import InputError
from fairgraph.model import NAMED_TYPES
from fairgraph.namespaces import ORG, SCHEMA

ENTITY_TYPES = NAMED_TYPES
CLASSES = {
    "Person": SCHEMA.Person,
    "Organization": ORG.Organization,
    "Country": SCHEMA.Country,
    "Place": SCHEMA.Place,
    "Fair": SCHEMA.ExhibitionEvent,
}
_STRIP = re.compile(r"[\s—–\-‐‑‒―－·•・．.《》〈〉“”\"'‘’「」『』]+")


def normalise(name: str) -> str:
    """Name key: NFKC, no whitespace, no dash/dot/quote variants."""
    return _STRIP.sub("", unicodedata.normalize("NFKC", name))


@dataclass(frozen=True)
class GoldPost:
    person: str
    role: str
    target: str | None  # canonical organisation or represented country; None: not stated


@dataclass
class GoldDocument:
    """One annotated article, names resolved to canonical names of that article."""

    document: str
    index: dict[str, str]  # normalised name or alias → canonical name
    types: dict[str, str]  # canonical → entity type
    posts: list[GoldPost]
    pairs: set[frozenset[str]]
    fairs: list[dict[str, Any]]
    amounts: set[tuple[Decimal, str]]

    def entities(self, etype: str) -> set[str]:
        return {c for c, t in self.types.items() if t == etype}

    def resolve(self, name: str, where: str) -> str:
        try:
            return self.index[normalise(name)]
        except KeyError:
            raise InputError(
                f"{where} names {name!r}, which is not an annotated entity", source=self.document
            ) from None


def parse_amount(raw: Any, where: str, doc: str) -> tuple[Decimal, str]:
    try:
        return Decimal(str(raw["value"])), str(raw["currency"])
    except (KeyError, TypeError, InvalidOperation):
        raise InputError(f"bad amount in {where}: {raw!r}", source=doc) from None


def parse_gold(data: dict[str, Any], source: str = "<gold>") -> GoldDocument:
    """Check and index one gold annotation (the JSON object of one file)."""
    if not isinstance(data, dict) or not isinstance(data.get("document"), str):
        raise InputError("a gold file must be an object with a 'document' name", source=source)
    doc = GoldDocument(data["document"], {}, {}, [], set(), [], set())
    for etype, names in (data.get("entities") or {}).items():
        if etype not in CLASSES:
            raise InputError(f"unknown entity type {etype!r}", source=source)
        for name in names:
            doc.types[name] = etype
            doc.index[normalise(name)] = name
    for canonical, aliases in (data.get("aliases") or {}).items():
        if canonical not in doc.types:
            raise InputError(f"alias group {canonical!r} is not an annotated entity", source=source)
        for alias in aliases:
            if doc.index.get(normalise(alias), canonical) != canonical:
                raise InputError(f"alias {alias!r} names two entities", source=source)
            doc.index[normalise(alias)] = canonical
    for post in data.get("posts") or []:
        target = post.get("organization") or post.get("represents")
        doc.posts.append(
            GoldPost(
                doc.resolve(post["person"], "a post"),
                normalise(post["role"]),
                doc.resolve(target, "a post") if target else None,
            )
        )
    for agr in data.get("agreements") or []:
        parties = sorted({doc.resolve(p, "an agreement") for p in agr.get("parties") or []})
        doc.pairs.update(frozenset(p) for p in itertools.combinations(parties, 2))
    for fair in data.get("fairs") or []:
        doc.resolve(fair["name"], "a fair")
        doc.fairs.append(fair)
    doc.amounts = {parse_amount(m, "amounts", source) for m in data.get("amounts") or []}
    return doc


def load_gold(path: Path) -> list[GoldDocument]:
    """Read one gold JSON file, or every ``*.json`` under a folder (sorted by path)."""
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise InputError("no gold annotation files found", source=str(path))
    docs = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read gold file: {exc}", source=str(f)) from None
        docs.append(parse_gold(data, source=str(f)))
    return docs
