"""Reading a person's name at a position: after a title, before a title, in a reporter list.

A name is a surname (frequent, additional or double) plus one or two given characters, or a
transliterated name with ·, ending at a boundary (punctuation, end of text or a cue word).

>>> name_after("易小雷表示感谢", 0), name_before("按照钱立群主席", 5)
((0, 3), (2, 5))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon.tables import rows, time_words
from fairgraph.zh.ner.features import word_frequency, word_pos
from fairgraph.zh.ner.names import RARE_SURNAMES
from fairgraph.zh.ner.patterns import DOUBLE_SURNAMES, SURNAMES

#: real surnames missing from the recogniser's frequent list (general knowledge, not names)
MORE_SURNAMES = frozenset("习栗鞠谌阙雒仝蔺郁厉强阎訾逄冼晁芮衡揭靖宿巴怀亓银隆漆闻谈燕鄢")
_PUNCT = set("，。、；：？！“”‘’（）《》【】「」…—,.;:?!\"'()[] \u3000\t\n/")
#: words that may follow a name in a sentence (a name ends where one of them begins)
_CUES = (
    "表示",
    "说",
    "介绍",
    "指出",
    "强调",
    "致辞",
    "主持",
    "出席",
    "讲话",
    "宣布",
    "会见",
    "参加",
    "参观",
    "在",
    "与",
    "和",
    "及",
    "等",
    "一行",
    "代表",
    "分别",
    "同",
    "对",
    "为",
    "率",
    "带领",
    "看望",
    "陪同",
    "调研",
    "见证",
    "签",
    "共同",
    "先后",
    "也",
    "还",
    "都",
    "则",
    "发表",
    "通报",
    "作",
    "向",
    "就",
    "告诉",
    "认为",
    "希望",
    "答",
    "透露",
    "坦言",
    "谈",
    "回答",
    "提出",
    "接受",
    "将",
    "是",
    "的",
    "摄",
    "报道",
    "巡馆",
    "来",
    "到",
    "赴",
    "会",
    "致",
    "寄语",
    "宣读",
    "介紹",
    "说道",
    "称",
    "应邀",
    "受邀",
    "于",
    "先生",
    "女士",
    "解释",
    "却",
    *time_words(),  # (王某昨天表示, 王某随后参观)
)
_CUE_HEADS = frozenset(c[0] for c in _CUES)
#: the cues of two characters and more: a word no name begins with (总书记强调: 强 is a surname,
#: 强调 the verb)
_CUE_WORDS = tuple(c for c in _CUES if len(c) > 1)
#: words whose first character a name seems to end with, their second starting a cue (刘某认为:
#: 刘某 + 认为, not 刘某认 + 为; 刘某还参观: 刘某 + 还; 与罗某交谈), the first character rare in
#: names
_CUE_RUN_ON = ("认为", "回答", "还", "交谈", "座谈", "洽谈", "商谈")
#: verbs whose first character a name may seem to end with (苏某到会 is 苏某 + 到会, 陈某率团
#: is 陈某 + 率团): a longer name is not read across them
_RUN_ON = (
    "到会",
    "到场",
    "到访",
    "率团",
    "率领",
    "率队",
    "率代表团",
    "会见",
    "会同",
    "出席",
    "主持",
    "陪同",  # 在副省长李某陪同下: 李某 + 陪同
    "致辞",
)
_NOT_GIVEN = set("的了在是与和及对向为将由把被从于等并也就都又说称表示指出暨摄省市县区委会长各总")
#: what a name after a title never begins with: a conjunction (董事长与总经理; 和 is a surname
#: too, and 专家和各界 is left to 各, never a given name)
_NOT_FIRST = frozenset("与及或并")
#: nouns written right after a title that read as a surname and a given name (评论员文章)
_NOT_NAMES = frozenset(("文章", "单位", "方面", "信箱", "热线"))
#: common nouns that follow a surname-like character without being a given name (和企业代表)
_NOT_GIVEN_WORDS = frozenset(
    str.split(
        "企业 代表 人员 嘉宾 客商 群众 干部 专家 学者 单位 部门 机构 领导 同志 朋友 市民 游客 "
        "商户 商家 客户 员工 职工 师生 项目 产品 服务 技术 行业 产业 地区 国家 "
        "先生 女士 小姐 老师"  # 经理施先生: a form of address, not a name
    )
)
#: the dictionary's parts of speech a word read after a title never has as a name: verbs,
#: prepositions, conjunctions, adverbs, pronouns, time words, particles, locatives (经理解释,
#: 官员周三表示)
_NOT_NAME_TAGS = frozenset(("v", "vd", "vn", "p", "c", "d", "r", "t", "u", "f", "ad"))
#: words that may stand right before a name that precedes its title (按照钱某某主席)
_LEFT_WORDS = (
    "按照",
    "落实",
    "贯彻",
    "学习",
    "践行",
    "遵循",
    "根据",
    "依照",
    "牢记",
    "感谢",
    "向",
    "对",
    "与",
    "同",
    "和",
    "在",
    "由",
    "及",
    "据",
    "是",
    "听取",
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: the longest last part of a transliterated name read after a title (库兹涅佐夫)
_LAST_PART = 6
_FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,4}")


@cache
def name_heads() -> tuple[str, ...]:
    """Name elements that begin a name without a surname (``lexicon/data/name_heads.tsv``),
    longest first.

    >>> "扎西" in name_heads() and "巴特尔" in name_heads()
    True
    """
    heads = {head for head, _people in rows("name_heads.tsv", 2)}
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


def _is_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not word or not all(_HAN.match(c) for c in word):
        return False
    head = next((h for h in name_heads() if word.startswith(h)), None)
    if head is not None:  # 扎西多杰, 才让太: a Tibetan or Mongolian name, no surname
        return len(word) <= len(head) + 2 and not any(c in _NOT_GIVEN for c in word)
    given = word[2:] if word.startswith(DOUBLE_SURNAMES) else word[1:]
    if (
        word[0] not in SURNAMES
        and word[0] not in MORE_SURNAMES
        and word[0] not in RARE_SURNAMES  # a title announces the name (副市长逯某)
        and not word.startswith(DOUBLE_SURNAMES)
    ):
        return False
    return (
        1 <= len(given) <= 2
        and (
            not any(c in _NOT_GIVEN for c in given)
            or word_pos().get(given, "").startswith("nr")  # 闻向东: 向东 is a given name
        )
        and given not in _NOT_GIVEN_WORDS
    )


#: parts of speech of a common word never a given name (一下, 一些: numerals and measures)
_NOT_GIVEN_TAGS = frozenset(("m", "q", "mq"))
#: how often a word occurs in the dictionary's counts for it to be a common word (周三 211,
#: 强卫 3: a rare verb may be a name)
_COMMON = 100


def _common(word: str) -> bool:
    return word_frequency().get(word, 0) >= _COMMON


#: prepositions and a conjunction that are also surnames: before a common word they are the
#: preposition (专家向晨报表示, 老师和同学)
_PREPOSITIONS = frozenset("向对在从和")


def _words_not_names(text: str, start: int, end: int) -> bool:
    """Whether the words at start–end read as no name after a title: a verb, adverb, time word
    … of the dictionary (经理解释, 官员周三表示), or a preposition before a common word (向晨报,
    和同学).

    >>> _words_not_names("解释，", 0, 2), _words_not_names("向晨报表示", 0, 3)
    (True, True)
    >>> _words_not_names("张建华表示", 0, 3), _words_not_names("向东表示", 0, 2)
    (False, False)
    >>> _words_not_names("强卫出席", 0, 2)  # a rare verb of the dictionary, and a name
    False
    >>> _words_not_names("谈一下。", 0, 3)
    True
    """
    pos = word_pos()
    whole = pos.get(text[start:end], "")
    if whole in _NOT_NAME_TAGS and _common(text[start:end]):
        return True  # (强卫, a rare verb of the dictionary, is a name: only common words)
    given = text[start + 1 : end]
    if len(given) == 2 and pos.get(given, "") in _NOT_GIVEN_TAGS and _common(given):
        return True  # 请章老师谈一下: 谈 + a numeral's phrase
    rest = text[start + 1 : end] if end - start > 2 else ""
    return (
        text[start] in _PREPOSITIONS
        and not whole.startswith("nr")
        and _common(rest)
        and not pos.get(rest, "").startswith("nr")
    )


def _boundary(text: str, pos: int) -> bool:
    """Whether a name may end at ``pos``: end of text, punctuation or a following cue word."""
    if pos >= len(text) or text[pos] in _PUNCT or text[pos].isdigit():
        return True  # 发言人高某4月15日表示: a date may follow the name
    return text[pos] in _CUE_HEADS and text.startswith(_CUES, pos)


def name_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a name starting at ``pos`` (a space after a byline title is skipped).

    >>> name_after("易小雷表示感谢", 0), name_after("钱某说", 0), name_after("钱某称，", 0)
    ((0, 3), (0, 2), (0, 2))
    >>> name_after("和企业代表参加", 0) is None  # a surname-like character before a common noun
    True
    >>> name_after("阿明·卡拉瓦尼致辞", 0)
    (0, 7)
    >>> name_after("出席会议", 0) is None
    True
    >>> name_after("钱小到会并致辞", 0), name_after("钱立率团参加", 0)
    ((0, 2), (0, 2))
    >>> name_after("钱某陪同下，", 0)
    (0, 2)
    >>> name_after("强调，要扩大开放", 0) is None  # a verb, not 强 + 调
    True
    >>> name_after("闻向东，", 0)  # 向, a preposition, is a given name's character here
    (0, 3)
    >>> name_after("和各界代表", 0), name_after("文章，标题为", 0)  # 专家和各界, 评论员文章
    (None, None)
    >>> name_after("解释，", 0), name_after("周三表示", 0), name_after("施先生说", 0)
    (None, None, None)
    >>> name_after("马里恩·图尔以合谋走私和窝藏文物", 0) is None
    True
    >>> name_after("刘洋认为，", 0), name_after("刘洋回答了提问", 0), name_after("刘洋还参观了", 0)
    ((0, 2), (0, 2), (0, 2))
    """
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1
    if text.startswith(_CUE_WORDS, pos):
        return None
    foreign = _FOREIGN.match(text, pos)
    if foreign:
        last = foreign.group().rfind("·") + pos
        # the last part of a transliterated name ends within a few characters (马某·图尔以合谋…
        # runs on into the sentence: no name is read there)
        for end in range(last + 2, min(foreign.end(), last + 1 + _LAST_PART) + 1):
            if _boundary(text, end):
                return pos, end
    for size in (4, 3, 2):
        end = pos + size
        if size > 2 and text.startswith((*_RUN_ON, *_CUE_RUN_ON), end - 1):
            continue
        if (
            end <= len(text)
            and text[pos] not in _NOT_FIRST
            and text[pos:end] not in _NOT_NAMES
            and not _words_not_names(text, pos, end)
            and _is_name(text, pos, end)
            and _boundary(text, end)
        ):
            return pos, end
    return None


#: verbs of leading a group, never the last character of a given name (陈某率中共代表团)
_LEADS = ("率",)


def trim_run_on(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A person name that swallowed the first character of the verb after it (陈某率|领 read as
    陈某率) loses it, when what is left is still a name.

    >>> t = "省委书记陈立率团考察，陈立率中共代表团出访"
    >>> [m.text for m in trim_run_on(t, [Mention(4, 7, "陈立率", "Person"),
    ...                                  Mention(11, 14, "陈立率", "Person")])]
    ['陈立', '陈立']
    """
    out = []
    for m in mentions:
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and "·" not in m.text
            and (text.startswith(_RUN_ON, m.end - 1) or m.text.endswith(_LEADS))
            and _is_name(text, m.start, m.end - 1)
        ):
            m = Mention(m.start, m.end - 1, m.text[:-1], m.type, m.subtype, m.origin)
        out.append(m)
    return out


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a name ending at ``pos`` that stands right before a title.

    >>> name_before("按照钱立群主席", 5), name_before("，钱强董事长", 3)
    ((2, 5), (1, 3))
    >>> name_before("全省人民", 2) is None
    True
    >>> name_before("是商业专家", 3), name_before("由于主力门将", 4)
    (None, None)
    """
    for size in (3, 2):
        start = pos - size
        if start < 0 or not _is_name(text, start, pos):
            continue
        if not word_pos().get(text[start:pos], "nr").startswith("nr") and _common(text[start:pos]):
            continue  # 商业专家, 项目副总理: a common word of the language, no name
        if start > 0 and word_pos().get(text[start - 1 : start + 1], "")[:1] in ("p", "c"):
            continue  # 由于主力门将, 对于老艺术家: 于 is the function word's
        if start == 0 or text[start - 1] in _PUNCT or text.endswith(_LEFT_WORDS, 0, start):
            return start, pos
    return None


#: the national leaders' titles news writes after a surname alone (江主席, 李总理, 江总书记)
_SURNAME_TITLES = frozenset(("主席", "副主席", "总书记", "总理", "副总理", "委员长", "副委员长"))
#: what else may stand right before such a surname (用江总书记的要求, 把李总理的话)
_SURNAME_LEFT = ("用", "把", "将", "请", "随", "陪同", "会见", "了", "的", "为", "以", "当")


def surname_before(text: str, pos: int, title: str) -> tuple[int, int] | None:
    """The span of a surname written alone right before a national leader's title at ``pos``
    (江主席, 李总理, 江总书记: the person as news names them), after punctuation or a word a
    name follows; None elsewhere (国家主席, 大会主席: no surname).

    >>> surname_before("，江总书记指出", 2, "总书记"), surname_before("用江总书记的话", 2, "总书记")
    ((1, 2), (1, 2))
    >>> surname_before("大会主席", 2, "主席") is None
    True
    """
    start = pos - 1
    if title not in _SURNAME_TITLES or start < 0 or text[start] not in SURNAMES:
        return None
    if (
        start == 0
        or text[start - 1] in _PUNCT
        or text.endswith(_LEFT_WORDS + _SURNAME_LEFT, 0, start)
    ):
        return start, pos
    return None


def names_after_reporter(text: str, pos: int) -> list[tuple[int, int]]:
    """Names listed after 记者: separated by 、 or spaces, up to 摄/报道/a bracket/line end.

    >>> t = "记者魏小琪、刘祎摄"
    >>> [t[s:e] for s, e in names_after_reporter(t, 2)]
    ['魏小琪', '刘祎']
    >>> t = "（记者/魏小琪）"
    >>> [t[s:e] for s, e in names_after_reporter(t, 3)]
    ['魏小琪']
    """
    out: list[tuple[int, int]] = []
    if text.startswith(("/", "／"), pos):  # （记者/张某）
        pos += 1
    while True:
        span = name_after(text, pos)
        if span is None:
            return out
        out.append(span)
        pos = span[1]
        if pos < len(text) and text[pos] == "、":
            pos += 1
        elif not (pos < len(text) and text[pos] in " \u3000"):
            return out
