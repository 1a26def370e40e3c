using System.Text.Json;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class EvaluateKeyphrasesCommandTests
{
    [Fact]
    public async Task Scores_the_built_in_extractor_against_a_gold_file()
    {
        using var dir = new TempFolder();
        dir.File("docs/seed.txt", SeedArticle.Text);
        dir.File("docs/ungraded.txt", SeedArticle.Text);
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = 5 });
        var predicted = analyzer.Analyze(SeedArticle.Text).Keyphrases;
        Assert.Equal(5, predicted.Count);

        // The first prediction and one phrase the article never holds: P@5 = 1/5, R = 1/2, F1 = 2/7; at k = 1, P = 1, F1 = 2/3.
        var gold = new Dictionary<string, string[]> { ["seed"] = [predicted[0].Text.ToUpperInvariant(), "zebra crossing"] };
        string goldPath = dir.File("gold.json", JsonSerializer.Serialize(gold));

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--k", "1", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Key phrases of 1 documents", result.Output, StringComparison.Ordinal);
        Assert.Contains("| 1 | 100.00 | 50.00 | 66.67 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| 5 | 20.00 | 50.00 | 28.57 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("articles/s", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_only_the_chosen_split()
    {
        using var dir = new TempFolder();
        dir.File("docs/a.txt", SeedArticle.Text);
        dir.File("docs/b.txt", SeedArticle.Text);
        string goldPath = dir.File("gold.json", """{"a": ["open source"], "b": ["open source"]}""");
        string splitsPath = dir.File("splits.json", """{"train": ["a"], "test": ["b"]}""");

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--splits", splitsPath, "--split", "test");
        var missing = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--splits", splitsPath, "--split", "dev");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Key phrases of 1 documents", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no split named 'dev'", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gold_keyed_by_path_under_the_folder_tells_apart_files_of_one_name_in_two_sections()
    {
        // As tests/keyphrase-sample keys the BBC articles: business/001.txt and tech/001.txt are two documents.
        using var dir = new TempFolder();
        dir.File("docs/business/001.txt", SeedArticle.Text);
        dir.File("docs/tech/001.txt", SeedArticle.Text);
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = 1 });
        string first = analyzer.Analyze(SeedArticle.Text).Keyphrases[0].Text;
        var gold = new Dictionary<string, string[]> { ["business/001.txt"] = [first, "zebra crossing"], ["tech/001.txt"] = ["zebra crossing"] };
        string goldPath = dir.File("gold.json", JsonSerializer.Serialize(gold));
        string splitsPath = dir.File("splits.json", """{"tune": ["tech/001.txt"], "check": ["business/001.txt"]}""");

        var both = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--k", "1");
        var check = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--k", "1", "--splits", splitsPath, "--split", "check");

        // Both: business P@1 = 1, R = 1/2; tech P@1 = 0, R = 0: macro P 50, R 25, F1 (1/3 + 0) / 2.
        Assert.Equal(0, both.ExitCode);
        Assert.Contains("Key phrases of 2 documents", both.Output, StringComparison.Ordinal);
        Assert.Contains("| 1 | 50.00 | 25.00 | 33.33 |", both.Output, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Key phrases of 1 documents", check.Output, StringComparison.Ordinal);
        Assert.Contains("| 1 | 100.00 | 50.00 | 66.67 |", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tuning_on_the_split_it_scores_chooses_on_those_documents_in_sample()
    {
        // The held-out part of a sample is not scored while weights are chosen: --tune tune --split tune.
        using var dir = new TempFolder();
        dir.File("docs/a.txt", SeedArticle.Text);
        dir.File("docs/b.txt", SeedArticle.Text);
        string goldPath = dir.File("gold.json", """{"a": ["open source"], "b": ["open source"]}""");
        string splitsPath = dir.File("splits.json", """{"tune": ["a"], "check": ["b"]}""");

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--splits", splitsPath, "--split", "tune", "--tune", "tune");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Choosing weights on 1 documents of split tune; scoring 1 of split tune.", result.Error, StringComparison.Ordinal);
        Assert.Contains("Weights chosen: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Key phrases of 1 documents", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gold_file_that_is_not_json_is_named_in_the_error()
    {
        using var dir = new TempFolder();
        dir.File("docs/a.txt", SeedArticle.Text);
        string goldPath = dir.File("gold.json", "{not json");

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(goldPath, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_the_baselines_side_by_side_on_the_same_documents()
    {
        using var dir = new TempFolder();
        dir.File("docs/a.txt", SeedArticle.Text);
        string goldPath = dir.File("gold.json", """{"a": ["open source", "Apache Software Foundation"]}""");

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--baseline", "all");
        var unknown = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--baseline", "yake");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| system | P@5 | R@5 | F1@5 | P@10 | R@10 | F1@10 |", result.Output, StringComparison.Ordinal);
        foreach (string name in (string[])["textinsight", "firstphrases", "tfidf", "textrank", "positionrank"])
        {
            Assert.Contains($"| {name} | ", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("KB allocated per article", result.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("unknown 'yake'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_samples_are_scored_apart_and_then_averaged()
    {
        using var dir = new TempFolder();
        dir.File("one/seed.txt", SeedArticle.Text);
        dir.File("two/seed.txt", SeedArticle.Text);
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = 1 });
        string first = analyzer.Analyze(SeedArticle.Text).Keyphrases[0].Text;
        string goldOne = dir.File("one.json", JsonSerializer.Serialize(new Dictionary<string, string[]> { ["seed"] = [first, "zebra crossing"] }));
        string goldTwo = dir.File("two.json", """{"seed": ["zebra crossing"]}""");

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("one"), dir.Combine("two"), "--gold", goldOne, goldTwo, "--k", "1");
        var unpaired = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("one"), dir.Combine("two"), "--gold", goldOne);

        // One: P@1 = 1, R = 1/2, F1 2/3; two: 0. The mean counts each sample once: 33.33.
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 1 | 100.00 | 50.00 | 66.67 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| 1 | 0.00 | 0.00 | 0.00 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("Mean over the 2 samples", result.Output, StringComparison.Ordinal);
        Assert.Contains("| textinsight | 33.33 |", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, unpaired.ExitCode);
        Assert.Contains("one --gold", unpaired.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_weights_are_scored_and_echoed_and_bad_ones_are_a_usage_error()
    {
        using var dir = new TempFolder();
        dir.File("docs/a.txt", SeedArticle.Text);
        string goldPath = dir.File("gold.json", """{"a": ["open source"]}""");

        var result = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--weights", "Title=2,MiscWord=1");
        var bad = await CliRunner.RunAsync("evaluate", "keyphrases", "--docs", dir.Combine("docs"), "--gold", goldPath, "--weights", "Colour=1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Weights: " + (KeyphraseWeights.Default with { Title = 2, MiscWord = 1 }), result.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--weights: 'Colour=1'", bad.Error, StringComparison.Ordinal);
    }
}
