using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TextInsight.Structure.Html;

namespace TextInsight.Structure.Training;

/// <summary>How much of a page a rendering holds.</summary>
internal enum RenderScope
{
    /// <summary>The article region: the smallest element that holds all of the true main text, after the headline.</summary>
    Region,

    /// <summary>All visible text of the page: menus, sidebars, related links and footers too.</summary>
    Page,
}

/// <summary>A page rendered to plain text as a scraper would dump it, with what the page says its headline is.</summary>
/// <param name="Text">The plain text, one visible block per line.</param>
/// <param name="Headlines">The page's headline candidates (its metadata title and its first <c>&lt;h1&gt;</c>).</param>
internal sealed record RenderedPage(string Text, IReadOnlyList<string> Headlines);

/// <summary>
/// Renders HTML pages to plain text in several ways (the article region or the whole page; blocks separated by blank
/// lines or single line breaks; figure captions kept or dropped), so that a model trained on the renderings does not
/// learn one renderer. Uses the HTML path's block collector for the visible blocks. Stateless.
/// </summary>
internal static class PageRenderer
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsNotSupportingFrames = true };

    /// <param name="html">The page.</param>
    /// <param name="truth">The page's true main text (for the region).</param>
    /// <param name="scope">The article region or the whole page.</param>
    /// <param name="blankLines">Blocks separated by a blank line, else by a line break (plain text only: Markdown always separates blocks by a blank line).</param>
    /// <param name="captions">Whether figure captions are kept.</param>
    /// <param name="markdown">Whether the blocks are written as Markdown (<see cref="MarkdownPageWriter"/>) instead of plain text.</param>
    public static RenderedPage Render(string html, string truth, RenderScope scope, bool blankLines, bool captions, bool markdown = false)
    {
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        var headlines = Headlines(document);
        var lines = Blocks(document, captions);
        if (scope == RenderScope.Region)
        {
            lines = Region(lines, truth, headlines);
        }

        if (markdown)
        {
            return new RenderedPage(MarkdownPageWriter.Write(lines.ConvertAll(l => l.Block)), headlines);
        }

        var sb = new StringBuilder();
        foreach (var (text, _, _) in lines)
        {
            if (sb.Length > 0)
            {
                sb.Append(blankLines ? "\n\n" : "\n");
            }

            sb.Append(text);
        }

        return new RenderedPage(sb.ToString(), headlines);
    }

    /// <summary>The page's headline candidates (its metadata title and its first <c>&lt;h1&gt;</c>), without rendering it.</summary>
    public static IReadOnlyList<string> Headlines(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        return Headlines(document);
    }

    /// <summary>
    /// Where <see cref="Render"/>'s article region stands in the page's element tree, so that another renderer (a
    /// browser) can render the same region: the element that holds every block of the true main text, and the element of
    /// the headline's block when it lies outside that element (the region's rendering starts with it). Null paths: the
    /// whole body (no block is main text) or no headline outside the region.
    /// </summary>
    public static RegionLocation Locate(string html, string truth)
    {
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        var headlines = Headlines(document);
        var lines = Blocks(document, captions: true);
        var common = Common(lines, truth);
        if (common is null)
        {
            return new RegionLocation(null, null, headlines);
        }

        int headline = HeadlineLine(lines, headlines);
        var outside = headline >= 0 && !Inside(lines[headline].Owner, common) ? lines[headline].Owner : null;
        return new RegionLocation(ElementPath.Of(common), outside is null ? null : ElementPath.Of(outside), headlines);
    }

    private static List<string> Headlines(IDocument document)
    {
        var metadata = HtmlMetadata.Read(document);
        var headlines = new List<string>(2);
        if (metadata.Title is { } t)
        {
            headlines.Add(t);
        }

        if (HtmlMetadata.Clean(document.QuerySelector("h1")?.TextContent) is { } h1 && !headlines.Contains(h1))
        {
            headlines.Add(h1);
        }

        return headlines;
    }

    private static List<(string Text, IElement Owner, HtmlBlock Block)> Blocks(IDocument document, bool captions)
    {
        var lines = new List<(string Text, IElement Owner, HtmlBlock Block)>();
        if (document.Body is { } body)
        {
            var collector = new HtmlBlockCollector();
            collector.Collect(body);
            foreach (var block in collector.Blocks)
            {
                if (block.Kind == HtmlBlockKind.Caption && !captions)
                {
                    continue;
                }

                if (HtmlMetadata.Clean(block.Text) is { } text)
                {
                    lines.Add((text, block.Owner, block));
                }
            }
        }

        return lines;
    }

    /// <summary>The smallest element that holds every block the truth aligner takes for main text, or null when none is.</summary>
    private static IElement? Common(List<(string Text, IElement Owner, HtmlBlock Block)> lines, string truth)
    {
        var aligner = new TruthAligner(truth);
        IElement? common = null;
        foreach (var (text, owner, _) in lines)
        {
            if (aligner.IsMain(text))
            {
                common = common is null ? owner : CommonAncestor(common, owner);
            }
        }

        return common;
    }

    private static int HeadlineLine(List<(string Text, IElement Owner, HtmlBlock Block)> lines, List<string> headlines) =>
        lines.FindIndex(l => headlines.Exists(h => TruthAligner.SameHeadline(l.Text, h)));

    /// <summary>
    /// The blocks inside the smallest element that holds every block of the true main text, preceded by the headline
    /// when the page shows it outside that element (as a scraper that keeps the title and the article would).
    /// </summary>
    private static List<(string Text, IElement Owner, HtmlBlock Block)> Region(List<(string Text, IElement Owner, HtmlBlock Block)> lines, string truth, List<string> headlines)
    {
        var common = Common(lines, truth);
        if (common is null)
        {
            return lines;
        }

        var region = new List<(string Text, IElement Owner, HtmlBlock Block)>();
        int headline = HeadlineLine(lines, headlines);
        if (headline >= 0 && !Inside(lines[headline].Owner, common))
        {
            region.Add(lines[headline]);
        }

        foreach (var line in lines)
        {
            if (Inside(line.Owner, common))
            {
                region.Add(line);
            }
        }

        return region;
    }

    private static bool Inside(IElement element, IElement container) => element == container || container.Contains(element);

    private static IElement CommonAncestor(IElement a, IElement b)
    {
        var ancestors = new HashSet<IElement>();
        for (IElement? e = a; e is not null; e = e.ParentElement)
        {
            ancestors.Add(e);
        }

        for (IElement? e = b; e is not null; e = e.ParentElement)
        {
            if (ancestors.Contains(e))
            {
                return e;
            }
        }

        return a;
    }
}
