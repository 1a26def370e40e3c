using System.Data.Common;
using DuckDB.NET.Data;
using TextInsight.Cli.Output;

namespace TextInsight.Cli.Insights;

/// <summary>
/// Opens insight data for writing (a DuckDB file) or reading (a DuckDB file, or a folder of Parquet files seen through
/// DuckDB views), turning DuckDB's failures into <see cref="OutputException"/>s that name the file.
/// </summary>
internal static class InsightStore
{
    /// <summary>Opens (creating when absent) a DuckDB file for writing and makes sure it holds the insight schema.</summary>
    public static DuckDBConnection OpenForWriting(string path)
    {
        var connection = Open(path, readOnly: false);
        try
        {
            EnsureSchema(connection, path);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens insight data for reading: a DuckDB file read-only, or a folder written by <c>--output x.parquet</c> as an
    /// in-memory database whose tables are views over its files.
    /// </summary>
    public static DuckDBConnection OpenForReading(string path)
    {
        if (Directory.Exists(path))
        {
            var connection = new DuckDBConnection("Data Source=:memory:");
            try
            {
                connection.Open();
                int found = 0;
                foreach (var table in InsightSchema.AllTables)
                {
                    string file = Path.Combine(path, table.Name + ".parquet");
                    if (File.Exists(file))
                    {
                        Execute(connection, $"CREATE VIEW {table.Name} AS SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')");
                        found++;
                    }
                }

                return found > 0 ? connection : throw new OutputException($"{path} holds no insight tables (documents.parquet, entities.parquet, ...).");
            }
            catch (DbException ex)
            {
                connection.Dispose();
                throw new OutputException($"cannot read the Parquet files in {path}: {ex.Message}", ex);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        if (!File.Exists(path))
        {
            throw new OutputException($"{path} does not exist.");
        }

        return Open(path, readOnly: true);
    }

    private static DuckDBConnection Open(string path, bool readOnly)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        if (readOnly)
        {
            builder["access_mode"] = "READ_ONLY";
        }

        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (DbException ex)
        {
            connection.Dispose();
            throw new OutputException($"cannot open {path} as a DuckDB database: {Explain(ex.Message)}", ex);
        }
    }

    /// <summary>DuckDB's message, with a hint where it says the file is locked.</summary>
    private static string Explain(string message) =>
        message.Contains("lock", StringComparison.OrdinalIgnoreCase)
            ? message + " (another process has it open; wait for it to finish or close it, then run again)"
            : message;

    private static void EnsureSchema(DuckDBConnection connection, string path)
    {
        try
        {
            bool hasVersion = Scalar(connection, $"SELECT count(*) FROM information_schema.tables WHERE table_name = '{InsightSchema.VersionTable}'") > 0;
            if (hasVersion)
            {
                long version = Scalar(connection, $"SELECT max(version) FROM {InsightSchema.VersionTable}");
                if (version != InsightSchema.Version)
                {
                    throw new OutputException($"{path} holds TextInsight insight tables of schema version {version}; this textinsight writes version {InsightSchema.Version}. Write to a new file.");
                }
            }
            else if (Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'") > 0)
            {
                throw new OutputException($"{path} already holds a documents table that textinsight did not create; write to a new file.");
            }

            if (hasVersion)
            {
                CheckColumns(connection, path);
            }

            using var transaction = connection.BeginTransaction();
            Execute(connection, $"CREATE TABLE IF NOT EXISTS {InsightSchema.VersionTable} (version INTEGER NOT NULL, created_at TIMESTAMP NOT NULL)");
            if (!hasVersion)
            {
                Execute(connection, $"INSERT INTO {InsightSchema.VersionTable} VALUES ({InsightSchema.Version}, now()::TIMESTAMP)");
            }

            foreach (var table in InsightSchema.AllTables)
            {
                Execute(connection, table.CreateSql());
                foreach (string index in table.IndexSql())
                {
                    Execute(connection, index);
                }
            }

            transaction.Commit();
        }
        catch (DbException ex)
        {
            throw new OutputException($"cannot prepare the insight tables in {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Refuses a database whose insight tables were changed by hand, before a batch could fail half-way.</summary>
    private static void CheckColumns(DuckDBConnection connection, string path)
    {
        foreach (var table in InsightSchema.AllTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table.Name}' ORDER BY ordinal_position";
            using var reader = command.ExecuteReader();
            var columns = new List<string>();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }

            if (columns.Count > 0 && !columns.SequenceEqual(table.Columns.Select(c => c.Name)))
            {
                throw new OutputException($"{path}: the table {table.Name} has the columns ({string.Join(", ", columns)}), not those of insight schema version {InsightSchema.Version} ({string.Join(", ", table.Columns.Select(c => c.Name))}); write to a new file.");
            }
        }
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
