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

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from fairgraph.model import Mention
from fairgraph.resolve.records import RULE_CANTONESE, RULE_PINYIN, RULE_TRANSLITERATION
from fairgraph.zh.extract.fair_venues import is_venue as venue_mention
from fairgraph.zh.lexicon import load_lexicon
from fairgraph.zh.lexicon.tables import rows
from fairgraph.zh.naming.context import (
    COMMITTEE_DEPARTMENTS,
    DocumentContext,
    committee_context,
    department_context,
    document_context,
    nearest_context,
    zone_context,
)
from fairgraph.zh.naming.cross import cross_keys
from fairgraph.zh.naming.fair_keys import fair_keys
from fairgraph.zh.naming.keys import abbreviations, clean, declared_short_names, key_of, party_body
from fairgraph.zh.naming.sounds import cantonese_keys, surname_readings, transliteration_key
from fairgraph.zh.naming.variants import country_prefixed, standard_variants

__all__ = [
    "OWN_OUTLET",
    "own_outlet",
    "abbreviations",
    "body_identity",
    "clean",
    "country_prefixed",
    "cross_keys",
    "declared_short_names",
    "document_context",
    "fair_keys",
    "is_staff_title",
    "is_venue",
    "jurisdiction",
    "key_of",
    "local_context",
    "org_subtype",
    "party_body",
    "person_name_key",
    "person_name_keys",
    "place_parent",
    "person_short_names",
    "role_body",
    "standing_title_body",
    "series_short_names",
    "standard_variants",
]

OWN_OUTLET = "本报"  # the outlet that published the report, when the byline does not name it
_STAFF_TITLES = ("记者", "通讯员", "摄影", "编辑")
_LOCAL_LEVELS = "省县市区"  # 省委, 县政府, 市长 … name the place of their level named before them


#: a dateline naming its paper, site or station (中国能源报讯, 某某网讯) at the head of a line
_OUTLET_DATELINE = re.compile(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,12}?(?:报|网|台))讯")


def own_outlet(text: str) -> tuple[str, str] | None:
    """(key, label) of the outlet a report's dateline names (中国能源报讯（记者 某某）: the
    paper, under the lexicon's name when it knows it), to which its own staff belong; None for
    本报讯 or a report without such a dateline.

    >>> own_outlet("中国能源报讯（记者 王某）5月26日，……")
    ('Organization|中国能源报社', '中国能源报社')
    >>> own_outlet("本报讯（记者 王某）……"), own_outlet("新华社西宁7月11日电")
    (None, None)
    """
    found = _OUTLET_DATELINE.search(text[:400])
    if found is None or found.group(1) in ("本报", "本网", "本台"):
        return None
    entry = load_lexicon().org_of(found.group(1))
    name = entry.name if entry is not None else found.group(1)
    return f"Organization|{name}", name


def person_short_names(names: Iterable[str]) -> dict[str, str]:
    """Within one report, the last part of a transliterated full name (拉佐夫 of 谢尔盖·拉佐夫)
    stands for it, when exactly one full name of the report ends so.

    >>> person_short_names(["谢尔盖·拉佐夫", "拉佐夫", "王明", "伊万·彼得罗夫", "安娜·彼得罗夫"])
    {'拉佐夫': '谢尔盖·拉佐夫'}
    """
    found = set(names)
    full: dict[str, set[str]] = {}
    for name in found:
        if "·" in name:
            full.setdefault(name.rsplit("·", 1)[1], set()).add(name)
    return {
        short: next(iter(fulls))
        for short, fulls in sorted(full.items())
        if len(fulls) == 1 and short in found and len(short) >= 2
    }


def is_staff_title(role: str) -> bool:
    """A title of the report's own staff (记者, 通讯员, 摄影, 编辑), whose body is the outlet."""
    return role.endswith(_STAFF_TITLES)


def local_context(
    ctx: DocumentContext, mention: Mention, before: Callable[[], Sequence[Mention]]
) -> DocumentContext:
    """The context a short form or a bare title is read in: for 省政府/县政府/市委/市长 …, the
    place of its level named before it in its sentence (``before()``), or the other province
    whose official the sentence quotes; else the report's."""
    if mention.type == "Organization" and clean(mention.text) in ("管委会", "管理委员会"):
        return zone_context(ctx, clean(mention.text), before())  # 某新区党工委书记、管委会主任
    if mention.type == "Organization" and clean(mention.text) in COMMITTEE_DEPARTMENTS:
        # 省委常委、宣传部部长: the committee's department
        return committee_context(ctx, clean(mention.text), mention.start, before())
    if mention.type == "Organization" and clean(mention.text).endswith(("厅", "局")):
        # 某省政府副秘书长、商务厅厅长: the department of the government just named
        found = department_context(ctx, clean(mention.text), mention.start, before())
        if found is not ctx:
            return found
    if mention.type in ("Organization", "Role") and mention.text[:1] in _LOCAL_LEVELS:
        local = nearest_context(ctx, clean(mention.text), before())
        other = ctx.province_at(mention.start) if mention.text[:1] == "省" else None
        if local is ctx and other is not None:
            return DocumentContext(province=other)  # a sentence speaking for another province
        return local
    return ctx


def person_name_key(name: str) -> str:
    """A Chinese name in pinyin letters, the key space people share across languages.

    >>> person_name_key("李明"), person_name_key("吕伟")
    ('liming', 'luwei')
    """
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower().replace("v", "u").replace("ü", "u")


def person_name_keys(name: str) -> tuple[tuple[str, str], ...]:
    """The further keys a name meets other languages' names by: a transliterated foreign
    name's consonant skeleton, a Chinese name's Cantonese romanisations (``sounds``).

    >>> person_name_keys("阿米娜·罗斯利")
    (('transliterated-name-shared-organization', 'MNLSL'),)
    >>> ("cantonese-name-shared-organization", "hohauwa") in person_name_keys("何厚铧")
    True

    A family name read otherwise than the character's commonest reading (覃 Qin, 单 Shan, 曾
    Zeng) gives the name's pinyin under each reading:

    >>> ("pinyin-name-shared-organization", "qinxiaodong") in person_name_keys("覃小东")
    True
    """
    skeleton = transliteration_key(name)
    out = [(RULE_TRANSLITERATION, skeleton)] if skeleton else []
    out += [(RULE_PINYIN, key) for key in surname_readings(name)]
    out += [(RULE_CANTONESE, key) for key in cantonese_keys(name)]
    return tuple(out)


def body_identity(body: str) -> tuple[str, str]:
    """(key, label) of a body a title names: its full name is both (青海省人民政府)."""
    return f"Organization|{body}", body


def standing_title_body(role: str) -> str | None:
    """The body a title standing alone belongs to (``bodiless_titles.tsv``), for people to meet
    by only: the post of 习近平总书记 has no organisation.

    >>> standing_title_body("总书记"), standing_title_body("副省长")
    ('中国共产党中央委员会', None)
    """
    return _standing_bodies().get(role)


@functools.cache
def _standing_bodies() -> dict[str, str]:
    return {title: body for title, body, _meaning in rows("bodiless_titles.tsv", 3) if body}


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


#: what stands before a place in the full name of a Party, congress or CPPCC body
_BODY_PREFIXES = ("中国共产党", "中共", "中国人民政治协商会议")


def jurisdiction(label: str) -> str | None:
    """The key of the province or city whose government or Party family a body belongs to
    (its government, Party committee, congress, CPPCC and departments), or None (a company, a
    national ministry, a county's body).

    >>> jurisdiction("甘肃省人民政府"), jurisdiction("中国共产党甘肃省委员会")
    ('Place|甘肃省', 'Place|甘肃省')
    >>> jurisdiction("甘肃省商务厅"), jurisdiction("兰州市人民政府")
    ('Place|甘肃省', 'Place|兰州市')
    >>> jurisdiction("商务部"), jurisdiction("甘肃省电力投资集团有限责任公司")
    (None, None)
    """
    if org_subtype(label) != "Government":
        return None
    name = label
    for prefix in _BODY_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    lexicon = load_lexicon()
    for size in range(min(len(name) - 1, 8), 1, -1):
        entry = lexicon.place_of(name[:size])
        if entry is not None:
            if entry.level in ("province", "city") and name.startswith(entry.name):
                return f"Place|{entry.name}"
            return None
    return None


def home_jurisdiction(ctx: DocumentContext) -> str | None:
    """The key of the province a report is about (its bare 商务厅 is that province's unless a
    sentence says otherwise), or None.

    >>> home_jurisdiction(DocumentContext(province="甘肃省")), home_jurisdiction(DocumentContext())
    ('Place|甘肃省', None)
    """
    return f"Place|{ctx.province}" if ctx.province else None


def is_venue(label: str) -> bool:
    """A hall or centre where fairs are held (青海国际会展中心), not a city or a body.

    >>> is_venue("青海国际会展中心"), is_venue("国家会展中心（上海）"), is_venue("西宁市")
    (True, True, False)
    """
    return venue_mention(Mention(0, len(label), label, "Place"))


def place_parent(label: str) -> str | None:
    """The key of the place a place lies in, from the lexicon."""
    entry = load_lexicon().place_of(label)
    return f"Place|{entry.parent}" if entry and entry.parent else None


def series_short_names(series: str) -> tuple[str, ...]:
    """The short names of a fair series (青洽会 …)."""
    entry = load_lexicon().fair_of(series)
    return tuple(entry.short_names) if entry else ()
