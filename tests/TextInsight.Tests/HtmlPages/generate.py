"""Writes the hand-written test pages: python3 generate.py (run in this folder).

Each page is an invented article inside invented page furniture. <name>.expected.json holds what a reader calls the
article: title, byline, publication date and its sections (heading, paragraphs), which HtmlArticleParser must
reproduce exactly. Paragraphs are written as HTML fragments; their expected text is the fragment without tags.
"""
import html as htmllib
import json
import re

from chrome import (ad_slot, comments, cookie_banner, footer, head, nav, newsletter, related, share_bar, sidebar)

PAGES = {}


def plain(fragment):
    text = re.sub(r"<[^>]+>", "", fragment)
    return re.sub(r"\s+", " ", htmllib.unescape(text)).strip()


def page(name):
    def register(fn):
        PAGES[name] = fn
        return fn
    return register


def render_sections(sections, para_tag="p", heading_tag="h2"):
    out = []
    for heading, paras in sections:
        if heading:
            out.append(f"<{heading_tag}>{heading}</{heading_tag}>")
        out.extend(f"<{para_tag}>{p}</{para_tag}>" for p in paras)
    return "".join(out)


def expected(title, sections, byline=None, published=None):
    return {
        "title": title,
        "byline": byline,
        "published": published,
        "sections": [{"heading": plain(h) if h else None, "paragraphs": [plain(p) for p in ps]} for h, ps in sections],
    }


MOST_READ = ["Harbour tunnel closes for a week of night works", "Local bakery wins regional bread award",
             "Council votes to keep the Sunday market", "Two new routes for the number 9 bus",
             "School choir to sing at the cathedral"]


@page("news-council-budget")
def news_council_budget():
    title = "Riverton council agrees £4.2m plan to repair its ageing bridges"
    sections = [(None, [
        "Riverton's council has approved a £4.2m programme to repair three bridges over the Wend, after engineers warned that "
        "two of them could face weight limits within five years.",
        "The plan, passed by 31 votes to 9 on Tuesday evening, will be paid for from the capital reserve and a loan from the "
        "Public Works Loan Board, said the council's finance lead, <a href=\"/people/mara-ellison\">Mara Ellison</a>.",
        "\u201cThese bridges carry every bus into the town centre,\u201d she told the chamber. \u201cIf we wait, we pay twice: once in "
        "repairs and once in the detours.\u201d",
    ]), ("What will change", [
        "Work on the Mill Lane bridge starts in April and is expected to last eleven weeks, with one lane kept open.",
        "The Abbey Road and Ferry Street bridges follow next year, when the council hopes to combine the closures with "
        "planned gas main works to limit disruption.",
    ]), ("Opposition concerns", [
        "Opposition councillors said the loan would tie the council's hands for a decade, and asked for a cheaper, phased "
        "approach. Their amendment was defeated.",
    ])]
    body = render_sections(sections)
    doc = (f"<!DOCTYPE html><html lang=\"en\">{head(title + ' | Riverton Gazette', og_title=title, author='Hal Brenner', published='2025-02-11T18:30:00Z', site='Riverton Gazette')}"
           f"<body>{cookie_banner(0)}<header class=\"masthead\">{nav('Riverton Gazette', ['News', 'Sport', 'Business', 'Opinion', 'Weather'])}</header>"
           f"<div class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/news\">News</a> › Local</div>"
           f"<main><article class=\"story\"><h1>{title}</h1><p class=\"byline\">By <a rel=\"author\" href=\"/hal\">Hal Brenner</a></p>"
           f"<time datetime=\"2025-02-11\">11 February 2025</time>{share_bar()}<div class=\"story-body\">{body[:body.index('<h2>')]}{ad_slot(1)}{body[body.index('<h2>'):]}</div>"
           f"</article>{sidebar('Most read', MOST_READ)}</main>{related(['Ferry fares to rise in spring', 'Town hall clock to chime again', 'Flood barrier test passes'])}"
           f"{footer('Riverton Gazette')}</body></html>")
    return doc, expected(title, sections, "Hal Brenner", "2025-02-11")


@page("wire-markets")
def wire_markets():
    title = "Copper climbs to a seven-month high as smelters cut output"
    sections = [(None, [
        "Copper prices rose 2.3% on Thursday to their highest level since March, after two of the largest smelters in the "
        "Andes said they would cut output for maintenance during the first quarter.",
        "Benchmark three-month copper traded at $9,412 a tonne in the afternoon, while aluminium and zinc were little changed.",
        "Traders said stocks in exchange warehouses had fallen for nine days in a row, leaving little slack if demand from "
        "cable makers and carmakers picks up as forecast.",
    ]), ("Supply squeeze", [
        "The two smelters together produce about 6% of the world's refined copper. Neither gave a date for restarting full "
        "production.",
        "\u201cThe market was already tight, and now it has lost its cushion,\u201d said Ines Valcourt, a metals analyst at "
        "Northgate Research.",
    ])]
    fig = ('<figure class="lead-image"><img src="/img/copper.jpg" alt="Copper cathodes">'
           '<figcaption>Copper cathodes stacked at a port warehouse. Photo: Agency archive</figcaption></figure>')
    tags = '<div class="tags"><a href="/t/copper">Copper</a> <a href="/t/mining">Mining</a> <a href="/t/markets">Markets</a></div>'
    doc = (f"<html>{head('Copper climbs to a seven-month high as smelters cut output - Meridian Wire', author='Tomas Reyes', published='2025-01-16T14:05:00+00:00')}"
           f"<body><div id=\"page\">{nav('Meridian Wire', ['World', 'Markets', 'Companies', 'Tech'], 'bar')}"
           f"<article><header><h1>{title}</h1><div class=\"article-meta\">By Tomas Reyes · <time datetime=\"2025-01-16T14:05\">16 Jan 2025</time></div></header>"
           f"{fig}{render_sections(sections)}{tags}</article>"
           f"{comments([('metalhead77', '2 hours ago', 'Told you all in November, the warehouses were emptying out and nobody listened.'), ('J. Ortega', '1 hour ago', 'Smelter maintenance happens every year. Prices will be back by Easter.')])}"
           f"</div>{footer('Meridian Wire')}</body></html>")
    return doc, expected(title, sections, "Tomas Reyes", "2025-01-16")


@page("blog-gardening")
def blog_gardening():
    title = "Why my tomatoes split this year, and what I will do differently"
    sections = [(None, [
        "Every August I promise myself that next year the tomatoes will be perfect, and every August a third of them split "
        "the morning after a heavy rain. This year I kept notes.",
        "Splitting happens when the fruit takes up water faster than its skin can stretch. Dry weeks followed by a downpour "
        "are the classic trigger, and my bed had both.",
    ]), ("Watering little and often", [
        "The first change is boring but it works: a seep hose on a timer, twenty minutes every second evening, so the soil "
        "never swings from dust to swamp.",
        "I also moved the mulch back in: a thick layer of straw keeps the top few centimetres from drying out in the afternoon sun.",
    ]), ("Choosing tougher varieties", [
        "Cherry types such as Sungold are famous splitters. Next year half the bed goes to plum varieties with thicker skins, "
        "and I will keep only two Sungold plants for the children to graze on.",
    ])]
    widgets = ('<div id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2>'
               '<ul><li><a href="/p/1">Sowing broad beans in November</a></li><li><a href="/p/2">A cheap cold frame from old windows</a></li>'
               '<li><a href="/p/3">Leaf mould: the lazy gardener\'s compost</a></li></ul></section>'
               '<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/veg">Vegetables</a></li>'
               '<li><a href="/c/fruit">Fruit</a></li><li><a href="/c/tools">Tools</a></li></ul></section></div>')
    doc = (f"<!doctype html><html>{head('Why my tomatoes split this year, and what I will do differently &#8211; Plot 42', author='Wren Amadi')}"
           f"<body class=\"post-template-default single single-post\"><div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\">"
           f"<p class=\"site-title\"><a href=\"/\">Plot 42</a></p><p class=\"site-description\">Notes from an allotment on the edge of town</p></header>"
           f"<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">"
           f"<article class=\"post type-post hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>"
           f"<div class=\"entry-meta\"><span class=\"posted-on\">Posted on <time class=\"entry-date published\" datetime=\"2024-09-02T07:12:00+01:00\">2 September 2024</time></span></div></header>"
           f"<div class=\"entry-content\">{render_sections(sections)}</div><footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/c/veg\">Vegetables</a></span></footer></article>"
           f"{comments([('Priya', '3 September 2024 at 8:14 am', 'Same here with Sungold! I found that picking them slightly early, when they are still orange-yellow, saves most of them.'), ('Wren Amadi', '3 September 2024 at 9:30 am', 'Good tip, thank you. I will try that before the next storm.')])}"
           f"</main></div>{widgets}</div>{footer('Plot 42', 2024)}</div></body></html>")
    return doc, expected(title, sections, "Wren Amadi", "2024-09-02")


@page("press-release")
def press_release():
    title = "Northwind Robotics opens assembly plant in Tallinn, creating 180 jobs"
    sections = [(None, [
        "TALLINN, Estonia, 4 March 2025 \u2014 Northwind Robotics, a maker of autonomous warehouse carts, today opened a 12,000 "
        "square metre assembly plant in Tallinn that will employ 180 people by the end of next year.",
        "The plant will build the company's N4 cart, which moves pallets of up to 800 kilograms, and will double Northwind's "
        "annual production capacity to 6,000 units.",
        "\u201cEstonia gives us engineers, a port and a government that answers email on the same day,\u201d said Liis Kaarma, chief "
        "executive of Northwind Robotics.",
    ]), ("About Northwind Robotics", [
        "Northwind Robotics designs and builds autonomous carts for warehouses and factories. Founded in 2017, it employs 420 "
        "people in Finland, Estonia and Germany.",
    ]), ("Media contact", [
        "Mikk Tamm, press@northwind-robotics.example, +372 5555 0100",
    ])]
    doc = (f"<html>{head('Press release: Northwind Robotics opens assembly plant in Tallinn, creating 180 jobs', og_title=title, published='2025-03-04')}"
           f"<body><div class=\"header-wrapper\">{nav('Northwind Robotics', ['Products', 'Industries', 'Company', 'Newsroom', 'Careers'])}</div>"
           f"<div class=\"container\"><div class=\"row\"><div class=\"col-md-8 press-release-content\"><span class=\"label\">Press release</span>"
           f"<h1>{title}</h1>{render_sections(sections)}</div>"
           f"<div class=\"col-md-4\"><div class=\"downloads\"><h3>Downloads</h3><ul><li><a href=\"/f/1.jpg\">Photo of the plant (JPG, 4 MB)</a></li>"
           f"<li><a href=\"/f/2.pdf\">Fact sheet (PDF)</a></li></ul></div><div class=\"latest-news\"><h3>Latest news</h3><ul><li><a href=\"/n/1\">Northwind wins logistics award</a></li>"
           f"<li><a href=\"/n/2\">Q4 results: orders up 40%</a></li></ul></div></div></div></div>{footer('Northwind Robotics Oy')}</body></html>")
    return doc, expected(title, sections, None, "2025-03-04")


@page("live-blog")
def live_blog():
    title = "Storm Odile live: ferries cancelled and 20,000 homes without power"
    entries = [
        ("16:40 Power restored to half of the homes", ["The grid operator says 11,000 of the 20,000 homes that lost power this morning are "
                                                        "reconnected, and crews are working on lines near Carrow and Pellin."]),
        ("15:55 Coastal road reopens", ["Police have reopened the coastal road between Sandley and Oxmouth after clearing two fallen trees. "
                                        "Drivers are asked to take care because of standing water."]),
        ("14:20 All afternoon ferries cancelled", ["The island ferry company has cancelled every sailing after 2pm. Passengers booked on "
                                                   "cancelled sailings can travel on tomorrow's first boat without charge."]),
    ]
    posts = "".join(f'<div class="live-post"><h3>{h}</h3>{"".join(f"<p>{p}</p>" for p in ps)}<div class="post-share"><a href="#">Share</a></div></div>'
                    for h, ps in entries)
    intro = ["Storm Odile has brought gusts of up to 110km/h to the coast, closing roads and cutting power. Follow the latest updates here."]
    doc = (f"<html>{head(title + ' | Coast Herald', og_title=title, published='2025-10-21T16:45:00Z')}"
           f"<body>{nav('Coast Herald', ['Live', 'News', 'Weather', 'Travel'])}<div class=\"live-blog\"><h1>{title}</h1>"
           f"<div class=\"live-summary\">{''.join(f'<p>{p}</p>' for p in intro)}</div><div class=\"live-updates\">{posts}</div></div>"
           f"{sidebar('Latest on the storm', ['Where to find sandbags', 'School closures list', 'How to report a power cut'])}{footer('Coast Herald')}</body></html>")
    sections = [(None, intro)] + [(h, ps) for h, ps in entries]
    return doc, expected(title, sections, None, "2025-10-21")


@page("listicle")
def listicle():
    title = "Seven small habits that make a long commute easier"
    items = [
        ("1. Pack the night before", "A bag ready by the door removes the first decision of the morning, and the one most likely to make you miss the train."),
        ("2. Keep a commute-only book", "Reading one book only on the train turns the journey into something to look forward to rather than time to get through."),
        ("3. Learn the quiet carriage", "Most trains have one. Find out where it stops on your platform and stand there."),
        ("4. Walk one stop", "Getting off a stop early adds ten minutes of walking, which is often the only exercise a commuter gets on a weekday."),
    ]
    parts = []
    for k, (h, p) in enumerate(items):
        parts.append(f"<h2>{h}</h2><p>{p}</p>")
        if k == 1:
            parts.append(newsletter("Everyday"))
        if k == 2:
            parts.append(ad_slot(2))
    intro = "Nobody enjoys a ninety-minute commute, but the people who cope best with it tend to share a few routines."
    doc = (f"<html>{head(title + ' - Everyday Magazine', published='2025-05-09')}"
           f"<body>{cookie_banner(1)}{nav('Everyday', ['Home', 'Living', 'Money', 'Travel'])}"
           f"<div class=\"article-wrap\"><h1>{title}</h1><div class=\"article-content\"><p>{intro}</p>{''.join(parts)}</div>"
           f"{share_bar()}</div>{related(['The best travel mugs, tested', 'How to ask for a four-day week', 'Ten podcasts for the train'], 'You may also like')}{footer('Everyday Magazine')}</body></html>")
    sections = [(None, [intro])] + [(h, [p]) for h, p in items]
    return doc, expected(title, sections, None, "2025-05-09")


@page("legacy-tables")
def legacy_tables():
    title = "Annual report of the Hollin Valley Rambling Club"
    paras = [
        "The club walked 41 routes this year, four more than last year, with an average of 23 members on each walk.",
        "The longest walk was the Hollin Ridge circuit of 26 kilometres in June, completed by 14 members in just under nine hours.",
        "Membership stands at 112, and the committee thanks everyone who led a walk, checked a route or made the tea at the spring meeting.",
    ]
    body_cell = "<font face=\"Verdana\" size=\"2\"><b>" + title + "</b><br><br>" + "<br><br>".join(paras) + "</font>"
    doc = ("<HTML><HEAD><TITLE>Hollin Valley Rambling Club - Annual report</TITLE></HEAD><BODY bgcolor=\"#ffffff\">"
           "<TABLE width=\"760\" border=\"0\"><TR><TD colspan=\"2\"><IMG src=\"banner.gif\" alt=\"Hollin Valley Rambling Club\"></TD></TR>"
           "<TR><TD width=\"140\" valign=\"top\" class=\"menu\"><A href=\"index.html\">Home</A><BR><A href=\"walks.html\">Walks</A><BR>"
           "<A href=\"join.html\">Join</A><BR><A href=\"links.html\">Links</A></TD>"
           f"<TD valign=\"top\"><TABLE><TR><TD>{body_cell}</TD></TR></TABLE></TD></TR>"
           "<TR><TD colspan=\"2\"><font size=\"1\">Page last updated 3 December. Webmaster: <a href=\"mailto:web@hvrc.example\">web@hvrc.example</a></font></TD></TR>"
           "</TABLE></BODY></HTML>")
    return doc, expected(title, [(None, paras)], None, None)


@page("recipe")
def recipe():
    title = "One-pan lemon chicken with white beans"
    ingredients = ["4 chicken thighs, skin on", "2 tins of white beans, drained", "1 lemon, sliced thinly",
                   "4 cloves of garlic, crushed", "A handful of parsley, chopped"]
    steps = ["Heat the oven to 200C. Brown the chicken, skin side down, in an ovenproof pan for eight minutes.",
             "Add the beans, garlic and lemon around the chicken with a splash of water, then roast for 25 minutes.",
             "Scatter the parsley over and serve straight from the pan with bread to mop up the juices."]
    intro = "This is the dinner I make when the fridge is nearly empty and nobody wants to wash up more than one pan."
    doc = (f"<html>{head(title + ' | Small Kitchen', og_title=title, author='Dana Whitlock')}"
           f"<body>{nav('Small Kitchen', ['Recipes', 'Quick', 'Vegetarian', 'Baking'])}<main><div class=\"recipe-card\">"
           f"<h1>{title}</h1><div class=\"recipe-intro\"><p>{intro}</p></div><div class=\"recipe-meta\"><span>Serves 4</span><span>40 minutes</span></div>"
           f"<h2>Ingredients</h2><ul class=\"ingredients\">{''.join(f'<li>{i}</li>' for i in ingredients)}</ul>"
           f"<h2>Method</h2><ol class=\"steps\">{''.join(f'<li>{s}</li>' for s in steps)}</ol></div>"
           f"<div class=\"rating-box\"><span>Rate this recipe</span><a href=\"#\">1</a><a href=\"#\">2</a><a href=\"#\">3</a><a href=\"#\">4</a><a href=\"#\">5</a></div>"
           f"</main>{footer('Small Kitchen')}</body></html>")
    return doc, expected(title, [(None, [intro]), ("Ingredients", ingredients), ("Method", steps)], "Dana Whitlock", None)


@page("sports-report-table")
def sports_report_table():
    title = "Harbour Rovers go top after late winner at Millfield"
    paras = [
        "A header from substitute Callum Oduya in the 88th minute gave Harbour Rovers a 2-1 win at Millfield and lifted them "
        "to the top of the table for the first time this season.",
        "Millfield had equalised through a penalty after the break, but Rovers kept pressing and Oduya met a deep cross at the far post.",
        "The result leaves three teams separated by a single point with six matches to play.",
    ]
    table = ("<table class=\"standings\"><thead><tr><th>Team</th><th>Played</th><th>Points</th></tr></thead><tbody>"
             "<tr><td>Harbour Rovers</td><td>32</td><td>64</td></tr><tr><td>Kelby Town</td><td>32</td><td>63</td></tr>"
             "<tr><td>Millfield United</td><td>31</td><td>63</td></tr></tbody></table>")
    rows = ["Team | Played | Points", "Harbour Rovers | 32 | 64", "Kelby Town | 32 | 63", "Millfield United | 31 | 63"]
    doc = (f"<html>{head(title + ' | County Sport', og_title=title, author='Ros Penhale', published='2025-04-05T17:10:00+01:00')}"
           f"<body>{nav('County Sport', ['Football', 'Rugby', 'Cricket', 'Results'])}<div class=\"main-content\"><article class=\"match-report\">"
           f"<h1>{title}</h1><div class=\"article-body\">{''.join(f'<p>{p}</p>' for p in paras)}<h2>Top of the table</h2>{table}</div></article>"
           f"<div class=\"scores-widget\"><h3>Latest scores</h3><ul><li><a href=\"#\">Kelby 3-0 Dunmore</a></li><li><a href=\"#\">Ashby 1-1 Trent Vale</a></li></ul></div>"
           f"</div>{footer('County Sport')}</body></html>")
    return doc, expected(title, [(None, paras), ("Top of the table", rows)], "Ros Penhale", "2025-04-05")


@page("longread-quotes")
def longread_quotes():
    title = "The last lighthouse keepers of the northern isles"
    sections = [(None, [
        "For almost two centuries, someone climbed the 140 steps of the Skarra light every evening at dusk. The last keeper "
        "left in 1998, when the lamp was automated and the cottages were sold.",
        "Eilidh Morrow was nine when her father took the post. She remembers the sound of the clockwork more than the light itself.",
    ]), ("A life measured in watches", [
        "Keepers worked in watches of four hours, three men to a station, and wrote the weather into the log every three hours without fail.",
        "<blockquote><p>You did not sleep properly for twenty years. You slept like a cat, with one ear on the machine.</p></blockquote>",
        "Morrow's father kept every log he wrote. They fill eleven boxes in her spare room, and she is typing them up, one winter at a time.",
    ]), ("After the keepers", [
        "The stations are now checked by engineers who fly in by helicopter twice a year. Several of the cottages have become holiday lets.",
    ])]
    rendered = []
    for h, ps in sections:
        if h:
            rendered.append(f"<h2>{h}</h2>")
        for p in ps:
            rendered.append(p if p.startswith("<blockquote>") else f"<p>{p}</p>")
    pull = '<aside class="pullquote"><p>“You slept like a cat, with one ear on the machine.”</p></aside>'
    doc = (f"<html>{head(title + ' | The Long Read | Northern Review', og_title=title + ' | The Long Read', author='Fenella Grieve', published='2024-12-14T06:00:00Z')}"
           f"<body>{nav('Northern Review', ['Long reads', 'Culture', 'Places', 'Podcasts'])}<main role=\"main\"><article class=\"longform\">"
           f"<div class=\"hero\"><h1>{title}</h1><p class=\"standfirst-credit\">Photographs by Ana Quist</p></div>"
           f"<div class=\"longform-body\">{''.join(rendered[:4])}{pull}{''.join(rendered[4:])}</div></article></main>{footer('Northern Review', 2024)}</body></html>")
    return doc, expected(title, sections, "Fenella Grieve", "2024-12-14")


@page("cookie-wall")
def cookie_wall():
    title = "Library extends opening hours during exam season"
    paras = [
        "Weston Central Library will stay open until 10pm on weekdays from 1 May to 20 June, so that students have a quiet place "
        "to revise in the evenings.",
        "The library will also open its second-floor study room on Sundays, which has 60 desks with power sockets.",
    ]
    consent = ('<div id="consent-overlay" class="cmp-overlay"><div class="cmp-dialog"><h2>Your privacy matters to us</h2>'
               + "".join(f"<p>{t}</p>" for t in [
                   "We and our 142 partners store and access information on your device, such as cookies, and process personal data, "
                   "such as unique identifiers and browsing data, for the purposes described below.",
                   "You may accept or manage your choices, including your right to object where legitimate interest is used, at any time. "
                   "Your choices will be signalled to our partners and will not affect browsing data.",
                   "Purposes include storing information on a device, personalised advertising and content, measurement, audience research, "
                   "and the development of services, as well as precise geolocation data and identification through device scanning."])
               + '<button>Agree</button><button>More options</button></div></div>')
    doc = (f"<html>{head('Library extends opening hours during exam season - Weston Today', published='2025-04-28')}"
           f"<body>{consent}{nav('Weston Today', ['News', 'Events', 'Listings'])}<div class=\"content\"><h1>{title}</h1>"
           f"{''.join(f'<p>{p}</p>' for p in paras)}</div>{footer('Weston Today')}</body></html>")
    return doc, expected(title, [(None, paras)], None, "2025-04-28")


@page("news-brief")
def news_brief():
    title = "Tram line closed after overhead wire fault"
    paras = ["Trams between Eastgate and the university are not running this morning after a fault with the overhead wire near "
             "Kingsway. Replacement buses are running every ten minutes."]
    doc = (f"<html>{head(title + ' | Metro Now')}<body>{nav('Metro Now', ['Travel', 'News', 'Sport'])}"
           f"<div class=\"story\"><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras)}</div>"
           f"{sidebar('Trending', ['Five new cycle lanes approved', 'Night buses return', 'Road closures this weekend'])}{footer('Metro Now')}</body></html>")
    return doc, expected(title, [(None, paras)], None, None)


@page("comments-longer")
def comments_longer():
    title = "Should the village green get a skate park?"
    paras = [
        "The parish council is asking residents whether part of the village green should become a small skate park, after a "
        "petition signed by 212 young people.",
        "The park would take up about a tenth of the green, next to the tennis court, and would be paid for by a lottery grant "
        "if the council applies before September.",
        "A consultation meeting will be held in the village hall on 14 June at 7pm, and written comments can be sent to the clerk until the end of the month.",
    ]
    many = [("Gerald P.", "5 June", "I have lived here for forty years and the green has always been a quiet place. Noise, litter and late nights will follow, I am sure of it, and nobody will take responsibility."),
            ("Skate mum", "5 June", "My son has to take two buses to the nearest park, and he is not alone. Young people deserve somewhere to go, and the tennis court corner is hardly used anyway."),
            ("R. Tilney", "6 June", "Has anyone asked about insurance, maintenance and lighting? A grant pays for the build, not for the next twenty years of upkeep, and the precept will rise."),
            ("Anon", "6 June", "Put it behind the village hall instead, where there is already a car park, lighting and toilets, and everyone gets what they want.")]
    doc = (f"<html>{head(title + ' | Ashcombe Parish News', author='Parish Clerk')}<body>{nav('Ashcombe Parish News', ['Home', 'Council', 'Events'])}"
           f"<div id=\"main\"><div class=\"post\"><h1>{title}</h1><div class=\"post-body\">{''.join(f'<p>{p}</p>' for p in paras)}</div></div>"
           f"{comments(many)}</div>{footer('Ashcombe Parish Council')}</body></html>")
    return doc, expected(title, [(None, paras)], "Parish Clerk", None)


@page("event-details")
def event_details():
    title = "Open studios weekend returns to the old mill"
    paras = ["Twenty-six artists will open their studios in the old mill on the first weekend of October, with printing, weaving "
             "and ceramics demonstrations on both days.",
             "Entry is free, and the cafe on the ground floor will serve soup made with vegetables from the community garden."]
    details = ["When", "4 and 5 October, 10am to 5pm", "Where", "The Old Mill, Water Lane, Brindle", "Tickets", "Free, no booking needed"]
    dl = "<dl class=\"event-facts\">" + "".join(f"<dt>{details[i]}</dt><dd>{details[i + 1]}</dd>" for i in range(0, len(details), 2)) + "</dl>"
    doc = (f"<html>{head(title, og_title=title, published='2025-09-12')}<body>{nav('Brindle Arts', ['Events', 'Artists', 'Visit'])}"
           f"<section class=\"event-page\"><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras)}{dl}</section>{footer('Brindle Arts Trust')}</body></html>")
    return doc, expected(title, [(None, paras + details)], None, "2025-09-12")


@page("tech-code")
def tech_code():
    title = "Reading a large CSV file without running out of memory"
    sections = [(None, [
        "Loading a 20 GB CSV file into a list is the quickest way to learn how much memory your laptop has. Streaming it row by "
        "row keeps memory flat, whatever the size of the file.",
    ]), ("Stream, do not load", [
        "The reader below yields one record at a time. Nothing holds on to earlier rows, so the garbage collector can reclaim them.",
        "<pre><code>foreach (var row in reader.ReadRows())\n{\n    totals[row.Region] += row.Amount;\n}</code></pre>",
        "On a test file of 180 million rows this used 38 MB of memory from start to finish.",
    ])]
    rendered = []
    for h, ps in sections:
        if h:
            rendered.append(f"<h2>{h}</h2>")
        rendered.extend(p if p.startswith("<pre>") else f"<p>{p}</p>" for p in ps)
    doc = (f"<html>{head(title + ' · Byte Notes', author='Sam Okafor', published='2025-06-30')}<body>"
           f"<header><a href=\"/\">Byte Notes</a><nav><a href=\"/archive\">Archive</a> <a href=\"/about\">About</a> <a href=\"/rss\">RSS</a></nav></header>"
           f"<main><article><h1>{title}</h1><p class=\"post-meta\">30 June 2025 · 4 min read</p>{''.join(rendered)}</article></main>"
           f"<footer><p>Written by Sam Okafor. Licensed CC BY 4.0.</p></footer></body></html>")
    exp = expected(title, sections, "Sam Okafor", "2025-06-30")
    exp["sections"][1]["paragraphs"][1] = "foreach (var row in reader.ReadRows())\n{\n    totals[row.Region] += row.Amount;\n}"
    return doc, exp


@page("travel-gallery")
def travel_gallery():
    title = "Three days on the Cliffside Way, from Porth Ender to Gull Cove"
    paras = [
        "The Cliffside Way is 48 kilometres of switchback paths, fishing villages and more stiles than anyone has ever managed to count.",
        "We walked it in three days in late May, staying in two inns along the way, and met fewer than a dozen other walkers.",
        "The middle day, from Tresk to Polwin, is the hardest: six steep valleys in a row, each with its own stream to ford.",
    ]
    gallery = ('<div class="photo-gallery"><div class="slide"><img src="1.jpg"><p class="slide-caption">1 of 3 The harbour at Porth Ender at dawn</p></div>'
               '<div class="slide"><img src="2.jpg"><p class="slide-caption">2 of 3 Sea thrift on the cliffs above Tresk</p></div>'
               '<div class="slide"><img src="3.jpg"><p class="slide-caption">3 of 3 The last descent into Gull Cove</p></div></div>')
    doc = (f"<html>{head(title + ' | Wayfarer Journal', og_title=title, author='Imogen Tarrant')}<body>{nav('Wayfarer Journal', ['Walks', 'Gear', 'Places'])}"
           f"<div class=\"post-container\"><h1>{title}</h1><div class=\"entry\"><p>{paras[0]}</p>{gallery}<p>{paras[1]}</p>"
           f"<figure><img src=\"map.png\"><figcaption>Route map of the Cliffside Way</figcaption></figure><p>{paras[2]}</p></div></div>"
           f"{footer('Wayfarer Journal')}</body></html>")
    return doc, expected(title, [(None, paras)], "Imogen Tarrant", None)


@page("product-review")
def product_review():
    title = "Kestrel K2 e-bike review: light, quick and a little too firm"
    sections = [(None, [
        "The Kestrel K2 weighs 15.8 kilograms, which makes it one of the lightest electric bikes we have tested this year, and it "
        "climbs like a much heavier machine.",
    ]), ("What we liked", [
        "Quiet hub motor with smooth assistance",
        "Battery that comes out with one key turn",
    ]), ("What we did not", [
        "Stiff aluminium fork on rough roads",
        "Only two sizes for riders of very different heights",
    ]), ("Verdict", [
        "If your rides are mostly on tarmac, the K2 is a joy. On gravel lanes, budget for a suspension seat post.",
    ])]
    html_parts = [f"<p>{sections[0][1][0]}</p>",
                  f"<h2>What we liked</h2><ul class=\"pros\">{''.join(f'<li>{x}</li>' for x in sections[1][1])}</ul>",
                  f"<h2>What we did not</h2><ul class=\"cons\">{''.join(f'<li>{x}</li>' for x in sections[2][1])}</ul>",
                  f"<h2>Verdict</h2><p>{sections[3][1][0]}</p>"]
    score = ('<aside class="review-scorecard"><h3>Score</h3><p>4 out of 5</p><p>Price: £1,899</p>'
             '<a class="buy-button" href="#">Check price at partner store</a></aside>')
    doc = (f"<html>{head(title + ' | Ride Lab', og_title=title, author='Niall Ferris', published='2025-07-19')}"
           f"<body>{nav('Ride Lab', ['Reviews', 'News', 'Buying guides'])}<div class=\"review\"><h1>{title}</h1>{score}"
           f"<div class=\"review-text\">{''.join(html_parts)}</div></div>"
           f"{related(['Best budget e-bikes', 'How far can an e-bike really go?'], 'More reviews')}{footer('Ride Lab')}</body></html>")
    return doc, expected(title, sections, "Niall Ferris", "2025-07-19")


@page("interview")
def interview():
    title = "\u201cThe orchestra is a village\u201d: a conversation with conductor Ilse Marven"
    paras = [
        "Ilse Marven has led the Dunmore Philharmonic for eleven seasons. We met her between rehearsals for the autumn tour.",
        "<strong>You often compare an orchestra to a village. Why?</strong>",
        "Because everyone knows everyone's business, and because it only works if the baker and the blacksmith both turn up. "
        "A section leader who is unhappy changes the sound of the whole hall.",
        "<strong>What will you play on tour?</strong>",
        "Mostly music written within a hundred years of now, and one Haydn symphony, because audiences deserve a reward.",
    ]
    doc = (f"<html>{head(title + ' - Stage & Score', author='Pia Lund', published='2025-08-02T09:00:00+02:00')}"
           f"<body>{nav('Stage & Score', ['Music', 'Theatre', 'Dance'])}<div class=\"article\"><h1>{title}</h1>"
           f"<div class=\"article-text\">{''.join(f'<p>{p}</p>' for p in paras)}</div>{share_bar()}</div>{footer('Stage & Score')}</body></html>")
    return doc, expected(title, [(None, paras)], "Pia Lund", "2025-08-02")


@page("amp-custom-elements")
def amp_custom_elements():
    title = "City pools to heat water with waste from the data centre"
    paras = [
        "Two public swimming pools in Norrvik will be heated with waste heat from a data centre on the edge of town from next winter, "
        "the city's energy company said on Monday.",
        "A three-kilometre pipe will carry water at 35 degrees from the data centre's cooling system to a heat pump at each pool.",
        "The company expects the scheme to save about 900 tonnes of carbon dioxide a year.",
    ]
    doc = (f"<html amp>{head(title + ' | Norrvik Daily', og_title=title)}<body><amp-sidebar id=\"menu\" layout=\"nodisplay\"><ul><li>News</li><li>Sport</li></ul></amp-sidebar>"
           f"<amp-story-wrapper><div class=\"amp-article\"><h1>{title}</h1><amp-img src=\"pool.jpg\" width=\"600\" height=\"400\"></amp-img>"
           f"<p>{paras[0]}</p><amp-ad width=\"300\" height=\"250\" type=\"example\"><div fallback>Advertisement</div></amp-ad>"
           f"<p>{paras[1]}</p><p>{paras[2]}</p></div></amp-story-wrapper>{footer('Norrvik Daily')}</body></html>")
    return doc, expected(title, [(None, paras)], None, None)


@page("br-paragraphs")
def br_paragraphs():
    title = "Notes on restoring a 1962 typewriter"
    paras = [
        "The machine arrived with a seized carriage and keys that stuck halfway down. Forty years in a loft will do that.",
        "Most of the trouble was old oil turned to varnish. A soak in naphtha and a soft brush freed every key in an afternoon.",
        "The ribbon was harder to find. In the end a universal spool fitted, once I had filed a small notch into its hub.",
    ]
    doc = (f"<html>{head(title)}<body><div id=\"wrapper\"><div id=\"header\"><a href=\"/\">Workbench diaries</a></div>"
           f"<div id=\"leftcol\" class=\"sidebar\"><a href=\"/1\">Archive</a><br><a href=\"/2\">About</a></div>"
           f"<div id=\"maincol\"><h1>{title}</h1><div class=\"text\">{'<br><br>'.join(paras)}</div></div></div></body></html>")
    return doc, expected(title, [(None, paras)], None, None)


@page("jsonld-newsarticle")
def jsonld_newsarticle():
    title = "Volunteers plant 3,000 trees along the old railway path"
    paras = [
        "More than 150 volunteers planted 3,000 native trees along the old railway path between Brackley and Fennick on Saturday.",
        "The saplings, mostly hawthorn, hazel and field maple, will form a hedge that links two patches of ancient woodland.",
        "The trust that manages the path plans a second planting day in February, when another 2,000 trees are due to arrive.",
    ]
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Shire Courier"},
        {"@type": "NewsArticle", "headline": title, "datePublished": "2025-11-22T12:00:00Z",
         "author": [{"@type": "Person", "name": "Oona Fairley"}], "articleBody": " ".join(paras)}]})
    doc = (f"<html><head><title>Volunteers plant 3,000 trees | Shire Courier</title><script type=\"application/ld+json\">{ld}</script></head>"
           f"<body>{nav('Shire Courier', ['News', 'Nature', 'Events'])}<div class=\"story-container\"><h1>{title}</h1>"
           f"<div class=\"story-text\">{''.join(f'<p>{p}</p>' for p in paras)}</div></div>"
           f"{sidebar('Popular', ['Badger tunnel opens under the bypass', 'Ford flooded again'])}{footer('Shire Courier')}</body></html>")
    return doc, expected(title, [(None, paras)], "Oona Fairley", "2025-11-22")


def main():
    for name, fn in PAGES.items():
        doc, exp = fn()
        with open(f"{name}.html", "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        with open(f"{name}.expected.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
