"""What resolution asks of a language: the ``Naming`` protocol.

Resolution groups mentions by keys; how a name is keyed (省政府 is the government of the
report's province, CNPC is China National Petroleum Corporation) is knowledge of a language.
Each language package provides a module with these functions (``fairgraph.zh.naming``), reached
through :func:`fairgraph.languages.language_of`.

A naming may also provide ``jurisdiction(label) -> str | None``: the key of the province or
city whose government and Party family an organisation belongs to. Same-named people of
different reports with posts in one such family are one person; a language without it merges
people only by a shared organisation.

A naming may also provide ``person_name_keys(name) -> tuple[tuple[str, str], ...]``: further
(rule, key) pairs a person's name has besides :meth:`Naming.person_name_key`'s pinyin — a
foreign name's sound skeleton (``transliterated-name-shared-organization``: 阿米娜·罗斯利 and
Aminah Rosli both MNLSL), a Chinese name's Cantonese romanisation
(``cantonese-name-shared-organization``: 何厚铧 and Ho Hau Wah). Keys meet only keys of the
same rule, and people merge on them only with an organisation in common, as on pinyin.

A naming may also provide ``cross_keys(kind, label) -> tuple[tuple[str, str], ...]``: (rule,
key) pairs an organisation's or place's name has in a key space all languages share, for the
many companies and zones no lexicon names (``translated-name-across-languages``: the place at
the head as its Chinese name, the words translated or in pinyin, the kind: 陕西煤业化工集团有限公司
and "Shaanxi Coal and Chemical Industry Group Co., Ltd."; a body abroad by its country, a
name with no place by its words alone; ``branch-name-across-languages``: a lexicon company's
branch at a place, 中国移动通信集团天津有限公司 and "China Mobile Tianjin"). Reports in different
languages whose names meet there are one entity, when each language has one entity with that
key; the keys of an entity's further surfaces (a body joined to its country) count too.

A naming may also provide ``own_outlet(text) -> tuple[str, str] | None``: (key, label) of the
outlet a report's dateline names (中国能源报讯（记者 某某）), to which the report's own staff
belong instead of the anonymous per-report outlet.

A naming may also provide ``person_short_names(names) -> dict[str, str]``: within one report,
the short forms of a person's full name (the surname of a transliterated name, 拉佐夫 for
谢尔盖·拉佐夫) mapped to the one full name they shorten.

A naming may also provide ``written_name(mention) -> str | None``: the name an entity mention
writes for its entity, None where its words are another entity's name (a place standing for its
government in "the governments of A and B"), which then is no label of the entity; without it,
every mention's text is.

A naming may also provide ``standing_title_body(role) -> str | None``: the body a title that
stands alone (``Post.bodiless``: 总书记, General Secretary) belongs to, for people to meet by —
same-named people holding it in different reports or languages are one person as if they
shared that body — though the post itself has no organisation (the report states none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from fairgraph.model import Document, Extraction, Mention


class Naming(Protocol):
    """The names knowledge of one language (a module satisfies it)."""

    OWN_OUTLET: str  # label of the publishing outlet when a byline names none

    def clean(self, name: str) -> str:
        """A surface name normalised for comparison (no inner spacing, no quotes …)."""

    def document_context(self, document: Document, mentions: Sequence[Mention]) -> Any:
        """What the report is about (its place …); the ``ctx`` of the calls below."""

    def local_context(
        self, ctx: Any, mention: Mention, before: Callable[[], Sequence[Mention]]
    ) -> Any:
        """The context ``mention`` is read in; ``before()`` gives the mentions before it in its
        sentence (computed only when asked for)."""

    def key_of(self, mention: Mention, ctx: Any) -> tuple[str, str, str | None]:
        """(key, canonical label, merge rule or None) of an entity mention."""

    def fair_keys(self, extraction: Extraction) -> dict[Mention, tuple[str, str]]:
        """(key, canonical label) of each fair mention of a report."""

    def abbreviations(self, names: Iterable[str]) -> dict[str, str]:
        """Short forms of organisation names derived within one report → full name."""

    def declared_short_names(self, text: str, mentions: Iterable[Mention]) -> dict[str, str]:
        """Short names a report declares (以下简称 …) → full name."""

    def country_prefixed(self, mentions: Iterable[Mention]) -> dict[tuple[int, int], str]:
        """Organisation spans written behind a country → the joined surface."""

    def party_body(self, place_key: str, role: str) -> str:
        """The body a title names at a place (书记 at 青海 → 中共青海省委)."""

    def body_identity(self, body: str) -> tuple[str, str]:
        """(key, label) of a body named by :meth:`party_body` or :meth:`role_body`."""

    def role_body(self, ctx: Any, role: str) -> str | None:
        """The body a bare title names from what the report is about (常务副省长 → …)."""

    def person_name_key(self, name: str) -> str:
        """A person's name in a key space all languages share (pinyin letters, lower case),
        to meet the same person in reports of another language."""

    def is_staff_title(self, role: str) -> bool:
        """A title of the report's own staff (reporter, editor …)."""

    def standard_variants(self, label: str) -> tuple[str, ...]:
        """Other standard forms of a label (alternative labels)."""

    def org_subtype(self, label: str) -> str | None:
        """Government, Company … of an organisation's label, if the language can tell."""

    def place_parent(self, label: str) -> str | None:
        """Key of the place a place lies in, if known."""

    def series_short_names(self, series: str) -> tuple[str, ...]:
        """Short names of a fair series."""
