"""Content negotiation of the SPARQL endpoint (fairgraph.endpoint.http)."""

from __future__ import annotations

import pytest

from fairgraph.endpoint.http import GRAPH_TYPES, RESULT_TYPES, HttpProblem, negotiate


def test_quality_values_rank_the_media_types() -> None:
    accept = "text/csv;q=0.2, text/tab-separated-values;q=0.9"
    assert negotiate(accept, RESULT_TYPES, "text/csv") == "text/tab-separated-values"


def test_an_empty_accept_gets_the_default() -> None:
    assert negotiate("", GRAPH_TYPES, "text/turtle") == "text/turtle"


def test_an_unservable_accept_is_a_406_naming_the_choices() -> None:
    with pytest.raises(HttpProblem) as err:
        negotiate("image/png", GRAPH_TYPES, "text/turtle")
    assert err.value.status == 406 and "text/turtle" in str(err.value)


def test_a_zero_quality_type_is_never_chosen() -> None:
    with pytest.raises(HttpProblem):
        negotiate("text/csv;q=0", RESULT_TYPES, "text/csv")
