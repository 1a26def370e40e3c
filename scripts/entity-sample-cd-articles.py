"""Lists the articles of parts C and D of the hand-checked name sample (tests/entity-sample/bbc-2020-dev-{c,d}.tsv).

Usage: python3 scripts/entity-sample-cd-articles.py c|d [ARTICLES]   (default ../shared/data/bbc-2020-dev/articles)

The rule, fixed before any of them was read (2026-12-07): per section (business, entertainment, politics, sport,
tech), in file order, the first 8 articles that are in neither part A nor part B and have 120-600 words (words = runs
of non-white space of the whole file, headline included); the first 4 of each section are part C, the next 4 part D
(40 articles; two annotators, one part each, annotating blind as part B was).
"""
import os
import sys

PART = sys.argv[1] if len(sys.argv) > 1 else ''
if PART not in ('c', 'd'):
    sys.exit('usage: entity-sample-cd-articles.py c|d [ARTICLES]')
ROOT = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/bbc-2020-dev/articles'
PER_PART, MIN_WORDS, MAX_WORDS = 4, 120, 600
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = [os.path.join(HERE, '..', 'tests', 'entity-sample', name) for name in ('bbc-2020-dev.tsv', 'bbc-2020-dev-b.tsv')]

used = set()
for sample in SAMPLES:
    for line in open(sample, encoding='utf-8'):
        if line.startswith('# ') and ' sha256:' in line:
            used.add(line[2:line.index(' sha256:')])

for section in sorted(os.listdir(ROOT)):
    taken = []
    for name in sorted(os.listdir(os.path.join(ROOT, section))):
        if not name.endswith('.txt') or len(taken) == 2 * PER_PART:
            continue
        path = f'{section}/{name[:-4]}'
        with open(os.path.join(ROOT, section, name), 'rb') as f:
            words = len(f.read().decode('utf-8', errors='replace').split())
        if path not in used and MIN_WORDS <= words <= MAX_WORDS:
            taken.append(path)
    for path in (taken[:PER_PART] if PART == 'c' else taken[PER_PART:]):
        print(path)
