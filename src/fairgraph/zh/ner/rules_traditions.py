"""Names of other naming traditions that a model trained on Han names cuts short or misses:
Tibetan names (才让多杰, read as 让多杰 or not at all), Japanese names (松本|和也) and names
after a Malaysian honorific (拿督斯里|黄某某, 丹斯里林某某 read as one name).

Every rule is ``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).
"""

from __future__ import annotations

import re

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon, tables
from fairgraph.zh.ner.rules_common import HAN_RUN, mention, span_mention
from fairgraph.zh.ner.rules_titles import NAME_CUES, NOT_GIVEN

#: common two-character syllables of Tibetan personal names as written in Chinese (general
#: knowledge; Qinghai, Tibet, Gansu and Sichuan reports): a name is two or three of them
TIBETAN_SYLLABLES = frozenset(
    str.split(
        "才让 多杰 扎西 卓玛 索南 尼玛 旦增 次仁 格桑 拉毛 更登 仁青 才旦 公保 桑杰 完玛 "
        "华旦 昂秀 久美 洛桑 丹增 德吉 央金 措毛 卓嘎 平措 达瓦 白玛 强巴 罗布 曲珍 巴桑 "
        "边巴 普布 拉巴 多吉 贡布 加措 嘉措 吉太 南加 索朗 仁增 贡保 周毛 吉毛 才吉 万玛 "
        "扎巴 更藏 夏吾 德庆 次旦 顿珠 格勒 江措 土登 洛松 达杰 东智 旦正 才仁 吉美 尕藏 "
        "尕玛 拉姆 央宗 坚参 群培 赤列 旺堆 旺姆 益西 阿旺 才措 卓措 拉加 多旦 扎西才 "
        "尖措 当智 索朗 贡觉 格来 阿布 却吉 卓玛才 仁欠 华青 加羊 东主 才华 看召"
    )
)
_TIBETAN = re.compile(
    "(?:" + "|".join(sorted((s for s in TIBETAN_SYLLABLES if len(s) == 2), reverse=True)) + "){2,3}"
)
#: what may stand right before or after a name: punctuation, a title's end, a verb
_NAME_END = set("，。、；：？！“”‘’（）《》【】「」…—,.;:?! \u3000\t\n")
#: words that may follow a name (a verb of saying, 出席, 作推介 …)
_SAYING = NAME_CUES


def tibetan_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Two or three Tibetan name syllables, standing between boundaries, are one person;
    person spans inside the name give way (让多杰 → 才让多杰), other mentions keep the text.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "州委副书记、州长才让多杰出席"
    >>> ms = [mention(text, 6, 8, "Role"), mention(text, 9, 12, "Person")]
    >>> [(m.text, m.type) for m in tibetan_names(ms, text, load_lexicon())]
    [('州长', 'Role'), ('才让多杰', 'Person')]
    """
    out = sorted(ms)
    for hit in _TIBETAN.finditer(text):
        start, end = hit.span()
        left = (
            start == 0
            or text[start - 1] in _NAME_END
            or any(m.end == start and m.type == "Role" for m in out)
            or any(text[max(0, start - k) : start] in lex.titles for k in range(2, 9))
        )
        right = end == len(text) or text[end] in _NAME_END or text.startswith(_SAYING, end)
        if not (left and right):
            continue
        overlapping = [m for m in out if m.start < end and start < m.end]
        if any(m.type != "Person" for m in overlapping):
            continue
        out = sorted(
            [m for m in out if m not in overlapping] + [mention(text, start, end, "Person")]
        )
    return out


#: common two-character Japanese family names (general knowledge): a Japanese name is family
#: name + a two-character given name, which a model trained on Chinese names often cuts off
JAPANESE_SURNAMES = frozenset(
    str.split(
        "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 清水 "
        "山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木 "
        "坂本 斋藤 福田 太田 西村 藤井 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 "
        "石田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 谷口 大野 丸山 今井 "
        "河野 藤本 村田 武田 上野 杉山 增田 小山 大冢 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 "
        "野口 松尾 菊地 野村 新井 渡部 长谷川 佐佐木"
    )
)


def japanese_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A person span that is a Japanese family name, followed by two more characters and a
    boundary, is the whole name (松本|和也表示 → 松本和也).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "首席代表松本和也表示"
    >>> [m.text for m in japanese_names([mention(text, 4, 6, "Person")], text, load_lexicon())]
    ['松本和也']

    A span of the family name and one character of the given name before a boundary is
    made whole too (总领事佐藤健|一、 → 佐藤健一); before more text it stays (佐藤健一行):

    >>> text = "总领事小林和夫、大使"
    >>> [m.text for m in japanese_names([mention(text, 3, 6, "Person")], text, load_lexicon())]
    ['小林和夫']
    >>> text = "总领事小林和一行抵达"
    >>> [m.text for m in japanese_names([mention(text, 3, 6, "Person")], text, load_lexicon())]
    ['小林和']
    """
    out = []
    for m in ms:
        end = m.end + 2
        if m.type == "Person" and len(m.text) == 3 and m.text[:2] in JAPANESE_SURNAMES:
            end = m.end + 1  # 佐藤健|一、: the model kept one character of the given name
        if (
            m.type == "Person"
            and (m.text in JAPANESE_SURNAMES or end == m.end + 1)
            and end <= len(text)
            and HAN_RUN.fullmatch(text[m.end : end])
            and text[m.end : end] not in _SAYING  # 小林|表示: a verb, not a given name
            and (end == len(text) or text[end] in _NAME_END or text.startswith(_SAYING, end))
            and not any(x.start < end and m.end < x.end for x in ms if x is not m)
        ):
            out.append(span_mention(m, text, m.start, end))
            continue
        out.append(m)
    return out


#: countries whose people's names are written in Chinese characters of their own (their
#: names are not transliterations and keep the model's length); general knowledge
SINOGRAPHIC_NAME_COUNTRIES = frozenset(
    ("中国", "中华人民共和国", "日本", "韩国", "大韩民国", "朝鲜", "越南", "新加坡", "马来西亚")
)
#: what a name in a list of guests stands before (奥云其其格，…; 某某、某某)
_LIST_END = set("，、；,;")
#: the longest transliterated name read after a foreign title (奥云其其格: five)
_TRANSLITERATED_NAME = 6


def transliterated_names_after_titles(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A person right after a foreign country's title (蒙古国|驻某地总领事|奥云) whose name a
    model trained on Han names cut short is read to the boundary it stands before: a
    transliterated name is one run of characters (奥云其其格，…). A country whose people bear
    Chinese-character names of their own (SINOGRAPHIC_NAME_COUNTRIES) keeps the model's span,
    and so does a name followed by a verb, 一行, another mention or a sentence's end; only a
    model's two-character span grows (阿克拉姆发言 stays 阿克拉姆).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "蒙古国驻某地总领事巴雅尔其其格，乌兰巴托市代表团出席"
    >>> ms = [mention(text, 0, 3, "Country"), mention(text, 3, 9, "Role"),
    ...       mention(text, 9, 11, "Person")]
    >>> [m.text for m in transliterated_names_after_titles(ms, text, load_lexicon())]
    ['蒙古国', '驻某地总领事', '巴雅尔其其格']
    >>> text = "某国驻某地总领事巴雅发言。"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 2, 8, "Role"),
    ...       mention(text, 8, 10, "Person")]
    >>> [m.text for m in transliterated_names_after_titles(ms, text, load_lexicon())][-1]
    '巴雅'
    >>> text = "韩国驻某地总领事金英浩，日本驻某地总领事"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 2, 8, "Role"),
    ...       mention(text, 8, 10, "Person")]
    >>> [m.text for m in transliterated_names_after_titles(ms, text, load_lexicon())]
    ['韩国', '驻某地总领事', '金英']
    """
    out = sorted(ms)
    for i, m in enumerate(out):
        if m.type != "Person" or i < 2 or len(m.text) != 2:
            continue  # (a model's two characters of a longer name: 奥云|其其格)
        role, country = out[i - 1], out[i - 2]
        if role.type != "Role" or role.end != m.start or country.type != "Country":
            continue
        if country.end != role.start or country.text in SINOGRAPHIC_NAME_COUNTRIES:
            continue
        end = next(
            (
                k
                for k in range(m.end, min(len(text), m.start + _TRANSLITERATED_NAME + 1))
                if text[k] in _NAME_END
            ),
            None,
        )
        if end is None or end == m.end or text[end] not in _LIST_END:
            continue
        rest = text[m.end : end]
        if (
            not HAN_RUN.fullmatch(rest)
            or set(rest) & NOT_GIVEN
            or any(w in rest for w in _SAYING)
            or any(x.start < end and m.end < x.end for x in out if x is not m)
        ):
            continue
        out[i] = span_mention(m, text, m.start, end)
    return out


#: the longest name read after an honorific when the model gave none (马哈蒂尔: four)
_HONORED_NAME = 4


def honorific_names(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A name after an honorific (``honorifics.tsv``) is the person, kept whole:
    副部长拿督刘某某, 会长丹斯里林某某, 主席拿督斯里黄某某, 前总理敦马哈蒂尔.
    The honorific is neither the name nor a post, so the model's spans of it, of it and
    the name, or of a piece of the name give way. 敦 counts only where the model read it
    as the start of a person (敦煌 is a place).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "主席拿督斯里黄家泉表示欢迎"
    >>> ms = [mention(text, 0, 2, "Role"), mention(text, 2, 6, "Person"),
    ...       mention(text, 6, 7, "Person")]
    >>> [(m.text, m.type) for m in honorific_names(ms, text, load_lexicon())]
    [('主席', 'Role'), ('黄家泉', 'Person')]
    >>> text = "会长丹斯里林国璋致辞"
    >>> ms = [mention(text, 0, 2, "Role"), mention(text, 2, 8, "Person")]
    >>> [(m.text, m.type) for m in honorific_names(ms, text, load_lexicon())]
    [('会长', 'Role'), ('林国璋', 'Person')]
    """
    out = sorted(ms)
    honorifics = tables.honorifics()
    for honorific in honorifics:
        if honorific not in text:
            continue
        for hit in re.finditer(re.escape(honorific), text):
            start, end = hit.span()
            if any(len(h) > len(honorific) and text.startswith(h, start) for h in honorifics):
                continue  # 拿督 of 拿督斯里
            left = (
                start == 0
                or text[start - 1] in _NAME_END
                or any(m.end == start and m.type == "Role" for m in out)
                or any(text[max(0, start - k) : start] in lex.titles for k in range(2, 9))
            )
            person = next(
                (m for m in out if m.type == "Person" and start <= m.start <= end < m.end), None
            )
            if not left or (len(honorific) == 1 and person is None):
                continue
            stop = end
            while (
                stop < len(text)
                and stop - end < _HONORED_NAME
                and HAN_RUN.match(text[stop])
                and text[stop] not in _NAME_END
                and not text.startswith(_SAYING, stop)
            ):
                stop += 1
            if person is not None and person.end - end >= 2:
                stop = person.end
            if stop - end < 2:
                continue
            covered = [m for m in out if m.start < stop and start < m.end]
            if any(
                m.type != "Person" and not (start <= m.start and m.end <= stop) for m in covered
            ):
                continue
            out = sorted(
                [m for m in out if m not in covered] + [mention(text, end, stop, "Person")]
            )
    return out
