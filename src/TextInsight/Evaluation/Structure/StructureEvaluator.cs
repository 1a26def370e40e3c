using System.Diagnostics;
using TextInsight.Structure.Html;
using TextInsight.Structure.Training;

namespace TextInsight.Structure.Evaluation;

/// <summary>What <see cref="StructureEvaluator"/> measured.</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="Precision">Body word 4-gram precision, averaged over pages as the extraction benchmark does.</param>
/// <param name="Recall">Body word 4-gram recall, averaged over pages.</param>
/// <param name="F1">F1 of the averaged precision and recall.</param>
/// <param name="KeepAllF1">The same F1 when the whole rendered text is taken as body.</param>
/// <param name="TitlesRight">Pages whose title matches the page's metadata title or <c>&lt;h1&gt;</c>.</param>
/// <param name="TitledPages">Pages that have a metadata title or an <c>&lt;h1&gt;</c>.</param>
/// <param name="Characters">Characters of rendered text parsed.</param>
/// <param name="ParseSeconds">Time spent parsing the rendered texts.</param>
/// <param name="Missing">Pages left out because the renderings folder has no rendering of them.</param>
internal sealed record StructureReport(
    int Pages, double Precision, double Recall, double F1, double KeepAllF1, int TitlesRight, int TitledPages, long Characters, double ParseSeconds, int Missing = 0)
{
    /// <summary>Parsing speed in millions of characters (UTF-16 code units) per second.</summary>
    public double MegaCharsPerSecond => ParseSeconds <= 0 ? 0 : Characters / ParseSeconds / 1e6;
}

/// <summary>
/// How pages rendered as Markdown are scored: with <see cref="Parser"/> (the Markdown path), or, when it is null, as
/// plain text with the evaluator's plain-text parser (what the Markdown gave before there was a Markdown path).
/// </summary>
/// <param name="Parser">The Markdown parser, or null for the plain-text path.</param>
internal sealed record MarkdownScoring(MarkdownArticleParser? Parser);

/// <summary>
/// Scores the plain-text structure parser on web pages rendered to plain text (<see cref="PageRenderer"/>): the body it
/// finds against the page's true main text (word 4-gram F1, as <c>evaluate extraction</c>), and the title it finds
/// against the headline the page's markup gives (metadata title or <c>&lt;h1&gt;</c>). With a renderings folder
/// (<see cref="BrowserRendering"/>), the texts are another renderer's instead, and pages it has no text for are left out.
/// </summary>
internal static class StructureEvaluator
{
    public static StructureReport Run(
        IEnumerable<(string Id, string Html, string Truth)> pages, ArticleParser parser, RenderScope scope, bool blankLines, bool captions,
        Action<string, ShingleCounts, string?, bool, IReadOnlyList<string>>? perPage = null, string? renderings = null,
        MarkdownScoring? markdown = null)
    {
        int missing = 0;
        var counts = new List<ShingleCounts>();
        var keepAll = new List<ShingleCounts>();
        int titled = 0;
        int right = 0;
        long chars = 0;
        long ticks = 0;
        foreach (var (id, html, truth) in pages)
        {
            RenderedPage page;
            if (renderings is null)
            {
                page = PageRenderer.Render(html, truth, scope, blankLines, captions, markdown is not null);
            }
            else if (BrowserRendering.Read(renderings, scope, id) is { } text)
            {
                page = new RenderedPage(text, PageRenderer.Headlines(html));
            }
            else
            {
                missing++;
                continue;
            }

            long start = Stopwatch.GetTimestamp();
            var structure = markdown?.Parser is { } markdownParser ? markdownParser.Parse(page.Text) : parser.Parse(page.Text);
            ticks += Stopwatch.GetTimestamp() - start;
            chars += page.Text.Length;
            var c = ShingleMatcher.Match(truth, structure.GetBody());
            counts.Add(c);
            keepAll.Add(ShingleMatcher.Match(truth, page.Text));
            string? title = structure.Title?.GetText(structure.Text);
            bool ok = false;
            if (page.Headlines.Count > 0)
            {
                titled++;
                ok = title is not null && page.Headlines.Any(h => TruthAligner.SameHeadline(title, h));
                right += ok ? 1 : 0;
            }

            if (perPage is not null)
            {
                // Where the headline stands among the units (-1: the rendering does not show it as one unit).
                var units = ArticleParser.ReadUnits(structure.Text);
                int at = units.FindIndex(u => page.Headlines.Any(h => TruthAligner.SameHeadline(structure.Text.Substring(u.Start, u.Length), h)));
                perPage(id, c, title, ok, [.. page.Headlines, $"@{at}/{units.Count}"]);
            }
        }

        var (p, r, f) = ShingleMatcher.Aggregate(counts);
        var (_, _, keep) = ShingleMatcher.Aggregate(keepAll);
        return new StructureReport(counts.Count, p, r, f, keep, right, titled, chars, (double)ticks / Stopwatch.Frequency, missing);
    }
}
