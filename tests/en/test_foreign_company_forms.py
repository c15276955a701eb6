"""Companies under the legal forms of other languages and countries, before or after their name
(data/org_prefixes.tsv, data/org_suffixes.tsv). Sentences written for these tests."""

from __future__ import annotations

import pytest
from en_helpers import extract


def companies(text: str) -> set[str]:
    return {
        m.text
        for m in extract(text).mentions
        if m.type == "Organization" and m.subtype == "Company"
    }


@pytest.mark.parametrize(
    "name",
    [
        "Grupo Velaro",
        "Companhia Brasileira de Velas",
        "PT Velaro Indonesia Tbk",
        "PJSC Velaro",
        "Velaro Ltda",
        "Velaro SpA",
        "Velaro S.p.A.",
        "Velaro Oy",
        "Velaro Kft",
        "Velaro SRL",
    ],
)
def test_a_foreign_legal_form_makes_a_company(name: str) -> None:
    assert name in companies(f"{name} showed machines at the fair, and Li Wei visited it.")


def test_a_prefix_alone_is_no_company() -> None:
    assert not companies("Grupo and PT are words, said Li Wei.")


def test_services_and_companies_end_a_companys_name() -> None:
    text = (
        "An agreement was signed between Acme Technology and Velmora Web Services on a data"
        " center, and another between Bolt Logistics and The Corvane Companies."
    )
    found = companies(text)
    assert "Velmora Web Services" in found
    assert any(name.endswith("Corvane Companies") for name in found)
