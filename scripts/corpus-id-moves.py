"""Which entity-summary items changed corpus entity between two `analyze` outputs of the same documents, not only number.

Usage: python3 scripts/corpus-id-moves.py BEFORE.jsonl AFTER.jsonl
Corpus ids are given in document order, so one entity made or not made early renumbers every later record: comparing
records byte for byte (scripts/compare-output.sh) overstates a change of grouping. Here an item (source, id) moved when
its corpus entity after is not the one most items of its entity before went to, or its entity before is not the one
most items of its entity after came from. Prints the counts, then each moved item with the names of its own document
that shared its entity before and after, and how many documents that entity spans.
"""
import json
import sys
from collections import Counter, defaultdict


def load(path):
    items, groups = {}, defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            record = json.loads(line)
            for e in record.get('entitySummary') or []:
                key = (record['source'], e['id'])
                items[key] = (e['corpusId'], e['name'], e['type'])
                groups[e['corpusId']].append(key)
    return items, groups


(items_a, groups_a), (items_b, groups_b) = load(sys.argv[1]), load(sys.argv[2])
if set(items_a) != set(items_b):
    sys.exit('the two outputs do not hold the same entity-summary items')
image = {g: Counter(items_b[k][0] for k in members).most_common(1)[0][0] for g, members in groups_a.items()}
origin = {g: Counter(items_a[k][0] for k in members).most_common(1)[0][0] for g, members in groups_b.items()}
moved = sorted(k for k in items_a if image[items_a[k][0]] != items_b[k][0] or origin[items_b[k][0]] != items_a[k][0])
with open(sys.argv[1], encoding='utf-8') as a, open(sys.argv[2], encoding='utf-8') as b:
    differ = sum(1 for x, y in zip(a, b) if x != y)
print(f'records differing in bytes: {differ}; records with a moved item: {len({k[0] for k in moved})}; items moved: {len(moved)}')
for k in moved:
    before, after = groups_a[items_a[k][0]], groups_b[items_b[k][0]]
    def mates(group, items):
        return [items[x][1] for x in group if x[0] == k[0] and x != k]
    print(f'  {k[0]} {items_a[k][1]!r} {items_a[k][2]}: before with {mates(before, items_a)} ({len({x[0] for x in before})} documents)'
          f' -> after with {mates(after, items_b)} ({len({x[0] for x in after})} documents)')
