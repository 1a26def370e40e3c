"""Draws the candidate pairs of half 4 of pairs.tsv (seeded) from one `textinsight analyze` run over the BBC articles.

Usage: python3 draw_half4.py bbc.jsonl pairs.tsv > candidates.tsv
Candidates only: each was labelled by reading both articles' sentences (README.md), and some were dropped.
"""
import json, random, sys, re

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame"}
records = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
seen = set()
for line in open(sys.argv[2]):
    if line.startswith('#'):
        continue
    f = line.rstrip('\n').split('\t')
    seen.add(frozenset([(f[1], f[2]), (f[3], f[4])]))

def words(n):
    return n.split()

full, bare, other = [], [], []
for r in records:
    for e in r.get('entitySummary') or []:
        w = words(e['name'])
        if not w:
            continue
        if e['type'] == 'Person':
            if w[0].lower().rstrip('.') in TITLES and len(w) == 2:
                bare.append((r['source'], e['name'], w[-1]))
            elif len(w) == 1:
                bare.append((r['source'], e['name'], w[-1]))
            elif len(w) >= 2 and w[0].lower().rstrip('.') not in TITLES:
                full.append((r['source'], e['name'], w[-1]))
        else:
            other.append((r['source'], e['name'], e['type']))

rng = random.Random(20261205)
by_surname = {}
for s, n, sur in full:
    by_surname.setdefault(sur, []).append((s, n))
out = []

def add(kind, a, b):
    key = frozenset([a, b])
    if a[0] == b[0] or key in seen:
        return False
    seen.add(key)
    out.append((a[0], a[1], b[0], b[1], kind))
    return True

# neg: two full names sharing a surname, different first names
shared = sorted(k for k, v in by_surname.items() if len({n for _, n in v}) > 1)
n = 0
while n < 20:
    sur = rng.choice(shared)
    v = by_surname[sur]
    a, b = rng.sample(v, 2)
    if a[1] != b[1] and add('neg', a, b):
        n += 1
# bare: surname or title + surname in one document, a full name with that surname in another; half of them with a title
n = 0
bare_known = [b for b in bare if b[2] in by_surname]
while n < 20:
    s, name, sur = rng.choice(bare_known)
    t = rng.choice(by_surname[sur])
    if add('bare', (s, name), t):
        n += 1
# type: a person's name (full or single) that another document types a place or organization
people_names = {}
for s, nme, sur in full + bare:
    people_names.setdefault(nme, []).append(s)
cands = [(s, nme, t) for s, nme, t in other if nme in people_names]
n = 0
while n < 12 and cands:
    s, nme, t = rng.choice(cands)
    if add('type', (s, nme), (rng.choice(people_names[nme]), nme)):
        n += 1
# misc: an organization/place named two ways (one name a word-prefix or acronym of the other)
orgs = [(s, nme) for s, nme, t in other if len(words(nme)) >= 2]
acr = {}
for s, nme, t in other:
    if re.fullmatch(r'[A-Z]{2,6}', nme):
        acr.setdefault(nme, []).append(s)
n = 0
tries = 0
while n < 10 and tries < 100000:
    tries += 1
    s, nme = rng.choice(orgs)
    ini = ''.join(w[0] for w in words(nme) if w[0].isupper())
    if ini in acr:
        if add('misc', (s, nme), (rng.choice(acr[ini]), ini)):
            n += 1
for a in out:
    print('\t'.join(a))
