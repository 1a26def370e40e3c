#!/usr/bin/env python3
"""Builds a large generated corpus from the BBC articles for the bounded-memory measurement (never committed).

    python3 benchmarks/big-corpus.py --out /tmp/textinsight-big --mb 1024

writes OUT/files/<category>/<nnnn>/<copy>-<name>.txt (many files, MB megabytes in all) and OUT/big.csv (one CSV of
the same size, columns id,text). Each copy of an article is varied so that no two documents are identical: its numbers
are shifted, its paragraphs after the lead rotated, and an edition line added. The BBC data stay where they are.
"""
import argparse
import csv
import os
import re

ap = argparse.ArgumentParser()
ap.add_argument("--out", default="/tmp/textinsight-big")
ap.add_argument("--mb", type=int, default=1024)
ap.add_argument("--articles", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "bbc", "articles"))
ap.add_argument("--only", choices=["files", "csv"], default=None)
args = ap.parse_args()

sources = []
for root, _, names in sorted(os.walk(args.articles)):
    for name in sorted(names):
        if name.endswith(".txt"):
            with open(os.path.join(root, name), "rb") as f:
                text = f.read().decode("utf-8", errors="replace")
            sources.append((os.path.basename(root), name[:-4], text))
if not sources:
    raise SystemExit(f"no articles under {args.articles}")

number = re.compile(r"\d+")


cache = {}


def variant(text, copy):
    # Seven variants per article (numbers shifted, paragraphs rotated), then an edition line: fast enough for a gigabyte.
    key = (id(text), copy % 7)
    if key not in cache:
        cache[key] = shifted(text, copy % 7)
    return cache[key] + f"\n\nEdition {copy}.\n"


def shifted(text, copy):
    parts = text.split("\n\n")
    head, rest = parts[:2], parts[2:]
    if rest:
        k = copy % len(rest)
        rest = rest[k:] + rest[:k]
    body = "\n\n".join(head + rest)
    return number.sub(lambda m: str(int(m.group()) + copy) if len(m.group()) < 9 else m.group(), body)


target = args.mb * 1024 * 1024


def documents():
    copy = 0
    while True:
        for category, name, text in sources:
            yield copy, category, name, variant(text, copy)
        copy += 1


if args.only in (None, "files"):
    written = 0
    count = 0
    for copy, category, name, text in documents():
        data = text.encode("utf-8")
        folder = os.path.join(args.out, "files", category, f"{copy:04d}")
        if count % len(sources) == 0:
            made = set()
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        with open(os.path.join(folder, f"{name}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
        count += 1
        if written >= target:
            break
    print(f"files: {count} documents, {written / 1048576:.0f} MB in {os.path.join(args.out, 'files')}")

if args.only in (None, "csv"):
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "big.csv")
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "text"])
        for copy, category, name, text in documents():
            w.writerow([f"{category}/{name}#{copy}", text])
            count += 1
            if count % 1000 == 0 and f.tell() >= target:
                break
    print(f"csv: {count} rows, {os.path.getsize(path) / 1048576:.0f} MB in {path}")
