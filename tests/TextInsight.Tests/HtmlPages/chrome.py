"""Page furniture shared by the hand-written test pages: navigation, banners, sidebars, footers, comments, ads.

Every text here is invented for the tests. generate.py composes pages from these pieces and an article,
and writes <name>.html with <name>.expected.json (what a reader would call the article).
"""

def nav(site, items, style="ul"):
    if style == "ul":
        lis = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items)
        return f'<nav class="site-nav" aria-label="Main"><a class="logo" href="/">{site}</a><ul class="menu">{lis}</ul></nav>'
    links = " | ".join(f'<a href="/{i.lower()}">{i}</a>' for i in items)
    return f'<div id="topbar" class="navigation">{links}</div>'


def cookie_banner(kind=0):
    texts = [
        "We use cookies and similar technologies to remember your preferences, measure how our pages are used and, "
        "with your consent, show you advertising that fits your interests. You can change your choices at any time "
        "in the privacy settings linked at the bottom of every page.",
        "This site stores small files on your device. Some are essential, others help us understand readership, and "
        "a few come from partners who fund our journalism through advertising, which you may refuse.",
    ]
    return (f'<div class="cookie-consent" role="dialog"><p>{texts[kind % 2]}</p>'
            '<button>Accept all</button><button>Manage choices</button></div>')


def ad_slot(n=1):
    return f'<div class="ad-slot ad-slot-{n}"><span class="ad-label">Advertisement</span><div id="gpt-ad-{n}"></div></div>'


def share_bar():
    return ('<div class="share-tools"><a href="#fb">Share on Facebook</a> <a href="#tw">Share on X</a> '
            '<a href="#mail">Email this story</a> <a href="#copy">Copy link</a></div>')


def sidebar(title, headlines):
    lis = "".join(f'<li><a href="/story/{k}">{h}</a></li>' for k, h in enumerate(headlines))
    return f'<aside class="sidebar"><h3>{title}</h3><ol>{lis}</ol></aside>'


def related(headlines, heading="Related stories"):
    items = "".join(f'<div class="related-item"><a href="/r/{k}"><h4>{h}</h4></a></div>' for k, h in enumerate(headlines))
    return f'<section class="related-articles"><h2>{heading}</h2>{items}</section>'


def newsletter(site):
    return (f'<div class="newsletter-signup"><h3>Get the {site} briefing</h3><p>Our editors pick the five stories you '
            'should not miss, every weekday morning, free of charge.</p><form><input type="email" placeholder="Email">'
            '<button>Sign up</button></form></div>')


def comments(entries):
    out = ['<section id="comments" class="comments-area"><h2>Comments</h2>']
    for who, when, text in entries:
        out.append(f'<div class="comment"><div class="comment-meta"><b>{who}</b> <span>{when}</span></div>'
                   f'<div class="comment-body"><p>{text}</p></div><a class="reply" href="#">Reply</a></div>')
    out.append('<h3>Leave a reply</h3><form class="comment-form"><textarea></textarea><button>Post comment</button></form></section>')
    return "".join(out)


def footer(site, year=2025):
    return (f'<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            f'<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>'
            f'<p>Copyright © {year} {site}. All rights reserved. No part of this site may be reproduced without permission.</p></footer>')


def head(title, og_title=None, author=None, published=None, site=None, extra=""):
    metas = []
    if og_title:
        metas.append(f'<meta property="og:title" content="{og_title}">')
    if site:
        metas.append(f'<meta property="og:site_name" content="{site}">')
    if author:
        metas.append(f'<meta name="author" content="{author}">')
    if published:
        metas.append(f'<meta property="article:published_time" content="{published}">')
    return (f'<head><meta charset="utf-8"><title>{title}</title>{"".join(metas)}'
            f'<link rel="stylesheet" href="/site.css"><script>window.dataLayer = window.dataLayer || [];'
            f' function track(e) {{ dataLayer.push({{"event": e, "text": "<p>not text</p>"}}); }}</script>{extra}</head>')
