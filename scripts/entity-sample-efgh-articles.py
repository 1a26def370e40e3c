"""Lists the articles of parts E, F, G and H of the hand-checked name sample (tests/entity-sample/bbc-2020-dev-{e,f,g,h}.tsv).

Usage: python3 scripts/entity-sample-efgh-articles.py e|f|g|h [ARTICLES]   (default ../shared/data/bbc-2020-dev/articles)

The rule, fixed before any of them was read (2026-12-07, after parts C and D): per section (business, entertainment,
politics, sport, tech), in file order, the first 16 articles that are in none of parts A to D and have 120-800 words
(words = runs of non-white space of the whole file, headline included); the first 4 of each section are part E, the
next 4 part F, then G and H (20 articles each where the section has enough). Four annotators, one part each, annotating
blind as parts B to D were. Training data for the tagger: parts C and D stay its held-out check.
"""
import os
import sys

PARTS = 'efgh'
PART = sys.argv[1] if len(sys.argv) > 1 else ''
if len(PART) != 1 or PART not in PARTS:
    sys.exit('usage: entity-sample-efgh-articles.py e|f|g|h [ARTICLES]')
ROOT = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/bbc-2020-dev/articles'
PER_PART, MIN_WORDS, MAX_WORDS = 4, 120, 800
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = [os.path.join(HERE, '..', 'tests', 'entity-sample', name)
           for name in ('bbc-2020-dev.tsv', 'bbc-2020-dev-b.tsv', 'bbc-2020-dev-c.tsv', 'bbc-2020-dev-d.tsv')]

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
