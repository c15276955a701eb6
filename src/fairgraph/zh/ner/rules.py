"""Span rules applied on top of the CRF (and alone, as the ``rules`` backend).

Every rule is ``rule(mentions, text, lex) -> mentions``: a small, named, testable step.
The rules live by responsibility in :mod:`~fairgraph.zh.ner.rules_spans` (span clean-up),
:mod:`~fairgraph.zh.ner.rules_orgs` (places, countries, organisations) and
:mod:`~fairgraph.zh.ner.rules_lexicon` (lexicon and overlaps), sharing
:mod:`~fairgraph.zh.ner.rules_common`; this module orders them into :data:`PIPELINE`.

>>> from fairgraph.zh.lexicon import load_lexicon
>>> from fairgraph.zh.ner.rules_common import mention
>>> from fairgraph.zh.ner.rules_spans import split_title_person
>>> text = "副厅长杨某出席"
>>> found = split_title_person([mention(text, 0, 5, "Person")], text, load_lexicon())
>>> [(m.text, m.type) for m in found]
[('副厅长', 'Role'), ('杨某', 'Person')]
"""

from __future__ import annotations

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.names import (
    adjacent_name_pieces,
    hyphenated_names,
    join_dotted_names,
    join_spaced_foreign_names,
    split_person_list,
)
from fairgraph.zh.ner.rules_after_places import (
    districts_after_cities,
    venues_after_cities,
    zones_after_places,
)
from fairgraph.zh.ner.rules_branches import (
    bracketed_place_bodies,
    bracketed_places,
    bracketed_zones,
    department_tails,
    division_departments,
    government_offices,
    join_branches,
    known_place_heads,
    local_departments,
    ministry_departments,
    subsidiaries,
    zone_forms_cut,
)
from fairgraph.zh.ner.rules_foreign import (
    abbreviated_country_pairs,
    extend_minister_title,
    foreign_chambers_in_china,
    foreign_ministries,
    former_states_as_regions,
    ministries_after_jian,
    place_departments,
    split_country_city_body,
    titled_country_short_forms,
)
from fairgraph.zh.ner.rules_levels import (
    board_titles,
    companies_before_board_titles,
    dateline_outlets,
    editor_credits,
    level_title_back,
    reporter_names,
)
from fairgraph.zh.ner.rules_lexicon import (
    fill_from_lexicon,
    group_short_names_before_titles,
    known_companies_win,
    known_orgs_before_verbs,
    known_orgs_over_places,
    prefer_lexicon_titles,
    resolve_overlaps,
)
from fairgraph.zh.ner.rules_misreadings import (
    committee_titles,
    country_stationed_titles,
    cut_at_bringing,
    join_fragments,
    leading_conjunctions,
    names_before_verbs,
    names_ending_in_conjunctions,
    not_in_themes,
    not_sides,
    posts_at_international_bodies,
    stationed_titles,
    title_heads_back,
)
from fairgraph.zh.ner.rules_model import (
    brands_in_lists,
    company_lists,
    cut_at_verbs,
    latin_brands,
    listed_signing_companies,
    place_before_predicate,
    risk_warned_companies,
    signing_companies,
    split_country_brand,
    split_joined_bodies,
    taiwan_investors_associations,
    trim_trailing_words,
    zones_are_places,
)
from fairgraph.zh.ner.rules_orgs import (
    bodies_named_as_fairs,
    connector_heads,
    country_and_noun,
    country_institutes,
    districts_typed_as_bodies,
    extend_org_left,
    extend_org_right,
    fix_types,
    level_governments,
    one_character_places_in_bodies,
    org_subtype,
    place_with_org_suffix,
    split_country_region,
    split_subsidiaries,
    strip_delegation,
)
from fairgraph.zh.ner.rules_phrases import (
    bodies_cut_at_persons,
    china_compounds,
    compound_halves,
    connect_verbs,
    countries_in_names,
    country_company,
    drop_phrases,
    place_runs_into_body,
)
from fairgraph.zh.ner.rules_places import (
    foreign_city_halls,
    foreign_names_typed,
    foreign_place_heads,
    former_after_places,
    lexicon_places_win,
    natural_features,
)
from fairgraph.zh.ner.rules_seams import (
    branch_companies,
    foreign_bodies_before_titles,
    foreign_regions_read_as_persons,
    joined_known_bodies,
    listed_city_halls,
    paper_names_as_bodies,
)
from fairgraph.zh.ner.rules_spans import (
    bracketed_originals,
    cut_at_spaces,
    drop_impossible,
    split_title_person,
    strip_caption_suffix,
    table_cells,
    trim_punctuation,
)
from fairgraph.zh.ner.rules_titles import (
    give_back_title,
    merge_titles,
    name_head_after_title,
    person_after_title,
    split_org_at_title,
    surname_alone,
    titles_taken_by_bodies,
)
from fairgraph.zh.ner.rules_traditions import (
    honorific_names,
    japanese_names,
    tibetan_names,
    transliterated_names_after_titles,
)

#: the rule chain applied to model output, in order
PIPELINE = (
    trim_punctuation,
    cut_at_spaces,
    bracketed_originals,
    table_cells,
    strip_caption_suffix,
    split_title_person,
    known_companies_win,
    known_orgs_before_verbs,
    not_sides,
    names_before_verbs,
    names_ending_in_conjunctions,
    leading_conjunctions,
    not_in_themes,
    join_fragments,
    cut_at_bringing,
    committee_titles,
    join_spaced_foreign_names,
    split_person_list,
    split_joined_bodies,
    cut_at_verbs,
    trim_trailing_words,
    latin_brands,
    place_before_predicate,
    former_after_places,
    drop_phrases,
    dateline_outlets,
    bodies_cut_at_persons,
    place_runs_into_body,
    country_company,
    split_country_region,
    place_with_org_suffix,
    strip_delegation,
    connector_heads,
    split_subsidiaries,
    one_character_places_in_bodies,
    extend_org_left,
    country_institutes,
    extend_org_right,
    split_country_brand,
    split_country_city_body,
    give_back_title,
    titles_taken_by_bodies,
    board_titles,
    companies_before_board_titles,
    split_org_at_title,
    stationed_titles,
    country_stationed_titles,
    title_heads_back,
    known_place_heads,
    department_tails,
    zone_forms_cut,
    division_departments,
    join_branches,
    subsidiaries,
    bracketed_places,
    bracketed_place_bodies,
    bracketed_zones,
    zones_are_places,
    fix_types,
    posts_at_international_bodies,
    districts_typed_as_bodies,
    bodies_named_as_fairs,
    country_and_noun,
    level_title_back,
    foreign_names_typed,
    brands_in_lists,
    company_lists,
    signing_companies,
    listed_signing_companies,
    risk_warned_companies,
    foreign_ministries,
    foreign_chambers_in_china,
    ministries_after_jian,
    place_departments,
    local_departments,
    ministry_departments,
    government_offices,
    drop_impossible,
    prefer_lexicon_titles,
    resolve_overlaps,
    lexicon_places_win,
    natural_features,
    foreign_city_halls,
    listed_city_halls,
    foreign_place_heads,
    known_orgs_over_places,
    joined_known_bodies,
    branch_companies,
    foreign_bodies_before_titles,
    paper_names_as_bodies,
    foreign_regions_read_as_persons,
    fill_from_lexicon,
    group_short_names_before_titles,
    china_compounds,
    compound_halves,
    merge_titles,
    extend_minister_title,
    person_after_title,
    surname_alone,
    name_head_after_title,
    join_dotted_names,
    hyphenated_names,
    adjacent_name_pieces,
    japanese_names,
    transliterated_names_after_titles,
    tibetan_names,
    honorific_names,
    reporter_names,
    editor_credits,
    venues_after_cities,
    zones_after_places,
    districts_after_cities,
    level_governments,
    connect_verbs,
    taiwan_investors_associations,
    org_subtype,
    resolve_overlaps,
    abbreviated_country_pairs,
    titled_country_short_forms,
    countries_in_names,
    former_states_as_regions,
)


def apply_rules(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Run :data:`PIPELINE` over mentions found in ``text``."""
    for rule in PIPELINE:
        ms = rule(ms, text, lex)
    return ms
