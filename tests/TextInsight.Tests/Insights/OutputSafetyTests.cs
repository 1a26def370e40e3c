using TextInsight.Cli;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

public sealed class OutputSafetyTests
{
    [Fact]
    public async Task A_cancelled_run_into_a_parquet_folder_keeps_the_previous_files()
    {
        using var dir = new TempFolder();
        string output = dir.Combine("results.parquet");
        var first = await CliRunner.RunAsync("analyze", Path.Combine(RepoPaths.Corpus, "seed-article.txt"), "--no-progress", "--output", output);
        Assert.Equal(0, first.ExitCode);
        var before = Snapshot(output);

        var (exit, error) = await RunCancelledAsync("analyze", RepoPaths.Corpus, "--no-progress", "--output", output);

        Assert.Equal(Program.Cancelled, exit);
        Assert.Contains("keeps its previous files", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public async Task A_cancelled_run_into_json_lines_still_ends_cleanly()
    {
        using var dir = new TempFolder();
        string output = dir.Combine("out.jsonl");

        var (exit, _) = await RunCancelledAsync("analyze", RepoPaths.Corpus, "--no-progress", "--output", output);

        Assert.Equal(Program.Cancelled, exit);
        Assert.True(File.Exists(output));
    }

    private static async Task<(int Exit, string Error)> RunCancelledAsync(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, () => new MemoryStream(), ErrorIsTerminal: false);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        int exit = await Program.RunAsync(args, console, cancelled.Token);
        return (exit, stderr.ToString());
    }

    private static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder))
        {
            files[Path.GetFileName(file)] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }

        Assert.NotEmpty(files);
        return files;
    }

    [Fact]
    public async Task Documents_that_share_a_source_are_reported_not_silently_merged()
    {
        using var dir = new TempFolder();
        dir.File("a.csv", "id,text\n1,Acme Corp. raised $2 million on Monday.\n2,The bank cut its rates.\n");
        dir.File("b.csv", "id,text\n1,Another story about Paris.\n3,A third one.\n");
        string output = dir.Combine("results.duckdb");

        var run = await CliRunner.RunAsync("analyze", dir.Combine("a.csv"), dir.Combine("b.csv"), "--no-progress", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: 1 documents had the source of an earlier document", run.Error, StringComparison.Ordinal);
    }
}
