namespace TextInsight.Cli.Insights;

/// <summary>The type of a column, mapped to a DuckDB type and a Parquet type.</summary>
internal enum ColumnKind
{
    /// <summary>VARCHAR / Parquet UTF-8 string.</summary>
    Text,
    /// <summary>INTEGER / Parquet INT32.</summary>
    Integer,
    /// <summary>DOUBLE / Parquet DOUBLE.</summary>
    Double,
    /// <summary>DATE / Parquet DATE.</summary>
    Date,
    /// <summary>TIMESTAMP (UTC) / Parquet TIMESTAMP.</summary>
    Timestamp,
    /// <summary>BOOLEAN / Parquet BOOLEAN.</summary>
    Boolean,
}
