"""Posts: who holds which title where (``org:Membership``).

Each construction of the language is one small function over a sentence's mentions:

* ``title_chain``     — 全国政协副主席、民盟中央常务副主席王某: ORG? ROLE (、ORG? ROLE)* PERSON
* ``title_after_name`` — 金山公司王某董事长: ORG? PERSON ROLE
* ``appositive``      — 王某（青海省商务厅厅长） / 王某，青海省商务厅厅长，
* ``diplomat``        — 冰岛驻华大使某某: COUNTRY ROLE(大使…) PERSON (in ``title_chain``)
* ``reporters``       — 本报记者魏某、刘某摄 / 新华社…电（记者洪某、丁某）: 记者 of the outlet

In a chain, a title without its own body inherits the body of the title before it when that
body is a company or institution (中国电信集团党组成员、总会计师李某 → both of the group), never a
Party committee (省委常委、常务副省长 → the second belongs to the government).

A bare list under a collective heading (省领导刘某、陈某) yields nothing: 省领导 is not a title.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence

from fairgraph.model import Mention, Post
from fairgraph.zh.extract.post_holders import PLACE_TITLE as _PLACE_TITLE
from fairgraph.zh.extract.post_holders import bodies_of_bare_titles
from fairgraph.zh.extract.reporters import dateline_reporters, editors, reporters
from fairgraph.zh.extract.sentences import Sentence
from fairgraph.zh.extract.tenure import appointment_cues
from fairgraph.zh.lexicon import tables
from fairgraph.zh.ner.patterns import SURNAMES

# Text allowed between two titles of one person, and between an organisation and its title.
_TITLE_JOINERS = {"、", "兼", "，兼"}
#: a joiner before a former title of the same person (某党主席、前副首相某某: both are his)
_FORMER_JOINERS = {"、前", "、原"}
_ORG_TYPES = ("Organization", "Country", "Place")
_DIPLOMATIC = ("大使", "使节", "领事", "参赞", "代表", "外交官", "专员")
_CAPTION_GAP = {"", " ", "\u3000"}
#: what may stand between a country and its title (某国国家副主席, 某国前总理, 某国原外长)
_COUNTRY_GAPS = ("国家", "前", "原")
#: a former post's word between the body and the title (某省原副省长, 某公司前董事长)
_FORMER = ("原", "前")
#: a word saying the post is held for the time being, part of the title (某会代会长, 某部代理部长)
_ACTING = ("代", "代理")
#: a word saying the post is held now, between the body and the title (某国新任总理, 某会现任秘书长)
_CURRENT = ("现任", "新任")
#: an honorific between a title and a name (副部长拿督某某, 会长丹斯里某某)
_HONORIFICS = set(tables.honorifics())
_NOT_TITLES = {"代表", "负责人", "嘉宾", "专家"}  # 代表 is mostly the verb (代表双方签约)
_PARTY_ENDINGS = ("委", "委员会", "党组")
#: a government head's title and the ending of the place it heads (常务副市长 → 某某市)
_HEAD_TITLE = re.compile(r"^(?:常务|代)?副?(省|市|县|州)长(?:助理)?$|^自治区(?:常务|代)?副?主席$")
#: a company's regional unit between its name and a title (某集团中国区总裁, 某公司亚太区副总裁)
_REGIONAL_UNIT = re.compile(
    r"^(?:(?:大中华|亚太|中国|欧洲|北美|东南亚|中东|华北|华东|华南|西北|西南)?(?:区|地区)|全球)$"
)
#: a fair's own committee or office between the fair's name and a title (兰洽会组委会主任)
_FAIR_OFFICE = re.compile(
    r"^(?:的)?(?:组委会|执委会|组织委员会|执行委员会|筹委会|秘书处|大会|执行局|办公室)?$"
)
#: the field an official is in charge of, between the body and the title (某部负责国际事务的
#: 副部长, 某部分管电影的副部长, 某委员会主管农业的委员): the title is still the body's
_SCOPE = re.compile(r"^(?:负责|分管|主管|协管|主抓)[^，。；、：:“”（）()]{1,12}的$")
_COMMITTEES = (("党委", 2), ("省委", 1), ("市委", 1), ("州委", 1), ("县委", 1))


def find_posts(sentence: Sentence, outlet: Mention | None = None) -> list[Post]:
    """All posts stated in one sentence, in text order, without duplicates.

    ``outlet`` is the outlet of the report's dateline, held by a reporter with no named outlet.
    """
    seen: set[tuple[int, int, int]] = set()
    out: list[Post] = []
    for post in (
        *reporters(sentence, outlet),
        *dateline_reporters(sentence, outlet),
        *editors(sentence),
        *title_chain(sentence),
        *title_after_name(sentence),
        *appositive(sentence),
        *bracketed_titles(sentence),
        *appointed(sentence),
        *named_by_copula(sentence),
        *membership_list(sentence),
        *held_by_the_named(sentence),
        *delegation_heads(sentence),
        *named_leaders(sentence),
    ):
        key = (
            post.person.start,
            post.role.start,
            post.organization.start
            if post.organization
            else post.represents.start
            if post.represents
            else -1,
        )
        if key not in seen:
            seen.add(key)
            out.append(post)
    out = [_anaphoric_body(sentence, p) for p in out]
    posts = bodies_of_bare_titles(sentence, _shared_company(sentence, out))
    posts = with_stated_countries(sentence, [_delegations_body(sentence, p) for p in posts])
    return [_former_title(sentence, p) for p in posts if not _premier_of_nowhere(p)]


#: what stands between the head of a delegation and the delegation (以主席某某为团长的…代表团,
#: 由议长某某率领的…代表团)
_LEADS = re.compile(r"^(?:为团长|为首|率领|带领)的")
#: the rest of the delegation's name after its country, up to 代表团 (某国某某党代表团)
_DELEGATION = re.compile(r"^([\u4e00-\u9fff]{0,16}?)代表团")
#: what names a delegation's kind, not a body it comes from (某国政府代表团, 某国友好代表团)
_DELEGATION_KINDS = ("", "政府", "国家", "友好", "经贸", "贸易", "青年", "党政", "军事", "访华")


def _delegations_body(sentence: Sentence, post: Post) -> Post:
    """A bare title of the head of a foreign delegation (以主席某某为团长的某国某某党代表团,
    由众议员某某率领的某国国会众议院代表团) is of the body the delegation comes from, of its
    country; of the country alone when the delegation names no body (某国代表团). Any other post
    as it is.

    >>> from fairgraph.model import Span
    >>> t = "会见了以主席王某为团长的甲国乙党代表团"
    >>> ms = (Mention(4, 6, "主席", "Role"), Mention(6, 8, "王某", "Person"),
    ...       Mention(12, 14, "甲国", "Country"))
    >>> bare = Post(ms[1], ms[0], Span(0, 0, ""))
    >>> post = _delegations_body(Sentence(Span(0, len(t), t), ms), bare)
    >>> post.organization.text, post.represents.text
    ('甲国乙党', '甲国')
    """
    if post.organization is not None or post.represents is not None or post.bodiless:
        return post
    led = _LEADS.match(sentence.between(post.person.end, sentence.span.end))
    if led is None:
        return post
    at = post.person.end + led.end()
    country = next((m for m in sentence.mentions if m.start == at), None)
    if country is not None and country.type == "Organization":
        # 以主席某某为团长的某国某党代表团, the party read whole: that body's
        kind = _DELEGATION.match(sentence.between(country.end, sentence.span.end))
        if kind is None or kind.group(1) not in _DELEGATION_KINDS:
            return post
        return dataclasses.replace(post, organization=country)
    if country is None or country.type != "Country":
        return post
    delegation = _DELEGATION.match(sentence.between(country.end, sentence.span.end))
    if delegation is None:
        return post
    if delegation.group(1) in _DELEGATION_KINDS:
        return dataclasses.replace(post, represents=country)
    end = country.end + len(delegation.group(1))
    body = Mention(
        country.start,
        end,
        sentence.between(country.start, end),
        "Organization",
        None,
        "implied-by-title",
    )
    return dataclasses.replace(post, organization=body, represents=country)


#: between the head of a delegation and the title: 为 with an acting head's word (以某某为代理团长)
_HEAD_OF_DELEGATION = re.compile(r"^为(代理)?$")
#: a verb of receiving a delegation, then 以 (会见了以某某为团长的…代表团)
_RECEIVED = re.compile(r"(?:会见|接见|会晤|宴请|欢迎|迎接|见了|会谈)(?:了)?以")
#: a delegation head's title (团长, 副团长, 总团长)
_DELEGATION_TITLE = re.compile(r"^(?:总|副)?团长$")


def delegation_heads(sentence: Sentence) -> Iterator[Post]:
    """会见了以 … PERSON 为 (代理)? 团长 的 … 团: the head of a delegation received holds its title,
    with no body of its own (the delegation is no organisation that lasts); an acting head's
    title is 代理团长. A delegation not said to be received (以副省长某某为团长的某省代表团参加
    开幕式: a report's own province's) gives no post, as the reports' gold reads it.

    >>> from fairgraph.model import Span
    >>> t = "会见了以某会会长王某为代理团长的访问团"
    >>> ms = (Mention(4, 6, "某会", "Organization"), Mention(6, 8, "会长", "Role"),
    ...       Mention(8, 10, "王某", "Person"), Mention(13, 15, "团长", "Role"))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> [(p.person.text, p.role.text, p.bodiless)
    ...  for p in delegation_heads(s)]
    [('王某', '代理团长', True)]
    >>> list(delegation_heads(Sentence(Span(0, 9, "王某为团长，出发"), (Mention(0, 2, "王某",
    ...     "Person"), Mention(3, 5, "团长", "Role")))))
    []
    """
    mentions = sentence.mentions
    for person, role in zip(mentions, mentions[1:], strict=False):
        if person.type != "Person" or not _DELEGATION_TITLE.match(role.text):
            continue
        gap = _HEAD_OF_DELEGATION.match(_gap(sentence, person, role))
        if gap is None or sentence.between(role.end, role.end + 1) != "的":
            continue
        clause = sentence.between(sentence.start, person.start)
        clause = clause[max(clause.rfind(c) for c in "，。；：") + 1 :]
        if _RECEIVED.search(clause) is None:
            continue  # (以某某为团长的某省代表团参加…: a report's own delegation, no post told)
        if gap.group(1):
            start = role.start - len(gap.group(1))
            role = Mention(start, role.end, gap.group(1) + role.text, "Role")
        yield Post(person=person, role=role, evidence=sentence.span, bodiless=True)


#: the word news gives the leader of a foreign state or movement (某国领导人某某, 某党领导人某某)
_LEADER = "领导人"


def named_leaders(sentence: Sentence) -> Iterator[Post]:
    """COUNTRY|ORG 领导人 PERSON — 某国领导人某某 represents that country, 某党领导人某某 leads that
    body; never China's (中国领导人: a collective word for many posts, none stated), nor a
    leader with no body or name right beside the word (两国领导人, 领导人会晤).

    >>> from fairgraph.model import Span
    >>> t = "甲国领导人某某抵达"
    >>> ms = (Mention(0, 2, "甲国", "Country"), Mention(5, 7, "某某", "Person"))
    >>> [(p.person.text, p.role.text, p.represents.text)
    ...  for p in named_leaders(Sentence(Span(0, len(t), t), ms))]
    [('某某', '领导人', '甲国')]
    """
    mentions = sentence.mentions
    for body, person in zip(mentions, mentions[1:], strict=False):
        if person.type != "Person" or body.type not in ("Country", "Organization"):
            continue
        if _gap(sentence, body, person) != _LEADER:
            continue
        if body.type == "Country" and _is_china(body):
            continue
        if body.type == "Organization" and _leading_country(body) is None and body.subtype:
            continue  # (a party or movement: no subtype; a company's or a ministry's leader no)
        role = Mention(body.end, person.start, _LEADER, "Role")
        if body.type == "Country":
            yield Post(person=person, role=role, evidence=sentence.span, represents=body)
        else:
            yield Post(person=person, role=role, evidence=sentence.span, organization=body)


@functools.cache
def _anaphors() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """``anaphoric_bodies.tsv``: (anaphor, kind, endings), longest anaphor first."""
    found = [
        (word, kind, tuple(e for e in endings.split("|") if e))
        for word, kind, endings, _meaning in tables.rows("anaphoric_bodies.tsv", 4)
    ]
    return tuple(sorted(found, key=lambda row: -len(row[0])))


def _anaphoric_body(sentence: Sentence, post: Post) -> Post:
    """A post whose title follows 该党, 该国, 该公司 … (``anaphoric_bodies.tsv``) with no body of
    its own is of the body that word stands for: the nearest of its kind written before it in
    the sentence (某党举行集会，该党主席某某出席 → that party's chair). Any other post as it is.

    >>> from fairgraph.model import Span
    >>> t = "甲国乙党举行集会，该党主席王某出席"
    >>> ms = (Mention(0, 4, "甲国乙党", "Organization"), Mention(11, 13, "主席", "Role"),
    ...       Mention(13, 15, "王某", "Person"))
    >>> post = Post(ms[2], ms[1], Span(0, len(t), t))
    >>> _anaphoric_body(Sentence(Span(0, len(t), t), ms), post).organization.text
    '甲国乙党'
    """
    if post.organization is not None or post.represents is not None:
        return post
    for word, kind, endings in _anaphors():
        at = post.role.start - len(word)
        if sentence.between(at, post.role.start) != word:
            continue
        body = next(
            (
                m
                for m in reversed(sentence.mentions)
                if m.end <= at and m.type == kind and (not endings or m.text.endswith(endings))
            ),
            None,
        )
        if body is None:
            return post
        if kind == "Country":
            return dataclasses.replace(post, represents=body, bodiless=False)
        return dataclasses.replace(post, organization=body, bodiless=False)
    return post


def _premier_of_nowhere(post: Post) -> bool:
    """Whether a post is a foreign-looking name's bare premier's title (副总理某某夫) whose
    sentence names no country: no post can be told (the title alone names China's State
    Council, which a foreign official never serves).

    >>> from fairgraph.model import Span
    >>> name, span = Mention(3, 7, "博塔马拉", "Person"), Span(0, 7, "")
    >>> _premier_of_nowhere(Post(name, Mention(0, 3, "副总理", "Role"), span, bodiless=True))
    True
    >>> _premier_of_nowhere(Post(Mention(3, 6, "李某某", "Person"), Mention(0, 3, "副总理",
    ...     "Role"), span))
    False
    """
    return (
        post.organization is None
        and post.represents is None
        and _name_titles().get(post.role.text) == "premier"
        and _foreign_looking(post.person.text)
    )


def _former_title(sentence: Sentence, post: Post) -> Post:
    """A former post's title as said (某省原副省长 → 原副省长, 某国前执政官 → 前执政官): the word
    written between the body and the title is part of the title; its end is the post's
    (:func:`~fairgraph.zh.extract.tenure.dated_post`). So is an acting post's word (某会代会长).

    >>> from fairgraph.model import Span
    >>> t = "某国前总理王某"
    >>> ms = (Mention(0, 2, "某国", "Country"), Mention(3, 5, "总理", "Role"),
    ...       Mention(5, 7, "王某", "Person"))
    >>> post = Post(ms[2], ms[1], Span(0, 7, t), represents=ms[0])
    >>> _former_title(Sentence(Span(0, 7, t), ms), post).role.text
    '前总理'
    """
    holder = post.organization or post.represents
    if holder is None or holder.end != post.role.start - 1:
        return post
    word = sentence.between(holder.end, post.role.start)
    if word not in (*_FORMER, *_ACTING):
        return post
    role = post.role
    role = Mention(role.start - 1, role.end, word + role.text, "Role", role.subtype, role.origin)
    return dataclasses.replace(post, role=role)


def _shared_company(sentence: Sentence, posts: list[Post]) -> list[Post]:
    """某公司总裁甲和总经理乙: a bare title joined by 和/及 to the person before it shares that
    person's company (a company or institution, never a government body)."""
    by_person = {p.person: p for p in posts if p.organization is not None}
    out = []
    for post in posts:
        if post.organization is None and post.represents is None:
            before = [m for m in sentence.mentions if m.end <= post.role.start]
            last = before[-1] if before else None
            earlier = by_person.get(last) if last is not None else None
            if (
                earlier is not None
                and last is not None
                and earlier.organization is not None
                and sentence.between(last.end, post.role.start) in ("和", "及", "与")
                and _inheritable(earlier.organization)
            ):
                post = Post(
                    person=post.person,
                    role=post.role,
                    evidence=post.evidence,
                    organization=earlier.organization,
                )
        out.append(post)
    return out


def _gap(sentence: Sentence, left: Mention, right: Mention) -> str:
    return sentence.between(left.end, right.start)


def _previous(sentence: Sentence, index: int) -> Mention | None:
    return sentence.mentions[index - 1] if index > 0 else None


def _make_post(sentence: Sentence, person: Mention, role: Mention, holder: Mention | None) -> Post:
    """A post; a country before a diplomatic title is represented, not worked for."""
    if holder is not None and holder.type == "Country" and any(w in role.text for w in _DIPLOMATIC):
        return Post(person=person, role=role, evidence=sentence.span, represents=holder)
    governed = _short_form_government(holder) if holder is not None else None
    if governed is not None:
        # 俄政府总理: the government's head, who speaks for the country its short form names
        return Post(
            person=person,
            role=role,
            evidence=sentence.span,
            organization=holder,
            represents=governed,
        )
    ministry = ministry_of_title(role, holder)
    if ministry is not None:
        # 某国财政部长: a member of that country's ministry who also speaks for the country
        country = holder if holder is not None and holder.type == "Country" else None
        named = _country_in_title(role) if country is None else None
        if named is not None:  # 某国外交部长: the title as the country's minister's (外交部长)
            role = Mention(named.end, role.end, role.text[len(named.text) :], "Role", role.subtype)
        country = country or named
        if country is None and _foreign_looking(person.text):
            # 外交部长博塔马拉: a foreign name's foreign minister, of the country the sentence
            # names (as 某某外长 is), never China's ministry the bare title would name; any
            # other minister's (科学技术部长某某) represents the country the sentence names
            kind = "minister" if ministry.text == "外交部" else "foreign"
            return _titled_alone(sentence, person, role, kind)
        return Post(
            person=person,
            role=role,
            evidence=sentence.span,
            organization=ministry,
            represents=country,
        )
    if holder is not None and holder.type == "Place":
        # 西宁市副市长 / 青海省省长: the place's government or party committee, resolved later.
        holder = Mention(
            holder.start,
            holder.end,
            holder.text,
            "Organization",
            "Government",
            origin="implied-by-place",
        )
    return Post(person=person, role=role, evidence=sentence.span, organization=holder)


def _short_form_government(holder: Mention) -> Mention | None:
    """The country whose one-character short form names a government (俄政府 → 俄, read as
    俄罗斯), but China's; None for any other body.

    >>> _short_form_government(Mention(0, 3, "俄政府", "Organization")).text
    '俄'
    >>> _short_form_government(Mention(0, 3, "市政府", "Organization")) is None
    True
    """
    text = holder.text
    if holder.type != "Organization" or text[1:] != "政府" or text[0] == "中":
        return None
    if text[0] not in tables.country_abbreviations():
        return None
    return Mention(
        holder.start, holder.start + 1, text[0], "Country", None, tables.ABBREVIATED_COUNTRY
    )


def _country_in_title(role: Mention) -> Mention | None:
    """The country a minister's title begins with (菲律宾贸易和工业部长 → 菲律宾).

    >>> _country_in_title(Mention(0, 8, "菲律宾贸易和工业部长", "Role")).text
    '菲律宾'
    >>> _country_in_title(Mention(0, 4, "商务部长", "Role")) is None
    True
    """
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    for size in range(min(len(role.text) - 3, 12), 1, -1):
        if lexicon.country_of(role.text[:size]) is not None:
            return Mention(role.start, role.start + size, role.text[:size], "Country")
    first = role.text[:1]
    if first != "中" and first in tables.country_abbreviations() and len(role.text) >= 5:
        # 俄经济部长: a country's one-character short form (only those of one country each)
        return Mention(
            role.start, role.start + 1, first, "Country", None, tables.ABBREVIATED_COUNTRY
        )
    return None


def ministry_of_title(role: Mention, holder: Mention | None) -> Mention | None:
    """The ministry a 某某部长 title names: the country's (尼泊尔 … 财政部长 → 尼泊尔财政部), or,
    with no body before it, the ministry itself (商务部长 → 商务部); resolved later.

    >>> r = Mention(9, 13, "财政部长", "Role")
    >>> ministry_of_title(r, Mention(0, 3, "某某国", "Country")).text
    '某某国财政部'
    >>> ministry_of_title(r, None).text, ministry_of_title(Mention(0, 3, "副部长", "Role"), None)
    ('财政部', None)
    """
    if not role.text.endswith("部长") or len(role.text) < 4 or role.text.startswith("副"):
        return None
    name = role.text[:-1]
    if holder is None:
        end = role.start + len(name)
        return Mention(role.start, end, name, "Organization", "Government", "implied-by-title")
    if holder.type != "Country":
        return None
    text = holder.text + name
    return Mention(
        holder.start, role.end - 1, text, "Organization", "Government", "implied-by-title"
    )


def _is_title(role: Mention) -> bool:
    return role.type == "Role" and role.text not in _NOT_TITLES and not role.text.endswith("记者")


def _named_head(sentence: Sentence, index: int) -> bool:
    """负责人 right after the body it heads (某公司负责人王某, 某研究部负责人李某) is a title; alone
    (企业负责人, 相关负责人) it says no post.

    >>> from fairgraph.model import Span
    >>> t = "甲公司负责人王某"
    >>> ms = (Mention(0, 3, "甲公司", "Organization"), Mention(3, 6, "负责人", "Role"),
    ...       Mention(6, 8, "王某", "Person"))
    >>> _named_head(Sentence(Span(0, len(t), t), ms), 1)
    True
    >>> _named_head(Sentence(Span(0, 5, "负责人王某"), (ms[1], ms[2])), 0)
    False
    """
    role, before = sentence.mentions[index], _previous(sentence, index)
    return (
        role.type == "Role"
        and role.text == "负责人"
        and before is not None
        and before.type == "Organization"
        and _gap(sentence, before, role) == ""
    )


def title_chain(sentence: Sentence) -> Iterator[Post]:
    """ORG? ROLE (、 ORG? ROLE)* PERSON — every title before a name is a post of that person."""
    mentions = sentence.mentions
    for i, person in enumerate(mentions):
        if person.type != "Person":
            continue
        j = i - 1
        expect_gap: set[str] = _CAPTION_GAP | _HONORIFICS  # 副部长拿督某某: the title's
        chain: list[tuple[Mention, Mention | None, str]] = []
        offices: list[Mention] = []  # a fair committee's titles (兰洽会组委会主任)
        while j >= 0:
            role = mentions[j]
            gap = _gap(sentence, role, mentions[j + 1])
            if not (_is_title(role) or _named_head(sentence, j)) or (
                gap not in expect_gap and not (gap == "，" and _chain_goes_on(sentence, j))
            ):
                break
            holder = None
            before = _previous(sentence, j)
            if (
                chain
                and before is not None
                and before.type == "Person"
                and _gap(sentence, before, role) == ""
            ):
                break  # 某某参议员、前某会主席某某: the title before is the first name's own
            if (
                before is not None
                and before.type == "Fair"
                and _FAIR_OFFICE.match(_gap(sentence, before, role))
            ):
                # 副省长、兰洽会执委会主任张某 / 省长，兰洽会组委会主任李某: an office of the fair
                # is no body's post; the titles before it are still the person's. Its chair
                # holds the committee's title with no body (组委会主任: bodiless_titles.tsv)
                office = _fair_committee_title(sentence, before, role)
                if office is not None and office.text in _standing_titles():
                    offices.append(office)
                j -= 2
                expect_gap = _TITLE_JOINERS | {"，"}
                continue
            company, skipped = _company_of_regional_unit(sentence, j)
            office, passed = _office_abroad(sentence, j)
            if company is not None:
                holder = company  # 某集团中国区董事总经理
                j -= skipped
            elif office is not None:
                holder = office  # 某会驻日本代表处首席代表
                j -= passed
            elif before is not None and (
                (before.type in _ORG_TYPES and _gap(sentence, before, role) == "")
                or _declared_short_name(sentence, before, role)
                or (before.type == "Organization" and _gap(sentence, before, role) == "的")
                or (before.type == "Organization" and _SCOPE.match(_gap(sentence, before, role)))
                or (before.type == "Country" and _gap(sentence, before, role) in _COUNTRY_GAPS)
                or (before.type in _ORG_TYPES and _gap(sentence, before, role) in _FORMER)
                or (before.type == "Organization" and _gap(sentence, before, role) in _ACTING)
                or (before.type in _ORG_TYPES and _gap(sentence, before, role) in _CURRENT)
                or _bracketed_after(sentence, before, role, person)
            ):
                # 某公司总经理 / 某公司的总经理 / 某国国家副主席 / 某国前总理 / 某省原副省长 (a
                # former post: the body's all the same, the end read by tenure.dated_post)
                holder = before
                j -= 1
                sender = _sending_country(sentence, j, role)
                if sender is not None:  # 某国驻中国大使: the sending country, the title as said
                    holder, role = sender, _posted_title(sentence, sender, role)
                    j -= 1
            chain.append((role, holder, gap))
            j -= 1
            expect_gap = _TITLE_JOINERS | _FORMER_JOINERS
        yield from _chain_posts(sentence, person, list(reversed(chain)))
        for office in reversed(offices):
            yield Post(person=person, role=office, evidence=sentence.span, bodiless=True)
        if len(chain) == 1:  # 副省长张某、李某: every name of the list holds the one title
            for other in _listed_after(sentence, i):
                yield from _chain_posts(sentence, other, chain)


#: a fair's own committee, whose chair's title is the committee's (组委会主任, 执委会副主任)
_FAIR_COMMITTEE = re.compile(r"^(?:的)?(组委会|执委会)$")


def _fair_committee_title(sentence: Sentence, fair: Mention, role: Mention) -> Mention | None:
    """The title of a fair committee's officer written after the fair's name (兰洽会组委会主任
    → 组委会主任), as a title of its own; None for another office of the fair (秘书处).

    >>> from fairgraph.model import Span
    >>> t = "兰洽会组委会主任王某"
    >>> fair, role = Mention(0, 3, "兰洽会", "Fair"), Mention(6, 8, "主任", "Role")
    >>> _fair_committee_title(Sentence(Span(0, len(t), t), ()), fair, role).text
    '组委会主任'
    """
    found = _FAIR_COMMITTEE.match(_gap(sentence, fair, role))
    if found is None:
        return None
    start = role.start - len(found.group(1))
    return Mention(start, role.end, found.group(1) + role.text, "Role", role.subtype, role.origin)


def _bracketed_after(sentence: Sentence, body: Mention, role: Mention, person: Mention) -> bool:
    """Whether the title and name stand in brackets right after the body (某公司（董事长某某）
    与某市签约): the title is the body's.

    >>> from fairgraph.model import Span
    >>> t = "甲集团有限公司（董事长王某）签约"
    >>> ms = (Mention(0, 7, "甲集团有限公司", "Organization"), Mention(8, 11, "董事长", "Role"),
    ...       Mention(11, 13, "王某", "Person"))
    >>> _bracketed_after(Sentence(Span(0, len(t), t), ms), *ms)
    True
    """
    return (
        body.type == "Organization"
        and _gap(sentence, body, role) in ("（", "(")
        and _gap(sentence, role, person) == ""
        and sentence.between(person.end, person.end + 1) in ("）", ")")
    )


#: a short name declared in brackets after a body's name: （以下简称“某某”）, （简称某某）
_DECLARED_OPEN = re.compile(r"[（(](?:以下|下文)?(?:简称|称)[：:]?[“\"‘]?$")
_DECLARED_CLOSE = re.compile(r"^[”\"’]?[）)]$")


def _declared_short_name(sentence: Sentence, body: Mention, role: Mention) -> bool:
    """Whether ``body`` is the short name declared in brackets right before ``role`` (某集团有限
    公司（以下简称“某集团”）董事长): the title is the body's, which the resolver names in full.

    >>> from fairgraph.model import Span
    >>> t = "甲集团有限公司（以下简称“甲集团”）董事长某某"
    >>> ms = (Mention(0, 7, "甲集团有限公司", "Organization"),
    ...       Mention(13, 16, "甲集团", "Organization"), Mention(18, 21, "董事长", "Role"))
    >>> _declared_short_name(Sentence(Span(0, len(t), t), ms), ms[1], ms[2])
    True
    """
    if body.type != "Organization" or not _DECLARED_CLOSE.match(_gap(sentence, body, role)):
        return False
    return (
        _DECLARED_OPEN.search(sentence.between(max(sentence.start, body.start - 8), body.start))
        is not None
    )


def _chain_goes_on(sentence: Sentence, index: int) -> bool:
    """Whether a title chain goes on over a comma after the title at ``index`` (某市委副书记、
    市长，市政府党组书记赵某): the title before the comma ends a list of titles joined by 、 and
    no name follows it, so the person is the one named after the comma.

    >>> from fairgraph.model import Span
    >>> t = "甲市委副书记、市长，市政府党组书记赵某"
    >>> ms = (Mention(0, 3, "甲市委", "Organization"), Mention(3, 6, "副书记", "Role"),
    ...       Mention(7, 9, "市长", "Role"), Mention(10, 13, "市政府", "Organization"),
    ...       Mention(13, 17, "党组书记", "Role"), Mention(17, 19, "赵某", "Person"))
    >>> _chain_goes_on(Sentence(Span(0, len(t), t), ms), 2)
    True
    >>> t = "会见省长，副省长赵某出席"
    >>> ms = (Mention(2, 4, "省长", "Role"), Mention(5, 8, "副省长", "Role"),
    ...       Mention(8, 10, "赵某", "Person"))
    >>> _chain_goes_on(Sentence(Span(0, len(t), t), ms), 0)
    False
    """
    role = sentence.mentions[index]
    before = sentence.between(sentence.start, role.start)
    clause = before[max(before.rfind(c) for c in "，。；：") + 1 :]
    return role.type == "Role" and "、" in clause and clause.strip() != ""


def _sending_country(sentence: Sentence, index: int, role: Mention) -> Mention | None:
    """The country written before 驻 + the host country, city or international body at
    ``index`` in front of a diplomatic title (俄罗斯驻中国大使: 俄罗斯 sends, 中国 hosts; 越南驻南宁
    总领事; 某国新任驻联合国大使: the country's, not the United Nations')."""
    host = sentence.mentions[index]
    sender = _previous(sentence, index)
    if (
        host.type not in _ORG_TYPES  # 某国驻中国大使 / 某国驻南宁总领事 / 某国驻联合国代表
        or sender is None
        or sender.type != "Country"
        or _gap(sentence, sender, host) not in _POSTED
        or not any(w in role.text for w in _DIPLOMATIC)
    ):
        return None
    return sender


#: between a sending country and its host: 驻, after a word saying the post is held now
_POSTED = ("驻", *(word + "驻" for word in _CURRENT))


def _posted_title(sentence: Sentence, sender: Mention, role: Mention) -> Mention:
    """The title from 驻 on (驻中国大使), as the report gives it."""
    start = sender.end + max(sentence.between(sender.end, role.start).find("驻"), 0)
    return Mention(start, role.end, sentence.between(start, role.end), "Role", role.subtype)


#: a body's office in a country or city, after 驻 and the place (某会驻日本代表处)
_OFFICE = re.compile(r"^(?:代表处|办事处|联络处|经商处|商务处|记者站|分社)$")


def _office_abroad(sentence: Sentence, index: int) -> tuple[Mention | None, int]:
    """The office a body keeps in a country or city (某会驻日本代表处, 某公司驻上海办事处), written
    right before the title at ``index``, as one body (the recogniser may read its 代表 as a
    title), and how many mentions it spans before the title; (None, 0) else.

    >>> from fairgraph.model import Span
    >>> t = "某某会驻日本代表处首席代表王某"
    >>> ms = (Mention(0, 3, "某某会", "Organization"), Mention(4, 6, "日本", "Country"),
    ...       Mention(6, 8, "代表", "Role"), Mention(9, 13, "首席代表", "Role"),
    ...       Mention(13, 15, "王某", "Person"))
    >>> office, passed = _office_abroad(Sentence(Span(0, len(t), t), ms), 3)
    >>> office.text, passed
    ('某某会驻日本代表处', 3)
    """
    role = sentence.mentions[index]
    for back in (1, 2):
        place = _previous(sentence, index - back + 1)
        body = _previous(sentence, index - back)
        if place is None or body is None or place.type not in ("Country", "Place"):
            continue
        if body.type != "Organization" or _gap(sentence, body, place) != "驻":
            continue
        if not _OFFICE.match(sentence.between(place.end, role.start)):
            continue
        text = sentence.between(body.start, role.start)
        office = Mention(body.start, role.start, text, "Organization", body.subtype)
        # (a span of its own, no mention's: a body the resolver names from its text)
        return dataclasses.replace(office, origin="implied-by-title"), back + 1
    return None, 0


def _company_of_regional_unit(sentence: Sentence, index: int) -> tuple[Mention | None, int]:
    """The organisation whose regional unit stands before the title at ``index``, and how
    many mentions lie between (某集团亚太区总裁: 1; 某集团中国区总裁, 中国 a mention: 2).
    """
    role, before = sentence.mentions[index], _previous(sentence, index)
    if before is None:
        return None, 0
    if before.type == "Organization" and _REGIONAL_UNIT.match(_gap(sentence, before, role)):
        return before, 1
    company = _previous(sentence, index - 1)
    if (
        before.type in ("Country", "Place")
        and company is not None
        and company.type == "Organization"
        and _gap(sentence, company, before) == ""
        and _REGIONAL_UNIT.match(before.text + _gap(sentence, before, role))
    ):
        return company, 2
    return None, 0


def _listed_after(sentence: Sentence, index: int) -> list[Mention]:
    """The names listed with 、 (the last with 和 or 及) right after the person at ``index``,
    none of them followed by a title of their own (张某、李某董事长 is another construction)."""
    mentions = sentence.mentions
    out: list[Mention] = []
    cursor = mentions[index]
    for m in mentions[index + 1 :]:
        gap = _gap(sentence, cursor, m)
        if m.type != "Person" or gap not in ("、", "和", "及", "以及"):
            break
        out.append(m)
        cursor = m
        if gap != "、":
            break  # 副省长张某、李某和王某: 和 joins the list's last name
    after = mentions[index + 1 + len(out)] if index + 1 + len(out) < len(mentions) else None
    if after is not None and after.type == "Role" and _gap(sentence, cursor, after) == "":
        return []
    return out


def _chain_posts(
    sentence: Sentence, person: Mention, chain: list[tuple[Mention, Mention | None, str]]
) -> Iterator[Post]:
    """The posts of one title chain, left to right, each title given its holder.

    A title without a body inherits the body before it when that body is a company or
    institution; after 兼 (concurrently) it inherits any body (副委员长兼秘书长).
    """
    inherited: Mention | None = None
    previous: Mention | None = None
    for k, (role, holder, _gap_after) in enumerate(chain):
        concurrent = k > 0 and "兼" in chain[k - 1][2]
        if concurrent and previous is not None and holder is not None:
            holder = _countrys_ministry(previous, holder)
        if holder is None and previous is not None and _HEAD_TITLE.match(role.text):
            holder = government_of_committee(previous, role)
        elif (
            holder is None
            and previous is not None
            and previous.text.endswith("自治区党委")
            and _REGION_HEAD.match(role.text)
        ):
            # 某某自治区党委常委、副主席: the region's government (自治区副主席); after a bare
            # 自治区党委, the 自治区 its name begins with, which the resolver names from context
            holder = government_of_committee(previous, _region_title(role)) or (
                Mention(previous.start, previous.start + 3, "自治区", "Place")
                if previous.text == "自治区党委"
                else None
            )
        elif holder is None and previous is not None and _heads(previous, role):
            holder = previous  # 商务部党组书记、部长 / 某厅党组书记、厅长: the body's own head
        elif holder is None and previous is not None and _party_group_of(previous, role):
            holder = previous  # 省政协主席、党组书记 / 某厅厅长、党组书记: the body's Party group
        elif holder is None and not _PLACE_TITLE.match(role.text):
            if concurrent and previous is not None:
                holder = previous
            elif inherited is not None and not _names_its_body(role):
                holder = inherited
            elif previous is not None and _committee_office(previous, role):
                holder = previous  # 省委常委、秘书长: the committee's own secretary-general
        inherited = holder if holder is not None and _inheritable(holder) else None
        previous = holder
        yield _make_post(sentence, person, role, holder)


#: an autonomous region's head titles written without 自治区 (党委常委、副主席)
_REGION_HEAD = re.compile(r"^(?:常务|代)?副?主席$")
#: a head's title and the endings of the bodies it heads (部长 → 某部, 主任 → 某委/某办)
_BODY_HEADS = (
    (re.compile(r"^(?:常务)?副?部长$"), ("部",)),
    (re.compile(r"^(?:常务)?副?厅长$"), ("厅",)),
    (re.compile(r"^(?:常务)?副?局长$"), ("局",)),
    (re.compile(r"^(?:常务)?副?署长$"), ("署",)),
    (re.compile(r"^(?:常务)?副?主任$"), ("委", "委员会", "办", "办公室", "管委会")),
)
#: Party committees, whose titles are not the head of a government body's (市委书记、主任)
_PARTY_COMMITTEES = ("党委", "党工委", "工委", "纪委", "省委", "市委", "县委", "区委", "州委")


def _region_title(role: Mention) -> Mention:
    return Mention(role.start, role.end, "自治区" + role.text, "Role", role.subtype, role.origin)


def _heads(body: Mention, role: Mention) -> bool:
    """Whether ``role`` is the head's title of ``body`` named before it in a chain (商务部党组
    书记、部长 → 部长 of 商务部), a government body and not a Party committee.

    >>> _heads(Mention(0, 3, "商务部", "Organization"), Mention(8, 10, "部长", "Role"))
    True
    >>> _heads(Mention(0, 4, "某某市委", "Organization"), Mention(8, 10, "主任", "Role"))
    False
    """
    if body.type != "Organization" or body.text.endswith(_PARTY_COMMITTEES):
        return False
    return any(rx.match(role.text) and body.text.endswith(endings) for rx, endings in _BODY_HEADS)


#: titles of a body's own Party group or committee (党组书记, 党组成员, 党委副书记)
_PARTY_GROUP_TITLE = re.compile(r"^党(?:组|委)(?:副?书记|成员)$")


def _countrys_ministry(country: Mention, body: Mention) -> Mention:
    """A ministry named bare after 兼 in a foreign official's chain is their country's (某国
    副首相兼商业部大臣 → 某国商业部); a ministry the lexicon knows (China's) stays itself.

    >>> c = Mention(0, 3, "柬埔寨", "Country")
    >>> _countrys_ministry(c, Mention(7, 10, "商业部", "Organization")).text
    '柬埔寨商业部'
    >>> _countrys_ministry(c, Mention(7, 10, "商务部", "Organization")).text
    '商务部'
    """
    from fairgraph.zh.lexicon import load_lexicon

    if (
        country.type != "Country"
        or country.text in ("中国", "中华人民共和国")
        or body.type != "Organization"
        or not body.text.endswith("部")
        or load_lexicon().org_of(body.text) is not None
    ):
        return body
    name = country.text + body.text
    # (spanning the chain from the country: a body of its own, not the bare mention's)
    return Mention(country.start, body.end, name, "Organization", "Government", "implied-by-title")


def _party_group_of(body: Mention, role: Mention) -> bool:
    """Whether ``role`` is a title of the Party group of ``body`` named before it in a chain
    (省政协主席、党组书记 → 党组书记 of the 政协); never of a Party committee itself.

    >>> role = Mention(8, 12, "党组书记", "Role")
    >>> _party_group_of(Mention(0, 5, "甘肃省政协", "Organization"), role)
    True
    >>> _party_group_of(Mention(0, 4, "兰州市委", "Organization"), role)
    False
    """
    return (
        body.type == "Organization"
        and not body.text.endswith(_PARTY_COMMITTEES)
        and _PARTY_GROUP_TITLE.match(role.text) is not None
    )


def government_of_committee(committee: Mention, role: Mention) -> Mention | None:
    """The place of a Party committee named earlier in a chain, for the government title that
    follows it: 上海市委副书记、市长 → 上海市 (its government, resolved later).

    >>> c = Mention(0, 4, "上海市委", "Organization")
    >>> government_of_committee(c, Mention(8, 10, "市长", "Role")).text
    '上海市'
    >>> government_of_committee(c, Mention(8, 10, "省长", "Role")) is None
    True
    >>> [government_of_committee(Mention(0, len(t), t, "Organization"), Mention(9, 11, "市长",
    ...  "Role")).text for t in ("中共上海市委", "上海市市委")]
    ['上海市', '上海市']
    """
    head = _HEAD_TITLE.match(role.text)
    if head is None or committee.type != "Organization":
        return None
    ending = next((e for e in _COMMITTEES if committee.text.endswith(e[0])), None)
    if ending is None or len(committee.text) <= len(ending[0]) + 1:
        return None
    place = committee.text[: len(committee.text) - ending[1]]
    start = committee.start
    if place.startswith("中共"):  # 中共甘肃省委书记、省长 → 甘肃省
        place, start = place[2:], start + 2
    if len(place) > 2 and place[-1] == place[-2]:  # 商丘市市委副书记、市长 → 商丘市
        place = place[:-1]
    if not place.endswith(head.group(1) or "自治区") or place == "自治区":
        return None  # a bare 自治区党委: the title names the region's government itself
    return Mention(start, start + len(place), place, "Place")


def _committee_office(committee: Mention, role: Mention) -> bool:
    """A Party committee's own office after one of its titles (省委常委、秘书长).

    >>> _committee_office(Mention(0, 2, "省委", "Organization"), Mention(5, 8, "秘书长", "Role"))
    True
    """
    return (
        committee.type == "Organization"
        and committee.text.endswith(_PARTY_ENDINGS)
        and role.text in ("秘书长", "副秘书长")
    )


def _names_its_body(role: Mention) -> bool:
    """Whether a title names its own national body (国务委员, 副总理 → 国务院), which a chain
    never passes to it from the title before (中国代表团团长、国务委员某某).

    >>> _names_its_body(Mention(0, 4, "国务委员", "Role"))
    True
    >>> _names_its_body(Mention(0, 3, "总经理", "Role"))
    False
    """
    from fairgraph.zh.naming.context import DocumentContext

    return DocumentContext().body_of_role(role.text) is not None


def _inheritable(holder: Mention) -> bool:
    """A company or institution passes to the next title; a Party or government body does not."""
    return (
        holder.type == "Organization"
        and holder.origin != "title-body"
        and holder.subtype != "Government"
        and not holder.text.endswith(_PARTY_ENDINGS)
    )


def title_after_name(sentence: Sentence) -> Iterator[Post]:
    """ORG? PERSON ROLE — 王某董事长, 某公司王某总经理 (the title follows the name directly)."""
    mentions = sentence.mentions
    for i in range(len(mentions) - 1):
        person, role = mentions[i], mentions[i + 1]
        if person.type != "Person" or not _is_title(role) or _gap(sentence, person, role) != "":
            continue
        # A title directly after a name may also open the next chain (王某副省长李某): skip then.
        after = mentions[i + 2] if i + 2 < len(mentions) else None
        if after is not None and after.type == "Person" and _gap(sentence, role, after) == "":
            continue
        listed = _listed_before(sentence, i)
        first = listed[0] if listed else i
        before = _previous(sentence, first)
        holder = (
            before
            if before
            and before.type in _ORG_TYPES
            and _gap(sentence, before, mentions[first]) == ""
            else None
        )
        for k in (*listed, i):
            if holder is None and role.text in _name_titles():
                yield _titled_alone(sentence, mentions[k], role)
            else:
                yield _make_post(sentence, mentions[k], role, holder)


def _listed_before(sentence: Sentence, index: int) -> list[int]:
    """The indexes of the names listed with 、 right before the person at ``index`` whose title
    follows the list's last name (巫某、罗某委员: both are 委员); none when the list's first name
    is itself the end of a title chain (副省长张某、李某董事长).

    >>> from fairgraph.model import Span
    >>> t = "甲某、乙某委员发言"
    >>> ms = (Mention(0, 2, "甲某", "Person"), Mention(3, 5, "乙某", "Person"),
    ...       Mention(5, 7, "委员", "Role"))
    >>> _listed_before(Sentence(Span(0, len(t), t), ms), 1)
    [0]
    """
    mentions = sentence.mentions
    out: list[int] = []
    k = index
    while (
        k > 0
        and mentions[k - 1].type == "Person"
        and _gap(sentence, mentions[k - 1], mentions[k]) == "、"
    ):
        k -= 1
        out.append(k)
    if out:
        before = _previous(sentence, out[-1])
        if (
            before is not None
            and before.type == "Role"
            and _gap(sentence, before, mentions[out[-1]]) in _CAPTION_GAP
        ):
            return []
    return list(reversed(out))


@functools.cache
def _name_titles() -> dict[str, str]:
    """Titles written right after a name with no body, and how they stand
    (``name_titles.tsv``: alone, foreign, minister)."""
    return {title: kind for title, kind, _meaning, _before in tables.rows("name_titles.tsv", 4)}


@functools.cache
def _standing_before() -> frozenset[str]:
    """The titles of ``name_titles.tsv`` that stand alone written before a name too (副省长某某)."""
    rows = tables.rows("name_titles.tsv", 4)
    return frozenset(title for title, _kind, _meaning, before in rows if before == "yes")


def _titled_alone(
    sentence: Sentence, person: Mention, role: Mention, kind: str | None = None
) -> Post:
    """The post of a name followed by a title with no body (``name_titles.tsv``): 王立新主席 stands
    alone; 史密斯总统 represents the foreign country the sentence names, if any; 某某外长 is of
    the foreign ministry of the country the sentence names, if any.

    >>> from fairgraph.model import Span
    >>> t = "美国总统访华前，史密斯总统说"
    >>> ms = (Mention(0, 2, "美国", "Country"), Mention(8, 11, "史密斯", "Person"),
    ...       Mention(11, 13, "总统", "Role"))
    >>> post = _titled_alone(Sentence(Span(0, len(t), t), ms), ms[1], ms[2])
    >>> post.represents.text, post.bodiless
    ('美国', True)
    >>> t = "中国的发展，唐某外长说"
    >>> ms = (Mention(0, 2, "中国", "Country"), Mention(6, 8, "唐某", "Person"),
    ...       Mention(8, 10, "外长", "Role"))
    >>> _titled_alone(Sentence(Span(0, len(t), t), ms), ms[1], ms[2]).organization.text
    '中国外交部'
    """
    kind = kind or _name_titles().get(role.text, "alone")
    foreign_name = _foreign_looking(person.text)
    if kind == "premier" and not foreign_name:
        return _make_post(sentence, person, role, None)  # 李某总理: the State Council's
    # (a foreign-looking name's minister is no Chinese one: 博塔马拉外长说，中国…马里…)
    china = kind == "minister" and not foreign_name
    country = None if kind == "alone" else _stated_country(sentence, person, china)
    if country is None and kind == "minister" and not _foreign_looking(person.text):
        # 唐某外长: China's foreign minister (外交部, which the resolver names)
        ministry = Mention(
            role.start, role.end, "外交部", "Organization", "Government", "implied-by-title"
        )
        return Post(person=person, role=role, evidence=sentence.span, organization=ministry)
    if country is None:
        return Post(person=person, role=role, evidence=sentence.span, bodiless=True)
    if kind == "premier":
        return Post(person=person, role=role, evidence=sentence.span, represents=country)
    if kind == "foreign":
        return Post(
            person=person, role=role, evidence=sentence.span, represents=country, bodiless=True
        )
    ministry = Mention(  # (at the title, which names it: no other mention's span)
        role.start,
        role.end,
        country.text + "外交部",
        "Organization",
        "Government",
        "implied-by-title",
    )
    foreign = None if _is_china(country) else country
    return Post(
        person=person,
        role=role,
        evidence=sentence.span,
        organization=ministry,
        represents=foreign,
        bodiless=True,
    )


def _foreign_looking(name: str) -> bool:
    """Whether a name reads as a foreign one: transliterated (with ·, or four characters or
    more) or begun by no frequent surname (普罗迪, 科尔; 李某, 朱某 are Chinese).

    >>> _foreign_looking("普罗迪"), _foreign_looking("朱某某"), _foreign_looking("内塔尼亚胡")
    (True, False, True)
    """
    return "·" in name or len(name) >= 4 or name[:1] not in SURNAMES


def with_stated_countries(sentence: Sentence, posts: list[Post]) -> list[Post]:
    """Posts of a title written before the name with no body (总统某某, 外长某某, 总理某某 of a
    foreign-looking name) given the country the sentence names, as :func:`_titled_alone` does
    for the title after the name; those of a title standing alone before a name too (副省长某某,
    ``name_titles.tsv``'s ``before``) marked bodiless; other posts as they are.

    >>> from fairgraph.model import Span
    >>> t = "在赞比亚，总统某某说"
    >>> ms = (Mention(1, 4, "赞比亚", "Country"), Mention(5, 7, "总统", "Role"),
    ...       Mention(7, 9, "某某", "Person"))
    >>> post = Post(ms[2], ms[1], Span(0, len(t), t))
    >>> with_stated_countries(Sentence(Span(0, len(t), t), ms), [post])[0].represents.text
    '赞比亚'
    """
    kinds = _name_titles()
    out = []
    sent: dict[int, Mention] = {}  # a listed official's country, by the start of the name
    for post in posts:
        country = _listed_country(sentence, post, sent)
        if country is not None:
            ministry = ministry_of_title(post.role, country)
            post = dataclasses.replace(post, organization=ministry, represents=country)
        bare = post.organization is None and post.represents is None and not post.bodiless
        if post.represents is not None and post.represents.type == "Country":
            sent.setdefault(post.person.start, post.represents)
        elif post.organization is not None and post.organization.type == "Country":
            sent.setdefault(post.person.start, post.organization)
        if bare and kinds.get(post.role.text, "alone") != "alone":
            post = _titled_alone(sentence, post.person, post.role)
        elif bare and post.role.text in _standing_before():
            # 副省长某某说 with no province named: the post, with no organisation (the
            # resolver still gives it the report's own province's government when it has one)
            post = dataclasses.replace(post, bodiless=True)
        out.append(post)
    return out


#: between two officials of a list under one country (某国总统甲、总理乙和外长丙)
_OFFICIALS_LIST = ("、", "和", "及", "以及")


def _listed_country(sentence: Sentence, post: Post, sent: dict[int, Mention]) -> Mention | None:
    """The foreign country of the official listed right before a post's title (某国总统甲、总理
    乙、议长丙; 某国财政部长甲和司法部长乙) when the post names no body of its own (a bare
    title, or a ministry only its title names): the list's officials are all that country's.
    None otherwise, and for China's officials (国务院总理甲、副总理乙: their bodies are others).

    ``sent``: the countries of the posts read so far, by the start of their holder's name.

    >>> from fairgraph.model import Span
    >>> t = "甲国总统某甲、总理某乙出席"
    >>> ms = (Mention(0, 2, "甲国", "Country"), Mention(2, 4, "总统", "Role"),
    ...       Mention(4, 6, "某甲", "Person"), Mention(7, 9, "总理", "Role"),
    ...       Mention(9, 11, "某乙", "Person"))
    >>> post = Post(ms[4], ms[3], Span(0, len(t), t))
    >>> _listed_country(Sentence(Span(0, len(t), t), ms), post, {4: ms[0]}).text
    '甲国'
    >>> _listed_country(Sentence(Span(0, len(t), t), ms), post, {}) is None
    True
    """
    holder = post.organization
    own = holder is None or (
        holder.origin == "implied-by-title" and holder.start >= post.role.start
    )
    if not own or post.represents is not None:
        return None
    before = next((m for m in reversed(sentence.mentions) if m.end <= post.role.start), None)
    if before is None or before.type != "Person" or post.role.end > post.person.start:
        return None
    if _gap(sentence, before, post.role) not in _OFFICIALS_LIST:
        return None
    country = sent.get(before.start)
    if country is None or _is_china(country):
        return None
    return country


def _is_china(country: Mention) -> bool:
    from fairgraph.zh.lexicon import load_lexicon

    entry = load_lexicon().country_of(country.text)
    return entry is not None and entry.iso2 == "CN"


def _heads_title(sentence: Sentence, index: int) -> bool:
    """Whether the country at ``index`` is written right before a title (某国总统, 某国驻华大使)."""
    mentions = sentence.mentions
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    if after is None:
        return False
    gap = _gap(sentence, mentions[index], after)
    return (after.type == "Role" and gap in ("", *_COUNTRY_GAPS)) or gap == "驻"


def _stated_country(sentence: Sentence, person: Mention, china: bool) -> Mention | None:
    """The country a sentence names for an official written with a bare title: the nearest
    country written before the name, else the nearest after it; never one written only in a
    pair (中美关系), nor China unless ``china``, nor one written before another official's
    title (日本首相某某: that official's country); after the name, only when it is the one
    country written there."""
    mentions = sentence.mentions
    named = [
        (c, _heads_title(sentence, k))
        for k, m in enumerate(mentions)
        for c in (m if m.type == "Country" else _leading_country(m),)
        if c is not None and c.origin != tables.ABBREVIATED_COUNTRY and (china or not _is_china(c))
    ]
    countries = [c for c, heads in named if not heads]
    before = [m for m in countries if m.end <= person.start]
    if before:
        return before[-1]
    after = {m.text for m in countries if m.start >= person.end}
    # after the name, only a sentence's one country (埃塞俄比亚和厄立特里亚: the guests')
    return next(m for m in countries if m.start >= person.end) if len(after) == 1 else None


def _leading_country(body: Mention) -> Mention | None:
    """The country a body's name begins with (俄罗斯政府, 意大利外交部, 墨西哥国家杜马 → that
    country), which names the country as well as a bare country would; None for any other
    mention, and for a name that is only a country's (a mention of its own kind).

    >>> _leading_country(Mention(3, 8, "意大利政府", "Organization")).text
    '意大利'
    >>> _leading_country(Mention(0, 4, "人民政府", "Organization")) is None
    True
    """
    if body.type != "Organization" or body.subtype == "Company":
        return None
    from fairgraph.zh.lexicon import load_lexicon

    lexicon = load_lexicon()
    for size in range(min(len(body.text) - 2, 12), 1, -1):
        if lexicon.country_of(body.text[:size]) is not None:
            return Mention(body.start, body.start + size, body.text[:size], "Country")
    return None


#: between a name and the body of a title in apposition: a bracket or comma, and in a short
#: biography the sex and 现任/系 (王某，男，现任某市副市长)
_APPOSITION = re.compile(r"^(?:[（(]|[，,](?:[男女][，,])?(?:现任|系|现为)?)$")


def appositive(sentence: Sentence) -> Iterator[Post]:
    """PERSON（ORG ROLE） or PERSON，ORG ROLE， — a title given in apposition after the name."""
    mentions = sentence.mentions
    for i in range(len(mentions) - 2):
        person, holder, role = mentions[i], mentions[i + 1], mentions[i + 2]
        if person.type != "Person" or holder.type not in _ORG_TYPES or not _is_title(role):
            continue
        if not _APPOSITION.match(_gap(sentence, person, holder)):
            continue
        if _gap(sentence, holder, role) != "":
            continue
        closing = sentence.between(role.end, role.end + 1)
        if closing not in {"）", ")", "，", ",", "。", ""}:
            continue
        # "王某，某公司董事长李某" is a new chain, not an appositive.
        after = mentions[i + 3] if i + 3 < len(mentions) else None
        if after is not None and after.type == "Person" and _gap(sentence, role, after) == "":
            continue
        yield _make_post(sentence, person, role, holder)


#: the brackets of a note after a name, and what ends it
_NOTE_OPENS, _NOTE_CLOSES = ("（", "("), ("）", ")")


def bracketed_titles(sentence: Sentence) -> Iterator[Post]:
    """PERSON（TITLE、ORG ROLE、…） — every title of a bracketed note after a name, each item
    between 、 read on its own (王某（诗人、某学院副院长）: the second is a post, the first no
    body's); an item that is not BODY? ROLE alone gives nothing.

    >>> from fairgraph.model import Span
    >>> t = "王某（诗人、甲学院副院长）"
    >>> ms = (Mention(0, 2, "王某", "Person"), Mention(3, 5, "诗人", "Role"),
    ...       Mention(6, 9, "甲学院", "Organization"), Mention(9, 12, "副院长", "Role"))
    >>> [(p.person.text, p.role.text, p.organization.text)
    ...  for p in bracketed_titles(Sentence(Span(0, len(t), t), ms))]
    [('王某', '副院长', '甲学院')]
    """
    mentions = sentence.mentions
    for i, person in enumerate(mentions):
        if person.type != "Person" or sentence.between(person.end, person.end + 1) not in (
            _NOTE_OPENS
        ):
            continue
        note = sentence.between(person.end + 1, sentence.span.end)
        close = min((note.find(c) for c in _NOTE_CLOSES if c in note), default=-1)
        if close < 0:
            continue
        end = person.end + 1 + close
        inside = [m for m in mentions[i + 1 :] if m.end <= end]
        if any(m.type == "Person" for m in inside):
            continue  # (a note naming someone else: no titles of this name's)
        start = person.end + 1
        for item in note[:close].split("、"):
            parts = [m for m in inside if start <= m.start and m.end <= start + len(item)]
            first = parts[0] if parts else None
            if (
                len(parts) == 2
                and first is not None
                and first.type in _ORG_TYPES
                and first.start == start
                and _is_title(parts[1])
                and parts[1].start == first.end
                and parts[1].end == start + len(item)
            ):
                yield _make_post(sentence, person, parts[1], first)
            start += len(item) + 1


#: the verbs before a post held by the person named after 的 (担任某委副主任的某某, 现任某局
#: 副局长和某公司总经理的某某)
_HOLDING = ("现任", "担任", "身为", "就任", "出任")


def held_by_the_named(sentence: Sentence) -> Iterator[Post]:
    """现任/担任 (BODY? ROLE)+ 的 PERSON — the titles a verb of holding gives the person named
    right after 的, each with its body (joined by 、, 和 or 兼); 时任 (then held) is left out, as
    former posts are.

    >>> from fairgraph.model import Span
    >>> t = "找到担任甲省证券委副主任的王某"
    >>> ms = (Mention(4, 9, "甲省证券委", "Organization"), Mention(9, 12, "副主任", "Role"),
    ...       Mention(13, 15, "王某", "Person"))
    >>> [(p.person.text, p.role.text, p.organization.text)
    ...  for p in held_by_the_named(Sentence(Span(0, len(t), t), ms))]
    [('王某', '副主任', '甲省证券委')]
    """
    mentions = sentence.mentions
    for i, person in enumerate(mentions):
        if person.type != "Person" or i == 0 or not _is_title(mentions[i - 1]):
            continue
        if _gap(sentence, mentions[i - 1], person) != "的":
            continue
        chain: list[tuple[Mention, Mention | None, str]] = []
        j, joiner = i - 1, ""
        while j >= 0 and _is_title(mentions[j]):
            role, holder = mentions[j], None
            before = _previous(sentence, j)
            if before is not None and before.type in _ORG_TYPES:
                gap = _gap(sentence, before, role)
                if gap in ("", "”", '"'):  # (某公司总经理, “某公司”总经理)
                    holder, j = before, j - 1
            chain.append((role, holder, joiner))
            start = (holder or role).start
            opening = sentence.between(sentence.start, start).rstrip('“"')
            if opening.endswith(_HOLDING):
                for role, holder, _ in reversed(chain):
                    yield _make_post(sentence, person, role, holder)
                break
            previous = _previous(sentence, j)
            joiner = _gap(sentence, previous, mentions[j]) if previous is not None else ""
            if previous is None or joiner.rstrip('“"') not in ("、", "和", "兼"):
                break
            j -= 1


def named_by_copula(sentence: Sentence) -> Iterator[Post]:
    """BODY? ROLE 是 PERSON (、PERSON)* — 某会名誉主席是甲、乙，主席是丙: each name of the list
    holds the title; a bare title in a later clause of such a sentence is of the body named in
    the clause before. The list ends the clause (主席是甲的朋友 gives no post).

    >>> from fairgraph.model import Span
    >>> t = "甲会名誉主席是王某、李某，主席是赵某。"
    >>> ms = (Mention(0, 2, "甲会", "Organization"), Mention(2, 6, "名誉主席", "Role"),
    ...       Mention(7, 9, "王某", "Person"), Mention(10, 12, "李某", "Person"),
    ...       Mention(13, 15, "主席", "Role"), Mention(16, 18, "赵某", "Person"))
    >>> [(p.person.text, p.role.text, p.organization.text)
    ...  for p in named_by_copula(Sentence(Span(0, len(t), t), ms))]
    [('王某', '名誉主席', '甲会'), ('李某', '名誉主席', '甲会'), ('赵某', '主席', '甲会')]
    """
    mentions = sentence.mentions
    body: Mention | None = None
    for i, role in enumerate(mentions[:-1]):
        if not _is_title(role) or mentions[i + 1].type != "Person":
            continue
        if _gap(sentence, role, mentions[i + 1]) != "是":
            continue
        before = _previous(sentence, i)
        if before is not None and before.type in _ORG_TYPES and _gap(sentence, before, role) == "":
            body = before
        elif body is None or sentence.between(body.end, role.start)[-1:] not in ("，", "；"):
            continue
        names = [mentions[i + 1]]
        for m in mentions[i + 2 :]:
            if m.type != "Person" or _gap(sentence, names[-1], m) not in _NAME_LIST_GAPS:
                break
            names.append(m)
        end = sentence.between(names[-1].end, names[-1].end + 1)
        if end not in ("，", "。", "；", ""):
            continue
        for person in names:
            yield _make_post(sentence, person, role, body)


#: what joins a name to the list of sessions it was a member of (王某同志是…, 王某曾是…)
_IS_MEMBER = re.compile(r"(?:同志|先生|女士)?(?:曾|现|也|还)?是")
#: a session's ordinal (第八届, 第十三、十四、十五次, 第一、二、三届)
_SESSION_ORDINAL = re.compile(
    r"第[一二三四五六七八九十百零〇0-9]+(?:、[一二三四五六七八九十百零〇0-9]+)*[届次]"
)


@functools.cache
def _membership_titles() -> tuple[str, ...]:
    """``membership_titles.tsv``, the longest first (特邀代表 before 代表)."""
    titles = (title for title, _meaning in tables.rows("membership_titles.tsv", 2))
    return tuple(sorted(titles, key=len, reverse=True))


def membership_list(sentence: Sentence) -> Iterator[Post]:
    """PERSON 是 (BODY 第X届? TITLE)(，BODY TITLE)* — a biography's list of the sessions of
    bodies the person was a member of (王某同志是中国共产党第八届中央委员，第一、二届全国人大
    代表): each item a post of its body (the session's ordinal left out of its name), when one
    item at least names a session. A member's title the recogniser left (代表 after 全国人大) is
    read from ``membership_titles.tsv`` where the item ends.

    >>> from fairgraph.model import Span
    >>> t = "王某同志是甲党第八届中央委员，第二届乙会代表。"
    >>> ms = (Mention(0, 2, "王某", "Person"), Mention(5, 7, "甲党", "Organization"),
    ...       Mention(10, 14, "中央委员", "Role"), Mention(15, 20, "第二届乙会", "Organization"))
    >>> [(p.person.text, p.role.text, p.organization.text)
    ...  for p in membership_list(Sentence(Span(0, len(t), t), ms))]
    [('王某', '中央委员', '甲党'), ('王某', '代表', '乙会')]
    """
    mentions = sentence.mentions
    for i, person in enumerate(mentions):
        if person.type != "Person":
            continue
        rest = sentence.between(person.end, sentence.span.end)
        copula = _IS_MEMBER.match(rest)
        if copula is None:
            continue
        at, k = person.end + copula.end(), i + 1
        items: list[tuple[Mention, Mention]] = []
        session = False
        while True:
            item = _membership_item(sentence, at, k)
            if item is None:
                break
            role, body, dated, end, k = item
            items.append((role, body))
            session = session or dated
            if sentence.between(end, end + 1) not in ("，", "、"):
                break
            at = end + 1
        if session:
            for role, body in items:
                yield _make_post(sentence, person, role, body)


def _membership_item(
    sentence: Sentence, at: int, k: int
) -> tuple[Mention, Mention, bool, int, int] | None:
    """One item of a list of sessions at ``at`` (the next mention ``k``): its title, its body
    without the session's ordinal, whether it names a session, where it ends and the mention
    after it; None when no 第X届? BODY 第X届? TITLE stands there."""
    mentions = sentence.mentions
    lead = None
    if k < len(mentions) and mentions[k].start != at:  # (第八届全国政协: the body holds it)
        lead = _SESSION_ORDINAL.match(sentence.between(at, sentence.span.end))
        at += lead.end() if lead else 0
    if k >= len(mentions) or mentions[k].start != at or mentions[k].type != "Organization":
        return None
    body = mentions[k]
    k += 1
    inner = _SESSION_ORDINAL.match(body.text)
    if inner is not None and len(body.text) > inner.end() + 1:
        cut = inner.end()
        body = Mention(
            body.start + cut, body.end, body.text[cut:], body.type, body.subtype, "implied-by-title"
        )
    at = body.end
    mid = _SESSION_ORDINAL.match(sentence.between(at, sentence.span.end))
    at += mid.end() if mid else 0
    dated = bool(lead or inner or mid or _SESSION_ORDINAL.search(body.text))
    if k < len(mentions) and mentions[k].start == at:
        role = mentions[k]
        if not _is_title(role):
            return None
        return role, body, dated, role.end, k + 1
    if k < len(mentions) and mentions[k].start < at:
        return None
    text = sentence.between(at, sentence.span.end)
    word = next((w for w in _membership_titles() if text.startswith(w)), None)
    if word is None or text[len(word) : len(word) + 1] not in ("，", "、", "。", "；", ""):
        return None
    if k < len(mentions) and mentions[k].start < at + len(word):
        return None
    role = Mention(at, at + len(word), word, "Role", None, "membership-title")
    return role, body, dated, at + len(word), k


#: a date (1993年5月, １９９７年７月, 年初) and a word that may stand between a name and the verb
#: that gives them a post (王某1992年任某市委书记, 王某今年又当选为…)
#: a word saying a post is new to its holder, between the verb and the post (当选为新的某会主席,
#: 任命某某为新任总理, 当选为首任会长)
_NEWLY = "(?:新的|新任|首任|新)?"
_APPOINTED_WHEN = (
    r"(?:先生|女士|同志)?(?:于|在)?[0-9０-９〇零一二三四五六七八九十年月日初底中旬上下今去前]*"
    r"[，,]?(?:又|还|再次|同时|已|先后)?"
)
#: the verbs before a person that make them a post's holder (选举某某为…, 任命某某为…)
_APPOINTING = ("选举", "任命", "推选", "选", "推举", "委任")


def appointed(sentence: Sentence) -> Iterator[Post]:
    """PERSON DATE? CUE (BODY? ROLE)+ — 王某1992年任某市委书记, 王某被任命为某部副部长 — and
    选举/任命 PERSON 为 BODY? ROLE: the posts a verb gives the person (``tenure_cues.tsv``,
    ``appointed``). A clause that opens with a date and the verb (…，1993年5月当选为某省委委员)
    is the sentence's subject's: its first name, when no other name stands before the clause.
    A post said to frame a time (担任某市委书记期间) is no post stated.

    >>> from fairgraph.model import Span
    >>> t = "王某1992年任甲市委书记，1993年当选为乙省委委员。"
    >>> ms = (Mention(0, 2, "王某", "Person"), Mention(8, 11, "甲市委", "Organization"),
    ...       Mention(11, 13, "书记", "Role"), Mention(22, 25, "乙省委", "Organization"),
    ...       Mention(25, 27, "委员", "Role"))
    >>> [(p.person.text, p.role.text, p.organization.text)
    ...  for p in appointed(Sentence(Span(0, len(t), t), ms))]
    [('王某', '书记', '甲市委'), ('王某', '委员', '乙省委')]
    """
    cues = "|".join(map(re.escape, appointment_cues()))
    gap_rx = re.compile(rf"^{_APPOINTED_WHEN}(?:{cues}){_NEWLY}$")
    clause_rx = re.compile(rf"[，,；;]{_APPOINTED_WHEN}(?:{cues})$")
    mentions = sentence.mentions
    people = [k for k, m in enumerate(mentions) if m.type == "Person"]
    subject = people[0] if people else None
    for i, first in enumerate(mentions):
        if first.type not in ("Role", *_ORG_TYPES) or i == 0:
            continue
        person = mentions[i - 1]
        gap = _gap(sentence, person, first)
        if person.type == "Person" and re.fullmatch(rf"为{_NEWLY}", gap):
            named = _named_by_vote(sentence, i - 1)
            if named is None:
                continue
            chain = _titles_from(sentence, i)
            if chain and chain[0][1] is None and named[1] is not None:
                chain[0] = (chain[0][0], named[1], chain[0][2])
            for k in named[0]:
                if chain and not _proposed(sentence, mentions[k]):
                    yield from _chain_posts(sentence, mentions[k], chain)
            continue
        listed: list[Mention] = []
        if person.type == "Person" and gap_rx.match(gap):
            listed = _listed_names_before(sentence, i - 1)  # 甲、乙当选为副主席: both
        elif subject is not None and subject < i - 1 and person.type != "Person":
            between = sentence.between(person.end, first.start)
            if not clause_rx.search(between) or people[1:] and people[1] < i:
                continue
            person = mentions[subject]
        else:
            continue
        if _proposed(sentence, person):
            continue  # 将由某某出任…, 提名某某为…: a post proposed, not held
        chain = _titles_from(sentence, i)
        if chain:
            for name in (*listed, person):
                yield from _chain_posts(sentence, name, chain)


#: the end of a clause or a heading, before a list that opens the next clause
_CLAUSE_END = re.compile(r"[，。；：:,;\s]$")


def _listed_names_before(sentence: Sentence, index: int) -> list[Mention]:
    """The names listed right before the name at ``index`` (甲、乙和丙当选为…: 甲 and 乙 for
    丙), in text order; none when the list's first name ends a title (副省长甲、乙: a title's
    list, which the chain reads) or stands after a verb of meeting or naming (会见甲、乙).

    >>> from fairgraph.model import Span
    >>> t = "王某、李某当选为副主席"
    >>> ms = (Mention(0, 2, "王某", "Person"), Mention(3, 5, "李某", "Person"),
    ...       Mention(8, 11, "副主席", "Role"))
    >>> [m.text for m in _listed_names_before(Sentence(Span(0, len(t), t), ms), 1)]
    ['王某']
    """
    mentions = sentence.mentions
    first = _list_start(sentence, index)
    if first == index:
        return []
    before = _previous(sentence, first)
    start = sentence.start if before is None else before.end
    opening = sentence.between(start, mentions[first].start)
    if before is not None and before.type == "Role" and opening in _CAPTION_GAP:
        return []
    if opening and not _CLAUSE_END.search(opening):
        return []  # (会见甲、乙: the names are the verb's, not the list's own subject)
    return list(mentions[first:index])


def _list_start(sentence: Sentence, index: int) -> int:
    """The index of the first name of the list of names (joined by 、, 和, 及) that ends with
    the name at ``index``."""
    mentions = sentence.mentions
    first = index
    while (
        first > 0
        and mentions[first - 1].type == "Person"
        and _gap(sentence, mentions[first - 1], mentions[first]) in _NAME_LIST_GAPS
    ):
        first -= 1
    return first


#: between two names of a list (甲、乙和丙; 甲（女）、乙: the sex after a name)
_NAME_LIST_GAPS = ("、", "和", "及", "（女）、", "(女)、", "（女）和")
#: the voting verbs whose subject is the body that votes (某会议选举某某为主席: its chair)
_ELECTING = ("选举", "推选", "推举", "选")


def _named_by_vote(sentence: Sentence, index: int) -> tuple[list[int], Mention | None] | None:
    """The names a verb of appointment gives the post after 为 (选举甲为主席, 任命甲、乙为副部长),
    for the name at ``index`` right before 为: the list of names joined by 、 (和, 及) that ends
    there, when the verb stands right before the list, or the list opens a clause after one where
    the verb gave an earlier name its post (选举甲为主席，乙、丙为副主席); and the body that votes
    when the verb is an election (某委员会全体会议选举甲为主席: the committee's chair), else None.
    None when no such verb gives the post.

    >>> from fairgraph.model import Span
    >>> t = "甲会选举张某为主席，王某、李某为副主席"
    >>> ms = (Mention(0, 2, "甲会", "Organization"), Mention(4, 6, "张某", "Person"),
    ...       Mention(7, 9, "主席", "Role"), Mention(10, 12, "王某", "Person"),
    ...       Mention(13, 15, "李某", "Person"), Mention(16, 19, "副主席", "Role"))
    >>> s = Sentence(Span(0, len(t), t), ms)
    >>> _named_by_vote(s, 4)[0], _named_by_vote(s, 4)[1].text
    ([3, 4], '甲会')
    >>> _named_by_vote(Sentence(Span(0, 5, "王某为主席"), ms[3:4]), 0) is None
    True
    """
    mentions = sentence.mentions
    first = _list_start(sentence, index)
    head = mentions[first]
    before = sentence.between(sentence.start, head.start)
    verb = next((v for v in _APPOINTING if before.endswith(v)), None)
    if verb is None:
        clause = before.rstrip()
        if not clause.endswith(("，", "；", ",", ";")):
            return None
        earlier = clause[:-1]
        cut = max(earlier.rfind(c) for c in "。！？")
        if not re.search(
            "(?:" + "|".join(_APPOINTING) + r")[^，。；]{1,24}?为", earlier[cut + 1 :]
        ):
            return None
        verb = next((v for v in _ELECTING if re.search(v + r"[^，。；]{1,24}?为", earlier)), "任命")
    body = None
    if verb in _ELECTING:
        at = before.rfind(verb)
        opening = sentence.start + max(before.rfind(c, 0, at) for c in "，。；")
        at += sentence.start
        voters = [m for m in mentions if opening < m.start and m.end <= at]
        if (
            voters
            and voters[-1].type == "Organization"
            and not any(m.type == "Person" for m in voters)
        ):
            body = _without_session(voters[-1])
    return list(range(first, index + 1)), body


#: a body written with its session (中共某省委第八届委员会, 政协某市第十届委员会, 某会第三届理事会)
_SESSION = re.compile(r"^(?P<body>.+?)第[0-9０-９一二三四五六七八九十百]+届(?:委员会|理事会)$")


def _without_session(body: Mention) -> Mention:
    """The body a session of it is written for (中共某省委第八届委员会 → 中共某省委; 政协某省第三
    届委员会 → 某省政协, as it is mostly written); another body as it is.

    >>> _without_session(Mention(0, 14, "中共甲省委第八届委员会", "Organization")).text
    '中共甲省委'
    >>> _without_session(Mention(0, 11, "政协甲省第三届委员会", "Organization")).text
    '甲省政协'
    """
    found = _SESSION.match(body.text)
    if found is None:
        return body
    name = found.group("body")
    if name.startswith("政协") and len(name) > 3:
        name = name[2:] + "政协"
    elif not name.endswith(("委", "会", "党")):
        return body
    end = body.start + len(found.group("body"))
    # (a span of its own, no mention's: a body the resolver names from its text)
    return Mention(body.start, end, name, body.type, body.subtype, "implied-by-title")


#: words before a name that make what follows a proposal (将由某某出任, 提名某某为, 拟任命)
_PROPOSING = re.compile(r"(?:由|提名|推荐|拟|将|考虑)[^，。；]*$")


def _proposed(sentence: Sentence, person: Mention) -> bool:
    """Whether the post a verb gives ``person`` is only proposed (将考虑由某某出任, 提名某某为):
    a word of proposal in the clause before the name.

    >>> from fairgraph.model import Span
    >>> t = "将考虑由王某出任秘书长"
    >>> _proposed(Sentence(Span(0, len(t), t), ()), Mention(4, 6, "王某", "Person"))
    True
    """
    before = sentence.between(max(sentence.start, person.start - 16), person.start)
    return _PROPOSING.search(before) is not None  # in the clause before the name


def _titles_from(sentence: Sentence, index: int) -> list[tuple[Mention, Mention | None, str]]:
    """The titles written one after another from ``index`` (BODY? ROLE, joined by 、 or 兼), each
    with its body; none when no title follows or a name does (任某公司董事长某某: another's)."""
    mentions = sentence.mentions
    chain: list[tuple[Mention, Mention | None, str]] = []
    j = index
    while j < len(mentions):
        holder = None
        m = mentions[j]
        if j + 2 < len(mentions) and _sending_country(sentence, j + 1, mentions[j + 2]) is m:
            # 任命某某为中华人民共和国驻某国特命全权大使: the sending country, the title from 驻
            role = _posted_title(sentence, m, mentions[j + 2])
            chain.append((role, m, ""))
            break
        if (
            m.type in _ORG_TYPES
            and j + 1 < len(mentions)
            and _gap(sentence, m, mentions[j + 1]) == ""
        ):
            holder, j = m, j + 1
            m = mentions[j]
        if not _is_title(m):
            break
        after = mentions[j + 1] if j + 1 < len(mentions) else None
        if (
            after is not None
            and after.type == "Person"
            and _gap(sentence, m, after) in _CAPTION_GAP
        ):
            return []  # 任命某某为副省长李某的助手: the title is another's
        joiner = sentence.between(m.end, after.start) if after is not None else ""
        chain.append((m, holder, joiner))
        if after is None or joiner not in _TITLE_JOINERS:
            break
        j += 1
    end = chain[-1][0].end if chain else sentence.start
    if sentence.between(end, end + 2).startswith(("期间", "时", "之际", "以来")):
        return []  # 担任某市委书记期间: a time, no post stated
    return chain


#: head titles a foreign region's officials share with China's (省长, 州长, 市长); not those of
#: an autonomous region (自治区主席), whose officials are often written with · (阿不都·某某)
_FOREIGN_HEAD = re.compile(r"^(?:常务|代)?副?(省|市|州)长$")


def foreign_bare_heads(posts: Sequence[Post], mentions: Sequence[Mention]) -> list[Post]:
    """The posts left when a foreign person's bare head title (阿梅利省长, after the short form
    of a name the report also writes with ·) is dropped: with no body named, it would be read
    as the report's own province's or city's head, which a foreign official never is.

    >>> from fairgraph.model import Span
    >>> ms = [Mention(0, 7, "赛义德·阿梅利", "Person"), Mention(10, 13, "阿梅利", "Person")]
    >>> post = Post(ms[1], Mention(13, 15, "省长", "Role"), Span(0, 20, ""))
    >>> foreign_bare_heads([post], ms)
    []
    """
    foreign = {m.text for m in mentions if m.type == "Person" and "·" in m.text}
    short = {name.rsplit("·", 1)[1] for name in foreign}

    def kept(post: Post) -> bool:
        if post.organization is not None or post.represents is not None:
            return True
        name = post.person.text
        return not ((name in foreign or name in short) and _FOREIGN_HEAD.match(post.role.text))

    return [p for p in posts if kept(p)]


def repeated_bare_titles(posts: Sequence[Post]) -> list[Post]:
    """The posts left when a title written after a name with no body (霍瓦特大使,
    ``name_titles.tsv``) only repeats a post the report gives the same person with a body or a
    country (匈牙利驻华大使彼得·霍瓦特): its title ends the fuller one's (not as its deputy's:
    副主席 is no 主席) and one name holds the other.

    >>> from fairgraph.model import Span
    >>> full, short = Mention(0, 6, "彼得·霍瓦特", "Person"), Mention(20, 23, "霍瓦特", "Person")
    >>> span = Span(0, 30, "")
    >>> stated = Post(full, Mention(0, 4, "驻华大使", "Role"), span,
    ...               represents=Mention(0, 3, "匈牙利", "Country"))
    >>> bare = Post(short, Mention(23, 25, "大使", "Role"), span, bodiless=True)
    >>> repeated_bare_titles([stated, bare]) == [stated]
    True
    """
    kinds = _name_titles()

    def repeats(bare: Post, other: Post) -> bool:
        a, b = bare.person.text, other.person.text
        role, fuller = bare.role.text, other.role.text
        return (
            other is not bare
            and (other.organization is not None or other.represents is not None)
            and (a in b or b in a)
            and fuller.endswith(role)
            and not fuller.endswith("副" + role)
        )

    return [
        p
        for p in posts
        if not (
            p.bodiless
            and p.organization is None
            and p.represents is None
            and p.role.text in kinds
            and any(repeats(p, other) for other in posts)
        )
    ]


def bodiless_titles(posts: Sequence[Post]) -> list[Post]:
    """The posts with a title that stands without a body when none is written
    (``bodiless_titles.tsv``: 习近平总书记, 国家副主席某某) marked so (``Post.bodiless``): the
    resolver keeps such a post with no organisation instead of dropping it. A post whose body
    or country the sentence names keeps it, unmarked.

    >>> from fairgraph.model import Span
    >>> name, span = Mention(0, 3, "王某某", "Person"), Span(0, 8, "")
    >>> party = Mention(0, 4, "某某党", "Organization")
    >>> [p.bodiless for p in bodiless_titles([
    ...     Post(name, Mention(3, 6, "总书记", "Role"), span),
    ...     Post(name, Mention(3, 6, "副省长", "Role"), span),
    ...     Post(name, Mention(4, 7, "总书记", "Role"), span, party),
    ... ])]
    [True, False, False]
    """
    standing = _standing_titles()
    return [
        dataclasses.replace(p, bodiless=True)
        if p.organization is None and p.represents is None and p.role.text in standing
        else p
        for p in posts
    ]


@functools.cache
def _standing_titles() -> frozenset[str]:
    return frozenset(title for title, _body, _meaning in tables.rows("bodiless_titles.tsv", 3))
