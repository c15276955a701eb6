"""Relation, amount and date extraction: Document → facts."""
