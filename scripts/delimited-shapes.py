#!/usr/bin/env python3
"""Do the delimited shapes a data team holds analyze alike?

Writes the 1,780 BBC articles (../shared/data/bbc/articles) in four shapes, each one row per article (id = the file's
path, category, text), and analyzes each with `textinsight analyze FILE` and no option (the delimiter is chosen from
the header line):

  pandas.tsv   pandas' to_csv(sep='\\t'): RFC quoting only where a field holds a tab, a quote or a line break
  copy.tsv     PostgreSQL COPY ... TEXT / linear TSV: no quoting, \\t \\n \\r \\\\ escapes
  excel.csv    Excel in a comma-decimal locale: ';' delimiter, UTF-8 BOM, CRLF, every text quoted
  comma.csv    RFC 4180 with commas, every text quoted

and prints, for each shape, its records and how many are byte-identical to comma.csv's (the records carry the id
column as their source, so they are compared whole). The articles are decoded as the CLI decodes files (UTF-8, else
Windows-1252), so that the text in every shape is the same.

  python3 scripts/delimited-shapes.py [--cli DLL] [--work /tmp/delimited-shapes]
"""
import argparse
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--cli", default=os.path.join(root, "src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli.dll"))
parser.add_argument("--work", default="/tmp/delimited-shapes")
parser.add_argument("--articles", default=os.path.join(root, "../shared/data/bbc/articles"))
args = parser.parse_args()

files = []
for folder, _, names in os.walk(args.articles):
    for name in names:
        if name.endswith(".txt"):
            files.append(os.path.relpath(os.path.join(folder, name), args.articles).replace(os.sep, "/"))
files.sort()


def decode(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text


def quoted(text):
    return '"' + text.replace('"', '""') + '"'


def escaped(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


shapes = {
    "pandas.tsv": ["id\tcategory\ttext\n"],
    "copy.tsv": ["id\tcategory\ttext\n"],
    "excel.csv": ["\ufeffid;category;text\r\n"],
    "comma.csv": ["id,category,text\n"],
}
for f in files:
    text = decode(open(os.path.join(args.articles, f), "rb").read())
    category = f.split("/")[0]
    pandas = quoted(text) if any(c in text for c in '\t"\n\r') else text
    shapes["pandas.tsv"].append(f"{f}\t{category}\t{pandas}\n")
    shapes["copy.tsv"].append(f"{f}\t{category}\t{escaped(text)}\n")
    shapes["excel.csv"].append(f"{f};{category};{quoted(text)}\r\n")
    shapes["comma.csv"].append(f"{f},{category},{quoted(text)}\n")

os.makedirs(args.work, exist_ok=True)
outputs = {}
for name, rows in shapes.items():
    path = os.path.join(args.work, name)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("".join(rows))
    result = subprocess.run(["dotnet", args.cli, "analyze", path, "--no-progress", "--parallel", "2"],
                            capture_output=True, text=True, encoding="utf-8")
    outputs[name] = result.stdout.splitlines()
    print(f"{name}: exit {result.returncode}, {len(outputs[name])} records; {result.stderr.strip().splitlines()[-1]}", file=sys.stderr)

reference = outputs["comma.csv"]
for name, records in outputs.items():
    same = sum(1 for a, b in zip(records, reference) if a == b)
    errors = sum(1 for r in records if '"error":{' in r)
    print(f"{name}: {len(records)} records, {errors} errors, {same} of {len(reference)} identical to comma.csv's")
