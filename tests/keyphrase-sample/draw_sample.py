"""Lists the 60 BBC articles of the key phrase sample by a rule fixed before any was read (README.md).

Usage: python3 tests/keyphrase-sample/draw_sample.py [../shared/data/bbc/articles] > /tmp/splits.json
Run from the repository root. Prints the splits file ({"tune": [...40], "check": [...20]}); the committed
splits.json is the record (pairs.tsv, which the rule reads to leave out the linking sample's articles, may grow).

Rule: in each section (business, entertainment, politics, sport, tech), the files in file-name order whose body (the
text after the title line) has 150-600 words split on white space and which tests/linking-sample/pairs.tsv does not
name; of those n files, every k-th with k = n // 12, starting at k // 2: 12 per section. The order is round-robin over
the sections (the first pick of each section, then the second, ...), and the first 40 in that order are the tune part
(8 per section), the other 20 the check part (4 per section).
"""
import json, os, sys

root = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/bbc/articles'
here = os.path.dirname(os.path.abspath(__file__))
named = set()
with open(os.path.join(here, '..', 'linking-sample', 'pairs.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#'):
            continue
        cols = line.rstrip('\n').split('\t')
        if len(cols) > 3:
            named.add(cols[1])
            named.add(cols[3])

SECTIONS = ['business', 'entertainment', 'politics', 'sport', 'tech']
PER_SECTION = 12
picks = {}
for s in SECTIONS:
    eligible = []
    for name in sorted(os.listdir(os.path.join(root, s))):
        if not name.endswith('.txt'):
            continue
        rel = f'{s}/{name}'
        if rel in named:
            continue
        with open(os.path.join(root, s, name), encoding='utf-8', errors='replace') as f:
            text = f.read()
        body = text.split('\n', 1)[1] if '\n' in text else ''
        if 150 <= len(body.split()) <= 600:
            eligible.append(rel)
    k = len(eligible) // PER_SECTION
    picks[s] = [eligible[k // 2 + i * k] for i in range(PER_SECTION)]

order = [picks[s][i] for i in range(PER_SECTION) for s in SECTIONS]
print(json.dumps({'tune': order[:40], 'check': order[40:]}, indent=1))
