"""Resolution: mentions of many reports → one entity per real-world thing, merges explained."""

from fairgraph.resolve.aliases import AliasRules
from fairgraph.resolve.records import (
    Entity,
    Evidence,
    MergeNote,
    Resolution,
    ResolvedAgreement,
    ResolvedFair,
    ResolvedPost,
)
from fairgraph.resolve.resolver import Resolver, resolve

__all__ = [
    "AliasRules",
    "Entity",
    "Evidence",
    "MergeNote",
    "Resolution",
    "ResolvedAgreement",
    "ResolvedFair",
    "ResolvedPost",
    "Resolver",
    "resolve",
]
