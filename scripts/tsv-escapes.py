#!/usr/bin/env python3
"""How often real news text holds a backslash sequence that linear-TSV unescaping would change.

A tab-delimited file's unquoted fields have `\\t \\n \\r \\\\` read as escapes (and `\\N` alone as empty) by default
(docs/ARCHITECTURE.md, Delimiters). This counts the texts of ../shared/data that hold such a sequence as characters,
which a pandas TSV (which writes backslashes as they are) would then have changed: the BBC articles, bbc-2020-dev, the
unlabeled AG News lines and the article bodies of every ground-truth.json (the extraction truths), with each text found.

  python3 scripts/tsv-escapes.py
"""
import glob, gzip, json, re, os, collections
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data')
sets = collections.OrderedDict()
def files(pattern): return [open(f, encoding='utf-8', errors='replace').read() for f in sorted(glob.glob(pattern, recursive=True))]
sets['bbc/articles'] = files(D+'/bbc/articles/*/*.txt')
sets['bbc-2020-dev'] = files(D+'/bbc-2020-dev/articles/**/*.txt')
sets['unlabeled-news agnews'] = gzip.open(D+'/unlabeled-news/agnews-test.txt.gz','rt',encoding='utf-8').read().split('\n')
truths=[]
for g in sorted(glob.glob(D+'/**/ground-truth.json', recursive=True)):
    j=json.load(open(g))
    for k,v in j.items():
        if isinstance(v, dict) and v.get('articleBody'): truths.append(v['articleBody'])
sets['extraction truths (all ground-truth.json)'] = truths
pat = {'any backslash': re.compile(r'\\'), r'\n \t \r \\ (unescaped)': re.compile(r'\\[ntr\\]'), r'\N alone': re.compile(r'^\\N$')}
print(['set', 'texts'] + list(pat))
for name, texts in sets.items():
    texts=[t for t in texts if t.strip()]
    row=[name, len(texts)]
    for p in pat.values():
        row.append(sum(1 for t in texts if p.search(t)))
    print(row)
    for t in texts:
        m=re.search(r'\\[ntr\\]', t)
        if m: print('   e.g.', repr(t[max(0,m.start()-40):m.end()+30]))
