"""Draws the 80 newswire articles of the second key phrase sample by a rule fixed before any was read (README.md).

Usage (from the repository root):
  python3 tests/keyphrase-newswire/draw_sample.py [../shared/data/unlabeled-news] [/tmp/22d/newswire] > /tmp/splits.json
Writes each chosen article as a file under the output folder (never into the repository: the texts are not ours) and
prints the splits file ({"tune": [...50], "check": [...30]}); the committed splits.json is the record.

Rule: in reuters21578-1987.txt.gz and fnc1-bodies.txt.gz (one document per line), in file order, the lines whose body
has 250-1000 words split on white space and whose first 30 words no earlier eligible line of the same file began with
(near-duplicates: a story sent twice); of those n lines, every k-th with k = n // m, starting at k // 2: m = 50 from
Reuters, 30 from FNC-1. A document's id is <source>/<line number, from 0, five digits>.txt. Within each source the
picks whose index i (0-based, in file order) has i % 8 in {1, 4, 7} are the check part (19 Reuters, 11 FNC-1), the
others the tune part (31 + 19).

Layout of the written files (`evaluate keyphrases --docs` reads line 1 as the title): a Reuters line is "TITLE. Body":
the title is the longest prefix ending in ". " that holds no lower-case letter (the wire's upper-case headline), written
on line 1, then a blank line and the body; the wire's sign-off (a last word "Reuter") is dropped. An FNC-1 line is a
body without its headline (the corpus keeps bodies only): it is written as it is, one line, which the parser reads as
body (a unit longer than any headline is not a title).
"""
import gzip, json, os, re, sys

SOURCES = [('reuters', 'reuters21578-1987.txt.gz', 50), ('fnc', 'fnc1-bodies.txt.gz', 30)]
CHECK = {1, 4, 7}


def reuters_split(line):
    """(title, body): the longest prefix ending in '. ' with no lower-case letter is the title."""
    title_end = -1
    for m in re.finditer(r'\. ', line):
        if any(c.islower() for c in line[:m.start()]):
            break
        title_end = m.start()
    if title_end < 0:
        return '', line
    body = line[title_end + 2:].strip()
    if body.endswith(' Reuter'):
        body = body[:-len(' Reuter')]
    return line[:title_end], body


def stories(path, has_title, low, high):
    """(line number, title, body) of the lines of a one-story-a-line gzip file whose body has low-high words split on
    white space, in file order, leaving out a line whose first 30 words an earlier such line began with."""
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        lines = f.read().split('\n')
    seen = set()
    for number, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        title, body = reuters_split(line) if has_title else ('', line)
        words = body.split()
        if not low <= len(words) <= high:
            continue
        key = ' '.join(words[:30])
        if key in seen:
            continue
        seen.add(key)
        yield number, title, body


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/unlabeled-news'
    out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/22d/newswire'
    splits = {'tune': [], 'check': []}
    for name, file, m in SOURCES:
        eligible = list(stories(os.path.join(root, file), name == 'reuters', 250, 1000))
        k = len(eligible) // m
        picks = [eligible[k // 2 + i * k] for i in range(m)]
        os.makedirs(os.path.join(out, name), exist_ok=True)
        for i, (number, title, body) in enumerate(picks):
            doc_id = f'{name}/{number:05d}.txt'
            with open(os.path.join(out, doc_id), 'w', encoding='utf-8') as w:
                w.write(f'{title}\n\n{body}\n' if title else body + '\n')
            splits['check' if i % 8 in CHECK else 'tune'].append(doc_id)

    print(json.dumps(splits, indent=1))


if __name__ == '__main__':
    main()
