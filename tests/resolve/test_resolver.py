"""Each resolution rule, on extractions built by hand (no recogniser involved)."""

from __future__ import annotations

import dataclasses

from fairgraph.model import Document, Extraction, Mention, Post, Span
from fairgraph.resolve import AliasRules, resolve
from fairgraph.zh.naming.context import DocumentContext, document_context
from fairgraph.zh.naming.keys import abbreviations, key_of, place_body


def _doc(text: str, source: str) -> Document:
    return Document.from_text(text, source=source)


def _m(text: str, doc: Document, kind: str, nth: int = 0, **kw) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Mention(start, start + len(text), text, kind, **kw)


def _extraction(doc: Document, mentions: list[Mention], posts: tuple[Post, ...] = ()) -> Extraction:
    return Extraction(
        document=doc,
        mentions=tuple(sorted(mentions)),
        posts=posts,
        sentences=(Span(0, len(doc.text), doc.text),),
    )


def _labels(resolution, kind: str) -> dict[str, tuple[str, ...]]:
    return {e.label: e.alt_labels for e in resolution.entities if e.type == kind}


def test_short_government_names_follow_the_report_province() -> None:
    qinghai = _doc("青海省举办推介会。省政府与企业签约。", "q.txt")
    fujian = _doc("福建省举办推介会。省政府与企业签约。", "f.txt")
    res = resolve(
        [
            _extraction(
                qinghai, [_m("青海省", qinghai, "Place"), _m("省政府", qinghai, "Organization")]
            ),
            _extraction(
                fujian, [_m("福建省", fujian, "Place"), _m("省政府", fujian, "Organization")]
            ),
        ]
    )
    orgs = _labels(res, "Organization")
    assert set(orgs) == {"青海省人民政府", "福建省人民政府"}
    assert orgs["青海省人民政府"] == ("省政府",)


def test_place_and_body_forms() -> None:
    assert place_body("青海省政府") == "青海省人民政府"
    assert place_body("兰州市委") == "中国共产党兰州市委员会"
    assert place_body("中国政府") is None
    ctx = DocumentContext(province="青海省", city="西宁市")
    assert ctx.expand("省商务厅") == "青海省商务厅"
    assert ctx.self_place("我省") == "青海省"
    assert ctx.body_of_role("常务副省长") == "青海省人民政府"
    assert ctx.body_of_role("副厅长") is None
    region = DocumentContext(province="宁夏回族自治区", city="银川市")
    assert region.body_of_role("自治区副主席") == "宁夏回族自治区人民政府"
    assert region.body_of_role("自治区党委副书记") == "中国共产党宁夏回族自治区委员会"
    assert region.body_of_role("市政府秘书长") == "银川市人民政府"
    assert region.body_of_role("主席") is None
    assert place_body("宁夏回族自治区党委") == "中国共产党宁夏回族自治区委员会"
    beijing = _doc("北京市举行推介会。", "b.txt")
    assert document_context(beijing, [_m("北京市", beijing, "Place")]).city == "北京市"


def test_standard_short_names_and_country_prefixed_names_are_alt_labels() -> None:
    doc = _doc("贵州省委与越南海防市人民委员会在昆明滇池国际会展中心签约。", "g.txt")
    mentions = [
        _m("贵州省委", doc, "Organization"),
        _m("越南", doc, "Country"),
        _m("海防市人民委员会", doc, "Organization"),
        _m("昆明滇池国际会展中心", doc, "Place"),
    ]
    res = resolve([_extraction(doc, mentions)])
    orgs = _labels(res, "Organization")
    assert "中共贵州省委" in orgs["中国共产党贵州省委员会"]
    assert "海防市人民委员会" in orgs["越南海防市人民委员会"]
    assert "滇池国际会展中心" in _labels(res, "Place")["昆明滇池国际会展中心"]


def test_countries_merge_by_iso_code_whatever_the_variant() -> None:
    doc = _doc("吉尔吉斯共和国代表团访问。吉尔吉斯斯坦客商参展。", "k.txt")
    res = resolve(
        [
            _extraction(
                doc, [_m("吉尔吉斯共和国", doc, "Country"), _m("吉尔吉斯斯坦", doc, "Country")]
            )
        ]
    )
    countries = [e for e in res.entities if e.type == "Country"]
    assert len(countries) == 1 and countries[0].iso_code == "KG"
    assert key_of(_m("吉尔吉斯共和国", doc, "Country"), ctx=DocumentContext())[0] == "Country|KG"


def test_abbreviation_within_a_document_only_for_a_unique_full_name() -> None:
    assert abbreviations(["金山办公", "北京金山办公软件股份有限公司"]) == {
        "金山办公": "北京金山办公软件股份有限公司"
    }
    assert abbreviations(["国家电网", "国家电网青海省电力公司"]) == {}
    assert abbreviations(["360集团", "360数字安全集团有限公司"]) == {}


def test_lexicon_short_names_resolve_to_the_full_name() -> None:
    doc = _doc("中国电信与中国电信集团有限公司。", "t.txt")
    res = resolve(
        [
            _extraction(
                doc,
                [
                    _m("中国电信", doc, "Organization"),
                    _m("中国电信集团有限公司", doc, "Organization"),
                ],
            )
        ]
    )
    assert _labels(res, "Organization") == {"中国电信集团有限公司": ("中国电信",)}


def _post_doc(source: str, org: str, person: str = "王明") -> Extraction:
    # the source name keeps the texts (and so the documents) distinct
    doc = _doc(f"{org}董事长{person}出席。{person}表示欢迎{source}。", source)
    o, r, p = _m(org, doc, "Organization"), _m("董事长", doc, "Role"), _m(person, doc, "Person")
    later = _m(person, doc, "Person", nth=1)
    post = Post(person=p, role=r, evidence=Span(0, len(doc.text), doc.text), organization=o)
    return _extraction(doc, [o, r, p, later], (post,))


def test_same_name_people_merge_only_when_an_organisation_agrees() -> None:
    same = resolve([_post_doc("a.txt", "甲科技有限公司"), _post_doc("b.txt", "甲科技有限公司")])
    assert sum(e.type == "Person" for e in same.entities) == 1
    person = next(e for e in same.entities if e.type == "Person")
    assert any(n.rule == "same-name-shared-organization" for n in person.merges)
    different = resolve(
        [_post_doc("a.txt", "甲科技有限公司"), _post_doc("b.txt", "乙能源有限公司")]
    )
    assert sum(e.type == "Person" for e in different.entities) == 2


def test_later_mentions_in_a_document_are_the_same_person() -> None:
    res = resolve([_post_doc("a.txt", "甲科技有限公司")])
    person = next(e for e in res.entities if e.type == "Person")
    assert len(person.evidence) == 2
    assert res.posts[0].role == "董事长"


def test_user_aliases_and_forbidden_merges() -> None:
    doc = _doc("金山办公与北京金山办公软件股份有限公司。", "k.txt")
    mentions = [
        _m("金山办公", doc, "Organization"),
        _m("北京金山办公软件股份有限公司", doc, "Organization"),
    ]
    merged = resolve([_extraction(doc, mentions)])
    assert len(_labels(merged, "Organization")) == 1
    rules = AliasRules.parse("!金山办公 = 北京金山办公软件股份有限公司")
    kept = resolve([_extraction(doc, mentions)], rules)
    assert len(_labels(kept, "Organization")) == 2
    people = resolve(
        [_post_doc("a.txt", "甲科技有限公司"), _post_doc("b.txt", "甲科技有限公司")],
        AliasRules.parse("!王明"),
    )
    assert sum(e.type == "Person" for e in people.entities) == 2


def test_resolution_does_not_depend_on_input_order() -> None:
    a, b = _post_doc("a.txt", "甲科技有限公司"), _post_doc("b.txt", "乙能源有限公司", "李华")
    assert resolve([a, b]) == resolve([b, a])


def test_document_context_prefers_the_most_named_province() -> None:
    doc = _doc("西宁讯 青海省与甘肃省合作，青海省表示。", "c.txt")
    mentions = [
        _m("西宁", doc, "Place"),
        _m("青海省", doc, "Place"),
        _m("甘肃省", doc, "Place"),
        _m("青海省", doc, "Place", nth=1),
    ]
    ctx = document_context(doc, mentions)
    assert (ctx.province, ctx.city) == ("青海省", "西宁市")


def test_a_shared_fair_short_name_follows_the_edition_the_report_names() -> None:
    doc = _doc("第21届中国东西部合作与投资贸易洽谈会开幕。西洽会期间签约。", "x.txt")
    full = _m("第21届中国东西部合作与投资贸易洽谈会", doc, "Fair", subtype="21")
    short = _m("西洽会", doc, "Fair")
    res = resolve([_extraction(doc, [full, short])])
    fairs = [e for e in res.entities if e.type == "Fair"]
    assert [(f.label, f.alt_labels) for f in fairs] == [
        ("第21届中国东西部合作与投资贸易洽谈会", ("西洽会",))
    ]
    alone = _doc("西洽会期间签约。", "y.txt")
    other = resolve([_extraction(alone, [_m("西洽会", alone, "Fair")])])
    assert "中国西部国际投资贸易洽谈会" in next(e.label for e in other.entities if e.type == "Fair")


def test_country_and_party_prefixes_do_not_split_a_body() -> None:
    ctx = DocumentContext()
    for a, b in (("中国商务部", "商务部"), ("中共福建省委", "福建省委")):
        ka = key_of(Mention(0, len(a), a, "Organization"), ctx)[0]
        kb = key_of(Mention(0, len(b), b, "Organization"), ctx)[0]
        assert ka == kb, (a, b)


def test_compound_and_variant_place_names_resolve_to_the_known_place() -> None:
    ctx = DocumentContext()
    for name, place in (
        ("广西南宁", "南宁市"),
        ("广西自治区", "广西壮族自治区"),
        ("青海西宁", "西宁市"),
    ):
        assert key_of(Mention(0, len(name), name, "Place"), ctx)[1] == place


def test_a_government_title_after_a_committee_names_the_place_government() -> None:
    """海南省委副书记、省长某某: 省长 belongs to the province's government, whose place the
    post extractor cut from the committee's name (no mention of its own)."""
    doc = _doc("海南省委副书记、省长钟某某出席。", "h.txt")
    person = _m("钟某某", doc, "Person")
    committee = _m("海南省委", doc, "Organization", subtype="Government")
    place = Mention(0, 3, "海南省", "Organization", "Government", origin="implied-by-place")
    span = Span(0, len(doc.text), doc.text)
    posts = (
        Post(person=person, role=_m("副书记", doc, "Role"), evidence=span, organization=committee),
        Post(person=person, role=_m("省长", doc, "Role"), evidence=span, organization=place),
    )
    res = resolve([_extraction(doc, [committee, person], posts)])
    holders = {(p.role, p.organization) for p in res.posts}
    assert ("省长", "Organization|海南省人民政府") in holders
    assert "海南省人民政府" in _labels(res, "Organization")


def test_a_foreign_region_head_works_for_a_plain_government() -> None:
    """俄罗斯某某州州长: a region the lexicon does not know has a 政府, not a 人民政府."""
    doc = _doc("阿某尔州州长瓦某出席。", "r.txt")
    region, person = _m("阿某尔州", doc, "Place"), _m("瓦某", doc, "Person")
    post = Post(
        person=person,
        role=_m("州长", doc, "Role"),
        evidence=Span(0, len(doc.text), doc.text),
        organization=region,
    )
    res = resolve([_extraction(doc, [region, person], (post,))])
    assert [p.organization for p in res.posts] == ["Organization|阿某尔州政府"]


def _fair_labels(text: str, fairs: list[str]) -> dict[str, tuple[str, ...]]:
    doc = _doc(text, "fair.txt")
    mentions = [
        dataclasses.replace(_m(name, doc, "Fair", nth), subtype=edition)
        for name, nth, edition in _fair_specs(fairs)
    ]
    return _labels(resolve([_extraction(doc, mentions)]), "Fair")


def _fair_specs(fairs: list[str]) -> list[tuple[str, int, str | None]]:
    seen: dict[str, int] = {}
    out = []
    for spec in fairs:
        name, _, edition = spec.partition("@")
        out.append((name, seen.get(name, 0), edition or None))
        seen[name] = seen.get(name, 0) + 1
    return out


def test_a_short_name_stands_for_the_series_the_report_names_in_full() -> None:
    """中博会 is the lexicon's short name of another fair; in a report naming 中国中部投资贸易
    博览会 it abbreviates that one, with or without an edition."""
    text = "第十四届中国中部投资贸易博览会闭幕。本届中博会签约项目多。第十五届中博会将在南昌举办。"
    labels = _fair_labels(
        text, ["第十四届中国中部投资贸易博览会@14", "中博会", "第十五届中博会@15"]
    )
    assert set(labels) == {"第14届中国中部投资贸易博览会", "第15届中国中部投资贸易博览会"}
    assert "中博会" in labels["第14届中国中部投资贸易博览会"]


def test_a_year_written_before_a_fair_name_is_its_year() -> None:
    text = "2024中国国际大数据产业博览会开幕。数博会展期三天。"
    labels = _fair_labels(text, ["2024中国国际大数据产业博览会", "数博会"])
    assert list(labels) == ["2024年中国国际大数据产业博览会"]
    assert "2024中国国际大数据产业博览会" in labels["2024年中国国际大数据产业博览会"]


def test_a_fair_written_without_its_leading_zhongguo_is_the_same_series() -> None:
    text = "第三十三届哈尔滨国际经济贸易洽谈会开幕。第三十三届哈洽会共有千家企业参展。"
    labels = _fair_labels(text, ["第三十三届哈尔滨国际经济贸易洽谈会@33", "第三十三届哈洽会@33"])
    assert list(labels) == ["第33届中国哈尔滨国际经济贸易洽谈会"]


def test_a_ministry_named_by_a_title_is_an_organisation() -> None:
    doc = _doc("某国财政部长王某出席。", "m.txt")
    person = _m("王某", doc, "Person")
    ministry = Mention(0, 5, "某国财政部", "Organization", "Government", origin="implied-by-title")
    post = Post(
        person=person,
        role=_m("财政部长", doc, "Role"),
        evidence=Span(0, len(doc.text), doc.text),
        organization=ministry,
    )
    res = resolve([_extraction(doc, [person], (post,))])
    assert [p.organization for p in res.posts] == ["Organization|某国财政部"]
    assert "某国财政部" in _labels(res, "Organization")


def test_a_county_report_names_the_county_s_bodies() -> None:
    """县委副书记、县长某某 in a report about one county: its committee and its government."""
    from fairgraph.zh.pipeline import extract_document

    text = "德清县举行招商引资项目集中签约活动。县委副书记、县长钱志远主持，县委书记孙海峰致辞。"
    res = resolve([extract_document(Document.from_text(text, source="c.txt"), backend="rules")])
    got = {(p.role, p.organization) for p in res.posts}
    assert ("县长", "Organization|德清县人民政府") in got
    assert ("书记", "Organization|中国共产党德清县委员会") in got


def test_a_region_s_short_committee_needs_an_autonomous_region() -> None:
    region = DocumentContext("宁夏回族自治区")
    assert region.expand("自治区党委") == "中国共产党宁夏回族自治区委员会"
    assert DocumentContext("甘肃省").expand("自治区党委") is None


def test_an_exact_fair_total_replaces_an_approximate_headline_one() -> None:
    from fairgraph.zh.pipeline import extract_document

    text = (
        "第5届某某博览会闭幕 签约总额超千亿元\n2024年8月21日\n\n"
        "本届某某博览会共签约项目312个，签约总金额1086亿元。"
    )
    res = resolve([extract_document(Document.from_text(text, source="f.txt"), backend="rules")])
    totals = [f.total_investment[1].value for f in res.fairs if f.total_investment]
    assert totals == [108600000000]


def test_a_short_name_declared_in_brackets_is_the_organisation() -> None:
    doc = _doc(
        "甲乙科技股份有限公司（以下简称“公司”）与丙市人民政府签约。公司董事长出席。", "t.txt"
    )
    full = _m("甲乙科技股份有限公司", doc, "Organization")
    short = _m("公司", doc, "Organization", nth=1)
    res = resolve([_extraction(doc, [full, short])])
    orgs = [e for e in res.entities if e.type == "Organization"]
    assert [e.label for e in orgs] == ["甲乙科技股份有限公司"]


def test_prefecture_and_district_short_forms_follow_the_report() -> None:
    doc = _doc("海西蒙古族藏族自治州举办推介会。州政府与企业签约，常务副州长出席。", "h.txt")
    ctx = document_context(doc, [_m("海西蒙古族藏族自治州", doc, "Place")])
    assert ctx.expand("州政府") == "海西蒙古族藏族自治州人民政府"
    assert ctx.body_of_role("常务副州长") == "海西蒙古族藏族自治州人民政府"
    assert ctx.expand("区政府") is None  # no district in this report
    doc = _doc("宁波市北仑区举行签约会。区政府与企业签约。", "b.txt")
    ctx = document_context(doc, [_m("宁波市", doc, "Place"), _m("北仑区", doc, "Place")])
    assert ctx.expand("区政府") == "宁波市北仑区人民政府"
    assert ctx.expand("州政府") is None  # 宁波市 is no prefecture


def test_city_short_forms_in_a_prefecture_report_name_its_county_level_city() -> None:
    doc = _doc("海西蒙古族藏族自治州格尔木市举行签约会。市委书记出席，市政府与企业签约。", "g.txt")
    places = [_m("海西蒙古族藏族自治州", doc, "Place"), _m("格尔木市", doc, "Place")]
    ctx = document_context(doc, places)
    assert ctx.expand("市政府") == "格尔木市人民政府"
    assert ctx.expand("州政府") == "海西蒙古族藏族自治州人民政府"  # two different bodies
    assert ctx.body_of_role("市委书记") == "中国共产党格尔木市委员会"


def test_a_short_form_names_the_place_named_before_it_in_its_sentence() -> None:
    doc = _doc("刚察县与企业签约。刚察县举行推介会。海晏县副县长代表县政府与某公司签约。", "c.txt")
    mentions = [
        _m("刚察县", doc, "Place"),
        _m("刚察县", doc, "Place", nth=1),
        _m("海晏县", doc, "Place"),
        _m("县政府", doc, "Organization"),
    ]
    orgs = _labels(resolve([_extraction_sentences(doc, mentions)]), "Organization")
    assert "海晏县人民政府" in orgs and "刚察县人民政府" not in orgs


def test_zone_bodies_written_short_and_long_are_one_body() -> None:
    doc = _doc("西宁经开区管委会与企业签约。西宁经济技术开发区管理委员会主任出席。", "z.txt")
    mentions = [
        _m("西宁经开区管委会", doc, "Organization"),
        _m("西宁经济技术开发区管理委员会", doc, "Organization"),
    ]
    orgs = _labels(resolve([_extraction(doc, mentions)]), "Organization")
    assert list(orgs) == ["西宁经济技术开发区管理委员会"]
    assert orgs["西宁经济技术开发区管理委员会"] == ("西宁经开区管委会",)


def _extraction_sentences(doc: Document, mentions: list[Mention]) -> Extraction:
    spans = []
    start = 0
    for i, ch in enumerate(doc.text):
        if ch == "。":
            spans.append(Span(start, i + 1, doc.text[start : i + 1]))
            start = i + 1
    return Extraction(document=doc, mentions=tuple(sorted(mentions)), sentences=tuple(spans))


def test_a_bare_title_names_the_body_of_the_province_just_named() -> None:
    # a report on one province (named three times) where another province's governor speaks
    doc = _doc(
        "甘肃省举办洽谈会。甘肃省领导出席。甘肃省欢迎嘉宾。福建省担任主宾省，省长赵明致辞。",
        "t.txt",
    )
    role, person = _m("省长", doc, "Role"), _m("赵明", doc, "Person")
    places = [_m("甘肃省", doc, "Place", n) for n in range(3)] + [_m("福建省", doc, "Place")]
    post = Post(person=person, role=role, evidence=Span(0, len(doc.text), doc.text))
    res = resolve([_extraction(doc, [*places, role, person], (post,))])
    orgs = {e.key: e.label for e in res.entities if e.type == "Organization"}
    assert [orgs[p.organization] for p in res.posts] == ["福建省人民政府"]


def test_a_province_visited_is_not_the_report_province() -> None:
    doc = _doc("我省代表团到甘肃省考察。青海省与甘肃省签约。青海省企业参加。", "t.txt")
    places = [_m("甘肃省", doc, "Place", n) for n in (0, 1)]
    places += [_m("青海省", doc, "Place", n) for n in (0, 1)]
    assert document_context(doc, places).province == "青海省"


def test_a_sentence_quoting_another_province_official_names_that_province_bodies() -> None:
    text = (
        "甘肃省举办洽谈会。甘肃省领导出席。甘肃省欢迎嘉宾。"
        "福建省担任主宾省，省长赵明致辞。赵明代表省政府祝贺。"
    )
    doc = _doc(text, "t.txt")
    places = [_m("甘肃省", doc, "Place", n) for n in range(3)] + [_m("福建省", doc, "Place")]
    role, person = _m("省长", doc, "Role"), _m("赵明", doc, "Person")
    later, body = _m("赵明", doc, "Person", nth=1), _m("省政府", doc, "Organization")
    res = resolve([_extraction(doc, [*places, role, person, later, body])])
    orgs = _labels(res, "Organization")
    assert orgs == {"福建省人民政府": ("省政府",)}


def test_the_surname_of_a_transliterated_name_is_the_same_person_in_its_report() -> None:
    doc = _doc("俄罗斯驻华大使伊万·彼得罗夫出席。彼得罗夫表示感谢。", "t.txt")
    full, short = _m("伊万·彼得罗夫", doc, "Person"), _m("彼得罗夫", doc, "Person", nth=1)
    res = resolve([_extraction(doc, [full, short])])
    people = [e for e in res.entities if e.type == "Person"]
    assert [p.label for p in people] == ["伊万·彼得罗夫"]
    assert any(n.rule == "surname-of-full-name-in-document" for n in people[0].merges)


def test_a_bare_department_is_the_one_fuller_body_of_its_report() -> None:
    """省商务厅 (read as 青海省商务厅 from the report's province) and later 商务厅: one body; a
    bare name with two fuller candidates stays itself."""
    doc = _doc("青海省举办推介会。记者从省商务厅获悉。商务厅还将与企业签约。", "q.txt")
    res = resolve(
        [
            _extraction(
                doc,
                [
                    _m("青海省", doc, "Place"),
                    _m("省商务厅", doc, "Organization"),
                    _m("商务厅", doc, "Organization", nth=1),
                ],
            )
        ]
    )
    orgs = _labels(res, "Organization")
    assert list(orgs) == ["青海省商务厅"] and "商务厅" in orgs["青海省商务厅"]
    two = _doc("甘肃省商务厅与青海省商务厅签约。商务厅表示欢迎。", "two.txt")
    res = resolve(
        [
            _extraction(
                two,
                [
                    _m("甘肃省商务厅", two, "Organization"),
                    _m("青海省商务厅", two, "Organization"),
                    _m("商务厅", two, "Organization", nth=2),
                ],
            )
        ]
    )
    assert sorted(_labels(res, "Organization")) == ["商务厅", "甘肃省商务厅", "青海省商务厅"]


def test_a_place_before_an_officials_title_signs_as_that_body() -> None:
    """西宁市副市长某某与某公司签署: the party is 西宁市's government, not the city."""
    from fairgraph.zh.pipeline import extract_document

    doc = _doc(
        "青海省举办推介会。西宁市副市长张华与青海盐湖工业股份有限公司签署了投资协议。", "s.txt"
    )
    res = resolve([extract_document(doc, backend="default")])
    label = {e.key: e.label for e in res.entities}
    assert [sorted(label[k] for k in a.parties) for a in res.agreements] == [
        ["西宁市人民政府", "青海盐湖工业股份有限公司"]
    ]


def test_a_resolver_fed_one_report_at_a_time_resolves_as_the_corpus_does() -> None:
    """Reports keyed as they arrive, in any order, duplicates included: the resolution of
    :func:`resolve` over all of them (entities, merges, posts and their bodies)."""
    from fairgraph.languages import extract_document
    from fairgraph.resolve import Resolver

    texts = [
        "青海省副省长王明出席开幕式。青海省商务厅与某某集团签署合作协议。",
        "商务厅厅长李华表示，青海省商务厅将与某某集团深化合作。",
        "青海省人民政府副省长王明会见某某集团董事长赵强。",
    ]
    documents = [Document.from_text(t, source=f"r{i}.txt") for i, t in enumerate(texts)]
    documents.append(Document.from_text(texts[0], source="copy.txt"))  # the same text again
    extractions = [extract_document(d, backend="rules") for d in documents]
    expected = resolve(extractions)
    assert expected.posts and len(expected.entities) > 4
    for order in (extractions, extractions[::-1], extractions[1:] + extractions[:1]):
        resolver = Resolver()
        for extraction in order:
            resolver.add(extraction)
        assert resolver.resolution() == expected


def test_a_bare_department_beside_another_place_is_not_the_fuller_body() -> None:
    """A bare 商务厅 in a sentence whose title names another province (甘肃省副省长李明和商务厅
    负责人) is not the report's one fuller body (四川省商务厅); in a sentence naming no place, or
    the body's own, it still is."""
    text = "四川省商务厅与客商签约。甘肃省副省长李明和商务厅负责人出席。商务厅负责人介绍情况。"
    doc = _doc(text, "s.txt")
    ends = [i + 1 for i, ch in enumerate(text) if ch == "。"]
    sentences = tuple(Span(s, e, text[s:e]) for s, e in zip([0, *ends[:-1]], ends, strict=True))
    res = resolve(
        [
            dataclasses.replace(
                _extraction(
                    doc,
                    [
                        _m("四川省商务厅", doc, "Organization"),
                        _m("甘肃省", doc, "Place"),
                        _m("副省长", doc, "Role"),
                        _m("李明", doc, "Person"),
                        _m("商务厅", doc, "Organization", nth=1),
                        _m("负责人", doc, "Role"),
                        _m("商务厅", doc, "Organization", nth=2),
                    ],
                ),
                sentences=sentences,
            )
        ]
    )
    orgs = _labels(res, "Organization")
    assert sorted(orgs) == ["商务厅", "四川省商务厅"]
    assert orgs["四川省商务厅"] == ("商务厅",)  # the last sentence's, by its evidence
    body = next(e for e in res.entities if e.label == "四川省商务厅")
    assert sorted(ev.sentence.start for ev in body.evidence) == [0, ends[1]]


def test_a_bare_department_is_not_another_provinces_in_a_report_on_its_own() -> None:
    """A report on 甘肃省 naming 青海省商务厅 once: a bare 商务厅 in a sentence naming no
    place may be 甘肃省's and stays itself; in a report on 青海省 it is 青海省商务厅."""
    gansu = _doc(
        "甘肃省举办推介会。甘肃省副省长李明出席。青海省商务厅介绍了情况。商务厅与企业签约。",
        "g.txt",
    )
    mentions = [
        _m("甘肃省", gansu, "Place"),
        _m("甘肃省", gansu, "Place", nth=1),
        _m("青海省商务厅", gansu, "Organization"),
        _m("商务厅", gansu, "Organization", nth=1),
    ]
    res = resolve([_extraction_sentences(gansu, mentions)])
    assert sorted(_labels(res, "Organization")) == ["商务厅", "青海省商务厅"]
    qinghai = _doc("青海省举办推介会。青海省商务厅介绍了情况。商务厅与企业签约。", "q.txt")
    mentions = [
        _m("青海省", qinghai, "Place"),
        _m("青海省商务厅", qinghai, "Organization"),
        _m("商务厅", qinghai, "Organization", nth=1),
    ]
    res = resolve([_extraction_sentences(qinghai, mentions)])
    assert list(_labels(res, "Organization")) == ["青海省商务厅"]
