using DuckDB.NET.Data;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

/// <summary>The bundled corpus analyzed once as JSON Lines, into a DuckDB file and into a Parquet folder.</summary>
public sealed class InsightsCorpusFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    internal IReadOnlyList<AnalysisRecord> Records { get; private set; } = [];

    public string Database => Path.Combine(_folder.Path, "results.duckdb");

    public string Parquet => Path.Combine(_folder.Path, "results.parquet");

    public string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        var jsonl = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress");
        Assert.Equal(0, jsonl.ExitCode);
        Records = jsonl.Records;
        var duck = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--output", Database);
        Assert.True(duck.ExitCode == 0, duck.Error);
        var parquet = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--output", Parquet);
        Assert.True(parquet.ExitCode == 0, parquet.Error);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A read-only connection to the corpus database.</summary>
    public DuckDBConnection OpenReadOnly() => Duck.Open(Database, readOnly: true);
}
