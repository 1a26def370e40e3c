using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Readme;

/// <summary>Runs alone: the samples write to the console and read files relative to the current directory.</summary>
[Collection(nameof(RunsAlone))]
public class ReadmeSampleTests
{
    private static string SamplesPath => Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "Readme", "ReadmeSamples.cs");

    [Fact]
    public void Every_csharp_block_of_the_readme_is_a_region_of_the_samples_file()
    {
        string samples = File.ReadAllText(SamplesPath);
        var usings = samples.Split('\n').Select(Normalize).Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToHashSet();
        var regions = Regex.Matches(samples, @"#region (?<name>\S+)\s*\n(?<body>.*?)#endregion", RegexOptions.Singleline)
            .Select(m => m.Groups["body"].Value).ToList();
        var blocks = Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), "```csharp\\s*\\n(?<body>.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups["body"].Value).ToList();

        Assert.NotEmpty(blocks);
        Assert.Equal(blocks.Count, regions.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            var lines = Lines(blocks[i]);
            var leadingUsings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
            Assert.All(leadingUsings, u => Assert.Contains(u, usings));
            Assert.Equal(Lines(regions[i]), lines.Skip(leadingUsings.Count).ToList());
        }
    }

    [Fact]
    public async Task The_samples_print_the_seed_articles_title_headings_money_and_the_batch_titles()
    {
        using var folder = new TempFolder();
        folder.File("article.txt", SeedArticle.Text);
        var corpusTitles = new List<string>();
        foreach (string file in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Take(3))
        {
            string text = File.ReadAllText(file);
            folder.File(Path.Combine("articles", Path.GetFileName(file)), text);
            corpusTitles.Add(text[..text.IndexOf('\n', StringComparison.Ordinal)].Trim());
        }

        string output = await RunInAsync(folder.Path, ReadmeSamples.RunAsync);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure", lines[0]);
        Assert.Equal(
            ["(lead)", "Why Open Source Infrastructure Matters More in the AI Era", "Sustaining the Backbone of Cloud-Native and Enterprise Systems", "A Broader Industry Signal"],
            lines.Skip(1).Take(4));
        Assert.Equal(["Organization Anthropic   (Title)", "Organization Apache   (Title)", "Money $1.5M 1500000 USD (Title)"], lines.Skip(5).Take(3));
        Assert.Contains("Money $1.5 million 1500000 USD (Body)", lines);
        Assert.Contains(lines, l => l.StartsWith("The Apache Software Foundation (ASF) has secured a $1.5 million donation from Anthropic", StringComparison.Ordinal));
        Assert.Equal(corpusTitles.Order(StringComparer.Ordinal), lines.TakeLast(corpusTitles.Count + 3).SkipLast(3).Order(StringComparer.Ordinal));
        Assert.Matches(@"^.+ \((Person|Organization|Location|Misc)\): [1-3] documents, also", lines[^3]);
        Assert.Matches(@"^words: [0-9]{3,}$", lines[^2]);
    }

    /// <summary>
    /// The README's pretty-printed record of the seed article is what <c>analyze</c> prints: every one-line object of its
    /// JSON block (a section, a boilerplate span, an entity, a summary item, a topic, a key phrase) is an object of the
    /// real record with the same members and values, but for values the README elides (<c>"[2 paragraphs]"</c>).
    /// </summary>
    [Fact]
    public async Task The_readmes_seed_record_shows_what_analyze_prints()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        string block = Regex.Match(readme, "```json\\s*\\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var shown = block.Split('\n').Select(l => l.Trim().TrimEnd(','))
            .Where(l => l.StartsWith('{') && l.EndsWith('}'))
            .Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.True(shown.Count >= 15, $"The README's JSON block holds {shown.Count} one-line objects.");

        string previousDirectory = Environment.CurrentDirectory;
        CliResult result;
        try
        {
            Environment.CurrentDirectory = RepoPaths.Root;
            result = await CliRunner.RunAsync("analyze", "corpus/seed-article.txt", "--no-progress");
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }

        Assert.True(result.ExitCode == 0, result.Error);
        var record = JsonNode.Parse(result.Output.Split('\n')[0])!;
        Assert.Equal("corpus/seed-article.txt", (string?)record["source"]);
        var objects = new List<JsonObject>();
        Collect(record, objects);
        foreach (var expected in shown)
        {
            Assert.True(objects.Any(o => Matches(expected, o)), $"README shows {expected.ToJsonString()}, which the record of analyze does not hold.");
        }

        static void Collect(JsonNode? node, List<JsonObject> into)
        {
            if (node is JsonObject o)
            {
                into.Add(o);
                foreach (var member in o)
                {
                    Collect(member.Value, into);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a)
                {
                    Collect(item, into);
                }
            }
        }

        static bool Matches(JsonObject expected, JsonObject actual) =>
            expected.Count == actual.Count && expected.All(member =>
                actual.TryGetPropertyValue(member.Key, out var value)
                && (member.Value is JsonValue v && v.TryGetValue(out string? text) && Elides(text, value)
                    || JsonNode.DeepEquals(member.Value, value)));

        // "[2 paragraphs]" stands for a list; a text ending in "…" for a longer text that starts so.
        static bool Elides(string shown, JsonNode? value) =>
            Regex.IsMatch(shown, @"^\[\d+ \w+\]$") && value is JsonArray
            || shown.EndsWith('…') && value is JsonValue v && v.TryGetValue(out string? text) && text.StartsWith(shown[..^1], StringComparison.Ordinal);
    }

    private static async Task<string> RunInAsync(string directory, Func<Task> sample)
    {
        string previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        var captured = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        try
        {
            Environment.CurrentDirectory = directory;
            Console.SetOut(captured);
            await sample();
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
        }

        return captured.ToString();
    }

    private static List<string> Lines(string code) => code.Split('\n').Select(Normalize).Where(l => l.Length > 0).ToList();

    private static string Normalize(string line) => Regex.Replace(line, @"\s+", " ").Trim();
}
