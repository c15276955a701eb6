"""How Chinese names name things: what resolution asks of the Chinese language.

Resolution (:mod:`fairgraph.resolve`) knows no language; it asks the naming of each
document's language (this module, for Chinese) for the key of every mention, the report's own
place, declared and derived short names, the standard variants of a label and the kind of an
organisation. The functions here are the ones :class:`fairgraph.resolve.naming.Naming` lists.

>>> from fairgraph.model import Mention
>>> key_of(Mention(0, 3, "省政府", "Organization"), DocumentContext(province="青海省"))[0]
'Organization|青海省人民政府'
>>> org_subtype("青海省人民政府"), place_parent("西宁市")
('Government', 'Place|青海省')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from fairgraph.model import Mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.naming.context import DocumentContext, document_context, nearest_context
from fairgraph.zh.naming.fair_keys import fair_keys
from fairgraph.zh.naming.keys import abbreviations, clean, declared_short_names, key_of, party_body
from fairgraph.zh.naming.variants import country_prefixed, standard_variants

__all__ = [
    "OWN_OUTLET",
    "abbreviations",
    "body_identity",
    "clean",
    "country_prefixed",
    "declared_short_names",
    "document_context",
    "fair_keys",
    "is_staff_title",
    "key_of",
    "local_context",
    "org_subtype",
    "party_body",
    "person_name_key",
    "place_parent",
    "role_body",
    "series_short_names",
    "standard_variants",
]

OWN_OUTLET = "本报"  # the outlet that published the report, when the byline does not name it
_STAFF_TITLES = ("记者", "通讯员", "摄影", "编辑")
_LOCAL_LEVELS = "县市区"  # 县政府, 市委, 区长 … name the place of their level named before them


def is_staff_title(role: str) -> bool:
    """A title of the report's own staff (记者, 通讯员, 摄影, 编辑), whose body is the outlet."""
    return role.endswith(_STAFF_TITLES)


def local_context(
    ctx: DocumentContext, mention: Mention, before: Callable[[], Sequence[Mention]]
) -> DocumentContext:
    """The context a short form is read in: for 县政府/市委/区长 …, the place of its level
    named before it in its sentence (``before()``); else the report's."""
    if mention.type == "Organization" and mention.text[:1] in _LOCAL_LEVELS:
        return nearest_context(ctx, clean(mention.text), before())
    return ctx


def person_name_key(name: str) -> str:
    """A Chinese name in pinyin letters, the key space people share across languages.

    >>> person_name_key("李明"), person_name_key("吕伟")
    ('liming', 'luwei')
    """
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower().replace("v", "u").replace("ü", "u")


def body_identity(body: str) -> tuple[str, str]:
    """(key, label) of a body a title names: its full name is both (青海省人民政府)."""
    return f"Organization|{body}", body


def role_body(ctx: DocumentContext, role: str) -> str | None:
    """The body a bare title names from the report's place (常务副省长 → its government)."""
    return ctx.body_of_role(role)


def org_subtype(label: str) -> str | None:
    """Government, Company … of an organisation's label (lexicon first, then its suffix)."""
    lexicon = load_lexicon()
    entry = lexicon.org_of(label)
    if entry is not None:
        return str(entry.kind)
    if label.endswith(lexicon.gov_suffixes) or label.startswith("中共"):
        return "Government"
    if label.endswith(lexicon.company_suffixes):
        return "Company"
    return None


def place_parent(label: str) -> str | None:
    """The key of the place a place lies in, from the lexicon."""
    entry = load_lexicon().place_of(label)
    return f"Place|{entry.parent}" if entry and entry.parent else None


def series_short_names(series: str) -> tuple[str, ...]:
    """The short names of a fair series (青洽会 …)."""
    entry = load_lexicon().fair_of(series)
    return tuple(entry.short_names) if entry else ()
