"""Posts on real news sentences, read off CLUENER2020's labels: recall of (person, role, body).

CLUENER2020 (Sina news, ``../shared/datasets/cluener2020``) labels names, positions and
organisations (company, government, organization) in each sentence. Wherever a body is
written right before a position and the position right before a name (某某集团 董事长 某某),
the sentence states a post: that person holds that title at that body. Each such sentence is
extracted alone, as a one-sentence report; a post is found when one extracted post has the
person (names matched as in ``benchmarks/finre.py``: one holds the other), a role that holds
the position or is held by it (CLUENER's positions keep their field: 设计总监, 豪宅主编), and
the body among its organisation's or represented country's names. Recall only: CLUENER
labels positions that are no post of fairgraph's (作家, 导演) and bodies of other shapes, so
what fairgraph finds beyond these is not counted either way.

The train split is development data (its misses may be read and worked on); the official dev
split is for measuring only (``--misses`` refuses it), never for tuning.

    python benchmarks/cluener_posts.py                  # train: recall
    python benchmarks/cluener_posts.py --misses         # train: and each missed post
    python benchmarks/cluener_posts.py --split dev      # dev (measure only): recall
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from finre import SHARED, matches, resolved  # noqa: E402

BODIES = ("company", "government", "organization")
#: a gold post: (person, position, body), as CLUENER's spans write them
Post = tuple[str, str, str]


def stated_posts(split: str) -> list[tuple[str, list[Post]]]:
    """Each sentence of a split with a body, a position and a name written one after another,
    and those (name, position, body)."""
    out = []
    path = SHARED / "datasets" / "cluener2020" / f"{split}.json"
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text, labels = entry["text"], entry["label"]

        def spans(kinds: tuple[str, ...], labels: dict = labels) -> list[tuple[int, int]]:
            return [tuple(s) for k in kinds for v in labels.get(k, {}).values() for s in v]

        posts = [
            (text[n[0] : n[1] + 1], text[p[0] : p[1] + 1], text[b[0] : b[1] + 1])
            for p in spans(("position",))
            for n in spans(("name",))
            if n[0] == p[1] + 1
            for b in spans(BODIES)
            if b[1] + 1 == p[0]
        ]
        if posts:
            out.append((text, sorted(set(posts))))
    return out


def extracted(sentence: str) -> list[tuple[set[str], str, set[str]]]:
    """fairgraph's posts of one sentence: the person's names, the role, the body's names."""
    resolution, names = resolved(sentence, "news.txt")
    return [
        (
            names.get(p.person, {p.person}),
            p.role,
            names.get(p.organization or "", set()) | names.get(p.represents or "", set()),
        )
        for p in resolution.posts
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--misses", action="store_true", help="print each missed post (train)")
    args = parser.parse_args()
    if args.misses and args.split == "dev":
        parser.error("the dev split is for measuring only: its misses are not shown")
    hits = total = 0
    rows = stated_posts(args.split)
    for sentence, posts in rows:
        found = extracted(sentence)
        for person, position, body in posts:
            total += 1
            hit = any(
                matches(person, people)
                and (position in role or role in position)
                and matches(body, bodies)
                for people, role, bodies in found
            )
            hits += hit
            if args.misses and not hit:
                print(f"miss {body} | {position} | {person}: {sentence}")
    recall = hits / total if total else 0.0
    print(f"{len(rows)} sentences, {total} posts written body-title-name")
    print(f"RESULT: recall {recall:.3f} ({hits}/{total})")


if __name__ == "__main__":
    main()
