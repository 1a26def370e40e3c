using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TextInsight.Cli;
using TextInsight.Orleans.Tests.Servers;
using CliProcess = TextInsight.Orleans.Tests.Servers.Cli;
using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests;

/// <summary>
/// <c>textinsight analyze --cluster</c> as its own process, which on Linux starts again in place with tiered compilation
/// (<see cref="CoordinatorJit"/>): the same records, the same exit codes and messages, and the choice left to the user.
/// </summary>
public sealed class CoordinatorProcessTests
{
    private const string Restarted = "(started again with tiered compilation)";

    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    /// <summary>The child's runtime settings are those of the tool, whatever the test host was started with.</summary>
    private static readonly Dictionary<string, string?> AsInstalled = new()
    {
        [CoordinatorJit.Variable] = null,
        ["DOTNET_TieredCompilation"] = null,
        ["COMPlus_TieredCompilation"] = null,
    };

    [LinuxFact]
    public async Task The_coordinator_starts_again_with_tiered_compilation_and_writes_the_in_process_bytes_unless_told_not_to()
    {
        var expected = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress");
        Assert.Equal(0, expected.ExitCode);
        var cluster = await ClusterTestSupport.DeployAsync(2);
        try
        {
            using var output = new TempFolder();
            foreach (var (environment, restarts) in new[] { (AsInstalled, true), (new Dictionary<string, string?>(AsInstalled) { [CoordinatorJit.Variable] = "full" }, false) })
            {
                string file = output.Combine($"records-{restarts}.jsonl");
                using var run = CliProcess.Start(
                    ["analyze", RepoPaths.Corpus, "--cluster", ClusterTestSupport.Gateways(cluster), "--cluster-id", cluster.Options.ClusterId, "--stats", "--no-progress", "-o", file],
                    environment);

                Assert.True(await run.WaitForExitAsync(RunLimit) == 0, run.Output);
                Assert.Equal(expected.Output, File.ReadAllText(file, Encoding.UTF8));
                string startUp = run.Output.Split('\n').Single(line => line.StartsWith("stats: start-up", StringComparison.Ordinal));
                Assert.Equal(restarts, startUp.Contains(Restarted, StringComparison.Ordinal));
                AssertStatsAgreeWithRecords(run.Output, expected.Output.Count(c => c == '\n'));
            }
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>The <c>--stats</c> lines of a run without failures count what was written: its batches and the silos' documents add up to the records.</summary>
    private static void AssertStatsAgreeWithRecords(string output, int records)
    {
        var lines = output.Split('\n');
        var batches = Regex.Match(lines.Single(l => l.StartsWith("stats: batches ", StringComparison.Ordinal)), @"^stats: batches (\d+) of [0-9.]+ documents on average \((\d+)-(\d+)\), 0 retried;");
        Assert.True(batches.Success, output);
        int count = int.Parse(batches.Groups[1].Value, CultureInfo.InvariantCulture);
        int smallest = int.Parse(batches.Groups[2].Value, CultureInfo.InvariantCulture);
        int largest = int.Parse(batches.Groups[3].Value, CultureInfo.InvariantCulture);
        Assert.InRange(count * smallest, 1, records);
        Assert.InRange(count * largest, records, int.MaxValue);
        Assert.Single(lines, l => l.StartsWith("stats: coordinator waited ", StringComparison.Ordinal));
        var silos = lines.Select(l => Regex.Match(l, @"^stats: silo \S+: (\d+) batches, (\d+) documents, ")).Where(m => m.Success).ToList();
        Assert.NotEmpty(silos);
        Assert.Equal(count, silos.Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(records, silos.Sum(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    [LinuxFact]
    public async Task The_restarted_coordinator_still_exits_3_naming_the_server_it_cannot_reach()
    {
        int port = ExternalProcess.FreePort();

        using var run = CliProcess.Start(["analyze", RepoPaths.Corpus, "--cluster", $"redis:127.0.0.1:{port}", "--no-progress"], AsInstalled);

        Assert.Equal(3, await run.WaitForExitAsync(RunLimit));
        Assert.Contains($"cannot reach the cluster (the membership table in Redis at 127.0.0.1:{port} (cluster id textinsight))", run.Output, StringComparison.Ordinal);
    }
}

/// <summary>A fact about the Linux process (<c>/proc/self</c>, <c>execve</c>), skipped with a message elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    /// <summary>Skips the test on other systems.</summary>
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "The coordinator starts again with tiered compilation only on Linux; elsewhere it runs as started.";
        }
    }
}
