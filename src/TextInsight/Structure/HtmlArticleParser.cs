using System.Text;
using AngleSharp.Html.Parser;
using TextInsight.Structure.Html;

namespace TextInsight.Structure;

/// <summary>
/// Extracts the article from an HTML page: its title, byline, publication date and main text, leaving navigation,
/// sidebars, comments, related links, ads and other page furniture out. The result's <see cref="ArticleStructure.Text"/>
/// is plain text made for it: the title on the first line, a <c>By …</c> line when the page names an author, then the
/// headings and paragraphs of the main text, a blank line between blocks; every span indexes that text.
/// No scripts run and nothing is fetched. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The main text is found in the Readability tradition: paragraph-like blocks score their ancestors by length and
/// commas, weighted by tag and by class/id hints (article, content, main versus comment, sidebar, share, related, ad)
/// and discounted by link density; the best container is widened to comparable siblings and pruned of link lists and
/// boilerplate-looking subtrees. A small learned block scorer then adds running text that this choice left out (never
/// comment threads, captions or furniture). Markup nested deeper than a few hundred levels is flattened first.
/// </remarks>
public sealed class HtmlArticleParser
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotSupportingFrames = true,
    };

    private const int MinJsonLdBody = 200;

    private readonly HtmlBlockModel? _blockModel;

    /// <summary>A shared instance.</summary>
    public static HtmlArticleParser Default { get; } = new();

    /// <summary>A parser with the built-in learned block scorer, when the assembly carries one.</summary>
    public HtmlArticleParser()
        : this(HtmlBlockModel.Default)
    {
    }

    /// <summary>A parser with the given block scorer, or with the heuristic extractor alone when it is null.</summary>
    internal HtmlArticleParser(HtmlBlockModel? blockModel)
    {
        _blockModel = blockModel;
    }

    /// <summary>Parses <paramref name="html"/> and returns the extracted text with its structure.</summary>
    /// <param name="html">The page's markup, already decoded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ArticleStructure Parse(string html) => Parse(html, null);

    /// <summary>
    /// Parses <paramref name="html"/> whose title is known apart from it (a CSV or JSON Lines column, a feed item's title):
    /// the title is that text instead of the one the page's metadata or headline gives, and a block of the page that
    /// repeats it is left out of the body as a headline is.
    /// </summary>
    /// <param name="html">The page's markup or a fragment of it, already decoded.</param>
    /// <param name="title">The title; <see langword="null"/>, empty or white space reads the title from the page.
    /// Its ends are trimmed and each line break in it becomes a space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ArticleStructure Parse(string html, string? title)
    {
        ArgumentNullException.ThrowIfNull(html);
        string? knownTitle = title is null ? null : ArticleParser.TitleLine(title);
        if (knownTitle is { Length: 0 })
        {
            knownTitle = null;
        }

        var parser = new HtmlParser(ParserOptions);
        AngleSharp.Html.Dom.IHtmlDocument parsed;
        try
        {
            parsed = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // The tree builder fails on a few broken nestings: the page is read as text rather than not at all.
            string plain = HtmlTextFallback.ToText(html);
            var text = knownTitle is null ? ArticleParser.Default.Parse(plain) : ArticleParser.Default.ParseWithTitle(knownTitle, plain);
            return new ArticleStructure(text.Text, text.Title, text.Sections, text.Boilerplate, text.Byline, text.Published,
                [.. text.Warnings, HtmlTextFallback.Warning], text.Metadata) { SoftLineBreaks = text.SoftLineBreaks };
        }

        using var document = parsed;
        var metadata = HtmlMetadata.Read(document);
        string? titleText = knownTitle ?? metadata.Title;
        IReadOnlyList<HtmlBlock> blocks = [];
        List<int> selected = [];
        if (document.Body is { } body)
        {
            var collector = new HtmlBlockCollector();
            collector.Collect(body);
            blocks = collector.Blocks;
            var extractor = new HtmlContentExtractor(blocks, collector.Info, body);
            selected = extractor.Select(titleText);
            if (_blockModel is not null)
            {
                selected = extractor.Rescore(_blockModel, selected, titleText, metadata.DocumentTitle);
            }

            // After the scorer, which learned that what the heuristic keeps is main text: a list of teasers kept after the article goes.
            TeaserTail.Trim(blocks, selected);

            if (knownTitle is null && metadata.TitleIsDocumentTitle && titleText is not null)
            {
                int titleBlock = extractor.FindTitleBlock(selected, metadata.DocumentTitle!, extractor.ContainerStart);
                if (titleBlock >= 0)
                {
                    titleText = blocks[titleBlock].Text.ReplaceLineEndings(" ");
                    selected.Remove(titleBlock);
                }
            }

            selected = DropEmptyHeadings(blocks, selected);
        }

        var builder = new Builder();
        TextSpan? titleSpan = titleText is not null ? builder.AddLine(titleText) : null;
        TextSpan? byline = null;
        if (metadata.Author is { } author)
        {
            var line = builder.AddLine("By " + author);
            byline = new TextSpan(line.Start + 3, author.Length);
        }

        if (metadata.JsonLdBody is { } jsonBody && jsonBody.Length > 2 * CountChars(blocks, selected) && jsonBody.Length >= MinJsonLdBody)
        {
            // Pages that render their article with scripts show little text without them, but often carry the whole
            // article as JSON-LD: then the structured copy is the better text.
            builder.AddParagraphs(jsonBody);
        }
        else
        {
            builder.AddBody(blocks, selected);
        }

        return new ArticleStructure(builder.ToString(), titleSpan, builder.Sections, [], byline, metadata.Published);
    }

    private static int CountChars(IReadOnlyList<HtmlBlock> blocks, List<int> selected)
    {
        int n = 0;
        foreach (int i in selected)
        {
            n += blocks[i].Text.Length;
        }

        return n;
    }

    /// <summary>Headings whose section kept no text (its list of related links was dropped, say) go too.</summary>
    private static List<int> DropEmptyHeadings(IReadOnlyList<HtmlBlock> blocks, List<int> selected)
    {
        var kept = new List<int>(selected.Count);
        for (int k = 0; k < selected.Count; k++)
        {
            var block = blocks[selected[k]];
            if (IsSectionHeading(block))
            {
                int next = k + 1;
                if (next >= selected.Count)
                {
                    continue;
                }

                var following = blocks[selected[next]];
                if (IsSectionHeading(following) && following.HeadingLevel <= block.HeadingLevel)
                {
                    continue;
                }
            }

            kept.Add(selected[k]);
        }

        return kept;
    }

    private static bool IsSectionHeading(HtmlBlock block) => block.Kind == HtmlBlockKind.Heading && block.HeadingLevel is >= 2 and <= 4;

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _paragraphs = [];
        private TextSpan? _heading;

        public List<Section> Sections { get; } = [];

        public TextSpan AddLine(string line)
        {
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            var span = new TextSpan(_text.Length, line.Length);
            _text.Append(line);
            return span;
        }

        public void AddBody(IReadOnlyList<HtmlBlock> blocks, List<int> selected)
        {
            foreach (int i in selected)
            {
                var block = blocks[i];
                var span = AddLine(block.Text);
                if (IsSectionHeading(block))
                {
                    CloseSection();
                    _heading = span;
                }
                else
                {
                    _paragraphs.Add(span);
                }
            }

            CloseSection();
        }

        public void AddParagraphs(string text)
        {
            foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string? clean = HtmlMetadata.Clean(line);
                if (clean is not null)
                {
                    _paragraphs.Add(AddLine(clean));
                }
            }

            CloseSection();
        }

        public override string ToString() => _text.ToString();

        private void CloseSection()
        {
            if (_heading is not null || _paragraphs.Count > 0)
            {
                Sections.Add(new Section(_heading, [.. _paragraphs]));
            }

            _heading = null;
            _paragraphs.Clear();
        }
    }
}
