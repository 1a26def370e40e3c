using Parquet;
using Parquet.Data;
using Parquet.Schema;
using TextInsight.Cli.Output;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;

namespace TextInsight.Cli.Insights;

/// <summary>
/// Writes records as a folder of Parquet files, one per insight table (<c>documents.parquet</c>, ...), one row group per
/// batch. The files are written under temporary names and moved into place only when the run completes, so that a run
/// that fails leaves the folder's previous files as they were.
/// </summary>
internal sealed class ParquetRecordWriter : IRecordSink, ICorpusEntitySink
{
    /// <summary>Documents per row group.</summary>
    public const int BatchSize = 1024;

    private const string PartialSuffix = ".partial";

    private readonly string _folder;
    private readonly InsightBatch _batch = new();
    private readonly RepeatedSourceCounter _sources = new();
    private readonly DateTime _analyzedAt = DateTime.UtcNow;
    private readonly TableFile[] _files;
    private bool _completed;

    public ParquetRecordWriter(string folder)
    {
        _folder = folder;
        if (File.Exists(folder))
        {
            throw new OutputException($"{folder} is a file; --output for Parquet names a folder to hold one file per table.");
        }

        var files = new List<TableFile>();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var table in InsightSchema.AllTables)
            {
                files.Add(TableFile.Create(table, Path.Combine(folder, table.Name + ".parquet")));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var file in files)
            {
                file.Abandon();
            }

            throw new OutputException($"cannot write Parquet files in {folder}: {ex.Message}", ex);
        }

        _files = [.. files];
    }

    /// <summary>The Parquet schema of <paramref name="table"/>.</summary>
    public static ParquetSchema SchemaOf(InsightTable table) => new(table.Columns.Select(FieldOf).ToArray());

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

    public bool CompletesInterruptedRuns => false;

    /// <summary>A Parquet folder is written whole by each run: there is no earlier corpus to continue.</summary>
    public IReadOnlyList<CorpusEntity> ReadCorpusEntities() => [];

    public void WriteCorpusEntities(IReadOnlyList<CorpusEntity> entities)
    {
        try
        {
            _files[^1].WriteRowGroupAsync(InsightSchema.CorpusEntityRows(entities)).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write Parquet files in {_folder}: {ex.Message}", ex);
        }
    }

    public void Complete()
    {
        Flush();
        try
        {
            foreach (var file in _files)
            {
                file.Finish();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write Parquet files in {_folder}: {ex.Message}", ex);
        }

        _completed = true;
    }

    public ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            foreach (var file in _files)
            {
                file.Abandon();
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var rows = _batch.ToRows(_analyzedAt);
        try
        {
            for (int t = 0; t < rows.Count; t++)
            {
                _files[t].WriteRowGroupAsync(rows[t]).GetAwaiter().GetResult();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write Parquet files in {_folder}: {ex.Message}", ex);
        }

        _batch.Clear();
    }

    private static DataField FieldOf(InsightColumn column) => column.Kind switch
    {
        ColumnKind.Integer => new DataField<int?>(column.Name),
        ColumnKind.Double => new DataField<double?>(column.Name),
        ColumnKind.Date => new DataField<DateOnly?>(column.Name),
        ColumnKind.Boolean => new DataField<bool?>(column.Name),
        ColumnKind.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
        _ => new DataField<string>(column.Name, nullable: true),
    };

    /// <summary>One table's file, open under its temporary name until <see cref="Finish"/>.</summary>
    private sealed class TableFile : IDisposable
    {
        private readonly InsightTable _table;
        private readonly string _path;
        private readonly ParquetSchema _schema;
        private FileStream? _stream;
        private ParquetWriter? _writer;

        private TableFile(InsightTable table, string path)
        {
            _table = table;
            _path = path;
            _schema = SchemaOf(table);
        }

        public static TableFile Create(InsightTable table, string path)
        {
            var file = new TableFile(table, path);
            file._stream = new FileStream(path + PartialSuffix, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            return file;
        }

        public async Task WriteRowGroupAsync(List<object?[]> rows)
        {
            _writer ??= await ParquetWriter.CreateAsync(_schema, _stream!).ConfigureAwait(false);
            using var group = _writer.CreateRowGroup();
            var fields = _schema.GetDataFields();
            for (int c = 0; c < fields.Length; c++)
            {
                var field = fields[c];
                switch (_table.Columns[c].Kind)
                {
                    case ColumnKind.Integer:
                        await group.WriteAsync<int>(field, Column<int>(rows, c)).ConfigureAwait(false);
                        break;
                    case ColumnKind.Double:
                        await group.WriteAsync<double>(field, Column<double>(rows, c)).ConfigureAwait(false);
                        break;
                    case ColumnKind.Date:
                        await group.WriteAsync<DateOnly>(field, Column<DateOnly>(rows, c)).ConfigureAwait(false);
                        break;
                    case ColumnKind.Boolean:
                        await group.WriteAsync<bool>(field, Column<bool>(rows, c)).ConfigureAwait(false);
                        break;
                    case ColumnKind.Timestamp:
                        await group.WriteAsync<DateTime>(field, Column<DateTime>(rows, c)).ConfigureAwait(false);
                        break;
                    default:
                        await group.WriteAsync(field, rows.Select(r => (string?)r[c]).ToArray()).ConfigureAwait(false);
                        break;
                }
            }

            group.CompleteValidate();
        }

        /// <summary>Closes the file and moves it into place (an empty table still gets a file with its schema).</summary>
        public void Finish()
        {
            if (_writer is null)
            {
                WriteRowGroupAsync([]).GetAwaiter().GetResult();
            }

            _writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _writer = null;
            _stream!.Dispose();
            _stream = null;
            File.Move(_path + PartialSuffix, _path, overwrite: true);
        }

        /// <summary>Drops the temporary file of a run that did not complete.</summary>
        public void Abandon()
        {
            if (_stream is null)
            {
                return;
            }

            _stream.Dispose();
            _stream = null;
            _writer = null;
            File.Delete(_path + PartialSuffix);
        }

        public void Dispose() => Abandon();

        private static T?[] Column<T>(List<object?[]> rows, int c)
            where T : struct
        {
            var values = new T?[rows.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (T?)rows[i][c];
            }

            return values;
        }
    }
}
