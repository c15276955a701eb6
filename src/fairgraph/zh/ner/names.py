"""Chinese person names: common surnames and splitting run-together name lists.

>>> from fairgraph.zh.lexicon import load_lexicon
>>> text = "出席的有谢非温家宝等"
>>> ms = [Mention(4, 9, "谢非温家宝", "Person", None, "crf")]
>>> [m.text for m in split_person_list(ms, text, load_lexicon())]
['谢非', '温家宝']
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.ner.features import segment

#: the most frequent Chinese surnames (single and double characters)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
#: double (compound) surnames in use (general knowledge: 百家姓 and later ones); left out are
#: those that are mostly ordinary words or places (第五, 百里, 司空, 南宫, 西门, 濮阳)
DOUBLE_SURNAMES = tuple(
    str.split(
        "欧阳 司马 上官 诸葛 东方 皇甫 慕容 令狐 尉迟 长孙 公孙 宇文 单于 澹台 夏侯 司徒 "
        "端木 轩辕 呼延 申屠 淳于 钟离 闻人 万俟 拓跋 赫连 独孤 完颜 公羊 公冶 宗政 太叔 "
        "仲孙 鲜于 闾丘 亓官 司寇 颛孙 巫马 漆雕 乐正 壤驷 公良 夹谷 宰父 谷梁 段干 羊舌 "
        "微生 梁丘 左丘 东郭 公西"
    )
)
#: every other single surname of 百家姓 and the rarer ones met today (辜, 佘, 逯, 覃, 冼 …),
#: without characters that more often begin ordinary words (通, 后, 申请, 强调, 纪念, 揭牌 …)
RARE_SURNAMES = frozenset(
    "褚戚喻柏窦奚苗凤俞酆鲍岑滕邬傅皮卞伍卜湛祁禹狄贝臧伏茅屈阮闵娄童刁骆虞昝缪贲杭嵇荀於"
    "甄芮羿邴糜巫弓隗宓郗栾钭戎詹韶郜蓟邰鄂咸蔺屠胥莘翟谭逄姬冉郦雍郤璩濮扈冀郏晏瞿阎茹宦"
    "庾耿匡寇阙殳夔厍聂晁敖訾阚饶乜蒯荆竺逯桓佘辜覃邝冼谌仝亓栗雒郁衡靖闫肖付粟禤甯庹郇眭"
    "隽郄虢尕冮缑亢谯笪佟丘习钮邸薄盖蔚晋楚矫旷郅帅"
) - frozenset(SURNAMES)
#: every single surname: frequent and rare
ALL_SURNAMES = frozenset(SURNAMES) | RARE_SURNAMES


def starts_with_surname(word: str, *, rare: bool = True) -> bool:
    """Whether ``word`` begins with a surname (double, frequent, and rare unless ``rare=False``).

    Use the rare ones only where a title already announces a name (副市长逯某).

    >>> starts_with_surname("逯明远"), starts_with_surname("逯明远", rare=False)
    (True, False)
    >>> starts_with_surname("澹台明月"), starts_with_surname("通报")
    (True, False)
    """
    if word.startswith(DOUBLE_SURNAMES):
        return True
    return bool(word) and word[0] in (ALL_SURNAMES if rare else SURNAMES)


def _splits(name: str) -> list[list[str]]:
    """Every way to cut ``name`` into 2–3 character chunks that each start with a surname."""
    if not name:
        return [[]]
    out: list[list[str]] = []
    for k in (3, 2):
        head = name[:k]
        if len(head) == k and (head[0] in SURNAMES or head.startswith(DOUBLE_SURNAMES)):
            out += [[head, *rest] for rest in _splits(name[k:])]
    return out


def _agreement(cut: list[str], bounds: frozenset[int]) -> int:
    """How many chunk ends of ``cut`` are also word boundaries."""
    at, hits = 0, 0
    for part in cut:
        at += len(part)
        hits += at in bounds
    return hits


def split_person_list(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """谢非温家宝 → 谢非 + 温家宝: a 4–9 character person span that reads as several names.

    Only spans whose every chunk starts with a common surname are cut, and never a foreign
    name's transliteration (范德霍芬); among several cuts the one agreeing best with the
    segmenter's word boundaries wins (ties: longer names first).
    """
    out: list[Mention] = []
    for m in ms:
        t = m.text
        if (
            m.type != "Person"
            or not 4 <= len(t) <= 9
            or not all("\u4e00" <= c <= "\u9fff" for c in t)
            or (len(t) == 4 and t.startswith(DOUBLE_SURNAMES))
            or looks_transliterated(t)
        ):
            out.append(m)
            continue
        cuts = _splits(t)
        if not cuts:
            out.append(m)
            continue
        bounds: set[int] = set()
        at = 0
        for w in segment(t):
            at += len(w)
            bounds.add(at)
        # max keeps the first of equals: longer names first
        frozen = frozenset(bounds)
        best = max(cuts, key=partial(_agreement, bounds=frozen))
        at = m.start
        for part in best:
            out.append(replace(m, start=at, end=at + len(part), text=part))
            at += len(part)
    return out


#: characters that transliterations of foreign names are mostly made of (general knowledge)
TRANSLIT_CHARS = frozenset(
    "阿埃艾安奥巴贝比彼波伯布查达黛丹德迪蒂丁杜多厄恩尔法菲费芬夫弗福冯盖戈格贡古哈海汉赫"
    "霍基吉加贾杰捷卡凯坎康柯科克库奎拉莱赖兰朗劳勒雷蕾里利丽莉连林琳卢鲁伦罗洛玛马迈麦曼"
    "梅门蒙米敏明缪莫姆穆纳娜奈南内尼妮涅努诺欧帕派潘佩皮普奇契琪乔切钦萨塞桑瑟森莎沙舍什"
    "施斯丝苏索塔泰坦特提图托瓦娃威韦维温沃乌西希谢辛休雅亚娅扬耶伊因尤于约扎泽兹佐赛"
)
#: what may follow a foreign name: punctuation or a word that follows names
_AFTER_NAME = tuple("，。、；：！？（）()“”《 \u3000") + ("等", "和", "与", "及", "出席", "表示")
_MAX_TAIL = 4


def looks_transliterated(word: str) -> bool:
    """Whether ``word`` (2+ Han characters) is written mostly with transliteration characters.

    >>> looks_transliterated("范德霍芬"), looks_transliterated("张建国")
    (True, False)
    """
    return len(word) >= 2 and sum(c in TRANSLIT_CHARS for c in word) >= 0.75 * len(word)


def _tail_end(text: str, pos: int) -> int | None:
    """End of a run of 0–4 transliteration characters at ``pos`` that a name may end with."""
    end = pos
    while end < len(text) and end - pos < _MAX_TAIL and text[end] in TRANSLIT_CHARS:
        if text.startswith(_AFTER_NAME, end):
            break
        end += 1
    return end if end == len(text) or text.startswith(_AFTER_NAME, end) else None


def join_spaced_foreign_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """冯某亚 范德霍|芬 → one person: a foreign name written with a space, found in two parts.

    Two person spans one space apart join when both read as transliterations; the second
    takes the transliteration characters the model left before the name's end.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "冯丽亚 范德霍芬等出席"
    >>> ms = [Mention(0, 3, "冯丽亚", "Person", None, "crf"), Mention(4, 6, "范德", "Person")]
    >>> [m.text for m in join_spaced_foreign_names(ms, text, load_lexicon())]
    ['冯丽亚 范德霍芬']
    """
    out = sorted(ms)
    i = 0
    while i < len(out) - 1:
        first, second = out[i], out[i + 1]
        end = _tail_end(text, second.end) if second.start == first.end + 1 else None
        if (
            end is not None
            and first.type == second.type == "Person"
            and text[first.end] in " \u3000"
            and looks_transliterated(first.text)
            and looks_transliterated(text[second.start : end])
            and not any(m.start < end and second.end < m.end for m in out[i + 2 :])
        ):
            out[i : i + 2] = [replace(first, end=end, text=text[first.start : end])]
            continue
        i += 1
    return out


#: words that end a dotted foreign name (阿某·某某主持, 某某·某某等)
_DOTTED_STOPS = ("主持", "出席", "表示", "致辞", "会见", "指出", "介绍", "一行", "说", "等", "、")
_DOTTED_SEP = "·•‧・"
_GAP = re.compile(r"[^\W\d_和与及等的是在有为了、]{0,3}")
_END_AT = tuple("，。；：！？（）“”") + _DOTTED_STOPS


def _has_dot(s: str) -> bool:
    return any(c in _DOTTED_SEP for c in s)


def _merge_pieces(out: list[Mention], text: str) -> list[Mention]:
    """Two person pieces one to three free characters apart, right after a title or
    punctuation, one of them a two-character piece without a dot and the whole with one
    dot, are one name (主席|阿某|都某某|曼·托某, 发言人|杰夫|•|莫雷尔)."""
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        whole = text[a.start : b.end]
        opened = (
            a.start == 0
            or text[a.start - 1] in "，。、；：（“ "
            or (i > 0 and out[i - 1].type == "Role" and out[i - 1].end == a.start)
        )
        if (
            a.type == b.type == "Person"
            and opened
            and gap
            and len(a.text if not _has_dot(a.text) else b.text) <= 2
            and _GAP.fullmatch(gap)
            and whole.count("·") + whole.count("•") == 1
            and not (_has_dot(a.text) and _has_dot(b.text))
        ):
            out[i : i + 2] = [replace(a, end=b.end, text=whole)]
            continue
        i += 1
    return out


def _tail(text: str, pos: int) -> int:
    """End of the one or two transliteration characters a dotted name left before a stop word
    or punctuation (曼·托某|提主持)."""
    for size in (0, 1, 2):
        end = pos + size
        piece = text[pos:end]
        whole = len(piece) == size and all(c in TRANSLIT_CHARS for c in piece)
        if whole and (end == len(text) or text.startswith(_END_AT, end)):
            return end
    return pos


def join_dotted_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """阿某|都某某|曼·托某|提 → one person: a foreign name written with a middle dot, found in
    pieces, joins its pieces and takes the one or two transliteration characters left before
    a stop word (主持, 出席 …) or after the title before it (主席|赛|某某·某某).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "主席阿布都拉曼·托合提主持会议"
    >>> ms = [Mention(0, 2, "主席", "Role"), Mention(2, 4, "阿布", "Person"),
    ...       Mention(6, 10, "曼·托合", "Person")]
    >>> [(m.text, m.type) for m in join_dotted_names(ms, text, load_lexicon())]
    [('主席', 'Role'), ('阿布都拉曼·托合提', 'Person')]
    """
    if not any(c in text for c in _DOTTED_SEP):
        return ms
    out = _merge_pieces(sorted(ms), text)
    for i, m in enumerate(out):
        if m.type != "Person" or not _has_dot(m.text) or _has_dot(m.text[-1]):
            continue
        s, e = m.start, _tail(text, m.end)
        before = out[i - 1] if i else None
        left = text[before.end : m.start] if before is not None else ""
        if before is not None and before.type == "Role" and 1 <= len(left) <= 2:
            s = before.end if all(c in TRANSLIT_CHARS for c in left) else s
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.start < e:
            e = m.end
        out[i] = replace(m, start=s, end=e, text=text[s:e])
    return out


#: the hyphens a transliterated double name is joined with (阿卜杜勒-法塔赫)
_HYPHENS = "-－‐"
#: the longest part of a name after its hyphen
_MAX_AFTER_HYPHEN = 6


def hyphenated_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A dotted foreign name goes on over a hyphen and the transliteration after it, up to
    punctuation (卡某·阿某某-法某某、…): the part after the hyphen is no mention of its own.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "部长卡里姆·阿卜杜勒-法塔赫、书记某某出席"
    >>> ms = [Mention(0, 2, "部长", "Role"), Mention(2, 10, "卡里姆·阿卜杜勒", "Person"),
    ...       Mention(11, 14, "法塔赫", "Organization")]
    >>> [(m.text, m.type) for m in hyphenated_names(ms, text, load_lexicon())]
    [('部长', 'Role'), ('卡里姆·阿卜杜勒-法塔赫', 'Person')]
    """
    if not any(h in text for h in _HYPHENS):
        return ms
    out = sorted(ms)
    for m in list(out):
        if m.type != "Person" or not _has_dot(m.text) or text[m.end : m.end + 1] not in _HYPHENS:
            continue
        end = m.end + 1
        while end < len(text) and end - m.end <= _MAX_AFTER_HYPHEN and text[end] in TRANSLIT_CHARS:
            end += 1
        if end == m.end + 1 or not (end == len(text) or text[end] in "，。、；：！？（(\n "):
            continue
        out = [x for x in out if x is m or not (x.start < end and m.end < x.end)]
        out[out.index(m)] = replace(m, end=end, text=text[m.start : end])
    return sorted(out)


#: what a name cut in two pieces stands before (the end of the text too)
_PIECES_END = ("", *"，。、；：！？（(")
#: the name's original spelling in brackets after it (范德林登（Van der Linden）)
_LATIN_GLOSS = re.compile(r"[（(][A-Z][A-Za-z.'’ -]{1,40}[）)]")


def adjacent_name_pieces(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Two person spans with nothing between them after a title are one name cut in two by
    the model (商务参赞|范德|林登（…）): Chinese text never lists two people without a
    separator. Only when the whole reads as a transliteration before punctuation, or the
    name's original spelling follows in brackets.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "商务参赞范德林登（Van der Linden）致辞"
    >>> ms = [Mention(0, 4, "商务参赞", "Role"), Mention(4, 6, "范德", "Person"),
    ...       Mention(6, 8, "林登", "Person")]
    >>> [(m.text, m.type) for m in adjacent_name_pieces(ms, text, load_lexicon())]
    [('商务参赞', 'Role'), ('范德林登', 'Person')]
    """
    out = sorted(ms)
    i = 1
    while i < len(out) - 1:
        role, a, b = out[i - 1], out[i], out[i + 1]
        whole = text[a.start : b.end]
        if (
            role.type == "Role"
            and role.end == a.start
            and a.type == b.type == "Person"
            and a.end == b.start
            and len(whole) <= _MAX_AFTER_HYPHEN
            and (
                (looks_transliterated(whole) and text[b.end : b.end + 1] in _PIECES_END)
                or _LATIN_GLOSS.match(text, b.end) is not None
            )
        ):
            out[i : i + 2] = [replace(a, end=b.end, text=whole)]
        i += 1
    return out
