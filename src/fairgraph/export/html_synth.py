"""Synthetic fair graphs in the projection schema, for benchmarks, screenshots and tests.

Names are generic placeholders (示例…), never taken from a real article.

>>> g = synthetic_graph(200, seed=1)
>>> g.number_of_nodes()
200
>>> sorted({a["type"] for _, a in g.nodes(data=True)})[:3]
['Agreement', 'Country', 'Fair']
>>> synthetic_graph(50, seed=3).edges == synthetic_graph(50, seed=3).edges
True
"""

from __future__ import annotations

import json
import random

import networkx as nx

_ID = "https://w3id.org/fairgraph/id/"
_POSTS = (
    "厅长",
    "副厅长",
    "局长",
    "副局长",
    "董事长",
    "总经理",
    "主任",
    "副省长",
    "市长",
    "秘书长",
)
_AGREEMENTS = ("战略合作框架协议", "投资合作协议", "项目合作协议", "框架协议", "合作备忘录")
_COUNTRIES = (
    ("冰岛", "IS"),
    ("马来西亚", "MY"),
    ("泰国", "TH"),
    ("越南", "VN"),
    ("德国", "DE"),
    ("法国", "FR"),
    ("巴基斯坦", "PK"),
    ("哈萨克斯坦", "KZ"),
    ("新加坡", "SG"),
    ("埃及", "EG"),
)
_PLACES = ("示例省", "示例市", "示例县", "示例新区", "示例会展中心")


def _src(doc: int, text: str) -> str:
    return json.dumps([{"document": f"示例报道 {doc}", "text": text}], ensure_ascii=False)


def synthetic_graph(n_nodes: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A graph of about ``n_nodes`` entities shaped like a corpus of fair reports."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(title=f"synthetic graph ({n_nodes} nodes)", documents=max(1, n_nodes // 40))

    def add(kind: str, i: int, label: str, **attrs: object) -> str:
        iri = f"{_ID}{kind.lower()}/{i}"
        base: dict[str, object] = {"altLabels": "[]", "subtype": ""}
        base.update(attrs)
        g.add_node(
            iri,
            label=label,
            type=kind,
            iri=iri,
            sources=_src(i % 97, f"{label}出席示例活动。"),
            **base,
        )
        return iri

    fairs = [
        add(
            "Fair",
            i,
            f"第{i + 1}届示例投资贸易洽谈会",
            edition=i + 1,
            startDate=f"20{10 + i % 15}-07-0{1 + i % 9}",
            endDate="",
            totalInvestment=0.0,
            currency="CNY",
            signedProjectCount=0,
        )
        for i in range(max(1, n_nodes // 400))
    ]
    countries = [add("Country", i, name, isoCode=code) for i, (name, code) in enumerate(_COUNTRIES)]
    places = [add("Place", i, name) for i, name in enumerate(_PLACES)]
    for fair in fairs:
        g.add_edge(fair, rng.choice(places), kind="location", label="举办地", sources="[]")
        g.add_edge(fair, rng.choice(countries), kind="guestCountry", label="主宾国", sources="[]")
    orgs: list[str] = []
    people: list[str] = []
    i = 0
    while g.number_of_nodes() < n_nodes:
        i += 1
        roll = rng.random()
        if roll < 0.35 or not orgs:
            gov = rng.random() < 0.4
            label = f"示例省第{i}厅" if gov else f"示例{i}科技有限公司"
            org = add("Organization", i, label, subtype="Government" if gov else "Company")
            g.nodes[org]["altLabels"] = json.dumps([f"示例{i}"], ensure_ascii=False)
            orgs.append(org)
        elif roll < 0.65:
            person = add("Person", i, f"示例人物{i}")
            org = rng.choice(orgs)
            post = rng.choice(_POSTS)
            g.add_edge(
                person,
                org,
                kind="post",
                label=post,
                sources=_src(i % 97, f"{g.nodes[org]['label']}{post}示例人物{i}致辞。"),
            )
            people.append(person)
        else:
            kind = rng.choice(_AGREEMENTS)
            amount = float(rng.choice((0, 1, 5, 20, 100, 536)) * 1e7 * rng.randint(1, 9))
            agr = add(
                "Agreement",
                i,
                kind,
                agreementType=kind,
                amount=amount,
                currency="CNY" if amount else "",
                date="2024-07-11",
                projectCount=rng.randint(0, 5),
            )
            for party in rng.sample(orgs, min(2, len(orgs))):
                g.add_edge(
                    agr,
                    party,
                    kind="party",
                    label="签约方",
                    sources=_src(i % 97, f"{g.nodes[party]['label']}签订{kind}。"),
                )
            g.add_edge(agr, rng.choice(fairs), kind="signedAt", label="签约于", sources="[]")
            if people and rng.random() < 0.3:
                g.add_edge(agr, rng.choice(people), kind="witness", label="见证", sources="[]")
    return g
