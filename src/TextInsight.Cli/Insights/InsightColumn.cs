namespace TextInsight.Cli.Insights;

/// <summary>One column of an insight table.</summary>
internal sealed record InsightColumn(string Name, ColumnKind Kind, string Description, bool Required = false)
{
    public string SqlType => Kind switch
    {
        ColumnKind.Integer => "INTEGER",
        ColumnKind.Double => "DOUBLE",
        ColumnKind.Date => "DATE",
        ColumnKind.Timestamp => "TIMESTAMP",
        _ => "VARCHAR",
    };
}
