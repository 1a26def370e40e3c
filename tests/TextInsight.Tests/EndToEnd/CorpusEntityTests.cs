using System.Text.Json;
using TextInsight.Entities;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

/// <summary>
/// Named entities of the whole default pipeline against the corpus gold (names only: Person, Organization, Location,
/// Misc; the money, percent and date values are checked exactly in <c>CorpusNumericTests</c>): every article's names in
/// the title, headings and body match its gold list exactly, text and type, and every name the gold lists for the
/// boilerplate is found there.
/// </summary>
public class CorpusEntityTests
{
    private static readonly EntityType[] NameTypes = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc];

    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.CreateDefault());

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(RepoPaths.CorpusGold, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_gold_entity_lists()
    {
        Assert.True(Articles().Count >= 16, "tests/corpus-gold should hold the gold of the 16 bundled articles");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Names_in_title_headings_and_body_match_the_gold_with_their_types(string article)
    {
        var (analysis, gold) = Analyze(article);
        var expected = Pairs(gold.GetProperty("entities"));
        var found = analysis.Entities.Where(e => NameTypes.Contains(e.Type) && e.Zone != Zone.Boilerplate).Select(e => (e.Text, e.Type.ToString())).ToHashSet();

        var missed = expected.Except(found).Order().ToList();
        var extra = found.Except(expected).Order().ToList();
        Assert.True(missed.Count == 0 && extra.Count == 0, $"{article}: missed [{string.Join(", ", missed)}]; not in the gold [{string.Join(", ", extra)}]");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Names_found_only_in_boilerplate_are_found_there(string article)
    {
        var (analysis, gold) = Analyze(article);
        var expected = Pairs(gold.GetProperty("boilerplateEntities"));
        var found = analysis.Entities.Where(e => NameTypes.Contains(e.Type) && e.Zone == Zone.Boilerplate).Select(e => (e.Text, e.Type.ToString())).ToHashSet();

        var missed = expected.Except(found).Order().ToList();
        Assert.True(missed.Count == 0, $"{article}: boilerplate names missed [{string.Join(", ", missed)}]");
    }

    private static (ArticleAnalysis Analysis, JsonElement Gold) Analyze(string article)
    {
        var analysis = Analyzer.Value.Analyze(File.ReadAllText(Path.Combine(RepoPaths.Corpus, article + ".txt")), article);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.CorpusGold, article + ".json")));
        return (analysis, doc.RootElement.Clone());
    }

    private static HashSet<(string, string)> Pairs(JsonElement list) => list.EnumerateArray()
        .Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("type").GetString()!))
        .Where(p => Enum.TryParse<EntityType>(p.Item2, out var t) && NameTypes.Contains(t))
        .ToHashSet();
}
