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

/// <summary>The test classes that share one <see cref="InsightsCorpusFixture"/>, so that the corpus is analyzed once.</summary>
[CollectionDefinition(Name)]
public sealed class InsightsCorpusGroup : ICollectionFixture<InsightsCorpusFixture>
{
    public const string Name = "Insights over the corpus";
}

/// <summary>Small DuckDB helpers for the tests.</summary>
internal static class Duck
{
    public static DuckDBConnection Open(string path, bool readOnly)
    {
        var connection = new DuckDBConnection($"Data Source={path}" + (readOnly ? ";access_mode=READ_ONLY" : string.Empty));
        connection.Open();
        return connection;
    }

    public static DuckDBConnection InMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    public static long Count(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "NULL" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>Row counts of every insight table.</summary>
    public static Dictionary<string, long> TableCounts(DuckDBConnection connection) =>
        TextInsight.Cli.Insights.InsightSchema.Tables.ToDictionary(t => t.Name, t => Count(connection, $"SELECT count(*) FROM {t.Name}"));
}
