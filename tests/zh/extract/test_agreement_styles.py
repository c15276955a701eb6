"""Agreements written the ways real reports write them (sentences written for these tests):
the agreement named before its parties (某协议由A与B签署), a joint subject with its head
count (A、B两地签署), parties named only by their signatories (…代表双方签约), and two
signings of different subjects in one sentence."""

from __future__ import annotations

import pytest

from fairgraph.model import Document
from fairgraph.zh.pipeline import extract_document


def _pairs(text: str, backend: str = "rules") -> set[frozenset[str]]:
    ex = extract_document(Document.from_text(text, source="t.txt"), backend=backend)
    return {frozenset(m.text for m in a.parties) for a in ex.agreements}


@pytest.mark.parametrize(
    "text",
    [
        "战略合作框架协议由青海省人民政府与中国石油天然气集团有限公司共同签署。",
        "该协议由青海省人民政府和中国石油天然气集团有限公司签订，为期五年。",
    ],
)
def test_agreement_named_before_its_parties(text: str) -> None:
    assert _pairs(text) == {frozenset({"青海省人民政府", "中国石油天然气集团有限公司"})}


def test_parties_after_you_of_another_verb_sign_nothing() -> None:
    assert _pairs("该协议签署后由青海省人民政府与中国石油天然气集团有限公司共同推进。") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("兰州市、白银市两地签署了区域合作框架协议。", {"兰州市", "白银市"}),
        ("甘肃省、青海省两省共同签订了生态保护合作协议。", {"甘肃省", "青海省"}),
    ],
)
def test_joint_subject_with_its_head_count(text: str, pair: set[str]) -> None:
    assert _pairs(text) == {frozenset(pair)}


def test_parties_named_by_their_signatories_of_a_bare_signing() -> None:
    got = _pairs("宁夏回族自治区副主席李明和中国铁建股份有限公司董事长王刚分别代表双方签约。")
    assert len(got) == 1
    (pair,) = got
    assert "中国铁建股份有限公司" in pair


def test_two_subjects_sign_in_one_sentence() -> None:
    got = _pairs(
        "甘肃省人民政府与中国建材集团有限公司签署战略合作协议，"
        "省发展改革委与中国电信集团有限公司签署合作备忘录。"
    )
    assert got == {
        frozenset({"甘肃省人民政府", "中国建材集团有限公司"}),
        frozenset({"省发展改革委", "中国电信集团有限公司"}),
    }


def test_a_foreign_region_run_on_over_the_verb_is_the_party() -> None:
    from fairgraph.model import Mention
    from fairgraph.zh.extract.agreements import trim_at_signing_verbs

    m = Mention(4, 17, "白俄罗斯莫吉廖夫州签署友好", "Organization")
    assert [(x.text, x.type) for x in trim_at_signing_verbs([m])] == [
        ("白俄罗斯莫吉廖夫州", "Place")
    ]


def test_items_of_a_list_of_signings_naming_projects() -> None:
    text = (
        "第二十届中国兰州投资贸易洽谈会重大项目签约仪式在兰州举行。签约项目如下：\n"
        "1.甘肃省人民政府与中国华能集团有限公司战略合作协议\n"
        "2.兰州市人民政府—中国铝业集团有限公司 年产50万吨电解铝项目\n"
        "3、白银市人民政府、中国中材国际工程股份有限公司 水泥生产线项目\n"
    )
    assert _pairs(text, "default") == {
        frozenset({"甘肃省人民政府", "中国华能集团有限公司"}),
        frozenset({"兰州市人民政府", "中国铝业集团有限公司"}),
        frozenset({"白银市人民政府", "中国中材国际工程股份有限公司"}),
    }


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("中国三峡", "中国长江三峡集团有限公司"),
        ("中船集团", "中国船舶集团有限公司"),
        ("交行", "交通银行股份有限公司"),
        ("中国电力投资集团", "中国电力投资集团公司"),
    ],
)
def test_central_enterprises_by_their_common_short_forms(short: str, full: str) -> None:
    from fairgraph.zh.lexicon import load_lexicon

    entry = load_lexicon().org_of(short)
    assert entry is not None and entry.name == full


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省副省长张三与中国华能集团有限公司董事长李四签署了战略合作协议。",
        "甘肃省副省长张三和中国华能集团有限公司董事长李四代表双方在协议上签字。",
    ],
)
def test_titled_signatories_name_the_parties(text: str) -> None:
    got = _pairs(text, "default")
    assert len(got) == 1
    (pair,) = got
    assert "中国华能集团有限公司" in pair and "甘肃省" in pair


def test_a_person_signing_with_a_body_is_no_signatory_pair() -> None:
    got = _pairs("中国华能集团有限公司董事长李四与甘肃省人民政府签署了战略合作协议。", "default")
    assert got == {frozenset({"中国华能集团有限公司", "甘肃省人民政府"})}


def test_parties_joined_by_a_dash_in_a_ceremonys_name() -> None:
    got = _pairs("甘肃省人民政府—中国华电集团有限公司战略合作框架协议签约仪式在兰州举行。")
    assert got == {frozenset({"甘肃省人民政府", "中国华电集团有限公司"})}


def test_a_dash_outside_a_ceremony_or_list_joins_no_parties() -> None:
    assert _pairs("甘肃省人民政府—中国华电集团有限公司战略合作框架协议的内容很丰富。") == set()


def test_a_counterpart_the_recogniser_missed_right_before_the_verb() -> None:
    got = _pairs(
        "会上，白银市与某中材集团签订了水泥项目；天水市与华某科技签订了封装项目。", "rules"
    )
    assert frozenset({"天水市", "华某科技"}) in got


@pytest.mark.parametrize("who", ["外商", "当地企业", "多家银行"])
def test_counterparts_named_by_their_kind_are_no_parties(who: str) -> None:
    assert _pairs(f"兰州市人民政府与{who}签约。", "default") == set()


def test_a_listed_company_written_after_its_country_is_the_party() -> None:
    text = (
        "湖南省投资推介会暨项目签约仪式在南宁举行。签约项目如下：\n"
        "1．长沙市人民政府—泰国正大集团 现代农业项目\n"
    )
    got = _pairs(text, "default")
    assert len(got) == 1
    (pair,) = got
    assert "长沙市人民政府" in pair and "泰国" not in pair


def test_a_companys_regional_unit_names_no_party() -> None:
    got = _pairs(
        "9月3日，吉林市市长王建军与韩国SK集团中国区总裁金哲洙进行了会谈，双方签署了合作备忘录。",
        "default",
    )
    assert not any("中国" in pair for pair in got)
    assert any("SK集团" in pair for pair in got)


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省省长刘伟平会见了中国华能集团有限公司董事长曹培玺一行，双方签署了战略合作协议。",
        "甘肃省省长刘伟平会见了中国华能集团有限公司董事长曹培玺一行。会见后，双方签署了战略合作协议。",
    ],
)
def test_the_sides_named_by_the_leaders_who_met(text: str) -> None:
    got = _pairs(text, "default")
    assert len(got) == 1
    (pair,) = got
    assert "中国华能集团有限公司" in pair and "甘肃省" in pair


def test_a_meeting_with_a_party_secretary_names_no_side() -> None:
    text = "甘肃省委书记王三林会见了中国华能集团有限公司董事长曹培玺一行，双方签署了战略合作协议。"
    assert _pairs(text, "default") == set()


def _resolved_pairs(text: str) -> set[frozenset[str]]:
    """Agreement pairs by the canonical names of their parties (the CRF backend)."""
    from fairgraph.resolve import resolve

    ex = extract_document(Document.from_text(text, source="t.txt"), backend="crf")
    res = resolve([ex])
    label = {e.key: e.label for e in res.entities}
    return {frozenset(label[k] for k in a.parties) for a in res.agreements}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "四川交投与中国铁建签署战略合作协议。",
            {frozenset({"四川省交通投资集团有限责任公司", "中国铁道建筑集团有限公司"})},
        ),
        (
            "甘肃省电投与酒钢集团签订了合作协议。",
            {frozenset({"甘肃省电力投资集团有限责任公司", "酒泉钢铁（集团）有限责任公司"})},
        ),
        (
            "云南能投、云南建投分别与中国电建签署合作协议。",
            {
                frozenset({"云南省能源投资集团有限公司", "中国电力建设集团有限公司"}),
                frozenset({"云南省建设投资控股集团有限公司", "中国电力建设集团有限公司"}),
            },
        ),
    ],
)
def test_provincial_soes_named_by_short_forms_are_parties(
    text: str, pairs: set[frozenset[str]]
) -> None:
    assert _resolved_pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "兰州市商务局、白银市贸促会与西宁市投资促进局签署了合作协议。",
        "兰州市商务局和白银市贸促会与西宁市投资促进局签署了合作协议。",
    ],
)
def test_a_list_of_subjects_signs_with_one_counterpart(text: str) -> None:
    assert _pairs(text, backend="crf") == {
        frozenset({"兰州市商务局", "西宁市投资促进局"}),
        frozenset({"白银市贸促会", "西宁市投资促进局"}),
    }


def test_a_known_short_name_before_the_agreement_of_a_ceremony_is_a_party() -> None:
    text = "甘肃省人民政府与中国石化战略合作协议签约仪式在兰州举行。"
    assert _resolved_pairs(text) == {frozenset({"甘肃省人民政府", "中国石油化工集团有限公司"})}


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        # gold/README: one entry per agreement actually signed between named parties
        ("西宁市与土耳其埃迪尔内市签署了缔结友好城市关系协议书。", True),
        ("甘肃省与哈萨克斯坦阿拉木图州签署建立友好省州关系意向书。", True),
        ("海东市与俄罗斯喀山市签订友好城市协议。", True),
        # a relationship said to be established, or of years ago, is no signed agreement
        ("兰州市与美国塔尔萨市正式缔结友好城市关系。", False),
        ("两市于2010年缔结为友好城市。", False),
        ("白银市与蒙古国达尔汗市结为友好城市。", False),
    ],
)
def test_friendship_ties_are_agreements_only_when_signed(text: str, signed: bool) -> None:
    assert bool(_resolved_pairs(text)) is signed


@pytest.mark.parametrize(
    "head",
    [
        "第二十届中国兰州投资贸易洽谈会重点签约项目一览表\n",  # a long heading line of its own
        "本届兰洽会共签约项目300个。\n",  # no heading: the table's head row announces it
    ],
)
def test_a_table_of_signings_with_both_parties_in_one_cell(head: str) -> None:
    text = (
        head + "序号\t项目名称\t签约单位\t投资额（亿元）\n"
        "1\t年产10万吨新材料项目\t白银市人民政府、甘肃能化集团\t50\n"
        "2\t风光储一体化项目\t酒泉市人民政府 甘肃电投\t120\n"
    )
    assert _resolved_pairs(text) == {
        frozenset({"白银市人民政府", "甘肃能源化工投资集团有限公司"}),
        frozenset({"酒泉市人民政府", "甘肃省电力投资集团有限责任公司"}),
    }


def test_a_table_without_a_column_of_parties_lists_no_signings() -> None:
    text = "序号\t项目名称\t所在地\n1\t年产10万吨新材料项目\t白银市 兰州市\n"
    assert _resolved_pairs(text) == set()


def test_listed_places_counted_after_them_sign() -> None:
    text = "会上，甘肃能化集团与酒泉市、张掖市等5个市州签署合作协议。"
    assert _resolved_pairs(text) == {
        frozenset({"甘肃能源化工投资集团有限公司", "酒泉市"}),
        frozenset({"甘肃能源化工投资集团有限公司", "张掖市"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "签约双方为兰州市人民政府和甘肃能化集团。",
        "签约双方分别是兰州市人民政府与甘肃能化集团，签约金额20亿元。",
    ],
)
def test_the_sides_of_a_signing_declared_after_it(text: str) -> None:
    assert _resolved_pairs(text) == {frozenset({"兰州市人民政府", "甘肃能源化工投资集团有限公司"})}


def test_our_province_signing_is_the_reports_province() -> None:
    text = (
        "本报讯 第十七届中国兰州投资贸易洽谈会在兰州开幕。"
        "我省与陕煤集团、甘肃电投签署了战略合作协议。"
    )
    assert _resolved_pairs(text) == {
        frozenset({"甘肃省", "陕西煤业化工集团有限责任公司"}),
        frozenset({"甘肃省", "甘肃省电力投资集团有限责任公司"}),
    }


def test_our_province_with_no_province_in_the_report_is_no_party() -> None:
    assert _resolved_pairs("我省与陕煤集团签署了战略合作协议。") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("昨日，明泰科技与华新传媒签署战略合作协议，双方将联手。", {"明泰科技", "华新传媒"}),
        ("日前，华宇电子和远洋银行已正式签订合作协议。", {"华宇电子", "远洋银行"}),
        ("中国航信与ABC航空续签战略合作协议。", {"中国航信", "ABC航空"}),
    ],
)
def test_companies_by_their_short_names_sign(text: str, pair: set[str]) -> None:
    """Companies named by a name and their trade (明泰|科技, 远洋|银行), as business news names
    them, sign with each other; 续签 (signing again) is a signing."""
    assert _pairs(text, backend="default") == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "开发区管委会与南方电力和水务公司签署绿氢合作协议。",  # 和 inside the name
        "商务厅还将与该公司签订投资服务协议。",  # 该公司 names no company
    ],
)
def test_short_names_are_never_cut_from_longer_ones(text: str) -> None:
    parties = {name for pair in _pairs(text, backend="default") for name in pair}
    assert "水务公司" not in parties and "该公司" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "中国华能集团有限公司宣布，与青海省人民政府达成战略合作协议。",
        "中国华能集团有限公司今日公告称，公司与青海省人民政府签署了《合作协议》。",
        "青海省人民政府与中国华能集团有限公司签合作备忘录。",
    ],
)
def test_announced_signings_and_bare_sign(text: str) -> None:
    """A party announcing its signing (A宣布，与B…; A公告称，公司与B…) is the party; 签 alone
    signs right before what it signs."""
    assert _pairs(text, backend="default") == {
        frozenset({"中国华能集团有限公司", "青海省人民政府"})
    }


@pytest.mark.parametrize("text", ["青海省人民政府表示，将与更多企业合作。", "双方代表签字确认。"])
def test_announcements_and_signatures_without_a_signing(text: str) -> None:
    assert _pairs(text, backend="default") == set()


@pytest.mark.parametrize(
    "text",
    [
        "昨日晚间，青海省人民政府在西宁与世界500强企业中国华能集团有限公司签署战略合作协议。",
        "青海省人民政府与全球知名企业中国华能集团有限公司签署合作协议。",
    ],
)
def test_a_counterpart_after_what_it_is(text: str) -> None:
    """与世界500强企业X签署: the counterpart follows a description of it."""
    assert _pairs(text, backend="default") == {
        frozenset({"中国华能集团有限公司", "青海省人民政府"})
    }


@pytest.mark.parametrize(
    "text",
    [
        "由于中国华能集团有限公司与青海省人民政府签订过合作备忘录，项目推进顺利。",
        "鉴于中国华能集团有限公司已与青海省人民政府签署合作协议，双方将共建基地。",
        "中国华能集团有限公司还与青海省人民政府签订了长期供电契约。",
    ],
)
def test_a_party_after_a_conjunction_in_yu_and_a_契约(text: str) -> None:
    """由于/鉴于 end in 于 but say why, not where: the name after them signs; 契约 is a contract."""
    assert _pairs(text, backend="default") == {
        frozenset({"中国华能集团有限公司", "青海省人民政府"})
    }


@pytest.mark.parametrize(
    "text",
    [
        "青海省人民政府当天举办了招商推介会，并与中国华能集团有限公司签署了战略合作协议。",
        "8月8日，青海省人民政府举办推介会，随后与中国华能集团有限公司签约。",
    ],
)
def test_the_sentences_subject_signs_in_a_later_clause(text: str) -> None:
    """A举办了…，并与B签署: the subject the later clause leaves unsaid is the party."""
    assert _pairs(text, backend="default") == {
        frozenset({"中国华能集团有限公司", "青海省人民政府"})
    }


def test_a_datelines_place_is_no_subject() -> None:
    text = "西宁——甲乙科技股份有限公司今日发布新品，并与中国华能集团有限公司签署协议。"
    parties = {name for pair in _pairs(text, backend="default") for name in pair}
    assert "西宁" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "中国华能集团有限公司正式签约青海省人民政府。",
        "青海省人民政府签约中国华能集团有限公司，总投资50亿元。",
    ],
)
def test_signing_with_its_counterpart_as_object(text: str) -> None:
    """A签约B, a headline's form: B, the object closing the clause, is the counterpart."""
    assert _pairs(text, backend="default") == {
        frozenset({"中国华能集团有限公司", "青海省人民政府"})
    }


@pytest.mark.parametrize(
    "text", ["青海省人民政府签约12个项目。", "中国华能集团有限公司签约仪式在西宁举行。"]
)
def test_signing_projects_or_a_ceremony_names_no_counterpart(text: str) -> None:
    assert _pairs(text, backend="default") == set()


_DIANJIAN, _TIEJIAN = "中国电力建设集团有限公司", "中国铁道建筑集团有限公司"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # gold/README: 分别 between two closed lists of one length pairs them off in order
        (
            "兰州市人民政府、白银市人民政府分别与中国电建、中国铁建签署战略合作协议。",
            {("兰州市人民政府", _DIANJIAN), ("白银市人民政府", _TIEJIAN)},
        ),
        (
            "兰州市人民政府和白银市人民政府分别与中国电建和中国铁建签署了合作协议。",
            {("兰州市人民政府", _DIANJIAN), ("白银市人民政府", _TIEJIAN)},
        ),
        # lists of another length, an open list (等), or 分别 after both lists: each with each
        (
            "兰州市人民政府、白银市人民政府、天水市人民政府分别与中国电建、中国铁建签署协议。",
            {
                (a, b)
                for a in ("兰州市人民政府", "白银市人民政府", "天水市人民政府")
                for b in (_DIANJIAN, _TIEJIAN)
            },
        ),
        (
            "兰州市人民政府、白银市人民政府分别与中国电建、中国铁建等企业签署战略合作协议。",
            {(a, b) for a in ("兰州市人民政府", "白银市人民政府") for b in (_DIANJIAN, _TIEJIAN)},
        ),
        (
            "兰州市人民政府与中国电建、中国铁建分别签署战略合作协议。",
            {("兰州市人民政府", _DIANJIAN), ("兰州市人民政府", _TIEJIAN)},
        ),
        (
            "兰州市人民政府和白银市人民政府分别与中国电建签署了合作协议。",
            {("兰州市人民政府", _DIANJIAN), ("白银市人民政府", _DIANJIAN)},
        ),
    ],
)
def test_lists_on_both_sides_of_fenbie(text: str, pairs: set[tuple[str, str]]) -> None:
    assert _resolved_pairs(text) == {frozenset(p) for p in pairs}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a known short name before an adverb of the signing (现场/集中/正式/成功签约)
        ("西宁市与中国铁建现场签约。", ("西宁市", _TIEJIAN)),
        ("西宁市与中国电建集中签约。", ("西宁市", _DIANJIAN)),
        # a party introduced by its role in the deal (投资方, 引进方, 合作方)
        (
            "签约仪式上，投资方中国电建与引进方白银市人民政府签订合同。",
            ("白银市人民政府", _DIANJIAN),
        ),
        (
            "白银市人民政府与投资方中国铁建签署了投资协议，总投资50亿元。",
            ("白银市人民政府", _TIEJIAN),
        ),
        ("兰州市人民政府和合作方中国电建签署了框架协议。", ("兰州市人民政府", _DIANJIAN)),
    ],
)
def test_signing_adverbs_and_party_roles(text: str, pair: tuple[str, str]) -> None:
    assert _resolved_pairs(text) == {frozenset(pair)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a known short name before 同 and a party, with a signing after: the name is a party
        ("中国电建同白银市人民政府就新能源项目签订了框架协议。", ("白银市人民政府", _DIANJIAN)),
        # the two sides listed with 、 before 双方
        ("甘肃省人民政府、中国电建双方签署了战略合作协议。", ("甘肃省人民政府", _DIANJIAN)),
        ("兰州市、白银市双方共同签署合作协议。", ("兰州市", "白银市")),
    ],
)
def test_parties_joined_by_tong_or_listed_before_both_sides(text: str, pair) -> None:
    assert _resolved_pairs(text) == {frozenset(pair)}


def test_a_known_short_name_before_he_without_a_signing_stays_a_word() -> None:
    ex = extract_document(Document.from_text("推动中国电子和信息产业发展。", source="t.txt"))
    assert not any(m.text == "中国电子" for m in ex.mentions)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("签约双方：白银市人民政府、中国铁建。", ("白银市人民政府", _TIEJIAN)),
        (
            "甲方：白银市人民政府，乙方：中国铁建，双方签订了投资合同。",
            ("白银市人民政府", _TIEJIAN),
        ),
        (
            "项目名称：年产10万吨新材料项目；投资方：中国电建；引进方：白银市人民政府；签约金额：20亿元。",
            ("白银市人民政府", _DIANJIAN),
        ),
    ],
)
def test_sides_declared_with_a_colon_or_labelled_by_their_part(text: str, pair) -> None:
    assert _resolved_pairs(text) == {frozenset(pair)}


def test_labelled_sides_without_a_signing_are_no_agreement() -> None:
    text = "项目名称：年产10万吨新材料项目；投资方：中国电建；引进方：白银市人民政府。"
    assert _resolved_pairs(text) == set()
