using System.Text;
using AngleSharp.Dom;
using TextInsight.Structure.Html;

namespace TextInsight.Structure.Training;

/// <summary>
/// Writes the blocks <see cref="PageRenderer"/> chose as Markdown, the way common HTML-to-Markdown converters do
/// (markdownify, html2text, Turndown and the scraping tools built on them): headings as <c>#</c> lines by level, links as
/// <c>[text](href)</c>, images as <c>![alt](src)</c>, <c>**bold**</c> and <c>*italic*</c>, inline code in backticks,
/// list items with <c>-</c> or <c>1.</c> markers (nested ones indented), quotes with <c>&gt;</c>, table rows between pipes
/// with a separator row after a table's first row, preformatted text fenced, and Markdown's own characters in text
/// escaped with a backslash. A block whose element holds other blocks as well is written from its plain text (escaped),
/// as the inline markup of its element cannot be told apart from theirs. An image outside any block of text is written
/// only before a figure's caption. Stateless.
/// </summary>
internal static class MarkdownPageWriter
{
    /// <summary>Deepest element nesting written with inline markup; deeper text is written plain.</summary>
    private const int MaxInlineDepth = 64;

    /// <summary>The Markdown of <paramref name="lines"/>, blocks separated by a blank line (items of one list and rows of one table by a line break).</summary>
    public static string Write(IReadOnlyList<HtmlBlock> lines)
    {
        var sb = new StringBuilder();
        HtmlBlock? previous = null;
        bool previousRow = false;
        foreach (var block in lines)
        {
            bool continuesTable = previousRow && previous!.Owner.ParentElement == block.Owner.ParentElement;
            string markdown = Block(block, continuesTable, out bool row);
            if (markdown.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                bool tight = (row && continuesTable)
                    || (previous!.Kind == HtmlBlockKind.ListItem && block.Kind == HtmlBlockKind.ListItem && previous.Owner.ParentElement == block.Owner.ParentElement);
                sb.Append(tight ? "\n" : "\n\n");
            }

            sb.Append(markdown);
            previous = block;
            previousRow = row;
        }

        return sb.ToString();
    }

    private static string Block(HtmlBlock block, bool continuesTable, out bool row)
    {
        row = false;
        switch (block.Kind)
        {
            case HtmlBlockKind.Heading:
                return new string('#', Math.Clamp(block.HeadingLevel, 1, 6)) + " " + Inline(block).Replace("  \n", " ", StringComparison.Ordinal);
            case HtmlBlockKind.Preformatted:
                return "```\n" + block.Text.Replace("```", "` ` `", StringComparison.Ordinal) + "\n```";
            case HtmlBlockKind.Row:
                return Row(block, continuesTable, out row);
            case HtmlBlockKind.ListItem:
                return ListMarker(block.Owner) + Inline(block).Replace("\n", "\n    ", StringComparison.Ordinal);
            case HtmlBlockKind.Caption:
                string image = FigureImage(block.Owner);
                string caption = Quoted(block.Owner, Inline(block));
                return image.Length == 0 ? caption : image + "\n\n" + caption;
            default:
                return Quoted(block.Owner, Inline(block));
        }
    }

    /// <summary>A quote's lines start with <c>&gt;</c>, once per enclosing <c>blockquote</c>.</summary>
    private static string Quoted(IElement owner, string text)
    {
        int quotes = 0;
        for (var e = owner; e is not null; e = e.ParentElement)
        {
            quotes += e.LocalName == "blockquote" ? 1 : 0;
        }

        if (quotes == 0)
        {
            return text;
        }

        string prefix = string.Concat(Enumerable.Repeat("> ", quotes));
        return prefix + text.Replace("\n", "\n" + prefix, StringComparison.Ordinal);
    }

    private static string ListMarker(IElement item)
    {
        // Nested lists are indented under their item's text: two spaces for each enclosing bulleted item, three for numbered.
        var indent = new StringBuilder();
        for (var e = item.ParentElement?.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "li")
            {
                indent.Insert(0, e.ParentElement?.LocalName == "ol" ? "   " : "  ");
            }
        }

        if (item.LocalName != "li")
        {
            return indent.ToString();
        }

        return indent + (item.ParentElement?.LocalName == "ol" ? "1. " : "- ");
    }

    private static string Row(HtmlBlock block, bool continuesTable, out bool row)
    {
        row = false;
        var cells = new List<string>();
        var plainRow = new StringBuilder();
        foreach (var child in block.Owner.Children)
        {
            if (child.LocalName is "td" or "th")
            {
                string cell = InlineOf(child, out string plain).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
                if (plain.Length > 0)
                {
                    cells.Add(cell);
                    plainRow.Append(plain);
                }
            }
        }

        if (cells.Count == 0 || Normalize(plainRow.ToString()) != Normalize(block.Text))
        {
            // The row's element holds more than this block (its cells hold other blocks, as layout tables do): the block
            // is written from its own text, as a paragraph.
            return Escape(block.Text).Replace("\n", "  \n", StringComparison.Ordinal);
        }

        row = true;
        string line = "| " + string.Join(" | ", cells) + " |";
        return continuesTable ? line : line + "\n|" + string.Concat(Enumerable.Repeat(" --- |", cells.Count));
    }

    /// <summary>The image of the figure a caption belongs to, as <c>![alt](src)</c>, or empty.</summary>
    private static string FigureImage(IElement caption)
    {
        var figure = caption.ParentElement;
        if (figure?.LocalName != "figure")
        {
            return string.Empty;
        }

        foreach (var img in figure.QuerySelectorAll("img"))
        {
            if (!caption.Contains(img) && Image(img) is { Length: > 0 } markdown)
            {
                return markdown;
            }
        }

        return string.Empty;
    }

    /// <summary>The block's text with its inline markup; its plain text (escaped) when its element holds more than its text.</summary>
    private static string Inline(HtmlBlock block)
    {
        string markdown = InlineOf(block.Owner, out string plain);
        return Normalize(plain) == Normalize(block.Text) ? markdown : Escape(block.Text).Replace("\n", "  \n", StringComparison.Ordinal);
    }

    private static string InlineOf(IElement element, out string plain)
    {
        var md = new StringBuilder();
        var text = new StringBuilder();
        Walk(element, md, text, 0);
        plain = text.ToString().Trim();
        var lines = md.ToString().Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            // A line that starts with spaces would be an indented code block: leading white space goes.
            lines[i] = i == lines.Length - 1 || !lines[i].EndsWith("  ", StringComparison.Ordinal) ? lines[i].Trim() : lines[i].TrimStart().TrimEnd() + "  ";
        }

        return EscapeLineStarts(string.Join('\n', lines).Trim());
    }

    private static void Walk(IElement element, StringBuilder md, StringBuilder text, int depth)
    {
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IText t:
                    AppendText(t.Data, md, text);
                    break;
                case IElement e when e.LocalName == "br":
                    TrimEnd(md);
                    md.Append("  \n");
                    text.Append('\n');
                    break;
                case IElement e when e.LocalName == "img":
                    md.Append(Image(e));
                    break;
                case IElement e when HtmlBlockCollector.Skipped.Contains(e.LocalName) || HtmlBlockCollector.BlockTags.Contains(e.LocalName):
                    // Other blocks' text is theirs; a block inside this one makes the plain-text check fail, as it should.
                    text.Append('\u0001');
                    break;
                case IElement e when depth >= MaxInlineDepth:
                    AppendText(e.TextContent, md, text);
                    break;
                case IElement e:
                    WrapInline(e, md, text, depth);
                    break;
            }
        }
    }

    private static void WrapInline(IElement e, StringBuilder md, StringBuilder text, int depth)
    {
        var innerMd = new StringBuilder();
        var innerText = new StringBuilder();
        Walk(e, innerMd, innerText, depth + 1);
        text.Append(innerText);
        string inner = innerMd.ToString();
        string core = inner.Trim();
        if (core.Length == 0)
        {
            md.Append(inner.Length > 0 ? " " : string.Empty);
            return;
        }

        // Emphasis markers hug the text: spaces at the edges go outside them, as converters write them.
        string lead = inner.Length > 0 && char.IsWhiteSpace(inner[0]) ? " " : string.Empty;
        string trail = char.IsWhiteSpace(inner[^1]) ? " " : string.Empty;
        string wrapped = e.LocalName switch
        {
            "a" when e.GetAttribute("href") is { Length: > 0 } href => "[" + core + "](" + Url(href) + ")",
            "strong" or "b" => "**" + core + "**",
            "em" or "i" => "*" + core + "*",
            "code" or "kbd" or "samp" => "`" + core.Replace("\\", string.Empty, StringComparison.Ordinal) + "`",
            "del" or "s" or "strike" => "~~" + core + "~~",
            _ => core,
        };
        md.Append(lead).Append(wrapped).Append(trail);
    }

    private static string Image(IElement img)
    {
        string? src = img.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(src))
        {
            return string.Empty;
        }

        string alt = EscapeInline(Collapse(img.GetAttribute("alt") ?? string.Empty).Trim());
        return "![" + alt + "](" + Url(src) + ")";
    }

    private static string Url(string href)
    {
        href = href.Trim();
        return href.AsSpan().IndexOfAny(" ()<>") >= 0 ? "<" + href.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">" : href;
    }

    private static void AppendText(string data, StringBuilder md, StringBuilder text)
    {
        string collapsed = Collapse(data);
        if (collapsed.Length == 0)
        {
            return;
        }

        if (collapsed == " " && (md.Length == 0 || md[^1] == ' ' || md[^1] == '\n'))
        {
            return;
        }

        md.Append(EscapeInline(collapsed));
        text.Append(collapsed);
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }

    /// <summary>Plain text escaped for Markdown: its inline characters, and a block marker at the start of a line.</summary>
    private static string Escape(string s) => EscapeLineStarts(EscapeInline(s));

    /// <summary>Markdown's inline characters escaped with a backslash, as converters escape them in text.</summary>
    private static string EscapeInline(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A line that would open a block (a heading, quote, list item or numbered item) has its marker escaped.</summary>
    private static string EscapeLineStarts(string s)
    {
        var lines = s.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (line.Length > 0 && line[0] is '#' or '>' or '-' or '+' or '=')
            {
                lines[i] = "\\" + line;
            }
            else
            {
                int digits = 0;
                while (digits < line.Length && char.IsAsciiDigit(line[digits]))
                {
                    digits++;
                }

                lines[i] = digits > 0 && digits < line.Length && line[digits] is '.' or ')' ? line[..digits] + "\\" + line[digits..] : line;
            }
        }

        return string.Join('\n', lines);
    }

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }

    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (!char.IsWhiteSpace(c) && c != '|')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
