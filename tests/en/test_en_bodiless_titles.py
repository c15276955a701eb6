"""English titles that stand without a body when the report states none
(``en/data/bodiless_titles.tsv``): marked ``bodiless``, kept as a post with no organisation,
and no longer read as implying one (General Secretary → no Central Committee node)."""

from __future__ import annotations

import pytest
from en_helpers import extract, org_labels

from fairgraph.en.naming import standing_title_body
from fairgraph.graph.build import build_graph
from fairgraph.namespaces import FG, ORG


def _marked(text: str) -> set[tuple[str, str, str | None, bool]]:
    return {
        (
            p.person.text,
            p.role.text,
            p.organization.text if p.organization else None,
            p.bodiless,
        )
        for p in extract(text).posts
    }


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "BEIJING, May 8 (Xinhua) -- General Secretary Wang Lixin stressed opening up.",
            ("Wang Lixin", "General Secretary", None, True),
        ),
        (
            "Vice Premier Zhao Deming attended the opening ceremony of the fair.",
            ("Zhao Deming", "Vice Premier", None, True),
        ),
        (
            "Chinese Vice Premier Zhao Deming attended the opening ceremony of the fair.",
            ("Zhao Deming", "Vice Premier", None, True),
        ),
        # a body the sentence names is the post's, unmarked
        (
            "Wang Lixin, General Secretary of the CPC Central Committee, attended the meeting.",
            ("Wang Lixin", "General Secretary", "CPC Central Committee", False),
        ),
        (
            "Vice Governor of Qinghai Province Zhao Deming attended the opening ceremony.",
            ("Zhao Deming", "Vice Governor", "Qinghai Province", False),
        ),
    ],
)
def test_a_title_standing_alone_is_marked_bodiless(text: str, post: tuple) -> None:
    assert post in _marked(text)


def test_a_bare_title_implies_no_body_and_is_a_post_without_one() -> None:
    text = "Vice Premier Zhao Deming and General Secretary Wang Lixin attended the fair."
    assert org_labels(text) == set()
    graph = build_graph([extract(text)])
    posts = list(graph.subjects(ORG.member, None))
    assert len(posts) == 2
    assert all(graph.value(m, ORG.organization) is None for m in posts)
    assert all(graph.value(m, FG.represents) is None for m in posts)


def test_the_body_a_standing_title_belongs_to_is_only_for_people_to_meet_by() -> None:
    assert standing_title_body("Vice Premier") == "State Council"
    assert standing_title_body("vice-premier") == "State Council"
    assert standing_title_body("Vice Governor") is None
