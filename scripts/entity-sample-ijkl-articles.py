"""Lists the articles of parts I, J, K and L of the hand-checked name sample (tests/entity-sample/bbc-2020-dev-{i,j,k,l}.tsv).

Usage: python3 scripts/entity-sample-ijkl-articles.py i|j|k|l [ARTICLES]   (default ../shared/data/bbc-2020-dev/articles)

The rule, fixed before any of them was read (2026-12-07, after parts E to H), the rule of parts E to H continued: per
section (business, entertainment, politics, sport, tech), in file order, the first 16 articles that are in none of
parts A to H and have 120-800 words (words = runs of non-white space of the whole file, headline included); the first
4 of each section are part I, the next 4 part J, then K and L (fewer where a section has run out: tech has 2 such
articles left, both in part I). Annotators annotate blind as parts B to H were. Training data for the tagger: parts C
and D stay its held-out check.
"""
import os
import sys

PARTS = 'ijkl'
PART = sys.argv[1] if len(sys.argv) > 1 else ''
if len(PART) != 1 or PART not in PARTS:
    sys.exit('usage: entity-sample-ijkl-articles.py i|j|k|l [ARTICLES]')
ROOT = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/bbc-2020-dev/articles'
PER_PART, MIN_WORDS, MAX_WORDS = 4, 120, 800
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = [os.path.join(HERE, '..', 'tests', 'entity-sample', name)
           for name in ['bbc-2020-dev.tsv'] + [f'bbc-2020-dev-{p}.tsv' for p in 'bcdefgh']]

used = set()
for sample in SAMPLES:
    for line in open(sample, encoding='utf-8'):
        if line.startswith('# ') and ' sha256:' in line:
            used.add(line[2:line.index(' sha256:')])

index = PARTS.index(PART)
for section in sorted(os.listdir(ROOT)):
    taken = []
    for name in sorted(os.listdir(os.path.join(ROOT, section))):
        if not name.endswith('.txt') or len(taken) == len(PARTS) * PER_PART:
            continue
        path = f'{section}/{name[:-4]}'
        with open(os.path.join(ROOT, section, name), 'rb') as f:
            words = len(f.read().decode('utf-8', errors='replace').split())
        if path not in used and MIN_WORDS <= words <= MAX_WORDS:
            taken.append(path)
    for path in taken[index * PER_PART:(index + 1) * PER_PART]:
        print(path)
