using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TextInsight.Structure;

/// <summary>
/// Extracts an article from an HTML page into plain text and its structure. No scripts run and
/// nothing is fetched. Thread-safe.
/// </summary>
public sealed class HtmlArticleParser
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "figcaption", "td", "dd", "dt",
    };

    /// <summary>A shared instance.</summary>
    public static HtmlArticleParser Default { get; } = new();

    /// <summary>Parses <paramref name="html"/> and returns the extracted text with its structure.</summary>
    public ArticleStructure Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var sb = new StringBuilder();
        TextSpan? title = null;
        string? titleText = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
            ?? document.QuerySelector("h1")?.TextContent
            ?? document.Title;
        titleText = Normalize(titleText);
        if (titleText.Length > 0)
        {
            title = new TextSpan(0, titleText.Length);
            sb.Append(titleText);
        }

        var paragraphs = new List<TextSpan>();
        if (document.Body is { } body)
        {
            Collect(body, sb, paragraphs, titleText, 0);
        }

        IReadOnlyList<Section> sections = paragraphs.Count > 0 ? [new Section(null, paragraphs)] : [];
        return new ArticleStructure(sb.ToString(), title, sections, []);
    }

    private static void Collect(IElement element, StringBuilder sb, List<TextSpan> paragraphs, string title, int depth)
    {
        if (depth > 256)
        {
            return;
        }

        foreach (var child in element.Children)
        {
            if (Skipped.Contains(child.LocalName))
            {
                continue;
            }

            if (Blocks.Contains(child.LocalName) && !child.Children.Any(c => Blocks.Contains(c.LocalName)))
            {
                string text = Normalize(child.TextContent);
                if (text.Length == 0 || (child.LocalName == "h1" && text == title))
                {
                    continue;
                }

                if (sb.Length > 0)
                {
                    sb.Append("\n\n");
                }

                paragraphs.Add(new TextSpan(sb.Length, text.Length));
                sb.Append(text);
                continue;
            }

            Collect(child, sb, paragraphs, title, depth + 1);
        }
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
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

        return sb.ToString();
    }
}
