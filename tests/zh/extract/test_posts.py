"""Posts: the constructions of src/fairgraph/zh/extract/posts.py, persons.py and roles.py."""

from __future__ import annotations

import pytest

from extract_helpers import post_triples as _posts
from fairgraph.model import Document, Mention
from fairgraph.zh.pipeline import extract_document


def _title_chain(text: str, *ms: Mention) -> list:  # type: ignore[type-arg]
    """The posts ``title_chain`` reads from one sentence with the mentions ``ms``."""
    from fairgraph.model import Span
    from fairgraph.zh.extract.posts import title_chain
    from fairgraph.zh.extract.sentences import Sentence

    return list(title_chain(Sentence(Span(0, len(text), text), ms)))


def test_compound_titles_give_one_post_each() -> None:
    got = _posts("省委书记、省人大常委会主任张立新出席活动。")
    assert ("张立新", "书记", "省委") in got
    assert ("张立新", "主任", "省人大常委会") in got


def test_company_title_chain_inherits_the_company() -> None:
    got = _posts("会上，中国移动通信集团党组成员、副总经理李海峰致辞。")
    assert ("李海峰", "副总经理", "中国移动通信集团") in got


@pytest.mark.parametrize(
    "text, post",
    [("德国博世集团中国区总裁马克·施密特称，", ("马克·施密特", "总裁", "博世集团")),
     ("西门子公司大中华区副总裁李明出席。", ("李明", "副总裁", "西门子公司"))],
)  # fmt: skip
def test_a_company_s_regional_unit_before_the_title(text: str, post: tuple[str, str, str]) -> None:
    got = _posts(text, backend="crf")
    assert any(p == post[0] and post[1] in r and o == post[2] for p, r, o in got), got


def test_colleagues_listed_after_a_company_post_share_the_company() -> None:
    got = _posts("西门子公司董事长王立、总裁李明出席。", backend="crf")
    assert ("李明", "总裁", "西门子公司") in got
    got = _posts("省委书记王立、省长李明出席。")
    assert not any(p == "李明" and o == "省委" for p, _, o in got)  # a government title: not


def test_a_head_s_title_without_body_takes_the_body_of_its_kind_before_it() -> None:
    got = _posts("甘肃省商务厅党组书记、厅长王立作推介，副厅长李明主持。", backend="crf")
    assert ("李明", "副厅长", "甘肃省商务厅") in got
    assert ("王立", "党组书记", "甘肃省商务厅") in got  # 党组 goes with the title


def test_party_body_is_not_inherited_by_a_government_title() -> None:
    got = _posts("省委常委、常务副省长刘建华主持会议。")
    assert ("刘建华", "常务副省长", None) in got
    assert ("刘建华", "常务副省长", "省委") not in got


def test_place_and_committee_before_title() -> None:
    got = _posts("甘肃省委书记王东明会见客人。")
    assert ("王东明", "书记", "甘肃省委") in got


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("市民参观展馆。本报记者魏小琪、刘祎摄", {"魏小琪", "刘祎"}),
        ("本报讯（记者 周海燕 陈明）昨天，展会开幕。", {"周海燕", "陈明"}),
    ],
)
def test_reporters_in_bylines_and_photo_credits(text: str, names: set[str]) -> None:
    got = {(p, r) for p, r, _ in _posts(text)}
    assert {(n, "记者") for n in names} <= got


@pytest.mark.parametrize(
    "masthead",
    ["《江城日报》2024年9月26日 第3版", "江城日报 2024年9月26日", "江城日报 2024年9月26日 第03版"],
)
def test_a_papers_masthead_names_its_reporters_outlet(masthead: str) -> None:
    got = _posts(f"{masthead}\n\n东博会签约项目三十个\n\n本报讯（记者周海燕）昨天，签约活动举行。")
    assert ("周海燕", "记者", "江城日报") in got


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        # the paper's name alone, the day (weekday, page) on the next line
        ("江城日报\n2009年6月18日　星期四　第1版", "江城日报"),
        ("江城日报\n2009年6月18日", "江城日报"),
        # a site's name and the day and time on one line, or the day on the next
        ("东湖网　2019年11月6日 16:20", "东湖网"),
        ("江城理工大学新闻网\n2014-04-09 10:32", "江城理工大学新闻网"),
        # a government portal's name above its breadcrumb, a 来源 line with a hits counter
        ("江城市商务局\n首页 > 商务动态 > 工作动态", "江城市商务局"),
        ("来源：江城市人民政府网站 发布时间：2024-05-23", "江城市人民政府网站"),
    ],
)
def test_mastheads_and_portals_name_the_reports_own_outlet(head: str, outlet: str) -> None:
    body = "本报讯（记者 周海燕）昨天，签约活动举行。\n\n（编辑：陈明）"
    text = f"{head}\n\n东博会签约项目三十个\n\n{body}"
    got = _posts(text)
    assert ("周海燕", "记者", outlet) in got
    assert ("陈明", "编辑", outlet) in got


@pytest.mark.parametrize(
    ("head", "foot", "outlet"),
    [
        # the paper's name alone on the first line, above the headline
        ("江城日报\n\n东博会签约项目三十个", "", "江城日报"),
        # a source line under the report, the paper in title marks and its day right after
        ("东博会签约项目三十个", "\n\n来源：《江城日报》2024年9月26日", "江城日报"),
        # a site's source line with the byline and the day on it
        ("东博会签约项目三十个\n\n来源：东湖网　　记者 王晓红　　2024-09-26", "", "东湖网"),
    ],
)
def test_a_papers_name_alone_or_on_a_closing_source_line_names_its_outlet(
    head: str, foot: str, outlet: str
) -> None:
    got = _posts(f"{head}\n\n本报讯（记者 周海燕）昨天，签约活动举行。{foot}")
    assert ("周海燕", "记者", outlet) in got


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("江城能源报讯（记者 周海燕）", "江城能源报"),
        ("21世纪商业报道记者 周海燕 长春报道", "21世纪商业报道"),
        ("江城在线消息（记者 周海燕）", "江城在线"),
    ],
)
def test_papers_and_sites_by_every_ending_in_a_dateline(dateline: str, outlet: str) -> None:
    got = _posts(f"东博会闭幕\n\n{dateline}昨天，签约活动举行。")
    assert ("周海燕", "记者", outlet) in got


def test_a_headline_ending_in_good_news_names_no_outlet() -> None:
    got = _posts("兰洽会传来喜报\n2025年7月8日\n\n本报讯（记者 周海燕）昨天，签约活动举行。")
    assert ("周海燕", "记者", None) in got


def test_an_intern_after_the_reporters_works_for_the_same_outlet() -> None:
    got = _posts("东博会闭幕\n\n江城在线消息（记者 周海燕 实习生 陈明远）昨天，展会闭幕。", "crf")
    assert {("周海燕", "记者", "江城在线"), ("陈明远", "实习生", "江城在线")} <= got
    got = _posts("江城日报 2024年9月26日\n\n本报讯（记者 周海燕、实习生 陈明远）展会闭幕。", "crf")
    assert ("陈明远", "实习生", "江城日报") in got


def test_an_intern_in_a_byline_that_names_no_outlet() -> None:
    # the intern's title is cut from the byline, not one of the sentence's mentions: it used to
    # crash the search for a bare title's body (ValueError) instead of giving a post of no body
    text = "展会传来喜报\n2025年7月8日\n\n本报讯（记者 周海燕 实习生 陈明远）昨天，签约活动举行。"
    got = _posts(text, "crf")
    assert {("周海燕", "记者", None), ("陈明远", "实习生", None)} <= got


def test_editors_and_unattributed_reporters_work_for_the_reports_own_outlet() -> None:
    text = (
        "某某会开幕\n\n2025-07-12 09:30　来源：江城新闻网\n\n本网讯（记者 周海燕）昨天，展会开幕。"
        "\n\n图为开幕式现场。记者 陈明 摄\n\n责任编辑：朵海燕"
    )
    got = _posts(text)
    assert {("周海燕", "记者", "江城新闻网"), ("陈明", "记者", "江城新闻网")} <= got
    assert ("朵海燕", "责任编辑", "江城新闻网") in got
    assert ("朵海燕", "编辑", None) in _posts("展会开幕。（编辑：朵海燕）")


def test_dateline_outlet_is_the_reporters_outlet() -> None:
    got = _posts("新华社南宁9月13日电（记者赵文明、孙丽）第20届东博会今天闭幕。")
    assert ("赵文明", "记者", "新华社") in got
    assert ("孙丽", "记者", "新华社") in got


def test_local_paper_without_name_has_no_outlet() -> None:
    assert ("周海燕", "记者", None) in _posts("本报讯（记者周海燕）展会开幕。")


def test_diplomat_represents_country() -> None:
    ex = extract_document(
        Document.from_text("丹麦驻华大使马文德表示欢迎。", source="t.txt"), backend="rules"
    )
    posts = [
        (p.person.text, p.role.text, p.represents.text if p.represents else None) for p in ex.posts
    ]
    assert ("马文德", "驻华大使", "丹麦") in posts


def test_name_before_honorific_title() -> None:
    got = _posts("大家认真学习钱立群总书记的重要讲话。")
    assert ("钱立群", "总书记", None) in got


def test_collective_heading_is_not_a_post() -> None:
    assert _posts("省领导刘华、陈刚出席。") == set()


def test_signing_on_behalf_is_not_a_title() -> None:
    got = _posts("副省长王立代表双方签约。")
    assert all(role != "代表" for _, role, _ in got)


def test_dateline_below_headline_and_date_line_credits_the_wire_service() -> None:
    text = (
        "某某博览会在昆明闭幕\n2024年8月12日\n\n"
        "新华社昆明8月12日电（记者 张明远）第八届某某博览会12日闭幕。"
    )
    got = _posts(text)
    assert ("张明远", "记者", "新华社") in got


def test_outlet_in_a_later_paragraph_is_not_a_dateline() -> None:
    text = "某某博览会闭幕\n\n本报记者 张明远\n\n新华社等媒体报道了大会。"
    got = _posts(text)
    assert ("张明远", "记者", "新华社") not in got


def test_a_minister_title_after_a_country_names_the_country_s_ministry() -> None:
    posts = _title_chain(
        "某国副总理兼财政部长王某出席",
        Mention(0, 2, "某国", "Country"),
        Mention(2, 5, "副总理", "Role"),
        Mention(6, 10, "财政部长", "Role"),
        Mention(10, 12, "王某", "Person"),
    )
    got = {(p.role.text, p.organization.text if p.organization else None) for p in posts}
    assert got == {("副总理", "某国"), ("财政部长", "某国财政部")}


def test_an_outlet_dateline_without_place_or_date_credits_the_outlet() -> None:
    text = "某某博览会开幕\n2025年4月16日\n\n南方日报讯（记者 林晓雯 通讯员 何佳）展会昨日开幕。"
    got = _posts(text)
    assert ("林晓雯", "记者", "南方日报") in got
    assert ("何佳", "通讯员", None) in got


def test_the_source_line_names_the_outlet_of_a_local_byline() -> None:
    text = "某某博览会闭幕\n2024年08月21日 06:50　来源：云南日报\n\n本报讯（记者 杨雪梅）展会闭幕。"
    assert ("杨雪梅", "记者", "云南日报") in _posts(text)


def test_a_date_line_ending_with_the_paper_names_the_outlet_of_a_local_byline() -> None:
    text = "某某洽谈会开幕\n2025年6月3日 湖南日报\n\n本报讯（记者 龚秋实）洽谈会今天开幕。"
    assert ("龚秋实", "记者", "湖南日报") in _posts(text)


def test_a_byline_line_of_its_own_takes_the_paper_of_the_date_line() -> None:
    text = "展馆巡礼\n2025年6月3日 湖南日报\n\n本报记者 龚秋实\n\n博览会今天开幕。"
    assert ("龚秋实", "记者", "湖南日报") in _posts(text)


def test_a_title_after_jian_keeps_its_field() -> None:
    got = _posts("商务部副部长兼国际贸易谈判副代表吴振邦出席。")
    assert ("吴振邦", "副部长", "商务部") in got
    assert ("吴振邦", "国际贸易谈判副代表", "商务部") in got


def test_a_company_and_its_regional_title_joined_by_de() -> None:
    got = _posts("副市长张某与中国东方电气集团有限公司的亚太区总裁林启明签约。")
    assert ("林启明", "亚太区总裁", "中国东方电气集团有限公司") in got


def test_a_senior_vice_president_keeps_senior() -> None:
    got = _posts("会上，中国建材集团有限公司高级副总裁夏明远致辞。")
    assert ("夏明远", "高级副总裁", "中国建材集团有限公司") in got


def test_a_declared_short_name_holds_the_titles_written_after_it() -> None:
    got = _posts(
        "5月6日，湖南华菱钢铁股份有限公司（以下简称“公司”）与长沙市人民政府签署战略合作协议。"
        "公司副总经理曾令斌出席。"
    )
    assert ("曾令斌", "副总经理", "公司") in got


def test_a_committee_s_secretary_general_after_its_standing_member_title() -> None:
    got = _posts("推介会由省委常委、秘书长韩立松主持。")
    assert ("韩立松", "秘书长", "省委") in got


def test_a_local_dateline_with_place_and_date_takes_the_paper_of_the_source_line() -> None:
    text = (
        "某某会开幕\n2024年5月8日\n来源：河北日报\n\n本报石家庄5月7日讯（记者 葛云川）博览会开幕。"
    )
    assert ("葛云川", "记者", "河北日报") in _posts(text)


def test_a_text_and_photo_byline_takes_the_paper_of_the_date_line() -> None:
    text = "某某会开幕\n2024年5月8日 河北日报\n\n文/图 本报记者 葛云川\n\n博览会开幕。"
    assert ("葛云川", "记者", "河北日报") in _posts(text)


def test_every_name_listed_after_one_title_holds_it() -> None:
    text = "副省长樊启明、褚雅琴出席签约仪式。"
    posts = _title_chain(
        text,
        Mention(0, 3, "副省长", "Role"),
        Mention(3, 6, "樊启明", "Person"),
        Mention(7, 10, "褚雅琴", "Person"),
    )
    assert [(p.person.text, p.role.text) for p in posts] == [
        ("樊启明", "副省长"),
        ("褚雅琴", "副省长"),
    ]


def test_names_under_a_collective_heading_still_hold_nothing() -> None:
    assert _posts("2024年7月7日 甘肃日报\n\n省领导樊启明、褚雅琴出席签约仪式。") == set()


def test_a_country_s_head_of_state_title_after_guojia() -> None:
    text = "老挝国家副主席巴妮·雅某出席开幕式。"
    posts = _title_chain(
        text,
        Mention(0, 2, "老挝", "Country"),
        Mention(4, 7, "副主席", "Role"),
        Mention(7, 12, "巴妮·雅某", "Person"),
    )
    holders = [(p.organization or p.represents) for p in posts]
    assert [(p.person.text, p.role.text) for p in posts] == [("巴妮·雅某", "副主席")]
    assert [h.text if h else None for h in holders] == ["老挝"]


def test_an_ambassador_to_another_country_represents_the_sending_country() -> None:
    text = "出席者包括俄罗斯驻中国大使伊万·彼得罗夫。"
    posts = _title_chain(
        text,
        Mention(5, 8, "俄罗斯", "Country"),
        Mention(9, 11, "中国", "Country"),
        Mention(11, 13, "大使", "Role"),
        Mention(13, 19, "伊万·彼得罗夫", "Person"),
    )
    assert [(p.role.text, p.represents.text) for p in posts] == [("驻中国大使", "俄罗斯")]


def test_a_foreign_minister_works_at_the_ministry_and_represents_the_country() -> None:
    text = "菲律宾贸易和工业部长多明戈致辞。"
    ex = extract_document(Document.from_text(text, source="t.txt"))
    post = next(p for p in ex.posts if p.person.text == "多明戈")
    assert post.organization is not None and post.organization.text == "菲律宾贸易和工业部"
    assert post.represents is not None and post.represents.text == "菲律宾"


def test_a_transliterated_name_cut_in_two_is_one_person() -> None:
    from fairgraph.zh.extract.persons import join_name_pieces

    text = "州长伊万·彼得罗夫斯基出席"
    pieces = [Mention(2, 8, "伊万·彼得罗", "Person"), Mention(8, 11, "夫斯基", "Person")]
    assert [m.text for m in join_name_pieces(text, pieces)] == ["伊万·彼得罗夫斯基"]
    apart = [Mention(0, 2, "张三", "Person"), Mention(2, 4, "李四", "Person")]
    assert len(join_name_pieces("张三李四", apart)) == 2


def test_acting_and_committee_led_head_titles_name_the_place_government() -> None:
    got = _posts("组委会主任、广东省委常委、深圳市代市长王明在闭幕式上讲话。", "default")
    assert ("王明", "代市长", "深圳市") in got
    chain = _posts("商丘市市委副书记、市长李强出席。中共甘肃省委书记、省长张军致辞。", "default")
    assert ("李强", "市长", "商丘市") in chain
    assert ("张军", "省长", "甘肃省") in chain


def test_qualified_executive_titles_keep_their_qualifier_and_company() -> None:
    got = _posts(
        "出席的有香港嘉和集团公司行政总裁霍明和总经理霍亮、汇通银行集团常务总监王冬，以及嘉宾。",
        "default",
    )
    assert ("霍明", "行政总裁", "香港嘉和集团公司") in got
    assert ("霍亮", "总经理", "香港嘉和集团公司") in got  # 和 + a bare title: the same company
    assert ("王冬", "常务总监", "汇通银行集团") in got
    government = _posts("甘肃省副省长王明和秘书长李亮出席。", "default")
    assert ("李亮", "秘书长", None) in government  # a government body is not shared


def test_a_name_ends_before_yu() -> None:
    got = _posts("某某博览会秘书处秘书长韦立明于闭幕新闻发布会上介绍。", "default")
    assert any(person == "韦立明" and role == "秘书长" for person, role, _ in got)


def test_a_trade_representative_title_and_a_name_before_a_date() -> None:
    got = _posts("商务部国际贸易谈判代表兼副部长王立文出席并致辞。", "default")
    assert ("王立文", "国际贸易谈判代表", "商务部") in got
    assert ("王立文", "副部长", "商务部") in got
    dated = _posts("中国商务部新闻发言人高明4月15日表示。", "default")
    assert ("高明", "新闻发言人", "中国商务部") in dated


def test_a_tibetan_name_after_a_title_is_a_person() -> None:
    """Names without a surname (扎西多杰, 才让…) after a title: the holder of the post."""
    assert ("扎西多杰", "副省长", "青海省") in _posts("据青海省副省长扎西多杰介绍，项目进展顺利。")


def test_reporters_named_in_the_datelines_bracket_without_the_word() -> None:
    """某社某地某日电（张某 李某）: each name is a 记者 of the dateline's outlet."""
    got = _posts("中新社西宁七月十九日电 （王立新 李海峰）第九届某某博览会今天开幕。", "default")
    assert {("王立新", "记者", "中新社"), ("李海峰", "记者", "中新社")} <= got


def test_a_foreign_officials_bare_title_is_not_the_reports_own_head() -> None:
    """某国某省省长伊万·彼得罗夫 … 彼得罗夫省长说: no post of the report's own province."""
    text = (
        "青海省与某国签约。阿尔达比勒省省长伊万·彼得罗夫出席。"
        "青海省欢迎彼得罗夫省长一行，彼得罗夫省长表示感谢。"
    )
    got = _posts(text, "default")
    assert all(person != "彼得罗夫" for person, _role, _org in got)


def test_a_foreign_name_ends_before_a_time_word() -> None:
    got = _posts("某国驻中国商务代表伊万·彼得罗夫此前在北京介绍了情况。", "default")
    assert any(person == "伊万·彼得罗夫" for person, _role, _org in got)


def test_an_autonomous_regions_chairman_written_with_a_dot_keeps_the_post() -> None:
    got = _posts("新疆举办推介会。自治区党委副书记、自治区主席阿不都·某某致辞。", "default")
    assert ("阿不都·某某", "自治区主席", None) in got  # its body is read from the report


def test_a_companys_party_secretary_and_chairman_both_hold_at_the_company() -> None:
    """某公司党委书记、董事长X: the 党委 read with the company does not make it a government."""
    got = _posts("陇华新能源股份有限公司党委书记、董事长王立新讲话。", "default")
    assert ("王立新", "董事长", "陇华新能源股份有限公司") in got


def test_an_office_of_the_fair_does_not_break_the_chain_of_titles() -> None:
    got = _posts("甘肃省副省长、兰洽会执委会主任张明远主持开幕式。", "default")
    assert ("张明远", "副省长", "甘肃省") in got
    got = _posts("甘肃省商务厅厅长、兰洽会秘书长刘志平介绍情况。", "default")
    assert ("刘志平", "厅长", "甘肃省商务厅") in got
    got = _posts("甘肃省委副书记、省长，兰洽会组委会主任王建平致辞。", "default")
    # the committee's chair is a post of its own, with no body (bodiless_titles.tsv)
    assert {p[1] for p in got if p[0] == "王建平"} == {"副书记", "省长", "组委会主任"}
    assert ("王建平", "组委会主任", None) in got


def test_a_bare_title_after_a_comma_shares_the_companys_post() -> None:
    got = _posts("中国华能集团有限公司党组书记、董事长舒明远，总经理邓志红出席。", "default")
    assert ("邓志红", "总经理", "中国华能集团有限公司") in got
    got = _posts("中国华能集团有限公司董事长舒明远，副省长张世平出席。", "default")
    assert ("张世平", "副省长", "中国华能集团有限公司") not in got
