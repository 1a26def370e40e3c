using System.Globalization;
using System.Text.RegularExpressions;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary><c>analyze --stats</c> says what corpus resolution cost, counted where it ran, and changes no output.</summary>
public class AnalyzeResolutionStatsTests
{
    [Fact]
    public async Task With_stats_the_resolution_lines_appear_and_the_output_is_byte_identical()
    {
        var plain = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--parallel", "2");
        var counted = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--parallel", "2", "--stats");
        Assert.Equal(0, counted.ExitCode);
        Assert.Equal(plain.Output, counted.Output);
        Assert.DoesNotContain("corpus resolution", plain.Error, StringComparison.Ordinal);

        var line = Regex.Match(counted.Error, @"stats: corpus resolution: (\d+) ms (?:CPU|wall)[^,]*\(([\d.]+)% of the process's ([\d.]+) s CPU\), ([\d.]+) µs/document: document entities (\d+) ms, resolver passes (\d+) ms");
        Assert.True(line.Success, counted.Error);
        double share = double.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(share, 0.0, 100.0);
        Assert.True(double.Parse(line.Groups[3].Value, CultureInfo.InvariantCulture) > 0, counted.Error);
        Assert.True(int.Parse(line.Groups[5].Value, CultureInfo.InvariantCulture) + int.Parse(line.Groups[6].Value, CultureInfo.InvariantCulture) <= int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture) + 1, counted.Error);
        Assert.Contains("stats: collector: ", counted.Error, StringComparison.Ordinal);

        var thread = Regex.Match(counted.Error, @"stats: ordered thread: busy (\d+) ms .*for (\d+) documents");
        Assert.True(thread.Success, counted.Error);
        Assert.Equal(counted.Records.Count, int.Parse(thread.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Without_resolution_stats_has_no_resolution_line()
    {
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--no-corpus-entities", "--stats");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("corpus resolution", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_output_with_stats_is_the_same_for_parallel_1_and_2()
    {
        var one = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--parallel", "1", "--stats");
        var two = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--parallel", "2", "--stats");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Output, two.Output);
        Assert.All(one.Records.SelectMany(r => r.EntitySummary!), e => Assert.NotNull(e.CorpusId));
    }
}
