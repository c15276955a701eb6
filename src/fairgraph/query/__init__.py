"""Querying a graph: SPARQL with the contract's prefixes, saved queries, stores, ``explain``."""
