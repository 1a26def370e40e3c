#!/usr/bin/env python3
"""What a known publication date (--date-column) gains on real text.

Pages of the extraction benchmarks (../shared/data) whose HTML states a date (metadata or a dateline: the `published`
of `textinsight analyze` on the page) are exported as a data team would hold them: one JSON Lines row per page, the
benchmark's article body as the text and that date as a column. The rows are analyzed without and with
`--date-column date`, and the Date mentions of the two runs are compared span by span:

  recovered   a date only the run with the column gives (a relative date dropped for want of a publication date)
  changed     a date both give, resolved to another day (the text's own date line against the column's date)
  lost        a date only the run without the column gives (none is expected)

Figures are given for the pages whose FNV-1a hash of the id is even (tune) and odd (check), and for both. `--sample N`
prints N recovered weekday mentions of the check part (seeded) with their sentence, for checking their direction by hand.

  python3 scripts/date-column-gain.py [--cli DLL] [--sample 40] [--work /tmp/date-column-gain]
"""
import argparse
import collections
import gzip
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
SETS = ["article-extraction-dev"] + ["extraction-dev/" + s for s in
                                    ("cetd", "cleaneval", "cleanportaleval", "dragnet", "google-trends-2017", "l3s-gn1", "readability")]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def analyze(cli, args, out):
    with open(out, "wb") as f:
        subprocess.run(["dotnet", cli, "analyze", *args, "--no-progress", "--no-corpus-entities"], stdout=f, check=False)
    with open(out, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def dates(record):
    return {(e["start"], e["end"]): e.get("iso") for e in record.get("entities") or [] if e["type"] == "Date"}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", default=os.path.join(ROOT, "src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli.dll"))
    p.add_argument("--work", default="/tmp/date-column-gain")
    p.add_argument("--sample", type=int, default=0)
    a = p.parse_args()
    if not os.path.isdir(DATA):
        sys.exit(f"{DATA} is absent")
    os.makedirs(a.work, exist_ok=True)

    rows, per_set = [], collections.Counter()
    for name in SETS:
        folder = os.path.join(DATA, name)
        truth = json.load(open(os.path.join(folder, "ground-truth.json"), encoding="utf-8"))
        pages = analyze(a.cli, [os.path.join(folder, "html")], os.path.join(a.work, name.replace("/", "-") + ".pages.jsonl"))
        for page in pages:
            page_id = os.path.basename(page["source"]).split(".")[0]
            if page.get("error") or not page.get("published") or page_id not in truth:
                continue
            body = truth[page_id]["articleBody"]
            if body.strip():
                rows.append({"id": name + "/" + page_id, "date": page["published"], "text": body,
                             "part": "tune" if fnv1a(page_id) % 2 == 0 else "check"})
                per_set[name] += 1

    export = os.path.join(a.work, "export.jsonl")
    with open(export, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps({k: row[k] for k in ("id", "date", "text")}, ensure_ascii=False) + "\n")
    without = analyze(a.cli, [export], os.path.join(a.work, "without.jsonl"))
    given = analyze(a.cli, [export, "--date-column", "date"], os.path.join(a.work, "with.jsonl"))

    counts = {"tune": collections.Counter(), "check": collections.Counter()}
    recovered_by_word = {"tune": collections.Counter(), "check": collections.Counter()}
    samples = []
    for row, r0, r1 in zip(rows, without, given):
        assert r0["source"] == r1["source"] == row["id"]
        c = counts[row["part"]]
        c["pages"] += 1
        c["published from the text without the column"] += r0.get("published") is not None
        c["published differs from the column without it"] += r0.get("published") not in (None, row["date"])
        d0, d1 = dates(r0), dates(r1)
        c["dates without"] += len(d0)
        c["dates with"] += len(d1)
        text = r1.get("text") or row["text"]
        for span, iso in d1.items():
            if span not in d0:
                c["recovered"] += 1
                word = text[span[0]:span[1]]
                recovered_by_word[row["part"]][kind(word)] += 1
                if word.lower().split()[-1] in WEEKDAYS and row["part"] == "check":
                    samples.append((row["id"], row["date"], word, iso, sentence(r1, text, span)))
            elif d0[span] != iso:
                c["changed"] += 1
        c["lost"] += sum(1 for span in d0 if span not in d1)
        c["pages with a recovered date"] += any(span not in d0 for span in d1)

    print(f"{len(rows)} pages with a stated date ({', '.join(f'{k} {v}' for k, v in per_set.items())})")
    print("figure: tune / check / all")
    for key in ("pages", "published from the text without the column", "published differs from the column without it", "dates without",
                "dates with", "recovered", "changed", "lost", "pages with a recovered date"):
        t, k = counts["tune"][key], counts["check"][key]
        print(f"  {key}: {t} / {k} / {t + k}")
    for part in ("tune", "check"):
        print(f"  recovered by kind, {part}: " + ", ".join(f"{k} {v}" for k, v in recovered_by_word[part].most_common()))
    if a.sample and samples:
        random.Random(15).shuffle(samples)
        print(f"\n{min(a.sample, len(samples))} of {len(samples)} recovered weekdays of the check part (id, published, mention, resolved, sentence):")
        for s in samples[:a.sample]:
            print(f"  {s[0][-12:]}  {s[1]}  {s[2]!r} -> {s[3]}  | {s[4][:220]}")


def kind(word):
    w = word.lower()
    if w.split()[-1] in WEEKDAYS:
        return "weekday"
    for k in ("yesterday", "today", "tomorrow", "week", "month", "year"):
        if k in w:
            return k
    return "month or day without a year"


def sentence(record, text, span):
    for s in record.get("sentences") or []:
        if s["start"] <= span[0] < s["end"]:
            return s["text"].replace("\n", " ")
    return text[max(0, span[0] - 100):span[1] + 100].replace("\n", " ")


if __name__ == "__main__":
    main()
