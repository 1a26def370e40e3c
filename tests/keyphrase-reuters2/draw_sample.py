"""Draws the 40 Reuters 1987 articles of the fourth key phrase sample by a rule fixed before any was read (README.md).

Usage (from the repository root):
  python3 tests/keyphrase-reuters2/draw_sample.py [../shared/data/unlabeled-news] [/tmp/kp4/reuters4] > /tmp/splits.json
Writes each chosen article under the output folder (never into the repository: the texts are not ours), prints the
splits file ({"tune": [...20], "check": [...20]}) and writes it as tests/keyphrase-reuters2/splits.json, the record
(or, once that is committed, checks the draw against it and stops if they differ).

Rule: the third sample's (tests/keyphrase-reuters/draw_sample.py, imported, not copied): in
reuters21578-1987.txt.gz (one story per line), the lines whose body (the line less its upper-case headline, as the
second sample splits it) has 300-1000 words split on white space, whose first 30 words no earlier such line began
with (a story sent twice), that are prose (at most 8% of the words hold a digit; no word `vs` or `Shr`; a headline of
its own), and that are in neither the second sample (tests/keyphrase-newswire/splits.json) nor the third
(tests/keyphrase-reuters/splits.json). Those lines, in file order, are shuffled by Python's random.Random(20261208)
and the first 40 taken; in that drawn order the even positions (0, 2, ...) are the tune part, the odd ones the check
part. Files are written as the second and third samples write them (`<title>\\n\\n<body>\\n`, the sign-off `Reuter`
dropped), with the id `reuters/<line number from 0, five digits>.txt`.
"""
import importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    'keyphrase_reuters_draw', os.path.join(HERE, '..', 'keyphrase-reuters', 'draw_sample.py'))
third = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(third)  # brings the second sample's `stories` (reading, headline rule) and `is_prose`

COUNT, SEED = 40, 20261208
EARLIER = ('keyphrase-newswire', 'keyphrase-reuters')


def earlier_ids(here, earlier):
    ids = set()
    for folder in earlier:
        with open(os.path.join(here, '..', folder, 'splits.json'), encoding='utf-8') as f:
            ids |= {d for part in json.load(f).values() for d in part}
    return ids


def draw(here, seed, earlier, default_out, count=COUNT):
    """The rule above with its seed, the samples it leaves out and the default output folder given: the later samples'
    scripts (tests/keyphrase-reuters3, -reuters4) call it with theirs. It writes splits.json into `here` when there is
    none, and otherwise stops with an error if the draw differs from it."""
    root = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/unlabeled-news'
    out = sys.argv[2] if len(sys.argv) > 2 else default_out
    excluded = earlier_ids(here, earlier)
    eligible = []
    for number, title, body in third.stories(os.path.join(root, 'reuters21578-1987.txt.gz'), True, 300, 1000):
        doc_id = f'reuters/{number:05d}.txt'
        if doc_id not in excluded and third.is_prose(title, body.split()):
            eligible.append((doc_id, title, body))
    random.Random(seed).shuffle(eligible)
    os.makedirs(os.path.join(out, 'reuters'), exist_ok=True)
    splits = {'tune': [], 'check': []}
    for i, (doc_id, title, body) in enumerate(eligible[:count]):
        with open(os.path.join(out, doc_id), 'w', encoding='utf-8') as w:
            w.write(f'{title}\n\n{body}\n')
        splits['check' if i % 2 else 'tune'].append(doc_id)
    print(f'{len(eligible)} eligible lines', file=sys.stderr)
    text = json.dumps(splits, indent=1)
    record = os.path.join(here, 'splits.json')
    if os.path.exists(record):
        # The committed record is never replaced: other data (a changed file, another rule) fails here instead.
        with open(record, encoding='utf-8') as f:
            if f.read() != text + '\n':
                sys.exit(f'{record} differs from this draw: the data or the rule is not the one it was drawn from')
    else:
        with open(record, 'w', encoding='utf-8') as w:
            w.write(text + '\n')
    print(text)


def main():
    draw(HERE, SEED, EARLIER, '/tmp/kp4/reuters4')


if __name__ == '__main__':
    main()
