using System.Data.Common;
using DuckDB.NET.Data;
using TextInsight.Cli.Output;
using TextInsight.Serialization;

namespace TextInsight.Cli.Insights;

/// <summary>
/// Writes records into the insight tables of a DuckDB file, in batches, one transaction per batch: the batch's sources
/// are first deleted from every table, then its rows appended, so that a document analyzed again replaces its rows and
/// a failed batch leaves the database as it was.
/// </summary>
internal sealed class DuckDbRecordWriter : IRecordSink
{
    /// <summary>Documents per transaction: large enough for DuckDB's appender to pay off, small enough to bound memory.</summary>
    public const int BatchSize = 256;

    private readonly string _path;
    private readonly DuckDBConnection _connection;
    private readonly InsightBatch _batch = new();
    private readonly RepeatedSourceCounter _sources = new();
    private readonly DateTime _analyzedAt = DateTime.UtcNow;

    public DuckDbRecordWriter(string path)
    {
        _path = path;
        _connection = InsightStore.OpenForWriting(path);
    }

    public int RepeatedSources => _sources.Repeated;

    public void Write(AnalysisRecord record)
    {
        _sources.Add(record.Source);

        _batch.Add(record);
        if (_batch.Count >= BatchSize)
        {
            Flush();
        }
    }

    public void Complete() => Flush();

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        try
        {
            using var transaction = _connection.BeginTransaction();
            InsightStore.Execute(_connection, "CREATE TEMP TABLE IF NOT EXISTS batch_sources (source VARCHAR)");
            InsightStore.Execute(_connection, "DELETE FROM batch_sources");
            using (var appender = _connection.CreateAppender("batch_sources"))
            {
                foreach (string source in _batch.Sources)
                {
                    appender.CreateRow().AppendValue(source).EndRow();
                }
            }

            foreach (var table in InsightSchema.Tables)
            {
                InsightStore.Execute(_connection, $"DELETE FROM {table.Name} WHERE source IN (SELECT source FROM batch_sources)");
            }

            var rows = _batch.ToRows(_analyzedAt);
            for (int t = 0; t < rows.Count; t++)
            {
                Append(InsightSchema.Tables[t], rows[t]);
            }

            transaction.Commit();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // DuckDB.NET reports some appender failures as InvalidOperationException; the transaction is rolled back either way.
            throw new OutputException($"cannot write to {_path}: {ex.Message}", ex);
        }

        _batch.Clear();
    }

    private void Append(InsightTable table, List<object?[]> rows)
    {
        using var appender = _connection.CreateAppender(table.Name);
        foreach (var values in rows)
        {
            var row = appender.CreateRow();
            for (int c = 0; c < values.Length; c++)
            {
                row = values[c] switch
                {
                    null => row.AppendNullValue(),
                    string s => row.AppendValue(s),
                    int i => row.AppendValue(i),
                    double d => row.AppendValue(d),
                    DateOnly date => row.AppendValue(date),
                    DateTime time => row.AppendValue(time),
                    var other => throw new InvalidOperationException($"{table.Name}.{table.Columns[c].Name}: no DuckDB mapping for {other.GetType()}."),
                };
            }

            row.EndRow();
        }
    }
}
