"""Pool per-report scores (each report built alone): python pool.py DIR [--docs]"""

import json
import sys
from pathlib import Path

d = Path(sys.argv[1])
parts = {}
rows = []
dup = wm = 0
for f in sorted(d.glob("*.json")):
    o = json.loads(f.read_text())["overall"]
    row = {}
    for k, v in list(o["entities"].items()) + [
        (k, o[k]) for k in ("posts", "agreements", "amounts", "fair_fields")
    ]:
        s = parts.setdefault(k, [0, 0, 0])
        s[0] += v["tp"]
        s[1] += v["fp"]
        s[2] += v["fn"]
        row[k] = v.get("f1") if k not in ("amounts", "fair_fields") else (v["recall"])
    dup += len(o["duplicates"])
    wm += len(o["wrong_merges"])
    rows.append((f.stem, row))


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


out = {}
for k, (tp, fp, fn) in parts.items():
    out[k] = (
        round(tp / (tp + fn), 3) if k in ("amounts", "fair_fields") else round(f1(tp, fp, fn), 3)
    )
print(" | ".join(f"{k} {v:.3f}" for k, v in out.items()), f"| dup {dup} wm {wm}")
print(json.dumps(out))
if "--docs" in sys.argv:
    for n, r in rows:
        print(n, " ".join(f"{v:.2f}" for v in r.values()))
