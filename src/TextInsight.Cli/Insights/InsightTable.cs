using System.Text;

namespace TextInsight.Cli.Insights;

/// <summary>One insight table: its columns and the indexes the DuckDB store creates on it.</summary>
internal sealed record InsightTable(string Name, string Description, IReadOnlyList<InsightColumn> Columns, IReadOnlyList<string[]> Indexes)
{
    public int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"The table {Name} has no column {column}.", nameof(column));
    }

    /// <summary>The columns a database of schema <paramref name="version"/> has, in order.</summary>
    public IEnumerable<InsightColumn> ColumnsOf(int version) => Columns.Where(c => c.AddedIn <= version);

    /// <summary>The <c>CREATE TABLE IF NOT EXISTS</c> statement.</summary>
    public string CreateSql()
    {
        var sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").Append(Name).Append(" (");
        for (int i = 0; i < Columns.Count; i++)
        {
            var c = Columns[i];
            sql.Append(i == 0 ? string.Empty : ", ").Append(c.Name).Append(' ').Append(c.SqlType);
            if (c.Required)
            {
                sql.Append(" NOT NULL");
            }
        }

        return sql.Append(')').ToString();
    }

    /// <summary>The <c>CREATE INDEX IF NOT EXISTS</c> statements.</summary>
    public IEnumerable<string> IndexSql()
    {
        foreach (var columns in Indexes)
        {
            yield return $"CREATE INDEX IF NOT EXISTS {Name}_{string.Join('_', columns)} ON {Name} ({string.Join(", ", columns)})";
        }
    }
}
