"""Writes src/TextInsight/Language/en/{female,male}-first-names.txt from the shared lexicon of US first names by sex.

Usage: python3 scripts/first-name-genders.py ../shared/data/lexicons/person-first-names-by-sex.tsv
Source: US Social Security Administration given names 1880-2020 (public domain; ../shared/data/lexicons/SOURCES.md).
A name is listed when at least 2,000 people were given it and at least 98% of them were of one sex. Used to refuse a
merge whose genders conflict (a courtesy title against a first name) and, within one article, to read a lone word the
tagger typed a person as a first name (EntityLinker joins it to the article's one person of that first name); never to
type names.
"""
import sys

MIN_COUNT, SHARE = 2000, 0.98
female, male = [], []
for line in open(sys.argv[1], encoding='utf-8'):
    name, total, f, m = line.rstrip('\n').split('\t')
    total, f, m = int(total), int(f), int(m)
    if total < MIN_COUNT or not name.isalpha():
        continue
    if f >= SHARE * total:
        female.append(name)
    elif m >= SHARE * total:
        male.append(name)

for sex, names in (('female', female), ('male', male)):
    with open(f'src/TextInsight/Language/en/{sex}-first-names.txt', 'w', encoding='utf-8') as out:
        out.write(f'# {sex}-first-names: CorpusNames first-name gender (case-insensitive), US given names 1880-2020 (SSA, public\n'
                  f'# domain) given to at least {MIN_COUNT:,} people, {SHARE:.0%} or more of them {sex}; written by\n'
                  '# scripts/first-name-genders.py from ../shared/data/lexicons/person-first-names-by-sex.tsv. Used to refuse a merge\n'
                  '# whose genders conflict (a courtesy title against a first name) and to read a lone person word as a first name\n'
                  '# (EntityLinker). "#" starts a comment.\n')
        for i in range(0, len(names), 12):
            out.write(' '.join(n.lower() for n in names[i:i + 12]) + '\n')
    print(sex, len(names))
