using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class AnalyzeKeyphrasesOptionTests
{
    [Fact]
    public async Task Keyphrases_option_sets_how_many_phrases_each_with_its_score()
    {
        using var dir = new TempFolder();
        string input = dir.File("seed.txt", SeedArticle.Text);

        var three = await CliRunner.RunAsync("analyze", input, "--keyphrases", "3");
        var byDefault = await CliRunner.RunAsync("analyze", input);
        var none = await CliRunner.RunAsync("analyze", input, "--keyphrases", "0");

        Assert.Equal(3, three.Records[0].Keyphrases!.Count);
        Assert.Equal(10, byDefault.Records[0].Keyphrases!.Count);
        Assert.Empty(none.Records[0].Keyphrases!);
        Assert.All(byDefault.Records[0].Keyphrases!, k => Assert.InRange(k.Score, 0.0, 1.0));
        Assert.Equal(1.0, byDefault.Records[0].Keyphrases![0].Score);
    }

    [Fact]
    public async Task Negative_keyphrases_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("analyze", "-", "--keyphrases", "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--keyphrases must be 0 or more", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_max_keyphrases_option_is_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TextAnalyzerOptions { MaxKeyphrases = -1 });

        Assert.Equal("MaxKeyphrases", e.ParamName);
    }
}
