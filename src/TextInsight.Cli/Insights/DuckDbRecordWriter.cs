using System.Data.Common;
using DuckDB.NET.Data;
using TextInsight.Cli.Output;
using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;

namespace TextInsight.Cli.Insights;

/// <summary>
/// Writes records into the insight tables of a DuckDB file, in batches, one transaction per batch: the batch's sources
/// are first deleted from every table, then its rows appended, so that a document analyzed again replaces its rows and
/// a failed batch leaves the database as it was.
/// </summary>
internal sealed class DuckDbRecordWriter : IRecordSink, ICorpusEntitySink
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
        _connection = InsightStore.OpenForWriting(path, out int? upgradedFrom);
        if (upgradedFrom is { } version)
        {
            Notice = $"upgraded {path} from insight schema version {version} to {InsightSchema.Version}: added {string.Join(", ", InsightStore.ColumnsAddedSince(version))} (NULL in the rows already there: not recorded)";
        }
    }

    public string? Notice { get; }

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

    public IReadOnlyList<CorpusEntity> ReadCorpusEntities()
    {
        var entities = new List<CorpusEntity>();
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT id, name, type, aliases, documents, mentions FROM {InsightSchema.CorpusEntities.Name} ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                entities.Add(new CorpusEntity
                {
                    Id = reader.GetInt32(0),
                    Name = reader.IsDBNull(1) ? string.Empty : reader.GetString(1),
                    Type = !reader.IsDBNull(2) && Enum.TryParse<EntityType>(reader.GetString(2), out var type) ? type : EntityType.Misc,
                    Aliases = reader.IsDBNull(3) ? [] : reader.GetString(3).Split("; "),
                    Documents = reader.IsDBNull(4) ? 0 : reader.GetInt32(4),
                    Mentions = reader.IsDBNull(5) ? 0 : reader.GetInt32(5),
                });
            }
        }
        catch (DbException ex)
        {
            throw new OutputException($"cannot read the corpus entities of {_path}: {ex.Message}", ex);
        }

        return entities;
    }

    /// <summary>
    /// Replaces the corpus entities, then counts their documents and mentions from entity_summary, so that documents
    /// analyzed again are not counted twice.
    /// </summary>
    public void WriteCorpusEntities(IReadOnlyList<CorpusEntity> entities)
    {
        Flush();
        string table = InsightSchema.CorpusEntities.Name;
        try
        {
            using var transaction = _connection.BeginTransaction();
            InsightStore.Execute(_connection, $"DELETE FROM {table}");
            Append(InsightSchema.CorpusEntities, InsightSchema.CorpusEntityRows(entities));
            InsightStore.Execute(_connection, $"UPDATE {table} SET documents = 0, mentions = 0");
            InsightStore.Execute(
                _connection,
                $"UPDATE {table} SET documents = s.documents, mentions = s.mentions FROM (SELECT corpus_id, count(DISTINCT source) AS documents, sum(mentions) AS mentions FROM entity_summary WHERE corpus_id IS NOT NULL GROUP BY corpus_id) AS s WHERE {table}.id = s.corpus_id");
            transaction.Commit();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            throw new OutputException($"cannot write to {_path}: {ex.Message}", ex);
        }
    }

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
                    bool b => row.AppendValue(b),
                    DateOnly date => row.AppendValue(date),
                    DateTime time => row.AppendValue(time),
                    var other => throw new InvalidOperationException($"{table.Name}.{table.Columns[c].Name}: no DuckDB mapping for {other.GetType()}."),
                };
            }

            row.EndRow();
        }
    }
}
