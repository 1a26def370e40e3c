"""Turns an annotator's ordered name lists into a sample file of tests/entity-sample/ (the format of bbc-2020-dev.tsv).

Usage: python3 scripts/entity-sample-tsv.py NAMES [ARTICLES] > SAMPLE.tsv
       python3 scripts/entity-sample-tsv.py NAMES [ARTICLES] --uncovered   (second-pass aid, see below)

NAMES (tests/entity-sample/bbc-2020-dev-b.names): a `# section/dev-NNNN` line per article, then one line per name
mention in the order of the text: `TYPE name` (TYPE: PER, ORG, LOC, MISC or IGN). `SKIP text` passes over the next
occurrence of text where it is not a name (it writes no row). Each name is looked for from the end of the previous one,
as a whole word (no letter or digit on either side), so every mention is listed, in order.

The file is decoded as `textinsight evaluate entities --sample` reads it (TextDecoding.Decode: a UTF-8 byte-order mark
dropped, strict UTF-8, else Windows-1252), and offsets are counted in UTF-16 code units like .NET strings. Each row's
text is checked against the article at its offsets before it is written; a name not found stops the script.

--uncovered prints, per article, each capitalized word no name or SKIP covers, with its context: a mechanical list (no
model) for the annotator's second pass over missed names.
"""
import hashlib
import os
import re
import sys

TYPES = {'PER', 'ORG', 'LOC', 'MISC', 'IGN', 'SKIP'}


def decode(data):
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    elif data.startswith(b'\xff\xfe'):
        return data[2:].decode('utf-16-le')
    elif data.startswith(b'\xfe\xff'):
        return data[2:].decode('utf-16-be')
    try:
        return data.decode('utf-8', errors='strict')
    except UnicodeDecodeError:
        return data.decode('cp1252')


def utf16(text, index):
    return len(text[:index].encode('utf-16-le')) // 2


def read_names(path):
    articles = []
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('# '):
            articles.append((line[2:].strip(), []))
            continue
        kind, _, name = line.partition(' ')
        if kind not in TYPES or not name.strip() or not articles:
            sys.exit(f'{path}:{number}: expected "TYPE name" after a "# article" line: {line!r}')
        articles[-1][1].append((kind, name.strip(), number))
    return articles


def find(text, name, start):
    while True:
        i = text.find(name, start)
        if i < 0:
            return -1
        before = text[i - 1] if i > 0 else ' '
        after = text[i + len(name)] if i + len(name) < len(text) else ' '
        if not before.isalnum() and not after.isalnum():
            return i
        start = i + 1


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    uncovered = '--uncovered' in sys.argv
    names_path = args[0]
    root = args[1] if len(args) > 1 else '../shared/data/bbc-2020-dev/articles'
    out = sys.stdout
    counts = {}
    if not uncovered:
        out.write('# article\tstart\tlength\ttype\ttext   (offsets in UTF-16 code units of the file as read; '
                  'IGN: names overlapping it are not scored)\n')
    for article, names in read_names(names_path):
        data = open(os.path.join(root, article + '.txt'), 'rb').read()
        text = decode(data)
        rows, covered, position = [], [False] * len(text), 0
        for kind, name, number in names:
            i = find(text, name, position)
            if i < 0:
                sys.exit(f'{names_path}:{number}: {article}: no "{name}" after character {position} '
                         f'(…{text[max(0, position - 40):position]}|{text[position:position + 40]}…)')
            position = i + len(name)
            for k in range(i, position):
                covered[k] = True
            if kind == 'SKIP':
                continue
            start, length = utf16(text, i), utf16(text, position) - utf16(text, i)
            assert text.encode('utf-16-le')[2 * start:2 * (start + length)].decode('utf-16-le') == name
            rows.append(f'{article}\t{start}\t{length}\t{kind}\t{name}\n')
            counts[kind] = counts.get(kind, 0) + 1
        if uncovered:
            print(f'# {article}')
            for m in re.finditer(r"[^\W\d_][\w'’.&-]*", text):
                if m.group()[0].isupper() and not any(covered[m.start():m.end()]):
                    print(f'  {m.group():20} …{text[max(0, m.start() - 30):m.start()]}[{m.group()}]'
                          f'{text[m.end():m.end() + 30]}…'.replace('\n', ' / '))
            continue
        out.write(f'# {article} sha256:{hashlib.sha256(data).hexdigest()[:16]}\n')
        out.writelines(rows)
    names = sum(v for k, v in counts.items() if k != 'IGN')
    summary = ', '.join(f'{counts.get(k, 0)} {k}' for k in ('PER', 'ORG', 'LOC', 'MISC'))
    if not uncovered:
        print(f'{names} names ({summary}) and {counts.get("IGN", 0)} IGN spans', file=sys.stderr)


if __name__ == '__main__':
    main()
