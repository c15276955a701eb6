"""Span clean-up rules: punctuation, caption credits, title+name splits, impossible names.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "（王某）"
>>> [m.text for m in trim_punctuation([mention(text, 0, 4, "Person")], text, load_lexicon())]
['王某']
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.rules_common import (
    BAD_END,
    BAD_START,
    CAPTION_SUFFIXES,
    HONORIFICS,
    MODEL_BAD_END,
    MODEL_BAD_START,
    OPEN_CLOSE,
    PUNCT,
    mention,
    span_mention,
    title_prefix,
    title_suffix,
)

_OPENERS = frozenset("（([【《“")
_CLOSERS = frozenset("）)]】》”")


def trim_punctuation(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Strip punctuation at either end of a span (a closing bracket opened inside stays); a
    person's name ends before a bracket it opens and does not close (欧文(某某 is 欧文 and the
    name in brackets after it).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "小天王欧文(余某某)驾驶"
    >>> [m.text for m in trim_punctuation([mention(text, 3, 9, "Person")], text, load_lexicon())]
    ['欧文']
    """
    out = []
    for m in ms:
        s, e = m.start, m.end
        while s < e and text[s] in PUNCT:
            s += 1
        if m.type == "Person":
            opened = next((i for i in range(s, e) if text[i] in _OPENERS), None)
            if opened is not None and not any(text[i] in _CLOSERS for i in range(opened, e)):
                e = opened
        while e > s and text[e - 1] in PUNCT:
            opener = OPEN_CLOSE.get(text[e - 1])
            if opener and opener in text[s : e - 1]:
                break
            e -= 1
        if e > s:
            out.append(m if (s, e) == (m.start, m.end) else span_mention(m, text, s, e))
    return out


def cut_at_spaces(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A model organisation that runs over a space past its company or body suffix ends at
    the suffix (某某股份有限公司 投资协议: a table's columns, not one name).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "甲乙股份有限公司 投资协议"
    >>> [m.text for m in cut_at_spaces([mention(text, 0, 11, "Organization")], text,
    ...     load_lexicon())]
    ['甲乙股份有限公司']
    >>> text = "1　某某生产基地　甲县人民政府—乙公司"
    >>> [m.text for m in cut_at_spaces([mention(text, 2, 15, "Organization")], text,
    ...     load_lexicon())]
    ['甲县人民政府']
    """
    out = []
    for m in ms:
        gap = next((i for i, ch in enumerate(m.text) if ch in " \u3000\t"), None)
        if m.type == "Organization" and gap and m.text[:gap].endswith(lex.org_suffixes):
            m = span_mention(m, text, m.start, m.start + gap)
        elif m.type == "Organization" and gap:
            if m.text[:gap].isdigit() and _HAN.match(text, m.end):
                continue  # 6    煤矿区光伏|及储能…: a row's number and a piece of its project cell
            if all(cell in _SIDE_HEADS for cell in m.text.split()):
                continue  # 甲方    乙方: a table's column heads
            m = _last_cell(m, text, lex)
        out.append(m)
    return out


#: a name in Latin letters (a foreign body's or person's own spelling)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'’ -]*")


def bracketed_originals(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A name in Latin letters in brackets right after a person (克劳斯·韦伯（Klaus Weber）) is
    the person's own spelling, no organisation; a model span running out of the brackets
    (AES Corporation）签署…) ends at them first. (After a body, 某某公司（Iberdrola）, the Latin
    name stays a mention: it is how an English report of the same event names the body.)

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "参赞克劳斯·韦伯（Klaus Weber）见证"
    >>> ms = [mention(text, 2, 8, "Person"), mention(text, 9, 20, "Organization")]
    >>> [m.text for m in bracketed_originals(ms, text, load_lexicon())]
    ['克劳斯·韦伯']
    >>> text = "甲电力公司与美国某某电力公司（AES Corporation）签署协议"
    >>> ms = [mention(text, 6, 14, "Organization"), mention(text, 15, 34, "Organization")]
    >>> [m.text for m in bracketed_originals(ms, text, load_lexicon())]
    ['美国某某电力公司', 'AES Corporation']
    """
    out: list[Mention] = []
    for m in sorted(ms):
        opened = m.start > 0 and text[m.start - 1] in "（("
        if m.type == "Organization" and opened:
            shut = next((i for i, ch in enumerate(m.text) if ch in "）)"), None)
            if shut and _LATIN_NAME.fullmatch(m.text[:shut]):  # AES Corporation）签署…: ends at
                # its bracket (a Chinese name's bracketed place, 青海）进出口有限公司, goes on)
                m = span_mention(m, text, m.start, m.start + shut)
        before = next((x for x in out if x.end == m.start - 1), None)
        if (
            m.type == "Organization"
            and opened
            and text[m.end : m.end + 1] in ("）", ")")
            and _LATIN_NAME.fullmatch(m.text)
            and before is not None
            and before.type == "Person"
        ):
            continue
        out.append(m)
    return out


#: the heads of a table's columns of signing sides (甲方, 乙方, 签约方 …): no names
_SIDE_HEADS = frozenset(("甲方", "乙方", "丙方", "丁方", "签约方", "投资方", "合作方", "签约单位"))
#: a Chinese character (a table's cells of Chinese text are parted by spaces, names are not)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: the gaps between a table row's cells
_GAPS = re.compile(r"[ \u3000\t]+")


def _last_cell(m: Mention, text: str, lex: Lexicon) -> Mention:
    """A model organisation that opens in an earlier cell of a table row (1　某某生产基地　某县
    人民政府) is the body of its last cell, when that cell ends the span as a body does, Chinese
    stands on either side of the space (Latin names keep their spaces) and the line has cells
    (two gaps or more)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(_GAPS.findall(line)) < 2:
        return m  # (one space is no table: 某某日报客户端讯 某市人民政府 is a dateline)
    cut = max(m.text.rfind(ch) for ch in " \u3000\t") + 1
    cell = m.text[cut:]
    lead = m.text[:cut].rstrip(" \u3000\t")
    if (
        len(cell) >= 3
        and cell.endswith(lex.org_suffixes)
        and _HAN.match(cell)
        and (_HAN.match(lead[-1:]) or lead[-1:].isdigit())
    ):
        return span_mention(m, text, m.start + cut, m.end)
    return m


def strip_caption_suffix(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """王某摄 → 王某: a person span swallowing the photo-credit character loses it."""
    out = []
    for m in ms:
        if m.type == "Person":
            for suf in CAPTION_SUFFIXES:
                if m.text.endswith(suf) and len(m.text) - len(suf) >= 2:
                    m = span_mention(m, text, m.start, m.end - len(suf))
                    break
        out.append(m)
    return out


def split_title_person(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """副厅长杨某 → Role 副厅长 + Person 杨某 (also 杨某副厅长 → Person + Role)."""
    out = []
    for m in ms:
        if m.type == "Person":
            pre = title_prefix(m.text, lex)
            if pre and len(m.text) - len(pre) >= 2:
                cut = m.start + len(pre)
                out += [mention(text, m.start, cut, "Role"), span_mention(m, text, cut, m.end)]
                continue
            suf = title_suffix(m.text, lex)
            if suf and len(m.text) - len(suf) >= 2:
                cut = m.end - len(suf)
                out += [span_mention(m, text, m.start, cut), mention(text, cut, m.end, "Role")]
                continue
        out.append(m)
    return out


#: the origin of a name that ends with 和/与 because punctuation follows (闵某和，)
NAME_WITH_CONJUNCTION = "name-end"


#: the positions a photo caption names its people by (左起, 右二, 左一)
_CAPTION_POSITION = re.compile(r"[左右](?:起|[一二三四五六七八九十]{1,2})")


def drop_impossible(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Drop names that cannot be names: a single character (the model's 中/美 abbreviations
    excepted), spans starting or ending with a particle (的, 了 …; for other sources also
    与, 和, 对 …) or punctuation, digit-bearing or overlong persons, spans without letters, a
    photo caption's positions (左起, 右二).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "左起：张某某、李某某"
    >>> [m.text for m in drop_impossible([mention(text, 0, 2, "Person", origin="crf"),
    ...     mention(text, 3, 6, "Person", origin="crf")], text, load_lexicon())]
    ['张某某']
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
        if t[0] in bad_start or t[0] in PUNCT or t[-1] in PUNCT:
            continue
        if t[-1] in bad_end and m.origin != NAME_WITH_CONJUNCTION:
            continue
        if m.type == "Person" and (any(c.isdigit() for c in t) or len(t) > 12):
            continue
        if m.type == "Person" and _CAPTION_POSITION.fullmatch(t):
            continue  # 左起：某某、某某 / 右二为某某: a photo caption's position, not 左某
        if all(not ("\u4e00" <= c <= "\u9fff") and not c.isalpha() for c in t):
            continue
        out.append(m)
    return out


#: a cell of a table row: text between gaps of two spaces or more (or tabs)
_CELL = re.compile(r"[^ \t\u3000\n]+(?: [^ \t\u3000\n]+)*")


def table_cells(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """In a table written as plain text (lines of three cells or more parted by two spaces or
    more), a cell, or a part of one between 、 or a dash, that ends as a company's or a
    government body's name does (not a project's: 产业园, 中心) is that organisation whole,
    whatever the model read in it (晋中煤业集团有限公司 read as the place 晋中): a cell is
    delimited as no sentence's name is.
    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> from fairgraph.zh.ner.rules_common import mention
    >>> text = "1  光伏项目  晋中煤业集团有限公司  某某能源公司、某某电力公司  36"
    >>> ms = [mention(text, 10, 12, "Place")]
    >>> [m.text for m in table_cells(ms, text, load_lexicon()) if m.type == "Organization"]
    ['晋中煤业集团有限公司', '某某能源公司', '某某电力公司']
    """
    if "  " not in text and "\t" not in text:
        return ms
    out = sorted(ms)
    at = 0
    for line in text.split("\n"):
        cells = list(_CELL.finditer(line))
        if len(cells) >= 3 and len(_GAPS.findall(line.strip())) >= 2:
            for cell in cells:
                start = at + cell.start()
                for part in re.finditer(r"[^、—－–/／]+", cell.group()):  # (甲—乙: two names)
                    a, b = start + part.start(), start + part.end()
                    name = text[a:b]
                    if (
                        len(name) < 4
                        or not _HAN.match(name)
                        or not name.endswith((*lex.company_suffixes, *lex.gov_suffixes))
                        or any(c in name for c in " ，。；：")
                    ):
                        continue
                    if any(m.start == a and m.end == b and m.type == "Organization" for m in out):
                        continue
                    if any(m.start < a < m.end or m.start < b < m.end for m in out):
                        continue  # a mention runs out of the cell: leave it to the other rules
                    out = [m for m in out if not (a <= m.start and m.end <= b)]
                    out.append(mention(text, a, b, "Organization", origin="rule"))
            out.sort()
        at += len(line) + 1
    return out
