using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary><c>evaluate linking --errors</c> lists the wrong pairs of every half asked for, and refuses a half the sample lacks.</summary>
public class EvaluateLinkingCommandTests
{
    [Fact]
    public async Task Errors_lists_the_wrong_pairs_of_each_half_given_and_only_those()
    {
        using var dir = new TempFolder();
        var (records, sample) = await WriteRecordsAndSample(dir);

        var both = CliRunner.Invoke(["evaluate", "linking", records, "--sample", sample, "--errors", "1", "2"]);
        Assert.Equal(0, both.ExitCode);
        var wrong = WrongLines(both.Output);
        Assert.Equal(2, wrong.Length);
        Assert.Contains(wrong, line => line.Contains("'Blair'", StringComparison.Ordinal));
        Assert.Contains(wrong, line => line.Contains("'London'", StringComparison.Ordinal));

        var repeated = CliRunner.Invoke(["evaluate", "linking", records, "--sample", sample, "--errors", "1", "--errors", "2"]);
        Assert.Equal(wrong, WrongLines(repeated.Output));

        var first = WrongLines(CliRunner.Invoke(["evaluate", "linking", records, "--sample", sample, "--errors", "1"]).Output);
        Assert.Contains("'Blair'", Assert.Single(first), StringComparison.Ordinal);

        Assert.Empty(WrongLines(CliRunner.Invoke(["evaluate", "linking", records, "--sample", sample]).Output));
    }

    [Fact]
    public async Task Errors_for_a_half_the_sample_does_not_hold_is_a_usage_error_naming_the_halves_it_has()
    {
        using var dir = new TempFolder();
        var (records, sample) = await WriteRecordsAndSample(dir);

        var run = CliRunner.Invoke(["evaluate", "linking", records, "--sample", sample, "--errors", "1", "3"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no pairs in half 3 (its halves: 1, 2)", run.Error, StringComparison.Ordinal);
        Assert.Empty(WrongLines(run.Output));
    }

    private static string[] WrongLines(string output) =>
        output.Split('\n').Where(line => line.TrimStart().StartsWith("wrong:", StringComparison.Ordinal)).ToArray();

    /// <summary>Two team-written articles that share a person and a place, and a sample that labels both pairs wrongly.</summary>
    private static async Task<(string Records, string Sample)> WriteRecordsAndSample(TempFolder dir)
    {
        dir.File("in/a.txt", "Blair sets out plans\n\nPrime Minister Tony Blair set out plans in London on Monday. Mr Blair said they would work.\n");
        dir.File("in/b.txt", "Campaign begins\n\nMr Blair opened the campaign in London on Tuesday.\n");
        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress");
        Assert.Equal(0, run.ExitCode);
        string a = run.Records[0].Source;
        string b = run.Records[1].Source;
        string records = dir.File("records.jsonl", run.Output);
        string sample = dir.File("pairs.tsv", string.Join('\n',
            "# half\tsource A\tmention A\tsource B\tmention B\tlabel\tkind",
            $"1\t{a}\tTony Blair\t{b}\tBlair\tdifferent\ttest",
            $"2\t{a}\tLondon\t{b}\tLondon\tdifferent\ttest",
            ""));
        return (records, sample);
    }
}
