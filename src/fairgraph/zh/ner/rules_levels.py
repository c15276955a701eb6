"""Titles a model cut apart from their holder: 某省|长某某 (a place took the 省 of 省长),
某某集团董事会|主席 (a body took the board of 董事会主席).

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "福建省长王某某，出席"
>>> ms = [mention(text, 0, 3, "Place"), mention(text, 3, 5, "Place")]
>>> [(m.text, m.type) for m in level_title_back(ms, text, load_lexicon())]
[('福建', 'Place'), ('省长', 'Role'), ('王某某', 'Person')]
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.names import starts_with_surname
from fairgraph.zh.ner.rules_common import PUNCT, mention, span_mention
from fairgraph.zh.ner.rules_titles import NOT_GIVEN

#: a company's boards, named with their chair's title (董事会主席, 监事会副主席)
BOARDS = ("董事会", "董事局", "监事会")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _name_after(text: str, pos: int) -> int | None:
    """End of a 2–3 character name at ``pos`` that starts with a surname and ends at punctuation."""
    for size in (3, 2):
        word = text[pos : pos + size]
        end = pos + size
        if len(word) < size:
            continue
        at_boundary = end == len(text) or text[end] in PUNCT
        if _NAME.fullmatch(word) and starts_with_surname(word) and at_boundary:
            return end
    return None


def level_title_back(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某省 + 长某 → 某 (place) + 省长 (title) + the name after it: the model read the 省 of
    省长 (市长, 县长 …) as the end of the place and the 长 as the start of a name.

    The place must still be a known place without its last character, and the name after the
    title must end at punctuation.
    """
    if "长" not in text:
        return ms
    out = sorted(ms)
    for place in [m for m in out if m.type == "Place" and len(m.text) >= 3]:
        title = place.text[-1] + "长"
        if title not in lex.titles or not text.startswith("长", place.end):
            continue
        if lex.place_of(place.text[:-1]) is None:
            continue
        after = [m for m in out if m.start == place.end and m.type in ("Place", "Person")]
        end = _name_after(text, place.end + 1)
        if not after or end is None or any(m.end > end for m in after):
            continue
        out = [m for m in out if m is not place and m not in after]
        out += [
            span_mention(place, text, place.start, place.end - 1),
            mention(text, place.end - 1, place.end + 1, "Role", origin=place.origin),
            mention(text, place.end + 1, end, "Person", origin=place.origin),
        ]
    return sorted(out)


def board_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某某集团董事会 + 主席 → 某某集团 + 董事会主席: a company's board before its chair's
    title belongs to the title (the body is the company); a council (某某理事会) stays."""
    if not any(b in text for b in BOARDS):
        return ms
    out = sorted(ms)
    for i, m in enumerate(out[:-1]):
        role = out[i + 1]
        if m.type != "Organization" or role.type != "Role" or role.start != m.end:
            continue
        board = next((b for b in BOARDS if m.text.endswith(b)), None)
        if board is None or not m.text[: -len(board)].endswith(lex.company_suffixes):
            continue  # 某某发展理事会 is the body itself
        if board + role.text not in lex.titles:
            continue
        out[i] = span_mention(m, text, m.start, m.end - len(board))
        out[i + 1] = span_mention(role, text, m.end - len(board), role.end)
    return out


#: titles only a company's people hold
COMPANY_TITLES = (
    "董事长",
    "副董事长",
    "总经理",
    "副总经理",
    "总裁",
    "副总裁",
    "执行总裁",
    "首席执行官",
    "执行董事",
    "董事局主席",
    "董事会主席",
)
#: how the short name of a company ends: its trade (华鑫|电子, 金诺|科技, 瑞丰|新材)
TRADE_ENDS = tuple(
    str.split(
        "电子 科技 新材 材料 能源 新能 药业 医药 制药 生物 物流 股份 实业 控股 集团 化工 环保 "
        "农业 牧业 乳业 食品 酒业 茶业 建设 建工 电气 电力 光电 光伏 智能 装备 机械 汽车 重工 "
        "矿业 有色 钢铁 锂业 纺织 服饰 传媒 文旅 旅游 置业 地产 资本 信息 软件 网络 通信 数据 "
        "电器 家居 航空 物产 商贸 贸易 国际"
    )
)


def companies_before_board_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """华鑫|电子董事长: a company's short name the model cut into a person or an unknown place
    and a trade word, right before a title only a company's people hold, is the company
    (a person right before the title, 刘某董事长, stays the person).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "会上，金诺科技总经理王某出席"
    >>> ms = [mention(text, 3, 5, "Person", origin="crf"), mention(text, 7, 10, "Role")]
    >>> [(m.text, m.type) for m in companies_before_board_titles(ms, text, load_lexicon())]
    [('金诺科技', 'Organization'), ('总经理', 'Role')]
    """
    out = sorted(ms)
    for i, role in enumerate(out):
        if i == 0 or role.type != "Role" or role.text not in COMPANY_TITLES:
            continue
        m = out[i - 1]
        trade = text[m.end : role.start]
        if (
            m.origin not in ("crf", "lac")
            or m.type not in ("Person", "Place")
            or not 2 <= len(trade) <= 4
            or not trade.endswith(TRADE_ENDS)
            or not all("\u4e00" <= c <= "\u9fff" for c in trade)
            or lex.place_of(m.text) is not None
            or lex.country_of(m.text) is not None
            or (m.start > 0 and text[m.start - 1] not in PUNCT | set("与和及同"))
        ):
            continue
        out[i - 1] = mention(text, m.start, role.start, "Organization", "Company", m.origin)
    return out


#: bylines' titles: every name after them is a person (记者 某某、某某 / 通讯员 某某)
REPORTERS = ("记者", "通讯员", "摄影", "摄")
#: what ends a name in a byline besides punctuation
_BYLINE_ENDS = ("报道", "摄", "通讯员", "记者")
#: words before 记者 when the reporter is spoken to (向记者, 对记者, 告诉记者)
_TO_WHOM = set("向对给跟诉")


def _byline_name(text: str, pos: int) -> int | None:
    """End of a 2–3 character name at ``pos`` in a byline (ends at punctuation, 报道, 摄 …)."""
    for size in (3, 2):
        end = pos + size
        word = text[pos:end]
        if len(word) < size:
            continue
        after_ok = end >= len(text) or text[end] in PUNCT or text.startswith(_BYLINE_ENDS, end)
        if word.endswith("摄") and size == 3:
            continue  # 王某摄: a photo credit after a two-character name
        given = word[1:]
        if any(c in NOT_GIVEN for c in given):
            continue  # 记者解释了: a verb, not a name
        if _NAME.fullmatch(word) and starts_with_surname(word) and after_ok:
            return end
    return None


def _name_piece(m: Mention, start: int, end: int, lex: Lexicon) -> bool:
    """A person, a place, or a suffixless body the model made of a byline name."""
    if m.type in ("Person", "Place"):
        return True
    inside = start <= m.start and m.end <= end
    return m.type == "Organization" and inside and not m.text.endswith(lex.org_suffixes)


def reporter_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """记者 某某、某某 / 记者 某海宁: every name listed after a byline title is a person, even
    one whose given name reads as a place (海宁) or that the model missed."""
    if not any(r in text for r in REPORTERS[:3]):
        return ms
    out = sorted(ms)
    for role in [m for m in out if m.type == "Role" and m.text.endswith(REPORTERS)]:
        if text[max(0, role.start - 1) : role.start] in _TO_WHOM:
            continue  # 向记者介绍: the reporter is spoken to, no byline
        pos = role.end
        while True:
            while pos < len(text) and text[pos] in " \u3000":
                pos += 1
            places = _places_reported(text, pos, lex)
            if places:  # 记者 某某 兰州、西宁报道: the places the byline reports from
                stop = places[-1][1] + len("报道")
                out = [m for m in out if not (m.start < stop and pos < m.end)]
                out += [mention(text, a, b, "Place", origin="rule") for a, b in places]
                break
            end = _byline_name(text, pos)
            if end is None:
                break
            inside = [m for m in out if m.start < end and pos < m.end]
            if any(not _name_piece(m, pos, end, lex) for m in inside):
                break  # a title or a body runs into the name
            if not any((m.start, m.end, m.type) == (pos, end, "Person") for m in inside):
                out = [m for m in out if m not in inside]
                out.append(mention(text, pos, end, "Person", origin="rule"))
            if end < len(text) and text[end] in "、 \u3000":
                pos = end + 1
                continue
            break
    return sorted(out)


def _places_reported(text: str, pos: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The places a byline reports from, listed at ``pos`` before 报道 (兰州、西宁报道), as
    (start, end) each; none unless every one is a known place.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> _places_reported("记者 王某 兰州、西宁报道", 6, load_lexicon())
    [(6, 8), (9, 11)]
    >>> _places_reported("记者 王某 兰州报道", 3, load_lexicon())
    []
    """
    end = text.find("报道", pos, pos + 40)
    if end < 0 or any(c in text[pos:end] for c in "\n，。 \u3000"):
        return []
    spans, start = [], pos
    for part in text[pos:end].split("、"):
        if lex.place_of(part) is None and lex.foreign_place_of(part) is None:
            return []
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


#: editors' credit titles (责任编辑：某某), longest first
EDITOR_TITLES = ("责任编辑", "编辑", "审核", "校对", "审校")
#: an editor's credit: 责任编辑：某某 (also 编辑/审核/校对), names up to a bracket or line end
_EDITOR_CREDIT = re.compile(rf"({'|'.join(EDITOR_TITLES)})\s*[：:]\s*")
#: a name in a credit line: Han characters up to a separator, a bracket or the line's end
_CREDIT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?=$|[\s）)】\]、，。；])", re.MULTILINE)


def editor_credits(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """责任编辑：某某 → Role 责任编辑 + Person 某某: the credit's title and every name after it,
    whatever the model made of them.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "（责任编辑：王海宁）"
    >>> [(m.text, m.type) for m in editor_credits([], text, load_lexicon())]
    [('责任编辑', 'Role'), ('王海宁', 'Person')]
    """
    if not any(title in text for title in EDITOR_TITLES):
        return ms
    out = sorted(ms)
    for hit in _EDITOR_CREDIT.finditer(text):
        names: list[Mention] = []
        pos = hit.end()
        while (name := _CREDIT_NAME.match(text, pos)) is not None:
            end = name.end()
            names.append(mention(text, pos, end, "Person", origin="rule"))
            if end >= len(text) or text[end] not in "、 \u3000":
                break  # the list of names ends
            pos = end + 1
        if not names:
            continue
        title = mention(text, hit.start(1), hit.end(1), "Role", origin="rule")
        span = (title.start, names[-1].end)
        out = [m for m in out if not (m.start < span[1] and span[0] < m.end)]
        out = sorted([*out, title, *names])
    return out


#: endings of a news outlet's name (某某日报, 某某网, 某某社, 某某电视台)
MEDIA_ENDS = ("报", "网", "社", "台", "杂志", "刊")
_OUTLET_PIECES = re.compile(r"[·（(]")
#: a dateline after an outlet: place + 讯 / 电 (某某日报兰州讯)
_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,4}[讯电]$")


#: a byline's 讯 inside a model span that runs on into the report (某某客户端讯|某某政府)
_DATELINE_INSIDE = re.compile(r"^[\u4e00-\u9fff·]{0,16}?(?:客户端|报|网|社|台)讯\s*(?=\S)")


def _outlet(piece: str, lex: Lexicon) -> str | None:
    """The outlet a byline piece names (某某日报兰州讯 → 某某日报), or None."""
    piece = piece.strip()
    for k in range(len(piece), 1, -1):
        head, rest = piece[:k], piece[k:]
        if head.endswith(MEDIA_ENDS) and (not rest or _DATELINE.fullmatch(rest)):
            return head
    return None


def dateline_outlets(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某某新闻网·某某客户端讯 → 某某新闻网; 某某日报兰州讯（新某某·某某日报 → both 某某日报: a
    model span over a byline's pieces keeps the outlets (names ending in 报/网/社/台), without
    their datelines; apps and other pieces go."""
    out = []
    for m in ms:
        if m.type != "Organization" or m.origin not in ("crf", "lac"):
            out.append(m)
            continue
        cut = _DATELINE_INSIDE.search(m.text)
        if cut is not None:  # 某某日报客户端讯|兰州市人民政府: the byline, then a body
            rest = span_mention(m, text, m.start + cut.end(), m.end)
            if rest.text.endswith(lex.org_suffixes):
                out.append(rest)
            m = span_mention(m, text, m.start, m.start + len(cut.group().rstrip()))
        if not (_OUTLET_PIECES.search(m.text) or m.text.endswith(("讯", "电"))):
            out.append(m)
            continue
        at, found = m.start, []
        for piece in _OUTLET_PIECES.split(m.text):
            name = _outlet(piece, lex)
            if name is not None:
                s = text.index(name, at)
                found.append(span_mention(m, text, s, s + len(name)))
            at += len(piece) + 1
        if not found and m.text.endswith("讯"):
            continue  # 某某客户端讯: an app's byline names no outlet the graph keeps
        out.extend(found or [m])
    return out
