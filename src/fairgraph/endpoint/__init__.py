"""The SPARQL endpoint: ``serve`` (HTTP, SPARQL 1.1 Protocol, the query page) and ``push``."""
