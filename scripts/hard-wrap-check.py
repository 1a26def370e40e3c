#!/usr/bin/env python3
"""Does hard-wrapped text read as the same text written one line per paragraph?

Wraps every .txt file of a folder at a column (Python's textwrap, words never split, hyphens kept), analyzes the
folder as written and wrapped with the built CLI, and prints how far the two agree: sentences (white space made one
space), entity summaries (name and type), key phrase lists, mentions (text and type), and names or key phrases that
hold a line break.

    python3 scripts/hard-wrap-check.py ../shared/data/bbc/articles --width 72 \
        [--cli src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli] [--work /tmp/hard-wrap]
"""
import argparse
import json
import os
import re
import subprocess
import textwrap


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--width", type=int, default=72)
    ap.add_argument("--cli", default="src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli")
    ap.add_argument("--work", default="/tmp/hard-wrap")
    a = ap.parse_args()

    wrapped = os.path.join(a.work, f"wrapped-{a.width}")
    for root, _, files in os.walk(a.folder):
        for name in files:
            if not name.endswith(".txt"):
                continue
            raw = open(os.path.join(root, name), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
            lines = [textwrap.fill(l, width=a.width, break_on_hyphens=False, break_long_words=False) if l.strip() else ""
                     for l in text.split("\n")]
            out = os.path.join(wrapped, os.path.relpath(root, a.folder))
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write("\n".join(lines))

    def run(folder, out):
        subprocess.run([a.cli, "analyze", folder, "-o", out, "--no-progress"], check=True)
        return {r["source"]: r for r in map(json.loads, open(out, encoding="utf-8"))}

    orig = run(a.folder, os.path.join(a.work, "written.jsonl"))
    wrap = run(wrapped, os.path.join(a.work, f"wrapped-{a.width}.jsonl"))
    flat = lambda s: re.sub(r"\s+", " ", s or "").strip()
    keys = [k for k in orig if k in wrap]
    same = lambda f: sum(f(orig[k]) == f(wrap[k]) for k in keys)
    tp = fp = fn = 0
    for k in keys:
        x = {(flat(e["text"]), e["type"]) for e in orig[k].get("entities", [])}
        y = {(flat(e["text"]), e["type"]) for e in wrap[k].get("entities", [])}
        tp, fp, fn = tp + len(x & y), fp + len(y - x), fn + len(x - y)
    broken = sum(("\n" in e["name"]) for k in keys for e in wrap[k].get("entitySummary", []))
    broken_kp = sum(("\n" in p["text"]) for k in keys for p in wrap[k].get("keyphrases", []))
    print(f"documents {len(keys)}, width {a.width}")
    print(f"sentences: {sum(len(orig[k]['sentences']) for k in keys)} as written, {sum(len(wrap[k]['sentences']) for k in keys)} wrapped; "
          f"documents with the same sentences {same(lambda r: [flat(s['text']) for s in r['sentences']])}")
    print(f"entity summaries the same (name, type): {same(lambda r: [(flat(e['name']), e['type']) for e in r['entitySummary']])}")
    print(f"key phrase lists the same: {same(lambda r: [flat(p['text']) for p in r['keyphrases']])}")
    print(f"mentions (text, type) of the wrapped text against as written: precision {tp / max(1, tp + fp):.4f}, recall {tp / max(1, tp + fn):.4f}")
    print(f"names with a line break {broken}, key phrases with a line break {broken_kp}")


if __name__ == "__main__":
    main()
