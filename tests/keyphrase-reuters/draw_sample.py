"""Draws the 60 Reuters 1987 articles of the third key phrase sample by a rule fixed before any was read (README.md).

Usage (from the repository root):
  python3 tests/keyphrase-reuters/draw_sample.py [../shared/data/unlabeled-news] [/tmp/22e/reuters3] > /tmp/splits.json
Writes each chosen article under the output folder (never into the repository: the texts are not ours) and prints the
splits file ({"tune": [...30], "check": [...30]}); the committed splits.json is the record.

Rule: in reuters21578-1987.txt.gz (one story per line), the lines whose body (the line less its upper-case headline,
as the second sample splits it) has 300-1000 words split on white space, whose first 30 words no earlier such line
began with (a story sent twice), that are prose (at most 8% of the words hold a digit; no word `vs` or `Shr`, the
marks of results tables and earnings reports; a headline of its own) and that are not in the second sample
(tests/keyphrase-newswire/splits.json). Those lines, in file order, are shuffled by Python's random.Random(2212) and
the first 60 taken; in that drawn order the even positions (0, 2, ...) are the tune part, the odd ones the check part.
Files are written as the second sample writes them (`<title>\\n\\n<body>\\n`, the sign-off `Reuter` dropped), with the
id `reuters/<line number from 0, five digits>.txt`.
"""
import json, os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'keyphrase-newswire'))
from draw_sample import stories  # noqa: E402  (the second sample's reading and headline rule, shared)

COUNT, SEED, MAX_DIGIT_SHARE = 60, 2212, 0.08
TABLE_WORDS = {'vs', 'vs.', 'shr'}


def is_prose(title, words):
    if not title:
        return False
    if any(w.lower() in TABLE_WORDS for w in words):
        return False
    return sum(any(c.isdigit() for c in w) for w in words) <= MAX_DIGIT_SHARE * len(words)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/unlabeled-news'
    out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/22e/reuters3'
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, '..', 'keyphrase-newswire', 'splits.json'), encoding='utf-8') as f:
        second = {d for part in json.load(f).values() for d in part}
    eligible = []
    for number, title, body in stories(os.path.join(root, 'reuters21578-1987.txt.gz'), True, 300, 1000):
        doc_id = f'reuters/{number:05d}.txt'
        if doc_id not in second and is_prose(title, body.split()):
            eligible.append((doc_id, title, body))
    random.Random(SEED).shuffle(eligible)
    os.makedirs(os.path.join(out, 'reuters'), exist_ok=True)
    splits = {'tune': [], 'check': []}
    for i, (doc_id, title, body) in enumerate(eligible[:COUNT]):
        with open(os.path.join(out, doc_id), 'w', encoding='utf-8') as w:
            w.write(f'{title}\n\n{body}\n')
        splits['check' if i % 2 else 'tune'].append(doc_id)
    print(f'{len(eligible)} eligible lines', file=sys.stderr)
    print(json.dumps(splits, indent=1))


if __name__ == '__main__':
    main()
