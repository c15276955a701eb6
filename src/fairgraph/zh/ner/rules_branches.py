"""Bodies named after their parent: branches and offices (某银行股份有限公司|北京市分行,
某某机构|北京代表处), a division's departments (云南省|农业农村厅), and bodies whose name a
known place or zone begins (中新|天津生态城管理委员会).

A model often cuts such a name after the parent, or keeps only its tail; the body is one
organisation with its parent's name in front.  Every rule is
``rule(mentions, text, lex) -> mentions`` (see :mod:`fairgraph.zh.ner.rules`).
"""

from __future__ import annotations

import re
from functools import cache

from fairgraph.model import Mention
from fairgraph.zh.lexicon import Lexicon
from fairgraph.zh.lexicon.tables import departments
from fairgraph.zh.ner.rules_common import (
    NAME_STOP,
    PUNCT,
    claim_government,
    find,
    mention,
    span_mention,
)

#: the words that name a branch or an office
_BRANCH_WORDS = "分行|支行|分公司|代表处|办事处|分院|分社|营业部|分会(?!场)"
#: a branch or office named by its place: 北京市分行, 上海代表处, 分公司, 某省分会 (a council's
#: or chamber's branch; 分会场, a fair's second venue, is none)
BRANCH = re.compile(rf"([\u4e00-\u9fff]{{0,6}}?)(?:{_BRANCH_WORDS})")
#: how far left a parent body's name may reach when the model did not tag it
_MAX_PARENT = 12
#: the country's great regions, which name branches as places do (西北分公司, 华东销售分公司)
_REGIONS = frozenset(("华北", "华东", "华南", "华中", "西北", "西南", "东北"))
#: words that point back to a body named before (该公司, 本集团, 其子公司)
_POINTING = set("该本此这其各")


def _is_branch(m: Mention, lex: Lexicon) -> bool:
    hit = BRANCH.fullmatch(m.text)
    if m.type != "Organization" or hit is None:
        return False
    place = hit.group(1)
    if not place or lex.place_of(place) or lex.foreign_place_of(place):
        return True
    # a place and the branch's line of business (甘肃|石油|分公司, 西北|销售|分公司)
    return any(
        (lex.place_of(place[:k]) or place[:k] in _REGIONS) and 1 <= len(place) - k <= 4
        for k in range(2, min(len(place), 5))
    )


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


#: a branch written after a place the model tagged alone: 某银行 + 云南省 + 分行
_BRANCH_WORD = re.compile(_BRANCH_WORDS)
#: a department's ending after its division (云南省 + 农业农村厅)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:厅|局|委员会|办公室)")


def _place_branches(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某银行 + Place 云南省 + 分行 (untagged) → Organization 云南省分行, for join_branches."""
    out = []
    for m in ms:
        hit = _BRANCH_WORD.match(text, m.end) if m.type == "Place" else None
        if (
            hit is not None
            and lex.place_of(m.text) is not None
            and not any(x.start < hit.end() and m.end < x.end for x in ms if x is not m)
        ):
            m = mention(text, m.start, hit.end(), "Organization", origin=m.origin)
        out.append(m)
    return out


def division_departments(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A division the model tagged alone, then a department's name nobody tagged, is that
    department (云南省 + 农业农村厅 → 云南省农业农村厅).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "云南省农业农村厅与某银行签订协议"
    >>> [(m.text, m.type) for m in division_departments([mention(text, 0, 3, "Place")], text,
    ...     load_lexicon())]
    [('云南省农业农村厅', 'Organization')]
    """
    out = []
    for m in ms:
        hit = _DEPARTMENT.match(text, m.end) if m.type == "Place" else None
        if (
            hit is not None
            and lex.place_of(m.text) is not None
            and not any(c in NAME_STOP or c in PUNCT for c in hit.group())
            and not any(x.start < hit.end() and m.end < x.end for x in ms if x is not m)
        ):
            m = mention(text, m.start, hit.end(), "Organization", "Government", origin=m.origin)
        out.append(m)
    return out


@cache
def _departments() -> re.Pattern[str]:
    """The department names of ``departments.tsv``, longest first."""
    return re.compile("|".join(map(re.escape, departments())))


@cache
def _joined_departments() -> dict[str, tuple[str, ...]]:
    """The department names with a joiner (发展和改革委员会), by what follows a joiner
    (改革委员会), longest first."""
    tails: dict[str, list[str]] = {}
    for name in departments():
        for at, char in enumerate(name[:-1]):
            if char in "和与及":
                tails.setdefault(name[at + 1 :], []).append(name)
    return {tail: tuple(names) for tail, names in tails.items()}


def department_tails(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A body the model cut inside a department's name at its joiner (发展和|改革委员会,
    工业和|信息化厅) is the department: it grows left over the rest of the name.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "两省的发展和改革委员会签署协议"
    >>> [m.text for m in department_tails([mention(text, 6, 11, "Organization")], text,
    ...     load_lexicon())]
    ['发展和改革委员会']
    """
    out = []
    for m in ms:
        if m.type == "Organization":
            for name in _joined_departments().get(m.text, ()):
                cut = len(name) - len(m.text)
                if (
                    m.start >= cut
                    and text[m.start - cut : m.start] == name[:cut]
                    and not any(x.start < m.start and m.start - cut < x.end for x in ms)
                ):
                    m = span_mention(m, text, m.start - cut, m.end)
                    break
        out.append(m)
    return out


#: a government level written alone before its department (省发展改革委, 市商务局)
_LEVELS = ("自治区", "省", "市", "州", "县", "区", "盟")
#: what may stand before a level written alone (a list, a connector, a clause's start)
_BEFORE_LEVEL = set("、和与及同跟由向对在为并") | PUNCT


def local_departments(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A department of a local government (``departments.tsv``) after its division's name or
    a level written alone is one organisation (甘肃省发展改革委, 省文化和旅游厅, 市投资促进局),
    not a place and an untagged rest; 财政厅长 is a title, not a body.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "会上，省发展改革委与某公司签约，甘肃省文化和旅游厅出席"
    >>> ms = [mention(text, 16, 19, "Place")]
    >>> [m.text for m in local_departments(ms, text, load_lexicon())]
    ['省发展改革委', '甘肃省文化和旅游厅']
    >>> local_departments([], "副省长兼财政厅长", load_lexicon())
    []
    """
    out = list(ms)
    known = [p for p in find(lex, text) if p.type == "Place"]
    for hit in _departments().finditer(text):
        at, end = hit.start(), hit.end()
        if text[end : end + 1] == "长":
            continue  # 财政厅长: the title of the department's head
        places = [
            start
            for start, end, kind, name in [
                *((m.start, m.end, m.type, m.text) for m in out),
                *((p.start, p.end, p.type, p.text) for p in known),
            ]
            if end == at and kind == "Place" and lex.place_of(name) is not None
        ]
        start = min(places) if places else None
        if start is None:
            level = next((lv for lv in _LEVELS if text.startswith(lv, at - len(lv))), None)
            before = at - len(level) - 1 if level else None
            if before is not None and (before < 0 or text[before] in _BEFORE_LEVEL):
                start = at - len(level)  # type: ignore[arg-type]
        if start is not None:
            out = claim_government(out, text, start, end)
    return sorted(out)


#: offices of a government named after it (某省人民政府办公厅, 某市政府外事办公室)
_GOVERNMENT_OFFICE = re.compile(
    r"(?:办公厅|外事办公室|新闻办公室|办公室|研究室|参事室|发展研究中心|驻[\u4e00-\u9fff]{1,4}办事处"
    r"|(?:合作交流|经济合作|外事|侨务|港澳|台湾事务|台务|金融|接待|口岸|扶贫|研究)办(?![公事法])"
    r"|外办|台办|侨办|金融工作局|口岸办|合作交流办公室)"
)


def government_offices(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A government's office written right after it is one body with it (甘肃省人民政府 +
    办公厅 → 甘肃省人民政府办公厅), not the government itself.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "会议由甲省人民政府办公厅和省商务厅主办"
    >>> ms = [mention(text, 3, 9, "Organization")]
    >>> [m.text for m in government_offices(ms, text, load_lexicon())]
    ['甲省人民政府办公厅']
    """
    out = []
    for m in ms:
        hit = (
            _GOVERNMENT_OFFICE.match(text, m.end)
            if m.type == "Organization" and m.text.endswith("政府")
            else None
        )
        if hit is not None and not any(
            x is not m and x.start < hit.end() and m.end < x.end for x in ms
        ):
            m = mention(text, m.start, hit.end(), "Organization", "Government", origin=m.origin)
        out.append(m)
    return out


def known_place_heads(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """An organisation that starts inside a zone or place name the lexicon knows begins with
    that name (中新|天津生态城管理委员会 → 中新天津生态城管理委员会); a place the model cut short
    of a known name is that name (梁园|区 → 梁园区).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "中新天津生态城管理委员会与某公司签约"
    >>> [m.text for m in known_place_heads([mention(text, 2, 12, "Organization")], text,
    ...     load_lexicon())]
    ['中新天津生态城管理委员会']
    >>> text = "某州同江苏某某集团有限公司签约"
    >>> [m.text for m in known_place_heads([mention(text, 3, 13, "Organization")], text,
    ...     load_lexicon())]
    ['江苏某某集团有限公司']
    >>> text = "梁园区的项目"
    >>> [m.text for m in known_place_heads([mention(text, 0, 2, "Place")], text, load_lexicon())]
    ['梁园区']
    """
    out = sorted(ms)
    for known in find(lex, text):
        if known.type != "Place":
            continue
        for i, m in enumerate(out):
            cut = (
                m.type == "Organization"
                and known.start < m.start < known.end <= m.end
                # (同江|苏某某集团: no, a connector before a body that begins with 江苏)
                and not (
                    text[known.start : m.start] in ("同", "与", "和", "跟", "及", "向")
                    and any(lex.place_of(m.text[:k]) is not None for k in (2, 3))
                )
            )
            if cut and not any(
                x.start < m.start and known.start < x.end for x in out if x is not m
            ):
                out[i] = mention(text, known.start, m.end, "Organization", m.subtype, m.origin)
            short = m.type == "Place" and m.start == known.start and m.end < known.end
            if short and not any(
                x.start < known.end and m.end < x.end for x in out if x is not m
            ):  # 梁园|区: the model's place stops short of the known name
                out[i] = mention(text, known.start, known.end, "Place", None, m.origin)
    return sorted(out)


def join_branches(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A branch or office written right after its parent body is one organisation.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "某某银行股份有限公司北京市分行与某公司签约"
    >>> ms = [mention(text, 0, 10, "Organization"), mention(text, 10, 15, "Organization")]
    >>> [m.text for m in join_branches(ms, text, load_lexicon())]
    ['某某银行股份有限公司北京市分行']
    >>> text = "日本贸易振兴机构北京代表处首席代表"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 8, 13, "Organization")]
    >>> [m.text for m in join_branches(ms, text, load_lexicon())]
    ['日本贸易振兴机构北京代表处']
    """
    out = sorted(_place_branches(ms, text, lex))
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


#: the suffixes of a registered company's full name
_REGISTERED = ("有限责任公司", "股份有限公司", "有限公司")
_RUN = re.compile(r"[\u4e00-\u9fff]{2,18}")
#: function words that never stand inside a company's name
_FUNCTION_WORDS = set("的了在是与和及对向为将由把被从于并也就都又等")


def subsidiaries(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A company named after its parent runs on to its registered suffix over the places the
    model tagged inside it (某某集团|黄河|上游水电开发有限责任公司 → one company).

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "与某某集团黄河上游水电开发有限责任公司签约"
    >>> ms = [mention(text, 1, 5, "Organization"), mention(text, 5, 7, "Place")]
    >>> [m.text for m in subsidiaries(ms, text, load_lexicon())]
    ['某某集团黄河上游水电开发有限责任公司']
    """
    out = sorted(ms)
    for m in [x for x in out if x.type == "Organization"]:
        run = _RUN.match(text, m.end)
        if run is None or m.text.endswith(_REGISTERED):
            continue
        cut = max(
            (
                run.start() + i + len(r)
                for r in _REGISTERED
                for i in [run.group().rfind(r)]
                if i >= 0
            ),
            default=None,
        )
        if cut is None or any(c in _FUNCTION_WORDS for c in text[m.end : cut]):
            continue
        inside = [x for x in out if x is not m and x.start < cut and m.end < x.end]
        if not inside or any(x.type not in ("Place", "Person") or x.end > cut for x in inside):
            continue
        out = [x for x in out if x is not m and x not in inside]
        out = sorted([*out, mention(text, m.start, cut, "Organization", "Company", m.origin)])
    return out


def bracketed_places(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某某技术（北京）有限公司 read from the bracket on (北京）有限公司) is the whole company.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "与百度在线网络技术（北京）有限公司签署"
    >>> [m.text for m in bracketed_places([mention(text, 10, 17, "Organization")], text,
    ...     load_lexicon())]
    ['百度在线网络技术（北京）有限公司']
    >>> text = "与嘉果洋可（青海）进出口有限公司签订"
    >>> ms = [mention(text, 1, 4, "Person"), mention(text, 6, 16, "Organization")]
    >>> [m.text for m in bracketed_places(ms, text, load_lexicon())]
    ['嘉果洋可（青海）进出口有限公司']
    """
    out = sorted(ms)
    for m in [x for x in out if x.type == "Organization"]:
        if m.start == 0 or text[m.start - 1] not in "（(" or not re.search("[）)]", m.text):
            continue
        # a name the model read right before the bracket (嘉某某|（青海）…) is the company's head
        head = [
            x
            for x in out
            if x.type in ("Person", "Place")
            and x.end <= m.start - 1
            and re.fullmatch(r"[\u4e00-\u9fff]{0,2}", text[x.end : m.start - 1])
        ]
        floor = max((x.end for x in out if x.end <= m.start - 1 and x not in head), default=0)
        start = m.start - 1
        while start > floor and "\u4e00" <= text[start - 1] <= "\u9fff":
            if text[start - 1] in _FUNCTION_WORDS - {"在"} or m.start - start > 16:
                break
            start -= 1
        if m.start - 1 - start >= 2:
            out = [x for x in out if x is not m and not (x in head and x.start >= start)]
            out = sorted([*out, mention(text, start, m.end, "Organization", m.subtype, m.origin)])
    return out


#: a pilot free trade zone named after its province (中国（广西）自由贸易试验区) and its short
#: forms, with one of its areas (某某片区) when one is named
_FREE_TRADE_ZONE = re.compile(
    r"(?:自由贸易试验区|自贸试验区|自由贸易区)(?:[\u4e00-\u9fff]{2,6}?片区)?"
)


def bracketed_zones(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """中国（某省）自由贸易试验区: the country, the province in brackets and the zone are one
    place (the zone the province's name is given to), not a country and a province.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "中国（广西）自由贸易试验区新设企业"
    >>> ms = [mention(text, 0, 2, "Country"), mention(text, 3, 5, "Place")]
    >>> [(m.text, m.type) for m in bracketed_zones(ms, text, load_lexicon())]
    [('中国（广西）自由贸易试验区', 'Place')]
    >>> text = "依托中国（广西）自由贸易试验区钦州港片区建设"
    >>> ms = [mention(text, 2, 4, "Country"), mention(text, 5, 7, "Place")]
    >>> [m.text for m in bracketed_zones(ms, text, load_lexicon())]
    ['中国（广西）自由贸易试验区钦州港片区']
    """
    out = sorted(ms)
    k = 1
    while k < len(out):
        head, inner = out[k - 1], out[k]
        zone = _FREE_TRADE_ZONE.match(text, inner.end + 1)
        if (
            head.type in ("Country", "Place")
            and inner.type == "Place"
            and text[head.end : inner.start] in ("（", "(")
            and text[inner.end : inner.end + 1] in ("）", ")")
            and zone is not None
            # (a place naming the zone's area, 昆明片区, is part of it; anything else stops it)
            and not any(
                x.start < zone.end()
                and x.end > inner.end
                and (x.end > zone.end() or x.type != "Place")
                for x in out
            )
        ):
            inside = [x for x in out[k + 1 :] if x.end <= zone.end()]
            out[k - 1 : k + 1 + len(inside)] = [
                Mention(head.start, zone.end(), text[head.start : zone.end()], "Place", "zone")
            ]
            continue
        k += 1
    return out


def bracketed_place_bodies(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """某省（某市）国际陆港管理委员会 / 中国（某省）国际贸易投资促进中心: a place and a place in
    brackets written right before a body are the head of the body's one name.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "甘肃（兰州）国际陆港管理委员会主任出席"
    >>> ms = [mention(text, 0, 2, "Place"), mention(text, 3, 5, "Place"),
    ...       mention(text, 6, 15, "Organization")]
    >>> [(m.text, m.type) for m in bracketed_place_bodies(ms, text, load_lexicon())]
    [('甘肃（兰州）国际陆港管理委员会', 'Organization')]
    """
    out = sorted(ms)
    k = 2
    while k < len(out):
        head, inner, body = out[k - 2], out[k - 1], out[k]
        if (
            body.type == "Organization"
            and head.type in ("Place", "Country")
            and inner.type in ("Place", "Country")
            and text[head.end : inner.start] in ("（", "(")
            and text[inner.end : body.start] in ("）", ")")
        ):
            out[k - 2 : k + 1] = [span_mention(body, text, head.start, body.end)]
            continue
        k += 1
    return out


#: a department of a ministry or a national commission, written after it and before a title
#: (商务部|服务贸易和商贸服务业司|副司长): Han characters ending in 司
_MINISTRY_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,14}?司(?=[\u4e00-\u9fff])")
_MINISTRY_ENDINGS = ("部", "委", "委员会", "总署", "总局", "署")


def ministry_departments(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A ministry's department written between the ministry and a title is the body of the title
    (商务部服务贸易和商贸服务业司副司长某某 → 商务部服务贸易和商贸服务业司), one organisation.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "商务部服务贸易和商贸服务业司副司长某某出席"
    >>> ms = [mention(text, 0, 3, "Organization"), mention(text, 14, 17, "Role")]
    >>> [m.text for m in ministry_departments(ms, text, load_lexicon())]
    ['商务部服务贸易和商贸服务业司', '副司长']
    """
    roles = {m.start for m in ms if m.type == "Role"}
    out = []
    for m in ms:
        if m.type == "Organization" and m.text.endswith(_MINISTRY_ENDINGS):
            tail = _MINISTRY_DEPARTMENT.match(text, m.end)
            if (
                tail is not None
                and tail.end() in roles
                and not any(m.end <= x.start < tail.end() for x in ms)
            ):
                m = span_mention(m, text, m.start, tail.end())
        out.append(m)
    return out


#: the short forms of development zones a body's name may begin with (经开区管委会)
_ZONE_SHORT_FORMS = ("经开区", "高新区", "综保区", "保税区", "自贸区", "新区")


def zone_forms_cut(ms: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A body the model began inside a zone's short form (经|开区管委会) begins with the form.

    >>> from fairgraph.zh.lexicon import load_lexicon
    >>> text = "，经开区管委会主任某某推介"
    >>> [m.text for m in zone_forms_cut([mention(text, 2, 7, "Organization")], text,
    ...     load_lexicon())]
    ['经开区管委会']
    """
    out = []
    for m in ms:
        if m.type == "Organization":
            for form in _ZONE_SHORT_FORMS:
                cut = next(
                    (
                        k
                        for k in range(1, len(form) - 1)
                        if m.start >= k
                        and m.text.startswith(form[k:])
                        and text[m.start - k : m.start] == form[:k]
                    ),
                    None,
                )
                if cut is not None and not any(
                    x.start < m.start and m.start - cut < x.end for x in ms
                ):
                    m = span_mention(m, text, m.start - cut, m.end)
                    break
        out.append(m)
    return out
