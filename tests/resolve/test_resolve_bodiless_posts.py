"""Posts whose body the report does not state: a title the language marks as standing alone
(``Post.bodiless``) is kept with neither organisation nor country; any other title without a
body is no post. Extractions built by hand (no recogniser involved)."""

from __future__ import annotations

from extract_helpers import LabelledPost, labelled_posts
from fairgraph.model import Document, Extraction, Mention, Post, Span
from fairgraph.resolve import resolve


def _doc(text: str, source: str) -> Document:
    return Document.from_text(text, source=source)


def _m(text: str, doc: Document, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Mention(start, start + len(text), text, kind)


def _extraction(doc: Document, mentions: list[Mention], posts: list[Post]) -> Extraction:
    return Extraction(
        document=doc,
        mentions=tuple(sorted(mentions)),
        posts=tuple(posts),
        sentences=(Span(0, len(doc.text), doc.text),),
    )


def _bare(doc: Document, name: str, title: str, bodiless: bool, nth: int = 0) -> Extraction:
    person, role = _m(name, doc, "Person", nth), _m(title, doc, "Role", nth)
    post = Post(person, role, Span(0, len(doc.text), doc.text), bodiless=bodiless)
    return _extraction(doc, [person, role], [post])


def _posts(extractions: list[Extraction]) -> set[LabelledPost]:
    return labelled_posts(resolve(extractions))


def test_a_title_standing_alone_is_a_post_with_no_body() -> None:
    doc = _doc("王立新总书记在座谈会上讲话。", "a.txt")
    assert _posts([_bare(doc, "王立新", "总书记", bodiless=True)]) == {
        ("王立新", "总书记", None, None)
    }


def test_a_bare_title_not_marked_standing_alone_is_no_post() -> None:
    # the resolver never keeps a bodiless post on its own: 顾问 names no body, and is dropped
    doc = _doc("王立新顾问在座谈会上讲话。", "a.txt")
    assert _posts([_bare(doc, "王立新", "顾问", bodiless=False)]) == set()


def test_a_marked_title_keeps_the_body_the_report_names() -> None:
    # 常务副省长 of a Qinghai report names the province's government: the mark changes nothing
    doc = _doc("青海省召开会议。常务副省长王立新讲话。", "a.txt")
    ex = _bare(doc, "王立新", "常务副省长", bodiless=True)
    ex = _extraction(doc, [*ex.mentions, _m("青海省", doc, "Place")], list(ex.posts))
    assert _posts([ex]) == {("王立新", "常务副省长", "青海省人民政府", None)}


def test_a_bare_title_joins_the_same_persons_post_in_a_stated_body() -> None:
    text = "中共中央总书记王立新出席会议。王立新总书记强调，要扩大开放。"
    doc = _doc(text, "a.txt")
    body = _m("中共中央", doc, "Organization")
    person, role = _m("王立新", doc, "Person"), _m("总书记", doc, "Role")
    person2, role2 = _m("王立新", doc, "Person", 1), _m("总书记", doc, "Role", 1)
    span = Span(0, len(text), text)
    ex = _extraction(
        doc,
        [body, person, role, person2, role2],
        [
            Post(person, role, span, organization=body),
            Post(person2, role2, span, bodiless=True),
        ],
    )
    res = resolve([ex])
    (post,) = res.posts
    assert post.organization is not None and post.role == "总书记"
    assert len(post.evidence) == 2  # both sentences support the one post


def test_same_named_holders_of_a_standing_title_in_two_reports_are_one_person() -> None:
    # the body the title belongs to (standing_title_body) lets people meet, as a shared body
    # would, though neither post has it
    a, b = _doc("王立新总书记在会上讲话。", "a.txt"), _doc("会上，王立新总书记强调开放。", "b.txt")
    res = resolve([_bare(a, "王立新", "总书记", True), _bare(b, "王立新", "总书记", True)])
    people = {p.person for p in res.posts}
    assert len(people) == 1
    (post,) = res.posts
    assert (post.organization, post.represents) == (None, None)
    assert sorted(e.document for e in post.evidence) == sorted([a.id, b.id])


def test_a_standing_title_without_a_meeting_body_joins_no_one() -> None:
    # the engine honours the mark on any title, but only a body the naming gives the title
    # (standing_title_body: none for 顾问) lets same-named people of two reports meet
    a, b = _doc("王立新顾问在会上讲话。", "a.txt"), _doc("会上，王立新顾问发言。", "b.txt")
    res = resolve([_bare(a, "王立新", "顾问", True), _bare(b, "王立新", "顾问", True)])
    assert len(res.posts) == 2
    assert len({p.person for p in res.posts}) == 2
    assert all((p.organization, p.represents) == (None, None) for p in res.posts)
