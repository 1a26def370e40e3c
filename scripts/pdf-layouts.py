#!/usr/bin/env python3
"""Lays out real articles as PDF-extracted text, with real tools (groff -> PDF -> pdftotext, groff -Tutf8,
chromium --print-to-pdf -> pdftotext) and a renderer of our own. Writes <out>/<part>/<layout>/<id>.txt and
<out>/<part>/clean/<id>.txt. Part: tune (FNV-1a of the article path even) or check (odd); layouts B and D only in check."""
import os, sys, subprocess, random, glob, textwrap, re, tempfile, html as H
OUT = sys.argv[1]; N = int(sys.argv[2])
def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode(): h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
arts = sorted(glob.glob('/work/shared/data/bbc/articles/*/*.txt')) + sorted(glob.glob('/work/shared/data/bbc-2020-dev/articles/*/*.txt'))
rng = random.Random(16)
rng.shuffle(arts)
PUBS = ['The Business Ledger', 'Daily Record', 'NEWS DIGEST', 'The Morning Herald', 'Global Wire Service', 'Factiva', 'Press Archive Export']
def read(p):
    t = open(p, encoding='utf-8', errors='replace').read().replace('\r', '')
    lines = t.split('\n'); title = lines[0].strip()
    paras = [re.sub(r'\s+', ' ', p).strip() for p in '\n'.join(lines[1:]).split('\n\n')]
    return title, [p for p in paras if p]
def esc(s):
    s = s.replace('\\', '\\e')
    return ('\\&' + s) if s[:1] in ".'" else s
def date(r): return r.choice(['12 March 2005', 'March 12, 2005', '2021-06-04', 'Friday, 4 June 2021', '04/06/2021'])
FURN = []
def ms(title, paras, r, header):
    g = ['.nr PS %d' % r.choice([10, 11, 12]), '.nr LL %.1fi' % r.uniform(4.5, 6.5), '.nr PO 1i']
    if header == 'A':
        pub, dt = r.choice(PUBS), date(r); FURN.extend([pub, dt])
        g += ['.ds LH ' + pub, '.ds CH', '.ds RH ' + dt, '.ds CF ' + r.choice(['Page %', '%', '- % -']), '.ds LF', '.ds RF']
    elif header == 'B':
        url, dt = 'https://news.example.org/%s' % r.choice(['business', 'world', 'tech']), date(r); FURN.extend([url, dt])
        g += ['.ds LH', '.ds CH ' + r.choice(['- % -', 'Page %']), '.ds RH', '.ds LF ' + url, '.ds CF', '.ds RF ' + dt]
    else:
        pub = r.choice(PUBS); FURN.append(pub)
        g += ['.ds LH ' + pub, '.ds CH', '.ds RH Page %', '.ds LF', '.ds CF', '.ds RF']
    if r.random() < 0.4: g.append('.na')
    g += ['.LP', '\\fB' + esc(title) + '\\fP']
    for p in paras: g += [r.choice(['.PP', '.LP']), esc(p)]
    return '\n'.join(g) + '\n'
def run(cmd, inp=None):
    return subprocess.run(cmd, input=inp, capture_output=True, check=True).stdout
def hyph_split(w, room):
    # own hyphenation: a V-CV break point, 3 letters or more on each side, the rightmost that fits in room
    if len(w) < 7 or not w.isalpha(): return None
    for k in range(min(len(w) - 3, room - 1), 2, -1):
        if w[k-1].lower() in 'aeiouy' and w[k].lower() not in 'aeiouy' and w[k+1:k+2].lower() in tuple('aeiouy'):
            return w[:k] + '-', w[k:]
    return None
def own(title, paras, r):
    width = r.choice([58, 64, 70, 78, 86]); per_page = r.choice([40, 48, 56])
    pub = r.choice(PUBS); dt = date(r); doc = 'Document %s%07d' % (r.choice(['NEWS', 'DJ', 'BBC']), r.randrange(10**7))
    FURN.extend([pub, dt, doc, 'All rights reserved'])
    lines = [title, '']
    for p in paras:
        words = p.split(' '); cur = ''
        for w in words:
            if not cur: cur = w; continue
            if len(cur) + 1 + len(w) <= width: cur += ' ' + w; continue
            if '-' in w and w.index('-') > 0 and len(cur) + 1 + w.index('-') + 1 <= width and w[w.index('-')+1:w.index('-')+2].isalpha():
                i = w.index('-'); lines.append(cur + ' ' + w[:i+1]); cur = w[i+1:]; continue
            s = hyph_split(w, width - len(cur) - 1)
            if s and r.random() < 0.8: lines.append(cur + ' ' + s[0]); cur = s[1]
            else: lines.append(cur); cur = w
        lines.append(cur); lines.append('')
    pages = [lines[i:i+per_page] for i in range(0, len(lines), per_page)]
    out = []
    style = r.randrange(3)
    for n, pg in enumerate(pages, 1):
        head = [pub + '   ' + dt] if style != 1 else [doc]
        foot = {0: ['Page %d of %d' % (n, len(pages))], 1: ['%d' % n], 2: ['© %s %s. All rights reserved.' % (dt[-4:], pub), 'Page %d' % n]}[style]
        out.append('\n'.join(head + [''] + pg + [''] + foot))
    return '\f'.join(out) + '\n'
def chrome(title, paras, r, tmp):
    css = 'body{font-family:serif;font-size:%dpt;text-align:%s;width:%dcm}' % (r.choice([11, 12, 13]), r.choice(['justify', 'left']), r.choice([13, 15, 17]))
    doc = '<html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body lang="en"><h1>%s</h1>%s</body></html>' % (H.escape(title), css, H.escape(title), ''.join('<p>%s</p>' % H.escape(p) for p in paras))
    hp = os.path.join(tmp, 'a.html'); pp = os.path.join(tmp, 'a.pdf')
    open(hp, 'w', encoding='utf-8').write(doc)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--print-to-pdf=' + pp, hp], capture_output=True, check=True, timeout=60)
    FURN.extend(['file://', ' AM ' + title, ' PM ' + title])
    return run(['pdftotext', '-raw', '-enc', 'UTF-8', pp, '-']).decode('utf-8')
LAYOUTS = {'tune': ['A', 'C', 'E'], 'check': ['A', 'B', 'C', 'D', 'E']}
counts = {}
tmp = tempfile.mkdtemp(prefix='gen', dir='/tmp/issue-qa16')
for p in arts:
    part = 'tune' if fnv(os.path.relpath(p, '/work/shared/data')) % 2 == 0 else 'check'
    lays = [l for l in LAYOUTS[part] if counts.get((part, l), 0) < N]
    if not lays: 
        if all(counts.get((pt, l), 0) >= N for pt in LAYOUTS for l in LAYOUTS[pt]): break
        continue
    title, paras = read(p)
    if len(paras) < 3: continue
    lay = lays[counts.get((part, 'i'), 0) % len(lays)]; counts[(part, 'i')] = counts.get((part, 'i'), 0) + 1
    r = random.Random(fnv(p))
    ident = ('bbc05-' if '/bbc/' in p else 'bbc20-') + os.path.basename(os.path.dirname(p)) + '-' + os.path.basename(p)[:-4]
    FURN.clear()
    try:
        if lay in 'AB':
            pdf = run(['groff', '-k', '-ms', '-Tpdf'], ms(title, paras, r, lay).encode('utf-8'))
            out = run(['pdftotext', '-raw' if lay == 'A' else '-layout', '-enc', 'UTF-8', '-', '-'], pdf).decode('utf-8')
        elif lay == 'C':
            out = run(['groff', '-k', '-ms', '-Tutf8', '-P-c', '-P-b', '-P-u'], ms(title, paras, r, 'C').encode('utf-8')).decode('utf-8').replace('\u2010', '-')
        elif lay == 'D':
            out = chrome(title, paras, r, tmp)
        else:
            out = own(title, paras, r)
    except Exception as e:
        print('skip', p, e, file=sys.stderr); continue
    d = os.path.join(OUT, part, lay); os.makedirs(d, exist_ok=True); os.makedirs(os.path.join(OUT, part, 'clean'), exist_ok=True)
    open(os.path.join(d, ident + '.txt'), 'w', encoding='utf-8').write(out)
    open(os.path.join(d, ident + '.furniture'), 'w', encoding='utf-8').write('\n'.join(FURN) + '\n')
    open(os.path.join(OUT, part, 'clean', ident + '.txt'), 'w', encoding='utf-8').write(title + '\n\n' + '\n\n'.join(paras) + '\n')
    counts[(part, lay)] = counts.get((part, lay), 0) + 1
print(counts)
