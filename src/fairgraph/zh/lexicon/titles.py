"""Official and executive titles, and the suffixes that end organisation names.

Titles are generated: base titles × the prefixes that commonly combine with them.

>>> t = build_titles()
>>> {"省长", "常务副省长", "党组书记", "驻华大使", "首席执行官"} <= t
True
>>> {"署长助理", "采购经理", "第一次官"} <= t
True
>>> any(len(x) < 2 for x in t)
False
"""

from __future__ import annotations

from functools import cache

from fairgraph.zh.lexicon.tables import rows

# heads of a government level: 省长, 副省长, 常务副省长 …
_LEVELS = ("省", "市", "州", "县", "区", "旗", "盟", "乡", "镇", "自治区", "自治州", "自治县")
# posts that take 副 / 常务副 / 执行 prefixes
_POSTS = str.split(
    "主席 总理 总统 首相 部长 厅长 局长 司长 署长 关长 处长 科长 主任 院长 校长 所长 站长 行长 "
    "会长 理事长 秘书长 社长 台长 馆长 团长 队长 组长 庭长 检察长 董事长 总经理 总裁 经理 "
    "总监 总编辑 主编 总工程师 总会计师 总经济师 总审计师 总指挥 指挥长 司令员 政委 参谋长 "
    "巡视员 调研员 督察长 书记 主任委员 总干事 干事长 事务长 专员 特派员 区长 市长 "
    "省长 州长 县长 旗长 盟长 乡长 镇长 村长 主委 总领事 领事 大使 公使 参赞 代办 总督 议长 "
    "首席代表 首席执行官 首席运营官 首席财务官 首席技术官 首席信息官 首席科学家 首席经济学家 "
    "执行官 执行总裁 执行董事 执行主席 总代表 大臣 国务部长 政务部长 高级政务部长 首席部长 "
    "首席大臣 国务秘书 国务卿 酋长 副总督 执行理事长 执行会长 执行秘书长 执政官"
)
#: fields of a foreign minister's portfolio: 经济大臣, 国务大臣, 经济产业大臣 (general knowledge)
MINISTER_FIELDS = str.split(
    "经济 贸易 投资 商业 商务 工业 农业 财政 财务 外交 外务 内政 内务 国防 能源 交通 运输 卫生 "
    "教育 文化 旅游 环境 科技 数字 司法 劳工 国务 内阁 国土 住房 体育 青年 海洋 渔业 农林 "
    "通信 信息 规划 发展 工贸 外贸 国际贸易 对外贸易 经济产业 商业和贸易 工业和贸易 "
    "贸易和工业 投资和贸易 国际发展 基础设施 公共工程 矿业 石油 电力 水利 卫生和社会保障 "
    "经济和气候保护 厚生劳动 国土交通 农林水产 文部科学 总务 法务 防卫"
)
#: Chinese cities where foreign countries keep embassies or consulates (驻广州总领事)
MISSION_CITIES = str.split(
    "华 京 沪 穗 港 澳 北京 上海 广州 成都 重庆 西安 沈阳 武汉 昆明 南宁 香港 澳门 青岛 "
    "厦门 杭州 南京 长沙 济南 大连 福州 天津 深圳 哈尔滨 乌鲁木齐 拉萨 贵阳 兰州 西宁 "
    "呼和浩特 二连浩特"
)
#: posts of a diplomatic mission (驻华大使, 驻成都总领事)
MISSION_POSTS = (
    "特命全权大使",
    "大使",
    "副大使",
    "总领事",
    "副总领事",
    "领事",
    "首席代表",
    "代表",
    "公使",
    "参赞",
    "商务参赞",
    "经商参赞",
    "临时代办",
)
_DEPUTY = ("副", "常务副", "执行副", "第一副")
# 党组书记, 省委书记, 市委常委 …
_PARTY_BODIES = (
    "党组",
    "党委",
    "党工委",
    "党总支",
    "党支部",
    "纪委",
    "纪工委",
    "省委",
    "市委",
    "州委",
    "县委",
    "区委",
    "旗委",
    "盟委",
    "工委",
    "自治区党委",
    "中央",
    "中共中央",
    "团委",
)
_PARTY_POSTS = ("书记", "副书记", "常务副书记", "常委", "委员", "成员", "专职副书记", "第一书记")
_STANDALONE = str.split(
    "常委 委员 常务委员 董事 监事 独立董事 监事会主席 监事长 合伙人 高级合伙人 创始人 "
    "联合创始人 创办人 发言人 新闻发言人 记者 特约记者 通讯员 主持人 教授 副教授 研究员 "
    "副研究员 院士 博士 专家 顾问 高级顾问 首席顾问 国务委员 政协委员 人大代表 全国人大代表 "
    "全国政协委员 商务参赞 经济商务参赞 经商参赞 公使衔参赞 公使衔商务参赞 武官 驻华大使 "
    "经济公使 商务公使 经济商务公使 经济参赞 "
    "特命全权大使 临时代办 名誉领事 代总理 代总统 代主席 "
    "助理国务卿 助理国防部长 助理秘书长 助理总干事 专职副主席 专职副会长 专职副书记 "
    "驻华使节 外交官 一级巡视员 二级巡视员 一级调研员 二级调研员 三级调研员 四级调研员 党组成员 "
    "总经济师 首席 负责人 主要负责人 法定代表人 董秘 董事会秘书 总助 总经理助理 "
    "市长助理 省长助理 部长助理 主席助理 总裁助理 秘书 助理 特首 行政长官 副行政长官 驻华代表 "
    "大使衔 国家主席 国家副主席 国务院总理 副总理 国务院副总理 全国人大常委会委员长 委员长 "
    "副委员长 全国政协主席 政协主席 政协副主席 人大常委会主任 人大常委会副主任 纪委书记 监委主任 "
    "组织部部长 宣传部部长 统战部部长 政法委书记 办公厅主任 外办主任 商务厅厅长 "
    "村支书 支书 主治医师 工程师 高级工程师 经济师 会计师 律师 首席律师 总设计师 设计师 "
    "大区总裁 区域总裁 区域经理 大区经理 分公司总经理 事业部总经理 驻华首席代表 首席代表 "
    "董事会主席 董事会副主席 董事局主席 董事局副主席 监事会副主席 "
    "董事总经理 执行董事总经理 首席秘书 常务秘书 常任秘书 政务秘书 "
    "次官 副次官 第一次官 第二次官 事务次官 政务次官"
)
#: a company's line of business before its officer's title (采购经理, 销售总监, 市场副总裁)
_FUNCTIONS = str.split(
    "采购 销售 市场 营销 技术 财务 运营 品牌 研发 人力资源 业务拓展 战略 公关 客户 供应链 "
    "产品 质量 生产 项目 投资 商务"
)
_FUNCTION_POSTS = ("经理", "副经理", "总监", "副总监", "主管", "副总裁", "总经理", "副总经理")


def minister_titles() -> frozenset[str]:
    """Foreign ministers named by portfolio: 经济大臣, 副经济大臣 … and 部长级 posts.

    >>> {"国务大臣", "经济产业大臣", "外交副大臣", "部长级代表"} <= minister_titles()
    True
    """
    out = {f + "大臣" for f in MINISTER_FIELDS}
    out |= {f + "副大臣" for f in MINISTER_FIELDS} | {"副" + f + "大臣" for f in MINISTER_FIELDS}
    out |= {"部长级" + p for p in ("代表", "官员", "政务部长", "国务部长")}
    out |= {"外长", "副外长", "财长", "副总理兼外长", "外相", "副外相"}
    return frozenset(out)


@cache
def field_titles() -> frozenset[str]:
    """Titles written with a field of work or a grade (``field_titles.tsv``): grade? + field? +
    base with a grade or a field (设计总监, 高级分析师, 首席法律顾问, 高级行业分析师, 名誉会长),
    and the titles listed on their own there (主帅, 总参谋长, 常务理事).

    >>> titles = field_titles()
    >>> {"设计总监", "高级分析师", "首席法律顾问", "高级行业分析师", "名誉会长", "主帅"} <= titles
    True
    >>> {"总监", "高级", "设计", "投资合伙人"} & field_titles()
    set()
    """
    kinds: dict[str, list[str]] = {"field": [], "grade": [], "base": [], "graded": [], "title": []}
    for kind, word in rows("field_titles.tsv", 2):
        kinds[kind].append(word)
    out = set(kinds["title"])
    for base in kinds["base"]:
        out.update(f + base for f in kinds["field"])
        for grade in kinds["grade"]:
            out.add(grade + base)
            out.update(grade + f + base for f in kinds["field"])
    out.update(grade + title for title in kinds["graded"] for grade in kinds["grade"])
    return frozenset(out)


def build_titles() -> frozenset[str]:
    """Every title string (2+ characters)."""
    out: set[str] = set(_STANDALONE)
    for post in _POSTS:
        out.add(post)
        out.add(post + "助理")  # 署长助理, 局长助理: the head's assistant, a post of its own
        for prefix in _DEPUTY:
            out.add(prefix + post)
    out.update(f + post for f in _FUNCTIONS for post in _FUNCTION_POSTS)
    for level in _LEVELS:
        out.update({level + "长", "副" + level + "长", "常务副" + level + "长"})
    for body in _PARTY_BODIES:
        for post in _PARTY_POSTS:
            out.add(body + post)
    out.update("驻" + p + post for p in MISSION_CITIES for post in MISSION_POSTS)
    out.update({"代表", "副代表", "首席代表", "总代表"})
    out.update(minister_titles())
    return frozenset(t for t in out if len(t) >= 2)


#: words that begin with a title but name a body, not a post (董事会, 委员会, 代表团 …)
ROLE_BLOCKERS: tuple[str, ...] = tuple(
    str.split(
        "委员会 常委会 董事会 监事会 理事会 代表团 代表处 代表大会 秘书处 主席团 书记处 "
        "专家组 专家委员会 记者站 顾问团 律师事务所 会计师事务所 研究员会 经理部 代表会 "
        "部长会议 部长理事会 部长级会议"
    )
)


def _longest_first(items: str) -> tuple[str, ...]:
    return tuple(sorted(set(items.split()), key=lambda s: (-len(s), s)))


#: government and party bodies
GOV_SUFFIXES = _longest_first(
    "人民政府 政府 人民代表大会常务委员会 人大常委会 人大 政协 委员会 "
    "委员会办公室 省委 市委 州委 县委 区委 党委 党工委 工委 纪委 监委 厅 局 "
    "办公室 办公厅 办 部 委 署 总局 管理局 管理委员会 管委会 人民法院 "
    "人民检察院 法院 检察院 公安局 公安厅 海关 总署 国务院 监督管理委员会 "
    "特别行政区政府 自治区人民政府 行政公署 统战部 组织部 宣传部 外事办公室 外办 "
    "商务厅 商务局 发展和改革委员会 发改委 工业和信息化厅 工信厅 大使馆 总领事馆 "
    "领事馆 使馆 代表处 驻华大使馆 人民银行 兵团 部长会议 部长理事会"
)
#: what a local state-owned investment or holding group is called after its province or city
#: (四川交投, 兰州建投, 某市城投, 甘肃电投, 山东国投, 某州文旅投, 某省交控)
INVESTMENT_SHORT_FORMS = "交投 城投 建投 国投 能投 电投 水投 铁投 旅投 文投 产投 发投 交控 文旅投"
#: companies
COMPANY_SUFFIXES = _longest_first(
    "有限责任公司 股份有限公司 有限公司 集团有限公司 集团股份有限公司 控股有限公司 控股集团 "
    "集团公司 集团 公司 控股 股份公司 银行 农村商业银行 商业银行 证券 基金 保险 投资公司 实业 "
    "科技有限公司 有限合伙 合伙企业 厂 工厂 酒店 宾馆 商行 拍卖行 企业 事务所 律师事务所 "
    # a Japanese or Korean company (某某株式会社, 某某有限会社)
    "株式会社 有限会社 " + INVESTMENT_SHORT_FORMS
    # the short forms of local state-owned investment groups after their place (某省交投 …)
)
_OTHER = (
    "协会 商会 学会 研究会 促进会 联合会 总会 联盟 中心 大学 学院 研究院 研究所 科学院 工程院 "
    "基金会 代表团 考察团 访问团 医院 学校 中学 小学 博物馆 图书馆 委员会 理事会 合作社 "
    "联合社 俱乐部 报社 电视台 广播电台 出版社 杂志社 通讯社 新闻社 组织 论坛 秘书处 分会 "
    "联谊会 同乡会 校友会 实验室 重点实验室 产业园 园区 开发区 高新区 经开区 自贸区 试验区 "
    "示范区 综合保税区 保税区 新区 平台 联合体"
)
#: every organisation suffix, longest first
ORG_SUFFIXES = _longest_first(" ".join((*GOV_SUFFIXES, *COMPANY_SUFFIXES, _OTHER)))
