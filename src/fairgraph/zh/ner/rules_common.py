"""Shared vocabulary and span helpers of the NER rule chain (:mod:`fairgraph.zh.ner.rules`).

Character classes (punctuation, particles, honorifics), the home-country names, and the small
lexicon look-ups (titles at either end of a span, organisation suffixes) the rules share.

>>> text = "副厅长杨某出席"
>>> mention(text, 0, 3, "Role")
Mention(start=0, end=3, text='副厅长', type='Role', subtype=None, origin='rule')
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon, LexiconMatch

PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』…—·,.;:?!\"'()[]<> \u3000\t\n")
OPEN_CLOSE = {"）": "（", ")": "(", "》": "《", "”": "“", "」": "「"}
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
#: characters that end a name running on after a known part (有 may begin 有限公司)
NAME_STOP = STOP_IN_ORG - {"有"}
#: what a project builds, read as a body when 项目 follows (某某产业园项目, 某某数据中心项目)
PROJECT_HEADS = ("产业园", "工业园", "物流园", "园区", "基地", "中心", "新城", "产业城")
ALNUM = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ&＆\-]+$")


def mention(
    text: str, start: int, end: int, type_: str, subtype: str | None = None, origin: str = "rule"
) -> Mention:
    """A mention of ``text[start:end]``."""
    return Mention(start, end, text[start:end], type_, subtype, origin)


def span_mention(m: Mention, text: str, start: int, end: int, **kw: str | None) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end], **kw)  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def _titles_longest(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.titles, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=8)
def find(lex: Lexicon, text: str) -> tuple[LexiconMatch, ...]:
    """``lex.find(text)``, remembered for the few rules that scan the same text."""
    return tuple(lex.find(text))


@lru_cache(maxsize=4)
def suffix_re(lex: Lexicon) -> re.Pattern[str]:
    """Organisation suffixes of 2+ characters, longest first (so the longest one matches)."""
    longest = sorted((x for x in lex.org_suffixes if len(x) >= 2), key=lambda x: (-len(x), x))
    return re.compile("|".join(re.escape(x) for x in longest))


@lru_cache(maxsize=4)
def long_suffixes(lex: Lexicon) -> tuple[str, ...]:
    """Organisation suffixes of 2+ characters (a name ending in one is a body's full name)."""
    return tuple(x for x in lex.org_suffixes if len(x) >= 2)


def title_prefix(s: str, lex: Lexicon) -> str | None:
    for k in range(min(len(s) - 1, 12), 1, -1):
        if s[:k] in lex.titles:
            return s[:k]
    return None


def title_suffix(s: str, lex: Lexicon) -> str | None:
    for k in range(min(len(s) - 1, 12), 1, -1):
        if s[-k:] in lex.titles:
            return s[-k:]
    return None


#: a run of Han characters (use ``fullmatch`` for "only Han characters")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: a local government or one of its departments or zones, named after its city, province or
#: region (海防市人民委员会, 奥什州政府, 谅山省工贸厅, 某某经济区管理局);
#: use with ``fullmatch``
LOCAL_GOVERNMENT = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:州|省|市|区|县|郡)"
    r"(?:政府|人民委员会|政厅|议会|行政公署|[\u4e00-\u9fff]{1,6}?(?:厅|局|管委会|管理委员会))"
)


def claim_government(out: list[Mention], text: str, start: int, end: int) -> list[Mention]:
    """``out`` with one government Organization over ``start:end`` in place of the mentions
    inside it; unchanged when the name would cut through another mention or swallow a
    person or title."""
    inside = [m for m in out if start <= m.start and m.end <= end]
    if any(m.type in ("Person", "Role") for m in inside) or any(
        m.start < end and start < m.end and m not in inside for m in out
    ):
        return out
    rest = [m for m in out if m not in inside]
    return [*rest, mention(text, start, end, "Organization", "Government")]
