#!/usr/bin/env python3
"""Writes inputs that grow, for finding a stage whose time or memory is not linear in its input (docs/PERFORMANCE.md,
inputs that grow). Each shape at 100 KB, 400 KB, 1.6 MB and 6.4 MB (two doublings a step: a linear stage takes about 4x
the time from one size to the next, a quadratic one about 16x), plus a CSV cell and a JSON Lines line of 10 MB.

    python3 benchmarks/growing-inputs.py OUT [BBC_ARTICLES]

BBC_ARTICLES defaults to ../shared/data/bbc/articles beside the repository (its texts are read, never copied into the
repository). Then, one process per file, the first file only warming the code up:

    /usr/bin/time -v dotnet run -c Release --project benchmarks/TextInsight.Benchmarks -- --stage-times OUT/bbc-concat-100k.txt OUT/FILE
    /usr/bin/time -v textinsight analyze OUT/FILE --no-progress --parallel 1 -o /dev/null
"""
import base64, glob, json, os, random, sys

out = sys.argv[1]
bbc = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data', 'bbc', 'articles')
os.makedirs(out, exist_ok=True)
random.seed(7)
arts = [open(f, encoding='utf-8', errors='replace').read().strip() for f in sorted(glob.glob(os.path.join(bbc, '*', '*.txt')))]
if not arts:
    sys.exit(f'no articles in {bbc}')
sizes = {'100k': 100_000, '400k': 400_000, '1m6': 1_600_000, '6m4': 6_400_000}
first = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David',
         'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen']
last = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
        'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin']
cities = ['Paris', 'London', 'Berlin', 'Madrid', 'Rome', 'Tokyo', 'Cairo', 'Lima', 'Oslo', 'Dublin']


def fill(gen, n):
    """gen(0), gen(1), ... until their lengths add up to n."""
    parts, total, i = [], 0, 0
    while total < n:
        s = gen(i)
        parts.append(s)
        total += len(s)
        i += 1
    return parts


def syll(i):
    """A made-up capitalized word of three syllables (4,096 of them)."""
    s = ''
    for k in range(3):
        s += 'bcdfghklmnprstvz'[(i >> (k * 4)) % 16] + 'aeiou'[(i >> (k * 3 + 1)) % 5]
    return s.capitalize()


def word(i):
    """A made-up lower-case word, a different one for each i below 80^4."""
    s = ''
    for _ in range(4):
        s += 'bcdfghklmnprstvz'[i % 16] + 'aeiou'[(i // 16) % 5]
        i //= 80
    return s


def write(name, text):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write(text)


for size, n in sizes.items():
    parts = fill(lambda i: arts[i % len(arts)], n)
    joined = '\n\n'.join(parts)
    write(f'bbc-concat-{size}.txt', joined)  # many articles, blank lines between
    write(f'bbc-oneline-{size}.txt', ' '.join(joined.split()))  # the same as one line
    body = ' '.join(' '.join(a.split('\n', 1)[1].split()) for a in parts if '\n' in a)
    write(f'one-para-{size}.txt', 'A Very Long Article About Everything\n\n' + body)  # a title and one huge paragraph
    write(f'short-lines-{size}.txt', 'Price list\n\n' + '\n'.join(fill(lambda i: f'{syll(i)} {last[i % 20]} | {i % 97}.{i % 10} | {cities[i % 10]}', n)))
    write(f'headings-{size}.txt', 'Main Title Of The Page\n\n' + '\n\n'.join(
        fill(lambda i: f'Section {syll(i)} Update Number {i}\n\n{arts[i % len(arts)].split(chr(10))[-1][:200]}', n)))
    write(f'ent-distinct-{size}.txt', 'People In The News\n\n' + '\n\n'.join(fill(
        lambda i: f'{first[i % 20]} {syll(i)} met {first[(i * 7) % 20]} {syll(i * 31 + 5)} of {syll(i * 13)} Corp in {cities[i % 10]} on Monday. '
                  f'{syll(i)} said the deal with {syll(i * 13)} Corp was good.', n)))
    write(f'ent-repeat-{size}.txt', 'Smith And Jones Again\n\n' + '\n\n'.join(fill(
        lambda i: f'{first[i % 20]} {last[i % 20]} met {last[(i + 3) % 20]} in {cities[i % 10]}. Mr {last[i % 20]} said {first[i % 20]} was pleased. '
                  f'The Bank of England (BoE) and the {syll(i % 50)} Trade Organisation ({syll(i % 50)[0]}TO) agreed.', n)))
    write(f'acronyms-{size}.txt', 'Acronyms Galore\n\n' + '\n\n'.join(fill(
        lambda i: f'The {syll(i)} {syll(i + 1)} Agency ({syll(i)[0]}{syll(i + 1)[0]}A) said the {syll(i)[0]}{syll(i + 1)[0]}A would act. '
                  f'The IMF and the {syll(i)[0]}{syll(i + 1)[0]}A met.', n)))
    write(f'numbers-{size}.txt', 'Figures For The Year\n\n' + '\n\n'.join(fill(
        lambda i: f'Sales rose {i % 90}.{i % 10}% to ${i % 900}.{i % 9}m, or £{i % 77} billion, on {1 + i % 28} March {1990 + i % 30}; '
                  f'profits were {i * 13 % 100000:,} euros and 1.{i % 9} million shares.', n)))
    write(f'nopunct-{size}.txt', 'no punctuation here\n\n' + ' '.join(fill(lambda i: f'and then the {syll(i).lower()} went on with more words', n)))
    write(f'wordlist-{size}.txt', 'Index of terms\n\n' + ''.join(fill(lambda i: word(i * 7 + 3) + ', ', n))[:-2] + '.\n')  # ever new words
    write(f'longword-{size}.txt', 'A Long Word\n\n' + 'x' * n + '\n\nThe end.')
    write(f'base64-{size}.txt', 'Attachment\n\n' + base64.b64encode(random.randbytes(n * 3 // 4)).decode())
    write(f'longurl-{size}.txt', 'A Link\n\nSee https://example.com/' + 'a/b-c_d' * (n // 7) + '?q=1 for more.')
    rows = fill(lambda i: f'<tr><td>{syll(i)}</td><td>{i}</td><td>{cities[i % 10]}</td></tr>', n)
    write(f'html-table-{size}.html', '<html><head><title>A Table</title></head><body><h1>A Table</h1><p>Here is a table.</p><table>' + ''.join(rows) + '</table></body></html>')
    depth = n // 24
    write(f'html-deep-{size}.html', '<html><head><title>Deep</title></head><body>' + '<div>' * depth + '<p>Deep text here.</p>' + '</div>' * depth + '</body></html>')
    write(f'html-links-{size}.html', '<html><head><title>Links</title></head><body><h1>Links</h1><ul>' + ''.join(
        fill(lambda i: f'<li><a href="/x/{i}">{syll(i)} {last[i % 20]}</a></li>', n)) + '</ul></body></html>')
    write(f'html-bigp-{size}.html', '<html><head><title>Big P</title></head><body><h1>Big Paragraph</h1><p>'
          + body.replace('&', '&amp;').replace('<', '&lt;') + '</p></body></html>')
    cell = body[:n]  # a CSV cell and a JSON Lines line between two short ones
    write(f'csv-bigcell-{size}.csv', 'id,text\n1,"short one"\n2,"' + cell.replace('"', '""') + '"\n3,"another"\n')
    write(f'jsonl-bigline-{size}.jsonl', ''.join(json.dumps({'id': str(k + 1), 'text': t}) + '\n' for k, t in enumerate(['short one', cell, 'another'])))
    if size == '6m4':
        big = ((body + ' ') * 2)[:10_000_000]
        write('csv-bigcell-10m.csv', 'id,text\n1,"short one"\n2,"' + big.replace('"', '""') + '"\n3,"another"\n')
        write('jsonl-bigline-10m.jsonl', ''.join(json.dumps({'id': str(k + 1), 'text': t}) + '\n' for k, t in enumerate(['short one', big, 'another'])))
