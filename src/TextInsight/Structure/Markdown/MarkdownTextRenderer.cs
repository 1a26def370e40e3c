using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HtmlBlock = Markdig.Syntax.HtmlBlock;
using HtmlTextFallback = TextInsight.Structure.Html.HtmlTextFallback;

namespace TextInsight.Structure.Markdown;

/// <summary>
/// Renders Markdown to the plain text the structure parser reads: inline markup removed (link and image syntax reduced to
/// their text, emphasis and code markers, raw tags and character references resolved), reference-link definitions, HTML
/// comments and front matter dropped, and every heading, paragraph, list item, quote paragraph and table row a block of
/// its own, blocks separated by a blank line, as <see cref="Training.PageRenderer"/> renders a page. Parsing is
/// Markdig's CommonMark parser (with pipe tables, strikethrough and YAML front matter); nothing is fetched. Stateless
/// and thread-safe.
/// </summary>
internal static class MarkdownTextRenderer
{
    /// <summary>
    /// Deepest nesting of blocks and inlines read (Markdig's default limit, past which its parser throws): a document that
    /// nests deeper is parsed again with its lines' runs of container markers cut (see <see cref="LimitNesting"/>).
    /// </summary>
    internal const int MaxDepth = 128;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = MaxDepth,
    }
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <summary>Renders <paramref name="markdown"/>.</summary>
    /// <param name="markdown">The Markdown document.</param>
    /// <param name="imageCaptions">Whether an image that stands alone in its paragraph gives its alt text as a block of its own (else alt text is dropped).</param>
    /// <param name="hardBreakLines">Whether a hard line break (<c>&lt;br&gt;</c>, two spaces or a backslash at a line's end) starts a new line of the block (else it is a space).</param>
    public static MarkdownRendering Render(string markdown, bool imageCaptions = false, bool hardBreakLines = false)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string? warning = null;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting deeper than its limit (it throws rather than recurse): container markers past the
            // limit are dropped from the lines that hold them, and if inline nesting still exceeds it, the text is read
            // with its markup as it stands.
            try
            {
                document = Markdig.Markdown.Parse(LimitNesting(markdown), Pipeline);
                warning = DepthWarning;
            }
            catch (ArgumentException)
            {
                return Unparsed(markdown);
            }
        }

        var writer = new Writer(imageCaptions, hardBreakLines);
        FrontMatter? front = null;
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock yaml)
        {
            front = FrontMatter.Read(yaml.Lines.ToString());
        }

        if (front?.Title is { } frontTitle)
        {
            writer.Title = writer.AddBlock(frontTitle, MarkdownBlockKind.FrontMatterTitle, 0, 0);
            writer.FrontTitle = frontTitle.Trim();
        }

        if (front?.Author is { } author)
        {
            writer.AddBlock("By " + author, MarkdownBlockKind.FrontMatterByline, 0, 0);
        }

        writer.WriteContainer(document, MarkdownBlockKind.Paragraph, 0);
        return new MarkdownRendering(writer.Text.ToString(), writer.Blocks, writer.Title, front?.Published, warning);
    }

    /// <summary>The warning of a document whose nesting was cut to the limit.</summary>
    internal const string DepthWarning = "the Markdown nests quotes or lists deeper than 128 levels: the markers past that depth were read as text";

    /// <summary>The warning of a document whose inline nesting Markdig refused even so.</summary>
    internal const string UnparsedWarning = "the Markdown nests deeper than the parser reads: it was read as plain text with its markup";

    /// <summary>Most container markers (quote <c>&gt;</c>, list markers) kept at the start of a line.</summary>
    private const int MaxLineMarkers = MaxDepth / 2;

    /// <summary>Each line with its run of leading container markers cut to <see cref="MaxLineMarkers"/>.</summary>
    internal static string LimitNesting(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        int lineStart = 0;
        while (lineStart < markdown.Length)
        {
            int nl = markdown.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? markdown.Length : nl + 1;
            var line = markdown.AsSpan(lineStart, lineEnd - lineStart);
            int i = 0;
            int markers = 0;
            int keptEnd = 0;
            while (true)
            {
                int j = i;
                while (j < line.Length && line[j] is ' ' or '\t')
                {
                    j++;
                }

                int marker = MarkerLength(line[j..]);
                if (marker == 0)
                {
                    break;
                }

                i = j + marker;
                markers++;
                keptEnd = markers == MaxLineMarkers ? i : keptEnd;
            }

            if (markers > MaxLineMarkers)
            {
                sb.Append(line[..keptEnd]).Append(' ').Append(line[i..].TrimStart(" \t"));
            }
            else
            {
                sb.Append(line);
            }

            lineStart = lineEnd;
        }

        return sb.ToString();
    }

    /// <summary>The length of a container marker at the start of <paramref name="s"/> (<c>&gt;</c>, or <c>-</c> <c>*</c> <c>+</c> <c>1.</c> <c>1)</c> before white space), or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        if (s[0] == '>')
        {
            return 1;
        }

        int n = 0;
        if (s[0] is '-' or '*' or '+')
        {
            n = 1;
        }
        else
        {
            while (n < s.Length && n < 9 && char.IsAsciiDigit(s[n]))
            {
                n++;
            }

            if (n == 0 || n >= s.Length || s[n] is not ('.' or ')'))
            {
                return 0;
            }

            n++;
        }

        return n < s.Length && s[n] is ' ' or '\t' ? n + 1 : 0;
    }

    /// <summary>A document Markdig could not parse: its lines as they stand, blank lines separating blocks.</summary>
    private static MarkdownRendering Unparsed(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        var blocks = new List<MarkdownBlock>();
        foreach (var part in markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            blocks.Add(new MarkdownBlock(text.Length, part.Length, MarkdownBlockKind.Paragraph, 0, 0));
            text.Append(part);
        }

        return new MarkdownRendering(text.ToString(), blocks, -1, null, UnparsedWarning);
    }

    private sealed class Writer(bool imageCaptions, bool hardBreakLines)
    {
        private readonly StringBuilder _line = new();
        private int _lineLinks;
        private int _linkDepth;

        public StringBuilder Text { get; } = new();

        public List<MarkdownBlock> Blocks { get; } = [];

        public int Title { get; set; } = -1;

        /// <summary>Adds a block of text (trimmed; nothing when it is blank) and returns its index, or -1.</summary>
        public int AddBlock(string text, MarkdownBlockKind kind, int level, int linkChars)
        {
            var span = text.AsSpan().Trim();
            if (span.IsEmpty)
            {
                return -1;
            }

            if (Text.Length > 0)
            {
                Text.Append("\n\n");
            }

            int start = Text.Length;
            Text.Append(span);
            Blocks.Add(new MarkdownBlock(start, span.Length, kind, level, Math.Min(linkChars, span.Length)));
            return Blocks.Count - 1;
        }

        public void WriteContainer(ContainerBlock container, MarkdownBlockKind kind, int depth)
        {
            foreach (var block in container)
            {
                WriteBlock(block, kind, depth + 1);
            }
        }

        private void WriteBlock(Block block, MarkdownBlockKind kind, int depth)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition or ThematicBreakBlock or BlankLineBlock:
                    return;
                case HeadingBlock heading:
                    WriteHeading(heading, depth);
                    return;
                case ParagraphBlock paragraph:
                    WriteParagraph(paragraph, kind, depth);
                    return;
                case HtmlBlock html:
                    WriteHtml(html);
                    return;
                case CodeBlock code:
                    AddBlock(CodeText(code), MarkdownBlockKind.Code, 0, 0);
                    return;
                case Table table:
                    foreach (var row in table)
                    {
                        if (row is TableRow r)
                        {
                            WriteRow(r, depth + 1);
                        }
                    }

                    return;
                case ListBlock list:
                    WriteContainer(list, MarkdownBlockKind.ListItem, depth);
                    return;
                case ListItemBlock item:
                    WriteContainer(item, MarkdownBlockKind.ListItem, depth);
                    return;
                case QuoteBlock quote:
                    WriteContainer(quote, MarkdownBlockKind.Quote, depth);
                    return;
                case ContainerBlock other:
                    WriteContainer(other, kind, depth);
                    return;
                case LeafBlock leaf when leaf.Inline is not null:
                    WriteLeaf(leaf.Inline, kind, 0, depth);
                    return;
            }
        }

        private void WriteParagraph(ParagraphBlock paragraph, MarkdownBlockKind kind, int depth)
        {
            if (paragraph.Inline is null)
            {
                return;
            }

            if (imageCaptions && ImagesOnly(paragraph.Inline))
            {
                foreach (var image in paragraph.Inline.Descendants<LinkInline>())
                {
                    if (image.IsImage)
                    {
                        AddBlock(InlineText(image, depth, out _), MarkdownBlockKind.ImageCaption, 0, 0);
                    }
                }

                return;
            }

            WriteLeaf(paragraph.Inline, kind, 0, depth);
        }

        /// <summary>
        /// A heading; the first of level 1 is the headline, unless the front matter gave one (then a level-1 heading with
        /// the same text is that headline shown again, and is left out).
        /// </summary>
        private void WriteHeading(HeadingBlock heading, int depth)
        {
            if (heading.Inline is null)
            {
                return;
            }

            string text = InlineText(heading.Inline, depth, out int links);
            if (heading.Level == 1 && Title >= 0 && Blocks[Title].Kind == MarkdownBlockKind.FrontMatterTitle
                && text.AsSpan().Trim().Equals(FrontTitle, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            int index = AddBlock(text, MarkdownBlockKind.Heading, heading.Level, links);
            if (Title < 0 && heading.Level == 1 && index >= 0)
            {
                Title = index;
            }
        }

        /// <summary>The front matter's title, when it gave one.</summary>
        public string? FrontTitle { get; set; }

        private void WriteLeaf(ContainerInline? inline, MarkdownBlockKind kind, int level, int depth)
        {
            if (inline is null)
            {
                return;
            }

            string text = InlineText(inline, depth, out int links);
            AddBlock(text, kind, level, links);
        }

        private string InlineText(ContainerInline inline, int depth, out int links)
        {
            _line.Clear();
            _lineLinks = 0;
            _linkDepth = 0;
            WriteInlines(inline, depth);
            links = _lineLinks;
            return _line.ToString();
        }

        private void WriteRow(TableRow row, int depth)
        {
            _line.Clear();
            _lineLinks = 0;
            _linkDepth = 0;
            bool first = true;
            foreach (var cell in row)
            {
                if (cell is not TableCell c)
                {
                    continue;
                }

                int mark = _line.Length;
                if (!first)
                {
                    _line.Append(" | ");
                }

                int contentStart = _line.Length;
                foreach (var block in c)
                {
                    if (block is LeafBlock { Inline: { } inline })
                    {
                        WriteInlines(inline, depth + 1);
                    }
                }

                if (_line.Length == contentStart)
                {
                    // An empty cell adds no separator.
                    _line.Length = mark;
                    continue;
                }

                first = false;
            }

            AddBlock(_line.ToString(), MarkdownBlockKind.TableRow, 0, _lineLinks);
        }

        private void WriteHtml(HtmlBlock html)
        {
            if (html.Type is HtmlBlockType.Comment or HtmlBlockType.ProcessingInstruction or HtmlBlockType.DocumentType or HtmlBlockType.CData)
            {
                return;
            }

            string text = HtmlTextFallback.ToText(html.Lines.ToString());
            foreach (var part in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                AddBlock(part, MarkdownBlockKind.Html, 0, 0);
            }
        }

        private void WriteInlines(ContainerInline container, int depth)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                WriteInline(inline, depth + 1);
            }
        }

        private void WriteInline(Inline inline, int depth)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(literal.Content.AsSpan());
                    return;
                case CodeInline code:
                    Append(code.Content);
                    return;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.AsSpan());
                    return;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard && hardBreakLines)
                    {
                        TrimEndSpaces();
                        _line.Append('\n');
                    }
                    else
                    {
                        Append(" ");
                    }

                    return;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                    {
                        if (hardBreakLines)
                        {
                            TrimEndSpaces();
                            _line.Append('\n');
                        }
                        else
                        {
                            Append(" ");
                        }
                    }

                    return;
                case AutolinkInline autolink:
                    _lineLinks += autolink.Url.Length;
                    Append(autolink.Url);
                    return;
                case LinkInline { IsImage: true }:
                    // Alt text is not visible text (see the image-caption option for images alone in a paragraph).
                    return;
                case LinkInline link:
                    _linkDepth++;
                    int before = _line.Length;
                    WriteChildren(link, depth);
                    _linkDepth--;
                    if (_linkDepth == 0)
                    {
                        _lineLinks += _line.Length - before;
                    }

                    return;
                case DelimiterInline delimiter:
                    // An unmatched delimiter is literal text; whatever it holds follows it.
                    Append(delimiter.ToLiteral());
                    WriteChildren(delimiter, depth);
                    return;
                case ContainerInline container:
                    WriteChildren(container, depth);
                    return;
            }
        }

        private void WriteChildren(ContainerInline container, int depth)
        {
            if (depth < MaxDepth)
            {
                WriteInlines(container, depth);
            }
        }

        private void Append(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                // Runs of white space (tabs, line breaks inside code spans) are one space, as a browser shows them.
                if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    if (_line.Length > 0 && _line[^1] != ' ' && _line[^1] != '\n')
                    {
                        _line.Append(' ');
                    }
                }
                else
                {
                    _line.Append(c);
                }
            }
        }

        private void TrimEndSpaces()
        {
            while (_line.Length > 0 && _line[^1] == ' ')
            {
                _line.Length--;
            }
        }

        /// <summary>Whether a paragraph holds images (linked or not) and nothing else but white space.</summary>
        private static bool ImagesOnly(ContainerInline inline)
        {
            bool any = false;
            for (var i = inline.FirstChild; i is not null; i = i.NextSibling)
            {
                switch (i)
                {
                    case LinkInline { IsImage: true }:
                        any = true;
                        break;
                    case LinkInline link when link.FirstChild is LinkInline { IsImage: true } && link.FirstChild.NextSibling is null:
                        any = true;
                        break;
                    case LineBreakInline:
                        break;
                    case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                        break;
                    default:
                        return false;
                }
            }

            return any;
        }

        private static string CodeText(CodeBlock code)
        {
            var sb = new StringBuilder();
            var lines = code.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(lines.Lines[i].Slice.AsSpan().TrimEnd());
            }

            return sb.ToString();
        }
    }

    /// <summary>What YAML front matter says of the article: the simple <c>key: value</c> lines of a few well-known keys.</summary>
    private sealed record FrontMatter(string? Title, string? Author, DateOnly? Published)
    {
        public static FrontMatter Read(string yaml)
        {
            string? title = null;
            string? author = null;
            DateOnly? published = null;
            foreach (var raw in yaml.Split('\n'))
            {
                var line = raw.AsSpan().TrimEnd();
                // Only top-level keys: indented lines belong to a nested mapping or list.
                if (line.IsEmpty || char.IsWhiteSpace(line[0]))
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    continue;
                }

                var key = line[..colon].Trim();
                string? value = Scalar(line[(colon + 1)..]);
                if (value is null)
                {
                    continue;
                }

                if (title is null && (key.Equals("title", StringComparison.OrdinalIgnoreCase) || key.Equals("headline", StringComparison.OrdinalIgnoreCase)))
                {
                    title = value;
                }
                else if (author is null && (key.Equals("author", StringComparison.OrdinalIgnoreCase) || key.Equals("byline", StringComparison.OrdinalIgnoreCase)))
                {
                    author = value;
                }
                else if (published is null && (key.Equals("date", StringComparison.OrdinalIgnoreCase) || key.Equals("published", StringComparison.OrdinalIgnoreCase)
                    || key.Equals("publishDate", StringComparison.OrdinalIgnoreCase) || key.Equals("pubDate", StringComparison.OrdinalIgnoreCase)))
                {
                    published = Date(value);
                }
            }

            return new FrontMatter(title, author, published);
        }

        /// <summary>A plain or quoted one-line scalar, or null (empty, or a block/flow value).</summary>
        private static string? Scalar(ReadOnlySpan<char> value)
        {
            value = value.Trim();
            if (value.IsEmpty || value[0] is '|' or '>' or '[' or '{' or '&' or '*' or '#')
            {
                return null;
            }

            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                // YAML's quoted forms: '' is a quote inside single quotes, \" inside double quotes.
                string s = value[0] == '\''
                    ? value[1..^1].ToString().Replace("''", "'", StringComparison.Ordinal)
                    : value[1..^1].ToString().Replace("\\\"", "\"", StringComparison.Ordinal);
                return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
            }

            int comment = value.IndexOf(" #");
            if (comment >= 0)
            {
                value = value[..comment].TrimEnd();
            }

            return value.IsEmpty ? null : value.ToString();
        }

        /// <summary>A date written as <c>yyyy-MM-dd</c>, alone or at the start of a timestamp.</summary>
        private static DateOnly? Date(string value) =>
            value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : null;
    }
}
