using DuckDB.NET.Data;

namespace TextInsight.Tests.Insights;

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
