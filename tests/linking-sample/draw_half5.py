"""Draws the candidate pairs of half 5 of pairs.tsv (seeded) from one `textinsight analyze` run over the BBC articles;
with another seed, those of a later half (half 6: seed 20261207, from the output of 63e40d1; half 7: seed 20261208,
from the output of 0fc2c6a; half 8: seed 20261209, from the output of 7f25a62;
half 9: seed 20261210, from the output of 2a87f2e; half 10: seed 20261211, from the output of 8567e1c;
half 11: seed 20261212, from the output of 2219a56;
half 12: seed 20261213, from the output of 88679d6; README.md).

Usage: python3 draw_half5.py bbc.jsonl pairs.tsv ARTICLES_DIR [SEED (default 20261206, half 5)] > candidates.tsv
Candidates only: each was labelled by reading both articles' sentences (README.md), and some were dropped.
Groups (the kind column): neg (two full names sharing a surname), bare (a surname alone against a full name with it),
gender (a surname the article writes after a female courtesy title, or a male one, against a full name of that
surname elsewhere: Mr and Mrs of one surname, relatives), type (one name typed a person in one document and a place or
organization in another), misc (a name of two words or more against an acronym of its initials, a singular against a
plural or party form).
"""
import json, os, random, re, sys

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "baroness"}
FEMALE = ("Mrs", "Ms", "Miss", "Lady", "Dame", "Baroness")
MALE = ("Mr", "Sir", "Lord")
records = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
articles = sys.argv[3]
seen = set()
for line in open(sys.argv[2]):
    if line.startswith('#'):
        continue
    f = line.rstrip('\n').split('\t')
    seen.add(frozenset([(f[1], f[2]), (f[3], f[4])]))

full, bare, other = [], [], []
for r in records:
    for e in r.get('entitySummary') or []:
        w = e['name'].split()
        if not w:
            continue
        if e['type'] == 'Person':
            if len(w) == 1:
                bare.append((r['source'], e['name'], w[-1]))
            elif w[0].lower().rstrip('.') not in TITLES:
                full.append((r['source'], e['name'], w[-1]))
        else:
            other.append((r['source'], e['name'], e['type']))

rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261206)
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

shared = sorted(k for k, v in by_surname.items() if len({n for _, n in v}) > 1)
n = 0
while n < 15:
    v = by_surname[rng.choice(shared)]
    a, b = rng.sample(v, 2)
    if a[1] != b[1] and add('neg', a, b):
        n += 1
n = 0
bare_known = [b for b in bare if b[2] in by_surname]
while n < 15:
    s, name, sur = rng.choice(bare_known)
    if add('bare', (s, name), rng.choice(by_surname[sur])):
        n += 1
# gender: a one-word person the article writes after a courtesy title; female titles twice as often drawn (rarer)
titled = {'f': [], 'm': []}
for s, name, sur in bare:
    if sur not in by_surname:
        continue
    text = open(os.path.join(articles, s), encoding='utf-8', errors='replace').read()
    if re.search(r'\b(' + '|'.join(FEMALE) + r')\.? ' + re.escape(sur) + r'\b', text):
        titled['f'].append((s, name, sur))
    elif re.search(r'\b(' + '|'.join(MALE) + r')\.? ' + re.escape(sur) + r'\b', text):
        titled['m'].append((s, name, sur))
n = 0
tries = 0
while n < 12 and tries < 10000:
    tries += 1
    pool = titled['f'] if n % 3 != 2 else titled['m']
    s, name, sur = rng.choice(pool)
    if add('gender', (s, name), rng.choice(by_surname[sur])):
        n += 1
people_names = {}
for s, nme, sur in full + bare:
    people_names.setdefault(nme, []).append(s)
cands = [(s, nme, t) for s, nme, t in other if nme in people_names]
n = 0
while n < 10 and cands:
    s, nme, t = rng.choice(cands)
    if add('type', (s, nme), (rng.choice(people_names[nme]), nme)):
        n += 1
# misc: acronyms of a name's initials, and singular/plural or party forms of one word (Tory/Tories/Conservatives)
orgs = [(s, nme) for s, nme, t in other if len(nme.split()) >= 2]
acr = {}
for s, nme, t in other:
    if re.fullmatch(r'[A-Z]{2,6}', nme):
        acr.setdefault(nme, []).append(s)
n = 0
tries = 0
while n < 6 and tries < 100000:
    tries += 1
    s, nme = rng.choice(orgs)
    ini = ''.join(w[0] for w in nme.split() if w[0].isupper())
    if ini in acr and add('misc', (s, nme), (rng.choice(acr[ini]), ini)):
        n += 1
forms = {}
for s, nme, t in other:
    forms.setdefault(nme, []).append(s)
for s, nme, sur in full + bare:
    forms.setdefault(nme, []).append(s)
parties = [('Tories', 'Conservatives'), ('Tory', 'Conservatives'), ('Tories', 'Tory'), ('Labour', 'Labour Party'),
           ('Lib Dems', 'Liberal Democrats'), ('Democrats', 'Democratic Party'), ('Republicans', 'Republican Party')]
n = 0
tries = 0
while n < 6 and tries < 1000:
    tries += 1
    a, b = rng.choice(parties)
    if a in forms and b in forms and add('misc', (rng.choice(forms[a]), a), (rng.choice(forms[b]), b)):
        n += 1
for a in out:
    print('\t'.join(a))
