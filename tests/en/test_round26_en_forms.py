"""Issue 14, session 19: a wire's one-hyphen dateline is no party; a region abroad's secretary
holds no CPC post; the World Manufacturing Convention is a fair series (in both languages).
Every report written for this test."""

from __future__ import annotations

from fairgraph.languages import extract_document
from fairgraph.model import Document
from fairgraph.resolve import resolve


def resolved(text: str, language: str = "en"):
    return resolve([extract_document(Document.from_text(text, source="t.txt", language=language))])


def test_a_wire_dateline_with_one_hyphen_gives_no_parties() -> None:
    text = (
        "KUNMING, China, June 9 (Reuters) - Chinese builders signed a string of power deals "
        "with South Asian partners on Monday.\n"
    )
    assert not resolved(text).agreements


def test_a_secretary_of_a_region_abroad_holds_no_party_post() -> None:
    text = (
        "Maria Souza, State Secretary for Economic Development of Minas Gerais, attended the "
        "signing in Hefei on Saturday.\n"
    )
    result = resolved(text)
    labels = {e.label for e in result.entities if e.type == "Organization"}
    assert not any("CPC" in label for label in labels)


def test_the_world_manufacturing_convention_is_a_fair_in_both_languages() -> None:
    en = resolved("The 2025 World Manufacturing Convention opened in Hefei on Saturday.\n")
    zh = resolved("2025世界制造业大会在合肥开幕。\n", "zh")
    assert [e.type for e in en.entities if "Manufacturing Convention" in e.label] == ["Fair"]
    assert [e.type for e in zh.entities if "世界制造业大会" in e.label] == ["Fair"]
