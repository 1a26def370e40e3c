#!/usr/bin/env python3
"""Weekdays to come and gone by: how `analyze` resolves a bare weekday against a known publication date.

`tests/weekday-sample/labels.tsv` holds 300 weekday mentions drawn from ../shared/data (`draw_sample.py` there says how),
each labelled by hand from its sentence alone: P (a day gone by, or the publication day), F (a day to come), N (no date:
`Sheffield Wednesday`, `every Friday`, `The Sunday Times`) or U (cannot tell). The tune part (Reuters 1987, BBC 2004-05)
chose the rules of `WeekdayTense`; the check part (FNC-1 2014-15, BBC 2019-22, the extraction benchmarks' pages) chose
nothing. Each sentence is analyzed alone as a JSON Lines row with a publication date three days after its weekday, so
that the day gone by and the day to come differ; the Date mention at the weekday says which the analyzer chose.

  python3 scripts/weekday-direction.py [--cli DLL] [--work /tmp/weekday-direction] [--errors]
"""
import argparse
import collections
import datetime
import gzip
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load_text(locator, cache):
    path, _, key = locator.partition("#")
    if path not in cache:
        full = os.path.join(DATA, path)
        if path.endswith(".gz"):
            with gzip.open(full, "rt", encoding="utf-8") as f:
                cache[path] = [line for line in f]
        elif path.endswith(".json"):
            with open(full, encoding="utf-8") as f:
                cache[path] = {k: v.get("articleBody") or "" for k, v in json.load(f).items()}
        else:
            with open(full, encoding="utf-8", errors="replace") as f:
                cache[path] = f.read()
    doc = cache[path]
    text = doc[int(key)] if path.endswith(".gz") else doc[key] if path.endswith(".json") else doc
    return re.sub(r"\s+", " ", text)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", default=os.path.join(ROOT, "src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli.dll"))
    p.add_argument("--work", default="/tmp/weekday-direction")
    p.add_argument("--errors", action="store_true", help="print the check part's wrong directions")
    a = p.parse_args()
    if not os.path.isdir(DATA):
        sys.exit(f"{DATA} is absent")
    os.makedirs(a.work, exist_ok=True)
    rows, cache = [], {}
    with open(os.path.join(ROOT, "tests", "weekday-sample", "labels.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rid, locator, offset, length, weekday, label = line.rstrip("\n").split("\t")
            sentence = load_text(locator, cache)[int(offset):int(offset) + int(length)]
            word = re.match(r"[A-Za-z]+", sentence[int(weekday):]).group(0)
            assert word in WEEKDAYS, (rid, word)
            # Monday 2021-06-07 + the weekday's index + 3 days: a publication day three days after the weekday.
            published = datetime.date(2021, 6, 7) + datetime.timedelta(days=WEEKDAYS.index(word) + 3)
            rows.append({"id": rid, "part": "tune" if rid.startswith("tune") else "check", "label": label, "text": sentence,
                         "weekday": int(weekday), "date": published.isoformat()})
    export = os.path.join(a.work, "sample.jsonl")
    with open(export, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "date": r["date"], "text": r["text"]}, ensure_ascii=False) + "\n")
    out = os.path.join(a.work, "records.jsonl")
    with open(out, "wb") as f:
        subprocess.run(["dotnet", a.cli, "analyze", export, "--date-column", "date", "--no-progress", "--no-corpus-entities",
                        "--keyphrases", "0"], stdout=f, check=True)
    records = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records[r["source"]] = r
    counts = {part: collections.Counter() for part in ("tune", "check")}
    errors = []
    for r in rows:
        rec = records[r["id"]]
        text = rec.get("text") or r["text"]
        # The record's text is the row's text unless repaired; find the weekday by offset, allowing for a shift.
        iso = None
        for e in rec.get("entities") or []:
            if e["type"] == "Date" and e["start"] <= r["weekday"] < e["end"]:
                iso = e.get("iso")
        c = counts[r["part"]]
        c["mentions " + r["label"]] += 1
        if r["label"] not in "PF":
            c["dated " + r["label"]] += iso is not None
            continue
        if iso is None or len(iso) != 10:
            c["no date"] += 1
            continue
        said = "P" if iso <= r["date"] else "F"
        c["scored"] += 1
        c[f"gold {r['label']} said {said}"] += 1
        c["right"] += said == r["label"]
        c["right if always P"] += r["label"] == "P"
        if said != r["label"] and r["part"] == "check":
            errors.append((r["id"], r["label"], said, text[max(0, r["weekday"] - 120):r["weekday"] + 60]))
    for part in ("tune", "check"):
        c = counts[part]
        n = c["scored"]
        print(f"{part}: labels P {c['mentions P']}, F {c['mentions F']}, N {c['mentions N']} ({c['dated N']} given a date), "
              f"U {c['mentions U']}; P/F mentions without a date: {c['no date']}")
        print(f"  direction right: {c['right']} / {n} = {100 * c['right'] / max(n, 1):.1f}%"
              f"  (always the past day: {c['right if always P']} / {n} = {100 * c['right if always P'] / max(n, 1):.1f}%)")
        fp = c["gold F said F"]
        print(f"  days to come found: {fp} of {c['gold F said F'] + c['gold F said P']}; "
              f"days gone by read as to come: {c['gold P said F']} of {c['gold P said P'] + c['gold P said F']}")
    if a.errors:
        for e in errors:
            print("  ", *e)


if __name__ == "__main__":
    main()
