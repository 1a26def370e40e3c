"""Lists the articles of part B of the hand-checked name sample (tests/entity-sample/bbc-2020-dev-b.tsv).

Usage: python3 scripts/entity-sample-b-articles.py [ARTICLES]   (default ../shared/data/bbc-2020-dev/articles)

The rule, fixed before any of them was read: per section (business, entertainment, politics, sport, tech), in file
order, the first 9 articles that are not in part A (tests/entity-sample/bbc-2020-dev.tsv) and have 120-400 words
(words = runs of non-white space of the whole file, headline included). Politics and tech have only 6 such articles, so
part B has 39. With 120-300 and no exclusion the same rule gives part A's first five per section (politics: four).
"""
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/bbc-2020-dev/articles'
PER_SECTION, MIN_WORDS, MAX_WORDS = 9, 120, 400
HERE = os.path.dirname(os.path.abspath(__file__))
PART_A = os.path.join(HERE, '..', 'tests', 'entity-sample', 'bbc-2020-dev.tsv')

used = set()
for line in open(PART_A, encoding='utf-8'):
    if line.startswith('# ') and ' sha256:' in line:
        used.add(line[2:line.index(' sha256:')])

for section in sorted(os.listdir(ROOT)):
    taken = 0
    for name in sorted(os.listdir(os.path.join(ROOT, section))):
        if not name.endswith('.txt') or taken == PER_SECTION:
            continue
        path = f'{section}/{name[:-4]}'
        with open(os.path.join(ROOT, section, name), 'rb') as f:
            words = len(f.read().decode('utf-8', errors='replace').split())
        if path not in used and MIN_WORDS <= words <= MAX_WORDS:
            print(path)
            taken += 1
