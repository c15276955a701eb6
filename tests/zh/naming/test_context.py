"""The place a report speaks for (zh/naming/context.py), through the whole pipeline."""

from __future__ import annotations

from fairgraph.model import Document
from fairgraph.resolve import resolve
from fairgraph.zh.pipeline import extract_document


def _posts(text: str) -> set[tuple[str, str, str]]:
    res = resolve([extract_document(Document.from_text(text, source="t.txt"), backend="default")])
    label = {e.key: e.label for e in res.entities}
    return {(label[p.person], p.role, label[p.organization]) for p in res.posts}


def test_the_city_hosting_a_fair_is_not_the_reports_own() -> None:
    """A report on 我市's delegation to a fair held in another province's city: 市委 after the
    venue is still the report's own city's Party committee."""
    text = (
        "第九届某某国际博览会于四川成都拉开帷幕，市委副书记王立新带领平凉代表团出席。"
        "我市组团参加，平凉的果品受到欢迎。平凉市还举办了推介会。"
    )
    posts = _posts(text)
    assert ("王立新", "副书记", "中国共产党平凉市委员会") in posts


def test_a_city_at_a_fair_in_another_city_speaks_for_itself() -> None:
    """我市组团参加兰洽会: 兰州 (the fair's host, named most) is not the report's city."""
    text = (
        "兰洽会在兰州开幕。兰洽会期间，我市由市长助理王立新带队参加。"
        "兰州各界欢迎天水客商，天水市在兰州举办推介会，兰州市民踊跃参观。"
    )
    assert ("王立新", "市长助理", "天水市人民政府") in _posts(text)


def test_a_party_committee_named_with_zhonggong_places_the_report() -> None:
    from fairgraph.model import Document, Mention
    from fairgraph.zh.naming.context import document_context

    text = "中共甘肃省委、省政府高度重视招商引资工作。"
    doc = Document.from_text(text, source="t.txt")
    ctx = document_context(doc, [Mention(0, 6, "中共甘肃省委", "Organization")])
    assert ctx.province == "甘肃省"
    assert ctx.expand("省政府") == "甘肃省人民政府"


def test_provincial_short_forms_in_a_report_placed_in_a_region_name_a_province() -> None:
    from fairgraph.model import Document
    from fairgraph.resolve import resolve
    from fairgraph.zh.pipeline import extract_document

    text = (
        "本报南宁9月4日电 第十届中国—东盟博览会在广西南宁举行。我省代表团在博览会期间签约。\n"
        "湖南省投资推介会举行。副省长李某某，广西壮族自治区党委常委、副主席张某某出席。"
        "省商务厅厅长周某主持。\n"
    )
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    labels = {e.key: e.label for e in res.entities}
    posts = {(labels[p.person], p.role, labels.get(p.organization)) for p in res.posts}
    assert ("李某某", "副省长", "湖南省人民政府") in posts
    assert ("周某", "厅长", "湖南省商务厅") in posts
    assert ("张某某", "副主席", "广西壮族自治区人民政府") in posts


def test_a_bare_zone_committee_after_the_zones_party_committee_is_that_zones() -> None:
    from fairgraph.model import Document
    from fairgraph.resolve import resolve
    from fairgraph.zh.pipeline import extract_document

    text = (
        "第二十届兰洽会在兰州开幕。兰州新区党工委书记、管委会主任王三出席。管委会主任李四也到场。"
    )
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    labels = {e.key: e.label for e in res.entities}
    posts = {(labels[p.person], p.role, labels.get(p.organization)) for p in res.posts}
    assert ("王三", "主任", "兰州新区管理委员会") in posts
    assert ("李四", "主任", "兰州新区管理委员会") not in posts  # no zone named in its sentence


def test_bare_region_bodies_and_titles_name_the_reports_region() -> None:
    from fairgraph.model import Document
    from fairgraph.resolve import resolve
    from fairgraph.zh.pipeline import extract_document

    text = (
        "新华社银川9月6日电 第二届中国—阿拉伯国家博览会在银川开幕。"
        "自治区党委常委、副主席李明，自治区政协副主席王华出席。"
    )
    res = resolve([extract_document(Document.from_text(text, source="t.txt"))])
    labels = {e.key: e.label for e in res.entities}
    posts = {(labels[p.person], p.role, labels.get(p.organization)) for p in res.posts}
    assert ("李明", "副主席", "宁夏回族自治区人民政府") in posts
    assert ("王华", "副主席", "中国人民政治协商会议宁夏回族自治区委员会") in posts


def test_a_bare_party_department_after_its_committees_title_is_that_committees() -> None:
    """省委常委、宣传部部长: the department of the report's province's committee; another
    province's committee named in the chain keeps its own department, never one 宣传部 node."""
    posts = _posts(
        "新华社兰州7月8日电 第二十届兰洽会在兰州开幕。省委常委、宣传部部长王某，"
        "省委常委、组织部部长赵某出席。广东省委常委、宣传部部长张某也到场。"
    )
    assert ("王某", "部长", "中共甘肃省委宣传部") in posts
    assert ("赵某", "部长", "中共甘肃省委组织部") in posts
    assert ("张某", "部长", "中共广东省委宣传部") in posts


def test_a_department_named_with_its_committee_short_form_is_the_reports() -> None:
    posts = _posts("新华社兰州7月8日电 第二十届兰洽会在兰州开幕。省委宣传部副部长王某出席。")
    assert ("王某", "副部长", "中共甘肃省委宣传部") in posts


def test_a_bare_government_department_after_its_officials_title_is_that_governments() -> None:
    """某省政府副秘书长、商务厅厅长: that province's 商务厅, not the report's one fuller 商务厅 of
    another province; a city's official before a 局 gives the city's."""
    posts = _posts(
        "四川省商务厅与甘肃省签署合作协议。四川省商务厅厅长王某出席。"
        "甘肃省政府副秘书长、商务厅厅长李某致辞。兰州市副市长、商务局局长赵某出席。"
    )
    assert ("王某", "厅长", "四川省商务厅") in posts
    assert ("李某", "厅长", "甘肃省商务厅") in posts
    assert ("赵某", "局长", "兰州市商务局") in posts


def test_a_state_councilor_sits_on_the_state_council() -> None:
    assert ("王勇", "国务委员", "中华人民共和国国务院") in _posts("国务委员王勇出席开幕式。")
