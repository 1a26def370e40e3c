using System.Buffers;
using System.Text;

namespace TextInsight.Structure.Html;

/// <summary>
/// Flattens pathologically deep markup before it reaches the HTML parser. AngleSharp caps the tree at a few hundred
/// levels but keeps checking its whole stack of open elements for every tag past that cap, so 100,000 nested tags
/// take seconds; real pages nest fewer than a hundred deep. A cheap scan estimates the nesting; only when it passes
/// <see cref="MaxDepth"/> are the start and end tags deeper than that dropped (their text stays).
/// </summary>
internal static class HtmlDepthLimiter
{
    /// <summary>The deepest nesting kept; deeper tags are dropped.</summary>
    public const int MaxDepth = 400;

    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\r\n\f/>");

    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements never hold content; p, li, td and friends are so often left unclosed that counting them
        // would make the estimate drift upwards on ordinary pages.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt", "tbody", "thead", "tfoot", "colgroup",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes", "iframe",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonNestingLookup = NonNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <paramref name="html"/> itself when it nests no deeper than <see cref="MaxDepth"/>, else a flattened copy.</summary>
    public static string Limit(string html)
    {
        if (Scan(html, null) <= MaxDepth)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        Scan(html, sb);
        return sb.ToString();
    }

    /// <summary>Walks the tags; returns the deepest estimated nesting and, with <paramref name="output"/>, writes the markup without too-deep tags.</summary>
    private static int Scan(string html, StringBuilder? output)
    {
        int depth = 0;
        int max = 0;
        int i = 0;
        int copied = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                string close = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal) ? "-->" : ">";
                int end = html.IndexOf(close, lt + 2, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + close.Length;
                continue;
            }

            bool isEnd = next == '/';
            int nameStart = lt + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            int nameLength = html.AsSpan(nameStart).IndexOfAny(TagNameEnd);
            nameLength = nameLength < 0 ? html.Length - nameStart : nameLength;
            int gt = html.IndexOf('>', nameStart + nameLength);
            int tagEnd = gt < 0 ? html.Length : gt + 1;
            var name = html.AsSpan(nameStart, nameLength);
            bool selfClosing = gt > 0 && html[gt - 1] == '/';
            bool drop = false;
            if (isEnd)
            {
                if (!NonNestingLookup.Contains(name))
                {
                    drop = depth > MaxDepth;
                    depth = Math.Max(0, depth - 1);
                }
            }
            else if (!selfClosing && !NonNestingLookup.Contains(name))
            {
                depth++;
                max = Math.Max(max, depth);
                drop = depth > MaxDepth;
            }

            if (drop && output is not null)
            {
                output.Append(html, copied, lt - copied);
                copied = tagEnd;
            }

            i = tagEnd;
            if (!isEnd && RawTextLookup.Contains(name))
            {
                // Markup-like text inside script or style is not markup.
                int close = html.IndexOf(string.Concat("</", name), tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        output?.Append(html, copied, html.Length - copied);
        return max;
    }
}
