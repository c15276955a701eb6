"""The query page of a running endpoint, in headless Chromium: run a query, sort its results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from endpoint_helpers import served

from conftest_browser import chromium  # noqa: F401  (pytest fixture)

CELLS = "() => [...document.querySelectorAll('#out tbody tr')].map(r => r.cells[1].textContent)"


def test_results_run_and_sort_by_a_column(tmp_path: Path, chromium: Any) -> None:  # noqa: F811
    with served(tmp_path, n=12) as running:
        page = chromium.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(running.base + "/", wait_until="load")
        page.fill(
            "#q",
            "SELECT ?e ?v WHERE { ?e <https://example.org/value> ?v } ORDER BY ?e",
        )
        page.click("#run")
        page.wait_for_function("document.querySelectorAll('#out tbody tr').length === 12")
        page.click("#out th:nth-child(2)")  # ?v: numbers sort as numbers (2 before 10)
        assert page.evaluate(CELLS) == [str(i) for i in range(12)]
        page.click("#out th:nth-child(2)")  # again: reversed
        assert page.evaluate(CELLS) == [str(i) for i in reversed(range(12))]
        assert page.locator("#out th.desc").inner_text().startswith("v")
        assert errors == []
        page.close()
