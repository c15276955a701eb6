"""The report's own government (round 9 of issue 14), on reports written for these tests: a
city government's source line makes an untitled mayor that city's (not the city of the
dateline or the fair); a district head holds the post at the district's people's government,
one key with the government's own name; "A, also TITLE of X"."""

from __future__ import annotations

import pytest
from test_more_general_forms import resolved_posts

PORTAL = (
    "Haidong delegation signs projects at Lanzhou fair\n\n"
    "Source: Haidong Municipal People's Government | Updated: 2024-07-09\n\n"
    "A delegation from Haidong, a city in eastern Qinghai Province, led by Mayor Ding Hao, took"
    " part in the fair in Lanzhou, capital of Gansu Province, on July 8. The delegation"
    " included Vice Mayor Ana Lin and Ledu District Head Bo Tan. Lanzhou and Lanzhou and"
    " Lanzhou hosted the fair.\n"
)


@pytest.mark.parametrize(
    "post",
    [
        ("Ding Hao", "Mayor", "Haidong Municipal People's Government"),
        ("Ana Lin", "Vice Mayor", "Haidong Municipal People's Government"),
        ("Bo Tan", "District Head", "Ledu District People's Government"),
    ],
)
def test_a_city_portals_untitled_mayor_is_that_citys(post: tuple[str, str, str]) -> None:
    assert post in resolved_posts(PORTAL), resolved_posts(PORTAL)


def test_a_district_head_and_the_districts_government_are_one_body() -> None:
    text = (
        "XINING, July 8 (Xinhua) -- Ledu District Head Bo Tan attended. The Ledu District"
        " People's Government signed a deal with Acme Co., Ltd."
    )
    from en_helpers import extract

    from fairgraph.resolve import resolve

    res = resolve([extract(text)])
    keys = {e.key for e in res.entities if e.type == "Organization" and "Ledu" in e.label}
    assert len(keys) == 1, keys
    assert {p.organization for p in res.posts} == keys


def test_a_title_after_also_is_the_persons_own() -> None:
    text = (
        "XINING, July 8 (Xinhua) -- Ding Hao, also Deputy Secretary of the Haidong Municipal CPC"
        " Committee, presented the city's industries."
    )
    assert ("Ding Hao", "Deputy Secretary", "Haidong Municipal CPC Committee") in resolved_posts(
        text
    )


def test_a_mayor_of_a_city_whose_name_another_city_shares_is_the_reports_provinces() -> None:
    from en_helpers import extract

    from fairgraph.resolve import resolve

    text = (
        "Suzhou delegation visits Harbin fair\n\n"
        "Source: Suzhou Municipal People's Government | Updated: 2024-06-02\n\n"
        "A delegation from Suzhou, a city in Anhui Province, led by Mayor Ding Hao, visited the"
        " fair in Harbin. Anhui firms signed 12 deals, the Anhui delegation said.\n"
    )
    res = resolve([extract(text)])
    mayor = [p.organization for p in res.posts if p.role == "Mayor"]
    assert mayor == ["Organization|宿州市人民政府"], mayor
