using System.Diagnostics;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

public class StoreFailureTests
{
    private const string Article = "Budget passes\n\nThe council in Leeds passed the budget on Monday.\n";

    [Fact]
    public async Task Analyze_into_a_corrupted_file_names_it_and_leaves_it_unchanged()
    {
        using var dir = new TempFolder();
        var garbage = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a database; ", 4096)));
        string path = dir.File("results.duckdb", garbage);
        var run = await CliRunner.RunAsync("analyze", dir.File("in/a.txt", Article), "--no-progress", "--output", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot open {path} as a DuckDB database", run.Error);
        Assert.Equal(garbage, File.ReadAllBytes(path));
        Assert.Equal(["results.duckdb"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("query", "SELECT 1")]
    [InlineData("report", "--out")]
    public async Task Reading_a_corrupted_file_names_it(string command, string last)
    {
        using var dir = new TempFolder();
        string path = dir.File("results.duckdb", new byte[8192]);
        string[] args = command == "report" ? [command, path, last, dir.Combine("r.html")] : [command, path, last];
        var run = await CliRunner.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot open {path} as a DuckDB database", run.Error);
        Assert.False(File.Exists(dir.Combine("r.html")));
    }

    [Fact]
    public async Task A_database_of_another_program_is_refused_and_left_unchanged()
    {
        using var dir = new TempFolder();
        string path = dir.Combine("other.duckdb");
        using (var db = Duck.Open(path, readOnly: false))
        {
            using var command = db.CreateCommand();
            command.CommandText = "CREATE TABLE documents (id INTEGER); INSERT INTO documents VALUES (7)";
            command.ExecuteNonQuery();
        }

        var run = await CliRunner.RunAsync("analyze", dir.File("in/a.txt", Article), "--no-progress", "--output", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path} already holds a documents table that textinsight did not create", run.Error);
        using var after = Duck.Open(path, readOnly: true);
        Assert.Equal(["7"], Duck.Strings(after, "SELECT id FROM documents"));
    }

    [Fact]
    public async Task A_second_writer_while_another_process_holds_the_database_gets_a_clear_error_and_the_data_stay()
    {
        using var dir = new TempFolder();
        string path = dir.Combine("results.duckdb");
        dir.File("in/a.txt", Article);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        dir.File("more/b.txt", Article);

        // DuckDB locks the file per process, so the second writer must be another process: the CLI itself.
        using (var holder = Duck.Open(path, readOnly: false))
        {
            var (exit, error) = await RunCliProcessAsync("analyze", dir.Combine("more"), "--no-progress", "--output", path);
            Assert.Equal(2, exit);
            Assert.Contains($"cannot open {path} as a DuckDB database", error);
            Assert.Contains("lock", error);
            Assert.Equal(["a.txt"], Duck.Strings(holder, "SELECT source FROM documents"));
        }

        using var after = Duck.Open(path, readOnly: true);
        Assert.Equal(["a.txt"], Duck.Strings(after, "SELECT source FROM documents"));
    }

    [Fact]
    public async Task A_batch_that_fails_to_write_is_rolled_back_whole()
    {
        using var dir = new TempFolder();
        string path = dir.Combine("results.duckdb");
        dir.File("in/a.txt", Article);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        long sentences;
        using (var before = Duck.Open(path, readOnly: false))
        {
            sentences = Duck.Count(before, "SELECT count(*) FROM sentences WHERE source = 'a.txt'");

            // Two documents in one batch both have a key phrase of rank 1: the last table's append breaks this index
            // after the batch has deleted a.txt's rows and appended the other tables, so only a rollback keeps them.
            using var index = before.CreateCommand();
            index.CommandText = "CREATE UNIQUE INDEX one_rank ON keyphrases (rank)";
            index.ExecuteNonQuery();
        }

        dir.File("in/a.txt", "Budget fails\n\nThe council in York rejected the budget on Monday.\n");
        dir.File("in/b.txt", "Budget delayed\n\nThe council in Hull delayed the budget on Tuesday.\n");
        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path);
        Assert.True(run.ExitCode == 2, run.Error);
        Assert.StartsWith($"textinsight analyze: cannot write to {path}: ", run.Error);
        using var after = Duck.Open(path, readOnly: true);
        Assert.Equal(["Budget passes"], Duck.Strings(after, "SELECT title FROM documents"));
        Assert.Equal(sentences, Duck.Count(after, "SELECT count(*) FROM sentences WHERE source = 'a.txt'"));
        Assert.True(sentences > 0);
    }

    [Fact]
    public async Task A_database_whose_tables_were_changed_is_refused_before_the_analysis()
    {
        using var dir = new TempFolder();
        string path = dir.Combine("results.duckdb");
        dir.File("in/a.txt", Article);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        using (var before = Duck.Open(path, readOnly: false))
        {
            using var alter = before.CreateCommand();
            alter.CommandText = "ALTER TABLE keyphrases ADD COLUMN extra INTEGER";
            alter.ExecuteNonQuery();
        }

        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"textinsight analyze: {path}: the table keyphrases has the columns (source, rank, text, score, extra)", run.Error);
    }

    private static async Task<(int Exit, string Error)> RunCliProcessAsync(params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "TextInsight.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment[TextInsight.Cli.JitProfile.OptOutVariable] = "1";
        start.ArgumentList.Add(cli);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
