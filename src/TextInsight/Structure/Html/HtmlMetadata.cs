using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace TextInsight.Structure.Html;

/// <summary>
/// What a page says about its article outside the article text: title, author, publication date and a JSON-LD
/// <c>articleBody</c>, read from meta tags, JSON-LD, <c>rel=author</c>, bylines and <c>&lt;time datetime&gt;</c>.
/// </summary>
internal sealed class HtmlMetadata
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " // "];

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The article's title, site name removed, or null.</summary>
    public string? Title { get; private set; }

    /// <summary>Whether <see cref="Title"/> comes from the <c>&lt;title&gt;</c> element alone (no og:title, headline or h1).</summary>
    public bool TitleIsDocumentTitle { get; private set; }

    /// <summary>The text of the <c>&lt;title&gt;</c> element, or null.</summary>
    public string? DocumentTitle { get; private set; }

    /// <summary>The author's name, or null.</summary>
    public string? Author { get; private set; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; private set; }

    /// <summary>The <c>articleBody</c> of the page's JSON-LD article, or null.</summary>
    public string? JsonLdBody { get; private set; }

    /// <summary>Reads the metadata of <paramref name="document"/>.</summary>
    public static HtmlMetadata Read(IDocument document)
    {
        var m = new HtmlMetadata();
        var found = Scan(document);
        string? jsonHeadline = null, jsonAuthor = null, jsonDate = null;
        foreach (string json in found.JsonLd)
        {
            ReadJsonLd(json, ref jsonHeadline, ref jsonAuthor, ref jsonDate, m);
        }

        string? siteName = found.Meta("og:site_name");
        m.DocumentTitle = Clean(document.Title);
        string? title = found.Meta("og:title") ?? found.Meta("twitter:title") ?? jsonHeadline
            ?? Clean((found.ArticleH1 ?? found.H1)?.TextContent);
        if (title is null)
        {
            title = m.DocumentTitle;
            m.TitleIsDocumentTitle = title is not null;
        }

        m.Title = title is null ? null : StripSiteName(title, siteName);

        string? author = found.Meta("author") ?? found.Meta("article:author") ?? found.Meta("parsely-author")
            ?? found.Meta("sailthru.author") ?? jsonAuthor;
        if (author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = Clean(found.RelAuthor?.TextContent)
                ?? Clean(found.ItempropAuthor?.QuerySelector("[itemprop='name']")?.TextContent)
                ?? Clean(found.ItempropAuthor?.TextContent)
                ?? Clean(found.BylineClass?.TextContent);
        }

        m.Author = CleanAuthor(author);

        // The first source that holds a date: one that is not a date, or a placeholder, gives way to the next.
        m.Published = ParseDate(found.Meta("article:published_time")) ?? ParseDate(found.Meta("datePublished")) ?? ParseDate(jsonDate)
            ?? ParseDate(found.Meta("date")) ?? ParseDate(found.Meta("pubdate")) ?? ParseDate(found.Meta("publish-date"))
            ?? ParseDate(found.Meta("parsely-pub-date")) ?? ParseDate(found.Meta("sailthru.date")) ?? ParseDate(found.Meta("dc.date.issued"))
            ?? ParseDate(found.ItempropDate?.GetAttribute("datetime")) ?? ParseDate(found.Time?.GetAttribute("datetime"));
        return m;
    }

    /// <summary>One walk over the document collects every element the metadata may come from.</summary>
    private static Found Scan(IDocument document)
    {
        var found = new Found();
        if (document.DocumentElement is not { } root)
        {
            return found;
        }

        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            switch (e.LocalName)
            {
                case "meta":
                    string? key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop");
                    string? content = Clean(e.GetAttribute("content"));
                    if (key is not null && content is not null)
                    {
                        found.Metas.TryAdd(key, content);
                    }

                    break;
                case "script":
                    string? type = e.GetAttribute("type");
                    if (type is not null && type.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        found.JsonLd.Add(e.TextContent);
                    }

                    continue;
                case "h1":
                    found.H1 ??= e;
                    if (found.ArticleH1 is null && e.Closest("article") is not null)
                    {
                        found.ArticleH1 = e;
                    }

                    break;
                case "time":
                    if (e.HasAttribute("datetime"))
                    {
                        found.Time ??= e;
                    }

                    break;
            }

            if (e.Attributes.Length == 0)
            {
                PushChildren(e, pending);
                continue;
            }

            if (found.RelAuthor is null && string.Equals(e.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
            {
                found.RelAuthor = e;
            }

            string? itemprop = e.GetAttribute("itemprop");
            if (itemprop is not null)
            {
                if (itemprop.Equals("author", StringComparison.OrdinalIgnoreCase))
                {
                    found.ItempropAuthor ??= e;
                }
                else if (itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) && e.HasAttribute("datetime"))
                {
                    found.ItempropDate ??= e;
                }
            }

            if (found.BylineClass is null && e.GetAttribute("class") is { } cls && (HasClass(cls, "byline") || HasClass(cls, "author")))
            {
                found.BylineClass = e;
            }

            PushChildren(e, pending);
        }

        return found;
    }

    /// <summary>Removes a site name that a title carries after (or before) a separator such as <c> | </c>.</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        foreach (string separator in TitleSeparators)
        {
            int last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                string head = title[..last].Trim();
                string tail = title[(last + separator.Length)..].Trim();
                if (siteName is not null && head.Equals(siteName, StringComparison.OrdinalIgnoreCase))
                {
                    return tail;
                }

                // A site name is short; a title whose last part is long has no site name after it.
                if (TextUnitReader.CountWords(head) >= 3 && TextUnitReader.CountWords(tail) <= 5)
                {
                    return head;
                }
            }
        }

        return title;
    }

    /// <summary>
    /// A metadata date (<c>2024-05-03</c>, <c>2024-05-03T10:31:00Z</c>, an RFC 1123 date), or null. A date before
    /// <see cref="MinYear"/> is a placeholder, not when the page was published: the zero time of Go and .NET
    /// (<c>0001-01-01T00:00:00Z</c>) is what some publishing systems write for "no date".
    /// </summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        DateOnly? date = value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto) ? DateOnly.FromDateTime(dto.Date) : null;
        return date is { Year: >= MinYear } ? date : null;
    }

    /// <summary>The first year a metadata date may have: earlier ones are placeholders.</summary>
    internal const int MinYear = 1800;


    private static string? CleanAuthor(string? author)
    {
        author = Clean(author);
        if (author is null)
        {
            return null;
        }

        if (author.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            author = author[3..].TrimStart();
        }

        // A byline element can hold a whole paragraph of biography; a name is short.
        return author.Length is > 0 and <= 100 ? author : null;
    }

    /// <summary>Collapses white space (<see cref="Internals.WhiteSpace.Collapse"/>); null for blank input.</summary>
    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Internals.WhiteSpace.Collapse(text);

    private static void ReadJsonLd(string json, ref string? headline, ref string? author, ref string? date, HtmlMetadata m)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, JsonOptions);
            var pending = new Stack<JsonElement>();
            pending.Push(doc.RootElement);
            while (pending.Count > 0)
            {
                var e = pending.Pop();
                if (e.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in e.EnumerateArray())
                    {
                        pending.Push(item);
                    }

                    continue;
                }

                if (e.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (e.TryGetProperty("@graph", out var graph))
                {
                    pending.Push(graph);
                }

                if (!IsArticleType(e))
                {
                    continue;
                }

                headline ??= String(e, "headline");
                date ??= String(e, "datePublished");
                author ??= AuthorName(e);
                if (m.JsonLdBody is null && e.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String)
                {
                    // Kept raw: its line breaks are the paragraph breaks.
                    m.JsonLdBody = body.GetString();
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Pages carry malformed JSON-LD often enough; it is only a hint. A lone surrogate half in the script
            // (ArgumentException: no UTF-8 for it) or escaped in a string (InvalidOperationException on reading it) is malformed too.
        }
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleType(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsArticleType(string? type) => type is not null
        && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report" or "Blog" or "WebPage" or "SocialMediaPosting");

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Clean(v.GetString()) : null;

    private static string? AuthorName(JsonElement e)
    {
        if (!e.TryGetProperty("author", out var a))
        {
            return null;
        }

        if (a.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in a.EnumerateArray())
            {
                a = item;
                break;
            }
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => Clean(a.GetString()),
            JsonValueKind.Object => String(a, "name"),
            _ => null,
        };
    }

    private static void PushChildren(IElement e, Stack<IElement> pending)
    {
        var children = e.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                pending.Push(child);
            }
        }
    }

    private static bool HasClass(string classes, string name)
    {
        foreach (var range in classes.AsSpan().SplitAny(" \t\r\n\f"))
        {
            if (classes.AsSpan()[range].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Found
    {
        public Dictionary<string, string> Metas { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> JsonLd { get; } = [];

        public IElement? H1 { get; set; }

        public IElement? ArticleH1 { get; set; }

        public IElement? Time { get; set; }

        public IElement? RelAuthor { get; set; }

        public IElement? ItempropAuthor { get; set; }

        public IElement? ItempropDate { get; set; }

        public IElement? BylineClass { get; set; }

        public string? Meta(string key) => Metas.GetValueOrDefault(key);
    }
}
