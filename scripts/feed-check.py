#!/usr/bin/env python3
"""Feeds against the articles they carry: is each feed item's analysis the same as the article's analyzed directly?

Builds feeds from real articles (nothing is fetched), analyzes the feeds and the articles with the same CLI, and counts
the items whose analysis is the same as their article's:

  bbc         each BBC article (../shared/data/bbc/articles) as an RSS 2.0 item: <title> its first line, <content:encoded>
              each of its other lines as an HTML <p> element (CDATA), one feed per category, the tech feed gzipped; compared with the
              .txt analyzed directly on what a user reads: title, body, sentences, entities (text, type, value), the
              entity summary (name, type, aliases, mentions), topic labels, summary and key phrases.
  extraction  each page of ../shared/data/extraction-dev as an RSS 2.0 item with the page's whole HTML as
              <content:encoded> and no <title> (so the page's title is read as from the file), one feed per data set;
              compared with the .html analyzed directly, the whole record but its source.

No setting of the reader was chosen on these data (the reader has none to tune), so there is no tune/check split:
every article is a check.

  scripts/feed-check.py --cli path/to/TextInsight.Cli.dll [--work DIR] [--sets bbc,extraction] [--limit N] [--show N]
"""
import argparse
import gzip
import html
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def xml_text(text):
    # Characters XML 1.0 does not allow are left out of titles (the reader reads bodies without checking them).
    return html.escape("".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20), quote=False)


def write_feed(path, items, gz=False):
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>check</title><link>https://example.org/</link>'
            '<description>feed-check</description>\n')
    body = []
    for title, content in items:
        t = f"<title>{xml_text(title)}</title>" if title is not None else ""
        body.append(f"<item>{t}<content:encoded>{cdata(content)}</content:encoded></item>\n")
    data = (head + "".join(body) + "</channel></rss>\n").encode("utf-8")
    if gz:
        with gzip.open(str(path) + ".gz", "wb") as f:
            f.write(data)
    else:
        path.write_bytes(data)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def analyze(cli, inputs, out, cwd):
    subprocess.run(["dotnet", cli, "analyze", *inputs, "--no-progress", "--parallel", "2", "--no-corpus-entities",
                    "--output", str(out)], cwd=cwd, check=False, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def view(r):
    """What a user reads of a record (not where in `text` it is: plain text and HTML index different texts)."""
    return {
        "title": r.get("title"),
        "body": r.get("body"),
        "sentences": [s["text"] for s in r.get("sentences", [])],
        "entities": [(e["text"], e["type"], e.get("value"), e.get("iso")) for e in r.get("entities", [])],
        "entitySummary": [(e["name"], e["type"], tuple(e.get("aliases", [])), e["mentions"]) for e in r.get("entitySummary", [])],
        "topics": [t["label"] for t in r.get("topics", [])],
        "summary": (r.get("summary") or {}).get("text"),
        "keyphrases": [k["text"] for k in r.get("keyphrases", [])],
        "error": r.get("error"),
    }


def bbc(cli, work, limit):
    articles = DATA / "bbc" / "articles"
    feeds = work / "bbc-feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    expected = []
    for category in sorted(p.name for p in articles.iterdir() if p.is_dir()):
        files = sorted((articles / category).glob("*.txt"))[:limit]
        items = []
        for f in files:
            text = read_text(f).replace("\r\n", "\n")
            lines = text.split("\n", 1)
            title = lines[0].strip()
            # Each line is a paragraph (most are apart by a blank line, some by a line break only, as the plain-text
            # parser reads them).
            paragraphs = [p.strip() for p in (lines[1] if len(lines) > 1 else "").split("\n") if p.strip()]
            items.append((title, "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)))
            expected.append(f"{category}/{f.name}")
        write_feed(feeds / f"{category}.rss", items, gz=(category == "tech"))
    direct = {r["source"]: r for r in analyze(cli, ["articles"], work / "bbc-direct.jsonl", articles.parent)
              if r["source"] in set(expected)}
    fed = analyze(cli, ["bbc-feeds"], work / "bbc-feed.jsonl", work)
    return [(e, direct.get(e), r) for e, r in zip(expected, fed)], len(fed) == len(expected), view


def extraction(cli, work, limit):
    root = DATA / "extraction-dev"
    feeds = work / "extraction-feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    expected = []
    for dataset in sorted(p.name for p in root.iterdir() if (p / "html").is_dir()):
        files = sorted((root / dataset / "html").glob("*.html.gz"))[:limit]
        items = []
        for f in files:
            with gzip.open(f, "rb") as g:
                page = g.read().decode("utf-8", errors="replace").replace("\x00", "")
            items.append((None, page))
            expected.append(f"{dataset}/html/{f.name[:-3]}")
        write_feed(feeds / f"{dataset}.rss", items)
    # Each page's source is its file name (the ids are hashes: unique across the data sets).
    direct_inputs = [f"{d}/html" for d in sorted(p.name for p in root.iterdir() if (p / "html").is_dir())]
    direct = {r["source"]: r for r in analyze(cli, direct_inputs, work / "extraction-direct.jsonl", root)}
    expected = [(e, e.rsplit("/", 1)[1]) for e in expected]

    def whole(r):
        if r is None:
            return None
        r = dict(r)
        source = r.pop("source", None)
        if r.get("error"):
            # An error message names the document: the file, or the feed's item.
            r["error"] = {**r["error"], "message": r["error"]["message"].replace(source, "SOURCE", 1)}
        # A page that is not valid UTF-8 is read as windows-1252 from its file; its feed item was written as UTF-8.
        r["warnings"] = [w for w in r.get("warnings", []) if w != "decoded as windows-1252"]
        return r

    fed = analyze(cli, ["extraction-feeds"], work / "extraction-feed.jsonl", work)
    return [(e, direct.get(k), r) for (e, k), r in zip(expected, fed)], len(fed) == len(expected), whole


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", default="/tmp/feed-check")
    ap.add_argument("--sets", default="bbc,extraction")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    cli = os.path.abspath(a.cli)
    for name in a.sets.split(","):
        pairs, complete, project = (bbc if name == "bbc" else extraction)(cli, work, a.limit)
        same = 0
        fields = {}
        shown = 0
        for source, direct, item in pairs:
            d, f = project(direct) if direct else None, project(item)
            if d == f:
                same += 1
                continue
            if isinstance(d, dict):
                for k in d:
                    if d.get(k) != f.get(k):
                        fields[k] = fields.get(k, 0) + 1
            if shown < a.show:
                shown += 1
                diff = {k: (d.get(k), f.get(k)) for k in (d or {}) if d.get(k) != f.get(k)} if d else "no direct record"
                print(f"  differs: {source}: {json.dumps(diff, ensure_ascii=False)[:600]}")
        print(f"{name}: {same} of {len(pairs)} items the same as their article analyzed directly"
              f"{'' if complete else ' (the feed gave a different number of records)'}; fields that differ: {fields}")


if __name__ == "__main__":
    sys.exit(main())
