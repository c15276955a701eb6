"""Span rules applied on top of the CRF (and alone, as the ``rules`` backend).

Every rule is ``rule(mentions, text, lex) -> mentions``: a small, named, testable step.

>>> from fairgraph.lexicon import load_lexicon
>>> text = "副厅长杨某出席"
>>> found = split_title_person([mention(text, 0, 5, "Person")], text, load_lexicon())
>>> [(m.text, m.type) for m in found]
[('副厅长', 'Role'), ('杨某', 'Person')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from fairgraph.lexicon import Lexicon, LexiconMatch
from fairgraph.model import Mention
from fairgraph.ner.names import split_person_list

PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』…—·,.;:?!\"'()[]<> \u3000\t\n")
_OPEN_CLOSE = {"）": "（", ")": "(", "》": "《", "”": "“", "」": "「"}
#: characters that end a caption credit after a name: 王某摄
CAPTION_SUFFIXES = ("摄影", "摄", "供图", "报道", "图")
#: single characters that never start (or end) a name
BAD_START = set("的了在是与和及对向为将由把被从于等并也就都又")
BAD_END = set("的了在是与和及对向为将由把被从于等并也")
#: particles that never start / end a name, even one the model proposes
MODEL_BAD_START = set("的了是")
MODEL_BAD_END = set("的了是和与及")
REGION_ENDS = ("州", "省", "邦", "市", "区", "县", "郡", "岛", "大区", "地区")
HONORIFICS = (
    "先生",
    "女士",
    "小姐",
    "老师",
    "师傅",
    "医生",
    "设计师",
    "某",
    "同学",
    "阿姨",
    "老板",
    "律师",
    "警官",
    "大爷",
    "大妈",
    "总",
)
DEICTIC = set("我本该此其")
#: these countries are the home country: a region after them is not split off
HOME = {"中国", "中华人民共和国", "我国"}
#: characters that may separate a place prefix from an organisation head (青海省工业和信息化厅)
_ORG_BODY = re.compile(r"[\u4e00-\u9fff]{1,10}")
STOP_IN_ORG = set("的在是与及对向为将由把被从于等并也就都又召开举行出席表示有个旁")
_ALNUM = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ&＆\-]+$")


def mention(
    text: str, start: int, end: int, type_: str, subtype: str | None = None, origin: str = "rule"
) -> Mention:
    """A mention of ``text[start:end]``."""
    return Mention(start, end, text[start:end], type_, subtype, origin)


def _span(m: Mention, text: str, start: int, end: int, **kw: str | None) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end], **kw)  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def _titles_longest(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.titles, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=8)
def _find(lex: Lexicon, text: str) -> tuple[LexiconMatch, ...]:
    """``lex.find(text)``, remembered for the few rules that scan the same text."""
    return tuple(lex.find(text))


@lru_cache(maxsize=4)
def _suffix_re(lex: Lexicon) -> re.Pattern[str]:
    """Organisation suffixes of 2+ characters, longest first (so the longest one matches)."""
    longest = sorted((x for x in lex.org_suffixes if len(x) >= 2), key=lambda x: (-len(x), x))
    return re.compile("|".join(re.escape(x) for x in longest))


def _title_prefix(s: str, lex: Lexicon) -> str | None:
    for k in range(min(len(s) - 1, 12), 1, -1):
        if s[:k] in lex.titles:
            return s[:k]
    return None


def _title_suffix(s: str, lex: Lexicon) -> str | None:
    for k in range(min(len(s) - 1, 12), 1, -1):
        if s[-k:] in lex.titles:
            return s[-k:]
    return None


def trim_punctuation(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Strip punctuation at either end of a span (a closing bracket opened inside stays)."""
    out = []
    for m in ms:
        s, e = m.start, m.end
        while s < e and text[s] in PUNCT:
            s += 1
        while e > s and text[e - 1] in PUNCT:
            opener = _OPEN_CLOSE.get(text[e - 1])
            if opener and opener in text[s : e - 1]:
                break
            e -= 1
        if e > s:
            out.append(m if (s, e) == (m.start, m.end) else _span(m, text, s, e))
    return out


def strip_caption_suffix(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """王某摄 → 王某: a person span swallowing the photo-credit character loses it."""
    out = []
    for m in ms:
        if m.type == "Person":
            for suf in CAPTION_SUFFIXES:
                if m.text.endswith(suf) and len(m.text) - len(suf) >= 2:
                    m = _span(m, text, m.start, m.end - len(suf))
                    break
        out.append(m)
    return out


def split_title_person(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """副厅长杨某 → Role 副厅长 + Person 杨某 (also 杨某副厅长 → Person + Role)."""
    out = []
    for m in ms:
        if m.type == "Person":
            pre = _title_prefix(m.text, lex)
            if pre and len(m.text) - len(pre) >= 2:
                cut = m.start + len(pre)
                out += [mention(text, m.start, cut, "Role"), _span(m, text, cut, m.end)]
                continue
            suf = _title_suffix(m.text, lex)
            if suf and len(m.text) - len(suf) >= 2:
                cut = m.end - len(suf)
                out += [_span(m, text, m.start, cut), mention(text, cut, m.end, "Role")]
                continue
        out.append(m)
    return out


DELEGATIONS = ("代表团", "考察团", "访问团", "经贸团", "代表处")


def _country_prefix(s: str, lex: Lexicon) -> str | None:
    for k in range(min(len(s) - 2, 16), 1, -1):
        if s[:k] in lex.countries and s[:k] not in HOME:
            return s[:k]
    return None


def split_country_region(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """吉尔吉斯共和国伊塞克湖州 → Country 吉尔吉斯共和国 + Place 伊塞克湖州.

    Only a country name of 4+ characters followed by a region of 3+ characters ending in a
    region word (州, 省, 邦, 市 …) is split; 美国加州 stays one place, as annotators keep it.
    """
    out = []
    for m in ms:
        if m.type in ("Place", "Country") and m.text not in lex.countries:
            pre = _country_prefix(m.text, lex)
            rest = m.text[len(pre) :] if pre else ""
            if pre and rest.startswith("驻"):  # 蒙古国驻华 (大使) → 蒙古国
                out.append(_span(m, text, m.start, m.start + len(pre), type="Country"))
                continue
            if (
                pre
                and len(pre) >= 4
                and len(rest) >= 3
                and rest[0] not in "驻的人"
                and rest.endswith(REGION_ENDS)
            ):
                cut = m.start + len(pre)
                out += [
                    mention(text, m.start, cut, "Country", origin=m.origin),
                    _span(m, text, cut, m.end, type="Place"),
                ]
                continue
        out.append(m)
    return out


def _place_before(text: str, pos: int, lex: Lexicon) -> int | None:
    """Start of a place/country name ending at ``pos`` (longest), or None."""
    for k in range(min(pos, 12), 1, -1):
        name = text[pos - k : pos]
        if name in lex.places or name in lex.countries:
            return pos - k
    return None


def extend_org_left(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Grow an organisation leftwards over 360/ABC prefixes and over place prefixes.

    信息化厅 after 青海省工业和 → 青海省工业和信息化厅 (a place, then up to 5 Han
    characters with no function word, then a short government-body span); 人民法院 after
    深圳福田区 → 深圳福田区人民法院; 数字安全集团有限公司 after 360 → 360数字安全集团有限公司.
    """
    out = []
    for m in ms:
        if m.type == "Organization":
            s = m.start
            alnum = _ALNUM.search(text, max(0, s - 8), s)
            if (
                alnum
                and alnum.end() == s
                and (alnum.start() == 0 or not _ALNUM.match(text[alnum.start() - 1]))
                and m.text.endswith(tuple(x for x in lex.org_suffixes if len(x) >= 2))
                and any(c.isdigit() or c.isupper() for c in alnum.group())
            ):
                s = alnum.start()
            if s == m.start and len(m.text) <= 5 and m.text.endswith(lex.gov_suffixes):
                for k in range(1, 6):
                    q = s - k
                    if q < 0 or text[q] in PUNCT or text[q] in STOP_IN_ORG:
                        break
                    p = _place_before(text, q, lex)
                    if p is not None:
                        s = p
                        break
            for _ in range(3 if s == m.start else 0):
                p = _place_before(text, s, lex)
                if p is None:
                    break
                s = p
            if s != m.start:
                m = _span(m, text, s, m.end)
        out.append(m)
    return out


def extend_org_right(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """青海省人民 + 政府 → 青海省人民政府: take an organisation suffix that follows directly."""
    out = []
    for m in ms:
        if m.type == "Organization" and not m.text.endswith(("公司", "集团", "政府", "银行")):
            hit = _suffix_re(lex).match(text, m.end)
            if hit and hit.group() not in DELEGATIONS:
                e = hit.end()
                if not (e < len(text) and text[e] == "长"):
                    m = _span(m, text, m.start, e)
        out.append(m)
    return out


def place_with_org_suffix(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """甘肃省 + 人民政府 → Organization 甘肃省人民政府 (a place directly followed by an
    organisation suffix of 2+ characters, not a title such as 省长)."""
    out = []
    for m in ms:
        if m.type == "Place" and m.text not in lex.countries:  # 中国政府 stays 中国 + 政府
            hit = _suffix_re(lex).match(text, m.end)
            if hit:
                e = hit.end()
                if not (e < len(text) and text[e] == "长"):
                    m = _span(m, text, m.start, e, type="Organization")
        out.append(m)
    return out


def strip_delegation(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """新疆生产建设兵团代表团 → 新疆生产建设兵团: a delegation names its sender."""
    out = []
    for m in ms:
        if m.type == "Organization" and m.text.endswith(DELEGATIONS[:4]):
            head = m.text[:-3]
            if head in lex.countries:
                m = _span(m, text, m.start, m.end - 3, type="Country", subtype=None)
            elif head in lex.places:
                m = _span(m, text, m.start, m.end - 3, type="Place", subtype=None)
            elif head in lex.organizations or head.endswith(lex.org_suffixes):
                m = _span(m, text, m.start, m.end - 3)
        out.append(m)
    return out


def fix_types(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Lexicon knowledge wins on exact names: countries → Country, divisions → Place."""
    out = []
    for m in ms:
        if m.type in ("Place", "Organization", "Country"):
            if lex.country_of(m.text) is not None:
                m = replace(m, type="Country", subtype=None)
            elif m.type == "Country":
                m = replace(m, type="Place")
            elif m.type == "Organization" and lex.place_of(m.text) is not None:
                m = replace(m, type="Place", subtype=None)
        out.append(m)
    return out


def org_subtype(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Government / Company / Other from the lexicon, then from the name's suffix."""
    out = []
    for m in ms:
        if m.type == "Organization":
            entry = lex.org_of(m.text)
            if entry is not None:
                sub: str | None = entry.kind
            elif m.text.endswith(lex.company_suffixes):
                sub = "Company"
            elif m.text.endswith(lex.gov_suffixes):
                sub = "Government"
            elif m.text.endswith(lex.org_suffixes):
                sub = "Other"
            else:
                sub = m.subtype
            m = replace(m, subtype=sub)
        out.append(m)
    return out


def drop_impossible(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Drop names that cannot be names: a single character (the model's 中/美 abbreviations
    excepted), spans starting or ending with a particle (的, 了 …; for other sources also
    与, 和, 对 …) or punctuation, digit-bearing or overlong persons, spans without letters.
    """
    out = []
    for m in ms:
        t = m.text
        model = m.origin in ("crf", "lac")
        if len(t) < 2 and not (model and m.origin == "crf"):
            continue
        if len(t) < 2 and m.type == "Person" and text.startswith(HONORIFICS, m.end):
            continue  # 黄设计师, 薛先生: a bare surname is not a name
        bad_start, bad_end = (MODEL_BAD_START, MODEL_BAD_END) if model else (BAD_START, BAD_END)
        if t[0] in bad_start or t[-1] in bad_end or t[0] in PUNCT or t[-1] in PUNCT:
            continue
        if m.type == "Person" and (any(c.isdigit() for c in t) or len(t) > 12):
            continue
        if all(not ("\u4e00" <= c <= "\u9fff") and not c.isalpha() for c in t):
            continue
        out.append(m)
    return out


def fill_from_lexicon(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Add lexicon countries, places, organisations and titles where nothing was found."""
    taken = [False] * (len(text) + 1)
    for m in ms:
        for i in range(m.start, m.end):
            taken[i] = True
    out = list(ms)
    for lm in _find(lex, text):
        if lm.type == "Fair" or any(taken[lm.start : lm.end]) or lm.text[0] in DEICTIC:
            continue  # 我国, 本市, 该省 refer to a name but are not one
        out.append(Mention(lm.start, lm.end, lm.text, lm.type, lm.subtype, "lexicon"))
    return out


def prefer_lexicon_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """驻华大使: a known title of 3+ characters wins over one-character names inside it."""
    titles = [t for t in _find(lex, text) if t.type == "Role" and t.end - t.start >= 3]
    if not titles:
        return ms
    out = list(ms)
    for t in titles:
        inside = [m for m in out if m.overlaps(Mention(t.start, t.end, t.text, "Role"))]
        if inside and all(len(m.text) == 1 and t.start <= m.start for m in inside):
            out = [m for m in out if m not in inside]
            out.append(Mention(t.start, t.end, t.text, "Role", None, "lexicon"))
    return out


def resolve_overlaps(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Keep non-overlapping mentions: model and rule spans first, then longer ones."""
    prio = {"crf": 0, "lac": 0, "rule": 1, "lexicon": 2}
    ranked = sorted(ms, key=lambda m: (prio.get(m.origin, 3), m.start - m.end, m.start, m.type))
    kept: list[Mention] = []
    for m in ranked:
        if not any(m.overlaps(k) for k in kept):
            kept.append(m)
    return sorted(kept)


#: the rule chain applied to model output, in order
PIPELINE = (
    trim_punctuation,
    strip_caption_suffix,
    split_title_person,
    split_person_list,
    split_country_region,
    place_with_org_suffix,
    strip_delegation,
    extend_org_left,
    extend_org_right,
    fix_types,
    drop_impossible,
    prefer_lexicon_titles,
    resolve_overlaps,
    fill_from_lexicon,
    org_subtype,
    resolve_overlaps,
)


def apply_rules(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Run :data:`PIPELINE` over mentions found in ``text``."""
    for rule in PIPELINE:
        ms = rule(ms, text, lex)
    return ms
