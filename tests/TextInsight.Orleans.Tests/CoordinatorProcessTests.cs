using System.Text;
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
            }
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
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
