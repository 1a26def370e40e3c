using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The 1,780 BBC articles of the shared data: line 1 is the title and everything else is the article (they carry no
/// boilerplate, bylines or datelines), including match facts, lists and lone attendance figures.
/// </summary>
public class BbcArticleStructureTests
{
    private static readonly Lazy<(string Path, string Text)[]> Articles = new(Load);

    private static (string Path, string Text)[] Load()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.SharedData, "bbc", "articles"), "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(f => (Path.GetRelativePath(RepoPaths.SharedData, f).Replace('\\', '/'), TextDecoding.Decode(File.ReadAllBytes(f), out _))).ToArray();
    }

    [SharedDataFact]
    public void All_1780_articles_are_read()
    {
        Assert.Equal(1780, Articles.Value.Length);
    }

    [SharedDataFact]
    public void Every_title_is_the_first_line()
    {
        var wrong = new List<string>();
        foreach (var (path, text) in Articles.Value)
        {
            var s = ArticleParser.Default.Parse(text);
            string firstLine = text[..text.IndexOf('\n')].Trim();
            if (s.Title is not { } t || t.GetText(text) != firstLine)
            {
                wrong.Add(path);
            }
        }

        Assert.Empty(wrong);
    }

    [SharedDataFact]
    public void No_article_has_boilerplate_or_metadata_by_the_rules()
    {
        var wrong = new List<string>();
        foreach (var (path, text) in Articles.Value)
        {
            var s = ArticleParser.RulesOnly.Parse(text);
            foreach (var b in s.Boilerplate)
            {
                wrong.Add($"{path}: {b.Kind} '{b.Span.GetText(text)}'");
            }

            foreach (var m in s.Metadata)
            {
                wrong.Add($"{path}: metadata '{m.GetText(text)}'");
            }

            if (s.Byline is not null || s.Published is not null)
            {
                wrong.Add($"{path}: byline or date");
            }
        }

        Assert.Empty(wrong);
    }

    [SharedDataFact]
    public void Every_line_after_the_title_is_in_the_body_by_the_rules() => AssertLinesInBody(ArticleParser.RulesOnly, maxArticles: 0);

    /// <summary>
    /// With the trained model too: the lists inside BBC articles (nominees, fixtures, match facts) are article text in a
    /// text that carries no boilerplate signal anywhere (49 articles lost such lines before that rule).
    /// </summary>
    [SharedDataFact]
    public void Every_line_after_the_title_is_in_the_body_with_the_model() => AssertLinesInBody(ArticleParser.Default, maxArticles: 0);

    private static void AssertLinesInBody(ArticleParser parser, int maxArticles)
    {
        var lost = new List<string>();
        foreach (var (path, text) in Articles.Value)
        {
            var s = parser.Parse(text);
            StructureInvariants.AssertHold(text, s);
            // Lines, not paragraphs: a run-on line is cut into several paragraphs.
            var lines = new HashSet<int>();
            foreach (var section in s.Sections)
            {
                var spans = section.Heading is { } h ? section.Paragraphs.Prepend(h) : section.Paragraphs;
                foreach (var span in spans)
                {
                    int first = text.AsSpan(0, span.Start).Count('\n');
                    int last = first + span.GetText(text).Count('\n');
                    for (int k = first; k <= last; k++)
                    {
                        lines.Add(k);
                    }
                }
            }

            int bodyLines = lines.Count;
            int nonBlankLines = text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
            if (bodyLines != nonBlankLines - 1)
            {
                lost.Add($"{path}: {nonBlankLines - 1} lines, {bodyLines} in the body");
            }
        }

        Assert.True(lost.Count <= maxArticles, $"{lost.Count} articles lose lines (at most {maxArticles}): {string.Join("; ", lost.Take(20))}");
    }
}
