using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

/// <summary>
/// Checks that the bundled corpus and its gold annotations agree with each other and follow docs/CORPUS.md,
/// so that the stage tests comparing the system's output with the gold compare against something sound.
/// </summary>
public class CorpusGoldFormatTests
{
    private static readonly string GoldFolder = RepoPaths.CorpusGold;

    private static readonly string[] Topics = ["business", "entertainment", "politics", "sport", "tech"];

    private static readonly string[] BoilerplateKinds = ["counter", "navigation", "related", "footer", "notice"];

    private static readonly string[] NameTypes = ["Person", "Organization", "Location", "Misc"];

    private static readonly string[] EntityTypes = [.. NameTypes, "Money", "Percent", "Date"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var name in ArticleNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Every_article_has_a_gold_file_and_every_gold_file_an_article()
    {
        var goldNames = Directory.GetFiles(GoldFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(ArticleNames(), goldNames);
    }

    [Fact]
    public void Corpus_has_the_seed_and_at_least_twelve_team_articles()
    {
        var names = ArticleNames();

        Assert.Contains("seed-article", names);
        Assert.True(names.Count >= 13, $"expected the seed and at least 12 more articles, found {names.Count}");
    }

    [Fact]
    public void Every_topic_label_has_at_least_two_articles()
    {
        var counts = ArticleNames().Select(n => LoadGold(n).Topic).CountBy(t => t).ToDictionary();

        Assert.All(Topics, t => Assert.True(counts.GetValueOrDefault(t) >= 2, $"topic {t} has {counts.GetValueOrDefault(t)} articles"));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_is_utf8_without_bom_with_lf_line_endings(string name)
    {
        var bytes = File.ReadAllBytes(ArticlePath(name));

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "starts with a BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_parses_with_every_field(string name)
    {
        var gold = LoadGold(name);

        Assert.NotEmpty(gold.Sections);
        Assert.All(gold.Sections, s => Assert.True(s.Paragraphs > 0, $"section '{s.Heading}' has no paragraphs"));
        Assert.All(gold.Boilerplate, b => Assert.Contains(b.Kind, BoilerplateKinds));
        Assert.All(gold.Entities, e => Assert.Contains(e.Type, EntityTypes));
        Assert.All(gold.BoilerplateEntities, e => Assert.Contains(e.Type, NameTypes));
        Assert.Contains(gold.Topic, Topics);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_publication_date_is_iso(string name)
    {
        var published = LoadGold(name).Published;

        Assert.True(published is null || DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), published);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_title_is_the_first_line(string name)
    {
        Assert.Equal(ReadLines(name)[0], LoadGold(name).Title);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_byline_is_a_name_on_a_byline_line(string name)
    {
        var byline = LoadGold(name).Byline;
        if (byline is null)
        {
            Assert.DoesNotContain(ReadLines(name), l => l.StartsWith("By ", StringComparison.Ordinal));
            return;
        }

        Assert.Contains(ReadLines(name), l => l == "By " + byline || l.StartsWith("By " + byline + ",", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_headings_are_whole_lines_in_document_order(string name)
    {
        var lines = ReadLines(name);
        var headings = LoadGold(name).Sections.Select(s => s.Heading).OfType<string>();

        var at = 0;
        foreach (var heading in headings)
        {
            var index = lines.FindIndex(at, l => l == heading);
            Assert.True(index >= 0, $"heading '{heading}' is not a line after line {at}");
            at = index + 1;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_headings_are_short_and_unpunctuated(string name)
    {
        var headings = LoadGold(name).Sections.Select(s => s.Heading).OfType<string>();

        Assert.All(headings, h =>
        {
            var words = h.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 2, 12);
            Assert.DoesNotContain(h[^1], ".!?:;,");
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_boilerplate_texts_are_whole_lines_in_document_order(string name)
    {
        var lines = ReadLines(name);

        var at = 0;
        foreach (var block in LoadGold(name).Boilerplate)
        {
            var index = lines.FindIndex(at, l => l == block.Text);
            Assert.True(index >= 0, $"boilerplate '{block.Text}' is not a line after line {at}");
            at = index + 1;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_line_is_the_title_a_heading_a_paragraph_boilerplate_or_metadata(string name)
    {
        var gold = LoadGold(name);
        var metadataLines = (gold.Byline is null ? 0 : 1) + (gold.Published is null ? 0 : 1);
        var accounted = 1 + gold.Sections.Sum(s => (s.Heading is null ? 0 : 1) + s.Paragraphs) + gold.Boilerplate.Count + metadataLines;

        Assert.Equal(ReadLines(name).Count, accounted);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_entity_texts_occur_verbatim_in_the_article(string name)
    {
        var text = File.ReadAllText(ArticlePath(name));
        var gold = LoadGold(name);

        Assert.All(gold.Entities.Concat(gold.BoilerplateEntities), e => Assert.Contains(e.Text, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_entity_texts_are_distinct(string name)
    {
        var gold = LoadGold(name);
        var texts = gold.Entities.Select(e => e.Text).ToList();

        Assert.Equal(texts.Distinct(StringComparer.Ordinal), texts);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_boilerplate_entities_occur_only_in_boilerplate(string name)
    {
        var gold = LoadGold(name);
        var boilerplate = gold.Boilerplate.Select(b => b.Text).ToHashSet(StringComparer.Ordinal);
        var other = string.Join('\n', ReadLines(name).Where(l => !boilerplate.Contains(l)));

        Assert.All(gold.BoilerplateEntities, e =>
        {
            Assert.Contains(boilerplate, b => b.Contains(e.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(e.Text, other, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_money_entities_have_a_positive_value_and_an_iso_currency(string name)
    {
        var money = LoadGold(name).Entities.Where(e => e.Type == "Money");

        Assert.All(money, e =>
        {
            Assert.True(e.Value > 0, $"{e.Text} has value {e.Value}");
            Assert.Matches("^[A-Z]{3}$", e.Currency ?? string.Empty);
            Assert.Null(e.Iso);
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_percent_entities_have_a_value_and_no_currency(string name)
    {
        var percents = LoadGold(name).Entities.Where(e => e.Type == "Percent");

        Assert.All(percents, e =>
        {
            Assert.NotNull(e.Value);
            Assert.Null(e.Currency);
            Assert.Null(e.Iso);
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_date_entities_have_an_iso_day_or_month(string name)
    {
        var dates = LoadGold(name).Entities.Where(e => e.Type == "Date");

        Assert.All(dates, e =>
        {
            Assert.True(
                DateOnly.TryParseExact(e.Iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateOnly.TryParseExact(e.Iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                $"{e.Text} has iso '{e.Iso}'");
            Assert.Null(e.Value);
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Gold_names_carry_no_value(string name)
    {
        var gold = LoadGold(name);
        var names = gold.Entities.Where(e => NameTypes.Contains(e.Type)).Concat(gold.BoilerplateEntities);

        Assert.All(names, e => Assert.True(e.Value is null && e.Currency is null && e.Iso is null, $"{e.Text} carries a value"));
    }

    [Fact]
    public void Seed_gold_keeps_the_agreed_structure()
    {
        var gold = LoadGold("seed-article");

        Assert.Equal(
            [(null, 2), ("Why Open Source Infrastructure Matters More in the AI Era", 4), ("Sustaining the Backbone of Cloud-Native and Enterprise Systems", 4), ("A Broader Industry Signal", 4)],
            gold.Sections.Select(s => (s.Heading, s.Paragraphs)));
        Assert.Equal(["counter", "counter", "related", "navigation", "related", "navigation"], gold.Boilerplate.Select(b => b.Kind));
        Assert.Equal("tech", gold.Topic);
    }

    private static List<string> ArticleNames() =>
        [.. Directory.GetFiles(RepoPaths.Corpus, "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    private static string ArticlePath(string name) => Path.Combine(RepoPaths.Corpus, name + ".txt");

    /// <summary>The non-blank lines of an article, trimmed (every block of the corpus is one line).</summary>
    private static List<string> ReadLines(string name) =>
        [.. File.ReadAllLines(ArticlePath(name)).Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static Gold LoadGold(string name)
    {
        var gold = JsonSerializer.Deserialize<Gold>(File.ReadAllText(Path.Combine(GoldFolder, name + ".json")), Json);
        return gold ?? throw new InvalidDataException($"gold/{name}.json is null");
    }

    private sealed record Gold(
        string Title,
        string? Byline,
        string? Published,
        IReadOnlyList<GoldSection> Sections,
        IReadOnlyList<GoldBoilerplate> Boilerplate,
        IReadOnlyList<GoldEntity> Entities,
        IReadOnlyList<GoldEntity> BoilerplateEntities,
        string Topic);

    private sealed record GoldSection(string? Heading, int Paragraphs);

    private sealed record GoldBoilerplate(string Text, string Kind);

    private sealed record GoldEntity(string Text, string Type, decimal? Value = null, string? Currency = null, string? Iso = null);
}
