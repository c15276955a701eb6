"""Branches and offices of a body: 某银行股份有限公司|北京市分行, 某某机构|北京代表处.

A model often cuts a branch's name after its parent body, or keeps only the branch
(北京代表处); the branch is one organisation with its parent's name in front.  Every rule is
``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.ner.rules`).
"""

from __future__ import annotations

import re

from fairgraph.lexicon import Lexicon
from fairgraph.model import Mention
from fairgraph.ner.rules_common import PUNCT, mention

#: a branch or office named by its place: 北京市分行, 上海代表处, 分公司
BRANCH = re.compile(r"([\u4e00-\u9fff]{0,6}?)(?:分行|支行|分公司|代表处|办事处|分院|分社|营业部)")
#: how far left a parent body's name may reach when the model did not tag it
_MAX_PARENT = 12
#: words that point back to a body named before (该公司, 本集团, 其子公司)
_POINTING = set("该本此这其各")


def _is_branch(m: Mention, lex: Lexicon) -> bool:
    hit = BRANCH.fullmatch(m.text)
    if m.type != "Organization" or hit is None:
        return False
    place = hit.group(1)
    return not place or bool(lex.place_of(place) or lex.foreign_place_of(place))


def _parent_start(ms: list[Mention], text: str, branch: Mention, lex: Lexicon) -> int | None:
    """Where the parent body written right before ``branch`` begins, or None."""
    before = [m for m in ms if m.end <= branch.start]
    last = before[-1] if before else None
    if last is not None and last.end == branch.start:
        return last.start if last.type == "Organization" else None
    floor = last.end if last is not None else 0
    start = branch.start
    while start > floor and text[start - 1] not in PUNCT and branch.start - start < _MAX_PARENT:
        start -= 1
    delimited = start == floor or text[start - 1] in PUNCT
    run = text[start : branch.start]
    if not delimited or len(run) < 3 or not run.endswith((*lex.org_suffixes, "机构")):
        return None
    if run[0] in _POINTING:
        return None  # 该公司|北京分公司: the body is named elsewhere
    if last is not None and last.end == start and lex.country_of(last.text) is not None:
        return last.start  # 日本|贸易振兴机构|北京代表处
    return start


def join_branches(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A branch or office written right after its parent body is one organisation.

    >>> from fairgraph.lexicon import load_lexicon
    >>> text = "某某银行股份有限公司北京市分行与某公司签约"
    >>> ms = [mention(text, 0, 10, "Organization"), mention(text, 10, 15, "Organization")]
    >>> [m.text for m in join_branches(ms, text, load_lexicon())]
    ['某某银行股份有限公司北京市分行']
    >>> text = "日本贸易振兴机构北京代表处首席代表"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 8, 13, "Organization")]
    >>> [m.text for m in join_branches(ms, text, load_lexicon())]
    ['日本贸易振兴机构北京代表处']
    """
    out = sorted(ms)
    for branch in [m for m in out if _is_branch(m, lex)]:
        start = _parent_start(out, text, branch, lex)
        if start is None:
            continue
        inside = [m for m in out if start <= m.start and m.end <= branch.end]
        if any(m.type in ("Person", "Role") for m in inside):
            continue
        whole = mention(text, start, branch.end, "Organization", origin=branch.origin)
        out = sorted([m for m in out if m not in inside] + [whole])
    return out
