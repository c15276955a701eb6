"""Posts on real 1998 news sentences, annotated blind: recall, precision and F1.

240 sentences drawn at random (seed 1998) from those of two news test sets that nothing here was
tuned on — People's Daily 1998 (``peoples_daily_1998_nerpy/test.char.bio.tsv``) and MSRA's test
(``msra_ner/test.bio``) — that name a person (a PER tag) and hold a title word (主席, 总理, 部长,
书记, 大使, 副 …), were annotated for every post they state, following gold/README.md, by an
annotator who never read the code and before fairgraph ran on them
(``gold/sentences/posts-1998.json``: dataset, sentence index, posts as person, role and the
organisation, the represented country, or neither; names only, never the sentences). Most are
political and diplomatic news of 1998, a register beside fair reports; every sentence counts.

Each sentence is extracted alone, as a one-sentence report. A gold post is found when one
extracted post has its person (names matched as in ``benchmarks/finre.py``: one holds the
other), a role that holds the gold role (as ``fairgraph evaluate graph`` scores roles), and,
unless the gold's body is null, its organisation or represented country. An extracted post is
right when it matches a gold post of its sentence; one fairgraph marks as former (``ended``:
前总统, 原副厅长) is left out, as the gold leaves former posts out.

A second set, annotated the same way by a blind annotator following the first set's choices
(``gold/sentences/posts-1998-dev.json``: 240 sentences drawn with seed 1999 from People's Daily
1998's dev split and MSRA's train split), is development data: its misses may be read and
worked on. The test set is for measuring only (``--misses`` refuses it). A third
(``gold/sentences/posts-1998-dev2.json``: 240 more sentences drawn with seed 2000 from the same
two splits, leaving out the second set's) was annotated blind in the same way on 2026-12-08 and
measured once, blind, before its misses were read (the README gives that first figure); it is
development data since.

    python benchmarks/news_posts.py                         # test (measure only): R, P, F1
    python benchmarks/news_posts.py --split dev             # dev: recall, precision, F1
    python benchmarks/news_posts.py --split dev --misses    # dev: each missed and false post
    python benchmarks/news_posts.py --split dev2            # the second development set
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from finre import matches, resolved  # noqa: E402
from news_signings import sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = {
    "test": ROOT / "gold" / "sentences" / "posts-1998.json",
    "dev": ROOT / "gold" / "sentences" / "posts-1998-dev.json",
    "dev2": ROOT / "gold" / "sentences" / "posts-1998-dev2.json",
}

#: an extracted post: the person's names, its role, and the names of its organisation and of
#: the country it represents (empty where it has none)
Post = tuple[set[str], str, set[str]]


def extracted_posts(sentence: str) -> list[Post]:
    """The posts fairgraph extracts from one sentence, but those it marks as former (美国前总统,
    原副厅长: ``ended``), which the gold leaves out by its own rule (former posts are not
    annotated), so that they count neither way."""
    resolution, names = resolved(sentence, "news.txt")
    out = []
    for post in resolution.posts:
        if post.ended:
            continue
        targets: set[str] = set()
        for key in (post.organization, post.represents):
            if key:
                targets |= names.get(key, {key})
        out.append((names.get(post.person, {post.person}), post.role, targets))
    return out


def same(gold: dict, post: Post) -> bool:
    """Whether an extracted post is the gold post ``gold``."""
    people, role, targets = post
    target = gold.get("organization") or gold.get("represents")
    return (
        matches(gold["person"], people)
        and gold["role"] in role
        and (target is None or matches(target, targets))
    )


def shown(gold: dict) -> str:
    target = gold.get("organization") or gold.get("represents") or "-"
    return f"{gold['person']} | {gold['role']} | {target}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=tuple(GOLD))
    parser.add_argument("--misses", action="store_true", help="print missed and false posts (dev)")
    args = parser.parse_args()
    if args.misses and args.split == "test":
        parser.error("the test set is for measuring only: its misses are not shown")
    gold = json.loads(GOLD[args.split].read_text(encoding="utf-8"))
    texts = {name: sentences(name) for name in sorted({s["dataset"] for s in gold["sentences"]})}
    hits = total = right = extracted = 0
    for entry in gold["sentences"]:
        sentence = texts[entry["dataset"]][entry["index"]]
        posts = extracted_posts(sentence)
        for wanted in entry["posts"]:
            hit = any(same(wanted, post) for post in posts)
            hits += hit
            total += 1
            if args.misses and not hit:
                print(f"miss {shown(wanted)}: {sentence}")
        for post in posts:
            extracted += 1
            ok = any(same(wanted, post) for wanted in entry["posts"])
            right += ok
            if args.misses and not ok:
                people, role, targets = post
                target = min(targets, key=len) if targets else "-"
                print(f"false {min(people, key=len)} | {role} | {target}: {sentence}")
    recall = hits / total if total else 0.0
    precision = right / extracted if extracted else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    print(f"{len(gold['sentences'])} sentences, {total} gold posts, {extracted} extracted posts")
    print(
        f"RESULT: recall {recall:.3f} ({hits}/{total}), precision {precision:.3f} "
        f"({right}/{extracted}), F1 {f1:.3f}"
    )


if __name__ == "__main__":
    main()
