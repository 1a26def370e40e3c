using System.Text;
using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests.Servers;

/// <summary>What the Redis and PostgreSQL cluster tests check, the same for both membership servers.</summary>
internal static class ServerClusterScenarios
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many copies of the corpus the kill test analyzes: enough batches to kill a silo while they run. Four copies
    /// (64 documents) once ran to the end in 1.1 s on warm silos, before the test saw the fourth record.
    /// </summary>
    private const int Copies = 16;

    /// <summary>The three silos each analyze part of the corpus, and the records are byte for byte those of in-process analysis.</summary>
    public static async Task ThreeSilosGiveTheInProcessBytesAsync(ServerCluster cluster)
    {
        string expected = await InProcessAsync(RepoPaths.Corpus);
        using var output = new TempFolder();
        string file = output.Combine("records.jsonl");

        using var run = cluster.StartAnalyze(RepoPaths.Corpus, "-o", file, "--batch-size", "1", "--stats");
        Assert.True(await run.WaitForExitAsync(RunLimit) == 0, run.Output);

        Assert.Equal(expected, File.ReadAllText(file, Encoding.UTF8));
        Assert.Equal(ServerCluster.SiloCount, SiloLines(run.Output).Length);
        Assert.Contains("stats: coordinator ", run.Output, StringComparison.Ordinal);
        Assert.Contains("stats: corpus resolution: ", run.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// SIGKILL of a silo while a run is writing: every record once, in order, as in process. Then the silo, started
    /// again with the same ports and cluster id, rejoins through the membership table and takes batches.
    /// </summary>
    public static async Task KilledSiloLosesNothingAndRejoinsAsync(ServerCluster cluster)
    {
        using var input = new TempFolder();
        var articles = Directory.GetFiles(RepoPaths.Corpus, "*.txt");
        for (int copy = 0; copy < Copies; copy++)
        {
            Directory.CreateDirectory(input.Combine($"copy{copy}"));
            foreach (string article in articles)
            {
                File.Copy(article, input.Combine(Path.Combine($"copy{copy}", Path.GetFileName(article))));
            }
        }

        string expected = await InProcessAsync(input.Path);
        using var output = new TempFolder();
        string file = output.Combine("records.jsonl");
        const int victim = 2;

        using (var run = cluster.StartAnalyze(input.Path, "-o", file, "--batch-size", "2", "--batches-in-flight", "3", "--batch-timeout", "5"))
        {
            await WaitForRecordsAsync(file, 4, run);
            Assert.False(run.HasExited, "The run ended before the silo could be killed mid-run:\n" + run.Output);
            cluster.Kill(victim);

            Assert.True(await run.WaitForExitAsync(RunLimit) == 0, run.Output);
        }

        string written = File.ReadAllText(file, Encoding.UTF8);
        Assert.Equal(articles.Length * Copies, written.Count(c => c == '\n'));
        Assert.Equal(expected, written);

        await cluster.RestartAsync(victim);
        string corpus = await InProcessAsync(RepoPaths.Corpus);
        string again = output.Combine("again.jsonl");
        using var after = cluster.StartAnalyze(RepoPaths.Corpus, "-o", again, "--batch-size", "1", "--stats");
        Assert.True(await after.WaitForExitAsync(RunLimit) == 0, after.Output);

        Assert.Equal(corpus, File.ReadAllText(again, Encoding.UTF8));
        var silos = SiloLines(after.Output);
        Assert.Equal(ServerCluster.SiloCount, silos.Length);

        // The killed process is gone: answers from its port come from the silo started again.
        Assert.Contains(silos, line => line.Contains($"127.0.0.1:{cluster.SiloPort(victim)}:", StringComparison.Ordinal));
    }

    /// <summary>The records of in-process <c>textinsight analyze</c>, as the JSON Lines text it writes.</summary>
    private static async Task<string> InProcessAsync(string input)
    {
        var result = await CliRunner.RunAsync("analyze", input, "--no-progress", "--parallel", "1");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private static string[] SiloLines(string log) =>
        log.Split('\n').Where(l => l.StartsWith("stats: silo ", StringComparison.Ordinal)).ToArray();

    private static async Task WaitForRecordsAsync(string file, int records, ExternalProcess run)
    {
        var deadline = DateTime.UtcNow + RunLimit;
        while (DateTime.UtcNow < deadline && !run.HasExited)
        {
            if (File.Exists(file))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                int lines = 0;
                int b;
                while ((b = stream.ReadByte()) >= 0)
                {
                    lines += b == '\n' ? 1 : 0;
                }

                if (lines >= records)
                {
                    return;
                }
            }

            await Task.Delay(50);
        }
    }
}
