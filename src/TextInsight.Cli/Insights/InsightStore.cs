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
    /// <summary>
    /// Opens (creating when absent) a DuckDB file for writing and makes sure it holds the insight schema, upgrading a
    /// database of an older version in place; <paramref name="upgradedFrom"/> is that version, else null.
    /// </summary>
    public static DuckDBConnection OpenForWriting(string path, out int? upgradedFrom)
    {
        var connection = Open(path, readOnly: false);
        try
        {
            upgradedFrom = EnsureSchema(connection, path);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The columns <see cref="InsightSchema.Version"/> added since <paramref name="version"/>, as <c>table.column</c>.</summary>
    public static IEnumerable<string> ColumnsAddedSince(int version) =>
        InsightSchema.AllTables.SelectMany(t => t.Columns.Where(c => c.AddedIn > version).Select(c => t.Name + "." + c.Name));

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

    /// <summary>Creates the schema, or checks it and upgrades an older version; returns the version upgraded from.</summary>
    private static int? EnsureSchema(DuckDBConnection connection, string path)
    {
        try
        {
            bool hasVersion = Scalar(connection, $"SELECT count(*) FROM information_schema.tables WHERE table_name = '{InsightSchema.VersionTable}'") > 0;
            int version = InsightSchema.Version;
            if (hasVersion)
            {
                long stored = Scalar(connection, $"SELECT max(version) FROM {InsightSchema.VersionTable}");
                if (stored > InsightSchema.Version)
                {
                    throw new OutputException($"{path} holds TextInsight insight tables of schema version {stored}, newer than this textinsight (which writes version {InsightSchema.Version}); use a newer textinsight, or write to a new file.");
                }

                if (stored < InsightSchema.OldestUpgradable)
                {
                    throw new OutputException($"{path} holds TextInsight insight tables of schema version {stored}, which this textinsight cannot upgrade (it upgrades version {InsightSchema.OldestUpgradable} and later to {InsightSchema.Version}); write to a new file.");
                }

                version = (int)stored;
            }
            else if (Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'") > 0)
            {
                throw new OutputException($"{path} already holds a documents table that textinsight did not create; write to a new file.");
            }

            if (hasVersion)
            {
                CheckColumns(connection, path, version);
            }

            // One transaction: a database is upgraded whole (columns and version row) or not at all.
            using var transaction = connection.BeginTransaction();
            Execute(connection, $"CREATE TABLE IF NOT EXISTS {InsightSchema.VersionTable} (version INTEGER NOT NULL, created_at TIMESTAMP NOT NULL)");
            if (!hasVersion || version < InsightSchema.Version)
            {
                // An upgrade adds a row, so the table keeps when each version was set; readers take max(version).
                Execute(connection, $"INSERT INTO {InsightSchema.VersionTable} VALUES ({InsightSchema.Version}, now()::TIMESTAMP)");
            }

            foreach (var table in InsightSchema.AllTables)
            {
                Execute(connection, table.CreateSql());
                if (hasVersion)
                {
                    foreach (var column in table.Columns.Where(c => c.AddedIn > version))
                    {
                        // The rows already there get NULL: "not recorded".
                        Execute(connection, $"ALTER TABLE {table.Name} ADD COLUMN IF NOT EXISTS {column.Name} {column.SqlType}");
                    }
                }

                foreach (string index in table.IndexSql())
                {
                    Execute(connection, index);
                }
            }

            transaction.Commit();
            return version < InsightSchema.Version ? version : null;
        }
        catch (DbException ex)
        {
            throw new OutputException($"cannot prepare the insight tables in {path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Refuses a database whose insight tables were changed by hand (their columns are not those of schema
    /// <paramref name="version"/>), before an upgrade or a batch could fail half-way.
    /// </summary>
    private static void CheckColumns(DuckDBConnection connection, string path, int version)
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

            var expected = table.ColumnsOf(version).Select(c => c.Name).ToList();
            if (columns.Count > 0 && !columns.SequenceEqual(expected))
            {
                throw new OutputException($"{path}: the table {table.Name} has the columns ({string.Join(", ", columns)}), not those of insight schema version {version} ({string.Join(", ", expected)}); write to a new file.");
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
