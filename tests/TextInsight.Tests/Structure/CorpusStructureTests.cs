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
        foreach (var gold in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(gold));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_matches_its_gold_structure(string name)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".txt"));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, "gold", name + ".json")));
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
        var actual = new
        {
            Title = s.Title?.GetText(text),
            Byline = s.Byline?.GetText(text),
            Published = s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Sections = s.Sections.Select(x => $"{(x.Heading is { } h ? h.GetText(text) : "(lead)")}: {x.Paragraphs.Count}").ToArray(),
            Boilerplate = s.Boilerplate.Select(b => $"{b.Kind.ToString().ToLowerInvariant()}: {b.Span.GetText(text)}").ToArray(),
        };

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Byline, actual.Byline);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Sections, actual.Sections);
        Assert.Equal(expected.Boilerplate, actual.Boilerplate);
    }
}
