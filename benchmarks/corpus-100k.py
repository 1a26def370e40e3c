#!/usr/bin/env python3
"""Writes a JSON Lines corpus of N documents (default 100,000) from the BBC articles, for issue 23's measurement of
corpus resolution at scale (never committed; the BBC data stay where they are).

    python3 benchmarks/corpus-100k.py --out /tmp/corpus-100k.jsonl [--documents 100000]

Each line is {"id": "<category>/<name>#<copy>", "text": ...}: the 1,780 articles in turn, copy after copy (56 copies
and a part for 100,000). A copy is varied lightly so that no two documents are the same text but the names in it, and so
what the resolver joins, stay: the numbers are shifted by the copy number, the paragraphs after the first two rotated,
and an edition line added. So the corpus has the BBC set's names over and over: the resolver's indexes and namesake
lists grow with the number of documents naming a person, as they would on a long run of one outlet's news, and never
see the long tail of new names a real 100,000 would bring (the synthetic Pitman-Yor benchmark covers that side).
"""
import argparse
import json
import os
import re

ap = argparse.ArgumentParser()
ap.add_argument("--out", default="/tmp/corpus-100k.jsonl")
ap.add_argument("--documents", type=int, default=100_000)
ap.add_argument("--articles", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "bbc", "articles"))
args = ap.parse_args()

sources = []
for root, _, names in sorted(os.walk(args.articles)):
    for name in sorted(names):
        if name.endswith(".txt"):
            with open(os.path.join(root, name), "rb") as f:
                sources.append((os.path.basename(root) + "/" + name[:-4], f.read().decode("utf-8", errors="replace")))
if not sources:
    raise SystemExit(f"no articles under {args.articles}")

number = re.compile(r"\d+")


def variant(text, copy):
    if copy == 0:
        return text
    parts = text.split("\n\n")
    head, rest = parts[:2], parts[2:]
    if rest:
        k = copy % len(rest)
        rest = rest[k:] + rest[:k]
    body = "\n\n".join(head + rest)
    body = number.sub(lambda m: str(int(m.group()) + copy) if len(m.group()) < 9 else m.group(), body)
    return body + f"\n\nEdition {copy}.\n"


with open(args.out, "w", encoding="utf-8") as out:
    for i in range(args.documents):
        copy, k = divmod(i, len(sources))
        name, text = sources[k]
        out.write(json.dumps({"id": f"{name}#{copy}", "text": variant(text, copy)}, ensure_ascii=False) + "\n")
print(f"{args.documents} documents from {len(sources)} articles -> {args.out} ({os.path.getsize(args.out) / 1e6:.0f} MB)")
