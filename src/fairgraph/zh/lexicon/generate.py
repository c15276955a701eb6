"""Regenerate ``data/countries.tsv`` (and ``data/places.tsv``) from their sources.

Run ``python -m fairgraph.zh.lexicon.generate [ADCODES_CSV]``.  Countries come from pycountry
(ISO 3166-1 alpha-2) and babel's ``zh_Hans_CN`` territory names, merged with the hand-written
variants in ``data/country_variants.tsv``; former states (ISO 3166-3, four-letter codes) follow,
named by the hand-written ``data/former_countries.tsv``.  Places are rebuilt only when the path
of an ``adcode,name,…`` CSV of the national division codes is given (cpca 0.5.5 ships one as
``cpca/resources/adcodes.csv``).  Runtime code never imports babel or pycountry.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
#: parts of China that ISO lists separately; they are places here, not countries
NOT_COUNTRIES = frozenset({"TW", "HK", "MO"})
HEADER_COUNTRIES = "# iso2 (ISO 3166-3 iso4 for a former state)\tname\tvariants (|-separated)\n"


def build_countries() -> list[tuple[str, str, list[str]]]:
    """Return ``(iso2, common Chinese name, variants)`` rows sorted by ISO code."""
    import pycountry
    from babel import Locale

    zh = Locale.parse("zh_Hans_CN").territories
    extra: dict[str, tuple[str | None, list[str]]] = {}
    for line in (DATA / "country_variants.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso2, name, cell = (line.split("\t") + ["", ""])[:3]
        extra[iso2] = (name or None, [v for v in cell.split("|") if v])
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        if code in NOT_COUNTRIES or code not in zh:
            continue
        override, more = extra.get(code, (None, []))
        common = override or zh[code]
        names = [common] + [v for v in [zh[code], *more] if v != common]
        rows.append((code, common, list(dict.fromkeys(names))))
    return rows + build_former_countries()


def build_former_countries() -> list[tuple[str, str, list[str]]]:
    """``(iso4, Chinese name, variants)`` rows of the states that no longer exist, by their
    ISO 3166-3 code from pycountry, named as ``data/former_countries.tsv`` writes them (a code
    pycountry does not know is an error)."""
    import pycountry

    known = {c.alpha_4 for c in pycountry.historic_countries}
    rows = []
    for line in (DATA / "former_countries.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso4, name, cell = (line.split("\t") + ["", ""])[:3]
        if iso4 not in known:
            raise ValueError(f"former_countries.tsv: {iso4} is no ISO 3166-3 code")
        names = [name] + [v for v in cell.split("|") if v and v != name]
        rows.append((iso4, name, list(dict.fromkeys(names))))
    return sorted(rows)


def write_countries() -> int:
    rows = build_countries()
    lines = [HEADER_COUNTRIES] + [f"{c}\t{n}\t{'|'.join(v)}\n" for c, n, v in rows]
    (DATA / "countries.tsv").write_text("".join(lines), "utf-8")
    return len(rows)


def main(argv: list[str]) -> int:
    from fairgraph.zh.lexicon.places_gen import write_places

    count = write_countries()
    msg = f"countries.tsv: {count} rows"
    if argv:
        msg += f"; places.tsv: {write_places(Path(argv[0]))} rows"
    sys.stdout.write(msg + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
