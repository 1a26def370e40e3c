namespace TextInsight.Cli.Insights;

/// <summary>
/// One column of an insight table. <paramref name="AddedIn"/> is the schema version that added it (2 for every column
/// of version 2, the oldest version a database is upgraded from): a database of an older version gains it by
/// <c>ALTER TABLE … ADD COLUMN</c>, NULL in the rows already there ("not recorded"), so such a column is never
/// <paramref name="Required"/> and comes after the older columns of its table (DuckDB's appender fills columns by
/// position, and an added column is the table's last).
/// </summary>
internal sealed record InsightColumn(string Name, ColumnKind Kind, string Description, bool Required = false, int AddedIn = InsightSchema.OldestUpgradable)
{
    public string SqlType => Kind switch
    {
        ColumnKind.Integer => "INTEGER",
        ColumnKind.Double => "DOUBLE",
        ColumnKind.Date => "DATE",
        ColumnKind.Timestamp => "TIMESTAMP",
        ColumnKind.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };
}
