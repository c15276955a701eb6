"""``fairgraph extract``: the extraction layer's raw output as JSON-ready records.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "s.txt"
>>> _ = p.write_text("冰岛驻华大使访问西宁。\\n", encoding="utf-8")
>>> rec = next(extract_records(p, per_line=True, backend="rules"))
>>> [(e["text"], e["type"]) for e in rec["entities"] if e["type"] == "Country"]
[('冰岛', 'Country')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from fairgraph.ingest import document_from_bytes, read_document
from fairgraph.ingest.decode import decode_bytes
from fairgraph.ingest.html import looks_like_html
from fairgraph.ingest.remote import fetch_url, source_name, split_inputs, url_suffix
from fairgraph.languages import extract_document
from fairgraph.model import Agreement, Document, Extraction, FairFact, Mention, Post

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _span(m: Mention | None) -> dict[str, object] | None:
    return m.to_json() if m is not None else None


def _post(p: Post) -> dict[str, object]:
    out: dict[str, object] = {
        "type": "post",
        "person": _span(p.person),
        "role": _span(p.role),
        "organization": _span(p.organization),
        "represents": _span(p.represents),
        "evidence": [p.evidence.start, p.evidence.end],
    }
    if p.start is not None:
        out["start"] = p.start.iso()  # a start the text states (自2023年3月起任)
    if p.ended:
        out["ended"] = True  # the text calls the post former (原任, 已调任)
    if p.bodiless:
        out["bodiless"] = True  # the title stands without a body when none is stated (总书记)
    return out


def _agreement(a: Agreement) -> dict[str, object]:
    return {
        "type": "agreement",
        "agreementType": a.agreement_type,
        "title": a.title,
        "parties": [_span(m) for m in a.parties],
        "signatories": [_span(m) for m in a.signatories],
        "witnesses": [_span(m) for m in a.witnesses],
        "fair": _span(a.fair),
        "date": a.date.iso() if a.date else None,
        "investment": (
            {
                "value": str(a.investment.value),
                "currency": a.investment.currency,
                "text": a.investment.text,
            }
            if a.investment
            else None
        ),
        "projectCount": a.project_count,
        "evidence": [a.evidence.start, a.evidence.end],
    }


def _fair(f: FairFact) -> dict[str, object]:
    return {
        "type": "fair",
        "fair": _span(f.fair),
        "series": f.series,
        "edition": f.edition,
        "startDate": f.start_date.iso() if f.start_date else None,
        "endDate": f.end_date.iso() if f.end_date else None,
        "location": _span(f.location),
        "theme": f.theme,
        "guestCountries": [_span(m) for m in f.guest_countries],
        "signedProjectCount": f.signed_project_count,
        "totalInvestment": (
            str(f.total_investment.value) + " " + f.total_investment.currency
            if f.total_investment
            else None
        ),
        "evidence": [f.evidence.start, f.evidence.end],
    }


def record(ex: Extraction, record_id: str) -> dict[str, object]:
    """One JSON-ready record: entities with offsets (Money and Date included) and relations."""
    entities = [m.to_json() for m in ex.mentions]
    entities += [
        {
            "start": a.start,
            "end": a.end,
            "text": a.text,
            "type": "Money",
            "value": str(a.value),
            "currency": a.currency,
        }
        for a in ex.amounts
    ]
    entities += [
        {"start": d.start, "end": d.end, "text": d.text, "type": "Date", "value": d.date.iso()}
        for d in ex.dates
    ]
    entities.sort(key=lambda e: (e["start"], e["end"], e["type"]))  # type: ignore[return-value]
    relations = (
        [_post(p) for p in ex.posts]
        + [_agreement(a) for a in ex.agreements]
        + [_fair(f) for f in ex.fairs]
    )
    return {"id": record_id, "entities": entities, "relations": relations}


def _raw_lines(raw_bytes: bytes, suffix: str, document: Document) -> list[str]:
    """The lines of the input as the user's editor shows them (HTML: of the article text).

    Offsets and line numbers of ``--per-line`` refer to these, not to the normalised text,
    which drops blank lines and leading ideographic spaces.
    """
    if suffix.lower() in (".html", ".htm"):
        return document.text.split("\n")
    raw, _ = decode_bytes(raw_bytes, source=document.source)
    if looks_like_html(raw):
        return document.text.split("\n")
    return _LINE_BREAK.split(raw.removeprefix("\ufeff"))


def extract_records(
    source: str | Path, *, per_line: bool = False, backend: str = "default"
) -> Iterator[dict[str, object]]:
    """Records of a document (a path or a URL), or of each non-empty line of it with
    ``per_line``."""
    local, urls = split_inputs([source])
    if urls:
        data = fetch_url(urls[0])
        suffix = url_suffix(urls[0])
        document = document_from_bytes(data, source=source_name(urls[0]), suffix=suffix)
    else:
        path = Path(local[0])
        document = read_document(path)
        suffix = path.suffix
    if not per_line:
        yield record(extract_document(document, backend=backend), document.source)
        return
    if not urls:
        data = path.read_bytes()
    for number, line in enumerate(_raw_lines(data, suffix, document), 1):
        if not line.strip():
            continue
        doc = Document.from_text(line, source=f"{document.source}:{number}", date=document.date)
        yield record(extract_document(doc, backend=backend), f"{document.source}:{number}")
