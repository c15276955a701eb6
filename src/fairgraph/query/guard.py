"""What a query may not do: reach other hosts (``SERVICE``, ``LOAD``), or smuggle text through
a variable name.

fairgraph answers queries for whoever can reach its endpoint, so a federated query would let
any client make the host send requests to any URL — private services on its network
included — and read back the answers (server-side request forgery). Every query therefore
passes :func:`refuse_outbound` before it runs, in ``fairgraph serve`` and ``fairgraph query``
alike.

The check reads the query the way a SPARQL parser does (comments, strings, IRIs, prefixed
names, ``\\u`` escapes) and errs on the side of refusing: any keyword-like token that starts
with ``SERVICE`` is refused, whatever its case, because Oxigraph also reads ``SERVICEex:s``
and ``SERVICE:s`` as a ``SERVICE`` clause.

>>> refuse_outbound("SELECT ?service WHERE { ?service a schema:Service }")
>>> refuse_outbound("SELECT * { sErViCe <http://10.0.0.1/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
fairgraph.errors.QueryError: SERVICE (a federated query) is refused: no requests to other hosts
>>> check_variable_name("label"), check_variable_name("?名称")
('label', '名称')
"""

from __future__ import annotations

import re

from fairgraph.errors import QueryError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*)
    | (?P<name>[^\W\d][\w.\-]*(?::[\w.:%\-\\]*)?|:[\w.:%\-\\]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
# SPARQL 1.1 VARNAME: ( PN_CHARS_U | [0-9] ) ( PN_CHARS_U | [0-9] | #x00B7 | [#x0300-#x036F]
# | [#x203F-#x2040] )*
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_VARNAME = re.compile(f"[{_BASE}_0-9][{_BASE}_0-9\u00b7\u0300-\u036f\u203f-\u2040]*")


def _unescape(sparql: str) -> str:
    """Codepoint escapes replaced, as SPARQL 1.1 (section 19.2) asks before parsing."""

    def one(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _ESCAPE.sub(one, sparql)


def outbound_keywords(sparql: str) -> set[str]:
    """The keywords of ``sparql`` that would make the engine contact another host (``LOAD`` is
    one only in updates).

    >>> sorted(outbound_keywords("PREFIX ex: <http://e/> SELECT * { SERVICEex:s { ?s ?p ?o } }"))
    ['SERVICE']
    >>> outbound_keywords('SELECT * { ?s ?p "SERVICE <http://e/>" } # SERVICE <http://e/>')
    set()
    """
    found: set[str] = set()
    lower = sparql.lower()
    if "service" not in lower and "load" not in lower and "\\u" not in lower:
        return found  # neither keyword can be spelt without these letters
    for m in _TOKENS.finditer(_unescape(sparql)):
        kind, text = m.lastgroup, m.group(0)
        if kind == "name":
            word = text.upper()
            if word.startswith("SERVICE"):
                found.add("SERVICE")
            elif word.startswith("LOAD"):
                found.add("LOAD")
        elif kind == "iri" and re.search(r"\).*service", text, re.IGNORECASE | re.DOTALL):
            # ``FILTER(?a<1).SERVICE:s#>`` reads as an IRI here but as ``<`` (less than), ``)``
            # and a SERVICE clause to the engine; a real IRI has no ``)`` before "service"
            found.add("SERVICE")
    return found


def refuse_outbound(sparql: str, *, update: bool = False) -> None:
    """Raise :class:`QueryError` when ``sparql`` asks for a federated query (or, for an
    ``update``, a ``LOAD``)."""
    found = outbound_keywords(sparql)
    if "SERVICE" in found:
        raise QueryError("SERVICE (a federated query) is refused: no requests to other hosts")
    if update and "LOAD" in found:
        raise QueryError("LOAD is not allowed: this endpoint never fetches data from other hosts")


def check_variable_name(name: str) -> str:
    """``name`` without its ``?``/``$``, or :class:`QueryError` when it is not a SPARQL
    variable name (only letters, digits, ``_`` and a few joining marks)."""
    bare = name[1:] if name[:1] in ("?", "$") else name
    if not _VARNAME.fullmatch(bare):
        raise QueryError(f"{name!r} is not a SPARQL variable name (letters, digits and _ only)")
    return bare
