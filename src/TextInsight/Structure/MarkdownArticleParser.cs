using TextInsight.Structure.Markdown;

namespace TextInsight.Structure;

/// <summary>
/// Finds the structure of an article given as Markdown (as HTML-to-Markdown converters, scraping tools and note
/// systems write it): the Markdown is rendered to plain text — inline markup removed (link and image syntax reduced to
/// the link's text; images' alt text dropped), reference-link definitions, HTML comments, raw tags and YAML front matter
/// dropped, every heading, paragraph, list item, quote paragraph and table row a line of its own — and that text is
/// parsed as <see cref="ArticleParser"/> parses plain text, told what the Markdown said: headings are headings, the
/// headline is the front matter's <c>title</c> or else the first level-1 heading, and a block made mostly of links (a
/// menu, a share row, a list of related stories) is navigation. Every span of the result indexes the rendered text
/// (<see cref="ArticleStructure.Text"/>), not the Markdown. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The front matter's <c>date</c> is the publication date and its <c>author</c> a <c>By …</c> line after the title. Nesting
/// deeper than 128 levels (quotes or lists inside one another) is read as the text of the level at that depth. Nothing is
/// fetched: links and images are never followed.
/// </remarks>
public sealed class MarkdownArticleParser
{
    /// <summary>
    /// The share of a block's characters that are link text from which the block is a list of links. Chosen on the
    /// development pages rendered as Markdown (src/TextInsight/Models/README.md, Markdown input).
    /// </summary>
    internal const double DefaultLinkShare = 0.8;

    private readonly ArticleParser _parser;
    private readonly double _linkShare;
    private readonly bool _imageCaptions;
    private readonly bool _hardBreakLines;

    /// <summary>Creates a parser that uses the built-in structure model.</summary>
    public MarkdownArticleParser()
        : this(ArticleParser.Default, DefaultLinkShare, imageCaptions: false, hardBreakLines: false)
    {
    }

    /// <summary>Creates a parser over <paramref name="parser"/> with the given link-list threshold and image handling.</summary>
    internal MarkdownArticleParser(ArticleParser parser, double linkShare, bool imageCaptions, bool hardBreakLines)
    {
        _hardBreakLines = hardBreakLines;
        _parser = parser;
        _linkShare = linkShare;
        _imageCaptions = imageCaptions;
    }

    /// <summary>A shared instance.</summary>
    public static MarkdownArticleParser Default { get; } = new();

    /// <summary>Parses <paramref name="markdown"/> and returns the rendered plain text with its structure.</summary>
    /// <param name="markdown">The Markdown document, already decoded.</param>
    /// <returns>The structure, with every span indexing the rendered text (<see cref="ArticleStructure.Text"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    public ArticleStructure Parse(string markdown) => Parse(markdown, null);

    /// <summary>
    /// Parses <paramref name="markdown"/>, the structure parser reading the rendered text as <paramref name="readAs"/>
    /// gives it: the same text with only the case of characters changed (the analyzer's case restoration), or
    /// <see langword="null"/> to read it as rendered. The result's text is what the parser read.
    /// </summary>
    internal ArticleStructure Parse(string markdown, Func<string, string?>? readAs)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var rendering = MarkdownTextRenderer.Render(markdown, _imageCaptions, _hardBreakLines);
        if (readAs?.Invoke(rendering.Text) is { } read)
        {
            rendering = rendering with { Text = read };
        }

        var structure = _parser.Parse(rendering, _linkShare);
        if ((rendering.Published is { } date && structure.Published != date) || rendering.Warning is not null)
        {
            return new ArticleStructure(structure.Text, structure.Title, structure.Sections, structure.Boilerplate, structure.Byline,
                rendering.Published ?? structure.Published, rendering.Warning is { } warning ? [.. structure.Warnings, warning] : structure.Warnings,
                structure.Metadata) { SoftLineBreaks = structure.SoftLineBreaks };
        }

        return structure;
    }
}
