"""Generate N invented fair reports from templates (deterministic for a seed).

Names of people are invented from common surname and given-name characters; provinces,
cities, central SOEs, fairs and posts are general knowledge. Every report has a title line,
a date line and a few paragraphs: an opening, officials and their posts, one to three
signed agreements with amounts, and the fair's totals.

    python benchmarks/gen_corpus.py 1000 /tmp/corpus --seed 7
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆"
    "帅旭宁婷琳晨曦瑞博文涵欣雪梅兰海波建国志成立新永春晓东振宇思远嘉怡佳"
)
PROVINCES = [
    ("青海省", "青海", "西宁"),
    ("甘肃省", "甘肃", "兰州"),
    ("广西壮族自治区", "广西", "南宁"),
    ("陕西省", "陕西", "西安"),
    ("四川省", "四川", "成都"),
    ("云南省", "云南", "昆明"),
    ("贵州省", "贵州", "贵阳"),
    ("宁夏回族自治区", "宁夏", "银川"),
    ("新疆维吾尔自治区", "新疆", "乌鲁木齐"),
    ("内蒙古自治区", "内蒙古", "呼和浩特"),
    ("黑龙江省", "黑龙江", "哈尔滨"),
    ("吉林省", "吉林", "长春"),
    ("辽宁省", "辽宁", "沈阳"),
    ("河北省", "河北", "石家庄"),
    ("山西省", "山西", "太原"),
    ("河南省", "河南", "郑州"),
    ("湖北省", "湖北", "武汉"),
    ("湖南省", "湖南", "长沙"),
    ("江西省", "江西", "南昌"),
    ("安徽省", "安徽", "合肥"),
    ("福建省", "福建", "福州"),
    ("浙江省", "浙江", "杭州"),
    ("江苏省", "江苏", "南京"),
    ("山东省", "山东", "济南"),
    ("广东省", "广东", "广州"),
    ("海南省", "海南", "海口"),
    ("西藏自治区", "西藏", "拉萨"),
]
SOES = [
    "国家电网有限公司",
    "中国石油天然气集团有限公司",
    "中国石油化工集团有限公司",
    "中国海洋石油集团有限公司",
    "中国华能集团有限公司",
    "中国大唐集团有限公司",
    "中国华电集团有限公司",
    "国家电力投资集团有限公司",
    "中国长江三峡集团有限公司",
    "国家能源投资集团有限责任公司",
    "中国电信集团有限公司",
    "中国移动通信集团有限公司",
    "中国联合网络通信集团有限公司",
    "中国电力建设集团有限公司",
    "中国能源建设集团有限公司",
    "中国建筑集团有限公司",
    "中国中化控股有限责任公司",
    "中国五矿集团有限公司",
    "中国铝业集团有限公司",
    "中国有色矿业集团有限公司",
    "中国宝武钢铁集团有限公司",
    "中国中车集团有限公司",
    "中国一汽集团有限公司",
    "东风汽车集团有限公司",
    "中国东方航空集团有限公司",
    "中国南方航空集团有限公司",
    "招商局集团有限公司",
    "华润（集团）有限公司",
    "中国保利集团有限公司",
    "中国节能环保集团有限公司",
]
FAIRS = [
    ("中国·青海绿色发展投资贸易洽谈会", "青洽会", "西宁"),
    ("中国兰州投资贸易洽谈会", "兰洽会", "兰州"),
    ("中国—东盟博览会", "东博会", "南宁"),
    ("中国东西部合作与投资贸易洽谈会", "西洽会", "西安"),
    ("中国国际投资贸易洽谈会", "投洽会", "厦门"),
    ("中国—亚欧博览会", "亚欧博览会", "乌鲁木齐"),
    ("中国—南亚博览会", "南博会", "昆明"),
    ("中国哈尔滨国际经济贸易洽谈会", "哈洽会", "哈尔滨"),
    ("中国西部国际博览会", "西博会", "成都"),
    ("中国—阿拉伯国家博览会", "中阿博览会", "银川"),
]
COUNTRIES = [
    ("马来西亚", "驻华大使"),
    ("泰国", "驻华大使"),
    ("越南", "驻华大使"),
    ("老挝", "驻华大使"),
    ("柬埔寨", "驻华大使"),
    ("哈萨克斯坦", "驻华大使"),
    ("巴基斯坦", "驻华大使"),
    ("冰岛", "驻华大使"),
    ("塞尔维亚", "驻华大使"),
    ("阿联酋", "驻华大使"),
    ("印度尼西亚", "驻华大使"),
    ("新加坡", "驻华大使"),
    ("匈牙利", "驻华大使"),
]
GOV_POSTS = ["省长", "常务副省长", "副省长", "省委书记", "秘书长"]
DEPTS = [
    ("商务厅", "厅长"),
    ("发展和改革委员会", "主任"),
    ("工业和信息化厅", "副厅长"),
    ("能源局", "局长"),
    ("自然资源厅", "厅长"),
    ("文化和旅游厅", "副厅长"),
]
SOE_POSTS = ["董事长", "总经理", "副总经理", "党组书记"]
AGREEMENTS = ["战略合作框架协议", "战略合作协议", "合作备忘录", "投资协议", "项目合作协议"]
FIELDS = [
    "新能源开发",
    "盐湖资源综合利用",
    "算力基础设施",
    "现代物流",
    "文化旅游",
    "特高压输电",
    "储能电站",
    "绿色建材",
    "智慧交通",
    "生态修复",
]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def money(rng: random.Random) -> str:
    value = rng.choice((rng.randint(2, 99), round(rng.uniform(1, 99), 1), rng.randint(100, 900)))
    return f"{value}亿元"


def report(rng: random.Random, index: int) -> str:
    province, short_name, _capital = rng.choice(PROVINCES)
    fair, short, city = rng.choice(FAIRS)
    edition = rng.randint(8, 35)
    year = rng.randint(2015, 2025)
    month, day = rng.randint(4, 10), rng.randint(1, 25)
    country, post = rng.choice(COUNTRIES)
    gov = f"{province}人民政府"
    dept, dept_post = rng.choice(DEPTS)
    soes = rng.sample(SOES, rng.randint(1, 3))
    officials = [(rng.choice(GOV_POSTS), person(rng)), (dept_post, person(rng))]
    lines = [
        f"第{edition}届{short}{short_name}专场签约{rng.randint(5, 60)}个项目",
        f"{year}年{month}月{day + 1}日",
        "",
        f"本报{city}{month}月{day}日电（记者{person(rng)}）{month}月{day}日，第{edition}届{fair}"
        f"在{city}开幕，{country}担任主宾国。",
        f"{short_name}{officials[0][0]}{officials[0][1]}、{province}{dept}{dept_post}"
        f"{officials[1][1]}、{country}{post}{person(rng)}出席{short_name}专场活动。",
    ]
    for soe in soes:
        kind = rng.choice(AGREEMENTS)
        lines.append(
            f"{gov}与{soe}签署{kind}，双方将在{rng.choice(FIELDS)}等领域开展合作，"
            f"项目总投资{money(rng)}。{soe}{rng.choice(SOE_POSTS)}{person(rng)}见证签约。"
        )
    lines.append(
        f"据介绍，本届{short}共签约项目{rng.randint(40, 300)}个，总投资额{money(rng)}。"
        f"（编号{index}）"
    )
    return "\n".join(lines) + "\n"


def generate(count: int, folder: Path, seed: int = 7) -> list[Path]:
    """Write ``count`` reports into ``folder`` (report-00001.txt …) and return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, count + 1):
        path = folder / f"report-{i:05d}.txt"
        path.write_text(report(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.count, args.folder, args.seed)


if __name__ == "__main__":
    main()
