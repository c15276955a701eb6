"""Titles a model fused with a body or cut in two: 泰国国务部|长, 首席|部长, 泰国驻成都总领事甘某.

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "泰国国务部长马某出席"
>>> ms = [mention(text, 0, 5, "Organization"), mention(text, 6, 8, "Person")]
>>> [(m.text, m.type) for m in give_back_title(ms, text, load_lexicon())]
[('泰国', 'Country'), ('国务部长', 'Role'), ('马某', 'Person')]
"""

from __future__ import annotations

from functools import lru_cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.names import DOUBLE_SURNAMES as _DOUBLES
from fairgraph.zh.ner.names import SURNAMES, starts_with_surname
from fairgraph.zh.ner.rules_common import HAN_RUN, mention, span_mention, suffix_re

#: the longest title looked for inside a span
_MAX_TITLE = 8
#: a holder and a second post joined in one span: 副总理|兼|商业部
CONCURRENT = "兼"


#: endings of a news outlet's name, which holds its reporters' posts (某某日报|记者)
_OUTLET_ENDS = ("日报", "晚报", "早报", "报社", "电视台", "广播电视台", "通讯社", "新闻社")


def _holder_type(name: str, lex: Lexicon) -> str | None:
    """The type of a name standing before a title: a country, a place or a body, else None.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _holder_type("泰国", lex), _holder_type("省商务厅", lex), _holder_type("有关", lex)
    ('Country', 'Organization', None)
    """
    if len(name) < 2:
        return None
    if lex.country_of(name) is not None:
        return "Country"
    if lex.place_of(name) is not None:
        return "Place"
    if lex.org_of(name) is not None or name.endswith((*lex.org_suffixes, *_OUTLET_ENDS)):
        return "Organization"
    return None


def _title_cut(text: str, m: Mention, lex: Lexicon) -> tuple[int, str | None] | None:
    """Where a title ending with the 长 after ``m`` begins, and the type of what stays before.

    The longest title wins whose remaining head is empty or a country, place or body.
    """
    for k in range(min(len(m.text), _MAX_TITLE), 0, -1):
        cut = m.end - k
        if text[cut : m.end + 1] not in lex.titles:
            continue
        if cut == m.start:
            return cut, None
        kind = _holder_type(text[m.start : cut], lex)
        if kind is not None:
            return cut, kind
    return None


def _suffix_through(text: str, m: Mention, lex: Lexicon) -> int | None:
    """End of an organisation suffix that begins inside ``m`` and runs past it (部|长会议).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "古巴部长会议"
    >>> _suffix_through(text, mention(text, 0, 3, "Organization"), load_lexicon())
    6
    """
    for k in range(min(len(m.text) - 1, 3), 0, -1):
        hit = suffix_re(lex).match(text, m.end - k)
        if hit and hit.end() > m.end:
            return hit.end()
    return None


def give_back_title(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """An organisation span that took the first part of a title ending in 长 gives it back.

    省商务厅厅|长 → 省商务厅 + 厅长; 泰国国务部|长 → 泰国 + 国务部长 (the longest known title
    ending with the 长; what stays before it must be a country, place or body).  When the 长
    begins the rest of a body's ending (古巴部|长会议) the organisation takes it instead.
    """
    out = sorted(ms)
    for m in list(out):
        if m.type != "Organization" or not text.startswith("长", m.end):
            continue
        if any(k.start <= m.end < k.end for k in out):
            continue  # the 长 already belongs to another mention
        body_end = _suffix_through(text, m, lex)
        if body_end is not None:  # 古巴部|长会议: the 长 begins the body's own ending
            out[out.index(m)] = span_mention(m, text, m.start, body_end)
            continue
        found = _title_cut(text, m, lex)
        if found is None:
            continue
        cut, kind = found
        out.remove(m)
        if kind is not None:
            out.append(span_mention(m, text, m.start, cut, type=kind, subtype=None))
        out.append(mention(text, cut, m.end + 1, "Role", origin=m.origin))
    return sorted(out)


def titles_taken_by_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """An organisation span that took the first characters of the title right after it gives
    them back when the rest is still a whole body (某国驻华使馆商务|参赞 → 某国驻华使馆 +
    商务参赞).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某国驻华使馆商务参赞某某"
    >>> ms = [mention(text, 0, 8, "Organization"), mention(text, 8, 10, "Role")]
    >>> [m.text for m in titles_taken_by_bodies(ms, text, load_lexicon())]
    ['某国驻华使馆', '商务参赞']
    """
    out = sorted(ms)
    for i in range(len(out) - 1):
        body, role = out[i], out[i + 1]
        if body.type != "Organization" or role.type != "Role" or role.start != body.end:
            continue
        for k in range(1, min(4, len(body.text) - 2) + 1):
            head = body.text[:-k]
            if body.text[-k:] + role.text in lex.titles and head.endswith(lex.org_suffixes):
                cut = body.end - k
                out[i] = span_mention(body, text, body.start, cut)
                out[i + 1] = mention(text, cut, role.end, "Role", origin=role.origin)
                break
    return out


def merge_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Title pieces that together spell a known title become one: 首席|部长 → 首席部长.

    Pieces may be adjacent or separated by characters no mention covers (部长|级|政务部长).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "首席部长出席"
    >>> ms = [mention(text, 0, 2, "Role"), mention(text, 2, 4, "Role")]
    >>> [m.text for m in merge_titles(ms, text, load_lexicon())]
    ['首席部长']
    """
    out = sorted(ms)
    i = 0
    while i < len(out):
        first = out[i]
        merged = None
        for j in range(i + 1, len(out)):
            last = out[j]
            if last.type != "Role" or last.end - first.start > _MAX_TITLE + 2:
                break
            if text[first.start : last.end] in lex.titles and all(
                m.type == "Role" for m in out[i : j + 1]
            ):
                merged = j
        if first.type == "Role" and merged is not None:
            piece = mention(text, first.start, out[merged].end, "Role", origin=first.origin)
            out[i : merged + 1] = [piece]
        i += 1
    return out


def _title_inside(name: str, lex: Lexicon) -> tuple[int, str] | None:
    """The leftmost, then longest, known title inside ``name`` after its first two characters."""
    for pos in range(2, len(name) - 1):
        for size in range(min(_MAX_TITLE, len(name) - pos), 1, -1):
            if name[pos : pos + size] in lex.titles:
                return pos, name[pos : pos + size]
    return None


@lru_cache(maxsize=4)
def _longest_title(lex: Lexicon) -> int:
    return max(map(len, lex.titles), default=0)


def title_at(text: str, pos: int, lex: Lexicon) -> str | None:
    """The longest known title that begins at ``pos``, or None.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> title_at("驻华首席代表某某", 2, load_lexicon())
    '首席代表'
    """
    for size in range(min(_longest_title(lex), len(text) - pos), 1, -1):
        if text[pos : pos + size] in lex.titles:
            return text[pos : pos + size]
    return None


def _shorter_title(name: str, pos: int, title: str, lex: Lexicon) -> tuple[int, str]:
    """The title at ``pos``, or a shorter title ending with it when only that leaves a known
    holder before it (某某北京市|分公司总经理 → 某某北京市分公司|总经理).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> _shorter_title("某某集团北京市分公司总经理", 7, "分公司总经理", load_lexicon())
    (10, '总经理')
    """
    if _holder_type(name[:pos], lex) is not None:
        return pos, title
    for k in range(1, len(title) - 1):
        if title[k:] in lex.titles and _holder_type(name[: pos + k], lex) is not None:
            return pos + k, title[k:]
    return pos, title


def _rest_type(rest: str, lex: Lexicon) -> str | None:
    """What follows a title inside one span: a name (Person), 兼 + a body, or nothing."""
    if not rest:
        return ""
    if rest.startswith(CONCURRENT):
        body = rest[len(CONCURRENT) :]
        return "Organization" if len(body) >= 2 and body.endswith(lex.org_suffixes) else None
    if 2 <= len(rest) <= 4 and HAN_RUN.fullmatch(rest) and starts_with_surname(rest):
        return "Person"
    if "·" in rest and len(rest) >= 4:
        return "Person"
    return None


def split_org_at_title(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """An organisation span holding a title is its holder, the title and what follows.

    泰国驻成都总领事甘某 → Country + Role 驻成都总领事 + Person 甘某; 柬埔寨副总理兼商业部 →
    Country + Role 副总理 + Organization 商业部.  Spans ending like a body (某某代表处) stay.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "泰国驻成都总领事甘某出席"
    >>> found = split_org_at_title([mention(text, 0, 10, "Organization")], text, load_lexicon())
    >>> [(m.text, m.type) for m in found]
    [('泰国', 'Country'), ('驻成都总领事', 'Role'), ('甘某', 'Person')]
    """
    out: list[Mention] = []
    for m in ms:
        hit = None
        if m.type == "Organization" and (
            CONCURRENT in m.text or not m.text.endswith(lex.org_suffixes)
        ):
            hit = _title_inside(m.text, lex)
        if hit is None:
            out.append(m)
            continue
        pos, title = _shorter_title(m.text, *hit, lex)
        kind = _holder_type(m.text[:pos], lex)
        rest = m.text[pos + len(title) :]
        rest_kind = _rest_type(rest, lex)
        if kind is None or rest_kind is None:
            out.append(m)
            continue
        cut, end = m.start + pos, m.start + pos + len(title)
        out.append(span_mention(m, text, m.start, cut, type=kind, subtype=None))
        out.append(mention(text, cut, end, "Role", origin=m.origin))
        if rest_kind == "Organization":
            out.append(mention(text, end + len(CONCURRENT), m.end, rest_kind, origin=m.origin))
        elif rest_kind:
            out.append(mention(text, end, m.end, rest_kind, origin=m.origin))
    return sorted(out)


#: words that may follow a name introduced by a title (副厅长逯某主持会议)
NAME_CUES = tuple(
    str.split(
        "表示 说 介绍 指出 强调 致辞 主持 出席 讲话 宣布 会见 参加 参观 在 与 和 及 等 一行 "
        "分别 同 对 为 率 带领 见证 签 共同 也 还 发表 作 向 就 认为 希望 透露 回答 提出 "
        "接受 将 是 的 会 致 宣读 代表 陪同 主持人 先生 女士 座谈 会谈 交流 调研 考察 "
        "应邀 作 受邀 一同"
    )
)
#: characters that never stand in a given name after its surname (说, 的, 省 …)
NOT_GIVEN = set("的了在是与和及对向为将由把被从于等并也就都又说表示指出暨摄省市县区委会长部厅局")
_END_PUNCT = set("，。、；：？！“”‘’（）《》【】「」…—,.;:?!\"'()[] \u3000\t\n")


def _name_at(text: str, pos: int) -> int | None:
    """End of a Chinese name starting at ``pos`` and ending at a boundary, longest first."""
    sizes = (4, 3) if text.startswith(_DOUBLES, pos) else (3, 2)
    for size in sizes:
        end = pos + size
        word = text[pos:end]
        if len(word) < size or not HAN_RUN.fullmatch(word) or not starts_with_surname(word):
            continue
        if word[0] in SURNAMES and not word.startswith(_DOUBLES):
            continue  # frequent surnames are the model's (and title_names') work
        given = word[2:] if word.startswith(_DOUBLES) else word[1:]
        if not given or any(c in NOT_GIVEN for c in given):
            continue
        if end == len(text) or text[end] in _END_PUNCT or text.startswith(NAME_CUES, end):
            return end
    return None


def person_after_title(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A name with a rare or double surname right after a title is a person (副厅长逯某主持).

    The model knows the frequent surnames; the rare and double ones (逯, 佘, 澹台 …) it often
    misses.  The name must lie over text nothing covers and end at punctuation or a word that
    follows names (主持, 出席, 表示 …).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "副主任澹台明月出席"
    >>> found = person_after_title([mention(text, 0, 3, "Role")], text, load_lexicon())
    >>> [(m.text, m.type) for m in found]
    [('副主任', 'Role'), ('澹台明月', 'Person')]
    """
    out = sorted(ms)
    for role in [m for m in out if m.type == "Role"]:
        end = _name_at(text, role.end)
        inside = [m for m in out if m.start < end and role.end < m.end] if end else []
        if end is None or any(not _surname_piece(m, role.end, end) for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(mention(text, role.end, end, "Person"))
    return sorted(out)


#: what may stand between a title and the name after it, never a name's first character
_NOT_NAME_HEAD = NOT_GIVEN | set("兼同跟给让任系即暨各位名")


def name_head_after_title(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """商务参赞 + 库 + 马拉 (person) + 出席 → 库马拉: a model person that starts one character
    after a title, over text nothing covers, takes that character back when the name ends at
    punctuation or a word that follows names (a transliterated name the model read from its
    second syllable).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "商务参赞库马拉出席"
    >>> ms = [mention(text, 0, 4, "Role"), mention(text, 5, 7, "Person")]
    >>> [m.text for m in name_head_after_title(ms, text, load_lexicon())]
    ['商务参赞', '库马拉']
    >>> text = "秘书长和马拉出席"
    >>> ms = [mention(text, 0, 3, "Role"), mention(text, 4, 6, "Person")]
    >>> [m.text for m in name_head_after_title(ms, text, load_lexicon())]
    ['秘书长', '马拉']
    """
    out: list[Mention] = []
    for m in sorted(ms):
        head = m.start - 1
        if (
            out
            and m.type == "Person"
            and out[-1].type == "Role"
            and out[-1].end == head
            and HAN_RUN.fullmatch(text[head])
            and text[head] not in _NOT_NAME_HEAD
            and 2 <= len(m.text) <= 4
            and (
                m.end == len(text) or text[m.end] in _END_PUNCT or text.startswith(NAME_CUES, m.end)
            )
        ):
            m = span_mention(m, text, head, m.end)
        out.append(m)
    return out


def surname_alone(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """副总裁 + 詹 (person) + 某某座谈 → 詹某某: a model person that is a surname alone right
    after a title takes the one or two characters of its given name up to punctuation or a
    word after names."""
    out: list[Mention] = []
    for m in sorted(ms):
        titled = bool(out) and out[-1].type == "Role" and out[-1].end == m.start
        if titled and m.type == "Person" and len(m.text) == 1 and m.text in SURNAMES:
            for size in (2, 1):
                given, end = text[m.end : m.end + size], m.end + size
                if len(given) < size or not HAN_RUN.fullmatch(given):
                    continue
                if any(c in NOT_GIVEN for c in given) or any(
                    x.start < end and m.end < x.end for x in ms
                ):
                    continue
                if end == len(text) or text[end] in _END_PUNCT or text.startswith(NAME_CUES, end):
                    m = span_mention(m, text, m.start, end)
                    break
        out.append(m)
    return out


def _surname_piece(m: Mention, start: int, end: int) -> bool:
    """A model person of one character (the surname alone) lying inside a name (副总裁詹|某某)."""
    return m.type == "Person" and len(m.text) == 1 and start <= m.start and m.end <= end
