"""How well reports are dated: each document's dcterms:date against the publication date of its
gold file (``"date"``), for every gold set present.

    python benchmarks/dates.py            # the table
    python benchmarks/dates.py --errors   # …and each report dated with the wrong year

Per set: reports, dated with a year, the year right, the day within two days of the gold date
(a dateline's day and the page's publication day often differ by one), dated with the wrong
year. A gold date given as a month (2024-07) counts a day as right when it lies in that month.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

from fairgraph.evaluate.gate import gold_sets
from fairgraph.ingest import read_document
from fairgraph.languages import extract_document

REPO = Path(__file__).resolve().parents[1]


def _day(iso: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(iso)
    except ValueError:
        return None


def main() -> None:
    errors: list[str] = []
    print("| set | reports | dated with a year | year right | day within 2 days | wrong year |")
    print("| --- | --- | --- | --- | --- | --- |")
    for gold_set in gold_sets(REPO):
        counts = dict.fromkeys(("reports", "year", "year_ok", "day_ok", "wrong"), 0)
        for gold_file in sorted(gold_set.gold.glob("*.json")):
            gold = json.loads(gold_file.read_text("utf-8"))
            want = str(gold.get("date") or "")
            report = gold_set.corpus / gold["document"]
            if not want or not report.exists():
                continue
            counts["reports"] += 1
            date = extract_document(read_document(report)).document.date
            if date is None or date.year is None:
                continue
            counts["year"] += 1
            if str(date.year) != want[:4]:
                counts["wrong"] += 1
                errors.append(f"{gold_set.name}/{gold['document']}: {date.iso()}, gold {want}")
                continue
            counts["year_ok"] += 1
            got, day = _day(date.iso()), _day(want)
            near = got is not None and day is not None and abs((got - day).days) <= 2
            in_month = got is not None and len(want) == 7 and date.iso().startswith(want)
            counts["day_ok"] += near or in_month
        n = counts["reports"] or 1
        cells = [
            f"{counts[k]} ({counts[k] / n:.0%})" for k in ("year", "year_ok", "day_ok", "wrong")
        ]
        print(f"| {gold_set.name} | {counts['reports']} | " + " | ".join(cells) + " |")
    if "--errors" in sys.argv:
        print("\n".join(["", *errors]))


if __name__ == "__main__":
    main()
