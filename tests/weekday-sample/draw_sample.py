#!/usr/bin/env python3
"""Draws the weekday sample of labels.tsv from ../shared/data (deterministic: the same 300 mentions every run).

Sentences (a crude split at . ! ? before a capital, in each text with every run of white space one space) holding a
capitalized weekday that is not followed by a date (`Tuesday, March 5`) nor preceded by `next`/`last`, at most 400
characters. Tune: 75 each from Reuters 1987 and BBC 2004-05; check: 50 each from FNC-1 2014-15, BBC 2019-22 and the
extraction benchmarks' true texts. Writes tune.jsonl and check.jsonl (with the sentence text, for labelling) to OUT;
offsets count code points. The labels were written by hand from those files.

  python3 tests/weekday-sample/draw_sample.py [OUT]
"""
import gzip, json, os, random, re, glob, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")
OUT = sys.argv[1] if len(sys.argv) > 1 else "."
WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
pat = re.compile(r"\b" + WD + r"\b")
def sents(text):
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"'“])", re.sub(r"\s+", " ", text))
def items(src, texts, keys=None):
    out = []
    for di, t in enumerate(texts):
        norm = re.sub(r"\s+", " ", t)
        pos = 0
        for s in sents(t):
            off = norm.index(s, pos); pos = off + len(s)
            for m in pat.finditer(s):
                after = s[m.end():m.end()+12]
                before = s[max(0, m.start()-5):m.start()].lower()
                if re.match(r",?\s*(\d|" + MON + ")", after): continue
                if before.endswith("next ") or before.endswith("last "): continue
                if len(s) > 400: continue
                out.append({"src": src, "doc": keys[di] if keys else di, "off": off, "len": len(s), "sent": s, "start": m.start(), "word": m.group(1)})
    return out
def gz(name):
    with gzip.open(os.path.join(D, "unlabeled-news", name), "rt", encoding="utf-8") as f:
        return [l for l in f]
tune, check = [], []
tune += items("reuters", gz("reuters21578-1987.txt.gz"))
bbc = [open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(D + "/bbc/articles/*/*.txt"))]
tune += items("bbc2004", bbc, [os.path.relpath(p, D) for p in sorted(glob.glob(D + "/bbc/articles/*/*.txt"))])
check += items("fnc1", gz("fnc1-bodies.txt.gz"))
b20 = [open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(D + "/bbc-2020-dev/articles/*/*.txt"))]
check += items("bbc2020", b20, [os.path.relpath(p, D) for p in sorted(glob.glob(D + "/bbc-2020-dev/articles/*/*.txt"))])
ex, exk = [], []
for gt in sorted(glob.glob(D + "/extraction-dev/*/ground-truth.json")) + [D + "/article-extraction-dev/ground-truth.json"]:
    for k, v in json.load(open(gt, encoding="utf-8")).items():
        ex.append(v.get("articleBody") or ""); exk.append(os.path.relpath(gt, D) + "#" + k)
check += items("extraction", ex, exk)
print(len(tune), len(check), file=sys.stderr)
r = random.Random(7)
# balance sources: sample per source
def sample(lst, per):
    by = {}
    for x in lst: by.setdefault(x["src"], []).append(x)
    out = []
    for k, v in sorted(by.items()):
        r.shuffle(v); out += v[:per]; print(k, len(v), file=sys.stderr)
    return out
T = sample(tune, 75); C = sample(check, 50)
for name, lst in (("tune", T), ("check", C)):
    with open(os.path.join(OUT, name + ".jsonl"), "w") as f:
        for i, x in enumerate(lst):
            x["id"] = f"{name}{i}"; f.write(json.dumps(x) + "\n")
