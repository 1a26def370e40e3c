using CsCheck;

namespace TextInsight.Fuzz;

/// <summary>
/// Inputs built from pieces of real articles (so the structure and entity rules are reached) spliced with the shapes
/// that break text pipelines: glued abbreviations and acronyms, long runs of one character, deep brackets and quotes,
/// mixed scripts, lone surrogate halves, very long lines, HTML with broken nesting, CSV and JSON syntax, and any UTF-16
/// code unit.
/// </summary>
internal static class Generators
{
    private const string Tricky = "abcXYZ019 .,;:!?'\"()[]{}<>/$€£¥%&@#-–—’“”…\n\n\r\t\u00A0\u2028\u200B\uFEFF\u0301\u05D0\u0627\uD800\uDC00\uD83D\uDE00";

    private static readonly string[] Tags = ["div", "p", "span", "a", "b", "i", "h1", "h2", "h3", "article", "main", "section", "li", "ul", "table", "tr", "td", "script", "style", "title", "head", "body", "html", "br", "img", "nav", "footer", "meta", "template", "svg", "noscript", "iframe", "pre", "time", "figure", "figcaption", "aside", "header", "textarea", "select", "option", "plaintext", "xmp", "math", "frameset"];

    /// <summary>Feed markup the feed reader meets: items and entries opened and closed, fields, dates, CDATA, entities (HTML's too), a DTD, control characters.</summary>
    private static readonly string[] FeedMarkup =
    [
        "<item>", "</item>", "<item/>", "<entry>", "</entry>", "<title>", "</title>", "<title type=\"html\">", "<description>", "</description>",
        "<content:encoded>", "</content:encoded>", "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">", "</div></content>",
        "<content type=\"html\">", "<content type=\"text\">", "<content src=\"x.pdf\"/>", "</content>", "<summary type=\"html\">", "</summary>",
        "<pubDate>Thu, 05 Mar 2020 10:31 EST</pubDate>", "<pubDate>someday</pubDate>", "<dc:date>2020-03-05</dc:date>",
        "<published>2021-06-13T23:30:00-05:00</published>", "<updated>2021-06-14</updated>", "<media:title>m</media:title>",
        "<![CDATA[", "]]>", "&amp;", "&amp;#8217;", "&lt;p&gt;", "&lt;/p&gt;", "&", "&nbsp;", "&#8217;", "&#x0;", "&lol;", "<p>", "</p>", "<br/>",
        "\u000c", "\u0007", "<!-- c -->", "<?pi x?>", "<!DOCTYPE rss [<!ENTITY lol \"lol\">]>", "<guid>1</guid>", "\n",
    ];

    /// <summary>Markdown's block and inline markup, alone and at line starts, to be mixed with text and HTML tags.</summary>
    private static readonly string[] MarkdownMarkup =
    [
        "\n# ", "\n## ", "\n###### ", "\n=====\n", "\n-----\n", "\n> ", "> ", "\n- ", "\n* ", "\n1. ", "\n   - ", "**", "*", "_", "__",
        "~~", "`", "\n```\n", "\n    ", "[", "]", "](", ")", "![", "](https://example.com/a_b)", "<https://example.com>", "[x][r]",
        "\n[r]: https://example.com \"t\"\n", "\n| a | b |\n| --- | --- |\n| ", " | ", "\n\n", "  \n", "\\", "&amp;", "&#x1F600;",
        "<!-- ", " -->", "\n<div>\n", "\n</div>\n", "---\ntitle: \"T\"\ndate: 2024-05-03\n---\n", "\n---\n", "\n***\n",
    ];

    /// <summary>Abbreviations, initials, acronyms and the like, which sentence splitting and names read at the period.</summary>
    private static readonly string[] Abbreviations = ["U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Corp.", "Ltd.", "Co.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Jr.", "No.", "vs.", "e.g.", "i.e.", "etc.", "a.m.", "p.m.", "Jan.", "Sept.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Mt.", "Ph.D.", "J.R.R.", "A.", "(ASF)", "ASF", "ECB", "NATO", "AI", "IT", "GmbH", "S.A.", "N.V.", "L.L.C.", "&", "AT&T", "$", "US$", "C$", "€", "£", "%", "'s", "’s", "s'", "-", "—", "Rather", "Read", "Reuters", "FRANKFURT", "(Reuters)", "—", "said", "The"];

    /// <summary>Letters of many scripts, right-to-left marks, joiners, combining marks and emoji, one or two code units each.</summary>
    private static readonly string[] Scripts = ["Москва", "Κυβέρνηση", "القاهرة", "ירושלים", "東京都", "北京", "서울", "नई दिल्ली", "กรุงเทพ", "İstanbul", "Łódź", "Ærø", "ß", "ǅ", "Ⅻ", "①", "٣٤٥", "१२३", "\u200F", "\u200E", "\u202E", "\u2066", "\u200D", "\u0301\u0308", "e\u0301", "👍🏽", "🇺🇸", "👨‍👩‍👧", "𝐀𝐁𝐂", "\u00AD", "\u2060", "\uFFFD", "\uFFFF", "\u0000", "\u0085", "\u000B", "\u000C"];

    private static readonly string[] Brackets = ["(", "[", "{", "<", "\"", "“", "‘", "'", "«", "‹", "「", "（", "*", "_"];
    private static readonly string[] Closers = [")", "]", "}", ">", "\"", "”", "’", "'", "»", "›", "」", "）", "*", "_"];

    /// <summary>All the generators, weighted; <paramref name="fragments"/> are lines and words of the corpus articles.</summary>
    public static Gen<FuzzCase> Case(IReadOnlyList<string> fragments)
    {
        var fragment = Gen.Int[0, fragments.Count - 1].Select(i => fragments[i]);
        var word = Gen.Int[0, fragments.Count - 1].Select(i => fragments[i].Trim());
        var piece = Gen.Frequency(
            (8, fragment),
            (3, Gen.String[Gen.Char[Tricky], 0, 30]),
            (1, Gen.String[Gen.Char, 0, 12]),
            (1, Gen.OneOf(Gen.Const("\n\n"), Gen.Const("\r\n"), Gen.Const("  "), Gen.Const("$1.5M"), Gen.Const("U.S."), Gen.Const("(ASF)"), Gen.Const("0\n"), Gen.Const("\"\""), Gen.Const(","))),
            (3, Glued(word)),
            (1, Run()),
            (2, Nested(word)),
            (2, MixedScripts(word)),
            (2, Surrogates(fragment)),
            (1, Numbers()));
        var text = Gen.Frequency(
            (12, piece.Array[0, 80].Select(string.Concat)),
            (1, LongLine(piece)));
        var tag = Gen.Select(Gen.Int[0, Tags.Length - 1], Gen.Bool, Gen.Bool, (t, close, attr) =>
            (close ? "</" : "<") + Tags[t] + (attr ? " class=\"content article-body\" id=x" : string.Empty) + ">");
        var html = Gen.Frequency(
            (3, piece), (2, tag), (1, tag.Array[1, 400].Select(string.Concat)), (2, BrokenHtml(piece))).Array[0, 120].Select(string.Concat);
        var markup = Gen.Int[0, MarkdownMarkup.Length - 1].Select(i => MarkdownMarkup[i]);
        var markdown = Gen.Frequency((3, piece), (3, markup), (1, markup.Array[1, 300].Select(string.Concat)), (1, tag)).Array[0, 120].Select(string.Concat);
        var csv = Gen.Frequency((4, piece), (1, Gen.OneOf(Gen.Const("\""), Gen.Const("\"\""), Gen.Const(","), Gen.Const("\r\n"), Gen.Const("\n"), Gen.Const("\r"), Gen.Const("id,text\n"), Gen.Const("\",\""))))
            .Array[0, 80].Select(string.Concat);
        var delimited = Gen.Frequency((4, piece), (2, Gen.OneOf(
                Gen.Const("\""), Gen.Const("\"\""), Gen.Const("\t"), Gen.Const("\t\""), Gen.Const("\"\t"), Gen.Const(";"), Gen.Const("|"), Gen.Const("\r\n"),
                Gen.Const("\n"), Gen.Const("\r"), Gen.Const("\\"), Gen.Const("\\n"), Gen.Const("\\t"), Gen.Const("\\N"), Gen.Const("r1\t"))))
            .Array[0, 80].Select(string.Concat);
        var feedMarkup = Gen.Int[0, FeedMarkup.Length - 1].Select(i => FeedMarkup[i]);
        var feed = Gen.Frequency((4, piece), (3, feedMarkup), (1, tag), (1, piece.Select(p => "<![CDATA[" + p + "]]>")), (1, BrokenHtml(piece)))
            .Array[0, 120].Select(string.Concat);
        return Gen.Frequency(
            (4, text.Select(t => new FuzzCase(FuzzTarget.Analyze, t))),
            (2, feed.Select(f => new FuzzCase(FuzzTarget.FeedReader, f))),
            (3, html.Select(h => new FuzzCase(FuzzTarget.AnalyzeHtml, h))),
            (2, csv.Select(t => new FuzzCase(FuzzTarget.CsvReader, t))),
            (2, text.Select(t => new FuzzCase(FuzzTarget.JsonLinesReader, t))),
            (1, text.Select(t => new FuzzCase(FuzzTarget.TextFile, t))),
            (2, markdown.Select(m => new FuzzCase(FuzzTarget.AnalyzeMarkdown, m))),
            (2, delimited.Select(t => new FuzzCase(FuzzTarget.DelimitedReader, t))));
    }

    /// <summary>Abbreviations, acronyms and words glued with no or odd spacing: <c>Rather  U.S.U.S.(ASF)Read</c>.</summary>
    private static Gen<string> Glued(Gen<string> word)
    {
        var part = Gen.Frequency((3, Gen.Int[0, Abbreviations.Length - 1].Select(i => Abbreviations[i])), (2, word), (1, Gen.Int[0, Scripts.Length - 1].Select(i => Scripts[i])));
        var glue = Gen.OneOf(Gen.Const(string.Empty), Gen.Const(string.Empty), Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const("\u00A0"), Gen.Const("-"), Gen.Const("."), Gen.Const("("), Gen.Const(")"));
        return Gen.Select(part, glue).Array[1, 24].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
    }

    /// <summary>One character repeated, up to 20,000 times (spaces, periods, dashes, brackets, letters, digits, newlines, surrogates…).</summary>
    private static Gen<string> Run() =>
        Gen.Select(Gen.Frequency((4, Gen.Char[Tricky]), (1, Gen.Char)), Gen.Frequency((4, Gen.Int[1, 300]), (1, Gen.Int[300, 20_000])), (c, n) => new string(c, n));

    /// <summary>Brackets and quotes nested up to 3,000 deep around words, closed in order, out of order or not at all.</summary>
    private static Gen<string> Nested(Gen<string> word) =>
        Gen.Select(Gen.Int[0, Brackets.Length - 1].Array[1, 6], Gen.Frequency((4, Gen.Int[1, 50]), (1, Gen.Int[50, 3000])), word, Gen.Int[0, 3], (kinds, depth, w, closing) =>
        {
            var s = new System.Text.StringBuilder();
            for (int i = 0; i < depth; i++)
            {
                s.Append(Brackets[kinds[i % kinds.Length]]);
                if (i % 7 == 0)
                {
                    s.Append(w);
                }
            }

            for (int i = depth - 1; i >= 0 && closing > 0; i--)
            {
                // 1: closed in order; 2: closed in the wrong order; 3: half closed.
                int k = closing == 2 ? kinds[(i + 1) % kinds.Length] : kinds[i % kinds.Length];
                s.Append(Closers[k]);
                if (closing == 3 && i < depth / 2)
                {
                    break;
                }
            }

            return s.ToString();
        });

    /// <summary>Words of many scripts, capitalized or not, glued to corpus words, with bidirectional marks and combining marks.</summary>
    private static Gen<string> MixedScripts(Gen<string> word) =>
        Gen.Frequency((3, Gen.Int[0, Scripts.Length - 1].Select(i => Scripts[i])), (2, word), (1, Gen.OneOf(Gen.Const(" "), Gen.Const(". "), Gen.Const(""))))
            .Array[1, 20].Select(string.Concat);

    /// <summary>Text with lone high or low surrogate halves at the start, inside words, at the end, or reversed pairs.</summary>
    private static Gen<string> Surrogates(Gen<string> fragment) =>
        Gen.Select(fragment, Gen.Char['\uD800', '\uDFFF'], Gen.Int[0, 3], (f, s, where) => where switch
        {
            0 => s + f,
            1 => f.Length > 1 ? f[..(f.Length / 2)] + s + f[(f.Length / 2)..] : f + s,
            2 => f.TrimEnd() + s,
            _ => "\uDE00\uD83D" + f + s,
        });

    /// <summary>Amounts, percentages, dates and numbers, glued and broken: <c>$0?</c>, <c>1,2,3.4.5%</c>, <c>12/31/99999</c>.</summary>
    private static Gen<string> Numbers()
    {
        var unit = Gen.OneOf(Gen.Const("$"), Gen.Const("€"), Gen.Const("£"), Gen.Const("US$"), Gen.Const("%"), Gen.Const(" percent"), Gen.Const(" million"), Gen.Const("bn"), Gen.Const("k"), Gen.Const(" dollars"), Gen.Const("/"), Gen.Const("-"), Gen.Const(" Jan "), Gen.Const(" 2024"), Gen.Const("."), Gen.Const(","));
        var number = Gen.Frequency((3, Gen.Int[0, 100_000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Gen.String[Gen.Char["0123456789.,"], 1, 40]));
        return Gen.Select(unit, number, unit).Array[1, 6].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2 + p.Item3)));
    }

    /// <summary>One line of 20,000 to 200,000 characters: pieces repeated with no newline.</summary>
    private static Gen<string> LongLine(Gen<string> piece) =>
        Gen.Select(piece.Array[1, 6], Gen.Int[20_000, 200_000], (pieces, length) =>
        {
            string unit = string.Concat(pieces).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
            if (unit.Length == 0)
            {
                unit = "word ";
            }

            var s = new System.Text.StringBuilder(length + unit.Length);
            while (s.Length < length)
            {
                s.Append(unit);
            }

            return s.ToString();
        });

    /// <summary>
    /// HTML whose nesting is broken: misnested and unclosed tags, elements a thousand deep, unterminated comments,
    /// scripts and attributes, raw-text elements left open, and character references out of range.
    /// </summary>
    private static Gen<string> BrokenHtml(Gen<string> piece)
    {
        var name = Gen.Int[0, Tags.Length - 1].Select(i => Tags[i]);
        var misnested = Gen.Select(name, name, piece, (a, b, p) => $"<{a}><{b}>{p}</{a}></{b}>");
        var deep = Gen.Select(name, Gen.Int[1, 1500], piece, Gen.Bool, (a, n, p, close) =>
            string.Concat(Enumerable.Repeat($"<{a}>", n)) + p + (close ? string.Concat(Enumerable.Repeat($"</{a}>", n / 2)) : string.Empty));
        var broken = Gen.OneOf(
            Gen.Const("<!--"), Gen.Const("-->"), Gen.Const("<![CDATA["), Gen.Const("]]>"), Gen.Const("<script>"), Gen.Const("</script"), Gen.Const("<style>"),
            Gen.Const("<p class=\"unterminated"), Gen.Const("<a href='x"), Gen.Const("< p>"), Gen.Const("</>"), Gen.Const("<>"), Gen.Const("<!DOCTYPE"), Gen.Const("<?xml ?>"),
            Gen.Const("&amp"), Gen.Const("&#xD800;"), Gen.Const("&#x110000;"), Gen.Const("&#99999999999;"), Gen.Const("&#0;"), Gen.Const("&nbsp;&nbsp;"), Gen.Const("&unknown;"),
            Gen.Const("<br/><br/><br/>"), Gen.Const("<title>"), Gen.Const("</title>"), Gen.Const("<h1>"), Gen.Const("<table><p>"), Gen.Const("<svg><p>"), Gen.Const("<math><mi>"),
            Gen.Const("<template><p>"), Gen.Const("<textarea>"), Gen.Const("<plaintext>"), Gen.Const("<meta property=\"article:published_time\" content=\"9999-99-99\">"),
            Gen.Const("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"));
        return Gen.Frequency((2, misnested), (1, deep), (3, broken));
    }
}
