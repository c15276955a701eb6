"""Querying a graph: SPARQL with the contract's prefixes, saved queries, files and stores, ``explain``."""
