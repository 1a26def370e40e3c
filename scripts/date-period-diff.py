#!/usr/bin/env python3
"""Every change in Date and Percent mentions between two builds of `textinsight analyze`, on real news.

Sets (../shared/data):
  tune    bbc/articles                       the 1,780 BBC 2004-05 articles (rules were chosen looking at these)
  check   bbc-2020-dev/articles              the 398 BBC 2019-22 articles  } chose nothing: run once the rules
          unlabeled-news/fnc1-bodies.txt.gz  the FNC-1 bodies, one a line }  were fixed
  more    unlabeled-news/agnews-test.txt.gz  the 7,600 AG News test items (2004-05), one a line
          unlabeled-news/reuters21578-1987   the 18,813 Reuters 1987 documents, titles in capitals (`--sets more`;
                                             not in `all`, which stays the sets above)

Each document is analyzed by the base build (`--base`, e.g. main's) and the head build (`--cli`, this tree's), and its
Date and Percent mentions are compared:

  added     a mention only head gives, overlapping nothing base gives
  removed   a mention only base gives, overlapping nothing head gives
  changed   head and base give overlapping mentions that differ in span, value or iso (`2021` -> `early 2021`)

Counts are printed per set and per form of the new value (decade, quarter, half, year pair, year, pc…). `--sample N`
prints N added or changed mentions per set (seeded) with their context, for judging right or wrong by hand.

  python3 scripts/date-period-diff.py --base /tmp/base-bin/TextInsight.Cli.dll [--cli DLL] [--sets tune|check|more|all]
                                      [--sample 50] [--work /tmp/date-period-diff]
"""
import argparse
import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")


def analyze(cli, inputs, extra, out):
    if not os.path.exists(out):
        with open(out + ".part", "wb") as f:
            subprocess.run(["nice", "dotnet", cli, "analyze", *inputs, "--no-progress", "--no-corpus-entities", "--parallel", "2", *extra],
                           stdout=f, stderr=subprocess.DEVNULL, check=False)
        os.rename(out + ".part", out)
    with open(out, encoding="utf-8") as f:
        return {r["source"]: r for r in (json.loads(line) for line in f if line.strip())}


def mentions(record):
    return sorted((e["start"], e["end"], e["type"], e.get("iso") if e["type"] == "Date" else e.get("value"))
                  for e in record.get("entities") or [] if e["type"] in ("Date", "Percent"))


def form(m, text):
    kind, v = m[2], m[3]
    if kind == "Percent":
        return "percent pc" if text[m[0]:m[1]].endswith("pc") else "percent"
    v = v or ""
    if re.fullmatch(r"\d{4}s", v):
        return "decade"
    if re.fullmatch(r"\d{4}-Q\d", v):
        return "quarter"
    if re.fullmatch(r"\d{4}-H\d", v):
        return "half"
    if re.fullmatch(r"\d{4}/\d{4}", v):
        return "year pair"
    if re.fullmatch(r"\d{4}", v):
        return "year, part of year or fiscal year"
    return "other date"


def compare(base, head):
    """Pairs of (base mention or None, head mention or None) for each difference."""
    diffs = []
    b_only = [m for m in base if m not in head]
    h_only = [m for m in head if m not in base]
    used = set()
    for h in h_only:
        over = [b for b in b_only if b[0] < h[1] and h[0] < b[1]]
        if over:
            for b in over:
                used.add(b)
            diffs.append(("changed", over[0], h))
        else:
            diffs.append(("added", None, h))
    for b in b_only:
        if b not in used:
            diffs.append(("removed", b, None))
    return diffs


def documents(name, work):
    """(inputs, extra args, {source: text}) of a set."""
    if name in LINE_FILES:
        path = os.path.join(DATA, "unlabeled-news", LINE_FILES[name])
        texts = {}
        jsonl = os.path.join(work, name + ".jsonl")
        with gzip.open(path, "rt", encoding="utf-8") as f, open(jsonl, "w", encoding="utf-8") as out:
            for n, line in enumerate(f, 1):
                body = line.rstrip("\n")
                sid = f"{name}-{n:05d}"
                texts[sid] = body
                out.write(json.dumps({"id": sid, "text": body}) + "\n")
        return [jsonl], ["--text-column", "text", "--id-column", "id"], texts
    folder = os.path.join(DATA, *name.split("/"))
    texts = {}
    for d, _, files in os.walk(folder):
        for fn in files:
            if fn.endswith(".txt"):
                full = os.path.join(d, fn)
                with open(full, encoding="utf-8-sig", errors="replace") as f:
                    texts[os.path.relpath(full, folder).replace(os.sep, "/")] = f.read()
    return [folder], [], texts


LINE_FILES = {"fnc1": "fnc1-bodies.txt.gz", "agnews": "agnews-test.txt.gz", "reuters": "reuters21578-1987.txt.gz"}
SETS = {"tune": ["bbc/articles"], "check": ["bbc-2020-dev/articles", "fnc1"], "more": ["agnews", "reuters"]}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True, help="the base build's TextInsight.Cli.dll")
    p.add_argument("--cli", default=os.path.join(ROOT, "src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli.dll"))
    p.add_argument("--sets", default="tune", choices=["tune", "check", "more", "all"])
    p.add_argument("--work", default="/tmp/date-period-diff")
    p.add_argument("--sample", type=int, default=0)
    a = p.parse_args()
    if not os.path.isdir(DATA):
        sys.exit(f"{DATA} is absent")
    os.makedirs(a.work, exist_ok=True)
    names = SETS["tune"] + SETS["check"] if a.sets == "all" else SETS[a.sets]
    for name in names:
        inputs, extra, texts = documents(name, a.work)
        tag = name.replace("/", "-")
        base = analyze(a.base, inputs, extra, os.path.join(a.work, tag + ".base.jsonl"))
        head = analyze(a.cli, inputs, extra, os.path.join(a.work, tag + ".head.jsonl"))
        counts = collections.Counter()
        forms = collections.Counter()
        items = []
        docs_changed = 0
        for source, hr in head.items():
            br = base.get(source, {})
            diffs = compare(mentions(br), mentions(hr))
            docs_changed += bool(diffs)
            text = hr.get("text") or texts.get(source) or texts.get(source.split("/", 1)[-1], "")
            for kind, b, h in diffs:
                counts[kind] += 1
                forms[(kind, form(h or b, text))] += 1
                items.append((source, kind, b, h, text))
        print(f"== {name}: {len(head)} documents, {docs_changed} with a change; "
              f"added {counts['added']}, removed {counts['removed']}, changed {counts['changed']}")
        for (kind, f), n in sorted(forms.items()):
            print(f"   {kind:8} {f:36} {n}")
        if a.sample:
            pool = [x for x in items if x[1] != "removed"]
            random.Random(23).shuffle(pool)
            removed = [x for x in items if x[1] == "removed"]
            for source, kind, b, h, text in pool[:a.sample] + removed[:a.sample]:
                m = h or b
                ctx = text[max(0, m[0] - 60):m[0]] + "[[" + text[m[0]:m[1]] + "]]" + text[m[1]:m[1] + 40]
                was = f" (was {text[b[0]:b[1]]!r} {b[3]})" if b and h else ""
                print(f"   {kind:8} {source} {m[2]} {m[3]}{was} | {' '.join(ctx.split())}")


if __name__ == "__main__":
    main()
