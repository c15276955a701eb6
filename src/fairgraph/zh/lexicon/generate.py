"""Regenerate ``data/countries.tsv`` (and ``data/places.tsv``) from their sources.

Run ``python -m fairgraph.zh.lexicon.generate [ADCODES_CSV]``.  Countries come from pycountry
(ISO 3166-1 alpha-2) and babel's ``zh_Hans_CN`` territory names, merged with the hand-written
variants in ``data/country_variants.tsv``.  Places are rebuilt only when the path of an
``adcode,name,…`` CSV of the national division codes is given (cpca 0.5.5 ships one as
``cpca/resources/adcodes.csv``).  Runtime code never imports babel or pycountry.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
#: parts of China that ISO lists separately; they are places here, not countries
NOT_COUNTRIES = frozenset({"TW", "HK", "MO"})
HEADER_COUNTRIES = "# iso2\tname\tvariants (|-separated)\n"


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
    return rows


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
