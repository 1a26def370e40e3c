using System.Net;
using System.Text;

namespace TextInsight.Structure.Html;

/// <summary>
/// The text of a page whose markup the HTML parser could not build a tree from (AngleSharp's tree builder throws on a
/// few broken nestings, such as <c>&lt;p&gt;&lt;select&gt;&lt;xmp&gt;&lt;/xmp&gt;&lt;select&gt;&lt;p&gt;</c>): tags are
/// dropped, scripts, styles and comments with their content, block tags end a paragraph, and character references are
/// decoded. <see cref="HtmlArticleParser"/> then reads that text as a plain-text article, with a warning.
/// </summary>
internal static class HtmlTextFallback
{
    /// <summary>The warning an analysis read this way carries.</summary>
    public const string Warning = "the HTML parser failed on this page's markup: it was read as text with its tags removed";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "header", "footer", "main",
        "aside", "nav", "blockquote", "pre", "table", "ul", "ol", "title", "figure", "figcaption", "hr", "dd", "dt",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript" };

    private static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create(" \t\r\n\f/");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockLookup = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenLookup = Hidden.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page's text: paragraphs separated by a blank line.</summary>
    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var run = new StringBuilder();
        int i = 0;
        while (i < html.Length)
        {
            int open = html.IndexOf('<', i);
            if (open < 0)
            {
                run.Append(html, i, html.Length - i);
                break;
            }

            run.Append(html, i, open - i);
            if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                int end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            int close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                run.Append(html, open, html.Length - open);
                break;
            }

            var tag = html.AsSpan(open + 1, close - open - 1);
            bool closing = tag.StartsWith('/');
            var name = tag.TrimStart('/');
            int nameEnd = name.IndexOfAny(NameEnd);
            name = nameEnd < 0 ? name : name[..nameEnd];
            i = close + 1;
            if (BlockLookup.Contains(name))
            {
                Flush(text, run);
            }
            else if (!closing && HiddenLookup.Contains(name))
            {
                // Skip to the matching end tag (or the end of the page).
                string end = "</" + name.ToString();
                int at = html.IndexOf(end, i, StringComparison.OrdinalIgnoreCase);
                i = at < 0 ? html.Length : at;
            }
        }

        Flush(text, run);
        return text.ToString();
    }

    private static void Flush(StringBuilder text, StringBuilder run)
    {
        string paragraph = WebUtility.HtmlDecode(run.ToString()).ReplaceLineEndings(" ").Trim();
        run.Clear();
        if (paragraph.Length > 0)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(paragraph);
        }
    }
}
